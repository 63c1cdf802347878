//! Comparing the claims of one event, attribute by attribute: sides,
//! conflicts, agreements, updates and self-contradictions.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use crate::model::{
    months_between, Agreement, Attribute, Claim, Conflict, Evidence, Facet, Frame, Hint, Interval,
    Note, NoteKind, Side, Value,
};

use super::exempt::{change_over_time, measure_is_named, not_a_conflict};
use super::position::{compatible, show, side_label, Position};
use super::readings::{generic_keys, generic_things, with_holders};

/// What comparing one event's claims gave.
#[derive(Default)]
pub(crate) struct Outcome {
    pub conflicts: Vec<Conflict>,
    pub agreements: Vec<Agreement>,
    pub notes: Vec<Note>,
}

fn intersect(a: Option<Interval>, b: Option<Interval>) -> Option<Interval> {
    let (a, b) = (a?, b?);
    let (lo, lo_open) = if a.lo > b.lo || (a.lo == b.lo && a.lo_open) {
        (a.lo, a.lo_open)
    } else {
        (b.lo, b.lo_open)
    };
    let (hi, hi_open) = if a.hi < b.hi || (a.hi == b.hi && a.hi_open) {
        (a.hi, a.hi_open)
    } else {
        (b.hi, b.hi_open)
    };
    Some(Interval {
        lo,
        hi,
        lo_open,
        hi_open,
    })
}

/// Months as words: "6 years 3 months".
pub(crate) fn elapsed_words(months: f64) -> String {
    let total = months.round().max(0.0) as i64;
    let (y, m) = (total / 12, total % 12);
    let plural = |n: i64, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    match (y, m) {
        (0, m) => plural(m, "month"),
        (y, 0) => plural(y, "year"),
        (y, m) => format!("{} {}", plural(y, "year"), plural(m, "month")),
    }
}

fn quotes(claims: &[&Claim]) -> String {
    let qs: BTreeSet<String> = claims
        .iter()
        .flat_map(|c| c.evidence.iter().map(|e| format!("{:?}", e.quote)))
        .collect();
    qs.into_iter().collect::<Vec<_>>().join(", ")
}

/// A source's positions on an attribute. Claims that agree make one
/// position. When a source contradicts itself, what it states outright
/// (a duration) stands and what is derived from its dates (a "since")
/// becomes a note.
fn positions<'a>(
    source: &'a str,
    claims: Vec<&'a Claim>,
    notes: &mut Vec<Note>,
) -> Vec<Position<'a>> {
    let all_agree = claims.iter().enumerate().all(|(i, a)| {
        claims[i + 1..]
            .iter()
            .all(|b| compatible(a, b) != Some(false))
    });
    let (kept, derived): (Vec<&Claim>, Vec<&Claim>) = if all_agree {
        (claims, Vec::new())
    } else {
        claims
            .into_iter()
            .partition(|c| !matches!(c.value, Value::Since(_)))
    };
    for d in &derived {
        for k in kept.iter().filter(|k| compatible(d, k) == Some(false)) {
            let gap = d
                .value
                .interval(d.as_of)
                .map(|iv| format!(" puts it at {}", elapsed_words((iv.lo + iv.hi) / 2.0)))
                .unwrap_or_default();
            let at = d.as_of.map(|a| format!(" by {a}")).unwrap_or_default();
            notes.push(Note::new(
                NoteKind::SelfContradiction,
                Some(source),
                format!(
                    "{source} contradicts itself on the {}: its {}{gap}{at}, but its {} says {}",
                    d.attribute.describe(),
                    quotes(&[d]),
                    quotes(&[k]),
                    show(k)
                ),
            ));
        }
    }
    let mut out: Vec<Position<'a>> = Vec::new();
    for c in kept {
        let iv = c.value.interval(c.as_of);
        match out
            .iter_mut()
            .find(|p| p.claims.iter().all(|x| compatible(x, c) != Some(false)))
        {
            Some(p) => {
                p.interval = intersect(p.interval, iv).or(p.interval).or(iv);
                p.claims.push(c);
            }
            None => out.push(Position {
                source,
                claims: vec![c],
                interval: iv,
            }),
        }
    }
    out
}

/// Whether an attribute may stand for several facts: a description read
/// from a parse, or the time of day of an event (its story has several
/// moments). Such an attribute is compared only when each report gives it
/// one value and some value is told by two independent reports.
fn loose(frame: Frame) -> bool {
    matches!(frame, Frame::Reading | Frame::EventTime)
}

/// Compares the claims of one event.
pub(crate) fn compare(
    event: &str,
    event_date: Option<Date>,
    claims: &[Claim],
    witness: &BTreeMap<String, String>,
    options: &crate::Options,
) -> Outcome {
    let mut out = Outcome::default();
    let mut by_attribute: BTreeMap<&crate::model::Attribute, BTreeMap<&str, Vec<&Claim>>> =
        BTreeMap::new();
    // Other days a report gives, and names with no other spelling in the
    // event, are context, not compared.
    let context = |c: &Claim| match c.attribute.frame {
        Frame::EventDate => c.attribute.facet == Some(Facet::OtherDay),
        Frame::Name => c.attribute.subject.is_empty(),
        _ => false,
    };
    let claims = &with_holders(claims);
    for c in claims.iter().filter(|c| !context(c)) {
        by_attribute
            .entry(&c.attribute)
            .or_default()
            .entry(c.source.as_str())
            .or_default()
            .push(c);
    }
    let generic = generic_things(claims, options);
    for (attribute, by_source) in by_attribute {
        if let Some(r) = attribute
            .reading
            .as_ref()
            .filter(|r| generic_keys(r).iter().any(|k| generic.contains(k)))
        {
            out.notes.push(Note::new(
                NoteKind::Uncompared,
                None,
                format!(
                    "the {} is not compared: the event's reports give {} so many values that it names a class of facts, not one",
                    attribute.describe(),
                    if generic.contains(&generic_keys(r)[0]) {
                        attribute.describe()
                    } else {
                        format!("{}s", r.dimension)
                    },
                ),
            ));
            continue;
        }
        let mut all: Vec<Position> = Vec::new();
        let mut several: Option<&str> = None;
        for (source, cs) in by_source {
            let mine = positions(source, cs, &mut out.notes);
            if mine.len() > 1 {
                several = several.or(Some(source));
            }
            all.extend(mine);
        }
        // A description read from a parse that one report gives two
        // values ("blocked two shots" in a run, "six blocked shots" in
        // the game) names more than one fact: it pins none down. So does
        // a report's time of day of its event, given twice: its story
        // has several moments.
        if let Some(source) = several.filter(|_| loose(attribute.frame)) {
            out.notes.push(Note::new(
                NoteKind::Uncompared,
                Some(source),
                format!(
                    "the {} is not compared: {source} gives it several values, so it names more than one fact",
                    attribute.describe()
                ),
            ));
            continue;
        }
        all.sort_by(|a, b| {
            let w = |p: &Position| p.interval.map_or(0.0, |i| i.width());
            w(a).total_cmp(&w(b))
                .then_with(|| a.label().cmp(&b.label()))
                .then(a.source.cmp(b.source))
        });
        let mut sides: Vec<Vec<Position>> = Vec::new();
        for p in all {
            let fits = |side: &Vec<Position>| {
                side.iter().all(|q| {
                    p.claims
                        .iter()
                        .all(|a| q.claims.iter().all(|b| compatible(a, b) != Some(false)))
                })
            };
            match sides.iter_mut().find(|s| fits(s)) {
                Some(s) => s.push(p),
                None => sides.push(vec![p]),
            }
        }
        let kind = attribute.kind();
        if sides.len() == 1 {
            let side = &sides[0];
            let sources: BTreeSet<&str> = side.iter().map(|p| p.source).collect();
            let named = attribute.frame != Frame::Measure || measure_is_named(attribute);
            if sources.len() >= 2 && named {
                let forms: BTreeSet<String> = side
                    .iter()
                    .flat_map(|p| {
                        p.claims
                            .iter()
                            .flat_map(|c| c.evidence.iter().map(|e| e.quote.clone()))
                    })
                    .collect();
                out.agreements.push(Agreement {
                    event: event.to_string(),
                    attribute: attribute.clone(),
                    kind,
                    value: side_label(side),
                    independent: independent(&sources, witness),
                    sources: sources.into_iter().map(str::to_string).collect(),
                    forms: forms.into_iter().collect(),
                });
            }
            continue;
        }
        // A description read from a parse is loose: it is taken to name one
        // fact only when the fact is told again, by a second independent
        // report on some side. Main facts of an event are repeated across
        // its coverage; two lone reports with two values more often tell
        // two facts.
        let told_again = sides.iter().any(|side| {
            let sources: BTreeSet<&str> = side.iter().map(|p| p.source).collect();
            independent(&sources, witness) >= options.witnesses_for_readings()
        });
        if loose(attribute.frame) && !told_again && !one_key_apart(attribute, &sides) {
            let values: Vec<String> = sides.iter().map(|s| side_label(s)).collect();
            out.notes.push(Note::new(
                NoteKind::Uncompared,
                None,
                format!(
                    "reports give different values for the {} ({}); not called a conflict: no value is told by two independent reports, so they may be of different facts",
                    attribute.describe(),
                    values.join(", ")
                ),
            ));
            continue;
        }
        if let Some(update) = change_over_time(attribute, &sides) {
            out.notes.push(Note::new(NoteKind::Update, None, update));
            continue;
        }
        if let Some(reason) = not_a_conflict(attribute, &sides, claims, witness, options) {
            let values: Vec<String> = sides.iter().map(|s| side_label(s)).collect();
            out.notes.push(Note::new(
                NoteKind::Uncompared,
                None,
                format!(
                    "reports give different values for the {} ({}); not called a conflict: {reason}",
                    attribute.describe(),
                    values.join(", ")
                ),
            ));
            continue;
        }
        out.conflicts.push(conflict(
            event, event_date, attribute, kind, &sides, claims, witness,
        ));
    }
    out
}

fn conflict(
    event: &str,
    event_date: Option<Date>,
    attribute: &crate::model::Attribute,
    kind: crate::model::ValueKind,
    sides: &[Vec<Position>],
    claims: &[Claim],
    witness: &BTreeMap<String, String>,
) -> Conflict {
    let mut out_sides = Vec::new();
    let mut parts = Vec::new();
    for side in sides {
        let sources: BTreeSet<&str> = side.iter().map(|p| p.source).collect();
        let cs: Vec<&Claim> = side.iter().flat_map(|p| p.claims.iter().copied()).collect();
        let mut evidence: Vec<Evidence> =
            cs.iter().flat_map(|c| c.evidence.iter().cloned()).collect();
        evidence.sort();
        evidence.dedup();
        let label = side_label(side);
        let interval = side.iter().map(|p| p.interval).reduce(intersect).flatten();
        let mut how = String::new();
        if attribute.frame == Frame::EventDate {
            let resolved: Vec<String> = cs
                .iter()
                .filter_map(|c| match (&c.value, c.as_of) {
                    (Value::Date(d), Some(a))
                        if d.resolution != crate::model::Resolution::Stated =>
                    {
                        Some(format!("{} read against {a}", c.source))
                    }
                    _ => None,
                })
                .collect();
            if !resolved.is_empty() {
                how = format!(", {}", resolved.join(", "));
            }
        }
        parts.push(format!(
            "{} {} {label} ({}{how})",
            sources.iter().copied().collect::<Vec<_>>().join(" and "),
            if sources.len() == 1 { "says" } else { "say" },
            quotes(&cs)
        ));
        out_sides.push(Side {
            value: label,
            interval,
            independent: independent(&sources, witness),
            sources: sources.into_iter().map(str::to_string).collect(),
            evidence,
        });
    }
    let mut explanation = format!(
        "The reports disagree on the {}: {}.",
        attribute.describe(),
        parts.join("; ")
    );
    let mut hint: Option<Hint> = None;
    if let (Frame::SinceLast, Some(date)) = (attribute.frame, event_date) {
        for c in claims.iter().filter(|c| &c.attribute == attribute) {
            let Value::Since(anchor) = &c.value else {
                continue;
            };
            let Some((first, last)) = anchor.range() else {
                continue;
            };
            if date < last {
                continue;
            }
            let lo = months_between(last, date);
            let hi = months_between(first, date);
            let gap = Interval::closed(lo, hi);
            let fit: Vec<usize> = out_sides
                .iter()
                .enumerate()
                .filter(|(_, s)| s.interval.is_some_and(|iv| iv.overlaps(&gap)))
                .map(|(i, _)| i)
                .collect();
            let span = if (hi - lo) < 1.5 {
                elapsed_words((lo + hi) / 2.0)
            } else {
                format!("between {} and {}", elapsed_words(lo), elapsed_words(hi))
            };
            let mut line = format!(
                " By {}'s own {}, the gap to the event on {date} is {span}",
                c.source,
                quotes(&[c])
            );
            if let [one] = fit.as_slice() {
                let others: Vec<&str> = out_sides
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i != one)
                    .map(|(_, s)| s.value.as_str())
                    .collect();
                let fits = format!(
                    "that fits {} and not {}",
                    out_sides[*one].value,
                    others.join(" or ")
                );
                line.push_str(&format!(": {fits}."));
                let own = !out_sides[*one].sources.contains(&c.source);
                hint = hint.or(Some(Hint {
                    favoured: Some(*one),
                    confidence: 0.9,
                    basis: crate::model::Basis::Arithmetic,
                    reason: format!(
                        "{}'s own {} puts the gap at {span} by {date}; {fits}{}",
                        c.source,
                        quotes(&[c]),
                        if own {
                            format!(", so {} contradicts itself", c.source)
                        } else {
                            String::new()
                        }
                    ),
                }));
            } else {
                line.push('.');
            }
            explanation.push_str(&line);
        }
    }
    let hint = hint.unwrap_or_else(|| by_witnesses(attribute, &out_sides, claims));
    if let Some(i) = hint.favoured {
        explanation.push_str(&format!(
            " The evidence favours {}: {}.",
            out_sides[i].value, hint.reason
        ));
    }
    Conflict {
        event: event.to_string(),
        attribute: attribute.clone(),
        about: attribute.describe(),
        kind,
        sides: out_sides,
        explanation,
        hint,
    }
}

/// Two lone exact counts of one named holder's thing that differ in one
/// digit of the same length ("2,129" and "2,029 points" for one player):
/// one figure copied and mistyped, more often than two facts that happen
/// to share every other digit, so the pair needs no second witness.
fn one_key_apart(attribute: &Attribute, sides: &[Vec<Position>]) -> bool {
    let named = attribute
        .reading
        .as_ref()
        .is_some_and(|r| r.holder.is_some() && r.thing.is_some());
    let digits = |side: &Vec<Position>| -> Option<String> {
        let mut shown: BTreeSet<String> = BTreeSet::new();
        for c in side.iter().flat_map(|p| p.claims.iter()) {
            match &c.value {
                Value::Count(n) if n.approx.is_exact() && n.value.fract() == 0.0 => {
                    shown.insert(format!("{}", n.value));
                }
                _ => return None,
            }
        }
        let mut shown = shown.into_iter();
        match (shown.next(), shown.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    };
    let [a, b] = sides else {
        return false;
    };
    let (Some(a), Some(b)) = (digits(a), digits(b)) else {
        return false;
    };
    named
        && a.len() == b.len()
        && a.len() >= 2
        && a.chars().zip(b.chars()).filter(|(x, y)| x != y).count() == 1
}

/// Distinct witnesses among sources: copies of one report count once.
fn independent(sources: &BTreeSet<&str>, witness: &BTreeMap<String, String>) -> usize {
    sources
        .iter()
        .map(|s| witness.get(*s).map_or(*s, String::as_str))
        .collect::<BTreeSet<&str>>()
        .len()
}

/// The side with the most independent witnesses, strengthened when one of
/// its reports gave the date before the event happened (a report of the
/// plan); undecided when the count is even.
fn by_witnesses(attribute: &crate::model::Attribute, sides: &[Side], claims: &[Claim]) -> Hint {
    let counts: Vec<usize> = sides.iter().map(|s| s.independent).collect();
    let total: usize = counts.iter().sum();
    let max = counts.iter().copied().max().unwrap_or(0);
    if total == 0 || counts.iter().filter(|&&c| c == max).count() != 1 {
        return Hint::default();
    }
    let i = counts.iter().position(|&c| c == max).unwrap_or(0);
    let mut reason = format!(
        "{max} of {total} independent reports give {}",
        sides[i].value
    );
    let mut confidence = max as f64 / total as f64;
    if attribute.frame == Frame::EventDate {
        let planned: Vec<String> = claims
            .iter()
            .filter(|c| &c.attribute == attribute && sides[i].sources.contains(&c.source))
            .filter_map(|c| match (&c.value, c.as_of) {
                (Value::Date(d), Some(written)) => d
                    .to_date()
                    .filter(|day| written < *day)
                    .map(|day| format!("{} gave {day} before it happened, on {written}", c.source)),
                _ => None,
            })
            .collect();
        if !planned.is_empty() {
            reason.push_str(&format!("; {}", planned.join("; ")));
            confidence = (confidence + 0.1).min(0.95);
        }
    }
    Hint {
        favoured: Some(i),
        confidence,
        basis: crate::model::Basis::IndependentSources,
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_months() {
        assert_eq!(elapsed_words(74.5), "6 years 3 months");
        assert_eq!(elapsed_words(12.0), "1 year");
        assert_eq!(elapsed_words(5.0), "5 months");
    }
}
