//! Dates: full, partial, numeric, weekdays, relative, spans.

use super::lexicon::{self, Lex, TimeUnit};
use super::token::{Kind, NumTok, Suffix};
use super::{Hit, MentionValue, Scanner};
use crate::model::{CalendarUnit, DateExpr, DateValue, Weekday};

/// A date found from token `start` to `end`, with the weekday it named.
struct Found {
    start: usize,
    end: usize,
    expr: DateExpr,
    weekday: Option<Weekday>,
    /// A weak reading: a bare year, a month alone before a noun, a month
    /// that is the whole text.
    latent: bool,
}

impl Found {
    /// A firm reading that names no weekday.
    fn new(start: usize, end: usize, expr: DateExpr) -> Found {
        Found {
            start,
            end,
            expr,
            weekday: None,
            latent: false,
        }
    }
}

impl Scanner<'_> {
    pub(crate) fn date(&self, i: usize, floor: usize) -> Option<Hit> {
        if let Some(hit) = self.decade(i, floor) {
            return Some(hit);
        }
        let first = self.single_date(i, floor)?;
        let reference = self.ctx.reference_date();
        let mut value = DateValue::resolve(&first.expr, reference);
        if let Some(r) = reference {
            crate::model::lean(&mut value, r, self.future_in_sentence(i));
        }
        if first.weekday.is_some() {
            value.weekday = first.weekday;
        }
        let mut end = first.end;
        // "from November 26 to December 4", "between May 1 and May 3"
        let opener = self
            .prev(i, floor)
            .map(|p| self.str(p).to_ascii_lowercase());
        if matches!(opener.as_deref(), Some("from" | "between")) {
            if let Some(link) = self.next(end - 1) {
                let joins = ["to", "until", "through", "till", "and"]
                    .iter()
                    .any(|w| self.is(link, w))
                    || self.is_punct(link, '-')
                    || self.is_punct(link, '–');
                if let Some(second) = joins
                    .then(|| self.next(link))
                    .flatten()
                    .and_then(|j| self.single_date(j, link))
                {
                    let mut second_value = DateValue::resolve(&second.expr, reference);
                    if let Some(r) = reference {
                        crate::model::lean(&mut second_value, r, self.future_in_sentence(i));
                    }
                    // "from Jan. to Oct. this year": an end's unstated year
                    // is the other end's
                    let stated = |v: &DateValue| {
                        v.year.is_some()
                            && v.resolution != crate::model::Resolution::YearFromReference
                    };
                    // ("December 28 to January 3, 2025" starts the year before)
                    let wraps = value.month > second_value.month;
                    if stated(&second_value) && !stated(&value) && value.month.is_some() {
                        value.year = second_value.year.map(|y| if wraps { y - 1 } else { y });
                        value.resolution = second_value.resolution;
                        value.ahead = None;
                    } else if stated(&value)
                        && !stated(&second_value)
                        && second_value.month.is_some()
                    {
                        second_value.year = value.year.map(|y| if wraps { y + 1 } else { y });
                        second_value.resolution = value.resolution;
                        second_value.ahead = None;
                    }
                    if value.year.is_none() && second_value.year.is_some() {
                        value.year = second_value.year;
                    } else if second_value.year.is_none() && value.year.is_some() {
                        second_value.year = value.year;
                    }
                    value.end = Some(Box::new(second_value));
                    end = second.end;
                }
            }
        }
        Some(Hit {
            start: first.start,
            end,
            value: MentionValue::Date(value),
            latent: first.latent,
        })
    }

    /// "the 1930s", "the mid-1930's", "the early 1990s": a decade, or a
    /// part of one (early: its first four years, mid: the four in its
    /// middle, late: its last three), as a span of years.
    fn decade(&self, i: usize, floor: usize) -> Option<Hit> {
        let Some(Kind::Num(n)) = self.kind(i) else {
            return None;
        };
        let raw = self.str(i);
        let glued = raw.len() == 5 && raw.ends_with('s');
        let apostrophe = n.suffix == Suffix::None
            && (self.is_punct(i + 1, '\'') || self.is_punct(i + 1, '\u{2019}'))
            && self.is(i + 2, "s");
        let year = n.value as i16;
        if n.int_digits != 4 || n.separated || year % 10 != 0 || !(1000..=2990).contains(&year) {
            return None;
        }
        let end = match (glued, apostrophe) {
            (true, _) => i + 1,
            (_, true) => i + 3,
            _ => return None,
        };
        // "mid-1930s", "the early 1990s"
        let mut start = i;
        let mut part = (0, 9);
        let before = self
            .prev(i, floor)
            .map(|p| (p, self.str(p).to_ascii_lowercase()));
        let before = match before {
            Some((p, w)) if w == "-" => self
                .prev(p, floor)
                .map(|q| (q, self.str(q).to_ascii_lowercase())),
            other => other,
        };
        if let Some((p, w)) = &before {
            part = match w.as_str() {
                "early" => (0, 3),
                "mid" => (3, 6),
                "late" => (7, 9),
                _ => part,
            };
            if part != (0, 9) {
                start = *p;
            }
        }
        let year_of = |y: i16| DateExpr::Calendar {
            year: Some(y),
            month: None,
            day: None,
        };
        let reference = self.ctx.reference_date();
        let mut value = DateValue::resolve(&year_of(year + part.0), reference);
        value.end = Some(Box::new(DateValue::resolve(
            &year_of(year + part.1),
            reference,
        )));
        Some(Hit {
            start,
            end,
            value: MentionValue::Date(value),
            latent: false,
        })
    }

    fn single_date(&self, i: usize, floor: usize) -> Option<Found> {
        if matches!(
            self.kind(i),
            Some(Kind::Num(_) | Kind::Word(Lex::Month(_) | Lex::Other))
        ) {
            if let Some((expr, end)) = self.parts_date(i) {
                return Some(Found::new(i, end, expr));
            }
        }
        match self.lex(i) {
            Lex::Weekday(w) => Some(self.weekday(i, w, floor)),
            Lex::ShortWeekday(w) => {
                // "next wed", "on Tue", "Sun, Nov 21"
                let cue = self
                    .prev(i, floor)
                    .map(|p| self.str(p).to_ascii_lowercase());
                let capital = self.str(i).starts_with(|c: char| c.is_ascii_uppercase());
                let dated = self.next(i).is_some_and(|c| self.is_punct(c, ','))
                    && self
                        .next(i)
                        .and_then(|c| self.next(c))
                        .is_some_and(|m| matches!(self.lex(m), Lex::Month(_)));
                match cue.as_deref() {
                    Some("last" | "next" | "this" | "past" | "coming") => {
                        Some(self.weekday(i, w, floor))
                    }
                    Some("on") if capital => Some(self.weekday(i, w, floor)),
                    _ if dated => Some(self.weekday(i, w, floor)),
                    _ => None,
                }
            }
            Lex::Month(_) => self.month_first(i, floor),
            _ => match self.kind(i)? {
                Kind::Num(n) => self.numeric(i, n, floor),
                Kind::Word(_) => self.ordinal_day(i).or_else(|| self.relative(i, floor)),
                _ => None,
            },
        }
    }

    /// "Wednesday", "Wednesday, May 29, 2024", and "last"/"next" before it.
    fn weekday(&self, i: usize, w: Weekday, floor: usize) -> Found {
        // Wednesday, May 29
        let after_comma = self
            .next(i)
            .filter(|&c| self.is_punct(c, ','))
            .and_then(|c| self.next(c));
        if let Some(mut f) = after_comma.and_then(|j| self.month_first(j, j)) {
            f.start = i;
            f.weekday = Some(w);
            return f;
        }
        // "Tuesday this week", "Friday next week", "Tuesday, next week"
        let mut after = self.next(i);
        if after.is_some_and(|c| self.is_punct(c, ',')) {
            after = after.and_then(|c| self.next(c));
        }
        if let Some((week, end)) = after.and_then(|a| self.week_word(a)) {
            return Found {
                start: i,
                end,
                expr: DateExpr::InWeek { weekday: w, week },
                weekday: Some(w),
                latent: false,
            };
        }
        // "last week Tuesday"
        if let Some(p) = self.prev(i, floor).filter(|&p| self.is(p, "week")) {
            if let Some(q) = self.prev(p, floor) {
                if let Some((week, _)) = self.week_word(q) {
                    return Found {
                        start: q,
                        end: i + 1,
                        expr: DateExpr::InWeek { weekday: w, week },
                        weekday: Some(w),
                        latent: false,
                    };
                }
            }
        }
        // "last Friday": the latest before; "this Friday", "coming Friday":
        // the first after; "next Friday": the Friday of the week after
        let expr = |offset| DateExpr::Weekday { weekday: w, offset };
        let (expr, start) = match self.prev(i, floor) {
            Some(p) if self.is(p, "last") || self.is(p, "past") => (expr(-1), p),
            Some(p) if self.is(p, "this") || self.is(p, "coming") => (expr(1), p),
            Some(p) if self.is(p, "next") => (
                DateExpr::InWeek {
                    weekday: w,
                    week: 1,
                },
                p,
            ),
            _ => (expr(0), i),
        };
        Found {
            start,
            end: i + 1,
            expr,
            weekday: Some(w),
            latent: false,
        }
    }

    /// "May 29, 2024", "May 29", "January 14th", "Oct. 2018", "in May".
    fn month_first(&self, i: usize, floor: usize) -> Option<Found> {
        let Lex::Month(month) = self.lex(i) else {
            return None;
        };
        // Month names are capitalized; in lower case ("march 3rd", "in
        // october") a month needs a day, a year or a cue, and "may" and
        // "march", which are also a verb and a noun, a day or a year.
        let lower = !self.str(i).starts_with(|c: char| c.is_ascii_uppercase());
        let mut k = i + 1;
        if self.str(i).len() <= 4 && self.is_punct(k, '.') {
            k += 1;
        }
        let calendar = |year, day| DateExpr::Calendar {
            year,
            month: Some(month),
            day,
        };
        if let Some((offset, end)) = self.year_word_after(k - 1) {
            return Some(Found::new(
                i,
                end,
                DateExpr::InYear {
                    month,
                    day: None,
                    offset,
                },
            ));
        }
        if let Some(j) = self.next(k - 1) {
            if let Some((day, day_end)) = self.day_word(j, month) {
                let (year, end) = self.year_after(day_end - 1);
                if year.is_some_and(|y| jiff::civil::Date::new(y, month, day).is_err()) {
                    return None;
                }
                return Some(Found::new(i, end, calendar(year, Some(day))));
            }
            if let Some(day) = self.day_number(j, month) {
                let mut end = j + 1;
                let mut year = None;
                let after = self
                    .next(j)
                    .filter(|&c| self.is_punct(c, ','))
                    .and_then(|c| self.next(c));
                if let Some(y) = after
                    .or_else(|| self.next(j))
                    .and_then(|y| self.year_number(y).map(|v| (y, v)))
                {
                    year = Some(y.1);
                    end = y.0 + 1;
                }
                if year.is_some_and(|y| jiff::civil::Date::new(y, month, day).is_err()) {
                    return None;
                }
                let expr = match (year, self.year_word_after(end - 1)) {
                    (None, Some((offset, e))) => {
                        end = e;
                        DateExpr::InYear {
                            month,
                            day: Some(day),
                            offset,
                        }
                    }
                    _ => calendar(year, Some(day)),
                };
                return Some(Found::new(i, end, expr));
            }
            if let Some(year) = self.year_number(j) {
                return Some(Found::new(i, j + 1, calendar(Some(year), None)));
            }
            // "August, 2012"
            if self.is_punct(j, ',') {
                if let Some((y, year)) = self
                    .next(j)
                    .and_then(|y| self.year_number(y).map(|v| (y, v)))
                {
                    return Some(Found::new(i, y + 1, calendar(Some(year), None)));
                }
            }
        }
        // A month on its own: the whole text (a query), or after a word
        // that makes it a date.
        let whole = (0..i).all(|t| matches!(self.kind(t), Some(Kind::Space)))
            && (k..self.toks.len())
                .all(|t| matches!(self.kind(t), Some(Kind::Space | Kind::Punct('.'))));
        if whole && !(lower && matches!(month, 3 | 5)) {
            return Some(Found {
                start: i,
                end: k,
                expr: calendar(None, None),
                weekday: None,
                latent: true,
            });
        }
        if lower && matches!(month, 3 | 5) {
            return None;
        }
        let p = self.prev(i, floor)?;
        let cue = self.str(p).to_ascii_lowercase();
        let mut before_noun = false;
        if lower
            && !matches!(
                cue.as_str(),
                "in" | "since"
                    | "until"
                    | "during"
                    | "early"
                    | "late"
                    | "mid"
                    | "by"
                    | "last"
                    | "next"
                    | "this"
            )
        {
            return None;
        }
        let expr = match cue.as_str() {
            "last" => DateExpr::MonthOf { month, offset: -1 },
            "next" => DateExpr::MonthOf { month, offset: 1 },
            "this" => DateExpr::MonthOf { month, offset: 0 },
            "in" | "since" | "early" | "late" | "mid" | "of" | "until" | "by" | "from"
            | "during" | "before" | "after" | "to" | "through" | "-" | "for" | "between" => {
                calendar(None, None)
            }
            // "the March accession", "a June agreement": a month before a
            // noun (a weak reading: "a June Carter song")
            "the" | "a" | "an"
                if self
                    .next(k - 1)
                    .is_some_and(|n| self.str(n).starts_with(|c: char| c.is_ascii_lowercase())) =>
            {
                before_noun = true;
                calendar(None, None)
            }
            _ => return None,
        };
        let start = if matches!(expr, DateExpr::MonthOf { .. }) {
            p
        } else {
            i
        };
        Some(Found {
            start,
            end: k,
            expr,
            weekday: None,
            latent: before_noun,
        })
    }

    /// "day before yesterday", "day after tomorrow" from the word "day" at
    /// token `d`.
    fn day_after_tomorrow(&self, d: usize) -> Option<Found> {
        let rel = self.next(d)?;
        let last = self.next(rel)?;
        let offset = if self.is(rel, "before") && self.is(last, "yesterday") {
            -2
        } else if self.is(rel, "after") && self.is(last, "tomorrow") {
            2
        } else {
            return None;
        };
        Some(Found::new(
            d,
            last + 1,
            DateExpr::Relative {
                unit: CalendarUnit::Day,
                offset,
            },
        ))
    }

    /// Whether the sentence around token `i` is in the future tense: it
    /// has "will", "shall" or "'ll".
    fn future_in_sentence(&self, i: usize) -> bool {
        let ends = |t: usize| {
            matches!(self.kind(t), Some(Kind::Punct('.' | '!' | '?'))) || self.str(t).contains('\n')
        };
        let mut k = i;
        while k > 0 && !ends(k - 1) && i - k < 40 {
            k -= 1;
        }
        let mut e = i;
        while e + 1 < self.toks.len() && !ends(e + 1) && e - i < 20 {
            e += 1;
        }
        (k..=e).any(|t| {
            let w = self.str(t);
            ["will", "shall", "won't"]
                .iter()
                .any(|f| w.eq_ignore_ascii_case(f))
                || w.ends_with("'ll")
                || w.ends_with("’ll")
        })
    }

    /// "this week", "next week", "last week" from token `a`: the week's
    /// offset from the reference's and the token after it.
    fn week_word(&self, a: usize) -> Option<(i8, usize)> {
        let w = self.next(a).filter(|&w| self.is(w, "week"))?;
        let week = match self.str(a).to_ascii_lowercase().as_str() {
            "last" | "previous" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        Some((week, w + 1))
    }

    /// "last year", "this year", "next year" right after token `k`: the
    /// year's offset from the reference's and the token after it.
    fn year_word_after(&self, k: usize) -> Option<(i8, usize)> {
        let w = self.next(k)?;
        let y = self.next(w).filter(|&y| self.is(y, "year"))?;
        let offset = match self.str(w).to_ascii_lowercase().as_str() {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        Some((offset, y + 1))
    }

    /// A day of month in words at token `j`: "third", "twenty-fourth";
    /// the day and the token after it.
    fn day_word(&self, j: usize, month: i8) -> Option<(i8, usize)> {
        let (day, end) = match self.lex(j) {
            Lex::Ord(n) => (n, j + 1),
            Lex::OrdTens(n) => (n, j + 1),
            Lex::Tens(t) if self.is_punct(j + 1, '-') => match self.lex(j + 2) {
                Lex::Ord(n) if n < 10 => (t + n, j + 3),
                _ => return None,
            },
            _ => return None,
        };
        let day = i8::try_from(day).ok()?;
        if !crate::model::day_of_month_exists(month, day) {
            return None;
        }
        Some((day, end))
    }

    /// A day of month at token `j`: 1-31, one or two digits, "14th" allowed.
    fn day_number(&self, j: usize, month: i8) -> Option<i8> {
        let Kind::Num(n) = self.kind(j)? else {
            return None;
        };
        if n.separated || n.int_digits > 2 || !matches!(n.suffix, Suffix::None | Suffix::Ordinal) {
            return None;
        }
        let day = i8::try_from(n.value as i64).ok()?;
        crate::model::day_of_month_exists(month, day).then_some(day)
    }

    /// The token after a separator that follows token `k`, directly or
    /// with single spaces around it, and whether it was spaced.
    fn after_separator(&self, k: usize, sep: char) -> Option<(usize, bool)> {
        if self.is_punct(k + 1, sep) {
            return Some((k + 2, false));
        }
        let s = self.next(k).filter(|&s| self.is_punct(s, sep))?;
        Some((self.next(s)?, true))
    }

    /// A year right after token `m` ("29 May 2024"), and the token after
    /// what was read.
    fn year_after(&self, m: usize) -> (Option<i16>, usize) {
        // "7 October 1970", "31st March, 2016"
        let at = self.next(m).and_then(|c| {
            if self.is_punct(c, ',') {
                self.next(c)
            } else {
                Some(c)
            }
        });
        match at.and_then(|y| self.year_number(y).map(|v| (y, v))) {
            Some((y, v)) => (Some(v), y + 1),
            None => (None, m + 1),
        }
    }

    /// A four-digit year at token `j`.
    fn year_number(&self, j: usize) -> Option<i16> {
        let Kind::Num(n) = self.kind(j)? else {
            return None;
        };
        is_year(&n).then_some(n.value as i16)
    }

    /// Dates that start with digits: "29 May 2024", "2024-05-29",
    /// "05/21/2024", and a year after a cue ("in 2018", "since 2018").
    fn numeric(&self, i: usize, n: NumTok, floor: usize) -> Option<Found> {
        // 29 May 2024, 14th of January
        if n.int_digits <= 2 && !n.separated {
            let mut m = self.next(i)?;
            if self.is(m, "of") {
                m = self.next(m)?;
            }
            if let Lex::Month(month) = self.lex(m) {
                // "3rd march", "1 september"; "5 may" is "5 may be"
                if month != 5 || self.str(m).starts_with(|c: char| c.is_ascii_uppercase()) {
                    let day = self.day_number(i, month)?;
                    let (year, end) = self.year_after(m);
                    let expr = DateExpr::Calendar {
                        year,
                        month: Some(month),
                        day: Some(day),
                    };
                    return Some(Found::new(i, end, expr));
                }
            }
        }
        // 2024-05-29, 05/21/2024, and "05 / 21 / 2024" as scraped text spaces it
        for sep in ['-', '/', '.'] {
            let Some((b_at, spaced1)) = self.after_separator(i, sep) else {
                continue;
            };
            let Some((c_at, spaced2)) = self.after_separator(b_at, sep) else {
                continue;
            };
            // both separators spaced alike, or neither
            if spaced1 != spaced2 {
                continue;
            }
            if let (Some(Kind::Num(b)), Some(Kind::Num(c))) = (self.kind(b_at), self.kind(c_at)) {
                if let Some(expr) = numeric_date(&n, &b, &c) {
                    return Some(Found::new(i, c_at + 1, expr));
                }
            }
        }
        // in 2018, since 2018, mid-2018
        if is_year(&n) {
            let cue = self
                .prev(i, floor)
                .map(|p| self.str(p).to_ascii_lowercase());
            let hyphen_cue = i >= 2
                && self.is_punct(i - 1, '-')
                && ["mid", "early", "late"].iter().any(|w| self.is(i - 2, w));
            let cued = hyphen_cue || cue.as_deref().is_some_and(lexicon::is_year_cue);
            if cued || self.bare_year(i, &n, floor) {
                let start = if hyphen_cue { i - 2 } else { i };
                let expr = DateExpr::Calendar {
                    year: Some(n.value as i16),
                    month: None,
                    day: None,
                };
                return Some(Found {
                    start,
                    end: i + 1,
                    expr,
                    weekday: None,
                    // a year with no word that makes it one is a weak reading
                    latent: !cued,
                });
            }
        }
        self.ago(i)
    }

    /// A four-digit number from 1900 to 2099 with no comma is a year in
    /// news ("a 1996 law", "its 1990 invasion", "WWDC 2005"): counts of a
    /// thousand or more are written with a comma. Not after a currency
    /// sign or a number sign, and not before a unit, a percent sign or a
    /// noun for people counted.
    fn bare_year(&self, i: usize, n: &NumTok, floor: usize) -> bool {
        if !(1900.0..=2099.0).contains(&n.value) || n.separated || n.suffix != Suffix::None {
            return false;
        }
        if let Some(p) = self.prev(i, floor).or_else(|| i.checked_sub(1)) {
            let s = self.str(p);
            if matches!(self.kind(p), Some(Kind::Punct(c)) if super::quantity::is_currency_symbol(c) || c == '#')
                || s.eq_ignore_ascii_case("no")
                || s.eq_ignore_ascii_case("number")
            {
                return false;
            }
        }
        let Some(j) = self.next(i) else {
            return true;
        };
        if self.is_punct(j, '%') || self.is_punct(j, ':') {
            return false;
        }
        let lower = self.str(j).to_ascii_lowercase();
        super::quantity::unit_word(&lower).is_none()
            && !matches!(self.lex(j), Lex::Scale(_) | Lex::TimeUnit(_))
            && !lexicon::is_counted_people(&lower)
    }

    /// "three days ago", "a year ago", "two decades ago".
    fn ago(&self, i: usize) -> Option<Found> {
        let (amount, k) = match self.lex(i) {
            Lex::Article => (1.0, i + 1),
            _ => self.number(i)?,
        };
        let unit = self.next(k - 1)?;
        let after = self.next(unit)?;
        // "three days ago", "three days earlier"; "three days from now"
        let (sign, end) = if self.is(after, "ago") {
            (-1, after + 1)
        } else if self.is(after, "hence") {
            (1, after + 1)
        } else if self.is(after, "from") && self.next(after).is_some_and(|n| self.is(n, "now")) {
            (1, self.next(after)? + 1)
        } else {
            return None;
        };
        // a fortnight is two weeks, a decade ten years
        let (unit, scale) = match self.lex(unit) {
            Lex::TimeUnit(TimeUnit::Decade) => (CalendarUnit::Year, 10.0),
            _ if self.is(unit, "fortnight") || self.is(unit, "fortnights") => {
                (CalendarUnit::Week, 2.0)
            }
            other => (calendar_unit(other)?, 1.0),
        };
        let offset = i32::try_from((amount * scale) as i64).ok()?;
        Some(Found::new(
            i,
            end,
            DateExpr::Ago {
                unit,
                offset: sign * offset,
            },
        ))
    }

    /// "the third of March", "the twenty-first of May 2024".
    fn ordinal_day(&self, i: usize) -> Option<Found> {
        let (day, k) = match self.lex(i) {
            Lex::Ord(n) if n <= 31 => (n, i + 1),
            Lex::Tens(t) if self.is_punct(i + 1, '-') => match self.lex(i + 2) {
                Lex::Ord(n) if t + n <= 31 => (t + n, i + 3),
                _ => return None,
            },
            _ => return None,
        };
        let of = self.next(k - 1).filter(|&o| self.is(o, "of"))?;
        let m = self.next(of)?;
        let Lex::Month(month) = self.lex(m) else {
            return None;
        };
        let day = i8::try_from(day).ok()?;
        let (year, end) = self.year_after(m);
        let valid = match year {
            Some(y) => jiff::civil::Date::new(y, month, day).is_ok(),
            None => crate::model::day_of_month_exists(month, day),
        };
        if !valid {
            return None;
        }
        let expr = DateExpr::Calendar {
            year,
            month: Some(month),
            day: Some(day),
        };
        Some(Found::new(i, end, expr))
    }

    /// "yesterday", "last week", "this month", "next year", "early next
    /// week", "last September", "next Tuesday".
    fn relative(&self, i: usize, floor: usize) -> Option<Found> {
        // Every relative word is short and starts with one of these letters;
        // the rest go straight to "N units ago" without a lowercase copy.
        let s = self.str(i);
        let first = s.as_bytes().first().map(u8::to_ascii_lowercase);
        if s.eq_ignore_ascii_case("day") {
            return self.day_after_tomorrow(i).or_else(|| self.ago(i));
        }
        if s.len() > 9 || !first.is_some_and(starts_relative_word) {
            return self.ago(i);
        }
        // lower case on the stack: this runs for many words
        let mut buf = [0u8; 9];
        let w = &mut buf[..s.len()];
        w.copy_from_slice(s.as_bytes());
        w.make_ascii_lowercase();
        let w = std::str::from_utf8(w).unwrap_or("");
        let day = |offset| DateExpr::Relative {
            unit: CalendarUnit::Day,
            offset,
        };
        let simple = match w {
            "yesterday" => Some(day(-1)),
            "today" => Some(day(0)),
            "tomorrow" | "tmr" | "tmrw" => Some(day(1)),
            _ => None,
        };
        // "the day before yesterday"
        if w == "the" {
            let d = self.next(i).filter(|&d| self.is(d, "day"))?;
            let mut f = self.day_after_tomorrow(d)?;
            f.start = i;
            return Some(f);
        }
        if let Some(expr) = simple {
            return Some(Found::new(i, i + 1, expr));
        }
        if let Some(f) = self.ago(i) {
            return Some(f);
        }
        if matches!(w, "early" | "late" | "earlier" | "later" | "mid") {
            let j = self.next(i)?;
            let mut f = self.relative(j, j)?;
            f.start = i;
            return Some(f);
        }
        let offset: i8 = match w {
            "last" | "past" | "previous" => -1,
            "next" | "coming" => 1,
            "this" => 0,
            _ => return None,
        };
        let j = self.next(i)?;
        // "last week Tuesday"
        if let (Lex::TimeUnit(TimeUnit::Week), Some(d)) = (self.lex(j), self.next(j)) {
            if let Lex::Weekday(w) = self.lex(d) {
                return Some(Found {
                    start: i,
                    end: d + 1,
                    expr: DateExpr::InWeek {
                        weekday: w,
                        week: offset,
                    },
                    weekday: Some(w),
                    latent: false,
                });
            }
        }
        match self.lex(j) {
            Lex::TimeUnit(u) if u != TimeUnit::Day && u != TimeUnit::Decade => Some(Found::new(
                i,
                j + 1,
                DateExpr::Relative {
                    unit: calendar_unit(Lex::TimeUnit(u))?,
                    offset: offset.into(),
                },
            )),
            Lex::Weekday(_) | Lex::Month(_) => {
                let mut f = self.single_date(j, floor.min(i))?;
                f.start = f.start.min(i);
                Some(f)
            }
            _ => None,
        }
    }
}

/// Whether a word with this (lower-case) first letter may be a relative
/// date word: "yesterday", "today", "tomorrow", "tmr", "the", "early",
/// "late", "last", "mid", "past", "previous", "next", "coming".
pub(super) fn starts_relative_word(first: u8) -> bool {
    matches!(first, b'y' | b't' | b'e' | b'l' | b'm' | b'p' | b'n' | b'c')
}

fn calendar_unit(lex: Lex) -> Option<CalendarUnit> {
    match lex {
        Lex::TimeUnit(TimeUnit::Day) => Some(CalendarUnit::Day),
        Lex::TimeUnit(TimeUnit::Week) => Some(CalendarUnit::Week),
        Lex::TimeUnit(TimeUnit::Month) => Some(CalendarUnit::Month),
        Lex::TimeUnit(TimeUnit::Year) => Some(CalendarUnit::Year),
        _ => None,
    }
}

fn is_year(n: &NumTok) -> bool {
    n.int_digits == 4
        && !n.separated
        && n.suffix == Suffix::None
        && (1000.0..=2999.0).contains(&n.value)
}

/// Three digit groups: year first (ISO), or month/day/year (US order unless
/// the first cannot be a month).
fn numeric_date(a: &NumTok, b: &NumTok, c: &NumTok) -> Option<DateExpr> {
    let plain = |n: &NumTok| !n.separated && n.suffix == Suffix::None;
    if !(plain(a) && plain(b) && plain(c)) {
        return None;
    }
    let (year, month, day) = if a.int_digits == 4 && b.int_digits <= 2 && c.int_digits <= 2 {
        (a.value, b.value, c.value)
    } else if a.int_digits <= 2 && b.int_digits <= 2 && (c.int_digits == 4 || c.int_digits == 2) {
        let year = if c.int_digits == 2 {
            2000.0 + c.value
        } else {
            c.value
        };
        if a.value > 12.0 {
            (year, b.value, a.value)
        } else {
            (year, a.value, b.value)
        }
    } else {
        return None;
    };
    let (year, month, day) = (year as i16, month as i8, day as i8);
    jiff::civil::Date::new(year, month, day).ok()?;
    Some(DateExpr::Calendar {
        year: Some(year),
        month: Some(month),
        day: Some(day),
    })
}

#[cfg(test)]
mod tests {
    use crate::model::{DateValue, Resolution};
    use crate::recognize::{recognize, Context, MentionValue};
    use jiff::civil::{date, Date};

    fn dates(text: &str, reference: Option<Date>) -> Vec<(String, DateValue)> {
        recognize(text, &Context::new().reference_opt(reference))
            .filter_map(|m| match m.value {
                MentionValue::Date(d) => Some((text[m.span.range()].to_string(), d)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn full_and_numeric() {
        for text in [
            "May 29, 2024",
            "29 May 2024",
            "2024-05-29",
            "05/29/2024",
            "Wednesday, May 29, 2024",
        ] {
            let found = dates(text, None);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].0, text);
            assert_eq!(found[0].1.to_date(), Some(date(2024, 5, 29)), "{text}");
        }
    }

    #[test]
    fn partial() {
        let found = dates("On January 14th, they met", None);
        assert_eq!(found[0].0, "January 14th");
        assert_eq!(
            (found[0].1.year, found[0].1.month, found[0].1.day),
            (None, Some(1), Some(14))
        );
        let found = dates("a meeting on May 29", Some(date(2024, 5, 21)));
        assert_eq!(found[0].1.to_date(), Some(date(2024, 5, 29)));
        assert_eq!(found[0].1.resolution, Resolution::YearFromReference);
        let found = dates("halted in October 2018", None);
        assert_eq!(found[0].0, "October 2018");
    }

    #[test]
    fn years_need_a_cue() {
        assert_eq!(dates("not taken place since 2018", None)[0].0, "2018");
        assert!(dates("2018 people", None).is_empty());
    }

    #[test]
    fn spans_and_relatives() {
        let found = dates(
            "held from November 26 to December 4 last year",
            Some(date(2025, 1, 14)),
        );
        // "December 4 last year" is a day of the year before the reference's
        assert_eq!(found[0].0, "November 26 to December 4 last year");
        assert_eq!(
            found[0].1.range(),
            Some((date(2024, 11, 26), date(2024, 12, 4)))
        );
        let found = dates("in June last year", Some(date(2025, 1, 14)));
        assert_eq!(found[0].0, "June last year");
        assert_eq!(
            found[0].1.range(),
            Some((date(2024, 6, 1), date(2024, 6, 30)))
        );
        let found = dates("expected early next week", Some(date(2024, 5, 21)));
        assert_eq!(found[0].0, "early next week");
        assert!(dates("he may go", None).is_empty());
    }
}
