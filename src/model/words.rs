//! The word lists the crate ships in `data/lexicon/`, one list per fact,
//! each read once: rows of a kind, a value and the words.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the maps of short words are looked up once a token, where
/// SipHash's resistance to chosen keys buys nothing (the keys are ours).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map keyed by short words, hashed with [`Fnv`].
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Months, weekdays and calendar units.
pub(crate) const CALENDAR: &str = include_str!("../../data/lexicon/calendar.tsv");
/// Number words: units, tens, scales, ordinals.
pub(crate) const NUMBERS: &str = include_str!("../../data/lexicon/numbers.tsv");
/// Units of measure and of money, by the words for them.
pub(crate) const UNITS: &str = include_str!("../../data/lexicon/units.tsv");
/// ISO 4217 currency codes.
pub(crate) const CURRENCIES: &str = include_str!("../../data/lexicon/currencies.tsv");
/// Past participles of irregular verbs ("make", "made"), from WordNet.
pub(crate) const PARTICIPLES: &str = include_str!("../../data/lexicon/participles.tsv");
/// Irregular plurals ("child", "children"), from WordNet.
pub(crate) const PLURALS: &str = include_str!("../../data/lexicon/plurals.tsv");
/// Clock words: time zones, "noon", "shortly after".
pub(crate) const CLOCK: &str = include_str!("../../data/lexicon/clock.tsv");
/// Modifiers: "about", "more than", "at least".
pub(crate) const MODIFIERS: &str = include_str!("../../data/lexicon/modifiers.tsv");

/// The rows of a list: kind, value and the words after them (tab
/// separated; `#` starts a comment line).
pub(crate) fn rows(
    list: &'static str,
) -> impl Iterator<Item = (&'static str, &'static str, Vec<&'static str>)> {
    list.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut cells = l.split('\t');
            let kind = cells.next()?;
            let value = cells.next()?;
            Some((kind, value, cells.collect()))
        })
}

/// A set of short words, hashed with [`Fnv`].
pub(crate) type WordSet = std::collections::HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// A one-column list (one word a line; `#` starts a comment line) as a set.
pub(crate) fn word_set(list: &'static str) -> WordSet {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// A one-column list in its order, for lists read by prefix or in turn.
pub(crate) fn word_list(list: &'static str) -> Vec<&'static str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// A list of line openings in its order, each as written: only the line
/// break is cut, so a trailing space stays part of the opening ("(c) ").
pub(crate) fn openings(list: &'static str) -> Vec<&'static str> {
    list.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect()
}

/// Defines `fn $name() -> &'static [&'static str]`: the list
/// `data/lexicon/$file`, read once, in its order, by [`word_list`] or by
/// the reader named after `by` ([`openings`]).
macro_rules! word_list_fn {
    ($(#[$doc:meta])* $vis:vis fn $name:ident = $file:literal) => {
        $crate::model::words::word_list_fn! {
            $(#[$doc])* $vis fn $name = $file by word_list
        }
    };
    ($(#[$doc:meta])* $vis:vis fn $name:ident = $file:literal by $reader:ident) => {
        $(#[$doc])*
        $vis fn $name() -> &'static [&'static str] {
            static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
            WORDS.get_or_init(|| {
                $crate::model::words::$reader(include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/data/lexicon/",
                    $file
                )))
            })
        }
    };
}
pub(crate) use word_list_fn;

/// Defines `fn $name(word: &str) -> bool`: whether `word` is in the list
/// `data/lexicon/$file`, read once into a [`WordSet`].
macro_rules! word_set_fn {
    ($(#[$doc:meta])* $vis:vis fn $name:ident = $file:literal) => {
        $(#[$doc])*
        $vis fn $name(word: &str) -> bool {
            static WORDS: std::sync::OnceLock<$crate::model::words::WordSet> =
                std::sync::OnceLock::new();
            WORDS
                .get_or_init(|| {
                    $crate::model::words::word_set(include_str!(concat!(
                        env!("CARGO_MANIFEST_DIR"),
                        "/data/lexicon/",
                        $file
                    )))
                })
                .contains(word)
        }
    };
}
pub(crate) use word_set_fn;

/// A two-column list as a map from its first column to its second.
fn pairs(list: &'static str) -> WordMap<&'static str, &'static str> {
    rows(list).map(|(key, value, _)| (key, value)).collect()
}

/// The past participle of an irregular verb: "taken" for "take".
pub(crate) fn irregular_participle(verb: &str) -> Option<&'static str> {
    static VERBS: OnceLock<WordMap<&'static str, &'static str>> = OnceLock::new();
    VERBS.get_or_init(|| pairs(PARTICIPLES)).get(verb).copied()
}

/// The plural of a noun with an irregular one: "children" for "child".
pub(crate) fn irregular_plural(noun: &str) -> Option<&'static str> {
    static NOUNS: OnceLock<WordMap<&'static str, &'static str>> = OnceLock::new();
    NOUNS.get_or_init(|| pairs(PLURALS)).get(noun).copied()
}

/// Each month's name for people, January first.
pub(crate) fn month_names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        rows(CALENDAR)
            .filter(|(kind, ..)| *kind == "month")
            .filter_map(|(_, _, words)| words.first().copied())
            .collect()
    })
}

/// Lower-case weekday names and abbreviations, to their ISO number.
pub(crate) fn weekday_numbers() -> &'static HashMap<String, i8> {
    static DAYS: OnceLock<HashMap<String, i8>> = OnceLock::new();
    DAYS.get_or_init(|| {
        rows(CALENDAR)
            .filter(|(kind, ..)| kind.starts_with("weekday"))
            .flat_map(|(_, value, words)| {
                let n: i8 = value.parse().unwrap_or(0);
                words.into_iter().map(move |w| (w.to_lowercase(), n))
            })
            .filter(|(_, n)| (1..=7).contains(n))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_whole() {
        assert_eq!(month_names().len(), 12);
        assert_eq!(month_names()[8], "September");
        assert_eq!(weekday_numbers().get("thurs"), Some(&4));
        assert_eq!(rows(NUMBERS).filter(|(k, ..)| *k == "unit").count(), 20);
        assert!(rows(MODIFIERS).count() > 30);
    }
}
