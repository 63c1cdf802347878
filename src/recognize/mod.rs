//! Typed mentions in text: numbers, ordinals, durations and dates, anchored
//! to a reference date. Knows nothing of claims; useful on its own.

mod clock;
mod date;
mod json;
pub(crate) mod lexicon;
mod number;
mod parts;
mod quantity;
pub(crate) use quantity::unit_word;
mod token;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::model::{DateValue, Duration, Number, Quantity, Span, TimeOfDay};
use lexicon::Lex;
use token::{Kind, Tok};

pub use json::to_json;

/// What the recognizer needs besides the text: the reference date that
/// relative expressions resolve against.
///
/// # Example
/// ```
/// use concord::recognize::Context;
/// let ctx = Context::new().reference(jiff::civil::date(2024, 5, 30));
/// assert_eq!(ctx.reference_date(), Some(jiff::civil::date(2024, 5, 30)));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    reference: Option<Date>,
}

impl Context {
    /// No reference date: relative dates stay unresolved.
    ///
    /// # Example
    /// ```
    /// assert!(concord::recognize::Context::new().reference_date().is_none());
    /// ```
    pub fn new() -> Self {
        Context::default()
    }

    /// Sets the reference date (a report's publication date).
    ///
    /// # Example
    /// ```
    /// let ctx = concord::recognize::Context::new().reference(jiff::civil::date(2025, 1, 15));
    /// assert!(ctx.reference_date().is_some());
    /// ```
    pub fn reference(mut self, date: Date) -> Self {
        self.reference = Some(date);
        self
    }

    /// Like [`Context::reference`], from an optional date.
    ///
    /// # Example
    /// ```
    /// let ctx = concord::recognize::Context::new().reference_opt(None);
    /// assert!(ctx.reference_date().is_none());
    /// ```
    pub fn reference_opt(mut self, date: Option<Date>) -> Self {
        self.reference = date;
        self
    }

    /// The reference date, if set.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::recognize::Context::new().reference_date(), None);
    /// ```
    pub fn reference_date(&self) -> Option<Date> {
        self.reference
    }
}

/// The typed value of a mention.
///
/// # Example
/// ```
/// use concord::recognize::{recognize, Context, MentionValue};
/// let m: Vec<_> = recognize("the 9th conference", &Context::new()).collect();
/// assert_eq!(m[0].value, MentionValue::Ordinal(9));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[non_exhaustive]
pub enum MentionValue {
    /// "120", "more than 120", "twenty-one", "1.5 million".
    Number(Number),
    /// "9th", "ninth".
    Ordinal(u32),
    /// "six years", "over six years", "six-year".
    Duration(Duration),
    /// "May 29, 2024", "May 29", "2018", "on Wednesday", "last year".
    Date(DateValue),
    /// "300 ft", "€40m", "41-year-old", "magnitude 5.4", "40%".
    Quantity(Quantity),
    /// "about 1:30 a.m.", "3 p.m.", "12:00 GMT", "midnight".
    Time(TimeOfDay),
}

/// A typed expression found in a text.
///
/// # Example
/// ```
/// use concord::recognize::{recognize, Context};
/// let text = "talks resumed in over six years";
/// let m = recognize(text, &Context::new()).next().unwrap();
/// assert_eq!(m.as_str(text), "over six years");
/// assert_eq!(m.kind(), "duration");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Where it is.
    pub span: Span,
    /// What it means.
    pub value: MentionValue,
    /// A weak reading that no word confirms: a four-digit number read as a
    /// year ("a 1996 law"), a month alone before a noun ("a June
    /// agreement") or as the whole text. Extraction leaves these out.
    pub latent: bool,
}

impl Mention {
    /// "number", "ordinal", "duration", "date", "quantity" or "time".
    ///
    /// # Example
    /// ```
    /// use concord::recognize::{recognize, Context};
    /// assert_eq!(recognize("in 2018", &Context::new()).next().unwrap().kind(), "date");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self.value {
            MentionValue::Number(_) => "number",
            MentionValue::Ordinal(_) => "ordinal",
            MentionValue::Duration(_) => "duration",
            MentionValue::Date(_) => "date",
            MentionValue::Quantity(_) => "quantity",
            MentionValue::Time(_) => "time",
        }
    }

    /// The words it covers.
    ///
    /// # Example
    /// ```
    /// use concord::recognize::{recognize, Context};
    /// let t = "a 6-year hiatus";
    /// assert_eq!(recognize(t, &Context::new()).next().unwrap().as_str(t), "6-year");
    /// ```
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.range()).unwrap_or("")
    }
}

/// Finds every number, ordinal, duration and date in `text`, left to right,
/// without overlaps. Linear in the text; never panics.
///
/// # Example
/// ```
/// use concord::recognize::{recognize, Context, MentionValue};
/// let ctx = Context::new().reference(jiff::civil::date(2024, 5, 30));
/// let text = "Officials said on Wednesday that more than 120 countries took part.";
/// let found: Vec<_> = recognize(text, &ctx).collect();
/// let kinds: Vec<_> = found.iter().map(|m| m.kind()).collect();
/// assert_eq!(kinds, ["date", "number"]);
/// match &found[0].value {
///     MentionValue::Date(d) => assert_eq!(d.to_date(), Some(jiff::civil::date(2024, 5, 29))),
///     _ => unreachable!(),
/// }
/// ```
pub fn recognize<'t>(text: &'t str, ctx: &Context) -> Mentions<'t> {
    Mentions {
        text,
        toks: token::tokenize(text),
        ctx: ctx.clone(),
        i: 0,
        floor: 0,
    }
}

/// The mentions of a text, left to right, as [`recognize`] finds them. It
/// borrows the text; its tokens (one pass of word segmentation, made when
/// it is created) are its only memory, linear in the text.
///
/// # Example
/// ```
/// use concord::recognize::{recognize, Context};
/// let text = "six years after the 9th summit";
/// let words: Vec<&str> = recognize(text, &Context::new()).map(|m| m.as_str(text)).collect();
/// assert_eq!(words, ["six years", "9th"]);
/// ```
#[derive(Debug)]
pub struct Mentions<'t> {
    text: &'t str,
    toks: Vec<Tok>,
    ctx: Context,
    i: usize,
    /// Tokens before `floor` belong to an earlier mention or were skipped.
    floor: usize,
}

impl Iterator for Mentions<'_> {
    type Item = Mention;

    fn next(&mut self) -> Option<Mention> {
        let scanner = Scanner {
            text: self.text,
            toks: &self.toks,
            ctx: &self.ctx,
        };
        while self.i < self.toks.len() {
            let i = self.i;
            let hit = match self.toks[i].kind {
                Kind::Punct(c) if quantity::is_currency_symbol(c) => scanner.at(i, self.floor),
                Kind::Space | Kind::Punct(_) => None,
                Kind::Word(Lex::Other) if scanner.inert(i) => None,
                _ => scanner.at(i, self.floor),
            };
            match hit {
                Some(Skip::Mention(h)) => {
                    let span = Span::new(self.toks[h.start].start, self.toks[h.end - 1].end);
                    self.i = h.end.max(i + 1);
                    self.floor = self.i;
                    return Some(Mention {
                        span,
                        value: h.value,
                        latent: h.latent,
                    });
                }
                Some(Skip::Tokens(end)) => {
                    self.i = end.max(i + 1);
                    self.floor = self.i;
                }
                None => self.i += 1,
            }
        }
        None
    }
}

impl std::iter::FusedIterator for Mentions<'_> {}

/// Whether a lowercase word is a calendar word (unit, month, weekday).
pub(crate) fn is_time_word(lower: &str) -> bool {
    matches!(
        lexicon::lookup(lower),
        Lex::TimeUnit(_) | Lex::Month(_) | Lex::Weekday(_)
    )
}

/// A match of a rule: tokens `start..end`, the value, and whether it is a
/// weak reading.
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub value: MentionValue,
    pub latent: bool,
}

pub(crate) struct Scanner<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub ctx: &'a Context,
}

impl<'a> Scanner<'a> {
    /// Whether the plain word at token `i` can start no reading: it is no
    /// relative date word, no number is glued to it or follows it, and it
    /// is no word a rule starts with ("magnitude", "aged", "minus", "US"
    /// before "$"). Most words are; the rules are not asked about them.
    fn inert(&self, i: usize) -> bool {
        let s = self.str(i);
        let b = s.as_bytes();
        if b.len() <= 2 || b.iter().any(u8::is_ascii_digit) {
            return false;
        }
        // relative date words, "day" (after tomorrow), "aged", "age"
        let first = b[0].to_ascii_lowercase();
        if date::starts_relative_word(first) || matches!(first, b'd' | b'a') {
            return false;
        }
        let followed = |j: Option<usize>| {
            j.is_some_and(|j| {
                matches!(
                    self.kind(j),
                    Some(Kind::Num(_)) | Some(Kind::Punct('-' | '$' | '€' | '£'))
                )
            })
        };
        !(followed(Some(i + 1)) || followed(self.next(i)))
    }

    /// Every rule read at token `i`; the reading that reaches furthest
    /// wins, and of readings that end together the rule of higher
    /// priority. (A latent reading is kept, flagged, for the caller.)
    fn at(&self, i: usize, floor: usize) -> Option<Skip> {
        let mut best: Option<(usize, u8, Skip)> = None;
        for rule in RULES {
            // a bare number or ordinal is never longer than the date,
            // quantity or duration already read from it
            if best.is_some() && rule.priority <= BARE {
                break;
            }
            let Some(found) = (rule.read)(self, i, floor) else {
                continue;
            };
            let end = match &found {
                Skip::Mention(h) => h.end,
                Skip::Tokens(end) => *end,
            };
            if best
                .as_ref()
                .is_none_or(|(e, p, _)| (end, rule.priority) > (*e, *p))
            {
                best = Some((end, rule.priority, found));
            }
        }
        best.map(|(.., found)| found)
    }

    /// The token's text.
    pub fn str(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// Whether token `i` is the word `w`, ignoring ASCII case.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.str(i).eq_ignore_ascii_case(w)
    }

    pub fn lex(&self, i: usize) -> Lex {
        match self.toks.get(i).map(|t| t.kind) {
            Some(Kind::Word(l)) => l,
            _ => Lex::Other,
        }
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        matches!(self.kind(i), Some(Kind::Punct(p)) if p == c)
    }

    pub fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Word(_)))
    }

    /// The next token after `i` that is not white space, if the white space
    /// between is short (no blank line).
    pub fn next(&self, i: usize) -> Option<usize> {
        let j = i + 1;
        match self.kind(j)? {
            Kind::Space if self.str(j).len() <= 3 && !self.str(j).contains('\n') => {
                (j + 1 < self.toks.len()).then_some(j + 1)
            }
            Kind::Space => None,
            _ => Some(j),
        }
    }

    /// The token before `i` that is not white space, at or above `floor`.
    pub fn prev(&self, i: usize, floor: usize) -> Option<usize> {
        let j = i.checked_sub(1)?;
        if j < floor {
            return None;
        }
        match self.kind(j)? {
            Kind::Space if self.str(j).len() <= 3 && !self.str(j).contains('\n') => {
                let k = j.checked_sub(1)?;
                (k >= floor).then_some(k)
            }
            Kind::Space => None,
            _ => Some(j),
        }
    }

    /// A modifier ("more than", "over", "nearly") ending just before token
    /// `i`, and the token it starts at.
    pub fn modifier_before(&self, i: usize, floor: usize) -> Option<(crate::model::Approx, usize)> {
        let p1 = self.prev(i, floor)?;
        let mut phrase = self.str(p1).to_ascii_lowercase();
        let mut best = crate::model::Approx::from_words(&phrase).map(|a| (a, p1));
        let mut start = p1;
        // longer phrases win: "no more than" over "more than"
        for _ in 0..2 {
            let Some(p) = self.prev(start, floor) else {
                break;
            };
            phrase = format!("{} {phrase}", self.str(p).to_ascii_lowercase());
            if let Some(a) = crate::model::Approx::from_words(&phrase) {
                best = Some((a, p));
            }
            start = p;
        }
        best
    }

    /// The modifier before token `i` and where the mention then starts;
    /// exact and `i` when there is none.
    pub fn modified(&self, i: usize, floor: usize) -> (crate::model::Approx, usize) {
        self.modifier_before(i, floor)
            .unwrap_or((crate::model::Approx::Exact, i))
    }

    /// Token `i` is the start of something that looks numeric but is not a
    /// quantity: a time of day, "24/7", "COVID-19", "Boeing 737". Returns the
    /// end of what to skip.
    fn not_a_quantity(&self, i: usize) -> Option<usize> {
        let Some(Kind::Num(n)) = self.kind(i) else {
            return None;
        };
        // 10:56, 24/7 (a full numeric date is read by the date rule first).
        if (self.is_punct(i + 1, ':') || self.is_punct(i + 1, '/'))
            && matches!(self.kind(i + 2), Some(Kind::Num(_)))
            && !(self.is_punct(i + 3, '/') && matches!(self.kind(i + 4), Some(Kind::Num(_))))
        {
            let mut end = i + 3;
            if let Some(j) = self.next(end - 1) {
                if ["am", "pm", "a.m", "p.m"].iter().any(|w| self.is(j, w)) {
                    end = j + 1;
                }
            }
            return Some(end);
        }
        // COVID-19, F-16: digits glued by a hyphen to a word.
        if i >= 2 && self.is_punct(i - 1, '-') && self.is_word(i - 2) {
            let w = self.str(i - 2).to_ascii_lowercase();
            if !lexicon::is_year_cue(&w) && !matches!(self.lex(i - 2), Lex::Month(_)) {
                return Some(i + 1);
            }
        }
        // 555-0199, 555-123-4567: a telephone number.
        if n.int_digits == 3 && !n.separated && self.is_punct(i + 1, '-') {
            if let Some(Kind::Num(m)) = self.kind(i + 2) {
                if m.int_digits >= 3 && !m.separated {
                    let mut end = i + 3;
                    if self.is_punct(end, '-') && matches!(self.kind(end + 1), Some(Kind::Num(_))) {
                        end += 2;
                    }
                    return Some(end);
                }
            }
        }
        // 3-0, 2-1: a score, next to a word of winning or losing.
        if n.int_digits <= 2 && self.is_punct(i + 1, '-') {
            if let Some(Kind::Num(m)) = self.kind(i + 2) {
                let near = [self.prev(i, 0), self.next(i + 2)];
                if m.int_digits <= 2
                    && near
                        .into_iter()
                        .flatten()
                        .any(|j| lexicon::is_score_word(&self.str(j).to_ascii_lowercase()))
                {
                    return Some(i + 3);
                }
            }
        }
        // No. 5: a numbered label.
        let dot = self.prev(i, 0).filter(|&d| self.is_punct(d, '.'));
        if dot.is_some_and(|d| d >= 1 && self.is(d - 1, "no")) {
            return Some(i + 1);
        }
        // a 911 call, dial 999
        let call_after = self
            .next(i)
            .is_some_and(|j| ["call", "calls", "hotline"].iter().any(|w| self.is(j, w)));
        let dial_before = self.prev(i, 0).is_some_and(|j| {
            ["call", "dial", "dialed", "dialled", "dialing"]
                .iter()
                .any(|w| self.is(j, w))
        });
        if call_after || dial_before {
            return Some(i + 1);
        }
        // 007: a code, not a count.
        if n.int_digits > 1 && !n.fractional && self.str(i).starts_with('0') {
            return Some(i + 1);
        }
        // Boeing 737, Windows 10, flight 370: a name or a label, then digits.
        if n.suffix == token::Suffix::None && !n.separated {
            if let Some(p) = self.prev(i, 0).filter(|&p| self.is_word(p)) {
                let w = self.str(p);
                let lower = w.to_ascii_lowercase();
                let capital = w.chars().any(char::is_uppercase);
                if (capital
                    && matches!(self.lex(p), Lex::Other)
                    && !lexicon::is_year_cue(&lower)
                    && !lexicon::is_sentence_opener(&lower)
                    && crate::model::Approx::from_words(&lower).is_none())
                    || lexicon::is_label_noun(&lower)
                {
                    return Some(i + 1);
                }
            }
        }
        None
    }
}

enum Skip {
    Mention(Hit),
    Tokens(usize),
}

/// One way English writes a value, read at a token: a number, a date, a
/// quantity, or a stretch that only looks like one (read so that nothing
/// else is).
struct Rule {
    /// Breaks ties between readings that end at the same token.
    priority: u8,
    read: fn(&Scanner<'_>, usize, usize) -> Option<Skip>,
}

/// Priorities at or under this are bare numbers and ordinals.
const BARE: u8 = 1;

/// The grammar's rules, by priority. A time of day outranks the numbers
/// it is written with ("1:30 a.m."). A date outranks what it is made of (the number
/// "29" in "May 29"); a stretch that is no quantity ("24/7", "COVID-19")
/// outranks the numbers inside it; a quantity and a duration outrank the
/// bare number they start with.
const RULES: &[Rule] = &[
    Rule {
        priority: 6,
        read: |s, i, floor| s.clock(i, floor).map(Skip::Mention),
    },
    Rule {
        priority: 5,
        read: |s, i, floor| s.date(i, floor).map(Skip::Mention),
    },
    Rule {
        priority: 4,
        read: |s, i, _| s.not_a_quantity(i).map(Skip::Tokens),
    },
    Rule {
        priority: 3,
        read: |s, i, floor| s.quantity(i, floor).map(Skip::Mention),
    },
    Rule {
        priority: 2,
        read: |s, i, floor| s.duration(i, floor).map(Skip::Mention),
    },
    Rule {
        priority: 1,
        read: |s, i, _| s.ordinal(i).map(Skip::Mention),
    },
    Rule {
        priority: 0,
        read: |s, i, floor| s.number_mention(i, floor).map(Skip::Mention),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, &'static str)> {
        recognize(text, &Context::new())
            .map(|m| (&text[m.span.range()], m.kind()))
            .collect()
    }

    #[test]
    fn not_quantities() {
        assert_eq!(
            texts("due to COVID-19 and the G7 at 10:56 PM, open 24/7"),
            vec![("10:56 PM", "time")]
        );
        assert!(texts("a new Boeing 737 jet").is_empty());
    }

    #[test]
    fn mixed() {
        assert_eq!(
            texts("held the 9th conference in October 2018 after seven years"),
            vec![
                ("9th", "ordinal"),
                ("October 2018", "date"),
                ("seven years", "duration")
            ]
        );
    }
}
