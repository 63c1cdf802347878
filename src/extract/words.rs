//! The words of one sentence, lowercased, with their byte offsets, for
//! looking at what stands around a mention.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

use crate::model::Span;

pub(crate) struct Word<'a> {
    /// Span in the document.
    pub span: Span,
    pub text: &'a str,
    /// The word in lowercase, borrowed when it already is.
    pub lower: Cow<'a, str>,
    /// Whether a comma stands between this word and the one before.
    pub comma_before: bool,
}

pub(crate) struct Words<'a> {
    pub items: Vec<Word<'a>>,
}

impl<'a> Words<'a> {
    /// The words of `sentence`, which starts at byte `offset` of the document.
    pub fn new(sentence: &'a str, offset: usize) -> Self {
        let mut comma = false;
        let mut items = Vec::new();
        for (i, w) in sentence.split_word_bound_indices() {
            if !w.chars().any(char::is_alphanumeric) {
                comma |= w.contains(',');
                continue;
            }
            items.push(Word {
                span: Span::new(offset + i, offset + i + w.len()),
                text: w,
                lower: if w.chars().all(|c| c.to_lowercase().eq([c])) {
                    Cow::Borrowed(w)
                } else {
                    Cow::Owned(w.to_lowercase())
                },
                comma_before: std::mem::take(&mut comma),
            });
        }
        Words { items }
    }

    /// No words.
    pub fn empty() -> Self {
        Words { items: Vec::new() }
    }

    /// Index range of the words inside `span`.
    pub fn range_of(&self, span: Span) -> (usize, usize) {
        let a = self
            .items
            .iter()
            .position(|w| w.span.end > span.start)
            .unwrap_or(self.items.len());
        let b = self
            .items
            .iter()
            .rposition(|w| w.span.start < span.end)
            .map_or(a, |b| b + 1);
        (a, b.max(a))
    }

    pub fn lower(&self, i: usize) -> &str {
        self.items.get(i).map_or("", |w| &w.lower)
    }

    /// Whether a comma stands just before word `i`.
    pub fn comma_before(&self, i: usize) -> bool {
        self.items.get(i).is_some_and(|w| w.comma_before)
    }

    /// Whether word `i` starts with a capital letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.items
            .get(i)
            .is_some_and(|w| w.text.chars().next().is_some_and(char::is_uppercase))
    }

    /// Whether any word in `from..to` satisfies `f`.
    pub fn any(&self, from: usize, to: usize, f: impl Fn(&str) -> bool) -> bool {
        (from..to.min(self.items.len())).any(|i| f(self.lower(i)))
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }
}
