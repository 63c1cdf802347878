//! Comparing the claims of one event, attribute by attribute: sides,
//! conflicts, agreements, updates and self-contradictions.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use crate::model::{
    months_between, Agreement, Claim, Conflict, DateValue, Evidence, Frame, Hint, Interval, Note,
    NoteKind, Penalty, Side, Value,
};

use super::align::same_person;

/// What comparing one event's claims gave.
#[derive(Default)]
pub(crate) struct Outcome {
    pub conflicts: Vec<Conflict>,
    pub agreements: Vec<Agreement>,
    pub notes: Vec<Note>,
}

/// One source's stand on one attribute: its claims that agree with each other.
struct Position<'a> {
    source: &'a str,
    claims: Vec<&'a Claim>,
    interval: Option<Interval>,
}

impl Position<'_> {
    /// The value to show: the most precise of its claims.
    fn label(&self) -> String {
        label(self.claims.iter().copied())
    }
}

/// The most precise value among claims: what is stated outright before
/// what is derived from a date, narrower intervals first, open ends
/// ("over six years") before closed ones, the longest name.
fn label<'a>(claims: impl Iterator<Item = &'a Claim>) -> String {
    claims
        .min_by(|a, b| {
            let (pa, pb) = (precision(a), precision(b));
            pa.0.cmp(&pb.0)
                .then(pa.1.total_cmp(&pb.1))
                .then(pa.2.cmp(&pb.2))
        })
        .map_or_else(String::new, show)
}

fn precision(c: &Claim) -> (u8, f64, u8) {
    match &c.value {
        Value::Person(p) => (0, -(p.len() as f64), 0),
        Value::Since(_) => (1, 0.0, 0),
        // a day stated outright before one read from "yesterday" or a
        // weekday against a page date
        Value::Date(d) if d.resolution != crate::model::Resolution::Stated => {
            let width = c
                .value
                .interval(c.as_of)
                .map_or(f64::INFINITY, |i| i.width());
            let rank = if d.resolution == crate::model::Resolution::YearFromReference {
                1
            } else {
                2
            };
            (rank, width, 0)
        }
        v => match v.interval(c.as_of) {
            Some(i) => (0, i.width(), 2 - u8::from(i.lo_open) - u8::from(i.hi_open)),
            None => (2, 0.0, 0),
        },
    }
}

fn side_label(side: &[Position]) -> String {
    label(side.iter().flat_map(|p| p.claims.iter().copied()))
}

fn show(c: &Claim) -> String {
    c.value.to_string()
}

/// Whether two claims on one attribute can both be true.
fn compatible(a: &Claim, b: &Claim) -> Option<bool> {
    match (&a.value, &b.value) {
        (Value::Person(x), Value::Person(y)) if a.attribute.frame == Frame::Name => {
            Some(x.to_lowercase() == y.to_lowercase())
        }
        (Value::Person(x), Value::Person(y)) => Some(same_person(x, y)),
        (Value::Sentence(x), Value::Sentence(y)) => match (x, y) {
            (Penalty::Term(p), Penalty::Term(q)) => Some(p.interval().overlaps(&q.interval())),
            _ => Some(x == y),
        },
        (Value::Date(x), Value::Date(y)) => dates_compatible(x, y),
        // Amounts in two currencies (or any two units that do not convert)
        // are not compared: a conversion alone is no conflict.
        (Value::Quantity(x), Value::Quantity(y)) if x.canonical().1 != y.canonical().1 => None,
        (x, y) => Some(x.interval(a.as_of)?.overlaps(&y.interval(b.as_of)?)),
    }
}

/// Dates meet when their ranges do. A date read from "yesterday", "today"
/// or a weekday against a page date is allowed a day either way: pages are
/// dated in another time zone, or the day after they were written.
fn dates_compatible(x: &DateValue, y: &DateValue) -> Option<bool> {
    if let (Some((a1, a2)), Some((b1, b2))) = (x.range(), y.range()) {
        let relative = x.resolution == crate::model::Resolution::Reference
            || y.resolution == crate::model::Resolution::Reference;
        let slack = jiff::Span::new().days(i64::from(relative));
        let widen = |d: Date| d.checked_sub(slack).unwrap_or(d);
        return Some(widen(a1) <= b2 && widen(b1) <= a2);
    }
    if let (Some(m1), Some(d1), Some(m2), Some(d2)) = (x.month, x.day, y.month, y.day) {
        return Some(m1 == m2 && d1 == d2);
    }
    match (x.weekday, y.weekday, x.to_date(), y.to_date()) {
        (Some(w), _, _, Some(d)) | (_, Some(w), Some(d), _) => {
            Some(crate::model::Weekday::of(d) == w)
        }
        (Some(a), Some(b), _, _) => Some(a == b),
        _ => None,
    }
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

/// Compares the claims of one event.
pub(crate) fn compare(
    event: &str,
    event_date: Option<Date>,
    claims: &[Claim],
    witness: &BTreeMap<String, String>,
) -> Outcome {
    let mut out = Outcome::default();
    let mut by_attribute: BTreeMap<&crate::model::Attribute, BTreeMap<&str, Vec<&Claim>>> =
        BTreeMap::new();
    // Other days a report gives, and names with no other spelling in the
    // event, are context, not compared.
    let context = |c: &Claim| match c.attribute.frame {
        Frame::EventDate => c.attribute.subject == crate::extract::ALSO,
        Frame::Name => c.attribute.subject.is_empty(),
        _ => false,
    };
    for c in claims.iter().filter(|c| !context(c)) {
        by_attribute
            .entry(&c.attribute)
            .or_default()
            .entry(c.source.as_str())
            .or_default()
            .push(c);
    }
    for (attribute, by_source) in by_attribute {
        let mut all: Vec<Position> = Vec::new();
        for (source, cs) in by_source {
            all.extend(positions(source, cs, &mut out.notes));
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
        let kind = attribute.frame.kind().to_string();
        let attr = attribute.to_string();
        if sides.len() == 1 {
            let side = &sides[0];
            let sources: BTreeSet<&str> = side.iter().map(|p| p.source).collect();
            let named = attribute.frame != Frame::Measure || measure_is_named(&attribute.subject);
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
                    attribute: attr,
                    kind,
                    value: side_label(side),
                    independent: independent(&sources, witness),
                    sources: sources.into_iter().map(str::to_string).collect(),
                    forms: forms.into_iter().collect(),
                });
            }
            continue;
        }
        if let Some(update) = change_over_time(attribute, &sides) {
            out.notes.push(Note::new(NoteKind::Update, None, update));
            continue;
        }
        if let Some(reason) = not_a_conflict(attribute, &sides, claims, witness) {
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

/// Roles and counts change: when every claim of one side was made before
/// every claim of the other (a month before, for roles; a day, for counts),
/// it is an update. A count must rise to be an update (tolls grow as
/// news comes in; one that falls is a disagreement), except the missing,
/// who are found; and how many times someone was hit never changes.
fn change_over_time(
    attribute: &crate::model::Attribute,
    sides: &[Vec<Position>],
) -> Option<String> {
    if !matches!(attribute.frame, Frame::Role | Frame::Count)
        || attribute.subject.starts_with("times ")
    {
        return None;
    }
    let mut spans: Vec<(Date, Date, String, String, f64)> = Vec::new();
    for side in sides {
        let dates: Vec<Date> = side
            .iter()
            .flat_map(|p| p.claims.iter().filter_map(|c| c.as_of))
            .collect();
        let n: usize = side.iter().map(|p| p.claims.len()).sum();
        if dates.len() != n {
            return None;
        }
        let sources: BTreeSet<&str> = side.iter().map(|p| p.source).collect();
        let count = side
            .iter()
            .flat_map(|p| p.claims.iter())
            .filter_map(|c| match &c.value {
                Value::Count(n) => Some(n.value),
                _ => None,
            })
            .fold(0.0, f64::max);
        spans.push((
            *dates.iter().min()?,
            *dates.iter().max()?,
            side_label(side),
            sources.into_iter().collect::<Vec<_>>().join(", "),
            count,
        ));
    }
    spans.sort_by(|a, b| (a.0, a.1, &a.2, &a.3).cmp(&(b.0, b.1, &b.2, &b.3)));
    let falls = spans.windows(2).any(|w| w[1].4 < w[0].4);
    if attribute.frame == Frame::Count && falls && !attribute.subject.contains("missing") {
        return None;
    }
    // Roles change over months; a toll rises from one day's report to the
    // next; other counts need more than a day between them.
    let gap_days = if attribute.frame == Frame::Role {
        30
    } else if crate::extract::is_toll(&attribute.subject) {
        0
    } else {
        1
    };
    for w in spans.windows(2) {
        let days = w[0].1.until((jiff::Unit::Day, w[1].0)).ok()?.get_days();
        if days <= gap_days {
            return None;
        }
    }
    let steps: Vec<String> = spans
        .iter()
        .map(|s| format!("{} (as of {}, {})", s.2, s.0, s.3))
        .collect();
    Some(format!(
        "{}: {} — a change over time, not a conflict",
        attribute.describe(),
        steps.join(", then ")
    ))
}

fn conflict(
    event: &str,
    event_date: Option<Date>,
    attribute: &crate::model::Attribute,
    kind: String,
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
                    basis: "arithmetic".into(),
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
        attribute: attribute.to_string(),
        kind,
        sides: out_sides,
        explanation,
        hint,
    }
}

/// Plural nouns for people of one kind: a count of them in reports of one
/// event is the size of a camp, a crowd or a toll, and is compared. Bare
/// "people" is not among them: with no verb it may count any group.
fn counts_people(noun: &str) -> bool {
    matches!(
        noun,
        "refugees"
            | "civilians"
            | "passengers"
            | "victims"
            | "migrants"
            | "protesters"
            | "demonstrators"
            | "residents"
            | "soldiers"
            | "troops"
            | "workers"
            | "children"
            | "students"
            | "pirates"
            | "prisoners"
            | "inmates"
            | "fans"
            | "employees"
    )
}

/// Why differing values are not a conflict, when they are not.
fn not_a_conflict(
    attribute: &crate::model::Attribute,
    sides: &[Vec<Position>],
    claims: &[Claim],
    witness: &BTreeMap<String, String>,
) -> Option<&'static str> {
    // A report written before the event gives a plan, and plans change.
    let planned = |c: &Claim| match (&c.value, c.as_of) {
        (Value::Date(d), Some(written)) => d.range().is_some_and(|(first, _)| first > written),
        _ => false,
    };
    match attribute.frame {
        // A report that also gives the other side's day covers two steps
        // of the story (a verdict, then a sentence).
        Frame::EventDate if covers_both(sides, claims) => {
            Some("the reports also give each other's day, for another step of the story")
        }
        Frame::EventDate
            if sides
                .iter()
                .any(|s| s.iter().all(|p| p.claims.iter().all(|c| planned(c)))) =>
        {
            Some("one of them is only a plan stated before the day")
        }
        Frame::EventDate
            if sides.iter().flatten().flat_map(|p| p.claims.iter()).all(|c| {
                matches!(&c.value, Value::Date(d) if d.resolution == crate::model::Resolution::Unresolved)
            }) =>
        {
            Some("the reports name weekdays but give no date to read them against")
        }
        Frame::EventDate if weekdays_of_distant_pages(sides, witness) => Some(
            "every side reads a weekday or \"today\" against pages written a week or more apart, \
             and no report copies another: more likely two happenings than one told two ways",
        ),
        Frame::Measure if !measure_is_named(&attribute.subject) => {
            Some("the words do not settle that they measure one thing")
        }
        // People have birthdays: reports a month or more apart may give
        // ages a year apart and both be right.
        Frame::Measure if attribute.subject.starts_with("age of ") && birthday_between(sides) => {
            Some("the reports were written far enough apart for a birthday to fall between")
        }
        // No two reports of one number differ a thousandfold: "at least
        // seven people" killed in a raid and "2 million people" killed in
        // a war are two tolls.
        Frame::Count if spread(sides) > 1000.0 => {
            Some("values a thousandfold apart count different things")
        }
        // A bare noun ("games", "rounds") may count different things.
        Frame::Count if !attribute.subject.contains(' ') && !counts_people(&attribute.subject) => {
            Some("a bare noun may count different things")
        }
        _ => None,
    }
}

/// Whether the ages on the sides are at most a year apart and the reports
/// giving them were written at least a month apart.
fn birthday_between(sides: &[Vec<Position>]) -> bool {
    let claims = || sides.iter().flatten().flat_map(|p| p.claims.iter());
    let ages: Vec<f64> = claims()
        .filter_map(|c| match &c.value {
            Value::Quantity(q) => Some(q.value),
            _ => None,
        })
        .collect();
    let dates: Vec<Date> = claims().filter_map(|c| c.as_of).collect();
    let (Some(young), Some(old)) = (
        ages.iter().copied().reduce(f64::min),
        ages.iter().copied().reduce(f64::max),
    ) else {
        return false;
    };
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        return false;
    };
    old - young <= 1.0
        && first
            .until((jiff::Unit::Day, *last))
            .is_ok_and(|s| s.get_days() >= 30)
}

/// Whether no side states its day outright (each reads a weekday, "today"
/// or "yesterday" against its page's date), the pages were written at
/// least a week apart, and no report on one side copies one on another.
fn weekdays_of_distant_pages(sides: &[Vec<Position>], witness: &BTreeMap<String, String>) -> bool {
    let claims = || sides.iter().flatten().flat_map(|p| p.claims.iter());
    let relative = claims().all(|c| match &c.value {
        Value::Date(d) => d.resolution == crate::model::Resolution::Reference,
        _ => false,
    });
    let dates: Vec<Date> = claims().filter_map(|c| c.as_of).collect();
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        return false;
    };
    let apart = first
        .until((jiff::Unit::Day, *last))
        .is_ok_and(|s| s.get_days() >= 7);
    let root = |s: &str| witness.get(s).cloned().unwrap_or_else(|| s.to_string());
    let roots: Vec<BTreeSet<String>> = sides
        .iter()
        .map(|side| side.iter().map(|p| root(p.source)).collect())
        .collect();
    let copies = roots
        .iter()
        .enumerate()
        .any(|(i, a)| roots[i + 1..].iter().any(|b| !a.is_disjoint(b)));
    relative && apart && !copies
}

/// The largest count on the sides over the smallest.
fn spread(sides: &[Vec<Position>]) -> f64 {
    let counts = sides
        .iter()
        .flatten()
        .flat_map(|p| p.claims.iter())
        .filter_map(|c| match &c.value {
            Value::Count(n) if n.value > 0.0 => Some(n.value),
            _ => None,
        });
    let (low, high) = counts.fold((f64::INFINITY, 0.0_f64), |(l, h), v| (l.min(v), h.max(v)));
    if high > 0.0 {
        high / low
    } else {
        1.0
    }
}

/// Measures other than a quake's magnitude and depth or a named person's
/// age ("yards rushing", "a 13-inch model", "$3 million to", distances
/// from many places) name too little of what they measure: they are
/// neither conflicts nor agreements.
fn measure_is_named(subject: &str) -> bool {
    matches!(subject, "magnitude" | "depth") || subject.starts_with("age of ")
}

/// Whether, for two sides, every report on one of them also gives a day
/// of the other (among the other days it mentions for its story).
fn covers_both<'a>(sides: &[Vec<Position<'a>>], claims: &'a [Claim]) -> bool {
    let also = |source: &str| -> Vec<&'a DateValue> {
        claims
            .iter()
            .filter(|c| {
                c.source == source
                    && c.attribute.frame == Frame::EventDate
                    && c.attribute.subject == crate::extract::ALSO
            })
            .filter_map(|c| match &c.value {
                Value::Date(d) => Some(d),
                _ => None,
            })
            .collect()
    };
    let days = |side: &[Position<'a>]| -> Vec<&'a DateValue> {
        side.iter()
            .flat_map(|p| p.claims.iter())
            .filter_map(|c| match &c.value {
                Value::Date(d) => Some(d),
                _ => None,
            })
            .collect()
    };
    sides.iter().enumerate().any(|(i, a)| {
        sides.iter().enumerate().any(|(j, b)| {
            i != j
                && a.iter().all(|p| {
                    also(p.source)
                        .iter()
                        .any(|d| days(b).iter().any(|e| dates_compatible(d, e) == Some(true)))
                })
        })
    })
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
        basis: "independent sources".into(),
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
