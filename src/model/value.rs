//! Typed values: what a claim says, with the interval it can mean.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{DateValue, Interval};

/// How exactly a number or duration was stated.
///
/// # Example
/// ```
/// use concord::Approx;
/// assert_eq!(Approx::from_words("more than"), Some(Approx::MoreThan));
/// assert_eq!(Approx::from_words("nearly"), Some(Approx::LessThan));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Approx {
    /// As stated.
    #[default]
    Exact,
    /// "about", "around", "some", "roughly".
    About,
    /// "more than", "over", "just over".
    MoreThan,
    /// "less than", "under", "nearly", "almost", "just under".
    LessThan,
    /// "at least", "no fewer than".
    AtLeast,
    /// "at most", "up to", "no more than".
    AtMost,
}

impl Approx {
    /// Reads a modifier phrase (lowercase words separated by single spaces).
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Approx::from_words("up to"), Some(concord::Approx::AtMost));
    /// ```
    pub fn from_words(words: &str) -> Option<Approx> {
        static PHRASES: std::sync::OnceLock<std::collections::HashMap<&'static str, Approx>> =
            std::sync::OnceLock::new();
        PHRASES
            .get_or_init(|| {
                super::words::rows(super::words::MODIFIERS)
                    .filter_map(|(kind, phrase, _)| {
                        let approx = match kind {
                            "about" => Approx::About,
                            "more_than" => Approx::MoreThan,
                            "less_than" => Approx::LessThan,
                            "at_least" => Approx::AtLeast,
                            "at_most" => Approx::AtMost,
                            _ => return None,
                        };
                        Some((phrase, approx))
                    })
                    .collect()
            })
            .get(words)
            .copied()
    }

    /// Whether it is [`Approx::Exact`].
    ///
    /// # Example
    /// ```
    /// assert!(concord::Approx::Exact.is_exact());
    /// ```
    pub fn is_exact(&self) -> bool {
        *self == Approx::Exact
    }

    fn prefix(&self) -> &'static str {
        match self {
            Approx::Exact => "",
            Approx::About => "about ",
            Approx::MoreThan => "more than ",
            Approx::LessThan => "less than ",
            Approx::AtLeast => "at least ",
            Approx::AtMost => "at most ",
        }
    }

    /// The interval a value `x` stated with this modifier can mean, where
    /// `step` is the grain of the statement (a year for "six years").
    /// "over six years" is more than six but fewer than seven: the speaker
    /// would have said "over seven" otherwise.
    fn interval(&self, x: f64, step: f64) -> Interval {
        match self {
            Approx::Exact => Interval::closed_open(x, x + step),
            Approx::About => Interval::closed_open(x - step / 2.0, x + step),
            Approx::MoreThan => Interval::open(x, x + step),
            Approx::LessThan => Interval::closed_open(x - step, x),
            Approx::AtLeast => Interval::closed_open(x, x + step),
            Approx::AtMost => Interval::closed(x - step, x),
        }
    }
}

/// A number with its modifier: "more than 120".
///
/// # Example
/// ```
/// use concord::{Approx, Number};
/// let n = Number::new(120.0).with_approx(Approx::MoreThan);
/// assert_eq!(n.to_string(), "more than 120");
/// assert!(n.interval().contains(150.0));
/// assert!(!n.interval().contains(120.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Number {
    /// The number.
    pub value: f64,
    /// How exactly it was stated.
    #[serde(default, skip_serializing_if = "Approx::is_exact")]
    pub approx: Approx,
}

impl Number {
    /// An exactly stated number.
    ///
    /// # Example
    /// ```
    /// let n = concord::Number::new(4.0);
    /// assert!(n.approx.is_exact());
    /// assert_eq!(n.to_string(), "4");
    /// ```
    pub fn new(value: f64) -> Self {
        Number {
            value,
            approx: Approx::Exact,
        }
    }

    /// The same number, stated with `approx` ("about", "more than").
    ///
    /// # Example
    /// ```
    /// use concord::{Approx, Number};
    /// assert_eq!(Number::new(20.0).with_approx(Approx::About).to_string(), "about 20");
    /// ```
    pub fn with_approx(mut self, approx: Approx) -> Self {
        self.approx = approx;
        self
    }

    /// What the stated count can mean. Exact counts are points; "about"
    /// is within a tenth either way; bounds reach one order of magnitude
    /// of the number ("more than 120" is 120 to 220).
    ///
    /// # Example
    /// ```
    /// use concord::{Approx, Number};
    /// let n = Number::new(30.0).with_approx(Approx::Exact);
    /// assert!(n.interval().contains(30.0) && !n.interval().contains(31.0));
    /// ```
    pub fn interval(&self) -> Interval {
        let x = self.value;
        let scale = if x.abs() >= 1.0 {
            10f64.powf(x.abs().log10().floor())
        } else {
            1.0
        };
        match self.approx {
            Approx::Exact => Interval::point(x),
            // "about 20,000": within a tenth either way, and at least one
            Approx::About => {
                let slack = (x.abs() * 0.1).max(1.0);
                Interval::closed(x - slack, x + slack)
            }
            other => other.interval(x, scale),
        }
    }
}

impl std::fmt::Display for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.approx.prefix(), format_number(self.value))
    }
}

/// Formats a number without a trailing `.0`.
pub(crate) fn format_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// Months in a year, week and day, for comparing elapsed time.
pub(crate) const MONTHS_PER_WEEK: f64 = 12.0 / 52.1775;
pub(crate) const MONTHS_PER_DAY: f64 = 12.0 / 365.2425;

/// A stated length of time: "six years", "over six years", "18 months".
///
/// # Example
/// ```
/// use concord::{Approx, Duration};
/// let d = Duration::default().with_years(6).with_approx(Approx::MoreThan);
/// assert_eq!(d.to_string(), "more than 6 years");
/// // over six years: more than six, fewer than seven
/// assert!(d.interval().contains(6.25 * 12.0));
/// assert!(!d.interval().contains(7.0 * 12.0));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Duration {
    /// Years.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub years: u32,
    /// Months.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub months: u32,
    /// Weeks.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub weeks: u32,
    /// Days.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub days: u32,
    /// Hours.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub hours: u32,
    /// Minutes.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub minutes: u32,
    /// Seconds.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub seconds: u32,
    /// How exactly it was stated.
    #[serde(default, skip_serializing_if = "Approx::is_exact")]
    pub approx: Approx,
    /// The span of time it measures back or ahead from the writing, when
    /// the text says so: "the past two months", "the next four years".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<Window>,
}

/// Which way a duration reaches from the time of writing.
///
/// # Example
/// ```
/// use concord::Window;
/// assert_eq!(serde_json::to_string(&Window::Past).unwrap(), "\"past\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Window {
    /// "the past two months", "the last five years": up to the writing.
    Past,
    /// "the next two weeks", "the coming year": from the writing on.
    Future,
}

fn is_zero(x: &u32) -> bool {
    *x == 0
}

impl Duration {
    /// The same duration with `n` years.
    ///
    /// # Example
    /// ```
    /// let d = concord::Duration::default().with_years(2).with_months(3);
    /// assert_eq!(d.total_months(), 27.0);
    /// ```
    pub fn with_years(mut self, n: u32) -> Self {
        self.years = n;
        self
    }

    /// The same duration with `n` months.
    pub fn with_months(mut self, n: u32) -> Self {
        self.months = n;
        self
    }

    /// The same duration with `n` weeks.
    ///
    /// # Example
    /// ```
    /// let d = concord::Duration::default().with_weeks(2).with_days(1);
    /// assert_eq!(d.to_string(), "2 weeks 1 day");
    /// ```
    pub fn with_weeks(mut self, n: u32) -> Self {
        self.weeks = n;
        self
    }

    /// The same duration with `n` days.
    pub fn with_days(mut self, n: u32) -> Self {
        self.days = n;
        self
    }

    /// The same duration with `n` hours.
    ///
    /// # Example
    /// ```
    /// let d = concord::Duration::default().with_hours(1).with_minutes(30);
    /// assert_eq!(d.to_string(), "1 hour 30 minutes");
    /// assert_eq!(d.total_seconds(), 5400.0);
    /// ```
    pub fn with_hours(mut self, n: u32) -> Self {
        self.hours = n;
        self
    }

    /// The same duration with `n` minutes.
    pub fn with_minutes(mut self, n: u32) -> Self {
        self.minutes = n;
        self
    }

    /// The same duration with `n` seconds.
    pub fn with_seconds(mut self, n: u32) -> Self {
        self.seconds = n;
        self
    }

    /// The part under a day, in seconds.
    ///
    /// # Example
    /// ```
    /// let d = concord::Duration::default().with_minutes(7);
    /// assert_eq!(d.total_seconds(), 420.0);
    /// ```
    pub fn total_seconds(&self) -> f64 {
        f64::from(self.hours) * 3600.0 + f64::from(self.minutes) * 60.0 + f64::from(self.seconds)
    }

    /// The same duration, stated with `approx` ("over", "nearly").
    pub fn with_approx(mut self, approx: Approx) -> Self {
        self.approx = approx;
        self
    }

    /// The same duration, reaching `window` from the writing.
    ///
    /// # Example
    /// ```
    /// use concord::{Duration, Window};
    /// let d = Duration::default().with_months(2).with_window(Window::Past);
    /// assert_eq!(d.window, Some(Window::Past));
    /// ```
    pub fn with_window(mut self, window: Window) -> Self {
        self.window = Some(window);
        self
    }

    /// Its length in months (a week is 12/52.1775 months, a day 12/365.2425,
    /// an hour a 24th of a day).
    ///
    /// # Example
    /// ```
    /// let d = concord::Duration::default().with_years(1).with_months(6);
    /// assert_eq!(d.total_months(), 18.0);
    /// ```
    pub fn total_months(&self) -> f64 {
        f64::from(self.years) * 12.0
            + f64::from(self.months)
            + f64::from(self.weeks) * MONTHS_PER_WEEK
            + f64::from(self.days) * MONTHS_PER_DAY
            + self.total_seconds() / 86_400.0 * MONTHS_PER_DAY
    }

    /// The grain of the statement in months: a year for "six years", a
    /// month for "a year and a half" (stated to the month).
    fn step(&self) -> f64 {
        if self.seconds > 0 {
            MONTHS_PER_DAY / 86_400.0
        } else if self.minutes > 0 {
            MONTHS_PER_DAY / 1_440.0
        } else if self.hours > 0 {
            MONTHS_PER_DAY / 24.0
        } else if self.days > 0 {
            MONTHS_PER_DAY
        } else if self.weeks > 0 {
            MONTHS_PER_WEEK
        } else if self.months > 0 {
            1.0
        } else {
            12.0
        }
    }

    /// What the statement can mean, in months elapsed. "six years" counts
    /// whole years gone by: at least six, fewer than seven.
    ///
    /// # Example
    /// ```
    /// let six = concord::Duration::default().with_years(6);
    /// assert!(six.interval().contains(72.0) && !six.interval().contains(84.0));
    /// ```
    pub fn interval(&self) -> Interval {
        self.approx.interval(self.total_months(), self.step())
    }

    /// Whether every field is zero.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Duration::default().is_zero());
    /// ```
    pub fn is_zero(&self) -> bool {
        self.years == 0
            && self.months == 0
            && self.weeks == 0
            && self.days == 0
            && self.total_seconds() == 0.0
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts = Vec::new();
        for (n, unit) in [
            (self.years, "year"),
            (self.months, "month"),
            (self.weeks, "week"),
            (self.days, "day"),
            (self.hours, "hour"),
            (self.minutes, "minute"),
            (self.seconds, "second"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {unit}{}", if n == 1 { "" } else { "s" }));
            }
        }
        if parts.is_empty() {
            parts.push("0 days".into());
        }
        write!(f, "{}{}", self.approx.prefix(), parts.join(" "))
    }
}

/// Months from `from` to `to`, the days left over as a share of the month
/// they fall in (jiff's calendar arithmetic).
pub(crate) fn months_between(from: Date, to: Date) -> f64 {
    from.until((jiff::Unit::Month, to))
        .and_then(|span| span.total((jiff::Unit::Month, from)))
        .unwrap_or(f64::NAN)
}

/// The typed value of a claim.
///
/// # Example
/// ```
/// use concord::{DateExpr, DateValue, Value};
/// use jiff::civil::date;
/// let e = DateExpr::Calendar { year: Some(2018), month: None, day: None };
/// let since_2018 = Value::Since(DateValue::resolve(&e, None));
/// // said on 2024-05-29: from 5 years 5 months to 6 years 5 months
/// let iv = since_2018.interval(Some(date(2024, 5, 29))).unwrap();
/// assert!(iv.contains(6.0 * 12.0));
/// assert!(!iv.contains(7.0 * 12.0));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Value {
    /// A stated length of time.
    Duration(Duration),
    /// Time elapsed since a date, as of the claim's time: "since 2018",
    /// "last held in 2018", "halted in October 2018".
    Since(DateValue),
    /// A date.
    Date(DateValue),
    /// A count of things.
    Count(Number),
    /// A position in a series: 9 for "the 9th conference".
    Ordinal(u32),
    /// A person, by name.
    Person(String),
    /// A quantity with a unit, compared in its canonical unit.
    Quantity(super::Quantity),
    /// What a court ordered: death, life, or a term.
    Sentence(Penalty),
    /// A time of day.
    Time(super::TimeOfDay),
    /// A place, by its name as written: "South Ozone Park", "Spiro,
    /// Oklahoma".
    Place(String),
    /// A won-lost record.
    Record(super::Record),
}

/// A court's sentence.
///
/// # Example
/// ```
/// use concord::{Duration, Penalty};
/// let term = Penalty::Term(Duration::default().with_years(25));
/// assert_eq!(term.to_string(), "25 years in prison");
/// assert_eq!(Penalty::Life.to_string(), "life in prison");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "penalty", content = "term")]
#[non_exhaustive]
pub enum Penalty {
    /// Death.
    Death,
    /// Life in prison ("25 years to life" included).
    Life,
    /// A term in prison.
    Term(Duration),
}

impl std::fmt::Display for Penalty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Penalty::Death => write!(f, "death"),
            Penalty::Life => write!(f, "life in prison"),
            Penalty::Term(d) => write!(f, "{d} in prison"),
        }
    }
}

impl Value {
    /// What the value can mean, as of `as_of` where time matters: months
    /// for durations, days since 1970-01-01 for dates, the number for counts
    /// and ordinals. `None` when it cannot be known (a "since" with no
    /// date to count to, a date with no year, a person).
    ///
    /// # Example
    /// ```
    /// use concord::Value;
    /// assert!(Value::Ordinal(9).interval(None).unwrap().contains(9.0));
    /// assert!(Value::Person("A. Person".into()).interval(None).is_none());
    /// ```
    pub fn interval(&self, as_of: Option<Date>) -> Option<Interval> {
        match self {
            Value::Duration(d) => Some(d.interval()),
            Value::Since(date) => {
                let (first, last) = date.range()?;
                let as_of = as_of?;
                if as_of < first {
                    return None;
                }
                let lo = months_between(last.min(as_of), as_of);
                let hi = months_between(first, as_of);
                (lo.is_finite() && hi.is_finite()).then(|| Interval::closed(lo, hi))
            }
            Value::Date(date) => {
                let (first, last) = date.range()?;
                Some(Interval::closed(day_number(first), day_number(last)))
            }
            Value::Count(n) => Some(n.interval()),
            Value::Ordinal(n) => Some(Interval::point(f64::from(*n))),
            Value::Person(_) => None,
            Value::Quantity(q) => Some(q.interval()),
            Value::Sentence(Penalty::Term(d)) => Some(d.interval()),
            Value::Sentence(_) => None,
            Value::Time(t) => Some(t.interval()),
            Value::Place(_) | Value::Record(_) => None,
        }
    }
}

/// Days since 1970-01-01.
pub(crate) fn day_number(d: Date) -> f64 {
    let epoch = jiff::civil::date(1970, 1, 1);
    epoch
        .until((jiff::Unit::Day, d))
        .map(|s| f64::from(s.get_days()))
        .unwrap_or(f64::NAN)
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Duration(d) => write!(f, "{d}"),
            Value::Since(d) => write!(f, "since {d}"),
            Value::Date(d) => write!(f, "{d}"),
            Value::Count(n) => write!(f, "{n}"),
            Value::Ordinal(n) => write!(f, "{}", ordinal_suffix(*n)),
            Value::Person(p) => write!(f, "{p}"),
            Value::Quantity(q) => write!(f, "{q}"),
            Value::Sentence(p) => write!(f, "{p}"),
            Value::Time(t) => write!(f, "{t}"),
            Value::Place(p) => write!(f, "{p}"),
            Value::Record(r) => write!(f, "{r}"),
        }
    }
}

/// "1st", "2nd", "9th", "11th".
pub(crate) fn ordinal_suffix(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_six_against_seven() {
        let over6 = Duration {
            years: 6,
            approx: Approx::MoreThan,
            ..Default::default()
        };
        let seven = Duration {
            years: 7,
            ..Default::default()
        };
        let six = Duration {
            years: 6,
            ..Default::default()
        };
        assert!(!over6.interval().overlaps(&seven.interval()));
        assert!(over6.interval().overlaps(&six.interval()));
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal_suffix(9), "9th");
        assert_eq!(ordinal_suffix(21), "21st");
        assert_eq!(ordinal_suffix(12), "12th");
    }

    #[test]
    fn months() {
        let m = months_between(
            jiff::civil::date(2018, 10, 31),
            jiff::civil::date(2025, 1, 14),
        );
        assert!((m - 74.45).abs() < 0.1, "{m}");
    }
}
