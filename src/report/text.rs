//! The text report: conflicts first, then agreements, then events and notes.

use std::fmt::Write;

use crate::model::{Evidence, NoteKind, Report};

/// The report as text for a person: each conflict with its sides, their
/// quotes and byte offsets, and the explanation; then agreements, events
/// and notes.
///
/// # Example
/// ```
/// let text = concord::report::to_text(&concord::Report::default());
/// assert!(text.contains("No conflicts found."));
/// ```
pub fn to_text(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "concord: {} reports, {} events, {} conflicts, {} agreements",
        report.sources.len(),
        report.events.len(),
        report.conflicts.len(),
        report.agreements.len()
    );
    out.push('\n');
    if report.conflicts.is_empty() {
        out.push_str("No conflicts found.\n");
    } else {
        out.push_str("CONFLICTS\n");
    }
    for (n, c) in report.conflicts.iter().enumerate() {
        let _ = writeln!(out, "{}. [{}] {} ({})", n + 1, c.event, c.attribute, c.kind);
        for (i, side) in c.sides.iter().enumerate() {
            let mark = if c.hint.favoured == Some(i) {
                "  <- favoured"
            } else {
                ""
            };
            let _ = writeln!(out, "   {}: {}{mark}", side.value, side.sources.join(", "));
            for e in &side.evidence {
                let _ = writeln!(out, "      {}", quote_line(e));
            }
        }
        let _ = writeln!(out, "   why: {}", c.explanation.trim());
        let _ = writeln!(
            out,
            "   hint: {} (confidence {:.2}): {}",
            c.hint.basis, c.hint.confidence, c.hint.reason
        );
        out.push('\n');
    }
    if !report.agreements.is_empty() {
        out.push_str("AGREEMENTS\n");
        for a in &report.agreements {
            let _ = writeln!(
                out,
                "   [{}] {} = {}: {} reports, {} independent ({}), as {}",
                a.event,
                a.attribute,
                a.value,
                a.sources.len(),
                a.independent,
                a.sources.join(", "),
                a.forms
                    .iter()
                    .map(|f| format!("{f:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        out.push('\n');
    }
    if !report.copies.is_empty() {
        out.push_str("COPIES (each group counts as one witness)\n");
        for c in &report.copies {
            let _ = writeln!(
                out,
                "   {} is a {} of {} ({:.0}% of sentences shared)",
                c.copy,
                c.kind,
                c.original,
                c.share * 100.0
            );
        }
        out.push('\n');
    }
    out.push_str("EVENTS\n");
    for e in &report.events {
        let date = e
            .date
            .map_or_else(|| "date unknown".to_string(), |d| d.to_string());
        let _ = writeln!(out, "   {} ({date}): {}", e.id, e.sources.join(", "));
        if let Some(b) = &e.date_basis {
            let _ = writeln!(out, "      date: {b}");
        }
        let _ = writeln!(out, "      grouped: {}", e.why);
    }
    out.push('\n');
    // What a person acts on is shown; repairs and page-date decisions are
    // counted and left to the JSON.
    let (important, other): (Vec<_>, Vec<_>) = report.notes.iter().partition(|n| {
        matches!(
            n.kind,
            NoteKind::Inference
                | NoteKind::Update
                | NoteKind::SelfContradiction
                | NoteKind::Uncompared
                | NoteKind::Limit
                | NoteKind::Decoding
        )
    });
    if !important.is_empty() {
        out.push_str("NOTES\n");
        for n in important {
            let _ = writeln!(out, "   {n}");
        }
        out.push('\n');
    }
    if !other.is_empty() {
        let _ = writeln!(
            out,
            "({} more notes, on repairs, page dates and grouping, in --format json)",
            other.len()
        );
    }
    out
}

fn quote_line(e: &Evidence) -> String {
    format!(
        "{} {:?} @{}..{}",
        e.source, e.quote, e.span.start, e.span.end
    )
}
