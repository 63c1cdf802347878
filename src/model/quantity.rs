//! Quantities with units, as news states them, and their canonical units.

use serde::{Deserialize, Serialize};

use super::Approx;

/// A number with a unit: "300 ft", "€40m", "41-year-old", "magnitude 5.4".
/// `unit` is the stated unit's short name ("ft", "km", "EUR",
/// "year_of_age", "magnitude", "percent", "C").
///
/// # Example
/// ```
/// use concord::{Approx, Quantity};
/// let q = Quantity::new(300.0, "ft");
/// let (metres, unit) = q.canonical();
/// assert_eq!(unit, "m");
/// assert!((metres - 91.44).abs() < 1e-9);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Quantity {
    /// The number.
    pub value: f64,
    /// The unit as stated, by its short name.
    pub unit: String,
    /// How exactly it was stated.
    #[serde(default, skip_serializing_if = "Approx::is_exact")]
    pub approx: Approx,
}

/// Each unit's short name, its canonical unit and the factor to it.
#[rustfmt::skip]
const UNITS: &[(&str, &str, f64)] = &[
    ("m", "m", 1.0), ("km", "m", 1000.0), ("cm", "m", 0.01), ("mm", "m", 0.001),
    ("ft", "m", 0.3048), ("in", "m", 0.0254), ("yd", "m", 0.9144), ("mi", "m", 1609.344),
    ("m2", "m2", 1.0), ("km2", "m2", 1e6), ("sq_ft", "m2", 0.092_903_04),
    ("sq_mi", "m2", 2_589_988.110_336), ("ha", "m2", 1e4), ("acre", "m2", 4_046.856_422_4),
    ("kg", "kg", 1.0), ("t", "kg", 1000.0), ("lb", "kg", 0.453_592_37),
    ("g", "kg", 0.001), ("mg", "kg", 1e-6), ("oz", "kg", 0.028_349_523_125),
    ("l", "l", 1.0), ("ml", "l", 0.001), ("gal", "l", 3.785_411_784),
    ("km/h", "km/h", 1.0), ("mph", "km/h", 1.609_344),
    ("W", "W", 1.0), ("kW", "W", 1e3), ("MW", "W", 1e6),
    ("kWh", "kWh", 1.0), ("MWh", "kWh", 1e3),
];

impl Quantity {
    /// An exactly stated quantity of `unit` (its short name).
    ///
    /// # Example
    /// ```
    /// let q = concord::Quantity::new(1.2, "mi");
    /// assert_eq!(q.to_string(), "1.2 mi");
    /// ```
    pub fn new(value: f64, unit: impl Into<String>) -> Self {
        Quantity {
            value,
            unit: unit.into(),
            approx: Approx::Exact,
        }
    }

    /// The same quantity, stated with `approx`.
    pub fn with_approx(mut self, approx: Approx) -> Self {
        self.approx = approx;
        self
    }

    /// The value in its canonical unit: metres, square metres, kilograms,
    /// degrees Celsius; money keeps its currency (an ISO code), and other
    /// units stay as they are.
    ///
    /// # Example
    /// ```
    /// use concord::{Approx, Quantity};
    /// let f = Quantity::new(212.0, "F");
    /// assert_eq!(f.canonical(), (100.0, "C"));
    /// ```
    pub fn canonical(&self) -> (f64, &str) {
        if self.unit == "F" {
            return ((self.value - 32.0) * 5.0 / 9.0, "C");
        }
        match UNITS.iter().find(|(u, _, _)| *u == self.unit) {
            Some((_, canon, factor)) => (self.value * factor, canon),
            None => (self.value, self.unit.as_str()),
        }
    }
}

impl Quantity {
    /// What the stated quantity can mean, in its canonical unit: an exact
    /// figure stands for what rounds to it, just under half its last digit
    /// either way, so a rounded conversion agrees with what it converts
    /// ("300 m (984 ft)", "10 km (6 miles)") while "6.1" and "6.2", or "10
    /// km" and "11 km", do not; modifiers widen it as they do for counts.
    ///
    /// # Example
    /// ```
    /// use concord::{Approx, Quantity};
    /// let q = |value: f64, unit: &str| Quantity::new(value, unit);
    /// assert!(q(300.0, "m").interval().overlaps(&q(984.0, "ft").interval()));
    /// assert!(q(10.0, "km").interval().overlaps(&q(6.0, "mi").interval()));
    /// assert!(!q(6.1, "magnitude").interval().overlaps(&q(6.2, "magnitude").interval()));
    /// ```
    pub fn interval(&self) -> super::Interval {
        let (x, _) = self.canonical();
        match self.approx {
            Approx::Exact => {
                let factor = if self.value == 0.0 {
                    1.0
                } else {
                    x / self.value
                };
                let slack = (0.49 * last_digit(self.value) * factor.abs()).max(f64::EPSILON);
                super::Interval::closed(x - slack, x + slack)
            }
            approx => super::Number { value: x, approx }.interval(),
        }
    }
}

impl std::fmt::Display for Quantity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = super::Number {
            value: self.value,
            approx: self.approx,
        };
        write!(f, "{n} {}", self.unit)
    }
}

/// The place value of a number's last written digit: 1 for 300, 0.1 for
/// 1.2, 0.01 for 4.25.
fn last_digit(value: f64) -> f64 {
    let shown = format!("{}", value.abs());
    match shown.split_once('.') {
        Some((_, decimals)) => 10f64.powi(-(decimals.len().min(12) as i32)),
        None => 1.0,
    }
}
