//! What a value of a closed frame is of, as a type. The subject's words
//! are for people and for keys; comparison, exemptions and tolerances
//! decide by the facet.

use serde::{Deserialize, Serialize};

/// What a count, a measure or a day of a closed frame is of.
///
/// # Example
/// ```
/// use concord::{Attribute, Facet, Harm};
/// let toll = Attribute::toll(Harm::Killed);
/// assert_eq!(toll.facet, Some(Facet::Toll(Harm::Killed)));
/// assert_eq!(toll.describe(), "number of people killed");
/// assert!(Facet::Age.names_one_measure());
/// assert!(!Facet::Extent.names_one_measure());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Facet {
    /// People the event harmed one way (a count).
    Toll(Harm),
    /// How many times someone was hit (a count): it never changes over
    /// time.
    Hits,
    /// A quake's magnitude.
    Magnitude,
    /// A depth.
    Depth,
    /// A person's age; the subject names the person.
    Age,
    /// A price; the subject names what is sold.
    Price,
    /// A length, height, area, weight, size or amount named by words that
    /// do not settle which one ("a 30-foot drop", "$35m in two rounds").
    Extent,
    /// Another day a report gives for a step of its story (an event
    /// date), beside the date of its event.
    OtherDay,
}

/// How a toll's people were harmed.
///
/// # Example
/// ```
/// assert_eq!(concord::Harm::Injured.as_str(), "injured");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Harm {
    /// Killed.
    Killed,
    /// Injured.
    Injured,
    /// Missing: they are found, so their number may fall.
    Missing,
    /// Arrested.
    Arrested,
    /// Evacuated.
    Evacuated,
}

impl Harm {
    /// The participle the subject is written with ("people killed").
    pub fn as_str(&self) -> &'static str {
        match self {
            Harm::Killed => "killed",
            Harm::Injured => "injured",
            Harm::Missing => "missing",
            Harm::Arrested => "arrested",
            Harm::Evacuated => "evacuated",
        }
    }
}

impl Facet {
    /// Whether two measures of this facet in one event's reports measure
    /// one thing: a magnitude, a depth, an age, a price. Other measures are
    /// named too loosely to compare.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Facet::Magnitude.names_one_measure());
    /// ```
    pub fn names_one_measure(&self) -> bool {
        matches!(
            self,
            Facet::Magnitude | Facet::Depth | Facet::Age | Facet::Price
        )
    }
}
