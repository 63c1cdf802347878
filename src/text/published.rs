//! The publication date a page states, and the chrome dates it ignores.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::model::{Note, NoteKind, Span};
use crate::recognize::{recognize, Context, MentionValue};

/// What a dated line says the date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Label {
    Published,
    Address,
    Updated,
}

/// A page date found: the date, the span of its words, and a note.
pub(crate) struct PageDate {
    pub date: Date,
    pub span: Span,
}

/// Longest line read as a date line.
const MAX_WORDS: usize = 14;

/// Reads the page date from the lines before the report's body: a
/// "Published ..." line, a bare date line, or failing those an "Updated"
/// line. Lines that give today's date ("Today: April 12, 2025") are page
/// chrome and are noted, not used. Lines marked `true` stand in the body
/// and count only when they open with the date ("Monday, Sep 10, 2012 |
/// Updated 9:01 AM").
pub(crate) fn find(
    id: &str,
    text: &str,
    lines: &[(Span, bool)],
    notes: &mut Vec<Note>,
) -> Option<PageDate> {
    let mut best: Option<(Label, PageDate)> = None;
    for &(line, in_body) in lines {
        let s = &text[line.range()];
        if s.split_whitespace().count() > MAX_WORDS {
            continue;
        }
        if in_body && !may_open_with_date(s) {
            continue;
        }
        let lower = s.to_lowercase();
        if let Some((date, span)) = address_date(s) {
            let span = Span::new(line.start + span.start, line.start + span.end);
            if best.as_ref().is_none_or(|(l, _)| Label::Address < *l) {
                best = Some((Label::Address, PageDate { date, span }));
            }
            continue;
        }
        let Some((date, span)) = full_date(s) else {
            continue;
        };
        if in_body && !opens_with(s, span) {
            continue;
        }
        let span = Span::new(line.start + span.start, line.start + span.end);
        if lower.contains("today") {
            notes.push(
                Note::new(
                    NoteKind::PageDate,
                    Some(id),
                    format!("ignored the page-chrome date {s:?}"),
                )
                .at(span),
            );
            continue;
        }
        let before = &lower[..span.start - line.start];
        let label = if before.contains("updated") || before.contains("modified") {
            Label::Updated
        } else {
            Label::Published
        };
        if best.as_ref().is_none_or(|(l, _)| label < *l) {
            best = Some((label, PageDate { date, span }));
        }
    }
    let (label, found) = best?;
    let how = match label {
        Label::Published => "the page's date line",
        Label::Address => "the date in the page's address (no date line)",
        Label::Updated => "the page's last-updated line (no publication line)",
    };
    notes.push(
        Note::new(
            NoteKind::PageDate,
            Some(id),
            format!("publication date {} from {how}", found.date),
        )
        .at(found.span),
    );
    Some(found)
}

/// A date in a web address's path (`/2013/04/25/`, `/2011-11-12/`,
/// `/20130425/`), which news sites set to the day of publication.
fn address_date(s: &str) -> Option<(Date, Span)> {
    static PATH_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"/((?:19|20)\d\d)([-/]?)(0[1-9]|1[0-2])([-/]?)(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)",
        )
        .expect("valid pattern")
    });
    let address = s
        .split_whitespace()
        .find(|w| w.contains("://") || w.starts_with("www."))?;
    let at = s.find(address)?;
    let caps = PATH_DATE.captures(address)?;
    if caps[2] != caps[4] {
        return None;
    }
    let date = Date::new(
        caps[1].parse().ok()?,
        caps[3].parse().ok()?,
        caps[5].parse().ok()?,
    )
    .ok()?;
    let whole = caps.get(0)?;
    Some((date, Span::new(at + whole.start(), at + whole.end())))
}

/// A cheap first look: whether a line's first word is a digit, a weekday
/// or a month, as a date line's is.
fn may_open_with_date(line: &str) -> bool {
    let first = line
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    first.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            crate::recognize::lexicon::lookup(&first.to_lowercase()),
            crate::recognize::lexicon::Lex::Weekday(_) | crate::recognize::lexicon::Lex::Month(_)
        )
}

/// Whether a line opens with the date at `span`, maybe after a weekday.
fn opens_with(line: &str, span: Span) -> bool {
    let before = line.get(..span.start).unwrap_or("");
    before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            matches!(
                crate::recognize::lexicon::lookup(&w.to_lowercase()),
                crate::recognize::lexicon::Lex::Weekday(_)
            )
        })
}

/// Whether a line is a date and nothing else ("Saturday, August 24,
/// 2013"): a date line, which is never a headline.
pub(crate) fn is_bare_date(line: &str) -> bool {
    full_date(line).is_some_and(|(_, span)| {
        opens_with(line, span)
            && line
                .get(span.end..)
                .is_some_and(|rest| !rest.chars().any(char::is_alphanumeric))
    })
}

/// The first date in `s` with year, month and day.
fn full_date(s: &str) -> Option<(Date, Span)> {
    recognize(s, &Context::new()).find_map(|m| match m.value {
        MentionValue::Date(d) => d.to_date().map(|date| (date, m.span)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn page_date(lines: &[&str]) -> Option<Date> {
        let text = lines.join("\n");
        let mut spans = Vec::new();
        let mut at = 0;
        for l in lines {
            spans.push((Span::new(at, at + l.len()), false));
            at += l.len() + 1;
        }
        find("a", &text, &spans, &mut Vec::new()).map(|p| p.date)
    }

    #[test]
    fn a_line_that_is_only_a_date_is_a_bare_date() {
        assert!(is_bare_date("Saturday, August 24, 2013"));
        assert!(is_bare_date("June 13, 2013"));
        assert!(!is_bare_date("Fire destroys dairy on August 7, 2012"));
        assert!(!is_bare_date("August 7, 2012 fire destroys dairy"));
    }

    #[test]
    fn date_lines_in_the_body_must_open_with_the_date() {
        let in_body = |line: &str| {
            let spans = [(Span::new(0, line.len()), true)];
            find("a", line, &spans, &mut Vec::new()).map(|p| p.date)
        };
        assert_eq!(
            in_body("Monday, Sep 10, 2012 | Updated 9:01 AM EDT"),
            Some(date(2012, 9, 10))
        );
        assert_eq!(in_body("The trial opened on Sep 10, 2012."), None);
    }

    #[test]
    fn forms() {
        assert_eq!(
            page_date(&["Published 05/21/2024, 10:56 PM", "Updated 05/22/2024"]),
            Some(date(2024, 5, 21))
        );
        assert_eq!(
            page_date(&["Last Updated on May 30, 2024 10:19 am"]),
            Some(date(2024, 5, 30))
        );
        assert_eq!(
            page_date(&["Today: April 12, 2025", "June 12, 2024"]),
            Some(date(2024, 6, 12))
        );
        assert_eq!(page_date(&["Today: April 12, 2025"]), None);
        assert_eq!(
            page_date(&["http://www.example.com/article/20130425/SPORT/704259841"]),
            Some(date(2013, 4, 25))
        );
        assert_eq!(
            page_date(&["https://example.org/2012/11/20/world/story.html"]),
            Some(date(2012, 11, 20))
        );
        assert_eq!(
            page_date(&[
                "https://example.org/news/2012/11/20-story",
                "Updated 11/21/2012"
            ]),
            Some(date(2012, 11, 20))
        );
        assert_eq!(
            page_date(&[
                "http://example.net/2011-11-12/story",
                "Posted November 13, 2011"
            ]),
            Some(date(2011, 11, 13))
        );
        // Ids that merely look like dates, and impossible days, are not dates.
        assert_eq!(page_date(&["http://example.net/p=20139999"]), None);
        assert_eq!(page_date(&["http://example.net/2013/0425/x"]), None);
        assert_eq!(
            page_date(&["First Published: June 13, 2013 4:59 PM EDT"]),
            Some(date(2013, 6, 13))
        );
    }
}
