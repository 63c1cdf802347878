//! What a value is a value of, read from its sentence's dependency parse
//! by one mechanism for every value: the phrase's head word, the noun it
//! counts or measures (`nummod`, `nmod`, `compound`, `amod`), the verb it
//! hangs from (`obj`, `obl`, `nsubj`) and whose it is (`nmod:poss`, a
//! named subject).

use crate::model::words::word_set_fn;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::words::{word_set, WordSet};
use crate::model::{Dimension, Lemma, Reading, Span};
use crate::syntax::{Parse, Relation, Upos, Word};

static CONCEPTS: &str = include_str!("../../data/lexicon/concepts.tsv");

/// Each lemma's concept (`data/lexicon/concepts.tsv`); a lemma in no
/// concept is its own.
fn concept(lemma: &str) -> Lemma {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        CONCEPTS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split_once('\t'))
            .flat_map(|(c, words)| words.split_whitespace().map(move |w| (w, c)))
            .collect()
    });
    Lemma::new(map.get(lemma).copied().unwrap_or(lemma))
}

/// "a 200-student school", "a 13-member jury": a number joined by a
/// hyphen to a noun, before the noun it describes, counts the first noun.
/// `between` is the text between the number and the word after it; `noun`
/// and `head` are the two words after the number (lower case).
pub(crate) fn compound_count(between: &str, noun: &str, head: &str) -> Option<Reading> {
    let letters = |w: &str| w.len() >= 3 && w.chars().all(|c| c.is_ascii_lowercase());
    let (_, other) = crate::syntax::known(noun);
    let described = letters(head) && crate::syntax::known(head).0;
    (between == "-"
        && letters(noun)
        && crate::syntax::known(noun).0
        && !other
        && described
        && crate::recognize::unit_word(noun).is_none()
        && !crate::recognize::is_time_word(noun))
    .then(|| Reading::new(Dimension::Count, concept(noun)))
}

/// "the 86-year-old structure": an age before a noun for no person is the
/// age of that thing. `noun` is the word after the age, written in lower
/// case (a capital starts a name: "29-year-old Ann Jones").
pub(crate) fn age_of_thing(noun: &str) -> Option<Reading> {
    static PEOPLE: OnceLock<WordSet> = OnceLock::new();
    let people =
        PEOPLE.get_or_init(|| word_set(include_str!("../../data/lexicon/person_nouns.txt")));
    let thing = noun.len() >= 3
        && noun.chars().all(|c| c.is_ascii_lowercase())
        && crate::syntax::known(noun).0
        && !people.contains(noun)
        && concept(noun).as_str() != "person";
    thing.then(|| Reading::new(Dimension::Age, concept(noun)))
}

crate::model::words::word_set_fn! {
    /// The verbs of building, by lemma.
    fn is_building_verb = "building_verbs.txt"
}

crate::model::words::word_set_fn! {
    /// The forms of the verbs of building that may stand before a year
    /// ("built in", "dates to"): asked before a parse.
    fn is_built_form = "built_forms.txt"
}

/// Whether a word may say that something was built (asked of the words
/// just before a year, so that only those sentences are parsed for it).
pub(crate) fn may_say_built(lower: &str) -> bool {
    is_built_form(lower)
}

/// "It was built in 1935", "the building dates to 1935", "a warehouse
/// built in the 1930s": a year of building is the age of the thing built,
/// as of the writing. The year's words are at `span` (in the sentence);
/// the thing is the subject of "build", "construct", "erect" or "date
/// (back) to", or the noun such a participle describes.
pub(crate) fn built_in(parse: &Parse<'_>, span: Span) -> Option<Reading> {
    let words = parse.words();
    let inside = covered(parse, span);
    let year = *inside
        .iter()
        .find(|&&i| words[i].head.is_none_or(|h| !inside.contains(&h)))?;
    let verb = words[year].head?;
    let v = &words[verb];
    if !is_building_verb(&v.lemma) || v.upos != Upos::Verb {
        return None;
    }
    // "dates to 1935", "dating back to 1935": a date's verb needs "to"
    let to = parse
        .dependents(year)
        .any(|w| w.relation == Relation::Case && matches!(w.lemma.as_str(), "to" | "in"));
    if !to {
        return None;
    }
    let subject = words
        .iter()
        .position(|w| {
            w.head == Some(verb) && matches!(w.relation, Relation::Nsubj | Relation::NsubjPass)
        })
        .or_else(|| {
            // "the warehouse building, built in the 1930s"
            v.head.filter(|_| v.relation.universal() == Relation::Acl)
        })?;
    let s = &words[subject];
    (is_noun(s) && s.upos != Upos::Propn).then(|| Reading::new(Dimension::Age, concept(&s.lemma)))
}

/// What a reading rests on: the reading, the words to quote and the
/// sentence's other content words.
#[derive(Debug, PartialEq)]
pub(crate) struct Read {
    pub reading: Reading,
    /// The mention and the noun it is of, in the sentence's bytes.
    pub span: Span,
    /// The lemmas of the sentence's nouns, names, verbs, adjectives and
    /// numbers outside the value, sorted, without the light verbs.
    pub context: Vec<Lemma>,
}

word_set_fn! {
    /// Verbs that say little of what a value is ("had 12 points", "was 43").
    fn is_light = "light_verbs.txt"
}

word_set_fn! {
    /// Words that deny what their clause says ("not", "never", "no team").
    fn is_negation = "negations.txt"
}

/// The clause of verb `v` is denied: "did not fire", "never served", "no
/// team has offered". A denied clause asserts no value of what it speaks of.
fn negated(parse: &Parse<'_>, v: usize) -> bool {
    parse.words().iter().enumerate().any(|(k, w)| {
        w.head == Some(v)
            && match w.relation.universal() {
                Relation::Advmod => is_negation(&w.lemma),
                Relation::Nsubj => {
                    is_negation(&w.lemma)
                        || parse
                            .dependents(k)
                            .any(|d| d.relation == Relation::Det && is_negation(&d.lemma))
                }
                _ => false,
            }
    })
}

word_set_fn! {
    /// Nouns of a period of time that can bound what a verb counts.
    fn is_period = "periods.txt"
}

/// What bounds the verb `v`: a period it is set in ("won two games last
/// season", "in a season") or a time clause ("missed nine games before
/// coming back").
fn bound(parse: &Parse<'_>, v: usize, value: &[usize]) -> Option<Lemma> {
    let words = parse.words();
    parse.words().iter().enumerate().find_map(|(k, w)| {
        // the value's own words ("for 15 years") bound nothing
        if w.head != Some(v) || value.contains(&k) {
            return None;
        }
        match w.relation.universal() {
            // "during a 15-2 run": what "during" names bounds the verb,
            // whatever the noun
            Relation::Obl
                if parse
                    .dependents(k)
                    .any(|d| d.relation == Relation::Case && d.lemma == "during") =>
            {
                Some(Lemma::new(&w.lemma))
            }
            Relation::Obl if is_period(&w.lemma) => {
                let which = parse.dependents(k).find(|d| {
                    matches!(d.relation, Relation::Amod | Relation::Det)
                        && d.lemma != "a"
                        && d.lemma != "the"
                });
                // "this season", "this year": the period the report is
                // written in, which every like count is of unless it says
                // otherwise; no bound
                if which.is_some_and(|d| d.lemma == "this") {
                    return None;
                }
                let which = which.map(|d| format!("{} ", d.lemma)).unwrap_or_default();
                Some(Lemma::new(&format!("{which}{}", w.lemma)))
            }
            Relation::Advcl => {
                let mark = parse.dependents(k).find(|d| {
                    d.relation == Relation::Mark
                        && matches!(
                            d.lemma.as_str(),
                            "before" | "after" | "until" | "since" | "while"
                        )
                })?;
                Some(Lemma::new(&format!("{} {}", mark.lemma, words[k].lemma)))
            }
            _ => None,
        }
    })
}

word_set_fn! {
    /// Adjectives that make a count the rest of a set ("three other bombs").
    fn is_rest = "rest_of_a_set.txt"
}

word_set_fn! {
    /// Determiners that point at something already known.
    fn is_definite = "definite_determiners.txt"
}

fn context(parse: &Parse<'_>, inside: &[usize]) -> Vec<Lemma> {
    let mut out: Vec<Lemma> = parse
        .words()
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            !inside.contains(i)
                && matches!(
                    w.upos,
                    Upos::Noun | Upos::Propn | Upos::Verb | Upos::Adj | Upos::Num
                )
                && !is_light(&w.lemma)
        })
        .map(|(_, w)| concept(&w.lemma))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The words of `parse` that `span` (in the sentence's bytes) covers.
fn covered(parse: &Parse<'_>, span: Span) -> Vec<usize> {
    parse
        .words()
        .iter()
        .enumerate()
        .filter(|(_, w)| w.span.start < span.end && w.span.end > span.start)
        .map(|(i, _)| i)
        .collect()
}

fn is_verb(w: &Word) -> bool {
    w.upos == Upos::Verb
}

/// A common noun written in letters ("p. m." is no noun, whatever its tag).
fn is_noun(w: &Word) -> bool {
    w.upos == Upos::Noun && w.lemma.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// The verb a word hangs from, through at most one adverb or adposition
/// ("married two weeks ago": `ago`, then `married`).
fn predicate_of(parse: &Parse<'_>, i: usize) -> Option<usize> {
    let words = parse.words();
    let h = words[i].head?;
    if is_verb(&words[h]) {
        return Some(h);
    }
    let step = matches!(words[h].upos, Upos::Adv | Upos::Adp);
    let g = words[h].head.filter(|_| step)?;
    is_verb(&words[g]).then_some(g)
}

/// A named holder among `i`'s dependents by `relations`: the last word of
/// the name ("Richard Carter" gives "carter").
fn named(parse: &Parse<'_>, i: usize, relations: &[Relation]) -> Option<Lemma> {
    let words = parse.words();
    let (k, w) = words
        .iter()
        .enumerate()
        .find(|(_, w)| w.head == Some(i) && relations.contains(&w.relation))?;
    if w.upos != Upos::Propn {
        return None;
    }
    Some(surname(parse, k))
}

/// The last word of the name headed by word `k` ("Richard Carter" gives
/// "carter").
fn surname(parse: &Parse<'_>, k: usize) -> Lemma {
    let words = parse.words();
    let last = words
        .iter()
        .enumerate()
        .filter(|(_, x)| x.head == Some(k) && x.relation == Relation::Flat)
        .map(|(j, _)| j)
        .max()
        .unwrap_or(k);
    let text = parse.text_of(&words[last]);
    let text = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .unwrap_or(text);
    Lemma::new(text)
}

/// The named person a relative clause tells of: in "Andy Ryan, who has
/// worked there for 30 years", the subject "who" stands for the name the
/// clause hangs from.
fn relative_subject(parse: &Parse<'_>, v: usize) -> Option<Lemma> {
    let words = parse.words();
    if words[v].relation != Relation::AclRelcl {
        return None;
    }
    let relative = words.iter().any(|w| {
        w.head == Some(v)
            && matches!(w.relation, Relation::Nsubj | Relation::NsubjPass)
            && matches!(w.lemma.as_str(), "who" | "that" | "which")
    });
    let h = words[v].head?;
    if !relative {
        return None;
    }
    if words[h].upos == Upos::Propn {
        return Some(surname(parse, h));
    }
    // "Baker Tom Lane, who ...": the name in apposition to the noun
    let named = words.iter().position(|w| {
        w.head == Some(h) && w.relation == Relation::Appos && w.upos == Upos::Propn
    })?;
    Some(surname(parse, named))
}

/// Whose the thing or the act is: a named possessor of the thing ("Gray's
/// body"), else the verb's named subject ("Carter had 12 points").
fn holder(parse: &Parse<'_>, thing: Option<usize>, verb: Option<usize>) -> Option<Lemma> {
    thing
        .and_then(|t| named(parse, t, &[Relation::NmodPoss]))
        .or_else(|| verb.and_then(|v| named_subject(parse, v)))
        .or_else(|| verb.and_then(|v| relative_subject(parse, v)))
}

/// A verb's named subject; a verb joined to another with no subject of its
/// own shares the first one's ("Thomas was hurt ... and missed 10 games").
fn named_subject(parse: &Parse<'_>, v: usize) -> Option<Lemma> {
    const SUBJECTS: &[Relation] = &[Relation::Nsubj, Relation::NsubjPass];
    if let Some(name) = named(parse, v, SUBJECTS) {
        return Some(name);
    }
    let words = parse.words();
    let own = parse
        .dependents(v)
        .any(|w| SUBJECTS.contains(&w.relation) || w.relation == Relation::Expl);
    let first = words[v]
        .head
        .filter(|&h| !own && words[v].relation == Relation::Conj && is_verb(&words[h]))?;
    named(parse, first, SUBJECTS)
}

/// "ended the game with 29 points": a "with" phrase after a verb's
/// definite object (the game, the night, the season already named) tells
/// what the verb's subject did, not what the object holds; the verb is
/// the count's.
fn with_after_definite_object(parse: &Parse<'_>, thing: usize) -> Option<usize> {
    let words = parse.words();
    if words[thing].relation.universal() != Relation::Nmod {
        return None;
    }
    let with = parse
        .dependents(thing)
        .any(|w| w.relation == Relation::Case && w.lemma == "with");
    let object = words[thing].head?;
    let definite = parse
        .dependents(object)
        .any(|w| w.relation == Relation::Det && w.lemma == "the");
    let verb = words[object].head?;
    (with && definite && words[object].relation == Relation::Obj && is_verb(&words[verb]))
        .then_some(verb)
}

/// The noun a number heads by "of" ("Two of the bombs"): the set the
/// number counts part of.
fn partitive(parse: &Parse<'_>, number: usize) -> Option<usize> {
    let words = parse.words();
    if words[number].upos != Upos::Num {
        return None;
    }
    words.iter().enumerate().position(|(i, w)| {
        w.head == Some(number)
            && w.relation.universal() == Relation::Nmod
            && is_noun(w)
            && parse
                .dependents(i)
                .any(|c| c.relation == Relation::Case && c.lemma == "of")
    })
}

/// What the number in "a mother of 12" counts ("child"), by the parent
/// noun (`data/lexicon/parents.tsv`).
fn counted_by_parent(noun: &str) -> Option<&'static str> {
    static PARENTS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    PARENTS
        .get_or_init(|| {
            include_str!("../../data/lexicon/parents.tsv")
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .collect()
        })
        .get(noun)
        .copied()
}

/// "Zurana Horton, 34, a mother of 12", "the mother of 13": a number of a
/// parent counts the parent's children; the holder is the name the parent
/// noun stands beside, when the sentence gives one.
fn children_of(
    parse: &Parse<'_>,
    anchor: usize,
    span: Span,
    dimension: Dimension,
    inside: &[usize],
) -> Option<Read> {
    let words = parse.words();
    let a = &words[anchor];
    if dimension != Dimension::Count || a.relation.universal() != Relation::Nmod {
        return None;
    }
    let parent = a.head?;
    // a headline capitalizes the parent noun ("Mother of 13")
    let counted = counted_by_parent(&words[parent].lemma.to_lowercase())?;
    let of = parse
        .dependents(anchor)
        .any(|w| w.relation == Relation::Case && w.lemma == "of");
    if !of {
        return None;
    }
    // the name the parent noun is in apposition to, or a name inside it
    let name = match (words[parent].relation, words[parent].head) {
        (Relation::Appos, Some(h)) if words[h].upos == Upos::Propn => Some(h),
        _ => words.iter().position(|w| {
            w.head == Some(parent) && w.upos == Upos::Propn && w.relation != Relation::Compound
        }),
    };
    let mut reading = Reading::new(Dimension::Count, Lemma::new(counted));
    if let Some(n) = name {
        reading = reading.with_holder(surname(parse, n));
    }
    let w = &words[parent].span;
    Some(Read {
        reading,
        span: Span::new(span.start.min(w.start), span.end.max(w.end)),
        context: context(parse, inside),
    })
}

/// Reads what the value at `span` (in the sentence's bytes) is a value of.
/// `count` says the value is a bare number: it must count a noun
/// (`nummod`). A measure, an amount or a duration may instead be of a noun
/// it modifies or hang from a verb.
pub(crate) fn read(parse: &Parse<'_>, span: Span, dimension: Dimension) -> Option<Read> {
    let words = parse.words();
    let inside = covered(parse, span);
    // the phrase's head: the covered word whose head is outside it
    let anchor = *inside
        .iter()
        .find(|&&i| words[i].head.is_none_or(|h| !inside.contains(&h)))?;
    let a = &words[anchor];
    // "loads a day", "seven days a week": one unit after "a" or "per" is a
    // rate, not a span of time
    let text = span.slice(parse.text()).unwrap_or("").to_lowercase();
    if dimension == Dimension::Duration && ["a ", "an ", "per "].iter().any(|p| text.starts_with(p))
    {
        return None;
    }
    let head = a.head;
    if let Some(read) = children_of(parse, anchor, span, dimension, &inside) {
        return Some(read);
    }
    // "Two of the bombs fell": a number heading "of" and a noun counts
    // part of that noun's set, and what was done to that part
    let partitive = partitive(parse, anchor).filter(|_| dimension == Dimension::Count);
    let thing = match (dimension, a.relation.universal()) {
        _ if partitive.is_some() => partitive,
        // "Four bombs": the number counts its noun
        (Dimension::Count, Relation::Nummod) => head.filter(|&h| is_noun(&words[h])),
        (Dimension::Count, _) => None,
        // "a depth of 1.2 miles", "an 86-yard run", "a $200 million offer"
        (_, Relation::Nmod | Relation::Compound | Relation::Amod | Relation::Nummod) => {
            head.filter(|&h| is_noun(&words[h]))
        }
        _ => None,
    };
    if dimension == Dimension::Count && thing.is_none() {
        return None;
    }
    // "4 months": a number of a unit of time is a duration, not a count
    let time_unit = |t: usize| {
        matches!(
            crate::recognize::lexicon::lookup(&words[t].lemma),
            crate::recognize::lexicon::Lex::TimeUnit(_)
        )
    };
    if dimension == Dimension::Count && thing.is_some_and(time_unit) {
        return None;
    }
    // "the other two bombs", "his 11 rebounds": a number after a definite
    // determiner or a possessive speaks of a set already named, or of part
    // of one; it states no count of its own
    if let Some(t) = thing.filter(|_| dimension == Dimension::Count && partitive.is_none()) {
        let definite = parse.dependents(t).any(|w| {
            w.relation == Relation::NmodPoss
                || (w.relation == Relation::Det && is_definite(&w.lemma))
                || (w.relation == Relation::Amod && is_rest(&w.lemma))
        });
        if definite {
            return None;
        }
    }
    // a verb that says little of what the value is does not name it
    let light = |v: usize| is_light(&words[v].lemma);
    let verb = match thing {
        // the part's verb is the number's own
        Some(_) if partitive.is_some() => match a.relation.universal() {
            Relation::Nsubj | Relation::Obj | Relation::Obl => head.filter(|&h| is_verb(&words[h])),
            _ => None,
        },
        Some(t) => {
            let rel = words[t].relation.universal();
            let direct = matches!(rel, Relation::Nsubj | Relation::Obj | Relation::Obl);
            words[t]
                .head
                .filter(|&h| direct && is_verb(&words[h]))
                .or_else(|| {
                    // "were dropped": a passive subject is the verb's object
                    (words[t].relation == Relation::NsubjPass)
                        .then_some(words[t].head)
                        .flatten()
                })
                .or_else(|| with_after_definite_object(parse, t))
        }
        None => match a.relation.universal() {
            Relation::Obj | Relation::Obl | Relation::Nsubj => predicate_of(parse, anchor),
            _ => None,
        },
    };
    // "sent separate letters last Friday": a day is of what its verb did
    // to its object
    let thing = thing.or_else(|| {
        let v = verb.filter(|_| dimension == Dimension::Date)?;
        parse.words().iter().position(|w| {
            w.head == Some(v)
                && matches!(w.relation, Relation::Obj | Relation::NsubjPass)
                && is_noun(w)
        })
    });
    if verb.is_some_and(|v| negated(parse, v)) {
        return None;
    }
    let holder = holder(parse, thing, verb);
    // a light verb names nothing ("had 12 points") but what bounds it
    // still does ("had five points during a 15-2 run")
    let during = verb.and_then(|v| bound(parse, v, &inside));
    let verb = verb.filter(|&v| !light(v));
    // What a value is must be said twice over: a count by its noun and
    // what was done to it or whose it is ("bombs dropped", "Carter's
    // points"), a measure by the noun it is of or by its verb and holder
    // ("weighed", Orozco's), an age by whose it is. A span of time may hang
    // from its verb alone ("He served 136 days"): reconciliation gives it
    // the holder of the one like reading that has one.
    let unnamed = matches!(
        (dimension, thing, verb, &holder),
        (Dimension::Age, _, _, None) | (Dimension::Count, Some(_), None, None) | (_, None, None, _)
    ) || (dimension != Dimension::Duration
        && thing.is_none()
        && verb.is_some()
        && holder.is_none());
    if unnamed {
        return None;
    }
    let mut reading = match (thing, verb) {
        (Some(t), _) => Reading::new(dimension, concept(&words[t].lemma)),
        (None, Some(v)) => Reading::of_predicate(dimension, concept(&words[v].lemma)),
        (None, None) => return None,
    };
    if thing.is_some() && matches!(dimension, Dimension::Count | Dimension::Date) {
        if let Some(v) = verb {
            reading = reading.with_predicate(concept(&words[v].lemma));
        }
    }
    if let Some(h) = holder {
        reading = reading.with_holder(h);
    }
    if let Some(d) = during {
        reading = reading.during(d);
    }
    let mut quote = span;
    if let Some(t) = thing {
        let w = &words[t].span;
        quote = Span::new(quote.start.min(w.start), quote.end.max(w.end));
    }
    Some(Read {
        reading,
        span: quote,
        context: context(parse, &inside),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::Model;
    use crate::Options;

    fn reading(sentence: &str, value: &str, dimension: Dimension) -> Option<String> {
        let model = Model::english().expect("the shipped model");
        let parse = model.parse(sentence, &Options::new()).expect("parses");
        let start = sentence.find(value).expect("the value is in its sentence");
        read(&parse, Span::new(start, start + value.len()), dimension)
            .map(|r| r.reading.to_string())
    }

    #[derive(serde::Deserialize)]
    struct Case {
        sentence: String,
        value: String,
        dimension: Dimension,
        reading: Option<String>,
    }

    #[test]
    fn the_cases_read_as_written() {
        let cases = include_str!("../../tests/data/readings/cases.jsonl");
        let mut n = 0;
        for line in cases.lines().filter(|l| !l.trim().is_empty()) {
            let case: Case = serde_json::from_str(line).expect("a case");
            let got = reading(&case.sentence, &case.value, case.dimension);
            assert_eq!(got, case.reading, "{}", case.sentence);
            n += 1;
        }
        assert!(n >= 14);
    }

    #[test]
    fn words_of_one_concept_read_alike() {
        assert_eq!(concept("dead"), concept("kill"));
        assert_eq!(concept("bullet").as_str(), "shot");
        assert_eq!(concept("bomb").as_str(), "bomb");
    }
}
