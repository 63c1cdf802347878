//! The text report: conflicts first, then agreements, then events and notes.

use std::fmt::Write;

use crate::model::{Conflict, Evidence, NoteKind, Report};
use crate::text::Document;

/// The report as text for a person: each conflict headed in words, its
/// sides with their quotes and byte offsets, and the explanation; then
/// agreements, copy groups, events and notes. [`to_text_with`] also shows
/// each quote in its sentence.
///
/// # Example
/// ```
/// let text = concord::report::to_text(&concord::Report::default());
/// assert!(text.contains("No conflicts found."));
/// ```
pub fn to_text(report: &Report) -> String {
    to_text_with(report, &[])
}

/// The report as text, each quote shown in its sentence with the words in
/// brackets and its place as `id:line:column` in the prepared text of
/// `documents` (from [`Document::prepare`]); lines wrapped at 88 columns.
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
/// let text = concord::report::to_text_with(&report, &docs);
/// assert!(text.contains("1. Time since the last talks: 7 years (1 report) against more than 6 years (1 report)"));
/// assert!(text.contains("restarted their talks [after seven years] on Tuesday"));
/// assert!(text.contains("daily:2:"));
/// # Ok::<(), concord::Error>(())
/// ```
pub fn to_text_with(report: &Report, documents: &[Document]) -> String {
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
        conflict(&mut out, report, documents, n + 1, c);
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
        for g in &report.copies {
            let copies: Vec<String> = g
                .copies
                .iter()
                .map(|c| {
                    let via = if c.original == g.original {
                        String::new()
                    } else {
                        format!(", through {}", c.original)
                    };
                    format!(
                        "{} ({}, {:.0}% of sentences shared{via})",
                        c.copy,
                        c.kind,
                        c.share * 100.0
                    )
                })
                .collect();
            wrapped(
                &mut out,
                &format!("{}, repeated by {}", g.original, copies.join("; ")),
                3,
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

/// Lines are wrapped at this width.
const WIDTH: usize = 88;

/// Appends `text` wrapped, every line indented by `indent` spaces and the
/// ones after the first by two more.
fn wrapped(out: &mut String, text: &str, indent: usize) {
    let first = " ".repeat(indent);
    let rest = " ".repeat(indent + 2);
    let opts = textwrap::Options::new(WIDTH)
        .initial_indent(&first)
        .subsequent_indent(&rest);
    for line in textwrap::wrap(text, opts) {
        out.push_str(&line);
        out.push('\n');
    }
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// One conflict: a heading in words, each side with its reports' words in
/// their sentences, the explanation once.
fn conflict(out: &mut String, report: &Report, documents: &[Document], n: usize, c: &Conflict) {
    let attribute = c.attribute.to_string();
    let about = if c.about.is_empty() {
        &attribute
    } else {
        &c.about
    };
    let mut about_chars = about.chars();
    let about: String = about_chars
        .next()
        .map(|f| f.to_uppercase().chain(about_chars).collect())
        .unwrap_or_default();
    let sides: Vec<String> = c
        .sides
        .iter()
        .map(|s| format!("{} ({})", s.value, plural(s.sources.len(), "report")))
        .collect();
    wrapped(
        out,
        &format!("{n}. {about}: {}", sides.join(" against ")),
        0,
    );
    let _ = writeln!(out, "   ({}; {}; {})", c.event, c.attribute, c.kind);
    for (i, side) in c.sides.iter().enumerate() {
        let favoured = if c.hint.favoured == Some(i) {
            format!(
                ", favoured ({}, confidence {:.2})",
                c.hint.basis, c.hint.confidence
            )
        } else {
            String::new()
        };
        let _ = writeln!(out, "   {}{favoured}:", side.value);
        for e in &side.evidence {
            evidence(out, report, documents, e);
        }
    }
    wrapped(out, &format!("why: {}", c.explanation.trim()), 3);
    if !c.hint.reason.is_empty() && !c.explanation.contains(&c.hint.reason) {
        wrapped(out, &format!("hint: {}", c.hint.reason), 3);
    }
    out.push('\n');
}

/// One piece of evidence: which report, where, and the sentence with the
/// words marked by brackets. Without the report's document, the quote and
/// its byte span.
fn evidence(out: &mut String, report: &Report, documents: &[Document], e: &Evidence) {
    let info = report.sources.iter().find(|s| s.id == e.source);
    let name = match info.and_then(|s| s.outlet.as_deref().or(s.title.as_deref())) {
        Some(n) => format!("{n}, "),
        None => String::new(),
    };
    let doc = documents.iter().find(|d| d.id == e.source);
    match doc.and_then(|d| e.span.slice(&d.text).map(|_| d)) {
        Some(doc) => {
            let text = doc.text.as_str();
            let before = &text[..e.span.start];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            wrapped(out, &format!("- {name}{}:{line}:{column}", e.source), 5);
            let sentence = doc
                .sentences
                .iter()
                .map(|s| s.span)
                .find(|s| s.start <= e.span.start && e.span.end <= s.end)
                .unwrap_or(e.span);
            let (a, b) = (sentence.start, sentence.end);
            let quoted = format!(
                "\u{201c}{}[{}]{}\u{201d}",
                clip_start(&text[a..e.span.start]),
                &text[e.span.start..e.span.end],
                clip_end(&text[e.span.end..b])
            );
            wrapped(out, &quoted.replace('\n', " "), 7);
        }
        None => wrapped(
            out,
            &format!(
                "- {name}{}: {:?} at bytes {}..{}",
                e.source, e.quote, e.span.start, e.span.end
            ),
            5,
        ),
    }
}

/// At most the last 160 characters, cut at a word.
fn clip_start(s: &str) -> String {
    let n = s.chars().count();
    if n <= 160 {
        return s.to_string();
    }
    let tail: String = s.chars().skip(n - 160).collect();
    match tail.split_once(' ') {
        Some((_, rest)) => format!("\u{2026}{rest}"),
        None => format!("\u{2026}{tail}"),
    }
}

/// At most the first 160 characters, cut at a word.
fn clip_end(s: &str) -> String {
    if s.chars().count() <= 160 {
        return s.to_string();
    }
    let head: String = s.chars().take(160).collect();
    match head.rsplit_once(' ') {
        Some((rest, _)) => format!("{rest}\u{2026}"),
        None => format!("{head}\u{2026}"),
    }
}

/// The text report (see [`to_text`]).
impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&to_text(self))
    }
}
