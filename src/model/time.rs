//! A time of day as a report states it, with how loosely and in which zone.

use serde::{Deserialize, Serialize};

use super::{Approx, Interval};

/// Minutes in a day.
const DAY: i32 = 1_440;

/// The zone a clock time is given in, when the text names one.
///
/// # Example
/// ```
/// use concord::Zone;
/// assert_eq!(Zone::Offset(-300).offsets(), vec![-300]);
/// // "ET": Eastern Standard or Eastern Daylight time
/// assert_eq!(Zone::Seasonal(-300).offsets(), vec![-300, -240]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "minutes", rename_all = "snake_case")]
pub enum Zone {
    /// A fixed offset from UTC, in minutes: "GMT" 0, "EST" −300, "CEST" +120.
    Offset(i16),
    /// A zone named without its season ("ET", "PT"): its standard offset
    /// from UTC in minutes; in summer it is an hour more.
    Seasonal(i16),
}

impl Zone {
    /// The offsets from UTC, in minutes, the zone may stand for.
    pub fn offsets(&self) -> Vec<i32> {
        match *self {
            Zone::Offset(o) => vec![i32::from(o)],
            Zone::Seasonal(o) => vec![i32::from(o), i32::from(o) + 60],
        }
    }
}

/// A time of day: "about 1:30 a.m.", "3 p.m. (1200 GMT)", "shortly after
/// midnight". Without a zone it is the clock of the place the report
/// speaks of.
///
/// # Example
/// ```
/// use concord::{Approx, TimeOfDay};
/// let a = TimeOfDay::new(1, 30).unwrap().with_approx(Approx::About);
/// let b = TimeOfDay::new(1, 0).unwrap().with_approx(Approx::About);
/// assert_eq!(a.to_string(), "about 1:30 a.m.");
/// assert_eq!(a.compatible(&b), Some(false));
/// // 3:33 and a bare 3:30 are one time, rounded
/// let c = TimeOfDay::new(3, 33).unwrap();
/// assert_eq!(c.compatible(&TimeOfDay::new(3, 30).unwrap()), Some(true));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TimeOfDay {
    /// The hour, 0 to 23.
    pub hour: u8,
    /// The minute, 0 to 59.
    pub minute: u8,
    /// How exactly it was stated: "about", "shortly after" (more than),
    /// "just before" (less than), "after" (at least), "by" (at most).
    #[serde(default, skip_serializing_if = "Approx::is_exact")]
    pub approx: Approx,
    /// The zone the text names, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<Zone>,
}

impl TimeOfDay {
    /// A time on the 24-hour clock; `None` past 23:59.
    pub fn new(hour: u8, minute: u8) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay {
            hour,
            minute,
            approx: Approx::Exact,
            zone: None,
        })
    }

    /// The same time, stated with `approx`.
    pub fn with_approx(mut self, approx: Approx) -> Self {
        self.approx = approx;
        self
    }

    /// The same time, in `zone`.
    ///
    /// # Example
    /// ```
    /// use concord::{TimeOfDay, Zone};
    /// let gmt = TimeOfDay::new(12, 0).unwrap().with_zone(Zone::Offset(0));
    /// let local = TimeOfDay::new(15, 0).unwrap();
    /// // a zoned time and one in the place's own clock are not compared
    /// assert_eq!(gmt.compatible(&local), None);
    /// let east_africa = TimeOfDay::new(15, 0).unwrap().with_zone(Zone::Offset(180));
    /// assert_eq!(gmt.compatible(&east_africa), Some(true));
    /// ```
    pub fn with_zone(mut self, zone: Zone) -> Self {
        self.zone = Some(zone);
        self
    }

    /// Minutes after midnight.
    pub fn minutes(&self) -> u16 {
        u16::from(self.hour) * 60 + u16::from(self.minute)
    }

    /// Minutes between the two clock readings the short way round the
    /// day, zones set aside ("11 p.m." and "1 a.m." are 120 apart).
    ///
    /// # Example
    /// ```
    /// let (late, early) = (concord::TimeOfDay::new(23, 0).unwrap(), concord::TimeOfDay::new(1, 0).unwrap());
    /// assert_eq!(late.minutes_apart(&early), 120);
    /// ```
    pub fn minutes_apart(&self, other: &TimeOfDay) -> u16 {
        let d = (i32::from(self.minutes()) - i32::from(other.minutes())).rem_euclid(DAY);
        d.min(DAY - d) as u16
    }

    /// The minutes after midnight the statement allows. A time given to
    /// the minute ("2:53") is that minute; one on the hour may be rounded
    /// by ten minutes either way, one on a quarter or five minutes by
    /// five or two; "about" allows twelve; "shortly after" and "just
    /// before" twenty on their side; "after" and "by" six hours.
    ///
    /// # Example
    /// ```
    /// let seven = concord::TimeOfDay::new(19, 0).unwrap();
    /// assert!(seven.interval().contains(19.0 * 60.0 + 1.0));
    /// ```
    pub fn interval(&self) -> Interval {
        let x = f64::from(self.minutes());
        let (lo, hi) = match self.approx {
            Approx::Exact if self.minute == 0 => (x - 10.0, x + 10.0),
            Approx::Exact if self.minute % 15 == 0 => (x - 5.0, x + 5.0),
            Approx::Exact if self.minute % 5 == 0 => (x - 2.0, x + 2.0),
            Approx::Exact => (x, x),
            Approx::About => (x - 12.0, x + 12.0),
            Approx::MoreThan => (x, x + 20.0),
            Approx::LessThan => (x - 20.0, x),
            Approx::AtLeast => (x, x + 360.0),
            Approx::AtMost => (x - 360.0, x),
        };
        Interval::closed(lo, hi)
    }

    /// Whether two statements can be of one moment: their allowed minutes
    /// meet on the clock's circle, in UTC when both name zones. `None`
    /// when only one names a zone: the place's own offset is unknown.
    pub fn compatible(&self, other: &TimeOfDay) -> Option<bool> {
        let (ours, theirs) = match (self.zone, other.zone) {
            (None, None) => (vec![0], vec![0]),
            (Some(a), Some(b)) => (a.offsets(), b.offsets()),
            _ => return None,
        };
        let (a, b) = (self.interval(), other.interval());
        let meets = |x: i32, y: i32| {
            (-1..=1).any(|turn: i32| {
                let shift = f64::from(y - x + turn * DAY);
                a.lo <= b.hi - shift && b.lo - shift <= a.hi
            })
        };
        Some(ours.iter().any(|&x| theirs.iter().any(|&y| meets(x, y))))
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let prefix = match self.approx {
            Approx::Exact => "",
            Approx::About => "about ",
            Approx::MoreThan => "shortly after ",
            Approx::LessThan => "just before ",
            Approx::AtLeast => "after ",
            Approx::AtMost => "by ",
        };
        let (h, half) = match self.hour {
            0 => (12, "a.m."),
            1..=11 => (self.hour, "a.m."),
            12 => (12, "p.m."),
            h => (h - 12, "p.m."),
        };
        write!(f, "{prefix}{h}:{:02} {half}", self.minute)?;
        match self.zone {
            Some(Zone::Offset(o)) => write!(f, " (UTC{})", signed_hours(o)),
            Some(Zone::Seasonal(o)) => write!(
                f,
                " (UTC{} or {})",
                signed_hours(o),
                signed_hours(o.saturating_add(60))
            ),
            None => Ok(()),
        }
    }
}

/// "+3", "−5", "+5:30".
fn signed_hours(minutes: i16) -> String {
    let sign = if minutes < 0 { '−' } else { '+' };
    let m = minutes.unsigned_abs();
    if m % 60 == 0 {
        format!("{sign}{}", m / 60)
    } else {
        format!("{sign}{}:{:02}", m / 60, m % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u8, m: u8, approx: Approx) -> TimeOfDay {
        TimeOfDay::new(h, m).unwrap().with_approx(approx)
    }

    #[test]
    fn rounding_and_hedges() {
        // "about 3 p.m." and "2:53 p.m." meet; "3:20 p.m." is another time
        assert_eq!(
            t(15, 0, Approx::About).compatible(&t(14, 53, Approx::Exact)),
            Some(true)
        );
        assert_eq!(
            t(14, 53, Approx::Exact).compatible(&t(15, 20, Approx::Exact)),
            Some(false)
        );
        // "about 8 p.m." and "around 8:30 p.m." do not
        assert_eq!(
            t(20, 0, Approx::About).compatible(&t(20, 30, Approx::About)),
            Some(false)
        );
        // "by 7 a.m." and "by 6:40 a.m." are both upper bounds
        assert_eq!(
            t(7, 0, Approx::AtMost).compatible(&t(6, 40, Approx::AtMost)),
            Some(true)
        );
    }

    #[test]
    fn midnight_and_zones() {
        // "just before midnight" and "11:52 p.m." meet across the day;
        // "12:05 a.m." is after it
        assert_eq!(
            t(0, 0, Approx::LessThan).compatible(&t(23, 52, Approx::Exact)),
            Some(true)
        );
        assert_eq!(
            t(0, 0, Approx::LessThan).compatible(&t(0, 5, Approx::Exact)),
            Some(false)
        );
        assert_eq!(
            t(23, 0, Approx::About).compatible(&t(3, 0, Approx::Exact)),
            Some(false)
        );
        // 4:30 p.m. ET is 1:30 p.m. PT
        let et = t(16, 30, Approx::Exact).with_zone(Zone::Seasonal(-300));
        let pt = t(13, 30, Approx::Exact).with_zone(Zone::Seasonal(-480));
        assert_eq!(et.compatible(&pt), Some(true));
        assert_eq!(t(12, 0, Approx::Exact).to_string(), "12:00 p.m.");
        assert_eq!(et.to_string(), "4:30 p.m. (UTC−5 or −4)");
    }
}
