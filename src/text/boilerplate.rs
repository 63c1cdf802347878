//! Which lines of a page are the report and which are page chrome:
//! navigation, bylines, captions, ads, legal blocks, related headlines.

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

use crate::model::Span;

/// What part of the page a line is.
///
/// # Example
/// ```
/// use concord::text::Zone;
/// assert!(Zone::Body.has_claims());
/// assert!(!Zone::Related.has_claims());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Zone {
    /// The headline.
    Headline,
    /// The report's own text.
    Body,
    /// A line that states the page's date.
    Dateline,
    /// An author or agency line.
    Byline,
    /// A photo caption or credit.
    Caption,
    /// Navigation, ads, share buttons, legal text, the outlet's name.
    Chrome,
    /// Anything after the end of the report: related headlines, comments.
    Related,
}

impl Zone {
    /// Whether claims are read from this zone.
    ///
    /// # Example
    /// ```
    /// assert!(concord::text::Zone::Headline.has_claims());
    /// ```
    pub fn has_claims(&self) -> bool {
        matches!(self, Zone::Headline | Zone::Body)
    }
}

crate::model::words::word_list_fn! {
    /// Lines that end the report: what follows is not part of it.
    fn tail_markers = "page_tail_markers.txt"
}

crate::model::words::word_list_fn! {
    /// Whole lines that are chrome wherever they stand.
    fn chrome_lines = "page_chrome_lines.txt"
}

crate::model::words::word_list_fn! {
    /// Line openings that mark chrome.
    fn chrome_prefixes = "page_chrome_prefixes.txt" by openings
}

crate::model::words::word_list_fn! {
    /// Line openings that mark a photo caption.
    fn caption_prefixes = "caption_prefixes.txt" by openings
}

fn sentence_break() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[a-z0-9][.!?] +[A-Z]").expect("valid regex"))
}

/// A line with its features.
pub(crate) struct Line {
    pub span: Span,
    words: usize,
    terminal: bool,
    lower: String,
}

impl Line {
    pub(crate) fn new(text: &str, span: Span) -> Line {
        let s = &text[span.range()];
        let trimmed = s.trim_end_matches(['"', '\'', '”', '’', ')', ' ']);
        Line {
            span,
            words: s.split_whitespace().count(),
            terminal: trimmed.ends_with(['.', '!', '?', ':', '…']),
            lower: s.to_lowercase(),
        }
    }

    fn bare(&self) -> &str {
        self.lower.trim().trim_end_matches(['.', ':', '!'])
    }

    fn is_tail_marker(&self) -> bool {
        tail_markers().contains(&self.bare())
    }

    fn is_chrome(&self) -> bool {
        let lower = self.lower.trim();
        chrome_lines().contains(&self.bare())
            || chrome_prefixes().iter().any(|p| lower.starts_with(p))
            || lower.contains("all rights reserved")
            || (lower.matches('|').count() >= 2 && !self.terminal)
            || lower.starts_with("http://")
            || lower.starts_with("https://")
            || (self.words <= 6 && lower.starts_with("by "))
            || (self.words <= 6 && (lower.contains(" - reuters") || lower.contains(" – ap")))
    }

    fn is_caption(&self) -> bool {
        let lower = self.lower.trim();
        caption_prefixes().iter().any(|p| lower.starts_with(p))
            || lower.contains(" photo: ")
            || lower.ends_with("/file photo")
    }

    /// Looks like a paragraph of the report.
    fn is_prose(&self, min_words: usize) -> bool {
        self.words >= min_words && self.terminal && !self.is_chrome() && !self.is_caption()
    }

    fn could_be_headline(&self, text: &str) -> bool {
        let s = &text[self.span.range()];
        (4..=40).contains(&self.words)
            && !self.is_chrome()
            && !self.is_caption()
            && !sentence_break().is_match(s)
            && !s.trim_end().ends_with(['.', ':'])
            && s.chars().any(char::is_lowercase)
            && !date_labels()
                .iter()
                .any(|l| self.lower.trim_start().starts_with(l))
            && !super::published::is_bare_date(s)
    }
}

crate::model::words::word_list_fn! {
    /// How date lines start ("Published March 12, 2013"): never a headline.
    fn date_labels = "date_labels.txt"
}

/// Splits `text` into lines (LF, CRLF or lone CR), dropping blank ones.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let push = |s: usize, e: usize, out: &mut Vec<Line>| {
        let raw = &text[s..e];
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if !trimmed.is_empty() {
            out.push(Line::new(
                text,
                Span::new(s + lead, s + lead + trimmed.len()),
            ));
        }
    };
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || b == b'\r' {
            push(start, i, &mut out);
            start = i + 1;
        }
    }
    push(start, text.len(), &mut out);
    out
}

/// Gives each line a zone. The report starts at its first paragraph of
/// prose; before it stand the headline and page chrome; a tail marker
/// ("Share This", "Latest comments") ends it.
pub(crate) fn zones(text: &str, lines: &[Line]) -> Vec<Zone> {
    let body_start = lines
        .iter()
        .position(|l| l.is_prose(12))
        .or_else(|| lines.iter().position(|l| l.is_prose(6)))
        .or_else(|| {
            // cut-off text: the first long line that is neither chrome nor caption
            lines
                .iter()
                .position(|l| l.words >= 10 && !l.is_chrome() && !l.is_caption())
        })
        .unwrap_or(0);
    let head = &lines[..body_start];
    let headline = head
        .iter()
        .position(|l| l.words >= 6 && l.could_be_headline(text))
        .or_else(|| head.iter().position(|l| l.could_be_headline(text)));
    let mut zones = Vec::with_capacity(lines.len());
    let mut ended = false;
    let mut previous: Option<&str> = None;
    for (i, line) in lines.iter().enumerate() {
        let here = &text[line.span.range()];
        let zone = if i < body_start {
            if Some(i) == headline {
                Zone::Headline
            } else if line.is_caption() {
                Zone::Caption
            } else if line.lower.trim_start().starts_with("by ")
                || line.lower.contains(" - reuters")
            {
                Zone::Byline
            } else {
                Zone::Chrome
            }
        } else if ended {
            Zone::Related
        } else if line.is_tail_marker() {
            ended = true;
            Zone::Related
        } else if line.is_caption() {
            Zone::Caption
        } else if line.is_chrome() || (line.words < 4 && !line.terminal) || previous == Some(here) {
            Zone::Chrome
        } else {
            Zone::Body
        };
        previous = Some(here);
        zones.push(zone);
    }
    zones
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openings_keep_their_trailing_space() {
        // "(c) " opens a copyright line; "(c)" alone would open "(cnn)"
        assert!(chrome_prefixes().contains(&"(c) "));
        assert!(chrome_prefixes().contains(&"visited "));
        assert!(!chrome_prefixes().iter().any(|p| p.is_empty()));
        assert!(Line::new("(c) 2013 The Times", Span::new(0, 18)).is_chrome());
        assert!(!Line::new("(CNN) Rescuers searched the river", Span::new(0, 33)).is_chrome());
    }

    fn zoned(text: &str) -> Vec<(String, Zone)> {
        let ls = lines(text);
        let zs = zones(text, &ls);
        ls.iter()
            .zip(zs)
            .map(|(l, z)| (text[l.span.range()].to_string(), z))
            .collect()
    }

    #[test]
    fn page_layout() {
        let page = "The Daily Planet\r\nNews | World | Sport\nToday: April 12, 2025\n\n\
            Mayor opens new bridge after decade of delays\n\
            By A. Writer\n\
            The mayor opened the new bridge on Tuesday, ten years after work began on the crossing.\n\
            Advertisement\n\
            Officials said the bridge cost more than 40 million dollars to build in all.\n\
            Share This\n\
            Other story about a cat that went up a tree\n";
        let z = zoned(page);
        let zone_of = |s: &str| z.iter().find(|(t, _)| t.starts_with(s)).map(|x| x.1);
        assert_eq!(zone_of("The Daily"), Some(Zone::Chrome));
        assert_eq!(zone_of("News |"), Some(Zone::Chrome));
        assert_eq!(zone_of("Today:"), Some(Zone::Chrome));
        assert_eq!(zone_of("Mayor opens"), Some(Zone::Headline));
        assert_eq!(zone_of("By A."), Some(Zone::Byline));
        assert_eq!(zone_of("The mayor"), Some(Zone::Body));
        assert_eq!(zone_of("Advertisement"), Some(Zone::Chrome));
        assert_eq!(zone_of("Officials"), Some(Zone::Body));
        assert_eq!(zone_of("Other story"), Some(Zone::Related));
    }
}
