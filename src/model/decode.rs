//! Bytes to text: strict, or lossy with a note.

use super::{Decoding, Note, NoteKind, Span};
use crate::error::{Error, Result};

/// Decodes `bytes`; a leading byte-order mark is dropped.
pub(crate) fn decode(id: &str, bytes: &[u8], decoding: Decoding) -> Result<(String, Vec<Note>)> {
    let mut notes = Vec::new();
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => {
            notes.push(
                Note::new(NoteKind::Decoding, Some(id), "dropped a byte-order mark")
                    .at(Span::new(0, 3)),
            );
            rest
        }
        None => bytes,
    };
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), notes)),
        Err(e) if decoding == Decoding::Strict => Err(Error::InvalidUtf8 {
            id: id.to_string(),
            offset: e.valid_up_to() + bom,
        }),
        Err(_) => {
            let mut text = String::with_capacity(bytes.len());
            let mut replaced = 0usize;
            let mut first = None;
            let mut offset = 0;
            for chunk in bytes.utf8_chunks() {
                text.push_str(chunk.valid());
                offset += chunk.valid().len();
                if !chunk.invalid().is_empty() {
                    first.get_or_insert(offset);
                    replaced += 1;
                    text.push('\u{FFFD}');
                    offset += chunk.invalid().len();
                }
            }
            let first = first.unwrap_or(0) + bom;
            notes.push(Note::new(
                NoteKind::Decoding,
                Some(id),
                format!("replaced {replaced} invalid UTF-8 sequence(s) with U+FFFD, the first at byte {first}"),
            ));
            Ok((text, notes))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_and_lossy() {
        assert!(matches!(
            decode("a", b"ab\xFFc", Decoding::Strict),
            Err(Error::InvalidUtf8 { offset: 2, .. })
        ));
        let (text, notes) = decode("a", b"ab\xFFc\xFE", Decoding::Lossy).unwrap();
        assert_eq!(text, "ab\u{FFFD}c\u{FFFD}");
        assert!(notes[0].message.contains("replaced 2"));
        let (text, notes) = decode("a", b"\xEF\xBB\xBFhi", Decoding::Strict).unwrap();
        assert_eq!((text.as_str(), notes.len()), ("hi", 1));
    }
}
