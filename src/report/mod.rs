//! Rendering a [`Report`]: text for a person, JSON for a program,
//! an HTML page with the disputed words marked, ClaimReview JSON-LD for
//! publishing.
//! Rendering never recomputes anything.

mod claimreview;
mod html;
mod text;

pub use claimreview::to_claimreview;
pub use html::to_html;
pub use text::{to_text, to_text_with};

use crate::{Report, Result};

/// The version of the JSON shape [`to_json`] writes, as its
/// `schema_version` field; `schema/report.schema.json` describes it.
pub const SCHEMA_VERSION: u32 = 4;

#[derive(serde::Serialize)]
struct Versioned<'a> {
    schema_version: u32,
    #[serde(flatten)]
    report: &'a Report,
}

/// The report as pretty JSON, in the shape `schema/report.schema.json`
/// describes, with its `schema_version` first.
///
/// # Errors
/// [`Error::Json`](crate::Error::Json) if serialization fails.
///
/// # Example
/// ```
/// let json = concord::report::to_json(&concord::Report::default())?;
/// assert!(json.contains("\"conflicts\": []"));
/// assert!(json.starts_with("{\n  \"schema_version\": 4,"));
/// # Ok::<(), concord::Error>(())
/// ```
pub fn to_json(report: &Report) -> Result<String> {
    serde_json::to_string_pretty(&Versioned {
        schema_version: SCHEMA_VERSION,
        report,
    })
    .map_err(crate::Error::json)
}

/// The report's conflicts as JSON Lines: one conflict a line, in the shape
/// of `$defs.conflict` in `schema/report.schema.json`, each line ended.
///
/// # Errors
/// [`Error::Json`](crate::Error::Json) if serialization fails.
///
/// # Example
/// ```
/// use concord::{reconcile, Options, Source};
/// let a = Source::new("a", "Rivals hold first talks in six years\n\
///     The two rival parties held their first talks in six years on Tuesday in the capital.")
///     .with_published_str("2025-01-15")?;
/// let b = Source::new("b", "Rival parties restart talks after seven years\n\
///     The two rival parties restarted their talks after seven years on Tuesday in the capital.")
///     .with_published_str("2025-01-15")?;
/// let lines = concord::report::to_jsonl(&reconcile(&[a, b], &Options::new())?)?;
/// assert_eq!(lines.lines().count(), 1);
/// assert!(lines.starts_with("{\"event\":"));
/// # Ok::<(), concord::Error>(())
/// ```
pub fn to_jsonl(report: &Report) -> Result<String> {
    let mut out = String::new();
    for c in &report.conflicts {
        out.push_str(&serde_json::to_string(c).map_err(crate::Error::json)?);
        out.push('\n');
    }
    Ok(out)
}
