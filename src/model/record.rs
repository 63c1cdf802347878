//! A won-lost record: "(10-5)", "a 9-5 season", "58-3 with 51 knockouts".

use serde::{Deserialize, Serialize};

/// Wins and losses (and ties, or draws), as sports writing gives them.
///
/// # Example
/// ```
/// let r = concord::Record::new(10, 5);
/// assert_eq!(r.to_string(), "10-5");
/// assert_eq!(r.games(), 15);
/// assert_ne!(r, concord::Record::new(9, 5));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Record {
    /// Wins.
    pub wins: u32,
    /// Losses.
    pub losses: u32,
    /// Ties or draws, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ties: Option<u32>,
}

impl Record {
    /// A record of `wins` and `losses`.
    pub fn new(wins: u32, losses: u32) -> Record {
        Record {
            wins,
            losses,
            ties: None,
        }
    }

    /// The same record with `n` ties.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Record::new(8, 7).with_ties(1).to_string(), "8-7-1");
    /// ```
    pub fn with_ties(mut self, n: u32) -> Record {
        self.ties = Some(n);
        self
    }

    /// Games played.
    pub fn games(&self) -> u32 {
        self.wins + self.losses + self.ties.unwrap_or(0)
    }
}

impl std::fmt::Display for Record {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.wins, self.losses)?;
        match self.ties {
            Some(t) => write!(f, "-{t}"),
            None => Ok(()),
        }
    }
}
