//! One pass of word segmentation, with each token classified once.

use unicode_segmentation::UnicodeSegmentation;

use super::lexicon::{self, Lex};

/// A run of ASCII digits with separators, and what is glued after it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct NumTok {
    pub value: f64,
    /// Digits before any separator or suffix.
    pub int_digits: usize,
    /// Whether it has a `,` or `.` inside.
    pub separated: bool,
    /// Whether it has a fractional part.
    pub fractional: bool,
    pub suffix: Suffix,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Suffix {
    None,
    /// "9th", "1st".
    Ordinal,
    /// "2bn", "40m".
    Scale(f64),
    /// Anything else glued on ("5km", "737MAX").
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Kind {
    Space,
    Num(NumTok),
    Word(Lex),
    Punct(char),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Digit runs longer than this are not numbers (ids, junk, hashes).
const MAX_DIGITS: usize = 24;

/// Splits `text` on word boundaries (UAX #29) and classifies each piece.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut buf = [0u8; 16];
    for (start, piece) in text.split_word_bound_indices() {
        let end = start + piece.len();
        let first = piece.chars().next().unwrap_or(' ');
        let kind = if first.is_whitespace() {
            Kind::Space
        } else if first.is_ascii_digit() {
            match parse_num(piece) {
                Some(n) => Kind::Num(n),
                None => Kind::Word(Lex::Other),
            }
        } else if first.is_alphabetic() {
            Kind::Word(classify(piece, &mut buf))
        } else if piece.chars().nth(1).is_none() {
            Kind::Punct(first)
        } else {
            Kind::Word(Lex::Other)
        };
        out.push(Tok { start, end, kind });
    }
    out
}

fn classify(word: &str, buf: &mut [u8; 16]) -> Lex {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return Lex::Other;
    }
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    let lex = std::str::from_utf8(lower)
        .map(lexicon::lookup)
        .unwrap_or(Lex::Other);
    // "Friday's", "May's": a day or month in the possessive is still one
    if lex == Lex::Other && lower.ends_with(b"'s") && lower.len() > 2 {
        if let Ok(stem) = std::str::from_utf8(&lower[..lower.len() - 2]) {
            let l = lexicon::lookup(stem);
            if matches!(l, Lex::Weekday(_) | Lex::Month(_)) {
                return l;
            }
        }
    }
    lex
}

fn parse_num(piece: &str) -> Option<NumTok> {
    let bytes = piece.as_bytes();
    let mut digits = String::new();
    let mut int_digits = 0;
    let mut seen_dot = false;
    let mut separated = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            if !seen_dot {
                int_digits += 1;
            }
            if digits.len() >= MAX_DIGITS {
                return None;
            }
            digits.push(b as char);
        } else if (b == b',' || b == b'.') && i + 1 < bytes.len() && bytes[i + 1].is_ascii_digit() {
            separated = true;
            if b == b'.' {
                if seen_dot {
                    return None; // "1.2.3": a version or a numbering, not a number
                }
                seen_dot = true;
                digits.push('.');
            }
        } else {
            break;
        }
        i += 1;
    }
    let value: f64 = digits.parse().ok()?;
    let rest = &piece[i..];
    let suffix = if rest.is_empty() {
        Suffix::None
    } else {
        let lower = rest.to_ascii_lowercase();
        if matches!(lower.as_str(), "st" | "nd" | "rd" | "th") && !seen_dot {
            Suffix::Ordinal
        } else if let Some(scale) = lexicon::scale_suffix(&lower) {
            Suffix::Scale(scale)
        } else {
            Suffix::Other
        }
    };
    Some(NumTok {
        value,
        int_digits,
        separated,
        fractional: seen_dot,
        suffix,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        tokenize(text).into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn numbers() {
        let k = kinds("1,200 3.5 9th 2bn");
        assert!(matches!(k[0], Kind::Num(NumTok { value, .. }) if value == 1200.0));
        assert!(matches!(k[2], Kind::Num(NumTok { value, .. }) if value == 3.5));
        assert!(matches!(
            k[4],
            Kind::Num(NumTok {
                suffix: Suffix::Ordinal,
                ..
            })
        ));
        assert!(matches!(
            k[6],
            Kind::Num(NumTok {
                suffix: Suffix::Scale(_),
                ..
            })
        ));
    }

    #[test]
    fn long_digit_runs_are_not_numbers() {
        let long = "9".repeat(100);
        assert_eq!(kinds(&long), vec![Kind::Word(Lex::Other)]);
    }

    #[test]
    fn spans_cover_text() {
        let text = "Talks, after six-year hiatus… 05/21/2024";
        let toks = tokenize(text);
        let joined: String = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(joined, text);
    }
}
