//! Why differing values are not always a conflict: changes over time
//! (updates), and the reasons that make two values two facts (steps of a
//! story, plans, birthdays, vague measures and nouns).

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use super::position::{dates_compatible, side_label, Position};
use crate::model::{Claim, DateValue, Facet, Frame, Harm, TimeOfDay, Value};

/// Roles and counts change: when every claim of one side was made before
/// every claim of the other (a month before, for roles; a day, for counts),
/// it is an update. A count must rise to be an update (tolls grow as
/// news comes in; one that falls is a disagreement), except the missing,
/// who are found; and how many times someone was hit never changes.
pub(super) fn change_over_time(
    attribute: &crate::model::Attribute,
    sides: &[Vec<Position>],
) -> Option<String> {
    if !matches!(attribute.frame, Frame::Role | Frame::Count)
        || attribute.facet == Some(Facet::Hits)
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
    if attribute.frame == Frame::Count
        && falls
        && attribute.facet != Some(Facet::Toll(Harm::Missing))
    {
        return None;
    }
    // Roles change over months; a toll rises from one day's report to the
    // next; other counts need more than a day between them.
    let gap_days = if attribute.frame == Frame::Role {
        30
    } else if matches!(attribute.facet, Some(Facet::Toll(_))) {
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

/// Why differing values are not a conflict, when they are not.
pub(super) fn not_a_conflict(
    attribute: &crate::model::Attribute,
    sides: &[Vec<Position>],
    claims: &[Claim],
    witness: &BTreeMap<String, String>,
    options: &crate::Options,
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
        Frame::EventDate if one_night(attribute, sides, claims) => Some(
            "the later day's reports put it in the small hours: one night, told on either side of midnight",
        ),
        Frame::EventDate if weekdays_of_distant_pages(sides, witness) => Some(
            "every side reads a weekday or \"today\" against pages written a week or more apart, \
             and no report copies another: more likely two happenings than one told two ways",
        ),
        Frame::EventTime if moments_apart(sides, options.minutes_of_one_moment()) => Some(
            "the times are too far apart to be one moment told two ways: more likely two moments of the story",
        ),
        Frame::Measure if !measure_is_named(attribute) => {
            Some("the words do not settle that they measure one thing")
        }
        // People have birthdays: reports a month or more apart may give
        // ages a year apart and both be right.
        Frame::Measure if attribute.facet == Some(Facet::Age) && birthday_between(sides) => {
            Some("the reports were written far enough apart for a birthday to fall between")
        }
        // No two reports of one number differ a thousandfold: "at least
        // seven people" killed in a raid and "2 million people" killed in
        // a war are two tolls.
        Frame::Count if spread(sides) > 1000.0 => {
            Some("values a thousandfold apart count different things")
        }
        _ => None,
    }
}

/// Whether every time on one side is more than `most` minutes around the
/// clock from every time on the others, none reading the same clock a.m.
/// for p.m. Times in two different zones are left to be compared.
fn moments_apart(sides: &[Vec<Position>], most: u16) -> bool {
    let times: Vec<Vec<TimeOfDay>> = sides
        .iter()
        .map(|side| {
            side.iter()
                .flat_map(|p| p.claims.iter())
                .filter_map(|c| match &c.value {
                    Value::Time(t) => Some(*t),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let apart = |a: &TimeOfDay, b: &TimeOfDay| {
        let d = a.minutes_apart(b);
        a.zone == b.zone && d > most && d != 12 * 60
    };
    times.len() >= 2
        && times.iter().enumerate().all(|(i, s)| {
            times[i + 1..]
                .iter()
                .all(|o| s.iter().all(|a| o.iter().all(|b| apart(a, b))))
        })
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

/// Measures other than a quake's magnitude and depth, a named person's
/// age or a named product's price ("yards rushing", "a 13-inch model", "$3
/// million to", distances from many places) name too little of what they
/// measure: they are neither conflicts nor agreements. The facet says which.
pub(super) fn measure_is_named(attribute: &crate::model::Attribute) -> bool {
    attribute.facet.is_some_and(|f| f.names_one_measure())
}

/// Hours after midnight that still belong to the night before: "early
/// Friday, around 1:30 a.m." is Thursday night to a report that says "late
/// Thursday".
const SMALL_HOURS: u8 = 6;

/// Whether the sides give two days one apart, and every report on the
/// later day also puts this step in the small hours of it.
fn one_night(
    attribute: &crate::model::Attribute,
    sides: &[Vec<Position<'_>>],
    claims: &[Claim],
) -> bool {
    let day = |side: &[Position<'_>]| -> Option<Date> {
        let days: BTreeSet<Date> = side
            .iter()
            .flat_map(|p| p.claims.iter())
            .filter_map(|c| match &c.value {
                Value::Date(d) => d.to_date(),
                _ => None,
            })
            .collect();
        (days.len() == 1).then(|| days.into_iter().next()).flatten()
    };
    let Some(days) = sides.iter().map(|s| day(s)).collect::<Option<Vec<Date>>>() else {
        return false;
    };
    let (Some(&first), Some(&last)) = (days.iter().min(), days.iter().max()) else {
        return false;
    };
    let small_hours = |source: &str| {
        claims.iter().any(|c| {
            c.source == source
                && c.attribute.frame == Frame::EventTime
                && c.attribute.subject == attribute.subject
                && matches!(&c.value, Value::Time(t) if t.hour < SMALL_HOURS)
        })
    };
    first.tomorrow().ok() == Some(last)
        && sides
            .iter()
            .zip(&days)
            .filter(|(_, d)| **d == last)
            .all(|(side, _)| side.iter().all(|p| small_hours(p.source)))
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
                    && c.attribute.facet == Some(Facet::OtherDay)
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
