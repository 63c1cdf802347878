//! Dates as the text states them, and as they resolve.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// A day of the week.
///
/// # Example
/// ```
/// use concord::Weekday;
/// assert_eq!(Weekday::from_name("Tuesday"), Some(Weekday::Tuesday));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// Reads an English weekday name or its usual abbreviation.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Weekday::from_name("wed"), Some(concord::Weekday::Wednesday));
    /// ```
    pub fn from_name(name: &str) -> Option<Weekday> {
        let n = *super::words::weekday_numbers().get(&name.to_ascii_lowercase())?;
        Weekday::from_iso(n)
    }

    /// The weekday of an ISO number, Monday 1 to Sunday 7.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Weekday::from_iso(7), Some(concord::Weekday::Sunday));
    /// assert_eq!(concord::Weekday::from_iso(8), None);
    /// ```
    pub fn from_iso(n: i8) -> Option<Weekday> {
        use Weekday::*;
        Some(match n {
            1 => Monday,
            2 => Tuesday,
            3 => Wednesday,
            4 => Thursday,
            5 => Friday,
            6 => Saturday,
            7 => Sunday,
            _ => return None,
        })
    }

    /// The jiff weekday.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Weekday::Monday.to_jiff(), jiff::civil::Weekday::Monday);
    /// ```
    pub fn to_jiff(self) -> jiff::civil::Weekday {
        use jiff::civil::Weekday as J;
        match self {
            Weekday::Monday => J::Monday,
            Weekday::Tuesday => J::Tuesday,
            Weekday::Wednesday => J::Wednesday,
            Weekday::Thursday => J::Thursday,
            Weekday::Friday => J::Friday,
            Weekday::Saturday => J::Saturday,
            Weekday::Sunday => J::Sunday,
        }
    }

    /// The weekday of a jiff weekday.
    ///
    /// # Example
    /// ```
    /// use concord::Weekday;
    /// let d = jiff::civil::date(2025, 1, 14);
    /// assert_eq!(Weekday::of(d), Weekday::Tuesday);
    /// ```
    pub fn of(date: Date) -> Weekday {
        use jiff::civil::Weekday as J;
        match date.weekday() {
            J::Monday => Weekday::Monday,
            J::Tuesday => Weekday::Tuesday,
            J::Wednesday => Weekday::Wednesday,
            J::Thursday => Weekday::Thursday,
            J::Friday => Weekday::Friday,
            J::Saturday => Weekday::Saturday,
            J::Sunday => Weekday::Sunday,
        }
    }
}

impl std::fmt::Display for Weekday {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

/// A calendar unit for relative dates.
///
/// # Example
/// ```
/// use concord::CalendarUnit;
/// assert_eq!(serde_json::to_string(&CalendarUnit::Week).unwrap(), "\"week\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum CalendarUnit {
    Day,
    Week,
    Month,
    Year,
}

/// What the text said about a date, before any anchoring.
///
/// # Example
/// ```
/// use concord::{DateExpr, Weekday};
/// let on_wednesday = DateExpr::Weekday { weekday: Weekday::Wednesday, offset: 0 };
/// assert!(on_wednesday.needs_reference());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "form", rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateExpr {
    /// A calendar date, possibly partial: "May 29, 2024", "May 29", "October 2018", "2018".
    Calendar {
        /// Year, when stated.
        year: Option<i16>,
        /// Month 1-12, when stated.
        month: Option<i8>,
        /// Day of month, when stated.
        day: Option<i8>,
    },
    /// A weekday: "on Wednesday" (offset 0, the latest such day on or before
    /// the reference), "last Wednesday" (-1, the latest strictly before),
    /// "this Wednesday" (+1, the first strictly after).
    Weekday {
        /// The day named.
        weekday: Weekday,
        /// Which one, relative to the reference.
        offset: i8,
    },
    /// A weekday of a week counted from the reference's (weeks start on
    /// Monday): "Tuesday this week" (0), "Friday next week" and "next
    /// Friday" (+1), "Tuesday last week" (-1).
    InWeek {
        /// The day named.
        weekday: Weekday,
        /// Weeks from the reference's week.
        week: i8,
    },
    /// "yesterday" (day, -1), "last week" (week, -1), "this month" (month, 0),
    /// "next year" (year, +1), "three days ago" (day, -3).
    Relative {
        /// The unit counted.
        unit: CalendarUnit,
        /// How many units from the reference.
        offset: i32,
    },
    /// A time counted back or forward from the reference: "two weeks ago"
    /// (week, -2) is the day fourteen days back, "three months ago" (month,
    /// -3) the month, "a year from now" (year, +1) the year.
    Ago {
        /// The unit counted.
        unit: CalendarUnit,
        /// How many units from the reference, negative for the past.
        offset: i32,
    },
    /// A month, perhaps a day, of a year counted from the reference's:
    /// "June last year" (-1), "January this year" (0), "April next year" (+1).
    InYear {
        /// Month 1-12.
        month: i8,
        /// Day of month, when stated.
        day: Option<i8>,
        /// Years from the reference's year.
        offset: i8,
    },
    /// A month relative to the reference: "last September" (-1), "this May" (0).
    MonthOf {
        /// Month 1-12.
        month: i8,
        /// -1 for the latest such month before the reference, +1 for the next.
        offset: i8,
    },
}

impl DateExpr {
    /// Whether it means nothing without a reference date.
    ///
    /// # Example
    /// ```
    /// use concord::DateExpr;
    /// let full = DateExpr::Calendar { year: Some(2024), month: Some(5), day: Some(29) };
    /// assert!(!full.needs_reference());
    /// ```
    pub fn needs_reference(&self) -> bool {
        match self {
            DateExpr::Calendar { year, .. } => year.is_none(),
            _ => true,
        }
    }
}

/// A leap year, where every month has its most days: a month and day
/// with no year is a date when it is one in this year.
pub(crate) const LEAP_YEAR: i16 = 2024;

/// Whether some year has `day` of `month` (jiff's calendar, in a leap year).
pub(crate) fn day_of_month_exists(month: i8, day: i8) -> bool {
    jiff::civil::Date::new(LEAP_YEAR, month, day).is_ok()
}

/// How a [`DateValue`] got its fields.
///
/// # Example
/// ```
/// use concord::Resolution;
/// assert_eq!(serde_json::to_string(&Resolution::YearFromReference).unwrap(), "\"year_from_reference\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Resolution {
    /// Every field was in the text.
    Stated,
    /// The text gave month and day; the year comes from the reference date.
    YearFromReference,
    /// A relative expression resolved against the reference date.
    Reference,
    /// The text needs a reference date and none was known.
    Unresolved,
}

/// A date as stated and as resolved: possibly partial ("May 29" with no
/// year), possibly a span ("from November 26 to December 4").
///
/// # Example
/// ```
/// use concord::{DateExpr, DateValue};
/// let may29 = DateExpr::Calendar { year: None, month: Some(5), day: Some(29) };
/// let v = DateValue::resolve(&may29, Some(jiff::civil::date(2024, 5, 21)));
/// assert_eq!(v.to_date(), Some(jiff::civil::date(2024, 5, 29)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateValue {
    /// Year, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub year: Option<i16>,
    /// Month 1-12, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub month: Option<i8>,
    /// Day of month, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub day: Option<i8>,
    /// The weekday the text named, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub weekday: Option<Weekday>,
    /// How the fields were found.
    pub resolution: Resolution,
    /// What the text said.
    pub expr: DateExpr,
    /// The last day, for a span.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub end: Option<Box<DateValue>>,
    /// For a year read from the reference: whether the day falls after
    /// the reference (the coming one) or on or before it (the past one).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub ahead: Option<bool>,
}

impl DateValue {
    /// Anchors what the text said against a reference date (a report's
    /// publication date). Without a reference, relative expressions stay
    /// [`Resolution::Unresolved`]; nothing reads today's clock.
    ///
    /// # Example
    /// ```
    /// use concord::{DateExpr, DateValue, Weekday};
    /// let wed = DateExpr::Weekday { weekday: Weekday::Wednesday, offset: 0 };
    /// let v = DateValue::resolve(&wed, Some(jiff::civil::date(2024, 5, 30)));
    /// assert_eq!(v.to_date(), Some(jiff::civil::date(2024, 5, 29)));
    /// ```
    pub fn resolve(expr: &DateExpr, reference: Option<Date>) -> DateValue {
        super::anchor::resolve(expr, reference)
    }

    /// The single day it names, when year, month and day are known.
    ///
    /// # Example
    /// ```
    /// use concord::{DateExpr, DateValue};
    /// let e = DateExpr::Calendar { year: Some(2018), month: Some(10), day: None };
    /// assert_eq!(DateValue::resolve(&e, None).to_date(), None);
    /// ```
    pub fn to_date(&self) -> Option<Date> {
        if self.end.is_some() {
            return None;
        }
        Date::new(self.year?, self.month?, self.day?).ok()
    }

    /// The first and last day it can mean, when the year is known.
    ///
    /// # Example
    /// ```
    /// use concord::{DateExpr, DateValue};
    /// use jiff::civil::date;
    /// let e = DateExpr::Calendar { year: Some(2018), month: Some(10), day: None };
    /// assert_eq!(DateValue::resolve(&e, None).range(), Some((date(2018, 10, 1), date(2018, 10, 31))));
    /// ```
    pub fn range(&self) -> Option<(Date, Date)> {
        let year = self.year?;
        let start = match (self.month, self.day) {
            (Some(m), Some(d)) => Date::new(year, m, d).ok()?,
            (Some(m), None) => Date::new(year, m, 1).ok()?,
            (None, _) => Date::new(year, 1, 1).ok()?,
        };
        let own_end = match (self.month, self.day) {
            (Some(_), Some(_)) => start,
            (Some(_), None) => start.last_of_month(),
            (None, _) => Date::new(year, 12, 31).ok()?,
        };
        let end = match &self.end {
            Some(e) => e.range().map(|r| r.1).unwrap_or(own_end),
            None => own_end,
        };
        Some((start, end.max(start)))
    }

    /// Whether a year is known.
    ///
    /// # Example
    /// ```
    /// use concord::{DateExpr, DateValue};
    /// let e = DateExpr::Calendar { year: None, month: Some(1), day: Some(14) };
    /// assert!(!DateValue::resolve(&e, None).has_year());
    /// ```
    pub fn has_year(&self) -> bool {
        self.year.is_some()
    }
}

impl std::fmt::Display for DateValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let months = super::words::month_names();
        let month = self
            .month
            .and_then(|m| months.get(usize::try_from(m).ok()?.checked_sub(1)?));
        match (self.year, month, self.day) {
            (Some(y), Some(_), Some(d)) => {
                write!(f, "{y:04}-{:02}-{d:02}", self.month.unwrap_or(0))?
            }
            (Some(y), Some(m), None) => write!(f, "{m} {y}")?,
            (Some(y), None, _) => write!(f, "{y}")?,
            (None, Some(m), Some(d)) => write!(f, "{m} {d} (year unknown)")?,
            (None, Some(m), None) => write!(f, "{m} (year unknown)")?,
            (None, None, _) => match (self.weekday, &self.expr) {
                (Some(w), _) => write!(f, "{w} (date unknown)")?,
                (None, e) => write!(f, "{e:?} (unresolved)")?,
            },
        }
        if let Some(end) = &self.end {
            write!(f, " to {end}")?;
        }
        Ok(())
    }
}
