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

/// The report as pretty JSON, in the shape documented in the README.
///
/// # Errors
/// [`Error::Json`](crate::Error::Json) if serialization fails.
///
/// # Example
/// ```
/// let json = concord::report::to_json(&concord::Report::default())?;
/// assert!(json.contains("\"conflicts\": []"));
/// # Ok::<(), concord::Error>(())
/// ```
pub fn to_json(report: &Report) -> Result<String> {
    Ok(serde_json::to_string_pretty(report)?)
}
