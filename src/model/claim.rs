//! Claims: a source says an attribute of an event has a value, as of a time.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Dimension, Facet, Harm, Reading, Span, Value};

/// The kind of value a conflict or an agreement is about. Its JSON form
/// (and `Display`) is the stable name: "date", "duration", "count",
/// "ordinal", "role", "measure", "name", "sentence".
///
/// # Example
/// ```
/// use concord::ValueKind;
/// assert_eq!(ValueKind::Duration.to_string(), "duration");
/// assert_eq!(serde_json::to_string(&ValueKind::Date).unwrap(), "\"date\"");
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ValueKind {
    /// A calendar date.
    #[default]
    Date,
    /// A span of time.
    Duration,
    /// How many.
    Count,
    /// Which one in a series.
    Ordinal,
    /// Who holds a role.
    Role,
    /// A measure with a unit.
    Measure,
    /// The spelling of a name.
    Name,
    /// A court's sentence.
    Sentence,
    /// An amount of money.
    Amount,
    /// Someone's age.
    Age,
    /// A time of day.
    Time,
    /// A place.
    Place,
    /// A won-lost record.
    Record,
}

impl ValueKind {
    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            ValueKind::Date => "date",
            ValueKind::Duration => "duration",
            ValueKind::Count => "count",
            ValueKind::Ordinal => "ordinal",
            ValueKind::Role => "role",
            ValueKind::Measure => "measure",
            ValueKind::Name => "name",
            ValueKind::Sentence => "sentence",
            ValueKind::Amount => "amount",
            ValueKind::Age => "age",
            ValueKind::Time => "time",
            ValueKind::Place => "place",
            ValueKind::Record => "record",
        }
    }
}

impl std::fmt::Display for ValueKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The subject of the other days a report gives for steps of its story,
/// beside the date of its event.
pub const ALSO: &str = "also";

/// The kind of thing a claim is about.
///
/// # Example
/// ```
/// use concord::{Frame, ValueKind};
/// assert_eq!(Frame::SinceLast.kind(), ValueKind::Duration);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Frame {
    /// The date of the event the report is about.
    EventDate,
    /// The time of day of the event the report is about (or of the step of
    /// its story the subject names: "arrest"), as the report's sentences
    /// of the event's day give it.
    EventTime,
    /// Time elapsed since the last occurrence of the subject.
    SinceLast,
    /// How many of the subject there are.
    Count,
    /// Which one in a series the event is.
    Ordinal,
    /// Who holds a role (the subject) at the time.
    Role,
    /// A measure with a unit: a magnitude, a length, an amount of money,
    /// someone's age.
    Measure,
    /// How a person's name is spelled; the subject names the person.
    Name,
    /// The sentence a court passed; the subject names who was sentenced.
    Sentence,
    /// A value whose attribute was read from its sentence's parse: the
    /// attribute's [`Reading`] says what it counts or measures.
    Reading,
}

impl Frame {
    /// The kind of value compared.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Frame::Role.kind(), concord::ValueKind::Role);
    /// ```
    pub fn kind(&self) -> ValueKind {
        match self {
            Frame::EventDate => ValueKind::Date,
            Frame::EventTime => ValueKind::Time,
            Frame::SinceLast => ValueKind::Duration,
            Frame::Count => ValueKind::Count,
            Frame::Ordinal => ValueKind::Ordinal,
            Frame::Role => ValueKind::Role,
            Frame::Measure => ValueKind::Measure,
            Frame::Name => ValueKind::Name,
            Frame::Sentence => ValueKind::Sentence,
            Frame::Reading => ValueKind::Measure,
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Frame::EventDate => "event_date",
            Frame::EventTime => "event_time",
            Frame::SinceLast => "since_last",
            Frame::Count => "count",
            Frame::Ordinal => "ordinal",
            Frame::Role => "role",
            Frame::Measure => "measure",
            Frame::Name => "name",
            Frame::Sentence => "sentence",
            Frame::Reading => "reading",
        }
    }
}

/// What a claim is about: a frame and a subject ("since_last" of "talks").
///
/// # Example
/// ```
/// use concord::{Attribute, Frame};
/// let a = Attribute::new(Frame::SinceLast, "talks");
/// assert_eq!(a.to_string(), "since_last(talks)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Attribute {
    /// The frame.
    pub frame: Frame,
    /// The subject, normalized ("talks", "countries", "secretary-general (green unity party)").
    pub subject: String,
    /// For [`Frame::Reading`], what the value is a value of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Reading>,
    /// For the closed frames, what the value is of, as a type: the rules
    /// decide by it, never by the subject's words. Claims without one
    /// are compared as their frame's general case (a measure without a
    /// facet is named too loosely to compare).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facet: Option<Facet>,
}

/// How the subject of [`Attribute::age`] begins.
const AGE_OF: &str = "age of ";

impl Attribute {
    /// An attribute.
    ///
    /// # Example
    /// ```
    /// let a = concord::Attribute::new(concord::Frame::EventDate, "");
    /// assert_eq!(a.to_string(), "event_date");
    /// ```
    pub fn new(frame: Frame, subject: impl Into<String>) -> Self {
        Attribute {
            frame,
            subject: subject.into(),
            reading: None,
            facet: None,
        }
    }

    /// The attribute with its facet.
    ///
    /// # Example
    /// ```
    /// use concord::{Attribute, Facet, Frame};
    /// let a = Attribute::new(Frame::Measure, "magnitude").with_facet(Facet::Magnitude);
    /// assert_eq!(a.facet, Some(Facet::Magnitude));
    /// ```
    pub fn with_facet(mut self, facet: Facet) -> Self {
        self.facet = Some(facet);
        self
    }

    /// The number of people an event harmed one way ("people killed").
    ///
    /// # Example
    /// ```
    /// use concord::{Attribute, Frame, Harm};
    /// assert_eq!(Attribute::toll(Harm::Injured), Attribute::toll(Harm::Injured));
    /// assert_eq!(Attribute::toll(Harm::Injured).frame, Frame::Count);
    /// ```
    pub fn toll(harm: Harm) -> Self {
        Attribute::new(Frame::Count, format!("people {}", harm.as_str()))
            .with_facet(Facet::Toll(harm))
    }

    /// A quake's magnitude.
    ///
    /// # Example
    /// ```
    /// use concord::{Attribute, Facet};
    /// assert_eq!(Attribute::magnitude().facet, Some(Facet::Magnitude));
    /// assert_eq!(Attribute::magnitude().describe(), "magnitude");
    /// ```
    pub fn magnitude() -> Self {
        Attribute::new(Frame::Measure, "magnitude").with_facet(Facet::Magnitude)
    }

    /// A person's age (the name in lower case, as claims key it).
    ///
    /// # Example
    /// ```
    /// let a = concord::Attribute::age("yvonne hiller");
    /// assert_eq!(a.describe(), "age of yvonne hiller");
    /// assert_eq!(a.aged(), Some("yvonne hiller"));
    /// ```
    pub fn age(name: &str) -> Self {
        Attribute::new(Frame::Measure, format!("{AGE_OF}{name}")).with_facet(Facet::Age)
    }

    /// Whose age this is, for an [`Attribute::age`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Attribute::toll(concord::Harm::Killed).aged(), None);
    /// ```
    pub fn aged(&self) -> Option<&str> {
        self.subject
            .strip_prefix(AGE_OF)
            .filter(|_| self.facet == Some(Facet::Age) && self.frame == Frame::Measure)
    }

    /// Another day a report gives for a step of its story, beside the date
    /// of its event.
    ///
    /// # Example
    /// ```
    /// use concord::{Attribute, Facet};
    /// assert_eq!(Attribute::other_day().facet, Some(Facet::OtherDay));
    /// assert_eq!(Attribute::other_day().describe(), "another day the report gives");
    /// ```
    pub fn other_day() -> Self {
        Attribute::new(Frame::EventDate, ALSO).with_facet(Facet::OtherDay)
    }

    /// The attribute of a value read from its sentence's parse.
    ///
    /// # Example
    /// ```
    /// use concord::{Attribute, Dimension, Lemma, Reading, ValueKind};
    /// let a = Attribute::read(Reading::new(Dimension::Money, Lemma::new("offer")));
    /// assert_eq!(a.kind(), ValueKind::Amount);
    /// assert_eq!(a.to_string(), "reading(money of offer)");
    /// ```
    pub fn read(reading: Reading) -> Self {
        Attribute {
            frame: Frame::Reading,
            subject: String::new(),
            reading: Some(reading),
            facet: None,
        }
    }

    /// The kind of value compared: the frame's, or for a reading its
    /// dimension's.
    pub fn kind(&self) -> ValueKind {
        match (&self.frame, &self.reading) {
            (Frame::Reading, Some(r)) => match r.dimension {
                Dimension::Count => ValueKind::Count,
                Dimension::Money => ValueKind::Amount,
                Dimension::Duration => ValueKind::Duration,
                Dimension::Age => ValueKind::Age,
                Dimension::Date => ValueKind::Date,
                Dimension::Place => ValueKind::Place,
                Dimension::Record => ValueKind::Record,
                _ => ValueKind::Measure,
            },
            (f, _) => f.kind(),
        }
    }

    /// Whether this is the date a report gives for its event (or for the
    /// step of its story it tells), not another day it mentions.
    pub(crate) fn is_event_day(&self) -> bool {
        self.frame == Frame::EventDate && self.facet != Some(Facet::OtherDay)
    }

    /// A sentence fragment for people: "time since the last talks".
    ///
    /// # Example
    /// ```
    /// use concord::{Attribute, Frame};
    /// assert_eq!(Attribute::new(Frame::SinceLast, "talks").describe(), "time since the last talks");
    /// ```
    pub fn describe(&self) -> String {
        match self.frame {
            Frame::EventDate if self.facet == Some(Facet::OtherDay) => {
                "another day the report gives".into()
            }
            Frame::EventDate if self.subject.is_empty() => "date of the event".into(),
            Frame::EventDate => format!("date of the {}", self.subject),
            Frame::EventTime if self.subject.is_empty() => "time of day of the event".into(),
            Frame::EventTime => format!("time of day of the {}", self.subject),
            Frame::SinceLast => format!("time since the last {}", self.subject),
            Frame::Count => format!("number of {}", self.subject),
            Frame::Ordinal => format!("{}'s place in its series", self.subject),
            Frame::Role => format!("person who is {}", self.subject),
            Frame::Measure => self.subject.clone(),
            Frame::Name if self.subject.is_empty() => "name of a person".into(),
            Frame::Name => format!("spelling of {}'s name", self.subject),
            Frame::Sentence if self.subject.is_empty() => "sentence passed".into(),
            Frame::Sentence => format!("sentence passed on {}", self.subject),
            Frame::Reading => self
                .reading
                .as_ref()
                .map_or_else(String::new, Reading::describe),
        }
    }
}

impl std::fmt::Display for Attribute {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(r) = &self.reading {
            write!(f, "{}({r})", self.frame.name())
        } else if self.subject.is_empty() {
            write!(f, "{}", self.frame.name())
        } else {
            write!(f, "{}({})", self.frame.name(), self.subject)
        }
    }
}

/// The exact words a claim rests on: a source, a byte span and the quote.
///
/// # Example
/// ```
/// use concord::{Evidence, Span};
/// let text = "talks resumed after seven years";
/// let e = Evidence::new("a", text, Span::new(20, 31)).unwrap();
/// assert_eq!(e.quote, "seven years");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evidence {
    /// The source's id.
    pub source: String,
    /// The quote, exactly `&text[start..end]`.
    pub quote: String,
    /// Where the quote sits in the source's prepared text.
    #[serde(flatten)]
    pub span: Span,
}

impl Evidence {
    /// Evidence for the span of a text; `None` when the span does not fit it.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Evidence::new("a", "abc", concord::Span::new(1, 9)).is_none());
    /// ```
    pub fn new(source: &str, text: &str, span: Span) -> Option<Self> {
        Some(Evidence {
            source: source.to_string(),
            quote: span.slice(text)?.to_string(),
            span,
        })
    }
}

/// One source asserts that an attribute has a value, as of a time.
///
/// # Example
/// ```
/// use concord::{Approx, Attribute, Claim, Duration, Evidence, Frame, Span, Value};
/// let text = "the first talks in six years";
/// let claim = Claim::new(
///     "a",
///     Attribute::new(Frame::SinceLast, "talks"),
///     Value::Duration(Duration::default().with_years(6)),
///     Evidence::new("a", text, Span::new(19, 28)).into_iter().collect(),
/// )
/// .with_as_of(jiff::civil::date(2025, 1, 15));
/// assert_eq!(claim.to_string(), "a: since_last(talks) = 6 years");
/// assert_eq!(claim.as_of, Some(jiff::civil::date(2025, 1, 15)));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Claim {
    /// The source's id.
    pub source: String,
    /// What it is about.
    pub attribute: Attribute,
    /// What it says.
    pub value: Value,
    /// When it was said to hold (the source's date, or its event's).
    pub as_of: Option<Date>,
    /// The words it rests on; the first is the main one.
    pub evidence: Vec<Evidence>,
    /// The content words (lemmas, sorted) of the sentences it was read
    /// from, for a claim whose attribute was read from a parse: what tells
    /// two facts that share a reading apart.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<super::Lemma>,
}

impl Claim {
    /// A claim with no date of its own (see [`Claim::with_as_of`]).
    pub fn new(
        source: impl Into<String>,
        attribute: Attribute,
        value: Value,
        evidence: Vec<Evidence>,
    ) -> Claim {
        Claim {
            source: source.into(),
            attribute,
            value,
            as_of: None,
            evidence,
            context: Vec::new(),
        }
    }

    /// The claim, said to hold on `date`.
    pub fn with_as_of(mut self, date: Date) -> Claim {
        self.as_of = Some(date);
        self
    }
}

impl std::fmt::Display for Claim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} = {}", self.source, self.attribute, self.value)
    }
}

impl std::fmt::Display for Evidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {:?} @{}", self.source, self.quote, self.span)
    }
}
