//! Mojibake repair: UTF-8 that was decoded as Windows-1252 or Windows-874
//! ("โ€˜" for "‘", "Ã©" for "é") is turned back into what was meant.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::{Note, NoteKind, Span};

/// Characters that the single-byte code pages decode high bytes to, and the
/// byte each came from. Windows-1252 first, then Windows-874 for the rest.
fn table() -> &'static HashMap<char, u8> {
    static TABLE: OnceLock<HashMap<char, u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::new();
        for encoding in [encoding_rs::WINDOWS_1252, encoding_rs::WINDOWS_874] {
            for byte in 0x80u8..=0xFF {
                let input = [byte];
                let (decoded, had_errors) = encoding.decode_without_bom_handling(&input);
                let mut chars = decoded.chars();
                if let (Some(c), None, false) = (chars.next(), chars.next(), had_errors) {
                    map.entry(c).or_insert(byte);
                }
            }
        }
        map
    })
}

/// Repairs mojibake in `text`. Returns the repaired text and one note per
/// repaired run, placed at its span in the input. Text without mojibake is
/// returned unchanged.
pub(crate) fn repair(id: &str, text: &str) -> (String, Vec<Note>) {
    let table = table();
    let mut out = String::with_capacity(text.len());
    let mut notes = Vec::new();
    let mut run: Vec<(usize, char, u8)> = Vec::new();
    for (i, c) in text.char_indices() {
        match (c.is_ascii(), table.get(&c)) {
            (false, Some(&b)) => run.push((i, c, b)),
            _ => {
                flush(id, &mut run, &mut out, &mut notes);
                out.push(c);
            }
        }
    }
    flush(id, &mut run, &mut out, &mut notes);
    (out, notes)
}

/// Decodes a run of code-page characters as UTF-8 where it forms valid
/// multi-byte sequences; keeps the rest as it was.
fn flush(id: &str, run: &mut Vec<(usize, char, u8)>, out: &mut String, notes: &mut Vec<Note>) {
    let mut k = 0;
    while k < run.len() {
        let lead = run[k].2;
        let len = match lead {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 0,
        };
        if len > 0 && k + len <= run.len() {
            let bytes: Vec<u8> = run[k..k + len].iter().map(|r| r.2).collect();
            if let Ok(s) = std::str::from_utf8(&bytes) {
                let start = run[k].0;
                let last = run[k + len - 1];
                let span = Span::new(start, last.0 + last.1.len_utf8());
                let was: String = run[k..k + len].iter().map(|r| r.1).collect();
                notes.push(
                    Note::new(
                        NoteKind::Repair,
                        Some(id),
                        format!("repaired mojibake {was:?} to {s:?}"),
                    )
                    .at(span),
                );
                out.push_str(s);
                k += len;
                continue;
            }
        }
        out.push(run[k].1);
        k += 1;
    }
    run.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_and_latin_code_pages() {
        let (text, notes) = repair("a", "โ€˜Milky seaโ€™ events");
        assert_eq!(text, "‘Milky sea’ events");
        assert_eq!(notes.len(), 2);
        assert_eq!(notes[0].span, Some(Span::new(0, 8)));
        assert_eq!(repair("a", "cafÃ© Â£5").0, "café £5");
    }

    #[test]
    fn clean_text_is_untouched() {
        for t in ["Asia’s “restart” — café, naïve, €40m, 東京", "plain"] {
            let (text, notes) = repair("a", t);
            assert_eq!(text, t);
            assert!(notes.is_empty());
        }
    }
}
