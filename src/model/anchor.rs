//! Anchoring what the text said to the calendar, against a reference date.

use jiff::civil::Date;
use jiff::ToSpan;

use super::{CalendarUnit, DateExpr, DateValue, Resolution, Weekday};

pub(crate) fn resolve(expr: &DateExpr, reference: Option<Date>) -> DateValue {
    let mut v = DateValue {
        year: None,
        month: None,
        day: None,
        weekday: None,
        resolution: Resolution::Unresolved,
        expr: expr.clone(),
        end: None,
        ahead: None,
    };
    match *expr {
        DateExpr::Calendar { year, month, day } => {
            v.year = year;
            v.month = month;
            v.day = day;
            if year.is_some() {
                v.resolution = Resolution::Stated;
            } else if let (Some(r), Some(m)) = (reference, month) {
                v.year = closest_year(r, m, day);
                if v.year.is_some() {
                    v.resolution = Resolution::YearFromReference;
                    v.ahead = v.range().map(|(start, _)| start > r);
                }
            }
        }
        DateExpr::Weekday { weekday, offset } => {
            v.weekday = Some(weekday);
            if let Some(d) = reference.and_then(|r| weekday_near(r, weekday, offset)) {
                set_day(&mut v, d);
            }
        }
        DateExpr::Relative { unit, offset } => {
            if let Some(r) = reference {
                relative(&mut v, r, unit, offset);
            }
        }
        DateExpr::InWeek { weekday, week } => {
            v.weekday = Some(weekday);
            if let Some(r) = reference {
                let back = i64::from(r.weekday().to_monday_zero_offset());
                let into = i64::from(weekday.to_jiff().to_monday_zero_offset());
                if let Ok(d) = r.checked_add((i64::from(week) * 7 - back + into).days()) {
                    set_day(&mut v, d);
                }
            }
        }
        DateExpr::Ago { unit, offset } => {
            if let Some(r) = reference {
                match unit {
                    CalendarUnit::Week => relative(&mut v, r, CalendarUnit::Day, offset * 7),
                    u => relative(&mut v, r, u, offset),
                }
            }
        }
        DateExpr::InYear { month, day, offset } => {
            if let Some(r) = reference {
                let year = r.year() + i16::from(offset);
                if day.is_none_or(|d| Date::new(year, month, d).is_ok()) {
                    v.year = Some(year);
                    v.month = Some(month);
                    v.day = day;
                    v.resolution = Resolution::Reference;
                }
            }
        }
        DateExpr::MonthOf { month, offset } => {
            if let Some(r) = reference {
                let year = match offset {
                    o if o < 0 && month >= r.month() => r.year() - 1,
                    o if o > 0 && month <= r.month() => r.year() + 1,
                    _ => r.year(),
                };
                v.year = Some(year);
                v.month = Some(month);
                v.resolution = Resolution::Reference;
            }
        }
    }
    v
}

/// How much nearer the coming reading of a month and day must be than the
/// past one to be taken in a report with no word of the future: news
/// looks back more often than ahead.
const AHEAD_SHARE: f64 = 0.75;

/// A month (and day) the text gave without a year, read the way news
/// means it: the coming one when `future` (its sentence is in the future
/// tense), else the past one unless the coming one is nearer by
/// [`AHEAD_SHARE`].
pub(crate) fn lean(v: &mut DateValue, reference: Date, future: bool) {
    if v.resolution != Resolution::YearFromReference {
        return;
    }
    let Some(month) = v.month else { return };
    let start = |year: i16| Date::new(year, month, v.day.unwrap_or(1)).ok();
    let y = reference.year();
    let coming = [y - 1, y, y + 1]
        .into_iter()
        .filter_map(start)
        .find(|d| *d >= reference);
    let past = [y + 1, y, y - 1]
        .into_iter()
        .filter_map(start)
        .find(|d| *d <= reference);
    let days = |a: Date, b: Date| {
        a.until((jiff::Unit::Day, b))
            .map_or(f64::INFINITY, |s| f64::from(s.get_days()).abs())
    };
    let near = match (coming, past) {
        (Some(c), Some(p)) => days(reference, c) < AHEAD_SHARE * days(p, reference),
        (Some(_), None) => true,
        _ => false,
    };
    let pick = if future || near {
        coming.or(past)
    } else {
        past.or(coming)
    };
    if let Some(d) = pick {
        v.year = Some(d.year());
        v.ahead = Some(d > reference);
    }
}

fn set_day(v: &mut DateValue, d: Date) {
    v.year = Some(d.year());
    v.month = Some(d.month());
    v.day = Some(d.day());
    v.resolution = Resolution::Reference;
}

/// The year that puts month/day nearest the reference date.
fn closest_year(r: Date, month: i8, day: Option<i8>) -> Option<i16> {
    let mut best: Option<(i64, i16)> = None;
    for year in [r.year() - 1, r.year(), r.year() + 1] {
        let d = Date::new(year, month, day.unwrap_or(15))
            .or_else(|_| Date::new(year, month, 28))
            .ok()?;
        let gap = i64::from(d.until((jiff::Unit::Day, r)).ok()?.get_days()).abs();
        if best.is_none_or(|(g, _)| gap < g) {
            best = Some((gap, year));
        }
    }
    best.map(|(_, y)| y)
}

/// News says "on Wednesday" for the latest Wednesday on or before the day
/// it was written; "last" is strictly before, "next" strictly after.
fn weekday_near(r: Date, w: Weekday, offset: i8) -> Option<Date> {
    let w = w.to_jiff();
    match offset {
        0 if r.weekday() == w => Some(r),
        o if o <= 0 => r.nth_weekday(-1, w).ok(),
        _ => r.nth_weekday(1, w).ok(),
    }
}

fn relative(v: &mut DateValue, r: Date, unit: CalendarUnit, offset: i32) {
    match unit {
        CalendarUnit::Day => {
            if let Ok(d) = r.checked_add(i64::from(offset).days()) {
                set_day(v, d);
            }
        }
        CalendarUnit::Week => {
            let back = i64::from(r.weekday().to_monday_zero_offset());
            let monday = r.checked_add((i64::from(offset) * 7 - back).days()).ok();
            let sunday = monday.and_then(|m| m.checked_add(6.days()).ok());
            if let (Some(m), Some(s)) = (monday, sunday) {
                set_day(v, m);
                let mut end = v.clone();
                end.end = None;
                set_day(&mut end, s);
                v.end = Some(Box::new(end));
            }
        }
        CalendarUnit::Month => {
            let total = i64::from(r.year()) * 12 + i64::from(r.month() - 1) + i64::from(offset);
            if let (Ok(y), Ok(m)) = (
                i16::try_from(total.div_euclid(12)),
                i8::try_from(total.rem_euclid(12) + 1),
            ) {
                v.year = Some(y);
                v.month = Some(m);
                v.resolution = Resolution::Reference;
            }
        }
        CalendarUnit::Year => {
            if let Ok(y) = i16::try_from(i64::from(r.year()) + i64::from(offset)) {
                v.year = Some(y);
                v.resolution = Resolution::Reference;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn day(expr: DateExpr, r: Date) -> Option<Date> {
        resolve(&expr, Some(r)).to_date()
    }

    #[test]
    fn weekdays() {
        let wed = DateExpr::Weekday {
            weekday: Weekday::Wednesday,
            offset: 0,
        };
        assert_eq!(day(wed.clone(), date(2024, 6, 12)), Some(date(2024, 6, 12)));
        assert_eq!(day(wed.clone(), date(2024, 5, 30)), Some(date(2024, 5, 29)));
        let next = DateExpr::Weekday {
            weekday: Weekday::Wednesday,
            offset: 1,
        };
        assert_eq!(day(next, date(2024, 6, 12)), Some(date(2024, 6, 19)));
        // "next Friday" on a Wednesday is the Friday of the week after
        let next_week = DateExpr::InWeek {
            weekday: Weekday::Friday,
            week: 1,
        };
        assert_eq!(day(next_week, date(2018, 3, 7)), Some(date(2018, 3, 16)));
        let last_week = DateExpr::InWeek {
            weekday: Weekday::Tuesday,
            week: -1,
        };
        assert_eq!(day(last_week, date(2006, 8, 16)), Some(date(2006, 8, 8)));
        assert_eq!(resolve(&wed, None).resolution, Resolution::Unresolved);
    }

    #[test]
    fn partial_dates_take_the_nearest_year() {
        let d = DateExpr::Calendar {
            year: None,
            month: Some(12),
            day: Some(28),
        };
        assert_eq!(day(d, date(2025, 1, 3)), Some(date(2024, 12, 28)));
    }

    #[test]
    fn relatives() {
        let y = DateExpr::Relative {
            unit: CalendarUnit::Day,
            offset: -1,
        };
        assert_eq!(day(y, date(2024, 3, 1)), Some(date(2024, 2, 29)));
        let last_year = resolve(
            &DateExpr::Relative {
                unit: CalendarUnit::Year,
                offset: -1,
            },
            Some(date(2025, 1, 14)),
        );
        assert_eq!(last_year.year, Some(2024));
        let last_may = resolve(
            &DateExpr::MonthOf {
                month: 5,
                offset: -1,
            },
            Some(date(2025, 1, 14)),
        );
        assert_eq!((last_may.year, last_may.month), (Some(2024), Some(5)));
        let week = resolve(
            &DateExpr::Relative {
                unit: CalendarUnit::Week,
                offset: 1,
            },
            Some(date(2024, 5, 21)),
        );
        assert_eq!(week.range(), Some((date(2024, 5, 27), date(2024, 6, 2))));
    }
}
