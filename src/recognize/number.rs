//! Numbers, ordinals and durations.

use super::lexicon::{Lex, TimeUnit};
use super::token::{Kind, Suffix};
use super::{Hit, MentionValue, Scanner};
use crate::model::{Approx, Duration, Number};

/// Longest number-word chain read ("a hundred and twenty-one" is six words).
const MAX_NUMBER_WORDS: usize = 24;

/// Number words read: the value, the token after them, and whether the
/// last word made them an ordinal.
pub(crate) struct Words {
    pub value: f64,
    pub end: usize,
    pub ordinal: bool,
}
/// Largest count of units read as a duration.
const MAX_DURATION: f64 = 100_000.0;

impl Scanner<'_> {
    /// A number starting at token `i`: its value and the token after it.
    pub(crate) fn number(&self, i: usize) -> Option<(f64, usize)> {
        match self.kind(i)? {
            Kind::Num(n) => {
                let (mut value, mut end) = match n.suffix {
                    Suffix::None => (n.value, i + 1),
                    Suffix::Scale(s) => (n.value * s, i + 1),
                    _ => return None,
                };
                if n.suffix == Suffix::None && !n.fractional && !n.separated {
                    if let Some((fraction, e)) = self.written_fraction(i) {
                        value += fraction;
                        end = e;
                    }
                }
                if n.suffix == Suffix::None {
                    if let Some(j) = self.next(end - 1) {
                        if let Lex::Scale(s) = self.lex(j) {
                            value *= s as f64;
                            end = j + 1;
                        }
                    }
                }
                Some((value, end))
            }
            Kind::Word(_) => self.word_number(i),
            _ => None,
        }
    }

    /// The fraction written after the whole number at token `i`: "4½"
    /// (a vulgar fraction glued on) or "4 1/2" (one space, then a proper
    /// fraction of halves, thirds, quarters or eighths, written solid); its
    /// value and the token after it.
    fn written_fraction(&self, i: usize) -> Option<(f64, usize)> {
        let glued =
            |j: usize| self.toks.get(j).map(|t| t.start) == self.toks.get(j - 1).map(|t| t.end);
        if let Some(Kind::Punct(c)) = self.kind(i + 1) {
            let f = match c {
                '½' => 0.5,
                '¼' => 0.25,
                '¾' => 0.75,
                '⅓' => 1.0 / 3.0,
                '⅔' => 2.0 / 3.0,
                '⅛' => 0.125,
                _ => return None,
            };
            return glued(i + 1).then_some((f, i + 2));
        }
        if !(matches!(self.kind(i + 1), Some(Kind::Space)) && self.str(i + 1) == " ") {
            return None;
        }
        let whole = |j: usize| match self.kind(j) {
            Some(Kind::Num(n)) if n.suffix == Suffix::None && !n.fractional && !n.separated => {
                Some(n.value)
            }
            _ => None,
        };
        let (a, b) = (whole(i + 2)?, whole(i + 4)?);
        let solid = self.is_punct(i + 3, '/') && glued(i + 3) && glued(i + 4);
        let proper = [2.0, 3.0, 4.0, 8.0].contains(&b) && a >= 1.0 && a < b;
        (solid && proper).then_some((a / b, i + 5))
    }

    /// "twenty-one", "a hundred and twenty", "a dozen", "two million",
    /// "two and a half", "two point three", "minus fifteen"; a cardinal.
    fn word_number(&self, i: usize) -> Option<(f64, usize)> {
        let w = self.number_words(i)?;
        (!w.ordinal).then_some((w.value, w.end))
    }

    /// Number words from token `i`: the cardinal or, when the last word is
    /// an ordinal ("one hundred and forty second"), the ordinal they name.
    /// A lone ordinal word is left to [`Scanner::ordinal`].
    pub(crate) fn number_words(&self, i: usize) -> Option<Words> {
        // most words are no number word: say so before anything else
        if !matches!(
            self.lex(i),
            Lex::Unit(_) | Lex::Tens(_) | Lex::Scale(_) | Lex::Dozen | Lex::Article
        ) && !self.is(i, "minus")
        {
            return None;
        }
        let mut total: u64 = 0;
        let mut current: u64 = 0;
        let mut k = i;
        let mut end = None;
        let mut last = Lex::Other;
        let mut ordinal = false;
        let negative = self.is(i, "minus");
        if negative {
            k = self.next(i)?;
        }
        for _ in 0..MAX_NUMBER_WORDS {
            let lex = self.lex(k);
            match lex {
                Lex::Unit(n) => {
                    if matches!(last, Lex::Unit(_)) || (matches!(last, Lex::Tens(_)) && n >= 10) {
                        break;
                    }
                    current += u64::from(n);
                }
                Lex::Tens(n) => {
                    if matches!(last, Lex::Unit(_) | Lex::Tens(_)) {
                        break;
                    }
                    current += u64::from(n);
                }
                // the last word an ordinal: "twenty second", "two thousand and fifth"
                Lex::Ord(n) | Lex::OrdTens(n) if end.is_some() && n < 100 => {
                    if matches!(last, Lex::Unit(_)) || (matches!(last, Lex::Tens(_)) && n >= 10) {
                        break;
                    }
                    current += u64::from(n);
                    ordinal = true;
                    end = Some(k + 1);
                    break;
                }
                Lex::Ord(n) if end.is_some() && n >= 100 => {
                    let s = u64::from(n);
                    if s == 100 {
                        current = current.max(1).saturating_mul(100);
                    } else {
                        total = total.saturating_add(current.max(1).saturating_mul(s));
                        current = 0;
                    }
                    ordinal = true;
                    end = Some(k + 1);
                    break;
                }
                Lex::Scale(100) => current = current.max(1).saturating_mul(100),
                Lex::Scale(s) => {
                    total = total.saturating_add(current.max(1).saturating_mul(s));
                    current = 0;
                }
                // "seventy-five thousands", "twenty-five millions"
                Lex::Plural(s) if s >= 1000 && end.is_some() => {
                    total = total.saturating_add(current.max(1).saturating_mul(s));
                    current = 0;
                }
                Lex::Dozen => current = current.max(1).saturating_mul(12),
                Lex::Article if end.is_none() => {
                    let next = self.next(k).map(|j| self.lex(j));
                    if !matches!(next, Some(Lex::Scale(_) | Lex::Dozen)) {
                        break;
                    }
                    current = 1;
                    last = lex;
                    k = self.next(k)?;
                    continue;
                }
                _ => break,
            }
            end = Some(k + 1);
            last = lex;
            // twenty-one, two-hundred, twenty-first
            if self.is_punct(k + 1, '-')
                && matches!(
                    self.lex(k + 2),
                    Lex::Unit(_) | Lex::Ord(_) | Lex::Scale(_) | Lex::Plural(_)
                )
            {
                k += 2;
            } else if let Some(j) = self.next(k) {
                // "a hundred and twenty", "three million, two hundred & forty"
                let joins = self.is(j, "and") || self.is_punct(j, '&') || self.is_punct(j, ',');
                if joins && matches!(last, Lex::Scale(_) | Lex::Plural(_)) {
                    match self.next(j) {
                        Some(n)
                            if matches!(
                                self.lex(n),
                                Lex::Unit(_) | Lex::Tens(_) | Lex::Ord(_) | Lex::OrdTens(_)
                            ) =>
                        {
                            k = n
                        }
                        _ => break,
                    }
                } else {
                    k = j;
                }
            } else {
                break;
            }
        }
        let mut end = end?;
        let mut value = (total.saturating_add(current)) as f64;
        if !ordinal {
            if let Some((fraction, e)) = self.fraction_after(end - 1, i) {
                value += fraction;
                end = e;
            }
        }
        if negative {
            if ordinal {
                return None;
            }
            value = -value;
        }
        Some(Words {
            value,
            end,
            ordinal,
        })
    }

    /// What follows a whole number in words: "and a half" (0.5), "and a
    /// quarter" (0.25), "point two three" (0.23), "point fifteen" (0.15);
    /// and the token after it. "at one point" is an idiom, not a number.
    fn fraction_after(&self, k: usize, start: usize) -> Option<(f64, usize)> {
        let j = self.next(k)?;
        if self.is(j, "and") {
            let a = self.next(j).filter(|&a| self.lex(a) == Lex::Article)?;
            let h = self.next(a)?;
            return match self.lex(h) {
                Lex::Half => Some((0.5, h + 1)),
                _ if self.is(h, "quarter") => Some((0.25, h + 1)),
                _ => None,
            };
        }
        if !self.is(j, "point") || self.prev(start, 0).is_some_and(|p| self.is(p, "at")) {
            return None;
        }
        let mut digits = String::new();
        let mut at = j;
        let mut end = None;
        while let Some(d) = self.next(at).filter(|_| digits.len() < MAX_NUMBER_WORDS) {
            match self.lex(d) {
                Lex::Unit(n) if n < 10 => {
                    digits.push(char::from(b'0' + n as u8));
                    end = Some(d + 1);
                    at = d;
                }
                _ => break,
            }
        }
        if digits.is_empty() {
            // "point fifteen": the digits of one number
            let d = self.next(j)?;
            let w = self
                .number_words(d)
                .filter(|w| !w.ordinal && w.value >= 10.0)?;
            digits = format!("{}", w.value as u64);
            end = Some(w.end);
        }
        let fraction: f64 = format!("0.{digits}").parse().ok()?;
        Some((fraction, end?))
    }

    /// "six years", "over six years", "six-year", "a decade", "18 months",
    /// "two and a half years", "a year and a half", "half a year".
    pub(crate) fn duration(&self, i: usize, floor: usize) -> Option<Hit> {
        let (mut amount, mut k) = match self.lex(i) {
            // "once a year", "twice a week": a frequency, not a duration
            Lex::Article
                if self.prev(i, floor).is_some_and(|p| {
                    ["once", "twice", "thrice", "times", "per", "every"]
                        .iter()
                        .any(|w| self.is(p, w))
                }) =>
            {
                return None
            }
            Lex::Article => (1.0, i + 1),
            Lex::Half => {
                let a = self.next(i).filter(|&j| self.lex(j) == Lex::Article)?;
                (0.5, a + 1)
            }
            _ => self.number(i)?,
        };
        // "two and a half years"
        if let Some(half_end) = self.and_a_half(k - 1) {
            amount += 0.5;
            k = half_end;
        }
        // a space, or a hyphen for "six-year"
        let unit_tok = if self.is_punct(k, '-') {
            k + 1
        } else {
            self.next(k - 1)?
        };
        let Lex::TimeUnit(unit) = self.lex(unit_tok) else {
            return None;
        };
        let mut end = unit_tok + 1;
        // "a year and a half"
        if let Some(half_end) = self.and_a_half(unit_tok) {
            amount += 0.5;
            end = half_end;
        }
        if !(0.0..=MAX_DURATION).contains(&amount) {
            return None;
        }
        // "three hours ago" places a moment; it measures nothing
        if self.next(end - 1).is_some_and(|j| self.is(j, "ago")) {
            return None;
        }
        let (approx, mut start) = self.modified(i, floor);
        let mut duration = to_duration(amount, unit, approx);
        // "the past two months", "over the last five years", "the next 14 months"
        if let Some(p) = self.prev(start, floor) {
            let window = match self.str(p).to_ascii_lowercase().as_str() {
                "past" | "last" | "previous" => Some(crate::model::Window::Past),
                "next" | "coming" => Some(crate::model::Window::Future),
                _ => None,
            };
            if let Some(w) = window {
                duration.window = Some(w);
                start = p;
                if let Some(t) = self.prev(p, floor).filter(|&t| self.is(t, "the")) {
                    start = t;
                }
            }
        }
        Some(Hit {
            start,
            end,
            value: MentionValue::Duration(duration),
            latent: false,
        })
    }

    /// "and a half" right after token `i`: the token after it.
    fn and_a_half(&self, i: usize) -> Option<usize> {
        let a = self.next(i).filter(|&j| self.is(j, "and"))?;
        let b = self.next(a).filter(|&j| self.lex(j) == Lex::Article)?;
        let c = self.next(b).filter(|&j| self.lex(j) == Lex::Half)?;
        Some(c + 1)
    }

    /// "9th", "ninth", "twenty-first", "one hundred and forty second".
    pub(crate) fn ordinal(&self, i: usize) -> Option<Hit> {
        if let Some(w) = self.number_words(i).filter(|w| w.ordinal) {
            let value = u32::try_from(w.value as u64).ok()?;
            return Some(Hit {
                start: i,
                end: w.end,
                value: MentionValue::Ordinal(value),
                latent: false,
            });
        }
        let value = match (self.kind(i)?, self.lex(i)) {
            (Kind::Num(n), _) if n.suffix == Suffix::Ordinal && !n.separated => {
                u32::try_from(n.value as u64).ok()?
            }
            (_, Lex::Ord(n)) | (_, Lex::OrdTens(n)) => n,
            (_, Lex::Tens(t)) if self.is_punct(i + 1, '-') => match self.lex(i + 2) {
                Lex::Ord(n) if n < 10 => {
                    return Some(Hit {
                        start: i,
                        end: i + 3,
                        value: MentionValue::Ordinal(t + n),
                        latent: false,
                    })
                }
                _ => return None,
            },
            _ => return None,
        };
        Some(Hit {
            start: i,
            end: i + 1,
            value: MentionValue::Ordinal(value),
            latent: false,
        })
    }

    /// A plain number, with its modifier: "more than 120", "tens of thousands".
    pub(crate) fn number_mention(&self, i: usize, floor: usize) -> Option<Hit> {
        if let Lex::Plural(p) = self.lex(i) {
            // "tens of thousands", "hundreds of"
            let of = self.next(i).filter(|&j| self.is(j, "of"))?;
            let mut value = p as f64;
            let mut end = i + 1;
            if let Some(j) = self.next(of) {
                if let Lex::Plural(q) = self.lex(j) {
                    value *= q as f64;
                    end = j + 1;
                }
            }
            let value = Number {
                value,
                approx: Approx::MoreThan,
            };
            return Some(Hit {
                start: i,
                end,
                value: MentionValue::Number(value),
                latent: false,
            });
        }
        // "a couple of"
        if self.lex(i) == Lex::Article {
            let couple = self.next(i).filter(|&c| self.is(c, "couple"));
            if let Some(c) = couple.filter(|&c| self.next(c).is_some_and(|o| self.is(o, "of"))) {
                return Some(number_hit(i, c + 1, 2.0, Approx::About));
            }
        }
        // "half of the residents"
        if self.lex(i) == Lex::Half && self.next(i).is_some_and(|j| self.is(j, "of")) {
            return Some(number_hit(i, i + 1, 0.5, Approx::Exact));
        }
        let (value, end) = self.number(i)?;
        if !value.is_finite() {
            return None;
        }
        let (approx, start) = self.modified(i, floor);
        Some(Hit {
            start,
            end,
            value: MentionValue::Number(Number { value, approx }),
            latent: false,
        })
    }
}

fn number_hit(start: usize, end: usize, value: f64, approx: Approx) -> Hit {
    Hit {
        start,
        end,
        value: MentionValue::Number(Number { value, approx }),
        latent: false,
    }
}

fn to_duration(amount: f64, unit: TimeUnit, approx: Approx) -> Duration {
    let whole = amount.trunc();
    let frac = amount - whole;
    let w = whole as u32;
    let mut d = Duration {
        approx,
        ..Duration::default()
    };
    match unit {
        TimeUnit::Decade => {
            let years = amount * 10.0;
            d.years = years.trunc() as u32;
            d.months = ((years - years.trunc()) * 12.0).round() as u32;
        }
        TimeUnit::Year => {
            d.years = w;
            d.months = (frac * 12.0).round() as u32;
        }
        TimeUnit::Month => {
            d.months = w;
            d.days = (frac * 30.0).round() as u32;
        }
        TimeUnit::Week => {
            d.weeks = w;
            d.days = (frac * 7.0).round() as u32;
        }
        TimeUnit::Day => {
            d.days = w;
            d.hours = (frac * 24.0).round() as u32;
        }
        TimeUnit::Hour => {
            d.hours = w;
            d.minutes = (frac * 60.0).round() as u32;
        }
        TimeUnit::Minute => {
            d.minutes = w;
            d.seconds = (frac * 60.0).round() as u32;
        }
        TimeUnit::Second => d.seconds = amount.round() as u32,
    }
    d
}

#[cfg(test)]
mod tests {
    use crate::model::{Approx, Duration};
    use crate::recognize::{recognize, Context, MentionValue};

    fn one(text: &str) -> MentionValue {
        let found: Vec<_> = recognize(text, &Context::new()).collect();
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0].value.clone()
    }

    fn years(n: u32, approx: Approx) -> MentionValue {
        MentionValue::Duration(Duration {
            years: n,
            approx,
            ..Default::default()
        })
    }

    #[test]
    fn durations() {
        assert_eq!(one("a six-year hiatus"), years(6, Approx::Exact));
        assert_eq!(one("after 6-year hiatus"), years(6, Approx::Exact));
        assert_eq!(one("in over six years"), years(6, Approx::MoreThan));
        assert_eq!(one("nearly seven years"), years(7, Approx::LessThan));
        assert_eq!(one("for more than a decade"), years(10, Approx::MoreThan));
        let half = MentionValue::Duration(Duration {
            years: 2,
            months: 6,
            ..Default::default()
        });
        assert_eq!(one("two and a half years"), half);
        let ayh = MentionValue::Duration(Duration {
            years: 1,
            months: 6,
            ..Default::default()
        });
        assert_eq!(one("a year and a half"), ayh);
        let m = MentionValue::Duration(Duration {
            months: 18,
            ..Default::default()
        });
        assert_eq!(one("18 months"), m);
    }

    #[test]
    fn numbers() {
        let n = |v: f64, approx| MentionValue::Number(crate::model::Number { value: v, approx });
        assert_eq!(one("more than 120 countries"), n(120.0, Approx::MoreThan));
        assert_eq!(one("twenty-one people"), n(21.0, Approx::Exact));
        assert_eq!(one("a hundred and twenty people"), n(120.0, Approx::Exact));
        assert_eq!(one("1.5 million"), n(1.5e6, Approx::Exact));
        assert_eq!(one("2bn"), n(2e9, Approx::Exact));
        assert_eq!(one("a dozen eggs"), n(12.0, Approx::Exact));
        assert_eq!(one("tens of thousands"), n(1e4, Approx::MoreThan));
    }

    #[test]
    fn ordinals() {
        assert_eq!(one("the ninth"), MentionValue::Ordinal(9));
        assert_eq!(one("twenty-first century"), MentionValue::Ordinal(21));
        assert_eq!(one("8th"), MentionValue::Ordinal(8));
    }
}
