//! Where people live, as news introduces them: "Raj Chohan, 59, of
//! College Point", "Christopher Kenyon Simpson of Fort Coffee", "Raj
//! Chohan, who lived in South Ozone Park".

use regex::Regex;
use std::sync::OnceLock;

use crate::model::{Dimension, Lemma, Reading, Span};

/// A person's name (two to four capitalized words, initials allowed),
/// then ", AGE, of", ", of", " of", or ", who lived in" / ", who lives
/// in", then the place (one to three capitalized words, and a state or
/// country after a comma), then the end of the phrase.
fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let word = r"\p{Lu}[\p{Ll}'’\-]+";
        let initial = r"\p{Lu}\.";
        let place = format!(r"{word}(?: {word}){{0,2}}(?:, {word}(?: {word})?)?");
        Regex::new(&format!(
            r"\b(?P<name>{word}(?: (?:{word}|{initial})){{1,3}})(?:,? of|, \d{{1,3}}, of|, who (?:lived|lives) in) (?P<place>{place})(?:[,.;:)]|\s+(?:was|is|were|had|has|and|who|said|died|faces|pleaded|told)\b|$)"
        ))
        .expect("valid regex")
    })
}

/// Whether the words before "of" can be a person's name: not the name of
/// a body or an office ("Department", "University", "Professor": see
/// `data/lexicon/organisation_heads.txt`), not opened by an article or a
/// pronoun.
fn personal(name: &str) -> bool {
    static HEADS: OnceLock<crate::model::words::WordSet> = OnceLock::new();
    let heads = HEADS.get_or_init(|| {
        crate::model::words::word_set(include_str!("../../data/lexicon/organisation_heads.txt"))
    });
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    !words.iter().any(|w| heads.contains(w.as_str()))
        && !super::name::starts_no_name(name.split_whitespace().next().unwrap_or(""))
}

/// The residences a sentence states: the reading (a place lived in, held
/// by the person's first and last names) and the place, with the span of
/// the whole phrase in the document.
pub(crate) fn residences(sentence: &str, offset: usize) -> Vec<(Reading, String, Span)> {
    if !sentence.contains(" of ") && !sentence.contains(" who l") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in pattern().captures_iter(sentence) {
        let (Some(name), Some(place)) = (c.name("name"), c.name("place")) else {
            continue;
        };
        if !personal(name.as_str()) {
            continue;
        }
        let all: Vec<&str> = name.as_str().split_whitespace().collect();
        let words = super::name::without_titles(&all);
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            continue;
        };
        if words.len() < 2 {
            continue;
        }
        let holder = Lemma::new(&format!("{first} {last}"));
        let reading =
            Reading::of_predicate(Dimension::Place, Lemma::new("live")).with_holder(holder);
        let span = Span::new(offset + name.start(), offset + place.end());
        out.push((reading, place.as_str().to_string(), span));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(s: &str) -> Vec<(String, String)> {
        residences(s, 0)
            .into_iter()
            .map(|(r, p, _)| {
                (
                    r.holder.map(|h| h.as_str().to_string()).unwrap_or_default(),
                    p,
                )
            })
            .collect()
    }

    #[test]
    fn residences_as_news_gives_them() {
        assert_eq!(
            places("Raj K. Chohan, 59, of College Point, was struck."),
            [("raj chohan".to_string(), "College Point".to_string())]
        );
        assert_eq!(
            places("A jury convicted Christopher Kenyon Simpson of Fort Coffee on Thursday."),
            Vec::<(String, String)>::new(),
            "\"on\" ends no residence"
        );
        assert_eq!(
            places("Christopher Kenyon Simpson of Fort Coffee was found guilty."),
            [("christopher simpson".to_string(), "Fort Coffee".to_string())]
        );
        assert_eq!(
            places("Raj Chohan, who lived in South Ozone Park, died."),
            [("raj chohan".to_string(), "South Ozone Park".to_string())]
        );
        // offices and bodies are no people
        assert!(places("The Texas Department of Criminal Justice said.").is_empty());
        // a name run that holds an office's word is read as none
        assert!(places("Commerce Secretary Gary Locke of Washington, said.").is_empty());
    }
}
