//! What a value is a value of, read from its sentence's parse: its
//! dimension, the thing counted or measured, the predicate and the holder.

use serde::{Deserialize, Serialize};

/// What kind of magnitude a value is.
///
/// # Example
/// ```
/// use concord::Dimension;
/// assert_eq!(Dimension::of_unit("mi"), Dimension::Length);
/// assert_eq!(Dimension::of_unit("EUR"), Dimension::Money);
/// assert_eq!(Dimension::Length.to_string(), "length");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Dimension {
    /// How many.
    Count,
    /// An amount of money, in its currency.
    Money,
    /// A length or distance.
    Length,
    /// An area.
    Area,
    /// A mass or weight.
    Mass,
    /// A temperature.
    Temperature,
    /// A volume.
    Volume,
    /// A speed.
    Speed,
    /// A power (watts).
    Power,
    /// An amount of energy (watt-hours).
    Energy,
    /// A share, in percent.
    Percentage,
    /// A span of time.
    Duration,
    /// Someone's age.
    Age,
    /// The day (or month) something happened.
    Date,
    /// A magnitude on a scale with no unit of its own (an earthquake's).
    Scale,
    /// A place, by name: where someone lives, where something is.
    Place,
    /// A won-lost record.
    Record,
}

impl Dimension {
    /// The dimension of a unit, by its short name (see [`crate::Quantity`]):
    /// an upper-case code is a currency.
    pub fn of_unit(unit: &str) -> Dimension {
        match unit {
            "m" | "km" | "cm" | "mm" | "ft" | "in" | "yd" | "mi" => Dimension::Length,
            "m2" | "km2" | "sq_ft" | "sq_mi" | "ha" | "acre" => Dimension::Area,
            "kg" | "t" | "lb" | "g" | "mg" | "oz" => Dimension::Mass,
            "l" | "ml" | "gal" => Dimension::Volume,
            "km/h" | "mph" => Dimension::Speed,
            "W" | "kW" | "MW" => Dimension::Power,
            "kWh" | "MWh" => Dimension::Energy,
            "C" | "F" => Dimension::Temperature,
            "percent" => Dimension::Percentage,
            "year_of_age" => Dimension::Age,
            u if u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()) => Dimension::Money,
            _ => Dimension::Scale,
        }
    }

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Count => "count",
            Dimension::Money => "money",
            Dimension::Length => "length",
            Dimension::Area => "area",
            Dimension::Mass => "mass",
            Dimension::Temperature => "temperature",
            Dimension::Volume => "volume",
            Dimension::Speed => "speed",
            Dimension::Power => "power",
            Dimension::Energy => "energy",
            Dimension::Percentage => "percentage",
            Dimension::Duration => "duration",
            Dimension::Age => "age",
            Dimension::Date => "date",
            Dimension::Scale => "scale",
            Dimension::Place => "place",
            Dimension::Record => "record",
        }
    }
}

impl std::fmt::Display for Dimension {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A word's dictionary form, or the concept a news lexicon files it under
/// ("killed", "dead" and "deaths" are all `kill`).
///
/// # Example
/// ```
/// let l = concord::Lemma::new("Bomb");
/// assert_eq!(l.as_str(), "bomb");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Lemma(String);

impl Lemma {
    /// A lemma, lower-cased.
    pub fn new(word: &str) -> Lemma {
        Lemma(word.to_lowercase())
    }

    /// The lemma.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Lemma {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a value is a value of: "Four bombs were dropped" is a count of
/// bombs with the predicate `drop`; "Richard Carter had 12 points" a count
/// of points held by Carter. Two claims speak of one attribute when their
/// readings are equal.
///
/// # Example
/// ```
/// use concord::{Dimension, Lemma, Reading};
/// let r = Reading::new(Dimension::Count, Lemma::new("bomb")).with_predicate(Lemma::new("drop"));
/// assert_eq!(r.to_string(), "count of bomb (drop)");
/// assert_eq!(r.describe(), "number of bombs dropped");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Reading {
    /// What kind of magnitude.
    pub dimension: Dimension,
    /// The thing counted or measured, or what the measure is of ("depth");
    /// `None` when the value hangs from its verb alone ("weighed 130
    /// pounds").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thing: Option<Lemma>,
    /// The verb the value hangs from, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<Lemma>,
    /// Whose it is: the surname of the person (or the name of the
    /// organisation) the sentence gives it to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<Lemma>,
    /// The year of another event the sentence sets the value in ("sold
    /// for $30 million in 1967"); `None` for the report's own event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i16>,
    /// A period or a clause the predicate is bounded by ("last season",
    /// "before come" for "before coming back"): a count over a part of the
    /// story is not its count over the whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub during: Option<Lemma>,
}

impl Reading {
    /// A reading of a thing, with no predicate or holder.
    pub fn new(dimension: Dimension, thing: Lemma) -> Reading {
        Reading {
            dimension,
            thing: Some(thing),
            predicate: None,
            holder: None,
            year: None,
            during: None,
        }
    }

    /// A reading of a value that hangs from its verb alone.
    ///
    /// # Example
    /// ```
    /// use concord::{Dimension, Lemma, Reading};
    /// let r = Reading::of_predicate(Dimension::Mass, Lemma::new("weigh"));
    /// assert_eq!(r.describe(), "mass weighed");
    /// ```
    pub fn of_predicate(dimension: Dimension, predicate: Lemma) -> Reading {
        Reading {
            dimension,
            thing: None,
            predicate: Some(predicate),
            holder: None,
            year: None,
            during: None,
        }
    }

    /// The reading, bounded by a period or a clause.
    pub fn during(mut self, period: Lemma) -> Reading {
        self.during = Some(period);
        self
    }

    /// The reading, set in another event's year.
    pub fn in_year(mut self, year: i16) -> Reading {
        self.year = Some(year);
        self
    }

    /// The reading with a predicate.
    pub fn with_predicate(mut self, predicate: Lemma) -> Reading {
        self.predicate = Some(predicate);
        self
    }

    /// The reading with a holder.
    pub fn with_holder(mut self, holder: Lemma) -> Reading {
        self.holder = Some(holder);
        self
    }

    /// A phrase for people: "number of bombs dropped", "Carter's points".
    pub fn describe(&self) -> String {
        let mut s = match (self.dimension, &self.thing) {
            (Dimension::Count, Some(t)) => format!("number of {}", plural(t.as_str())),
            (Dimension::Duration, Some(t)) => format!("length of the {t}"),
            (Dimension::Date, Some(t)) => format!("day the {t} was"),
            (d, Some(t)) => format!("{d} of the {t}"),
            (Dimension::Duration, None) => "time".to_string(),
            (Dimension::Date, None) => "day".to_string(),
            (d, None) => d.to_string(),
        };
        if let Some(p) = &self.predicate {
            s.push(' ');
            s.push_str(&participle(p.as_str()));
        }
        if let Some(h) = &self.holder {
            s = format!("{s}, for {}", capitalized(h.as_str()));
        }
        if let Some(y) = self.year {
            s = format!("{s}, in {y}");
        }
        if let Some(d) = &self.during {
            s = format!("{s} ({d})");
        }
        s
    }
}

fn capitalized(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A regular English plural, for display only.
fn plural(noun: &str) -> String {
    if let Some(p) = super::words::irregular_plural(noun) {
        return p.to_string();
    }
    // "policeman", "policemen": WordNet leaves these to a rule
    if let Some(stem) = noun.strip_suffix("man").filter(|s| !s.is_empty()) {
        return format!("{stem}men");
    }
    if noun.ends_with('s') || noun.ends_with("sh") || noun.ends_with("ch") || noun.ends_with('x') {
        format!("{noun}es")
    } else if noun.ends_with('y') && !noun.ends_with("ay") && !noun.ends_with("ey") {
        format!("{}ies", &noun[..noun.len() - 1])
    } else {
        format!("{noun}s")
    }
}

/// A regular past participle, for display only: a final consonant after
/// one short vowel doubles in a one-syllable verb ("drop", "dropped").
fn participle(verb: &str) -> String {
    if let Some(p) = super::words::irregular_participle(verb) {
        return p.to_string();
    }
    let b = verb.as_bytes();
    let vowel = |c: u8| b"aeiou".contains(&c);
    let n = b.len();
    if verb.ends_with('e') {
        format!("{verb}d")
    } else if verb.ends_with('y') && n > 1 && !vowel(b[n - 2]) {
        format!("{}ied", &verb[..n - 1])
    } else if (3..=4).contains(&n)
        && !vowel(b[n - 1])
        && !b"wxy".contains(&b[n - 1])
        && vowel(b[n - 2])
        && !vowel(b[n - 3])
        && b[..n - 2].iter().filter(|c| vowel(**c)).count() == 0
    {
        format!("{verb}{}ed", b[n - 1] as char)
    } else {
        format!("{verb}ed")
    }
}

impl std::fmt::Display for Reading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.dimension)?;
        if let Some(t) = &self.thing {
            write!(f, " of {t}")?;
        }
        if let Some(p) = &self.predicate {
            write!(f, " ({p})")?;
        }
        if let Some(h) = &self.holder {
            write!(f, " [{h}]")?;
        }
        if let Some(y) = self.year {
            write!(f, " in {y}")?;
        }
        if let Some(d) = &self.during {
            write!(f, " during {d}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{participle, plural};

    #[test]
    fn plurals_of_regular_and_irregular_nouns() {
        for (noun, many) in [
            ("bomb", "bombs"),
            ("child", "children"),
            ("foot", "feet"),
            ("policeman", "policemen"),
            ("casualty", "casualties"),
            ("match", "matches"),
        ] {
            assert_eq!(plural(noun), many, "{noun}");
        }
    }

    #[test]
    fn participles_of_regular_and_irregular_verbs() {
        for (verb, done) in [
            ("score", "scored"),
            ("fire", "fired"),
            ("drop", "dropped"),
            ("carry", "carried"),
            ("make", "made"),
            ("take", "taken"),
            ("keep", "kept"),
            ("cut", "cut"),
            ("put", "put"),
            ("lead", "led"),
            ("fight", "fought"),
        ] {
            assert_eq!(participle(verb), done, "{verb}");
        }
    }
}
