//! Half-open byte ranges into a text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a text; `&text[span.range()]`
/// is the quote.
///
/// # Example
/// ```
/// use concord::Span;
///
/// let text = "after a six-year hiatus";
/// let span = Span::new(8, 16);
/// assert_eq!(span.slice(text), Some("six-year"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Span::new(2, 5).len(), 3);
    /// ```
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Its length in bytes.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Span::new(4, 4).len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether it covers no byte.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Span::new(4, 4).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The range, for slicing.
    ///
    /// # Example
    /// ```
    /// assert_eq!(&"hello"[concord::Span::new(1, 3).range()], "el");
    /// ```
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The text it covers, or `None` when it is out of bounds or not on
    /// character boundaries.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Span::new(0, 9).slice("short"), None);
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.range())
    }

    /// Whether `other` lies within this span.
    ///
    /// # Example
    /// ```
    /// use concord::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 4)));
    /// ```
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}
