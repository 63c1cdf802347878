//! Frames: what a mention claims, read from the words around it.

use super::subject::{event_class, event_class_after, is_generic};
use super::words::Words;
use crate::model::words::word_list_fn;
use crate::model::{Attribute, DateExpr, DateValue, Duration, Facet, Frame, Quantity, Value};

/// The sentence a mention stands in, and what the report is about.
pub(crate) struct Around<'a, 'w> {
    pub words: &'w Words<'a>,
    /// The report's main subject class ("talks").
    pub main: &'a str,
    /// Whether the sentence is the headline (title case there says nothing).
    pub headline: bool,
}

word_list_fn! {
    /// Nouns for a pause in something that happens again ("a six-year hiatus").
    fn hiatus_nouns = "hiatus_nouns.txt"
}
word_list_fn! {
    /// Stems of verbs of starting again ("resumed"), matched as prefixes.
    fn restart_stems = "restart_stems.txt"
}
word_list_fn! {
    /// Stems of verbs of stopping ("halted"), matched as prefixes.
    fn halt_stems = "halt_stems.txt"
}
word_list_fn! {
    /// Small words that are not what a measure measures.
    fn glue_words = "glue_words.txt"
}

/// Most words between a date and the word that makes it an event's date.
const NEAR: usize = 8;
word_list_fn! {
    /// Words that make "since" name the last time ("not since 2018").
    fn last_time_words = "last_time_words.txt"
}
word_list_fn! {
    /// Words of reporting ("said", "according").
    fn reporting_words = "reporting_words.txt"
}
word_list_fn! {
    /// Stems of the acts a story is about ("met", "killed"), matched as prefixes.
    fn event_stems = "event_stems.txt"
}

/// Steps of a story that fall on days of their own: a body found days
/// after the death, a verdict and later a sentence, an arrest, a funeral.
/// A date whose nearest event word names one of them is the date of that
/// step, compared only with the same step's dates in other reports. Each
/// step with the stems that name it, from `data/lexicon/story_steps.tsv`.
fn steps() -> &'static [(&'static str, Vec<&'static str>)] {
    static STEPS: std::sync::OnceLock<Vec<(&'static str, Vec<&'static str>)>> =
        std::sync::OnceLock::new();
    STEPS.get_or_init(|| {
        crate::model::words::rows(include_str!("../../data/lexicon/story_steps.tsv"))
            .map(|(step, first, rest)| (step, std::iter::once(first).chain(rest).collect()))
            .collect()
    })
}

/// A word that names a day on its own: a weekday, "yesterday", "today".
fn is_day_word(word: &str) -> bool {
    matches!(word, "yesterday" | "today" | "tonight")
        || matches!(
            crate::recognize::lexicon::lookup(word),
            crate::recognize::lexicon::Lex::Weekday(_)
        )
}

/// The step of a story an event word names ("" for the event itself);
/// `next` is the word after it ("found guilty" is a verdict).
pub(crate) fn step_of(word: &str, next: &str) -> &'static str {
    if word == "found" && matches!(next, "guilty" | "not" | "innocent" | "liable") {
        return "verdict";
    }
    steps()
        .iter()
        .find(|(_, stems)| starts_any(word, stems))
        .map_or("", |(step, _)| step)
}

/// Whether a word names a pause ("hiatus", "break", "gap").
pub(crate) fn is_hiatus_noun(word: &str) -> bool {
    hiatus_nouns().contains(&word)
}

/// Whether a word says something stopped ("halted", "suspended").
pub(crate) fn is_halt_word(word: &str) -> bool {
    starts_any(word, halt_stems())
}

pub(super) fn starts_any(word: &str, stems: &[&str]) -> bool {
    stems.iter().any(|s| word.starts_with(s))
}

impl Around<'_, '_> {
    /// The class of the event noun at word `i`, if it is one the claim can
    /// be about (proper names in body text, like "Consultative Conference",
    /// are not).
    pub(super) fn class_at(&self, i: usize) -> Option<&'static str> {
        if !self.headline && self.words.is_capitalized(i) && i > 0 {
            return None;
        }
        let previous = if i > 0 { self.words.lower(i - 1) } else { "" };
        event_class_after(previous, self.words.lower(i))
    }

    /// What the mention at words `a..b` is about: the nearest event noun
    /// before it, else just after it, else the report's main subject.
    fn subject(&self, a: usize, b: usize) -> String {
        let w = self.words;
        let mut before = None;
        let mut i = a;
        let mut floor = a.saturating_sub(15);
        while i > floor {
            i -= 1;
            if let Some(c) = self.class_at(i) {
                // "the summit ... the first such meeting": "such" points back
                let such = i > 0 && w.lower(i - 1) == "such";
                before = Some(c);
                if !such {
                    break;
                }
                floor = i.saturating_sub(25);
            }
        }
        let after = || (b..(b + 6).min(self.words.len())).find_map(|i| self.class_at(i));
        match before.or_else(after) {
            Some(c) if !is_generic(c) => c.to_string(),
            _ => self.main.to_string(),
        }
    }

    /// "six-year hiatus", "first talks in six years", "revived after seven
    /// years", "have not taken place since 2018", "last held in 2018",
    /// "halted ... in October 2018".
    pub fn since_last(&self, a: usize, b: usize, value: &SinceInput) -> Option<(String, Value)> {
        let w = self.words;
        let prev = w.lower(a.wrapping_sub(1));
        let found = match value {
            SinceInput::Duration(d) => {
                let hiatus_after = w.any(b, b + 2, |x| hiatus_nouns().contains(&x));
                let hiatus_of =
                    a >= 2 && w.lower(a - 1) == "of" && hiatus_nouns().contains(&w.lower(a - 2));
                let first_in = prev == "in" && w.any(a.saturating_sub(10), a, |x| x == "first");
                let after_restart = prev == "after"
                    && (w.any(0, w.len(), |x| starts_any(x, restart_stems()))
                        || w.any(0, w.len(), |x| hiatus_nouns().contains(&x)));
                (hiatus_after || hiatus_of || first_in || after_restart)
                    .then_some(Value::Duration(*d))
            }
            SinceInput::Date(date) => {
                let since_negated = prev == "since"
                    && w.any(a.saturating_sub(12), a - 1, |x| {
                        last_time_words().contains(&x) || x.ends_with("n't") || x.ends_with("n’t")
                    });
                let last_held =
                    prev == "in" && a >= 3 && w.any(a.saturating_sub(4), a - 1, |x| x == "last");
                let halted_in = prev == "in"
                    && w.any(a.saturating_sub(8), a - 1, |x| starts_any(x, halt_stems()));
                (since_negated || last_held || halted_in).then(|| Value::Since(date.clone()))
            }
        }?;
        Some((self.subject(a, b), found))
    }

    /// How strongly a date mention dates the report's main event: 1 when an
    /// event word is nearest, 2 when a reporting verb is ("officials said on
    /// Wednesday"), `None` when it belongs to another event ("the summit
    /// held on Monday") or to nothing; with the step of the story that
    /// word names ("found dead on Tuesday": the discovery).
    pub fn event_date_priority(&self, a: usize, b: usize) -> Option<(u8, &'static str)> {
        let w = self.words;
        // Another event's noun just before the date ("the summit held on
        // Monday") or just after it ("a November 9 press conference"): the
        // date is that event's.
        let other = |c: &str| c != self.main && !is_generic(c);
        for i in (a.saturating_sub(5)..a).rev() {
            if let Some(c) = self.class_at(i) {
                if other(c) {
                    return None;
                }
                break;
            }
        }
        if (b..(b + 2).min(w.len())).any(|i| self.class_at(i).is_some_and(other)) {
            return None;
        }
        // "the first film's March 23 opening": a date after a possessive
        // dates the noun that follows it.
        if a > 0 {
            let owner = w.lower(a - 1);
            if owner.ends_with("'s")
                || owner.ends_with("\u{2019}s")
                || matches!(owner, "its" | "their" | "his" | "her")
            {
                return None;
            }
        }
        // The nearest event or reporting word on each side, looking no
        // further than another day ("Tuesday the crowd was calm, but on
        // Wednesday ... he was shot": past Wednesday, "shot" is its).
        // A capitalized word inside a sentence is a name ("The Playlist",
        // "the Political Consultative Conference"), not an event word.
        let kind = |i: usize, x: &str| {
            if i > 0 && !self.headline && w.is_capitalized(i) {
                None
            } else if reporting_words().contains(&x) {
                Some(2)
            } else if starts_any(x, event_stems()) {
                Some(1)
            } else {
                None
            }
        };
        let nearest = |order: &mut dyn Iterator<Item = usize>| {
            order
                .map(|i| (i, w.lower(i)))
                .find(|&(i, x)| is_day_word(x) || kind(i, x).is_some())
                .and_then(|(i, x)| kind(i, x).map(|k| (i, k)))
        };
        let before = nearest(&mut (0..a).rev()).map(|(i, k)| (a - i, k, i));
        let after = nearest(&mut (b..w.len())).map(|(i, k)| (i + 1 - b, k, i));
        let best = match (before, after) {
            (Some(x), Some(y)) => Some(if x.0 <= y.0 { x } else { y }),
            (x, y) => x.or(y),
        };
        // A date that opens its sentence ("On January 14th, ...") dates the
        // main clause, however far its verb; elsewhere the word that makes
        // it an event's date stands near it.
        // A far word past a clause that hangs off the main one (", believing
        // ...", ", who ...") is not the main clause's.
        let opens = a <= 2
            && best.is_some_and(|(_, _, i)| {
                !(b..i).any(|k| {
                    w.comma_before(k)
                        && (w.lower(k).ends_with("ing")
                            || matches!(w.lower(k), "who" | "which" | "whose" | "where" | "while"))
                })
            });
        best.filter(|(d, _, _)| opens || *d <= NEAR)
            .map(|(_, k, i)| (k, step_of(w.lower(i), w.lower(i + 1))))
    }

    /// "a magnitude 5.4 quake", "a depth of 12 km", "a $75 million deal",
    /// "Jones, 29,": a measure and what it measures. Units that say little
    /// on their own (percentages, temperatures) are left out.
    pub fn measure(&self, a: usize, b: usize, q: &Quantity) -> Option<(Attribute, Quantity)> {
        let w = self.words;
        let before = |k: usize| if a >= k { w.lower(a - k) } else { "" };
        // past a conversion in brackets: "10 km (6 miles) deep"
        let b = if w.lower(b).starts_with(|c: char| c.is_ascii_digit())
            && crate::recognize::unit_word(w.lower(b + 1)).is_some()
        {
            b + 2
        } else {
            b
        };
        let noun_after = || {
            (b..(b + 3).min(w.len()))
                .map(|i| (i, w.lower(i)))
                .find(|(i, x)| {
                    x.len() >= 3
                        && x.chars().all(char::is_alphabetic)
                        && !w.is_capitalized(*i)
                        && !glue_words().contains(x)
                })
                .map(|(_, x)| x.to_string())
        };
        let (_, canon) = q.canonical();
        let attribute = match canon {
            "magnitude" => Attribute::magnitude(),
            "year_of_age" => {
                // "Ann Jones, 29," / "Ann Jones, aged 29": the whole name just
                // before; else "29-year-old Ann Jones": the name just after.
                let mut first = a;
                while first > 0 && a - first < 4 && w.is_capitalized(first - 1) {
                    first -= 1;
                }
                let (first, last) = if first < a {
                    (first, a)
                } else {
                    let mut last = b;
                    while last < w.len() && last - b < 4 && w.is_capitalized(last) {
                        last += 1;
                    }
                    // one capitalized word after may be a nationality
                    // ("40-year-old American"): a name here has two
                    (b, if last - b >= 2 { last } else { b })
                };
                let not_a_name = |i: usize| {
                    let x = w.lower(i);
                    x.len() < 2 || x == "an" || glue_words().contains(&x)
                };
                if first == last || self.headline || (first..last).any(not_a_name) {
                    return None;
                }
                let name: Vec<&str> = (first..last).map(|i| w.lower(i)).collect();
                let name = super::name::without_titles(&name);
                if name.is_empty() {
                    return None;
                }
                Attribute::age(&name.join(" "))
            }
            "m" | "m2" | "kg" => {
                let dimension = match (before(2), before(1), w.lower(b)) {
                    ("depth", "of", _) | (_, _, "deep") => {
                        return Some((
                            Attribute::new(Frame::Measure, "depth").with_facet(Facet::Depth),
                            q.clone(),
                        ));
                    }
                    (d, "of", _)
                        if ["height", "length", "distance", "width", "area", "weight"]
                            .contains(&d) =>
                    {
                        d.to_string()
                    }
                    (_, _, "tall" | "high") => "height".into(),
                    (_, _, "long") => "length".into(),
                    (
                        _,
                        _,
                        "away" | "south" | "north" | "east" | "west" | "southeast" | "southwest"
                        | "northeast" | "northwest",
                    ) => "distance".into(),
                    _ => format!("size of {}", noun_after()?),
                };
                Attribute::new(Frame::Measure, dimension).with_facet(Facet::Extent)
            }
            c if c.len() == 3 && c.chars().all(|x| x.is_ascii_uppercase()) => {
                // "a fine of $500", "a $75 million deal"
                let thing = if before(1) == "of"
                    && before(2).chars().all(char::is_alphabetic)
                    && !before(2).is_empty()
                {
                    before(2).to_string()
                } else {
                    noun_after()?
                };
                Attribute::new(Frame::Measure, format!("amount of {thing}"))
                    .with_facet(Facet::Extent)
            }
            _ => return None,
        };
        Some((attribute, q.clone()))
    }

    /// "held the 9th conference": the ordinal of the event itself.
    pub fn ordinal(&self, a: usize, b: usize, n: u32) -> Option<(String, u32)> {
        let w = self.words;
        if n < 2 || a == 0 || w.lower(a - 1) != "the" {
            return None;
        }
        let before = a.saturating_sub(4)..a - 1;
        if before.clone().any(|i| {
            [
                "after",
                "before",
                "since",
                "until",
                "following",
                "previous",
                "last",
            ]
            .contains(&w.lower(i))
        }) {
            return None;
        }
        if !before.clone().any(|i| {
            let x = w.lower(i);
            starts_any(
                x,
                &["held", "hold", "host", "mark", "open", "attend", "conven"],
            ) || ["is", "was", "at", "for"].contains(&x)
        }) {
            return None;
        }
        let class = (b..(b + 6).min(w.len())).find_map(|i| event_class(w.lower(i)))?;
        Some((class.to_string(), n))
    }
}

/// What a since-last claim can rest on.
pub(crate) enum SinceInput {
    Duration(Duration),
    Date(DateValue),
}

/// Whether a date mention names a day (not a year, a month or a span).
pub(crate) fn names_a_day(d: &DateValue) -> bool {
    d.end.is_none()
        && match &d.expr {
            DateExpr::Calendar { day, .. } => day.is_some(),
            DateExpr::Weekday { .. } | DateExpr::InWeek { .. } => true,
            DateExpr::Relative { unit, .. } => *unit == crate::model::CalendarUnit::Day,
            // "three days ago" names a day; "two weeks ago" is looser
            DateExpr::Ago { unit, .. } => *unit == crate::model::CalendarUnit::Day,
            _ => false,
        }
}

/// Whether a date mention can anchor a "since": it has a year.
pub(crate) fn has_year(d: &DateValue) -> bool {
    d.end.is_none() && matches!(d.expr, DateExpr::Calendar { year: Some(_), .. })
}

#[cfg(test)]
mod tests {
    use super::step_of;

    #[test]
    fn event_words_name_their_step() {
        assert_eq!(step_of("arrested", "the"), "arrest");
        assert_eq!(step_of("found", "guilty"), "verdict");
        assert_eq!(step_of("found", "dead"), "discovery");
        assert_eq!(step_of("buried", "in"), "funeral");
        assert_eq!(step_of("rallied", "outside"), "protest");
        assert_eq!(step_of("met", "on"), "");
    }
}
