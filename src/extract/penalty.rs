//! Sentences courts pass: "was sentenced to death", "sentenced Ann Roe to
//! life in prison", "received a life sentence", "sentenced to 25 years".

use crate::model::words::word_list_fn;
use regex::Regex;
use std::sync::OnceLock;

use crate::model::{Duration, Penalty, Span};

fn death_or_life() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\bsentenced\s+(?:[\p{L}'’\-]+\s+){0,3}?to\s+(?P<a>death|life)\b|\b(?:gets?|got|received?|receives|given|handed)\s+(?:a\s+|the\s+)?(?P<b>death|life)\s+sentence",
        )
        .expect("valid regex")
    })
}

/// Someone named just before "was sentenced" or just after "sentenced".
fn sentenced_person() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?P<subj>\p{Lu}[\p{L}'’\-]+)\s+(?:was|is|has\s+been|had\s+been)\s+(?:\w+\s+)?sentenced|\bsentenced\s+(?:\p{Lu}[\p{L}'’\-]+\s+){0,2}(?P<obj>\p{Lu}[\p{L}'’\-]+)\s+to\b",
        )
        .expect("valid regex")
    })
}

word_list_fn! {
    /// Words that make a sentence possible, sought or threatened, not passed.
    fn modal_words = "modal_words.txt"
}

fn is_number_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit())
        || matches!(
            w,
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
}

word_list_fn! {
    /// Pronouns that stand for a person named before, capitalized. As written.
    fn subject_pronouns = "subject_pronouns.txt"
}

/// Whom a sentence speaks of being sentenced, by last name in lowercase,
/// or "" when it names no one.
pub(crate) fn person(sentence: &str) -> String {
    sentenced_person()
        .captures(sentence)
        .and_then(|c| c.name("subj").or_else(|| c.name("obj")))
        .map(|m| m.as_str())
        .filter(|n| !subject_pronouns().contains(n))
        .map_or_else(String::new, str::to_lowercase)
}

/// Death and life sentences a sentence states, with their spans.
pub(crate) fn death_or_life_sentences(sentence: &str, offset: usize) -> Vec<(Penalty, Span)> {
    // both patterns need "sentence" or "sentenced"
    if !sentence.to_ascii_lowercase().contains("sentence") {
        return Vec::new();
    }
    death_or_life()
        .captures_iter(sentence)
        .filter_map(|c| {
            let what = c.name("a").or_else(|| c.name("b"))?;
            let all = c.get(0)?;
            let lead = sentence[..all.start()].to_lowercase();
            let lead: Vec<&str> = lead.split_whitespace().rev().take(4).collect();
            if lead.iter().any(|w| modal_words().contains(w)) {
                return None;
            }
            let penalty = if what.as_str().eq_ignore_ascii_case("death") {
                Penalty::Death
            } else {
                Penalty::Life
            };
            Some((penalty, Span::new(offset + all.start(), offset + all.end())))
        })
        .collect()
}

/// A term in prison, when a duration stands as one: "sentenced to 25
/// years", "a sentence of six months", "25 years in prison" in a sentence
/// about sentencing. "25 years to life" is life.
pub(crate) fn as_term(
    words: &super::words::Words<'_>,
    a: usize,
    b: usize,
    d: &Duration,
) -> Option<Penalty> {
    let sentencing = |from: usize, to: usize| words.any(from, to, |w| w.starts_with("sentenc"));
    let before = if a > 0 { words.lower(a - 1) } else { "" };
    // "one to three years": a range this does not read
    if before == "to" && a >= 2 && is_number_word(words.lower(a - 2)) {
        return None;
    }
    // "could be sentenced to up to 119 years", "served a sentence of":
    // a possible or a served term, not the one passed
    if words.any(a.saturating_sub(8), a, |w| {
        modal_words().contains(&w) || w.starts_with("serv")
    }) {
        return None;
    }
    let stated = (matches!(before, "to" | "of") && sentencing(a.saturating_sub(6), a))
        || (words.lower(b) == "in"
            && matches!(words.lower(b + 1), "prison" | "jail")
            && sentencing(0, words.len()));
    if !stated || d.is_zero() {
        return None;
    }
    if words.lower(b) == "to" && words.lower(b + 1) == "life" {
        return Some(Penalty::Life);
    }
    Some(Penalty::Term(*d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn death_and_life() {
        let got = |s: &str| -> Vec<Penalty> {
            death_or_life_sentences(s, 0)
                .into_iter()
                .map(|x| x.0)
                .collect()
        };
        assert_eq!(
            got("Orozco was sentenced to death on Tuesday."),
            [Penalty::Death]
        );
        assert_eq!(
            got("A judge sentenced Ann Roe to life in prison."),
            [Penalty::Life]
        );
        assert_eq!(got("He received a life sentence."), [Penalty::Life]);
        assert!(got("Prosecutors will seek the death penalty.").is_empty());
        assert!(got("He could be sentenced to life in prison.").is_empty());
    }

    #[test]
    fn who() {
        assert_eq!(person("Orozco was sentenced to death."), "orozco");
        assert_eq!(person("A judge sentenced Ann Roe to life."), "roe");
        assert_eq!(person("He was sentenced to life."), "");
    }
}
