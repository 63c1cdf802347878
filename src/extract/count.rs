//! Counts: how many of something a sentence gives, and tolls (people
//! killed, injured, missing, arrested, evacuated), with the verb that says
//! what happened to them; also times hit and magnitudes on a scale.

use super::frame::{starts_any, Around};
use super::subject::is_generic;
use crate::model::{Attribute, Facet, Frame, Harm, Number, Quantity, Span};

/// Words of a toll and what they count: "killed", "injured", "missing",
/// "arrested", "evacuated".
const TOLLS: &[(&str, Harm)] = &[
    ("kill", Harm::Killed),
    ("dead", Harm::Killed),
    ("die", Harm::Killed),
    ("injur", Harm::Injured),
    ("wound", Harm::Injured),
    ("hurt", Harm::Injured),
    ("missing", Harm::Missing),
    ("arrest", Harm::Arrested),
    ("detain", Harm::Arrested),
    ("evacuat", Harm::Evacuated),
];

fn toll_of(word: &str) -> Option<Harm> {
    TOLLS
        .iter()
        .find(|(stem, _)| word.starts_with(stem))
        .map(|t| t.1)
}

/// Whether a lower-case text holds a toll's word ("killed", "casualties"):
/// the test before parsing it for a toll of none.
pub(crate) fn may_name_a_toll(lower: &str) -> bool {
    lower.contains("casualt") || TOLLS.iter().any(|(stem, _)| lower.contains(stem))
}

impl Around<'_, '_> {
    /// "more than 120 countries": a count and the plural noun it counts,
    /// with the verb that says what happened to them when there is one
    /// ("people killed", "bombs dropped"), or "times shot".
    pub fn count(&self, a: usize, b: usize, n: &Number) -> Option<(Attribute, Number)> {
        let w = self.words;
        if n.value < 2.0 || n.value.fract() != 0.0 {
            return None;
        }
        if a > 0
            && [
                "the", "these", "those", "its", "their", "our", "both", "all", "his", "her",
            ]
            .contains(&w.lower(a - 1))
        {
            return None;
        }
        // "USB 3.0 ports", "GT 650M graphics": versions and model numbers
        // after a name in capitals are no counts
        let after_acronym = a > 0 && {
            let t = w.items[a - 1].text;
            t.chars().count() >= 2 && t.chars().all(|c| c.is_ascii_uppercase())
        };
        let version = (a..b).any(|i| w.items.get(i).is_some_and(|x| x.text.ends_with(".0")));
        if after_acronym || version {
            return None;
        }
        if let Some(subject) = self.times_hit(a, b) {
            return Some((
                Attribute::new(Frame::Count, subject).with_facet(Facet::Hits),
                *n,
            ));
        }
        // "the death toll rose to 24", "a death toll of 24"
        if (a.saturating_sub(4)..a).any(|i| w.lower(i) == "toll")
            && (a.saturating_sub(5)..a).any(|i| w.lower(i) == "death")
        {
            return Some((Attribute::toll(Harm::Killed), *n));
        }
        // "killing 22 and injuring more than 200, officials said", "killing
        // 49 of the 71 on board": a toll verb just before and no noun after
        // counts people
        let toll_verb = matches!(
            w.lower(a.wrapping_sub(1)),
            "killing" | "killed" | "injuring" | "injured" | "wounding" | "wounded"
        );
        if toll_verb && (w.comma_before(b) || matches!(w.lower(b), "and" | "of" | "")) {
            if let Some(t) = toll_of(w.lower(a - 1)) {
                return Some((Attribute::toll(t), *n));
            }
        }
        let noun = w.lower(b);
        // "three times" counts occasions, not things
        let is_plural_noun = noun.len() >= 4
            && noun != "times"
            && (noun.ends_with('s') || matches!(noun, "people" | "children" | "men" | "women"))
            && !w.is_capitalized(b)
            && !crate::recognize::is_time_word(noun);
        if !is_plural_noun {
            return None;
        }
        // the nearest toll word, after the noun on a tie ("22 people were
        // killed and 210 people were injured")
        let after =
            (b + 1..(b + 5).min(w.len())).find_map(|i| toll_of(w.lower(i)).map(|t| (i - b, t)));
        // "killing 20 children and six adults": the verb reaches past "and"
        let reach = if a > 0 && w.lower(a - 1) == "and" {
            6
        } else {
            3
        };
        let before = (a.saturating_sub(reach)..a)
            .rev()
            .find_map(|i| toll_of(w.lower(i)).map(|t| (a - i, t)));
        let toll = match (before, after) {
            (Some(x), Some(y)) => Some(if x.0 < y.0 { x.1 } else { y.1 }),
            (x, y) => x.or(y).map(|t| t.1),
        };
        if toll.is_none() && n.value < 3.0 {
            return None;
        }
        // "Some 2 million people died in the civil war": another event's
        // toll, when the other event is where the toll happened ("in",
        // "during", "from" it), not a word that merely stands near
        // ("before shooting himself").
        let other = |i: usize| {
            self.class_at(i)
                .is_some_and(|c| c != self.main && !is_generic(c))
                && w.any(i.saturating_sub(6), i, |x| {
                    matches!(x, "in" | "during" | "from" | "since")
                })
        };
        if toll.is_some() && (a.saturating_sub(6)..(b + 8).min(w.len())).any(other) {
            return None;
        }
        // "four bombs were dropped", "captured three boats", "fired 11
        // shots": the verb says what is counted, as a toll's does.
        const DEEDS: &[(&str, &str)] = &[
            ("dropp", "dropped"),
            ("explod", "exploded"),
            ("captur", "captured"),
            ("seiz", "seized"),
            ("confiscat", "seized"),
            ("destroy", "destroyed"),
            ("damag", "damaged"),
            ("rescu", "rescued"),
            ("fired", "fired"),
        ];
        let deed = || {
            let verb = |i: usize| {
                DEEDS
                    .iter()
                    .find(|(stem, _)| w.lower(i).starts_with(stem))
                    .map(|d| d.1)
            };
            let passive = (b + 1..(b + 3).min(w.len()))
                .take_while(|&i| {
                    matches!(w.lower(i), "were" | "was" | "had" | "been" | "have")
                        || verb(i).is_some()
                })
                .find_map(verb);
            passive.or_else(|| (a.saturating_sub(2)..a).rev().find_map(verb))
        };
        let attribute = match toll {
            Some(t) => Attribute::new(Frame::Count, format!("{noun} {}", t.as_str()))
                .with_facet(Facet::Toll(t)),
            None => match deed() {
                Some(d) => Attribute::new(Frame::Count, format!("{noun} {d}")),
                None => Attribute::new(Frame::Count, noun),
            },
        };
        Some((attribute, *n))
    }

    /// "measured 6.2 on the Richter scale": a magnitude.
    pub fn richter(&self, b: usize, n: &Number) -> Option<Quantity> {
        let w = self.words;
        let scale = w.lower(b) == "on"
            && w.lower(b + 1) == "the"
            && matches!(w.lower(b + 2), "richter" | "moment");
        (scale && n.value > 0.0 && n.value < 10.0).then(|| Quantity {
            value: n.value,
            unit: "magnitude".into(),
            approx: n.approx,
        })
    }

    /// "Esther Williams dies at 91": the age of the person named just
    /// before a verb of dying.
    pub fn died_at(&self, a: usize, b: usize, n: &Number) -> Option<(Attribute, Quantity)> {
        let w = self.words;
        if a < 4
            || w.lower(a - 1) != "at"
            || !matches!(w.lower(a - 2), "dies" | "died" | "dead")
            || b > a + 1
            || n.value.fract() != 0.0
            || !(1.0..=120.0).contains(&n.value)
        {
            return None;
        }
        let verb = a - 2;
        let mut first = verb;
        while first > 0
            && verb - first < 4
            && w.is_capitalized(first - 1)
            && (first == verb || !w.comma_before(first))
        {
            first -= 1;
        }
        let name: Vec<&str> = (first..verb).map(|i| w.lower(i)).collect();
        let name = super::name::without_titles(&name);
        if name.len() < 2 {
            return None;
        }
        let age = Quantity {
            value: n.value,
            unit: "year_of_age".into(),
            approx: n.approx,
        };
        Some((Attribute::age(&name.join(" ")), age))
    }

    /// "shot 11 times", "hit by seven bullets", "stabbed 17 times": how
    /// many times someone was hit, as the subject "times shot" or "times
    /// stabbed". Shots fired ("fired 11 shots") are not hits.
    pub(crate) fn times_hit(&self, a: usize, b: usize) -> Option<&'static str> {
        let w = self.words;
        let kind = |x: &str| {
            if starts_any(x, &["stabb"]) {
                Some("times stabbed")
            } else if matches!(x, "shot" | "hit" | "hitting" | "struck" | "striking") {
                Some("times shot")
            } else {
                None
            }
        };
        let before = || {
            (a.saturating_sub(3)..a)
                .rev()
                .find_map(|i| kind(w.lower(i)))
        };
        match w.lower(b) {
            "times" => before(),
            "bullets" => {
                before().or_else(|| (b + 1..(b + 3).min(w.len())).find_map(|i| kind(w.lower(i))))
            }
            _ => None,
        }
        .filter(|s| {
            *s == "times stabbed" || !(a.saturating_sub(3)..a).any(|i| w.lower(i) == "fired")
        })
    }
}

/// Tolls a sentence puts at none: "no one was killed", "there were no
/// casualties", "no dead or wounded", "no injuries were reported". Each is
/// the toll's name ("killed", "injured") and the words, in the sentence's
/// bytes. "No reports of casualties" is an absence of reports, not a toll.
pub(crate) fn zero_tolls(parse: &crate::syntax::Parse<'_>) -> Vec<(Harm, Span)> {
    use crate::syntax::Relation;
    let words = parse.words();
    let tolls = |lemma: &str| -> Vec<Harm> {
        if lemma.starts_with("casualt") {
            vec![Harm::Killed, Harm::Injured]
        } else {
            toll_of(lemma).into_iter().collect()
        }
    };
    let none = |i: usize| {
        let w = &words[i];
        matches!(w.lemma.as_str(), "nobody" | "none")
            || parse
                .dependents(i)
                .any(|d| d.relation == Relation::Det && d.lemma == "no")
    };
    let reported_absence = |i: usize| {
        words[i].head.is_some_and(|h| {
            words[h].lemma == "report" && words[h].upos == crate::syntax::Upos::Noun
        })
    };
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let mut hit: Vec<(usize, usize)> = Vec::new();
        // "no casualties", "no dead or wounded"
        if none(i) && !reported_absence(i) {
            let start = words
                .iter()
                .position(|d| d.head == Some(i) && d.lemma == "no")
                .unwrap_or(i);
            hit.push((start, i));
            for (j, c) in words.iter().enumerate() {
                if c.head == Some(i) && c.relation == Relation::Conj {
                    hit.push((start, j));
                }
            }
        }
        // "no one was killed or injured"
        if w.upos == crate::syntax::Upos::Verb {
            let subject = words.iter().enumerate().find(|(_, d)| {
                d.head == Some(i) && matches!(d.relation, Relation::Nsubj | Relation::NsubjPass)
            });
            if let Some((k, _)) = subject.filter(|(k, _)| none(*k)) {
                let start = words
                    .iter()
                    .position(|d| d.head == Some(k) && d.lemma == "no")
                    .unwrap_or(k);
                hit.push((start, i));
                for (j, c) in words.iter().enumerate() {
                    if c.head == Some(i) && c.relation == Relation::Conj {
                        hit.push((start, j));
                    }
                }
            }
        }
        for (start, end) in hit {
            for t in tolls(&words[end].lemma) {
                let span = Span::new(words[start].span.start, words[end].span.end);
                if !out.contains(&(t, span)) {
                    out.push((t, span));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::Model;
    use crate::Options;

    fn zero(s: &str) -> Vec<(&'static str, String)> {
        let model = Model::english().expect("the shipped model");
        let parse = model.parse(s, &Options::new()).expect("parses");
        zero_tolls(&parse)
            .into_iter()
            .map(|(t, sp)| (t.as_str(), sp.slice(s).unwrap_or("").to_string()))
            .collect()
    }

    #[test]
    fn tolls_put_at_none() {
        assert_eq!(
            zero("No one was killed in the attack."),
            [("killed", "No one was killed".to_string())]
        );
        let both = zero("There were no casualties in the camp.");
        assert!(
            both.iter().any(|(t, _)| *t == "killed") && both.iter().any(|(t, _)| *t == "injured")
        );
        assert!(zero("There were no immediate reports of casualties.").is_empty());
        assert!(zero("No bombs fell on the school.").is_empty());
    }
}
