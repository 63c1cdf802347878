//! The crate's one error type.

use std::path::PathBuf;

/// Everything that can go wrong in concord, with the value and the place.
///
/// # Example
/// ```
/// use concord::{Decoding, Error, Source};
///
/// let err = Source::from_bytes("a", b"caf\xE9", Decoding::Strict).unwrap_err();
/// assert!(matches!(err, Error::InvalidUtf8 { offset: 3, .. }));
/// assert_eq!(err.to_string(), "source \"a\": invalid UTF-8 at byte 3");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes of a source are not UTF-8 and strict decoding was asked for.
    #[error("source {id:?}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// The source's id.
        id: String,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A source has no text once white space is set aside.
    #[error("source {id:?} has no text")]
    EmptySource {
        /// The source's id.
        id: String,
    },
    /// A source is larger than the configured limit.
    #[error("source {id:?} is {size} bytes, over the limit of {limit}")]
    TooLarge {
        /// The source's id.
        id: String,
        /// Its size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A date given by the caller could not be read.
    #[error("source {id:?}: invalid date {value:?}")]
    InvalidDate {
        /// The source's id.
        id: String,
        /// The text that was given.
        value: String,
    },
    /// Two sources were given the same id.
    #[error("two sources share the id {id:?}")]
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A file could not be read.
    #[error("cannot read {path:?}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// JSON could not be written or read.
    #[error("JSON: {message}")]
    Json {
        /// What went wrong, in the JSON library's words (with the place).
        message: String,
        /// The line where it went wrong (1-based; 0 when writing).
        line: usize,
        /// The column where it went wrong (1-based; 0 when writing).
        column: usize,
    },
}

impl Error {
    /// The JSON library's error as concord's, so no third-party type
    /// shows in a signature.
    pub(crate) fn json(e: serde_json::Error) -> Self {
        Error::Json {
            message: e.to_string(),
            line: e.line(),
            column: e.column(),
        }
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
