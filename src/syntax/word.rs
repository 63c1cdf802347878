//! What the tagger and parser see of a word: hashes of its form, lowercase,
//! affixes and shape, computed once per word.

use super::hash;

/// The hashed views of one word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Atoms {
    pub(crate) form: u64,
    pub(crate) lower: u64,
    pub(crate) prefix: [u64; 3],
    pub(crate) suffix: [u64; 4],
    pub(crate) shape: u64,
    /// Written in digits alone, with their separators ("2,129", "3.5").
    pub(crate) numeral: bool,
}

impl Atoms {
    pub(crate) fn of(word: &str) -> Atoms {
        let lower = word.to_lowercase();
        let mut prefix = [0u64; 3];
        let mut suffix = [0u64; 4];
        // Byte offsets of the first four and the last four characters.
        let mut heads = [lower.len(); 4];
        for (k, (i, _)) in lower.char_indices().skip(1).take(3).enumerate() {
            heads[k] = i;
        }
        let mut tails = [0usize; 4];
        for (k, (i, _)) in lower.char_indices().rev().take(4).enumerate() {
            tails[k] = i;
        }
        let n = lower.chars().count();
        for (k, p) in prefix.iter_mut().enumerate() {
            *p = hash::mix(hash::text(&lower[..heads[k]]), 1 + k as u64);
        }
        for (k, s) in suffix.iter_mut().enumerate() {
            let start = if k + 1 >= n { 0 } else { tails[k] };
            *s = hash::mix(hash::text(&lower[start..]), 11 + k as u64);
        }
        Atoms {
            form: hash::text(word),
            lower: hash::text(&lower),
            prefix,
            suffix,
            shape: hash::text(&shape(word)),
            numeral: is_numeral(word),
        }
    }
}

/// Digits with their separators, a digit at each end: "2,129", "3.5".
fn is_numeral(word: &str) -> bool {
    let b = word.as_bytes();
    b.first().is_some_and(u8::is_ascii_digit)
        && b.last().is_some_and(u8::is_ascii_digit)
        && b.iter()
            .all(|c| c.is_ascii_digit() || *c == b',' || *c == b'.')
}

/// A word's shape: capitals as X, small letters as x, digits as d, other
/// characters as they are, runs cut at two ("Leeds" is "Xxx", "1,200"
/// is "d,dd").
pub(crate) fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = '\0';
    let mut run = 0;
    for c in word.chars().take(24) {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if k == last {
            run += 1;
        } else {
            run = 1;
            last = k;
        }
        if run <= 2 {
            out.push(k);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("Leeds"), "Xxx");
        assert_eq!(shape("1,200"), "d,dd");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape(""), "");
    }

    #[test]
    fn affixes_of_short_and_non_ascii_words() {
        let a = Atoms::of("é");
        assert_eq!(a.prefix[0], hash::mix(hash::text("é"), 1));
        assert_eq!(a.suffix[3], hash::mix(hash::text("é"), 14));
        let b = Atoms::of("Bombs");
        assert_eq!(b.lower, hash::text("bombs"));
        assert_eq!(b.suffix[0], hash::mix(hash::text("s"), 11));
    }
}
