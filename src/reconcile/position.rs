//! One source's stand on one attribute, and whether two claims on it can
//! both be true.

use jiff::civil::Date;

use crate::model::{Claim, DateValue, Facet, Frame, Interval, Penalty, Value};

use super::align::same_person;

/// One source's stand on one attribute: its claims that agree with each other.
pub(crate) struct Position<'a> {
    pub(crate) source: &'a str,
    pub(crate) claims: Vec<&'a Claim>,
    pub(crate) interval: Option<Interval>,
}

impl Position<'_> {
    /// The value to show: the most precise of its claims.
    pub(super) fn label(&self) -> String {
        label(self.claims.iter().copied())
    }
}

/// The most precise value among claims: what is stated outright before
/// what is derived from a date, narrower intervals first, open ends
/// ("over six years") before closed ones, the longest name.
pub(super) fn label<'a>(claims: impl Iterator<Item = &'a Claim>) -> String {
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
        Value::Person(p) | Value::Place(p) => (0, -(p.len() as f64), 0),
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

pub(super) fn side_label(side: &[Position]) -> String {
    label(side.iter().flat_map(|p| p.claims.iter().copied()))
}

pub(super) fn show(c: &Claim) -> String {
    c.value.to_string()
}

/// Whether two claims on one attribute can both be true.
pub(super) fn compatible(a: &Claim, b: &Claim) -> Option<bool> {
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
        (Value::Time(x), Value::Time(y)) => x.compatible(y),
        (Value::Place(x), Value::Place(y)) => Some(same_place(x, y)),
        (Value::Record(x), Value::Record(y)) => Some(x == y),
        // Amounts in two currencies (or any two units that do not convert)
        // are not compared: a conversion alone is no conflict.
        (Value::Quantity(x), Value::Quantity(y)) if x.canonical().1 != y.canonical().1 => None,
        // "$199" and "$199.99" are one price: prices are compared within
        // two hundredths
        (Value::Quantity(x), Value::Quantity(y)) if a.attribute.facet == Some(Facet::Price) => {
            let (p, q) = (x.canonical().0, y.canonical().0);
            Some((p - q).abs() <= 0.02 * p.abs().max(q.abs()))
        }
        (x, y) => Some(x.interval(a.as_of)?.overlaps(&y.interval(b.as_of)?)),
    }
}

/// Two names of one place: the same words, or one inside the other
/// ("Spiro" and "Spiro, Oklahoma"); the region after a comma is written
/// many ways ("Fort Smith, Ark", "Fort Smith, Arkansas"), so two names
/// that both give one are compared before it.
fn same_place(a: &str, b: &str) -> bool {
    if let (Some((x, _)), Some((y, _))) = (a.split_once(','), b.split_once(',')) {
        return same_place(x, y);
    }
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (x, y) = (words(a), words(b));
    let (short, long) = if x.len() <= y.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    !short.is_empty() && long.windows(short.len()).any(|w| w == short.as_slice())
}

/// Dates meet when their ranges do. A date read from "yesterday", "today"
/// or a weekday against a page date is allowed a day either way: pages are
/// dated in another time zone, or the day after they were written.
pub(super) fn dates_compatible(x: &DateValue, y: &DateValue) -> Option<bool> {
    if let (Some((a1, a2)), Some((b1, b2))) = (x.range(), y.range()) {
        // a day read against a page date ("yesterday", "on Friday") may be
        // a day off the writing; but two weekdays named are what the
        // reports say, and "Monday" and "Tuesday" are two days
        let relative = x.resolution == crate::model::Resolution::Reference
            || y.resolution == crate::model::Resolution::Reference;
        let named = x.weekday.is_some() && y.weekday.is_some();
        let slack = jiff::Span::new().days(i64::from(relative && !named));
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

#[cfg(test)]
mod tests {
    use super::same_place;

    #[test]
    fn names_of_one_place() {
        assert!(same_place("Spiro", "Spiro, Oklahoma"));
        assert!(same_place("Fort Smith, Ark", "Fort Smith, Arkansas"));
        assert!(!same_place("Fort Coffee", "Spiro"));
        assert!(!same_place("Fort Smith", "Fort Coffee"));
    }
}
