//! People's names, where a report introduces someone as a person: "Ann
//! Jones, 29,", "Mr. Ann Jones", "a woman named Ann Jones". ("Ann Jones
//! said" is no cue: countries and companies say things too.)

use crate::model::words::word_list_fn;
use regex::Regex;
use std::sync::OnceLock;

use crate::model::Span;

/// Two or three capitalized words.
fn name_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b\p{Lu}[\p{L}'’\-]*\p{Ll}(?:\s+\p{Lu}[\p{L}'’\-]*\p{Ll}){1,2}\b")
            .expect("valid regex")
    })
}

/// What follows a person's name: an age ("Ann Jones, 29,", "Ann Jones
/// (29)").
fn cue_after() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*,|\(\s*\d{1,3}\s*\))").expect("valid regex")
    })
}

/// What stands before a person's name: an honorific or "named".
fn cue_before() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?|\bnamed)\s+$").expect("valid regex")
    })
}

/// A title just before the name, in any case: "director Jon Owen".
fn title_before(before: &str) -> bool {
    before
        .strip_suffix(' ')
        .and_then(|b| b.split_whitespace().last())
        .is_some_and(|w| is_title(w.to_lowercase().trim_end_matches('.')))
}

/// A description headed by a title just after the name: "Jon Owen, the
/// city's public safety director," (at most five words, up to a comma or
/// the end of the sentence).
fn title_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let phrase = rest.split([',', ';', '.', '(']).next().unwrap_or("");
    let words: Vec<&str> = phrase.split_whitespace().collect();
    matches!(
        words.first().map(|w| w.to_lowercase()).as_deref(),
        Some("a" | "an" | "the")
    ) && words.len() <= 6
        && words.last().is_some_and(|w| is_title(&w.to_lowercase()))
}

word_list_fn! {
    /// Capitalized words that start a run of capitals but not a name:
    /// sentence openers, pronouns, words for the authorities.
    fn not_first_names = "not_first_names.txt"
}

/// Whether a capitalized word cannot start a person's name: an opener, a
/// pronoun, or a calendar word ("Monday", "March").
pub(crate) fn starts_no_name(word: &str) -> bool {
    not_first_names().contains(&word) || crate::recognize::is_time_word(&word.to_lowercase())
}

/// Titles, offices, kin and trades that stand before a name ("Captain
/// Abid Sultan", "director Jon Owen") or head the description after it
/// (`data/lexicon/person_titles.txt`), in lowercase.
fn is_title(word: &str) -> bool {
    static SET: OnceLock<crate::model::words::WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        crate::model::words::word_set(include_str!("../../data/lexicon/person_titles.txt"))
    })
    .contains(word)
}

/// A name's words without the titles before it.
pub(crate) fn without_titles<'a>(words: &'a [&'a str]) -> &'a [&'a str] {
    let skip = words
        .iter()
        .take_while(|w| is_title(w.to_lowercase().trim_end_matches('.')))
        .count();
    &words[skip..]
}

/// The names a sentence introduces as people's, with their spans in the
/// document.
pub(crate) fn people(sentence: &str, offset: usize) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    // every cue needs an age's digits, an honorific, "named" or a title
    let lower = sentence.to_lowercase();
    let has_title = || lower.split(|c: char| !c.is_alphanumeric()).any(is_title);
    let may_cue = sentence.bytes().any(|b| b.is_ascii_digit())
        || ["Mr", "Ms", "Dr", "Miss", "named"]
            .iter()
            .any(|c| sentence.contains(c))
        || has_title();
    if !may_cue {
        return out;
    }
    for m in name_pattern().find_iter(sentence) {
        let name = m.as_str();
        let first = name.split_whitespace().next().unwrap_or("");
        if starts_no_name(first) {
            continue;
        }
        let cued = cue_after().is_match(&sentence[m.end()..])
            || cue_before().is_match(&sentence[..m.start()])
            || title_before(&sentence[..m.start()])
            || is_title(first.to_lowercase().trim_end_matches('.'))
            || title_after(&sentence[m.end()..]);
        if cued {
            let bare = name
                .strip_suffix("'s")
                .or_else(|| name.strip_suffix("’s"))
                .unwrap_or(name);
            let words: Vec<&str> = bare.split_whitespace().collect();
            let name = without_titles(&words);
            if name.len() < 2 {
                continue;
            }
            let start = offset + m.start();
            out.push((name.join(" "), Span::new(start, start + bare.len())));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<String> {
        people(s, 0).into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn introduced_as_people() {
        assert_eq!(
            names("Latonya Brown, 36, was shot in the head."),
            ["Latonya Brown"]
        );
        assert_eq!(
            names("Ann Marie Jones, 41, said the plant was closed."),
            ["Ann Marie Jones"]
        );
        assert_eq!(
            names("A woman named Ann Jones was arrested."),
            ["Ann Jones"]
        );
        assert_eq!(names("Police said Mr. Ann Jones had left."), ["Ann Jones"]);
        assert_eq!(names("Mr. Ann Jones's car was found."), ["Ann Jones"]);
        assert_eq!(names("Captain Abid Sultan, 52, died."), ["Abid Sultan"]);
        assert_eq!(names("Kimani Gray (16) was shot."), ["Kimani Gray"]);
        assert!(names("Deputy Ortiz, 35, died.").is_empty());
        assert_eq!(
            names("Palmer public safety director Jon Owen said."),
            ["Jon Owen"]
        );
        assert_eq!(
            names("Jon Owen, the city's public safety director, said."),
            ["Jon Owen"]
        );
        assert_eq!(
            names("The case went to Judge Philip Hickok on Monday."),
            ["Philip Hickok"]
        );
    }

    #[test]
    fn not_introduced_as_people() {
        assert!(names("South Sudan said the camp was bombed.").is_empty());
        assert!(names("The Kraft Foods plant was closed.").is_empty());
        assert!(names("He flew to Los Angeles on Monday.").is_empty());
        assert!(names("On Monday Ann Jones was arrested.").is_empty());
    }
}
