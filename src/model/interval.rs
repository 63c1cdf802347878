//! Intervals of what a stated value can mean.

use serde::{Deserialize, Serialize};

/// A real interval with open or closed ends, in the unit of its value
/// (months for elapsed time, days since 1970-01-01 for dates, plain numbers
/// for counts).
///
/// # Example
/// ```
/// use concord::Interval;
///
/// let over_six_years = Interval::open(72.0, 84.0);
/// let seven_years = Interval::closed_open(84.0, 96.0);
/// assert!(!over_six_years.overlaps(&seven_years));
/// assert!(over_six_years.contains(75.0));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// Lower end.
    pub lo: f64,
    /// Upper end.
    pub hi: f64,
    /// Whether `lo` itself is excluded.
    #[serde(default)]
    pub lo_open: bool,
    /// Whether `hi` itself is excluded.
    #[serde(default)]
    pub hi_open: bool,
}

impl Interval {
    /// `[lo, hi]`.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Interval::closed(1.0, 2.0).contains(2.0));
    /// ```
    pub fn closed(lo: f64, hi: f64) -> Self {
        Interval {
            lo,
            hi,
            lo_open: false,
            hi_open: false,
        }
    }

    /// `(lo, hi)`.
    ///
    /// # Example
    /// ```
    /// assert!(!concord::Interval::open(1.0, 2.0).contains(1.0));
    /// ```
    pub fn open(lo: f64, hi: f64) -> Self {
        Interval {
            lo,
            hi,
            lo_open: true,
            hi_open: true,
        }
    }

    /// `[lo, hi)`.
    ///
    /// # Example
    /// ```
    /// assert!(!concord::Interval::closed_open(1.0, 2.0).contains(2.0));
    /// ```
    pub fn closed_open(lo: f64, hi: f64) -> Self {
        Interval {
            lo,
            hi,
            lo_open: false,
            hi_open: true,
        }
    }

    /// A single point.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Interval::point(3.0).contains(3.0));
    /// ```
    pub fn point(x: f64) -> Self {
        Interval::closed(x, x)
    }

    /// Whether `x` lies inside.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Interval::closed(0.0, 1.0).contains(0.5));
    /// ```
    pub fn contains(&self, x: f64) -> bool {
        let above = if self.lo_open {
            x > self.lo
        } else {
            x >= self.lo
        };
        let below = if self.hi_open {
            x < self.hi
        } else {
            x <= self.hi
        };
        above && below
    }

    /// Whether the two share at least one point.
    ///
    /// # Example
    /// ```
    /// use concord::Interval;
    /// assert!(Interval::closed(0.0, 1.0).overlaps(&Interval::closed(1.0, 2.0)));
    /// assert!(!Interval::closed_open(0.0, 1.0).overlaps(&Interval::closed(1.0, 2.0)));
    /// ```
    pub fn overlaps(&self, other: &Interval) -> bool {
        let lo = if self.lo > other.lo || (self.lo == other.lo && self.lo_open) {
            (self.lo, self.lo_open)
        } else {
            (other.lo, other.lo_open)
        };
        let hi = if self.hi < other.hi || (self.hi == other.hi && self.hi_open) {
            (self.hi, self.hi_open)
        } else {
            (other.hi, other.hi_open)
        };
        lo.0 < hi.0 || (lo.0 == hi.0 && !lo.1 && !hi.1)
    }

    /// Its width, `hi - lo`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Interval::closed(2.0, 5.0).width(), 3.0);
    /// ```
    pub fn width(&self) -> f64 {
        self.hi - self.lo
    }
}

impl std::fmt::Display for Interval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (l, r) = (
            if self.lo_open { '(' } else { '[' },
            if self.hi_open { ')' } else { ']' },
        );
        write!(f, "{l}{}, {}{r}", trim(self.lo), trim(self.hi))
    }
}

fn trim(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn touching_ends() {
        assert!(Interval::closed(0.0, 1.0).overlaps(&Interval::point(1.0)));
        assert!(!Interval::open(0.0, 1.0).overlaps(&Interval::point(1.0)));
        assert!(Interval::open(72.0, 84.0).overlaps(&Interval::closed(65.0, 77.0)));
        assert_eq!(Interval::open(1.0, 2.5).to_string(), "(1, 2.5)");
    }
}
