//! Sources: one report each.

use std::path::Path;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::Note;
use crate::error::{Error, Result};

/// How to treat bytes that are not UTF-8.
///
/// # Example
/// ```
/// use concord::{Decoding, Source};
/// let s = Source::from_bytes("a", b"caf\xE9 talks", Decoding::Lossy).unwrap();
/// assert_eq!(s.text, "caf\u{FFFD} talks");
/// assert_eq!(s.notes.len(), 1);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Decoding {
    /// Invalid UTF-8 is an [`Error::InvalidUtf8`].
    #[default]
    Strict,
    /// Invalid sequences become U+FFFD and a note says how many and where.
    Lossy,
}

/// One report: its id, its text and what is known of it.
///
/// # Example
/// ```
/// use concord::Source;
/// let s = Source::new("wire-1", "Talks resumed on Tuesday.")
///     .with_published(jiff::civil::date(2025, 1, 15))
///     .with_outlet("Wire");
/// assert_eq!(s.published, Some(jiff::civil::date(2025, 1, 15)));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Source {
    /// The id the report uses (a file's stem by default).
    pub id: String,
    /// The page's text, chrome and all.
    pub text: String,
    /// The outlet, when the caller knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The headline, when the caller knows it (otherwise found in the page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The publication date, when the caller knows it (otherwise found in the page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Date>,
    /// The event the caller assigns it to (otherwise the reconciler groups).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// What decoding replaced, if anything.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
}

impl Source {
    /// A source from text.
    ///
    /// # Example
    /// ```
    /// let s = concord::Source::new("a", "text");
    /// assert_eq!(s.id, "a");
    /// ```
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            id: id.into(),
            text: text.into(),
            outlet: None,
            title: None,
            published: None,
            event: None,
            notes: Vec::new(),
        }
    }

    /// A source from bytes.
    ///
    /// # Errors
    /// [`Error::InvalidUtf8`] in strict mode when the bytes are not UTF-8.
    ///
    /// # Example
    /// ```
    /// use concord::{Decoding, Source};
    /// let s = Source::from_bytes("a", "ok".as_bytes(), Decoding::Strict)?;
    /// assert_eq!(s.text, "ok");
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn from_bytes(id: impl Into<String>, bytes: &[u8], decoding: Decoding) -> Result<Self> {
        let id = id.into();
        super::decode::decode(&id, bytes, decoding).map(|(text, notes)| Source {
            notes,
            ..Source::new(id.clone(), text)
        })
    }

    /// A source from a file; its id is the file's stem.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read, and as [`Source::from_bytes`].
    ///
    /// # Example
    /// ```no_run
    /// let s = concord::Source::from_path("seeds/a.txt", concord::Decoding::Lossy)?;
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn from_path(path: impl AsRef<Path>, decoding: Decoding) -> Result<Self> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        Source::from_bytes(id, &bytes, decoding)
    }

    /// Sets the publication date.
    ///
    /// # Example
    /// ```
    /// let s = concord::Source::new("a", "t").with_published(jiff::civil::date(2024, 5, 30));
    /// assert!(s.published.is_some());
    /// ```
    pub fn with_published(mut self, date: Date) -> Self {
        self.published = Some(date);
        self
    }

    /// Sets the publication date from `YYYY-MM-DD` text.
    ///
    /// # Errors
    /// [`Error::InvalidDate`] when the text is not a valid date.
    ///
    /// # Example
    /// ```
    /// let s = concord::Source::new("a", "t").with_published_str("2024-05-30")?;
    /// assert!(concord::Source::new("a", "t").with_published_str("2024-02-30").is_err());
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn with_published_str(self, date: &str) -> Result<Self> {
        let parsed: Date = date.parse().map_err(|_| Error::InvalidDate {
            id: self.id.clone(),
            value: date.to_string(),
        })?;
        Ok(self.with_published(parsed))
    }

    /// A source from one line of JSON Lines, `{"id", "published", "text"}`
    /// (`published`, `YYYY-MM-DD`, may be left out or null): the format
    /// the tool streams and the distributed example reads.
    ///
    /// # Errors
    /// [`Error::Json`] when the line is not such an object;
    /// [`Error::InvalidDate`] when `published` is not a valid date.
    ///
    /// # Example
    /// ```
    /// let s = concord::Source::from_json_line(r#"{"id": "a", "published": "2024-05-30", "text": "Talks resumed."}"#)?;
    /// assert_eq!(s.published, Some(jiff::civil::date(2024, 5, 30)));
    /// assert!(concord::Source::from_json_line(r#"{"id": "a"}"#).is_err());
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn from_json_line(line: &str) -> Result<Source> {
        #[derive(Deserialize)]
        struct Line {
            id: String,
            #[serde(default)]
            published: Option<String>,
            text: String,
        }
        let l: Line = serde_json::from_str(line).map_err(Error::json)?;
        let source = Source::new(l.id, l.text);
        match l.published {
            Some(d) => source.with_published_str(&d),
            None => Ok(source),
        }
    }

    /// Sets the outlet.
    ///
    /// # Example
    /// ```
    /// let s = concord::Source::new("a", "t").with_outlet("Wire");
    /// assert_eq!(s.outlet.as_deref(), Some("Wire"));
    /// ```
    pub fn with_outlet(mut self, outlet: impl Into<String>) -> Self {
        self.outlet = Some(outlet.into());
        self
    }

    /// Assigns the source to an event, so the reconciler does not group it.
    ///
    /// # Example
    /// ```
    /// let s = concord::Source::new("a", "t").with_event("harbour-talks");
    /// assert_eq!(s.event.as_deref(), Some("harbour-talks"));
    /// ```
    pub fn with_event(mut self, event: impl Into<String>) -> Self {
        self.event = Some(event.into());
        self
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.id)?;
        if let Some(o) = &self.outlet {
            write!(f, " ({o})")?;
        }
        match self.published {
            Some(d) => write!(f, ", published {d}, {} bytes", self.text.len()),
            None => write!(f, ", {} bytes", self.text.len()),
        }
    }
}
