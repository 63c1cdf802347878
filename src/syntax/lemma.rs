//! Lemmas from the tag: WordNet's exception lists for irregular forms
//! ("children", "ran"), its detachment rules checked against its word list
//! for the rest (Morphy), and a short table of closed-class words and
//! contractions. Both lists are data files (`data/lemma/`).

use super::hash;
use super::tags::{Ptb, Upos};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: short keys, no per-map seed needed.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(hash::FNV_START)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash::fnv(self.0, bytes);
    }
}

type Fast = BuildHasherDefault<Fnv>;

static WORDNET: &str = include_str!("../../data/lemma/wordnet.tsv");
static CLOSED: &str = include_str!("../../data/lemma/closed.tsv");

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Class {
    Noun,
    Verb,
    Adj,
    Adv,
}

impl Class {
    fn from_code(c: &str) -> Option<Class> {
        Some(match c {
            "n" => Class::Noun,
            "v" => Class::Verb,
            "a" => Class::Adj,
            "r" => Class::Adv,
            _ => return None,
        })
    }
}

struct Lexicon {
    words: HashSet<(Class, &'static str), Fast>,
    exceptions: HashMap<(Class, &'static str), &'static str, Fast>,
    closed: HashMap<&'static str, &'static str, Fast>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lex = Lexicon {
            words: HashSet::default(),
            exceptions: HashMap::default(),
            closed: HashMap::default(),
        };
        for line in WORDNET.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&'static str> = line.split('\t').collect();
            match f.as_slice() {
                ["w", c, word] => {
                    if let Some(c) = Class::from_code(c) {
                        lex.words.insert((c, *word));
                    }
                }
                ["x", c, form, lemma] => {
                    if let Some(c) = Class::from_code(c) {
                        lex.exceptions.entry((c, *form)).or_insert(*lemma);
                    }
                }
                _ => {}
            }
        }
        for line in CLOSED.lines().filter(|l| !l.starts_with('#')) {
            if let Some((form, lemma)) = line.split_once('\t') {
                lex.closed.insert(form, lemma);
            }
        }
        lex
    })
}

const NOUN_RULES: &[(&str, &str)] = &[
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
];
const VERB_RULES: &[(&str, &str)] = &[
    ("s", ""),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
];
const ADJ_RULES: &[(&str, &str)] = &[("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

/// Whether WordNet knows `lower` (a lower-case word) as a noun, and
/// whether as a verb, an adjective or an adverb.
pub(crate) fn known(lower: &str) -> (bool, bool) {
    let lex = lexicon();
    let noun = lex.words.contains(&(Class::Noun, lower));
    let other = [Class::Verb, Class::Adj, Class::Adv]
        .iter()
        .any(|c| lex.words.contains(&(*c, lower)));
    (noun, other)
}

/// The lemma of a word with its tags.
///
/// # Example
/// ```
/// use concord::syntax::{lemma, Ptb, Upos};
/// assert_eq!(lemma("children", Upos::Noun, Ptb::Nns), "child");
/// assert_eq!(lemma("dropped", Upos::Verb, Ptb::Vbn), "drop");
/// assert_eq!(lemma("bombs", Upos::Noun, Ptb::Nns), "bomb");
/// assert_eq!(lemma("was", Upos::Aux, Ptb::Vbd), "be");
/// assert_eq!(lemma("Leeds", Upos::Propn, Ptb::Nnp), "Leeds");
/// ```
pub fn lemma(form: &str, upos: Upos, ptb: Ptb) -> String {
    if matches!(upos, Upos::Propn) && !matches!(ptb, Ptb::Nnps) {
        return form.to_string();
    }
    let lower = form.to_lowercase().replace('’', "'");
    let lex = lexicon();
    if let Some(l) = lex.closed.get(lower.as_str()) {
        if !matches!(upos, Upos::Noun | Upos::Propn | Upos::Adj) {
            return (*l).to_string();
        }
    }
    let (class, rules) = match ptb {
        Ptb::Nns | Ptb::Nnps => (Class::Noun, NOUN_RULES),
        Ptb::Vbd | Ptb::Vbg | Ptb::Vbn | Ptb::Vbz | Ptb::Vbp | Ptb::Vb => (Class::Verb, VERB_RULES),
        Ptb::Jjr | Ptb::Jjs => (Class::Adj, ADJ_RULES),
        Ptb::Rbr | Ptb::Rbs => (Class::Adv, ADJ_RULES),
        _ => {
            return if matches!(upos, Upos::Pron) && form == "I" {
                form.to_string()
            } else {
                lower
            }
        }
    };
    let keep_case = matches!(ptb, Ptb::Nnps);
    let word = if keep_case { form } else { lower.as_str() };
    let found = morphy(word, &lower, class, rules, lex);
    found.unwrap_or_else(|| word.to_string())
}

fn morphy(
    word: &str,
    lower: &str,
    class: Class,
    rules: &[(&str, &str)],
    lex: &Lexicon,
) -> Option<String> {
    if let Some(l) = lex.exceptions.get(&(class, lower)) {
        return Some(recase(word, l));
    }
    if lex.words.contains(&(class, lower)) && !matches!(class, Class::Noun) {
        return Some(word.to_string());
    }
    let mut first = None;
    for (suffix, ending) in rules {
        if lower.len() > suffix.len() + 1 && lower.ends_with(suffix) {
            let stem = format!("{}{}", &lower[..lower.len() - suffix.len()], ending);
            if lex.words.contains(&(class, stem.as_str())) {
                return Some(recase(word, &stem));
            }
            first.get_or_insert(stem);
        }
    }
    if lex.words.contains(&(class, lower)) {
        return Some(word.to_string());
    }
    // Unknown to WordNet: undo a doubled consonant ("blogged"), else the
    // first rule that applies.
    if matches!(class, Class::Verb) {
        for suffix in ["ing", "ed"] {
            if let Some(stem) = lower.strip_suffix(suffix) {
                let b = stem.as_bytes();
                if b.len() >= 3
                    && b[b.len() - 1] == b[b.len() - 2]
                    && !b"aeiouls".contains(&b[b.len() - 1])
                {
                    return Some(recase(word, &stem[..stem.len() - 1]));
                }
                if stem.len() >= 3 {
                    return Some(recase(word, stem));
                }
            }
        }
    }
    if lower.ends_with("ss") || lower.ends_with("us") || lower.ends_with("is") {
        return None;
    }
    first.map(|s| recase(word, &s))
}

/// `lemma` in the case `word` was written in, when the word kept its case.
fn recase(word: &str, lemma: &str) -> String {
    if word.chars().next().is_some_and(char::is_uppercase) {
        let mut c = lemma.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        }
    } else {
        lemma.to_string()
    }
}
