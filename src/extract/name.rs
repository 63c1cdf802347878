//! People's names, where a report introduces someone as a person: "Ann
//! Jones, 29,", "Mr. Ann Jones", "a woman named Ann Jones". ("Ann Jones
//! said" is no cue: countries and companies say things too.)

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

/// Capitalized words that start a run of capitals but not a name:
/// sentence openers, pronouns, words for the authorities.
const NOT_FIRST: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "But",
    "And",
    "When",
    "After",
    "Before",
    "If",
    "This",
    "That",
    "He",
    "She",
    "They",
    "It",
    "His",
    "Her",
    "Their",
    "Police",
    "Officials",
];

/// Whether a capitalized word cannot start a person's name: an opener, a
/// pronoun, or a calendar word ("Monday", "March").
pub(crate) fn starts_no_name(word: &str) -> bool {
    NOT_FIRST.contains(&word) || crate::recognize::is_time_word(&word.to_lowercase())
}

/// Titles and descriptions that stand before a name ("Captain Abid
/// Sultan", "Deputy Jerry Ortiz"), in lowercase.
const TITLES: &[&str] = &[
    "captain",
    "capt",
    "pilot",
    "officer",
    "deputy",
    "sheriff",
    "sergeant",
    "sgt",
    "detective",
    "lieutenant",
    "lt",
    "colonel",
    "col",
    "general",
    "gen",
    "major",
    "judge",
    "justice",
    "senator",
    "sen",
    "representative",
    "rep",
    "governor",
    "gov",
    "mayor",
    "president",
    "chairman",
    "minister",
    "director",
    "professor",
    "prof",
    "doctor",
    "dr",
    "coach",
    "chief",
    "inspector",
    "constable",
    "agent",
    "trooper",
    "firefighter",
    "reverend",
    "rev",
    "father",
    "sister",
    "brother",
    "unemployed",
    "former",
    "late",
    "suspect",
    "victim",
    "defendant",
];

/// A name's words without the titles before it.
pub(crate) fn without_titles<'a>(words: &'a [&'a str]) -> &'a [&'a str] {
    let skip = words
        .iter()
        .take_while(|w| TITLES.contains(&w.to_lowercase().trim_end_matches('.')))
        .count();
    &words[skip..]
}

/// The names a sentence introduces as people's, with their spans in the
/// document.
pub(crate) fn people(sentence: &str, offset: usize) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    // every cue needs an age's digits, an honorific or "named"
    let may_cue = sentence.bytes().any(|b| b.is_ascii_digit())
        || ["Mr", "Ms", "Dr", "Miss", "named"]
            .iter()
            .any(|c| sentence.contains(c));
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
            || cue_before().is_match(&sentence[..m.start()]);
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
    }

    #[test]
    fn not_introduced_as_people() {
        assert!(names("South Sudan said the camp was bombed.").is_empty());
        assert!(names("The Kraft Foods plant was closed.").is_empty());
        assert!(names("He flew to Los Angeles on Monday.").is_empty());
        assert!(names("On Monday Ann Jones was arrested.").is_empty());
    }
}
