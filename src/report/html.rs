//! The report as one self-contained HTML page (maud templates): the events
//! on a timeline, each conflict with its sides, and the reports' texts with
//! the disputed words marked and linked to their conflict.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use crate::text::Document;
use crate::{Conflict, Report};

const STYLE: &str = "
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70em;padding:1em 2em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:2em}
.timeline{border-left:3px solid #888;margin-left:.5em;padding-left:1em;list-style:none}
.timeline li{margin:.4em 0}.timeline time{font-weight:600;margin-right:.6em}
.conflict{border:1px solid #ddd;border-radius:6px;margin:1em 0;padding:.6em 1em}
.conflict:target{border-color:#c60;box-shadow:0 0 0 3px #fc9}
.side{margin:.3em 0}.value{font-weight:600}.why{color:#555}
mark{background:#ffd966;padding:0 .1em}mark a{color:inherit;text-decoration:none}
mark.lit{background:#f90}
.source{border-top:1px solid #eee;padding-top:.5em}.source pre{white-space:pre-wrap;font:inherit}
";

/// Marks the words of every conflict whose anchor is followed.
const SCRIPT: &str = "
document.addEventListener('click', function (e) {
  var a = e.target.closest('a[data-conflict]');
  if (!a) { return; }
  var n = a.getAttribute('data-conflict');
  document.querySelectorAll('mark').forEach(function (m) {
    m.classList.toggle('lit', (' ' + m.getAttribute('data-conflicts') + ' ').indexOf(' ' + n + ' ') >= 0);
  });
});
";

/// The report as an HTML page. `documents` are the prepared texts the
/// report's evidence points into (from [`Document::prepare`]); a report
/// whose document is not given is listed without its text.
///
/// # Example
/// ```
/// use concord::{reconcile, text::Document, Options, Source};
/// let a = Source::new("wire", "Talks resume\nThe parties held their first talks in over six years on Tuesday, officials said.")
///     .with_published_str("2025-01-15")?;
/// let b = Source::new("daily", "Talks restart\nThe parties restarted their talks after seven years on Tuesday, officials said.")
///     .with_published_str("2025-01-15")?;
/// let opts = Options::new();
/// let report = reconcile(&[a.clone(), b.clone()], &opts)?;
/// let docs = [Document::prepare(&a, &opts)?, Document::prepare(&b, &opts)?];
/// let page = concord::report::to_html(&report, &docs);
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert!(page.contains(r#"data-conflicts="1""#));
/// # Ok::<(), concord::Error>(())
/// ```
pub fn to_html(report: &Report, documents: &[Document]) -> String {
    let mut events: Vec<_> = report.events.iter().collect();
    events.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "concord: where the reports disagree" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { "Where the reports disagree" }
                p { (report.sources.len()) " reports, " (report.events.len()) " events, "
                    (report.conflicts.len()) " conflicts, " (report.agreements.len()) " agreements." }
                h2 { "Events" }
                ol.timeline {
                    @for e in &events {
                        li {
                            time { (e.date.map_or_else(|| "date unknown".to_string(), |d| d.to_string())) }
                            (e.id) ": " (e.sources.join(", "))
                        }
                    }
                }
                h2 { "Conflicts" }
                @for (i, c) in report.conflicts.iter().enumerate() {
                    (conflict(i + 1, c))
                }
                h2 { "Reports" }
                @for s in &report.sources {
                    section.source id=(format!("source-{}", s.id)) {
                        h3 { (s.title.as_deref().unwrap_or(&s.id)) }
                        p.why { (s.id)
                            @if let Some(o) = &s.outlet { ", " (o) }
                            @if let Some(d) = s.published { ", " (d.to_string()) } }
                        @if let Some(doc) = documents.iter().find(|d| d.id == s.id) {
                            pre { (marked(report, doc)) }
                        }
                    }
                }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    };
    page.into_string()
}

fn conflict(n: usize, c: &Conflict) -> Markup {
    html! {
        section.conflict id=(format!("conflict-{n}")) {
            h3 { (n) ". " (c.attribute) }
            @for side in &c.sides {
                div.side {
                    span.value { (side.value) }
                    " (" (side.sources.len()) " report" (if side.sources.len() == 1 { "" } else { "s" }) "): "
                    @for (k, e) in side.evidence.iter().enumerate() {
                        @if k > 0 { ", " }
                        a href=(format!("#source-{}", e.source)) data-conflict=(n) { "\u{201c}" (e.quote) "\u{201d}" }
                        " (" (e.source) ")"
                    }
                }
            }
            p.why { (c.explanation) }
        }
    }
}

/// A document's text with the words of every conflict marked: the text is
/// cut at every evidence boundary, and each piece inside evidence is one
/// mark naming all the conflicts it belongs to.
fn marked(report: &Report, doc: &Document) -> Markup {
    let text = doc.text.as_str();
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    for (i, c) in report.conflicts.iter().enumerate() {
        for side in &c.sides {
            for e in side.evidence.iter().filter(|e| e.source == doc.id) {
                if e.span.slice(text).is_some() && e.span.start < e.span.end {
                    spans.push((e.span.start, e.span.end, i + 1));
                }
            }
        }
    }
    let mut cuts: Vec<usize> = spans
        .iter()
        .flat_map(|s| [s.0, s.1])
        .chain([0, text.len()])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let pieces: Vec<(&str, Vec<usize>)> = cuts
        .windows(2)
        .map(|w| {
            let mut ids: Vec<usize> = spans
                .iter()
                .filter(|s| s.0 <= w[0] && w[1] <= s.1)
                .map(|s| s.2)
                .collect();
            ids.sort_unstable();
            ids.dedup();
            (text.get(w[0]..w[1]).unwrap_or(""), ids)
        })
        .collect();
    html! {
        @for (piece, ids) in &pieces {
            @if let Some(&first) = ids.first() {
                mark data-conflicts=(ids.iter().map(usize::to_string).collect::<Vec<_>>().join(" ")) {
                    a href=(format!("#conflict-{first}")) data-conflict=(first) { (piece) }
                }
            } @else {
                (piece)
            }
        }
    }
}
