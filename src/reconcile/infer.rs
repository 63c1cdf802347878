//! The date of an event: as its reports state it, or inferred from what
//! they say together (a "January 14th", a "Tuesday", and "seven years
//! after October 2018").

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use crate::model::{months_between, Claim, DateExpr, Frame, Value, Weekday};

use super::compare::elapsed_words;

/// An event's date and how it was found.
pub(crate) struct Dated {
    pub date: Date,
    pub basis: String,
    pub inferred: bool,
}

/// Furthest a "since" anchor may lie before the event, in years, when
/// inferring a year.
const MAX_YEARS_AFTER_ANCHOR: i16 = 40;

/// An anchor, a duration that its gap fits, and the gap in months.
type Fit<'a> = (&'a Claim, &'a Claim, f64);

pub(crate) fn event_date(claims: &[&Claim]) -> Option<Dated> {
    stated(claims).or_else(|| inferred(claims))
}

/// The day most reports give, by number of reports, then the earliest.
fn stated(claims: &[&Claim]) -> Option<Dated> {
    let mut by_day: BTreeMap<Date, BTreeSet<&str>> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.attribute.is_event_day()) {
        if let Value::Date(d) = &c.value {
            if let Some(day) = d.to_date() {
                by_day.entry(day).or_default().insert(c.source.as_str());
            }
        }
    }
    let (&date, sources) = by_day
        .iter()
        .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(a.0)))?;
    let others: Vec<String> = by_day
        .iter()
        .filter(|(d, _)| **d != date)
        .map(|(d, s)| {
            format!(
                "{} says {d}",
                s.iter().copied().collect::<Vec<_>>().join(", ")
            )
        })
        .collect();
    let mut basis = format!(
        "stated by {}",
        sources.iter().copied().collect::<Vec<_>>().join(", ")
    );
    if !others.is_empty() {
        basis.push_str(&format!(" ({})", others.join("; ")));
    }
    Some(Dated {
        date,
        basis,
        inferred: false,
    })
}

/// A month and day with no year, placed in the one year that agrees with
/// the weekday the reports name and with the most of their "N years since"
/// claims.
fn inferred(claims: &[&Claim]) -> Option<Dated> {
    let mut partials: BTreeMap<(i8, i8), Vec<&Claim>> = BTreeMap::new();
    let mut weekdays: BTreeMap<Weekday, Vec<&Claim>> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.attribute.is_event_day()) {
        let Value::Date(d) = &c.value else { continue };
        match d.expr {
            DateExpr::Calendar {
                year: None,
                month: Some(m),
                day: Some(day),
            } => partials.entry((m, day)).or_default().push(c),
            DateExpr::Weekday { weekday, .. } | DateExpr::InWeek { weekday, .. } => {
                weekdays.entry(weekday).or_default().push(c)
            }
            _ => {}
        }
    }
    let (&(month, day), partial) = partials.iter().max_by_key(|(_, v)| v.len())?;
    let weekday = match weekdays.len() {
        1 => weekdays.iter().next().map(|(w, v)| (*w, v[0])),
        _ => None,
    };
    let anchors: Vec<(&Claim, Date, Date)> = claims
        .iter()
        .filter(|c| c.attribute.frame == Frame::SinceLast)
        .filter_map(|c| match &c.value {
            Value::Since(d) => d.range().map(|(a, b)| (*c, a, b)),
            _ => None,
        })
        .collect();
    let durations: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.attribute.frame == Frame::SinceLast && matches!(c.value, Value::Duration(_)))
        .copied()
        .collect();
    let first_year = anchors.iter().map(|a| a.2.year()).max()?;
    let mut scored: Vec<(usize, i16, Vec<Fit>)> = Vec::new();
    for year in first_year..=first_year.saturating_add(MAX_YEARS_AFTER_ANCHOR) {
        let Ok(date) = Date::new(year, month, day) else {
            continue;
        };
        if weekday.is_some_and(|(w, _)| Weekday::of(date) != w) {
            continue;
        }
        let mut fits = Vec::new();
        for (anchor, first, last) in &anchors {
            if date < *last {
                continue;
            }
            let lo = months_between(*last, date);
            let hi = months_between(*first, date);
            let elapsed = crate::model::Interval::closed(lo, hi);
            for d in durations.iter().filter(|d| d.attribute == anchor.attribute) {
                if d.value
                    .interval(None)
                    .is_some_and(|iv| iv.overlaps(&elapsed))
                {
                    fits.push((*anchor, *d, (lo + hi) / 2.0));
                }
            }
        }
        let sources: BTreeSet<&str> = fits.iter().map(|f| f.1.source.as_str()).collect();
        scored.push((sources.len(), year, fits));
    }
    let best = scored.iter().map(|s| s.0).max()?;
    let winners: Vec<&(usize, i16, Vec<Fit>)> = scored.iter().filter(|s| s.0 == best).collect();
    let [(_, year, fits)] = winners.as_slice() else {
        return None;
    };
    let (anchor, duration, months) = fits.first()?;
    let date = Date::new(*year, month, day).ok()?;
    let quote = |c: &Claim| {
        c.evidence
            .first()
            .map_or(String::new(), |e| e.quote.clone())
    };
    let mut basis = format!(
        "inferred: {}'s {:?} has no year",
        partial[0].source,
        quote(partial[0]),
    );
    if let Some((w, c)) = weekday {
        basis.push_str(&format!(
            "; it falls on a {w}, as {}'s {:?} says, in {year}",
            c.source,
            quote(c)
        ));
    }
    basis.push_str(&format!(
        "; {year} puts it {} after {}'s {:?}, which fits {}'s {:?}; no other year from {first_year} on fits as well",
        elapsed_words(*months),
        anchor.source,
        quote(anchor),
        duration.source,
        quote(duration),
    ));
    Some(Dated {
        date,
        basis,
        inferred: true,
    })
}
