//! The outcome of reconciliation: events, conflicts, agreements, notes.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Claim, Evidence, Span};

/// What a note is about.
///
/// # Example
/// ```
/// use concord::NoteKind;
/// assert_eq!(serde_json::to_string(&NoteKind::Repair).unwrap(), "\"repair\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NoteKind {
    /// Bytes that were not UTF-8 were replaced.
    Decoding,
    /// Mojibake was repaired.
    Repair,
    /// Where the publication date came from, or a page date that was ignored.
    PageDate,
    /// A fact inferred from several claims (an event's year, say).
    Inference,
    /// A value changed over time: an update, not a conflict.
    Update,
    /// A report contradicts itself.
    SelfContradiction,
    /// Something was skipped because it was over a limit.
    Limit,
    /// Why reports were grouped into an event.
    Grouping,
    /// Values that differ but were not compared as a conflict, and why.
    Uncompared,
}

/// Something the caller should know: a repair, an inference, an update, a skip.
///
/// # Example
/// ```
/// use concord::{Note, NoteKind};
/// let n = Note::new(NoteKind::Inference, Some("a"), "year inferred");
/// assert_eq!(n.to_string(), "[inference] a: year inferred");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Note {
    /// What it is about.
    pub kind: NoteKind,
    /// The source it concerns, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// What happened, for a person.
    pub message: String,
    /// Where, in the source's text as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

impl Note {
    /// A note.
    ///
    /// # Example
    /// ```
    /// let n = concord::Note::new(concord::NoteKind::Limit, None, "skipped");
    /// assert!(n.source.is_none());
    /// ```
    pub fn new(kind: NoteKind, source: Option<&str>, message: impl Into<String>) -> Self {
        Note {
            kind,
            source: source.map(str::to_string),
            message: message.into(),
            span: None,
        }
    }

    /// The same note, placed at a span.
    ///
    /// # Example
    /// ```
    /// use concord::{Note, NoteKind, Span};
    /// let n = Note::new(NoteKind::Repair, Some("a"), "x").at(Span::new(1, 2));
    /// assert_eq!(n.span, Some(Span::new(1, 2)));
    /// ```
    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = serde_json::to_value(self.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        match &self.source {
            Some(s) => write!(f, "[{kind}] {s}: {}", self.message),
            None => write!(f, "[{kind}] {}", self.message),
        }
    }
}

/// What the report says of one source.
///
/// # Example
/// ```
/// let mut s = concord::SourceInfo::default();
/// s.id = "a".into();
/// assert_eq!(s.claims, 0);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SourceInfo {
    /// The source's id.
    pub id: String,
    /// Its publication date, given or found in the page.
    pub published: Option<Date>,
    /// The words the publication date was read from, when found in the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_evidence: Option<Evidence>,
    /// Its headline, given or found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Its outlet, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The event it was grouped into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// How many claims were read from it.
    pub claims: usize,
}

/// One happening that several reports speak of.
///
/// # Example
/// ```
/// let e = concord::Event::new("e1", ["a", "b"]);
/// assert!(e.date.is_none());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Event {
    /// Its id.
    pub id: String,
    /// Its date, when the reports settle it.
    pub date: Option<Date>,
    /// How the date was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_basis: Option<String>,
    /// The sources that report it.
    pub sources: Vec<String>,
    /// Why these sources were grouped.
    pub why: String,
}

impl Event {
    /// An event reported by `sources`, with no date yet.
    pub fn new<S: Into<String>>(
        id: impl Into<String>,
        sources: impl IntoIterator<Item = S>,
    ) -> Event {
        Event {
            id: id.into(),
            sources: sources.into_iter().map(Into::into).collect(),
            ..Event::default()
        }
    }
}

/// One side of a conflict: a value and who states it.
///
/// # Example
/// ```
/// let mut s = concord::Side::default();
/// s.value = "7 years".into();
/// assert!(s.sources.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Side {
    /// The value, for a person.
    pub value: String,
    /// What the value can mean, as compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<super::Interval>,
    /// The sources on this side.
    pub sources: Vec<String>,
    /// How many of them are independent witnesses (copies count once).
    #[serde(default)]
    pub independent: usize,
    /// Their words.
    pub evidence: Vec<Evidence>,
}

/// What a hint rests on. JSON and `Display` give the stable names
/// "arithmetic", "independent sources" and "undecided".
///
/// # Example
/// ```
/// use concord::Basis;
/// assert_eq!(Basis::IndependentSources.to_string(), "independent sources");
/// assert_eq!(serde_json::to_string(&Basis::Arithmetic).unwrap(), "\"arithmetic\"");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Basis {
    /// A report's own dates contradict one side.
    #[serde(rename = "arithmetic")]
    Arithmetic,
    /// More independent reports give one side.
    #[serde(rename = "independent sources")]
    IndependentSources,
    /// Nothing favours a side.
    #[default]
    #[serde(rename = "undecided")]
    Undecided,
}

impl std::fmt::Display for Basis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Basis::Arithmetic => "arithmetic",
            Basis::IndependentSources => "independent sources",
            Basis::Undecided => "undecided",
        })
    }
}

/// How one report repeats another. JSON and `Display` give "duplicate",
/// "syndication" and "rewrite".
///
/// # Example
/// ```
/// assert_eq!(concord::CopyKind::Syndication.to_string(), "syndication");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CopyKind {
    /// The same text.
    Duplicate,
    /// Each repeats the other, with changes.
    Syndication,
    /// A close paraphrase of part of the original.
    #[default]
    Rewrite,
}

impl std::fmt::Display for CopyKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CopyKind::Duplicate => "duplicate",
            CopyKind::Syndication => "syndication",
            CopyKind::Rewrite => "rewrite",
        })
    }
}

/// Which side of a conflict the evidence favours, how strongly, and why.
///
/// # Example
/// ```
/// let h = concord::Hint::default();
/// assert!(h.favoured.is_none());
/// assert_eq!(h.basis, concord::Basis::Undecided);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Hint {
    /// The favoured side's index, or none when the evidence is even.
    pub favoured: Option<usize>,
    /// How strongly, from 0.5 (a coin toss) to 1.
    pub confidence: f64,
    /// What it rests on.
    pub basis: Basis,
    /// The reason, for a person.
    pub reason: String,
}

impl Default for Hint {
    fn default() -> Self {
        Hint {
            favoured: None,
            confidence: 0.5,
            basis: Basis::Undecided,
            reason: "the evidence is even".into(),
        }
    }
}

/// A report that repeats another, sentence by sentence.
///
/// # Example
/// ```
/// use concord::{Copied, CopyKind};
/// let mut c = Copied::default();
/// c.kind = CopyKind::Rewrite;
/// assert_eq!(c.kind.to_string(), "rewrite");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Copied {
    /// The report that repeats.
    pub copy: String,
    /// The report it was found to repeat (its group's original, or
    /// another copy in the group).
    pub original: String,
    /// How much of one reappears in the other: the larger of the two
    /// shares of sentences found in the other report.
    pub share: f64,
    /// How it repeats it.
    pub kind: CopyKind,
}

/// An original report and the reports that repeat it (directly or
/// through one another): one witness.
///
/// # Example
/// ```
/// use concord::{reconcile, Options, Source};
/// let text = "Council closes the old bridge\n\
///     The city council voted on Tuesday to close the old river bridge to traffic. \
///     Engineers found cracks in two of its piers last month, officials said. \
///     The bridge carried about 9,000 cars a day before the vote. \
///     A new crossing is planned upstream, the mayor told reporters.";
/// let day = jiff::civil::date(2024, 3, 6);
/// let sources: Vec<Source> = ["a", "b", "c"]
///     .iter()
///     .map(|id| Source::new(*id, text).with_published(day))
///     .collect();
/// let report = reconcile(&sources, &Options::new())?;
/// assert_eq!(report.copies.len(), 1);
/// assert_eq!(report.copies[0].original, "a");
/// assert_eq!(report.copies[0].copies.len(), 2);
/// # Ok::<(), concord::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CopyGroup {
    /// The report the others repeat: a wire story's own page, else the
    /// earliest published.
    pub original: String,
    /// The reports that repeat it, in id order.
    pub copies: Vec<Copied>,
}

/// Reports disagree on an attribute of an event.
///
/// # Example
/// ```
/// use concord::{Attribute, Conflict, Frame};
/// let c = Conflict::new("e1", Attribute::new(Frame::SinceLast, "talks"));
/// assert_eq!(c.about, "time since the last talks");
/// assert!(c.sides.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Conflict {
    /// The event's id.
    pub event: String,
    /// What the values are values of; its `Display` is `frame(subject)`.
    pub attribute: super::Attribute,
    /// The attribute in words, for a person ("time since the last talks").
    #[serde(default)]
    pub about: String,
    /// The kind of value in dispute.
    pub kind: super::ValueKind,
    /// The values in dispute, each with its sources and words.
    pub sides: Vec<Side>,
    /// Why these disagree, with the arithmetic where there is some.
    pub explanation: String,
    /// Which side the evidence favours, and why.
    #[serde(default)]
    pub hint: Hint,
}

/// Reports agree on an attribute of an event.
///
/// # Example
/// ```
/// use concord::{Agreement, Attribute, Frame, ValueKind};
/// let a = Agreement::new("e1", Attribute::new(Frame::SinceLast, "talks"), "6 years");
/// assert_eq!(a.kind, ValueKind::Duration);
/// assert_eq!(a.to_string(), "[e1] since_last(talks) = 6 years ()");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Agreement {
    /// The event's id.
    pub event: String,
    /// What the value is a value of; its `Display` is `frame(subject)`.
    pub attribute: super::Attribute,
    /// The kind of value.
    pub kind: super::ValueKind,
    /// The value they share, for a person.
    pub value: String,
    /// The sources that agree.
    pub sources: Vec<String>,
    /// How many of them are independent witnesses (copies count once).
    #[serde(default)]
    pub independent: usize,
    /// The different ways they put it.
    pub forms: Vec<String>,
}

/// Everything reconciliation found.
///
/// # Example
/// ```
/// use concord::{reconcile, Options, Source};
/// let report = reconcile(&[Source::new("a", "Talks resumed after six years, officials said.")], &Options::new())?;
/// assert!(report.conflicts.is_empty());
/// # Ok::<(), concord::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// One entry per source, in id order.
    pub sources: Vec<SourceInfo>,
    /// The events the sources were grouped into.
    pub events: Vec<Event>,
    /// Where sources disagree.
    pub conflicts: Vec<Conflict>,
    /// Where two or more sources agree.
    pub agreements: Vec<Agreement>,
    /// Reports that repeat others, as groups: an original and its copies,
    /// each copy once (fifty copies of one article are one group). A group
    /// counts as one witness.
    #[serde(default)]
    pub copies: Vec<CopyGroup>,
    /// Every claim read, for programs that want to look further.
    pub claims: Vec<Claim>,
    /// Repairs, inferences, updates, skips.
    pub notes: Vec<Note>,
}

impl Report {
    /// Every copy of every group, group by group: each report that repeats
    /// another, once.
    ///
    /// # Example
    /// ```
    /// use concord::{reconcile, Options, Source};
    /// let text = "Council closes the old bridge\n\
    ///     The city council voted on Tuesday to close the old river bridge to traffic. \
    ///     Engineers found cracks in two of its piers last month, officials said. \
    ///     The bridge carried about 9,000 cars a day before the vote. \
    ///     A new crossing is planned upstream, the mayor told reporters.";
    /// let day = jiff::civil::date(2024, 3, 6);
    /// let sources = [Source::new("a", text).with_published(day), Source::new("b", text).with_published(day)];
    /// let report = reconcile(&sources, &Options::new())?;
    /// let copied: Vec<&str> = report.copied().map(|c| c.copy.as_str()).collect();
    /// assert_eq!(copied, ["b"]);
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn copied(&self) -> impl Iterator<Item = &Copied> {
        self.copies.iter().flat_map(|g| g.copies.iter())
    }
}

impl std::fmt::Display for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.date {
            Some(d) => write!(f, "{} ({d}): {}", self.id, self.sources.join(", ")),
            None => write!(f, "{} (date unknown): {}", self.id, self.sources.join(", ")),
        }
    }
}

impl std::fmt::Display for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.value, self.sources.join(", "))
    }
}

impl Conflict {
    /// A conflict on `attribute` of `event`, with no sides yet; its kind
    /// and its words for a person come from the attribute.
    pub fn new(event: impl Into<String>, attribute: super::Attribute) -> Self {
        Conflict {
            event: event.into(),
            about: attribute.describe(),
            kind: attribute.kind(),
            attribute,
            sides: Vec::new(),
            explanation: String::new(),
            hint: Hint::default(),
        }
    }
}

impl Agreement {
    /// An agreement on `attribute` of `event` at `value`, with no sources
    /// yet; its kind comes from the attribute.
    pub fn new(
        event: impl Into<String>,
        attribute: super::Attribute,
        value: impl Into<String>,
    ) -> Self {
        Agreement {
            event: event.into(),
            kind: attribute.kind(),
            attribute,
            value: value.into(),
            sources: Vec::new(),
            independent: 0,
            forms: Vec::new(),
        }
    }
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sides: Vec<String> = self.sides.iter().map(Side::to_string).collect();
        write!(
            f,
            "[{}] {}: {}",
            self.event,
            self.attribute,
            sides.join(" vs ")
        )
    }
}

impl std::fmt::Display for Agreement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "[{}] {} = {} ({})",
            self.event,
            self.attribute,
            self.value,
            self.sources.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays() {
        let side = |v: &str, s: &str| Side {
            value: v.into(),
            sources: vec![s.into()],
            ..Side::default()
        };
        let mut c = Conflict::new(
            "e1",
            crate::model::Attribute::new(crate::model::Frame::SinceLast, "talks"),
        );
        c.sides = vec![side("7 years", "a"), side("more than 6 years", "b")];
        assert_eq!(
            c.to_string(),
            "[e1] since_last(talks): 7 years (a) vs more than 6 years (b)"
        );
        let e = Event {
            id: "e1".into(),
            sources: vec!["a".into(), "b".into()],
            ..Event::default()
        };
        assert_eq!(e.to_string(), "e1 (date unknown): a, b");
        assert!(Report::default()
            .to_string()
            .contains("No conflicts found."));
    }
}
