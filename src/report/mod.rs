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
pub const SCHEMA_VERSION: u32 = 1;

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
/// assert!(json.starts_with("{\n  \"schema_version\": 1,"));
/// # Ok::<(), concord::Error>(())
/// ```
pub fn to_json(report: &Report) -> Result<String> {
    Ok(serde_json::to_string_pretty(&Versioned {
        schema_version: SCHEMA_VERSION,
        report,
    })?)
}
