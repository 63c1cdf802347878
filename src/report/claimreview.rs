//! Conflicts as schema.org ClaimReview JSON-LD, the form fact-checkers
//! publish for search engines: one review per side of each conflict, whose
//! claim is what that side's sources say, rated as disputed by the others.

use serde::Serialize;

use crate::{Conflict, Report, Result, Side, SourceInfo};

#[derive(Serialize)]
struct ClaimReview<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "claimReviewed")]
    claim_reviewed: String,
    #[serde(rename = "itemReviewed")]
    item_reviewed: Claim<'a>,
    #[serde(rename = "reviewRating")]
    review_rating: Rating,
    #[serde(rename = "reviewBody")]
    review_body: &'a str,
    author: Organization,
}

#[derive(Serialize)]
struct Claim<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    text: String,
    appearance: Vec<Appearance<'a>>,
}

#[derive(Serialize)]
struct Appearance<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "identifier")]
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Organization>,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct Rating {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "ratingValue")]
    rating_value: u8,
    #[serde(rename = "bestRating")]
    best_rating: u8,
    #[serde(rename = "worstRating")]
    worst_rating: u8,
    #[serde(rename = "alternateName")]
    alternate_name: &'static str,
    #[serde(rename = "ratingExplanation")]
    rating_explanation: String,
}

#[derive(Serialize)]
struct Organization {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: String,
}

/// Every conflict as ClaimReview JSON-LD: a JSON array with one review per
/// side. The rating is "Disputed" (2 on a scale of 1 to 3, where 3 is
/// supported by every report that speaks of it): other reports of the same
/// event give another value. A source's address is given as its `url` when
/// its id is one; otherwise it is named by `identifier`, headline,
/// publisher and date.
///
/// # Errors
/// [`Error::Json`](crate::Error::Json) if serialization fails.
///
/// # Example
/// ```
/// use concord::{reconcile, Options, Source};
/// let a = Source::new("wire", "Talks resume\nThe parties held their first talks in over six years on Tuesday, officials said.")
///     .with_published_str("2025-01-15")?;
/// let b = Source::new("daily", "Talks restart\nThe parties restarted their talks after seven years on Tuesday, officials said.")
///     .with_published_str("2025-01-15")?;
/// let report = reconcile(&[a, b], &Options::new())?;
/// let jsonld = concord::report::to_claimreview(&report)?;
/// assert!(jsonld.contains("\"@type\": \"ClaimReview\""));
/// assert!(jsonld.contains("\"alternateName\": \"Disputed\""));
/// # Ok::<(), concord::Error>(())
/// ```
pub fn to_claimreview(report: &Report) -> Result<String> {
    let mut reviews = Vec::new();
    for conflict in &report.conflicts {
        for (i, side) in conflict.sides.iter().enumerate() {
            reviews.push(review(report, conflict, i, side));
        }
    }
    serde_json::to_string_pretty(&reviews).map_err(crate::Error::json)
}

fn review<'a>(
    report: &'a Report,
    conflict: &'a Conflict,
    i: usize,
    side: &'a Side,
) -> ClaimReview<'a> {
    let others: Vec<String> = conflict
        .sides
        .iter()
        .enumerate()
        .filter(|(j, _)| *j != i)
        .map(|(_, s)| {
            format!(
                "{} ({} report{})",
                s.value,
                s.sources.len(),
                plural(s.sources.len())
            )
        })
        .collect();
    let info = |id: &str| report.sources.iter().find(|s| s.id == id);
    let appearance = side
        .sources
        .iter()
        .map(|id| appearance(id, info(id)))
        .collect();
    let quotes: Vec<&str> = side.evidence.iter().map(|e| e.quote.as_str()).collect();
    ClaimReview {
        context: "https://schema.org",
        kind: "ClaimReview",
        claim_reviewed: format!("{}: {}", conflict.attribute, side.value),
        item_reviewed: Claim {
            kind: "Claim",
            text: quotes.join(" … "),
            appearance,
        },
        review_rating: Rating {
            kind: "Rating",
            rating_value: 2,
            best_rating: 3,
            worst_rating: 1,
            alternate_name: "Disputed",
            rating_explanation: format!(
                "{} report{} of the same event give{} {}; other reports give {}.",
                side.sources.len(),
                plural(side.sources.len()),
                if side.sources.len() == 1 { "s" } else { "" },
                side.value,
                others.join(", ")
            ),
        },
        review_body: &conflict.explanation,
        author: Organization {
            kind: "Organization",
            name: "concord".to_string(),
        },
    }
}

fn appearance<'a>(id: &'a str, info: Option<&'a SourceInfo>) -> Appearance<'a> {
    let is_url = id.starts_with("https://") || id.starts_with("http://");
    Appearance {
        kind: "CreativeWork",
        id,
        headline: info.and_then(|s| s.title.as_deref()),
        publisher: info
            .and_then(|s| s.outlet.clone())
            .map(|name| Organization {
                kind: "Organization",
                name,
            }),
        date_published: info.and_then(|s| s.published).map(|d| d.to_string()),
        url: is_url.then_some(id),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
