//! Cutting a sentence into the tokens the treebank has: punctuation apart,
//! contractions split ("do" + "n't"), hyphenated words cut at the hyphen
//! ("36", "-", "year", "-", "old") unless a part is a lone letter
//! ("e-mail"), and numbers ("20,000", "1.2"), abbreviations ("U.S.",
//! "Dr."), addresses and e-mails kept whole. Every token is a byte span of
//! the sentence.

use crate::text::segment::is_abbreviation;
use std::ops::Range;

/// The tokens of a sentence, as byte spans into it.
///
/// # Example
/// ```
/// use concord::syntax::tokenize;
/// let s = "The U.S. didn't pay $1.2-billion to 36-year-old Ann.";
/// let words: Vec<&str> = tokenize(s).into_iter().map(|r| &s[r]).collect();
/// assert_eq!(
///     words,
///     ["The", "U.S.", "did", "n't", "pay", "$", "1.2", "-", "billion", "to",
///      "36", "-", "year", "-", "old", "Ann", "."]
/// );
/// ```
pub fn tokenize(sentence: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in sentence.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                chunk(sentence, s, i, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        chunk(sentence, s, sentence.len(), &mut out);
    }
    out
}

const OPENERS: &[char] = &[
    '"', '\'', '“', '‘', '`', '(', '[', '{', '$', '£', '€', '¥', '#', '<', '«', '¿', '¡', '*',
];
const CLOSERS: &[char] = &[
    '"', '\'', '”', '’', ')', ']', '}', ',', ';', ':', '!', '?', '%', '>', '»', '*', '…',
];
const DASHES: &[char] = &['—', '–', '―'];
const CONTRACTIONS: &[&str] = &["n't", "'s", "'m", "'re", "'ve", "'ll", "'d", "'"];

/// One whitespace-free chunk `s[a..b]`.
fn chunk(s: &str, mut a: usize, mut b: usize, out: &mut Vec<Range<usize>>) {
    let text = &s[a..b];
    if text.contains("://") || text.starts_with("www.") || is_email(text) {
        let trimmed = text.trim_end_matches(['.', ',', ')', ';', '!', '?', '"']);
        out.push(a..a + trimmed.len());
        if trimmed.len() < text.len() {
            chunk(s, a + trimmed.len(), b, out);
        }
        return;
    }
    // Leading punctuation, one token each.
    while a < b {
        let c = first(&s[a..b]);
        if OPENERS.contains(&c) && b - a > c.len_utf8() {
            out.push(a..a + c.len_utf8());
            a += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, kept in order.
    let mut tail: Vec<Range<usize>> = Vec::new();
    while b > a {
        let body = &s[a..b];
        let c = last(body);
        if body.ends_with("...") && body.len() > 3 {
            tail.push(b - 3..b);
            b -= 3;
        } else if CLOSERS.contains(&c) && body.len() > c.len_utf8() {
            tail.push(b - c.len_utf8()..b);
            b -= c.len_utf8();
        } else if c == '.' && body.len() > 1 && !is_abbreviation(&body[..body.len() - 1]) {
            tail.push(b - 1..b);
            b -= 1;
        } else {
            break;
        }
    }
    dashes(s, a, b, out);
    out.extend(tail.into_iter().rev());
}

/// Cuts `s[a..b]` at dashes and "--"; each piece between goes on.
fn dashes(s: &str, a: usize, b: usize, out: &mut Vec<Range<usize>>) {
    let text = &s[a..b];
    let mut piece = a;
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let c = first(rest);
        let len = if DASHES.contains(&c) {
            c.len_utf8()
        } else if rest.starts_with("--") {
            rest.len() - rest.trim_start_matches('-').len()
        } else {
            0
        };
        if len > 0 {
            word(s, piece, a + i, out);
            out.push(a + i..a + i + len);
            i += len;
            piece = a + i;
        } else {
            i += c.len_utf8();
        }
    }
    word(s, piece, b, out);
}

/// One word: a contraction split off its end, the rest cut at hyphens.
fn word(s: &str, a: usize, b: usize, out: &mut Vec<Range<usize>>) {
    if a >= b {
        return;
    }
    let body = &s[a..b];
    let lower = body.to_lowercase().replace('’', "'");
    if lower.len() == body.len() {
        let suffix = CONTRACTIONS.iter().find(|c| {
            lower.len() > c.len()
                && lower.ends_with(*c)
                && (**c != "'" || lower.ends_with("s'"))
                && lower[..lower.len() - c.len()]
                    .chars()
                    .last()
                    .is_some_and(char::is_alphanumeric)
        });
        if let Some(suffix) = suffix {
            let cut = b - suffix.len();
            if s.is_char_boundary(cut) {
                hyphens(s, a, cut, out);
                out.push(cut..b);
                return;
            }
        }
    }
    hyphens(s, a, b, out);
}

/// Cuts `s[a..b]` at hyphens between two parts of two or more characters
/// or next to a number.
fn hyphens(s: &str, a: usize, b: usize, out: &mut Vec<Range<usize>>) {
    let mut piece = a;
    for (i, c) in s[a..b].char_indices() {
        let at = a + i;
        if c == '-' && at > piece && at + 1 < b {
            let left = &s[piece..at];
            let right_end = s[at + 1..b].find('-').map_or(b, |k| at + 1 + k);
            let right = &s[at + 1..right_end];
            let numeric = |p: &str| p.chars().next().is_some_and(|c| c.is_ascii_digit());
            let long = |p: &str| p.chars().filter(|c| c.is_alphanumeric()).count() >= 2;
            if !right.is_empty() && (numeric(left) || numeric(right) || (long(left) && long(right)))
            {
                out.push(piece..at);
                out.push(at..at + 1);
                piece = at + 1;
            }
        }
    }
    if piece < b {
        out.push(piece..b);
    }
}

fn is_email(text: &str) -> bool {
    text.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !host.starts_with('.')
    })
}

fn first(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

fn last(s: &str) -> char {
    s.chars().next_back().unwrap_or(' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn news_forms() {
        assert_eq!(
            words("a 4.6-magnitude quake"),
            ["a", "4.6", "-", "magnitude", "quake"]
        );
        assert_eq!(words("20,000 people"), ["20,000", "people"]);
        assert_eq!(
            words("\"I'm here,\" she said."),
            ["\"", "I", "'m", "here", ",", "\"", "she", "said", "."]
        );
        assert_eq!(
            words("We can't—won't—go"),
            ["We", "ca", "n't", "—", "wo", "n't", "—", "go"]
        );
        assert_eq!(
            words("an e-mail to Dr. Lee"),
            ["an", "e-mail", "to", "Dr.", "Lee"]
        );
        assert_eq!(words("(10%)"), ["(", "10", "%", ")"]);
        assert_eq!(words("the parents' car"), ["the", "parents", "'", "car"]);
        assert_eq!(words("see http://x.org/a."), ["see", "http://x.org/a", "."]);
        assert_eq!(words("wait..."), ["wait", "..."]);
        assert_eq!(words("at 1:30 a.m."), ["at", "1:30", "a.m."]);
    }

    #[test]
    fn spans_are_exact_and_cover_every_non_space() {
        for s in [
            "", " ", "--", "'", "\"“”", "a-", "-a", "x'", "n't", "é’s", "1--2", "....",
        ] {
            let spans = tokenize(s);
            let mut covered = 0;
            for (k, r) in spans.iter().enumerate() {
                assert!(
                    r.start < r.end && s.is_char_boundary(r.start) && s.is_char_boundary(r.end),
                    "{s:?}"
                );
                if k > 0 {
                    assert!(spans[k - 1].end <= r.start, "{s:?}");
                }
                covered += s[r.clone()].len();
            }
            assert_eq!(
                covered,
                s.chars()
                    .filter(|c| !c.is_whitespace())
                    .map(char::len_utf8)
                    .sum::<usize>(),
                "{s:?}"
            );
        }
    }
}
