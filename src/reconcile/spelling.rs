//! Spellings of one name across an event's reports: "Hickok" in some,
//! "Hickock" in others. A word is a name in an event when it is written
//! with a capital wherever it stands inside a sentence and never in lower
//! case; two such names are one name spelled two ways when they are a
//! letter or two apart and no report uses both.

use std::collections::{BTreeMap, BTreeSet};

use unicode_segmentation::UnicodeSegmentation;

use crate::model::{Attribute, Claim, Evidence, Frame, Span, Value};
use crate::text::Document;

/// Shortest name compared: shorter ones ("Lu", "Su") differ by a letter
/// as often as they are misspelled.
const SHORTEST: usize = 4;

/// Each report's first use of a spelling, by document index.
type Uses = BTreeMap<usize, Span>;

/// Whether `a` and `b` (lower case) are one name spelled two ways: the
/// same first letter, one letter apart (two for names of six letters or
/// more), and neither the other's plural or possessive.
pub(crate) fn near_spelling(a: &str, b: &str) -> bool {
    near(a, b, SHORTEST)
}

/// [`near_spelling`], for names of at least `least` letters: a part of a
/// full name whose other part is the same ("Jon Owen", "John Owen") may be
/// shorter.
pub(crate) fn near(a: &str, b: &str, least: usize) -> bool {
    let shortest = a.chars().count().min(b.chars().count());
    // two letters apart in shorter names are usually two names
    // ("Patricia", "Patrick")
    let most = if shortest < 8 { 1 } else { 2 };
    let inflected = |x: &str, y: &str| {
        x.strip_suffix('s')
            .or_else(|| x.strip_suffix("es"))
            .is_some_and(|s| s == y)
    };
    // "Nuba" and "Nuban", "Steve" and "Steven": an ending added makes
    // another word (a demonym, a longer form), not a misspelling
    let extended = a.starts_with(b) || b.starts_with(a);
    let (noun_a, word_a) = crate::syntax::known(a);
    let (noun_b, word_b) = crate::syntax::known(b);
    // "coast" and "coat", "George" and "Georgia": two words of the
    // language are two words, not one spelled two ways
    let words = word_a || word_b || (noun_a && noun_b);
    let calendar = crate::recognize::is_time_word(a) || crate::recognize::is_time_word(b);
    // "referenda" is the plural of "referendum"; "technicolour" the
    // British spelling of "technicolor"
    let plural = |x: &str, y: &str| {
        crate::syntax::lemma(x, crate::syntax::Upos::Noun, crate::syntax::Ptb::Nns) == y
    };
    let regional = |x: &str| x.replace("our", "or").replace("ise", "ize");
    let variant = plural(a, b) || plural(b, a) || regional(a) == regional(b);
    // "Khaled" and "Khalid", "Talodi" and "Taludi": one vowel for another
    // is how names from scripts that leave short vowels unwritten are
    // romanised two ways, not a misspelling
    let vowel = |c: char| "aeiou".contains(c);
    let transliterated = a.chars().count() == b.chars().count() && {
        let diff: Vec<(char, char)> = a.chars().zip(b.chars()).filter(|(x, y)| x != y).collect();
        diff.len() == 1 && vowel(diff[0].0) && vowel(diff[0].1)
    };
    a != b
        && !extended
        && !words
        && !calendar
        && !variant
        && !transliterated
        && shortest >= least
        && a.chars().next() == b.chars().next()
        && !inflected(a, b)
        && !inflected(b, a)
        && strsim::damerau_levenshtein(a, b) <= most
        && strsim::jaro_winkler(a, b) >= 0.85
}

/// What spelling needs of one report: each capitalized word's first use
/// inside a sentence (lower-case key, form, span) and the words it writes
/// in lower case (hashed); no text.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Names {
    id: String,
    published: Option<jiff::civil::Date>,
    uses: Vec<(String, String, Span)>,
    lower: Vec<u64>,
}

impl Names {
    pub(crate) fn of(doc: &Document) -> Names {
        let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
        let mut uses = Vec::new();
        let mut lower: BTreeSet<u64> = BTreeSet::new();
        for sentence in &doc.sentences {
            let text = doc.sentence_str(sentence);
            for (n, (at, word)) in text.unicode_word_indices().enumerate() {
                let Some(first) = word.chars().next() else {
                    continue;
                };
                if !word.chars().all(char::is_alphabetic) {
                    continue;
                }
                if first.is_lowercase() {
                    lower.insert(crate::syntax::hash::text(word));
                    continue;
                }
                let acronym = word.chars().all(char::is_uppercase);
                if n == 0 || acronym || word.chars().count() < SHORTEST {
                    continue;
                }
                let key = word.to_lowercase();
                if seen.insert((key.clone(), word.to_string())) {
                    let start = sentence.span.start + at;
                    uses.push((key, word.to_string(), Span::new(start, start + word.len())));
                }
            }
        }
        Names {
            id: doc.id.clone(),
            published: doc.published,
            uses,
            lower: lower.into_iter().collect(),
        }
    }
}

/// Claims on the spelling of each name the event's reports write two ways,
/// one per report and spelling, quoting its first use. A pair whose both
/// spellings stand in people's names already read (`claims`) is left to
/// those.
pub(crate) fn spelling_claims(docs: &[&Names], claims: &[Claim]) -> Vec<Claim> {
    let people: BTreeSet<String> = claims
        .iter()
        .filter(|c| c.attribute.frame == Frame::Name)
        .filter_map(|c| match &c.value {
            Value::Person(p) => Some(p.to_lowercase()),
            _ => None,
        })
        .flat_map(|p| p.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let mut names: BTreeMap<String, BTreeMap<String, Uses>> = BTreeMap::new();
    let lower: BTreeSet<u64> = docs.iter().flat_map(|d| d.lower.iter().copied()).collect();
    for (k, doc) in docs.iter().enumerate() {
        for (key, form, span) in &doc.uses {
            names
                .entry(key.clone())
                .or_default()
                .entry(form.clone())
                .or_default()
                .entry(k)
                .or_insert(*span);
        }
    }
    // a name is never written in lower case in the event
    names.retain(|key, _| !lower.contains(&crate::syntax::hash::text(key)));
    // "the Klitschkos" is the family of "Klitschko": a plural's uses are
    // its name's
    let plurals: Vec<String> = names
        .keys()
        .filter(|k| {
            k.strip_suffix('s')
                .is_some_and(|stem| names.contains_key(stem))
        })
        .cloned()
        .collect();
    for plural in plurals {
        if let Some(forms) = names.remove(&plural) {
            let stem = names
                .entry(plural[..plural.len() - 1].to_string())
                .or_default();
            for (form, uses) in forms {
                let entry = stem.entry(form).or_default();
                for (k, span) in uses {
                    entry.entry(k).or_insert(span);
                }
            }
        }
    }
    let users: BTreeMap<&String, BTreeSet<usize>> = names
        .iter()
        .map(|(key, forms)| {
            let docs = forms.values().flat_map(|u| u.keys().copied()).collect();
            (key, docs)
        })
        .collect();
    let keys: Vec<&String> = names.keys().collect();
    let mut out = Vec::new();
    for (i, a) in keys.iter().enumerate() {
        for b in &keys[i + 1..] {
            let read = people.contains(*a) && people.contains(*b);
            if read || !users[*a].is_disjoint(&users[*b]) || !near_spelling(a, b) {
                continue;
            }
            let subject = format!("{a} / {b}");
            for key in [a, b] {
                for (form, uses) in &names[*key] {
                    for (&k, &span) in uses {
                        let doc = docs[k];
                        // the form is the word at its span, exactly
                        let e = Evidence {
                            source: doc.id.clone(),
                            quote: form.clone(),
                            span,
                        };
                        let mut c = Claim::new(
                            doc.id.clone(),
                            Attribute::new(Frame::Name, subject.clone()),
                            Value::Person(form.clone()),
                            vec![e],
                        );
                        c.as_of = doc.published;
                        out.push(c);
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_spellings_of_names() {
        assert!(near_spelling("hickok", "hickock"));
        assert!(!near_spelling("khaled", "khalid"));
        assert!(near_spelling("schenectady", "schnectady"));
        assert!(!near_spelling("georges", "george"));
        assert!(!near_spelling("lu", "su"));
        assert!(!near_spelling("paris", "boris"));
        assert!(!near_spelling("nuba", "nuban"));
        assert!(!near_spelling("coast", "coat"));
        assert!(!near_spelling("thursday", "tuesday"));
        assert!(!near_spelling("patricia", "patrick"));
        assert!(!near_spelling("referenda", "referendum"));
        assert!(!near_spelling("technicolor", "technicolour"));
    }
}
