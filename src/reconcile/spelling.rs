//! Spellings of one name across an event's reports: "Hickok" in some,
//! "Hickock" in others. A word is a name in an event when it is written
//! with a capital wherever it stands inside a sentence and never in lower
//! case; two such names are one name spelled two ways when they are a
//! letter or two apart and no report uses both, or when one is the other
//! written open ("Sea Micro" for "SeaMicro"), in any report.

use std::collections::{BTreeMap, BTreeSet};

use unicode_segmentation::UnicodeSegmentation;

use crate::model::{Attribute, Claim, Evidence, Frame, Span, Value};
use crate::text::Document;

/// Shortest name compared: shorter ones ("Lu", "Su") differ by a letter
/// as often as they are misspelled.
const SHORTEST: usize = 4;

crate::model::words::word_set_fn! {
    /// English function words: articles, pronouns, prepositions,
    /// conjunctions, auxiliaries.
    fn is_function_word = "function_words.txt"
}

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
    /// Two capitalized words in a row, written open ("Sea Micro"): the
    /// two as one lower-case key, the form, the span.
    open: Vec<(String, String, Span)>,
    lower: Vec<u64>,
}

impl Names {
    pub(crate) fn of(doc: &Document) -> Names {
        let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
        let mut uses = Vec::new();
        let mut open = Vec::new();
        let mut lower: BTreeSet<u64> = BTreeSet::new();
        for sentence in &doc.sentences {
            let text = doc.sentence_str(sentence);
            // the capitalized word just before, when only a space parts them
            let mut before: Option<(usize, &str)> = None;
            for (n, (at, word)) in text.unicode_word_indices().enumerate() {
                // "Dorado's": the name, without its possessive ending
                let word = word
                    .strip_suffix("'s")
                    .or_else(|| word.strip_suffix("’s"))
                    .unwrap_or(word);
                let last = before.take();
                let capital = word.chars().next().is_some_and(char::is_uppercase)
                    && word.chars().all(char::is_alphabetic)
                    && !word.chars().all(char::is_uppercase);
                if capital {
                    // "TheAcademy", "Fixit": a name run together with an
                    // article or a pronoun is a handle or a brand's styling
                    let joined = |f: &str| {
                        is_function_word(&f.to_lowercase())
                            || is_function_word(&word.to_lowercase())
                    };
                    if let Some((b, first)) =
                        last.filter(|(b, f)| b + f.len() + 1 == at && !joined(f))
                    {
                        if text.as_bytes().get(b + first.len()) == Some(&b' ') {
                            let key = format!("{}{}", first, word).to_lowercase();
                            let form = &text[b..at + word.len()];
                            let start = sentence.span.start + b;
                            open.push((
                                key,
                                form.to_string(),
                                Span::new(start, start + form.len()),
                            ));
                        }
                    }
                    before = Some((at, word));
                }
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
            open,
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
    // a name written closed in one place and open in another ("SeaMicro",
    // "Sea Micro"): the same letters, so one name, even in one report
    let mut open: BTreeMap<&String, BTreeMap<&String, Uses>> = BTreeMap::new();
    for (k, doc) in docs.iter().enumerate() {
        for (key, form, span) in &doc.open {
            if names.contains_key(key) && !people.contains(key) {
                open.entry(key)
                    .or_default()
                    .entry(form)
                    .or_default()
                    .entry(k)
                    .or_insert(*span);
            }
        }
    }
    for (key, open_forms) in &open {
        let subject = format!(
            "{key} / {}",
            open_forms
                .keys()
                .next()
                .map_or("", |f| f.as_str())
                .to_lowercase()
        );
        let closed = names[*key].iter();
        for (form, uses) in closed.chain(open_forms.iter().map(|(f, u)| (*f, u))) {
            for (&k, &span) in uses {
                out.push(spelling(docs[k], &subject, form, span));
            }
        }
    }
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
                        out.push(spelling(docs[k], &subject, form, span));
                    }
                }
            }
        }
    }
    out
}

/// One report's claim that a name is spelled `form`, quoting it at `span`.
fn spelling(doc: &Names, subject: &str, form: &str, span: Span) -> Claim {
    // the form is the words at its span, exactly
    let e = Evidence {
        source: doc.id.clone(),
        quote: form.to_string(),
        span,
    };
    let mut c = Claim::new(
        doc.id.clone(),
        Attribute::new(Frame::Name, subject.to_string()),
        Value::Person(form.to_string()),
        vec![e],
    );
    c.as_of = doc.published;
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(id: &str, text: &str) -> Names {
        let source = crate::Source::new(id, text);
        Names::of(&Document::prepare(&source, &crate::Options::new()).expect("prepares"))
    }

    fn spellings(texts: &[&str]) -> BTreeSet<String> {
        let docs: Vec<Names> = texts
            .iter()
            .enumerate()
            .map(|(k, t)| names(&format!("r{k}"), t))
            .collect();
        let refs: Vec<&Names> = docs.iter().collect();
        spelling_claims(&refs, &[])
            .into_iter()
            .map(|c| format!("{} {}", c.source, c.evidence[0].quote))
            .collect()
    }

    #[test]
    fn a_name_written_open_and_closed_is_one_name_even_in_one_report() {
        let found = spellings(&[
            "Chip maker buys server firm\nThe chip maker said it would buy SeaMicro for $334 million. \
             Analysts said Sea Micro's servers use little power. Its shares rose.",
            "Chip maker buys server firm\nThe chip maker agreed on Wednesday to buy SeaMicro, officials said.",
        ]);
        assert!(found.contains("r0 Sea Micro"), "{found:?}");
        assert!(
            found.contains("r0 SeaMicro") && found.contains("r1 SeaMicro"),
            "{found:?}"
        );
        // run together with an article, a name is a handle, not a misspelling
        let handle = spellings(&[
            "Awards named\nThe prizes were handed out by The Academy on Sunday, and TheAcademy posted them.",
        ]);
        assert!(handle.is_empty(), "{handle:?}");
    }

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
