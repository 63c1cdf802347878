//! Limits and choices for a run, with sensible defaults.

/// How concord runs: limits on what it reads. Past a limit the report says
/// what was skipped; nothing is dropped silently.
///
/// # Example
/// ```
/// use concord::Options;
/// let opts = Options::new().max_source_bytes(1 << 20).max_sentence_bytes(2_000);
/// assert_eq!(opts.source_limit(), 1 << 20);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    max_source_bytes: usize,
    max_sentence_bytes: usize,
    max_mentions: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_source_bytes: 16 << 20,
            max_sentence_bytes: 4_000,
            max_mentions: 20_000,
        }
    }
}

impl Options {
    /// The defaults: 16 MiB per source, 4,000 bytes per sentence, 20,000
    /// mentions per source.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().sentence_limit(), 4_000);
    /// ```
    pub fn new() -> Self {
        Options::default()
    }

    /// Largest source read; a larger one is an [`Error::TooLarge`](crate::Error::TooLarge).
    ///
    /// # Example
    /// ```
    /// let o = concord::Options::new().max_source_bytes(10);
    /// assert_eq!(o.source_limit(), 10);
    /// ```
    pub fn max_source_bytes(mut self, bytes: usize) -> Self {
        self.max_source_bytes = bytes;
        self
    }

    /// Longest sentence read for claims; longer ones are skipped with a note.
    ///
    /// # Example
    /// ```
    /// let o = concord::Options::new().max_sentence_bytes(100);
    /// assert_eq!(o.sentence_limit(), 100);
    /// ```
    pub fn max_sentence_bytes(mut self, bytes: usize) -> Self {
        self.max_sentence_bytes = bytes;
        self
    }

    /// Most mentions read from one source; the rest are skipped with a note.
    ///
    /// # Example
    /// ```
    /// let o = concord::Options::new().max_mentions(5);
    /// assert_eq!(o.mention_limit(), 5);
    /// ```
    pub fn max_mentions(mut self, n: usize) -> Self {
        self.max_mentions = n;
        self
    }

    /// The source size limit.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().source_limit(), 16 << 20);
    /// ```
    pub fn source_limit(&self) -> usize {
        self.max_source_bytes
    }

    /// The sentence length limit.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Options::new().sentence_limit() > 0);
    /// ```
    pub fn sentence_limit(&self) -> usize {
        self.max_sentence_bytes
    }

    /// The mention limit.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Options::new().mention_limit() > 0);
    /// ```
    pub fn mention_limit(&self) -> usize {
        self.max_mentions
    }
}
