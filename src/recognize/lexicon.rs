//! Word tables for the recognizer: numbers, ordinals, months, weekdays, units.

use crate::model::words::word_set_fn;

use crate::model::Weekday;

/// What a word means to the recognizer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Lex {
    /// zero..nineteen.
    Unit(u32),
    /// twenty..ninety.
    Tens(u32),
    /// hundred, thousand, million, billion, trillion.
    Scale(u64),
    /// first..nineteenth, and the round ordinals (twentieth, hundredth).
    Ord(u32),
    /// tens ordinals: twentieth..ninetieth.
    OrdTens(u32),
    Dozen,
    /// "tens", "hundreds", "thousands", "millions" (as in "tens of thousands").
    Plural(u64),
    Half,
    /// "a", "an".
    Article,
    Month(i8),
    Weekday(Weekday),
    /// "wed", "thurs": a weekday only where a cue makes it one ("next wed",
    /// "on Tue"), since "sat", "sun" and "wed" are words too.
    ShortWeekday(Weekday),
    /// A calendar unit, with its length in months (0 for days and weeks)
    /// and whether it is a day or week count.
    TimeUnit(TimeUnit),
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TimeUnit {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Hour,
    Minute,
    Second,
}

/// What a lower-case word means, from the number and calendar lists in
/// `data/lexicon/` (read once into a map).
pub(crate) fn lookup(lower: &str) -> Lex {
    static WORDS: std::sync::OnceLock<crate::model::words::WordMap<String, Lex>> =
        std::sync::OnceLock::new();
    WORDS
        .get_or_init(words)
        .get(lower)
        .copied()
        .unwrap_or(Lex::Other)
}

fn words() -> crate::model::words::WordMap<String, Lex> {
    use crate::model::words::{rows, WordMap, CALENDAR, NUMBERS};
    let mut map = WordMap::default();
    for (kind, value, words) in rows(NUMBERS).chain(rows(CALENDAR)) {
        let n: u64 = value.parse().unwrap_or(0);
        let small = u32::try_from(n).unwrap_or(0);
        let day = i8::try_from(n).ok().and_then(Weekday::from_iso);
        let lex = match kind {
            "unit" => Lex::Unit(small),
            "tens" => Lex::Tens(small),
            "scale" => Lex::Scale(n),
            "ord" => Lex::Ord(small),
            "ord_tens" => Lex::OrdTens(small),
            "plural" => Lex::Plural(n),
            "dozen" => Lex::Dozen,
            "half" => Lex::Half,
            "article" => Lex::Article,
            "month" => Lex::Month(i8::try_from(n).unwrap_or(0)),
            "weekday" => match day {
                Some(d) => Lex::Weekday(d),
                None => continue,
            },
            "weekday_short" => match day {
                Some(d) => Lex::ShortWeekday(d),
                None => continue,
            },
            _ => continue,
        };
        for w in words {
            map.insert(w.to_lowercase(), lex);
        }
    }
    // calendar units name their unit by word, not number
    for (kind, value, words) in rows(CALENDAR) {
        if kind != "time_unit" {
            continue;
        }
        let unit = match value {
            "day" => TimeUnit::Day,
            "week" => TimeUnit::Week,
            "month" => TimeUnit::Month,
            "year" => TimeUnit::Year,
            "decade" => TimeUnit::Decade,
            "hour" => TimeUnit::Hour,
            "minute" => TimeUnit::Minute,
            "second" => TimeUnit::Second,
            _ => continue,
        };
        for w in words {
            map.insert(w.to_lowercase(), Lex::TimeUnit(unit));
        }
    }
    map
}

/// Scale suffixes glued to digits: "2bn", "40m", "5k".
pub(crate) fn scale_suffix(lower: &str) -> Option<f64> {
    Some(match lower {
        "k" | "thousand" => 1e3,
        "m" | "mn" | "mln" | "million" => 1e6,
        "b" | "bn" | "billion" => 1e9,
        "tn" | "trillion" => 1e12,
        _ => return None,
    })
}

word_set_fn! {
    /// Capitalized words that open sentences and may stand before a count
    /// ("Only 5 came", "All 12 died"): not names.
    pub(crate) fn is_sentence_opener = "sentence_openers.txt"
}

word_set_fn! {
    /// Words around a score ("won 2-1", "a 3-0 win").
    pub(crate) fn is_score_word = "score_words.txt"
}

word_set_fn! {
    /// Nouns that label a thing by number ("flight 370", "page 5"): the
    /// number is a name, not a quantity.
    pub(crate) fn is_label_noun = "label_nouns.txt"
}

word_set_fn! {
    /// Words that put a day or a month ahead of the writing, from
    /// `data/lexicon/future_cues.txt`.
    pub(crate) fn is_future_cue = "future_cues.txt"
}

word_set_fn! {
    /// Nouns for people or things counted in thousands that a comma-less
    /// four-digit number may count ("2000 people").
    pub(crate) fn is_counted_people = "counted_in_thousands.txt"
}

word_set_fn! {
    /// Words before a year that mark it as a year ("in 2018", "since 2018").
    pub(crate) fn is_year_cue = "year_cues.txt"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        assert_eq!(lookup("seven"), Lex::Unit(7));
        assert_eq!(lookup("ninth"), Lex::Ord(9));
        assert_eq!(lookup("october"), Lex::Month(10));
        assert_eq!(lookup("years"), Lex::TimeUnit(TimeUnit::Year));
        assert_eq!(lookup("talks"), Lex::Other);
        assert_eq!(scale_suffix("bn"), Some(1e9));
    }
}
