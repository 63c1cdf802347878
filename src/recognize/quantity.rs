//! Quantities with units: lengths, areas, weights, money, ages, magnitudes,
//! percentages, temperatures.

use super::lexicon::{Lex, TimeUnit};
use super::token::{Kind, Suffix};
use super::{Hit, MentionValue, Scanner};
use crate::model::words::word_list_fn;
use crate::model::Quantity;

/// Currency symbols that stand before an amount.
pub(crate) fn is_currency_symbol(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹')
}

fn symbol_code(c: char, prefix: Option<&str>) -> &'static str {
    match (c, prefix) {
        ('$', Some("HK")) => "HKD",
        ('$', Some("A" | "AU")) => "AUD",
        ('$', Some("C" | "CA")) => "CAD",
        ('$', Some("NZ")) => "NZD",
        ('$', Some("S")) => "SGD",
        ('$', _) => "USD",
        ('€', _) => "EUR",
        ('£', _) => "GBP",
        ('¥', _) => "JPY",
        _ => "INR",
    }
}

/// ISO 4217 codes news writes before or after an amount ("SGD4.90",
/// "1,190.00 AUD").
fn currency_code(word: &str) -> Option<&'static str> {
    static CODES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    CODES
        .get_or_init(|| {
            crate::model::words::rows(crate::model::words::CURRENCIES)
                .map(|(_, code, _)| code)
                .collect()
        })
        .iter()
        .find(|c| **c == word)
        .copied()
}

/// A unit written as one word after the number.
pub(crate) fn unit_word(lower: &str) -> Option<&'static str> {
    unit_words().get(&("unit", lower)).copied()
}

/// Units after "square": "square feet", "sq km".
fn square_unit(lower: &str) -> Option<&'static str> {
    unit_words().get(&("square", lower)).copied()
}

/// `data/lexicon/units.tsv`: (kind, word) to the unit's code.
fn unit_words() -> &'static std::collections::HashMap<(&'static str, &'static str), &'static str> {
    static UNITS: std::sync::OnceLock<
        std::collections::HashMap<(&'static str, &'static str), &'static str>,
    > = std::sync::OnceLock::new();
    UNITS.get_or_init(|| {
        crate::model::words::rows(crate::model::words::UNITS)
            .flat_map(|(kind, code, words)| words.into_iter().map(move |w| ((kind, w), code)))
            .collect()
    })
}

word_list_fn! {
    /// Nouns for people that an age may follow: "the suspect, 34,".
    fn age_person_nouns = "age_person_nouns.txt"
}

/// The largest age read as an age.
const MAX_AGE: f64 = 130.0;

impl Scanner<'_> {
    pub(crate) fn quantity(&self, i: usize, floor: usize) -> Option<Hit> {
        let (start, value, unit, end) = self
            .money_before(i)
            .or_else(|| self.code_glued(i))
            .or_else(|| self.word_first(i))
            .or_else(|| self.number_first(i, floor))?;
        let (approx, start) = self.modified(start, floor);
        Some(Hit {
            start,
            end,
            value: MentionValue::Quantity(Quantity {
                value,
                unit: unit.to_string(),
                approx,
            }),
            latent: false,
        })
    }

    /// "$75 million", "€40m", "US$5bn", "£1.2bn".
    fn money_before(&self, i: usize) -> Option<(usize, f64, &'static str, usize)> {
        let (sym_tok, prefix) = match self.kind(i)? {
            Kind::Punct(c) if is_currency_symbol(c) => (i, None),
            Kind::Word(_)
                if self.str(i).len() <= 2
                    && self.str(i).chars().all(|c| c.is_ascii_uppercase()) =>
            {
                (i + 1, Some(self.str(i)))
            }
            _ => return None,
        };
        let Some(Kind::Punct(c)) = self.kind(sym_tok) else {
            return None;
        };
        if !is_currency_symbol(c) {
            return None;
        }
        // "$ 22.00", "US$:12.99": a space or a colon may follow the symbol
        let mut n = sym_tok + 1;
        if self.is_punct(n, ':') || matches!(self.kind(n), Some(Kind::Space)) && self.str(n) == " "
        {
            n += 1;
        }
        let (value, end) = self.signed_number(n)?;
        Some((i, value, symbol_code(c, prefix), end))
    }

    /// A number, or a minus sign glued before one: "-15", "−273.15".
    fn signed_number(&self, i: usize) -> Option<(f64, usize)> {
        if self.is_punct(i, '-') || self.is_punct(i, '−') {
            let (v, end) = self.number(i + 1)?;
            return Some((-v, end));
        }
        self.number(i)
    }

    /// "SGD4.90": a currency code glued to its amount.
    fn code_glued(&self, i: usize) -> Option<(usize, f64, &'static str, usize)> {
        let s = self.str(i);
        let split = s.find(|c: char| c.is_ascii_digit())?;
        let code = currency_code(s.get(..split)?)?;
        let digits = s.get(split..)?;
        if !digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        {
            return None;
        }
        let value: f64 = digits.replace(',', "").parse().ok()?;
        Some((i, value, code, i + 1))
    }

    /// A currency symbol or code after the amount: "10 €", "34.99€",
    /// "1,190.00 AUD"; and the token after it.
    fn currency_after(&self, k: usize) -> Option<(&'static str, usize)> {
        let u = if matches!(self.kind(k), Some(Kind::Punct(_))) {
            k
        } else {
            self.next(k - 1)?
        };
        match self.kind(u)? {
            Kind::Punct(c) if is_currency_symbol(c) && c != '$' => {
                Some((symbol_code(c, None), u + 1))
            }
            Kind::Word(_) => currency_code(self.str(u)).map(|code| (code, u + 1)),
            _ => None,
        }
    }

    /// "magnitude 5.4", "aged 57".
    fn word_first(&self, i: usize) -> Option<(usize, f64, &'static str, usize)> {
        let unit = if self.is(i, "magnitude") {
            "magnitude"
        } else if self.is(i, "aged") || self.is(i, "age") {
            "year_of_age"
        } else {
            return None;
        };
        let j = if self.is_punct(i + 1, '-') {
            i + 2
        } else {
            self.next(i)?
        };
        let Some(Kind::Num(n)) = self.kind(j) else {
            return None;
        };
        if n.suffix != Suffix::None || (unit == "year_of_age" && n.value > MAX_AGE) {
            return None;
        }
        Some((i, n.value, unit, j + 1))
    }

    /// A number, then its unit: "300 ft", "5km", "40%", "90 million euros",
    /// "41-year-old", "a 6.8-magnitude quake", "50,000-square-foot",
    /// "Jones, 29,".
    fn number_first(&self, i: usize, floor: usize) -> Option<(usize, f64, &'static str, usize)> {
        let Some(Kind::Num(n)) = self.kind(i) else {
            return self.word_age(i).or_else(|| self.word_unit(i));
        };
        if n.suffix == Suffix::Other {
            let digits = self
                .str(i)
                .trim_end_matches(|c: char| c.is_alphabetic() || c == '°');
            let written = &self.str(i)[digits.len()..];
            let suffix = written.to_ascii_lowercase();
            // one letter is a unit only in its own case: "5g" grams, "5G" a network
            if matches!(suffix.as_str(), "t" | "g" | "l") && written != suffix
                || suffix == "w" && written != "W"
            {
                return None;
            }
            let unit = unit_word(&suffix).filter(|u| !matches!(*u, "percent"))?;
            return Some((i, n.value, unit, i + 1));
        }
        let (value, k) = self.number(i)?;
        if self.is_punct(k, '%') {
            return Some((i, value, "percent", k + 1));
        }
        if let Some((code, end)) = self.currency_after(k) {
            return Some((i, value, code, end));
        }
        // 9" is nine inches
        if self.is_punct(k, '"') {
            return Some((i, value, "in", k + 1));
        }
        if let Some(found) = self.age_after(i, value, k) {
            return Some(found);
        }
        let hyphen = self.is_punct(k, '-');
        let u = if hyphen { k + 1 } else { self.next(k - 1)? };
        let lower = self.str(u).to_ascii_lowercase();
        if lower == "square" || lower == "sq" {
            let v = if self.is_punct(u + 1, '-') {
                u + 2
            } else {
                self.next(u)?
            };
            let unit = square_unit(&self.str(v).to_ascii_lowercase())?;
            return Some((i, value, unit, v + 1));
        }
        if lower == "per" {
            let c = self.next(u).filter(|&c| self.is(c, "cent"))?;
            return Some((i, value, "percent", c + 1));
        }
        // "300 °C", "30 C" after a space
        if let Some(unit) = match lower.as_str() {
            "°c" | "℃" => Some("C"),
            "°f" | "℉" => Some("F"),
            _ => None,
        } {
            return Some((i, value, unit, u + 1));
        }
        if lower == "°" {
            let (unit, end) = match self.str(u + 1) {
                "C" => ("C", u + 2),
                "F" => ("F", u + 2),
                _ => ("deg", u + 1),
            };
            return Some((i, value, unit, end));
        }
        // "200 kilometres per hour", "60 miles an hour"
        if let Some(unit) = unit_word(&lower).filter(|u| matches!(*u, "km" | "mi")) {
            if let Some(p) = self
                .next(u)
                .filter(|&p| self.is(p, "per") || self.is(p, "an"))
            {
                if let Some(h) = self.next(p).filter(|&h| self.is(h, "hour")) {
                    let speed = if unit == "km" { "km/h" } else { "mph" };
                    return Some((i, value, speed, h + 1));
                }
            }
            // "4 km squared"
            if let Some(sq) = self.next(u).filter(|&s| self.is(s, "squared")) {
                return Some((i, value, if unit == "km" { "km2" } else { "sq_mi" }, sq + 1));
            }
        }
        // a pound of coal, a twenty-pound bag, weighing 130 pounds: weight
        if matches!(lower.as_str(), "pound" | "pounds") {
            let of = self.next(u).is_some_and(|o| self.is(o, "of"));
            let weighed = self
                .prev(i, floor)
                .is_some_and(|p| self.str(p).to_ascii_lowercase().starts_with("weigh"));
            if of || hyphen || weighed {
                return Some((i, value, "lb", u + 1));
            }
        }
        if lower == "degrees" || lower == "degree" {
            let (unit, end) = match self.next(u).map(|s| (s, self.str(s).to_ascii_lowercase())) {
                Some((s, w)) if w == "celsius" || w == "centigrade" || w == "c" => ("C", s + 1),
                Some((s, w)) if w == "fahrenheit" || w == "f" => ("F", s + 1),
                _ => ("deg", u + 1),
            };
            return Some((i, value, unit, end));
        }
        // "US dollars"
        if self.str(u) == "US" {
            let d = self.next(u).filter(|&d| self.is(d, "dollars"))?;
            return Some((i, value, "USD", d + 1));
        }
        if let Some(unit) = unit_word(&lower) {
            // "m", "in" and "c" alone are too often other words
            // and "t", "g", "l" count as units only in lower case, "W" in capitals
            let bare_letter = (matches!(lower.as_str(), "c" | "f") && !hyphen)
                || (matches!(lower.as_str(), "t" | "g" | "l") && self.str(u) != lower)
                || (lower == "w" && self.str(u) != "W");
            if bare_letter || (lower == "m" && !self.str(u).eq("m")) {
                return None;
            }
            return Some((i, value, unit, u + 1));
        }
        let _ = floor;
        self.appositive_age(i, value, k)
    }

    /// "41-year-old", "41 years old", "six-year-old".
    fn age_after(
        &self,
        i: usize,
        value: f64,
        k: usize,
    ) -> Option<(usize, f64, &'static str, usize)> {
        let y = if self.is_punct(k, '-') {
            k + 1
        } else {
            self.next(k - 1)?
        };
        if self.lex(y) != Lex::TimeUnit(TimeUnit::Year) {
            return None;
        }
        let old = if self.is_punct(y + 1, '-') {
            y + 2
        } else {
            self.next(y)?
        };
        (self.is(old, "old") && value <= MAX_AGE).then_some((i, value, "year_of_age", old + 1))
    }

    /// "six inches", "two miles": a number in words, then a unit word.
    fn word_unit(&self, i: usize) -> Option<(usize, f64, &'static str, usize)> {
        if !matches!(
            self.lex(i),
            Lex::Unit(_) | Lex::Tens(_) | Lex::Scale(_) | Lex::Article
        ) {
            return None;
        }
        let (value, k) = self.number(i)?;
        let u = self.next(k - 1)?;
        let lower = self.str(u).to_ascii_lowercase();
        let unit = unit_word(&lower).filter(|_| lower.len() > 2)?;
        Some((i, value, unit, u + 1))
    }

    fn word_age(&self, i: usize) -> Option<(usize, f64, &'static str, usize)> {
        if !matches!(self.lex(i), Lex::Unit(_) | Lex::Tens(_)) {
            return None;
        }
        let (value, k) = self.number(i)?;
        self.age_after(i, value, k)
    }

    /// "Jones, 29, was arrested", "Jones (29) was arrested": a name, then
    /// an age between commas or in brackets.
    fn appositive_age(
        &self,
        i: usize,
        value: f64,
        k: usize,
    ) -> Option<(usize, f64, &'static str, usize)> {
        let (open, close) = if self.is_punct(k, ')') {
            ('(', ')')
        } else {
            (',', ',')
        };
        if k != i + 1
            || value.fract() != 0.0
            || !(1.0..=MAX_AGE).contains(&value)
            || !self.is_punct(k, close)
        {
            return None;
        }
        let comma = self.prev(i, 0).filter(|&c| self.is_punct(c, open))?;
        let name = self.prev(comma, 0)?;
        let word = self.str(name);
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let person = age_person_nouns().contains(&word.to_ascii_lowercase().as_str());
        ((capital || person) && self.is_word(name) && matches!(self.lex(name), Lex::Other))
            .then_some((i, value, "year_of_age", i + 1))
    }
}

#[cfg(test)]
mod tests {
    use crate::recognize::{recognize, Context, MentionValue};

    fn q(text: &str) -> Vec<(String, f64, String)> {
        recognize(text, &Context::new())
            .filter_map(|m| match m.value {
                MentionValue::Quantity(q) => {
                    Some((text[m.span.range()].to_string(), q.value, q.unit))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn units() {
        assert_eq!(
            q("a 300 ft bridge"),
            [("300 ft".into(), 300.0, "ft".into())]
        );
        assert_eq!(q("€40m deal"), [("€40m".into(), 40e6, "EUR".into())]);
        assert_eq!(
            q("$75 million"),
            [("$75 million".into(), 75e6, "USD".into())]
        );
        assert_eq!(
            q("90 million euros"),
            [("90 million euros".into(), 90e6, "EUR".into())]
        );
        assert_eq!(
            q("a 41-year-old man"),
            [("41-year-old".into(), 41.0, "year_of_age".into())]
        );
        assert_eq!(
            q("aged 57"),
            [("aged 57".into(), 57.0, "year_of_age".into())]
        );
        assert_eq!(
            q("Jones, 29, was held"),
            [("29".into(), 29.0, "year_of_age".into())]
        );
        assert_eq!(
            q("Jones (29) was held"),
            [("29".into(), 29.0, "year_of_age".into())]
        );
        assert!(q("the rules (29) apply").is_empty());
        assert_eq!(
            q("a 6.8-magnitude quake"),
            [("6.8-magnitude".into(), 6.8, "magnitude".into())]
        );
        assert_eq!(
            q("magnitude 5.4"),
            [("magnitude 5.4".into(), 5.4, "magnitude".into())]
        );
        assert_eq!(q("up 40%"), [("40%".into(), 40.0, "percent".into())]);
        assert_eq!(
            q("a 50,000-square-foot store"),
            [("50,000-square-foot".into(), 50000.0, "sq_ft".into())]
        );
        assert_eq!(
            q("20 miles south"),
            [("20 miles".into(), 20.0, "mi".into())]
        );
        assert_eq!(q("a depth of 12 km"), [("12 km".into(), 12.0, "km".into())]);
        assert_eq!(
            q("hit 30 degrees Celsius"),
            [("30 degrees Celsius".into(), 30.0, "C".into())]
        );
        assert_eq!(q("about 5km away")[0].2, "km");
    }
}
