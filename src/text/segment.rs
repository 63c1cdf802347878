//! Sentences (UAX #29), with the usual abbreviations mended.

use unicode_segmentation::UnicodeSegmentation;

use crate::model::Span;

crate::model::words::word_set_fn! {
    /// Words that end in a period without ending a sentence.
    fn in_abbreviations = "abbreviations.txt"
}

/// The sentences of `text[block]`, as spans into `text`, trimmed.
pub(crate) fn sentences(text: &str, block: Span) -> Vec<Span> {
    let Some(s) = block.slice(text) else {
        return Vec::new();
    };
    let mut out: Vec<Span> = Vec::new();
    for (off, piece) in s.split_sentence_bound_indices() {
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if trimmed.is_empty() {
            continue;
        }
        let span = Span::new(
            block.start + off + lead,
            block.start + off + lead + trimmed.len(),
        );
        match out.last_mut() {
            Some(last) if ends_with_abbreviation(&text[last.range()]) => last.end = span.end,
            _ => out.push(span),
        }
    }
    out
}

fn ends_with_abbreviation(sentence: &str) -> bool {
    let Some(body) = sentence.strip_suffix('.') else {
        return false;
    };
    let last = body.rsplit([' ', '(']).next().unwrap_or("");
    is_abbreviation(last)
}

/// Whether a word written before a period is an abbreviation: "Mr", a lone
/// initial, or letters and dots ("a.m", "U.S").
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    in_abbreviations(&lower)
        || (!lower.is_empty()
            && lower
                .split('.')
                .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text =
            "Mr. Smith met Gen. Lee in the U.S. on Monday. They talked at 2:09 a.m. Thursday.";
        let got: Vec<&str> = sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(
            got,
            [
                "Mr. Smith met Gen. Lee in the U.S. on Monday.",
                "They talked at 2:09 a.m. Thursday."
            ]
        );
    }
}
