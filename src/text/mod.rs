//! Preparing a page: repair, zones (report or chrome), sentences, page date.

mod boilerplate;
mod published;
mod repair;
pub(crate) mod segment;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

pub use boilerplate::Zone;

use crate::model::{Note, NoteKind, Source, Span};
use crate::{Error, Options, Result};

/// How many lines past the body's first a date line may stand and still
/// give the page's date (after a standfirst or two).
const DATELINE_REACH: usize = 3;

/// A sentence of the report, with the zone it stands in.
///
/// # Example
/// ```
/// use concord::{text::Document, Options, Source};
/// let doc = Document::prepare(&Source::new("a", "Talks resumed after six years, officials said on Monday."), &Options::new())?;
/// assert_eq!(doc.sentences.len(), 1);
/// # Ok::<(), concord::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where it is in [`Document::text`].
    pub span: Span,
    /// Headline or body.
    pub zone: Zone,
}

/// A page made ready for reading: repaired text, its lines by zone, the
/// report's sentences, its headline and page date.
///
/// # Example
/// ```
/// use concord::{text::Document, Options, Source};
/// let page = "Site Name\nToday: April 12, 2025\n\nCity opens bridge after long delays\nPublished 05/21/2024\n\
///             The city opened its new bridge on Tuesday after years of delays and disputes.\nShare This\nOther headline here";
/// let doc = Document::prepare(&Source::new("a", page), &Options::new())?;
/// assert_eq!(doc.published, Some(jiff::civil::date(2024, 5, 21)));
/// assert_eq!(doc.title_str(), Some("City opens bridge after long delays"));
/// assert_eq!(doc.sentences.len(), 2); // headline and one body sentence
/// # Ok::<(), concord::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The source's id.
    pub id: String,
    /// The text after repair; every span points into it.
    pub text: String,
    /// The headline's span, when one was found.
    pub title: Option<Span>,
    /// The publication date: the caller's, or the one the page states.
    pub published: Option<Date>,
    /// The words the page date was read from.
    pub published_span: Option<Span>,
    /// Every non-blank line and its zone.
    pub lines: Vec<(Span, Zone)>,
    /// The sentences claims are read from (headline and body).
    pub sentences: Vec<Sentence>,
    /// Repairs, page-date decisions, skips.
    pub notes: Vec<Note>,
}

impl Document {
    /// Prepares a source.
    ///
    /// # Errors
    /// [`Error::TooLarge`] over the size limit, [`Error::EmptySource`] when
    /// there is no text.
    ///
    /// # Example
    /// ```
    /// use concord::{text::Document, Error, Options, Source};
    /// let err = Document::prepare(&Source::new("a", "  \n "), &Options::new()).unwrap_err();
    /// assert!(matches!(err, Error::EmptySource { .. }));
    /// ```
    pub fn prepare(source: &Source, options: &Options) -> Result<Document> {
        let id = source.id.as_str();
        if source.text.len() > options.source_limit() {
            return Err(Error::TooLarge {
                id: id.to_string(),
                size: source.text.len(),
                limit: options.source_limit(),
            });
        }
        if source.text.trim().is_empty() {
            return Err(Error::EmptySource { id: id.to_string() });
        }
        let (text, mut notes) = repair::repair(id, &source.text);
        let lines = boilerplate::lines(&text);
        let mut zones = boilerplate::zones(&text, &lines);
        let title = lines
            .iter()
            .zip(&zones)
            .find(|(_, z)| **z == Zone::Headline)
            .map(|(l, _)| l.span);
        // The page's date stands before the body, or in a date line just
        // after a standfirst (those lines must open with the date).
        let body_at = zones
            .iter()
            .position(|z| *z == Zone::Body)
            .unwrap_or(zones.len());
        let before_body: Vec<(Span, bool)> = lines
            .iter()
            .zip(&zones)
            .enumerate()
            .take(body_at + DATELINE_REACH)
            .filter(|(_, (_, z))| **z != Zone::Headline)
            .map(|(i, (l, _))| (l.span, i >= body_at))
            .collect();
        let mut date_notes = Vec::new();
        let page_date = published::find(id, &text, &before_body, &mut date_notes);
        let (published, published_span) = match (source.published, page_date) {
            (Some(given), _) => (Some(given), None),
            (None, Some(p)) => {
                notes.append(&mut date_notes);
                // the line that gave the page's date is its dateline, not
                // text to read claims from
                if let Some(i) = lines
                    .iter()
                    .position(|l| l.span.start <= p.span.start && p.span.start < l.span.end)
                {
                    if zones[i] != Zone::Headline {
                        zones[i] = Zone::Dateline;
                    }
                }
                (Some(p.date), Some(p.span))
            }
            (None, None) => {
                notes.append(&mut date_notes);
                (None, None)
            }
        };
        let mut line_zones = Vec::with_capacity(lines.len());
        let mut sentences = Vec::new();
        for (line, &zone) in lines.iter().zip(&zones) {
            line_zones.push((line.span, zone));
            if !zone.has_claims() {
                continue;
            }
            let pieces = if zone == Zone::Headline {
                vec![line.span]
            } else {
                segment::sentences(&text, line.span)
            };
            for span in pieces {
                if span.len() > options.sentence_limit() {
                    notes.push(
                        Note::new(
                            NoteKind::Limit,
                            Some(id),
                            format!(
                                "skipped a {}-byte sentence, over the limit of {} bytes",
                                span.len(),
                                options.sentence_limit()
                            ),
                        )
                        .at(span),
                    );
                    continue;
                }
                sentences.push(Sentence { span, zone });
            }
        }
        Ok(Document {
            id: id.to_string(),
            text,
            title,
            published,
            published_span,
            lines: line_zones,
            sentences,
            notes,
        })
    }

    /// The headline's text.
    ///
    /// # Example
    /// ```
    /// use concord::{text::Document, Options, Source};
    /// let doc = Document::prepare(&Source::new("a", "no headline here."), &Options::new())?;
    /// assert_eq!(doc.title_str(), None);
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn title_str(&self) -> Option<&str> {
        self.title.and_then(|s| s.slice(&self.text))
    }

    /// The text of a sentence.
    ///
    /// # Example
    /// ```
    /// use concord::{text::Document, Options, Source};
    /// let doc = Document::prepare(&Source::new("a", "One sentence here, with words."), &Options::new())?;
    /// assert_eq!(doc.sentence_str(&doc.sentences[0]), "One sentence here, with words.");
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn sentence_str(&self, s: &Sentence) -> &str {
        s.span.slice(&self.text).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_that_dates_the_page_is_its_dateline() {
        let text = "Trial begins for the suspect in the plant shooting\n\
            The murder trial of the suspended employee starts Monday, two years after the shooting.\n\
            Monday, Sep 10, 2012 | Updated 9:01 AM EDT\n\
            The trial is expected to last two weeks, the court said on Friday.";
        let doc = Document::prepare(&Source::new("a", text), &Options::new()).unwrap();
        assert_eq!(doc.published, jiff::civil::Date::new(2012, 9, 10).ok());
        let zone_of = |needle: &str| {
            doc.lines
                .iter()
                .find(|(span, _)| doc.text[span.range()].contains(needle))
                .map(|(_, z)| *z)
        };
        assert_eq!(zone_of("Sep 10, 2012"), Some(Zone::Dateline));
        assert_eq!(zone_of("expected to last"), Some(Zone::Body));
        assert!(doc
            .sentences
            .iter()
            .all(|s| !doc.sentence_str(s).contains("Sep 10")));
    }
}
