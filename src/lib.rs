//! concord finds where news reports of one event disagree.
//!
//! It reads reports, extracts typed claims (the date of the event, the time
//! since something last happened, counts, ordinals, who held which role),
//! anchors them in time, groups the reports into events, and reports which
//! sources disagree, with the exact words as evidence and a plain
//! explanation. It is deterministic and offline.
//!
//! # Quick start
//! ```
//! use concord::{reconcile, Options, Source};
//!
//! let a = Source::new("wire", "Rival parties hold first talks in over six years\n\
//!     The rival parties held their first talks in over six years on Tuesday, officials said.")
//!     .with_published_str("2025-01-15")?;
//! let b = Source::new("daily", "Rival parties restart talks after seven years\n\
//!     The rival parties restarted their talks after seven years on Tuesday, officials said.")
//!     .with_published_str("2025-01-15")?;
//! let report = reconcile(&[a, b], &Options::new())?;
//! let conflict = &report.conflicts[0];
//! assert_eq!(conflict.kind, concord::ValueKind::Duration);
//! assert_eq!(conflict.sides.len(), 2);
//! println!("{}", concord::report::to_text(&report));
//! # Ok::<(), concord::Error>(())
//! ```
//!
//! # The pipeline
//! [`text`] prepares a page (repair, zones, sentences, page date);
//! [`recognize`] finds typed mentions; [`syntax`] tags and parses a
//! sentence with a model trained on a public treebank; [`extract`] turns them into
//! [`Claim`]s; [`reconcile()`] groups sources into events and compares
//! claims; [`report`] renders the [`Report`]. Every stage hands the next a
//! plain, serde-serializable value.
//!
//! # Untrusted input
//! concord reads scraped pages. It never panics on any input: invalid
//! UTF-8 is an [`Error::InvalidUtf8`] or, with [`Decoding::Lossy`], replaced
//! with a note; sources over [`Options::max_source_bytes`] are an
//! [`Error::TooLarge`]; sentences over [`Options::max_sentence_bytes`] and
//! mentions over [`Options::max_mentions`] are skipped with a note. Claims
//! are compared only within one event and attribute; reports are compared
//! only when they share a rare term (see RELIABILITY.md for what is and is
//! not yet linear).
//!
//! # Depending on it
//! `concord = "0.1"` in `[dependencies]` brings the library and the
//! `concord` tool; `concord = { version = "0.1", default-features = false }`
//! leaves out the tool and its argument parser (the `cli` feature).
//!
#![doc = include_str!("manual.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod error;
pub mod extract;
mod model;
mod options;
pub mod recognize;
mod reconcile;
pub mod report;
pub mod syntax;
pub mod text;

pub use error::{Error, Result};
pub use model::{
    Agreement, Approx, Attribute, Basis, CalendarUnit, Claim, Conflict, Copied, CopyGroup,
    CopyKind, DateExpr, DateValue, Decoding, Dimension, Duration, Event, Evidence, Facet, Frame,
    Harm, Hint, Interval, Lemma, Note, NoteKind, Number, Penalty, Quantity, Reading, Record,
    Report, Resolution, Side, Source, SourceInfo, Span, TimeOfDay, Value, ValueKind, Weekday,
    Window, Zone,
};
pub use options::Options;
pub use reconcile::{reconcile, reconcile_claims, reconcile_with_progress, Batch, Stream};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
