//! The tagger: a greedy averaged perceptron over word, affix, shape and
//! context features, with a dictionary for frequent unambiguous words.
//! Each class is a pair of a UD part of speech and a Penn Treebank tag.

use super::conllu::GoldSentence;
use super::hash;
use super::perceptron::{Averaged, KeyMap};
use super::rng::Rng;
use super::tags::{Ptb, Upos};
use super::weights::Weights;
use super::word::Atoms;

/// A trained tagger.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tagger {
    pub(crate) tags: Vec<(Upos, Ptb)>,
    /// Frequent words that always had one tag: form key to class.
    dict: KeyMap<u8>,
    /// Lowercase key to the hash of the set of tags seen for it.
    ambiguity: KeyMap<u32>,
    pub(crate) weights: Weights,
    /// The class of a cardinal number, which a word written in digits
    /// ("2,129") always is.
    cardinal: Option<u8>,
}

/// Start and end of a sentence, as tag classes.
const START: u64 = 1 << 40;
const START2: u64 = (1 << 40) + 1;

impl Tagger {
    pub(crate) fn new(
        tags: Vec<(Upos, Ptb)>,
        dict: Vec<(u32, u8)>,
        ambiguity: Vec<(u32, u32)>,
        weights: Weights,
    ) -> Tagger {
        let cardinal = tags
            .iter()
            .position(|t| *t == (Upos::Num, Ptb::Cd))
            .and_then(|c| u8::try_from(c).ok());
        Tagger {
            cardinal,
            dict: dict.into_iter().collect(),
            ambiguity: ambiguity.into_iter().collect(),
            tags,
            weights,
        }
    }

    /// The dictionary, by ascending key, as the model file holds it.
    pub(crate) fn dict(&self) -> Vec<(u32, u8)> {
        sorted(&self.dict)
    }

    /// The tag sets, by ascending key, as the model file holds them.
    pub(crate) fn ambiguity(&self) -> Vec<(u32, u32)> {
        sorted(&self.ambiguity)
    }

    fn ambiguities(&self, atoms: &[Atoms]) -> Vec<u64> {
        ambiguities(&self.ambiguity, atoms)
    }

    /// Tags one sentence's words; one class per word.
    pub(crate) fn tag(&self, atoms: &[Atoms]) -> Vec<u8> {
        self.tag_with(atoms, self.cardinal)
    }

    /// The tags the model itself guesses, without the rule that a word in
    /// digits is a cardinal: what the parser is trained on (jackknifing).
    /// The rule came after the shipped model; training the parser on it
    /// was measured (EWT test `nummod` LAS 89.1 to 86.8), not adopted.
    pub(crate) fn guess(&self, atoms: &[Atoms]) -> Vec<u8> {
        self.tag_with(atoms, None)
    }

    fn tag_with(&self, atoms: &[Atoms], cardinal: Option<u8>) -> Vec<u8> {
        let amb = self.ambiguities(atoms);
        let mut out: Vec<u8> = Vec::with_capacity(atoms.len());
        let mut feats = Vec::with_capacity(40);
        let mut scores = vec![0i32; self.weights.classes()];
        for i in 0..atoms.len() {
            if let Some(&c) = self.dict.get(&fold(atoms[i].form)) {
                out.push(c);
                continue;
            }
            if let Some(c) = cardinal.filter(|_| atoms[i].numeral) {
                out.push(c);
                continue;
            }
            features(atoms, &amb, &out, i, &mut feats);
            self.weights.score(&feats, &mut scores);
            out.push(argmax(&scores) as u8);
        }
        out
    }
}

fn sorted<V: Copy>(map: &KeyMap<V>) -> Vec<(u32, V)> {
    let mut v: Vec<(u32, V)> = map.iter().map(|(&k, &v)| (k, v)).collect();
    v.sort_unstable_by_key(|e| e.0);
    v
}

fn ambiguities(map: &KeyMap<u32>, atoms: &[Atoms]) -> Vec<u64> {
    atoms
        .iter()
        .map(|a| map.get(&fold(a.lower)).map_or(7, |&h| u64::from(h)))
        .collect()
}

fn fold(h: u64) -> u32 {
    (h ^ (h >> 32)) as u32
}

fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// The features of word `i`, given the classes already chosen before it.
fn features(atoms: &[Atoms], amb: &[u64], prev: &[u8], i: usize, out: &mut Vec<u32>) {
    out.clear();
    const NONE: Atoms = Atoms {
        form: 3,
        lower: 3,
        prefix: [3; 3],
        suffix: [3; 4],
        shape: 3,
        numeral: false,
    };
    let at = |j: isize| -> &Atoms {
        if j < 0 || j as usize >= atoms.len() {
            &NONE
        } else {
            &atoms[j as usize]
        }
    };
    let amb_at = |j: isize| -> u64 {
        if j < 0 || j as usize >= amb.len() {
            5
        } else {
            amb[j as usize]
        }
    };
    let i = i as isize;
    let t1 = if i >= 1 {
        u64::from(prev[i as usize - 1])
    } else {
        START
    };
    let t2 = if i >= 2 {
        u64::from(prev[i as usize - 2])
    } else if i == 1 {
        START
    } else {
        START2
    };
    let w = at(i);
    let mut f = |t: u64, atoms: &[u64]| out.push(hash::key(t, atoms));
    f(0, &[]);
    f(1, &[w.lower]);
    f(2, &[w.form]);
    for (k, &s) in w.suffix.iter().enumerate() {
        f(3 + k as u64, &[s]);
    }
    for (k, &p) in w.prefix.iter().enumerate() {
        f(7 + k as u64, &[p]);
    }
    f(10, &[w.shape]);
    f(11, &[t1]);
    f(12, &[t2]);
    f(13, &[t1, t2]);
    f(14, &[t1, w.lower]);
    f(15, &[at(i - 1).lower]);
    f(16, &[at(i - 1).suffix[2]]);
    f(17, &[at(i - 2).lower]);
    f(18, &[at(i + 1).lower]);
    f(19, &[at(i + 1).suffix[2]]);
    f(20, &[at(i + 2).lower]);
    f(21, &[amb_at(i)]);
    f(22, &[amb_at(i + 1)]);
    f(23, &[amb_at(i + 2)]);
    f(24, &[at(i - 1).lower, w.lower]);
    f(25, &[w.lower, at(i + 1).lower]);
    f(26, &[t1, amb_at(i)]);
    f(27, &[amb_at(i), amb_at(i + 1)]);
    f(28, &[t1, w.suffix[2]]);
    f(29, &[w.shape, amb_at(i)]);
    f(30, &[t1, at(i + 1).lower]);
    f(31, &[at(i + 1).shape]);
    f(32, &[u64::from(i == 0), w.shape]);
}

/// Training choices for the tagger.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TaggerConfig {
    pub(crate) epochs: usize,
    pub(crate) seed: u64,
    /// A word needs this many sightings for its ambiguity class.
    pub(crate) ambiguity_min: usize,
}

/// Every (UPOS, PTB) pair seen, in a fixed order.
pub(crate) fn tag_set(sentences: &[GoldSentence]) -> Vec<(Upos, Ptb)> {
    let mut tags: Vec<(Upos, Ptb)> = sentences
        .iter()
        .flat_map(|s| s.words.iter().map(|w| (w.upos, w.ptb)))
        .collect();
    tags.sort();
    tags.dedup();
    tags
}

/// Trains a tagger whose classes are `tags`.
pub(crate) fn train(
    sentences: &[GoldSentence],
    tags: &[(Upos, Ptb)],
    config: TaggerConfig,
) -> Tagger {
    let class_of = |u: Upos, p: Ptb| tags.iter().position(|&t| t == (u, p)).map(|c| c as u8);
    let gold: Vec<Vec<u8>> = sentences
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| class_of(w.upos, w.ptb).unwrap_or(0))
                .collect()
        })
        .collect();
    let atoms: Vec<Vec<Atoms>> = sentences
        .iter()
        .map(|s| s.words.iter().map(|w| Atoms::of(&w.form)).collect())
        .collect();

    // Dictionary and ambiguity classes.
    let mut by_form: std::collections::BTreeMap<u32, Vec<u32>> = Default::default();
    let mut by_lower: std::collections::BTreeMap<u32, Vec<u32>> = Default::default();
    for (a, g) in atoms.iter().zip(&gold) {
        for (w, &c) in a.iter().zip(g) {
            by_form
                .entry(fold(w.form))
                .or_insert_with(|| vec![0; tags.len()])[c as usize] += 1;
            by_lower
                .entry(fold(w.lower))
                .or_insert_with(|| vec![0; tags.len()])[c as usize] += 1;
        }
    }
    let mut dict = Vec::new();
    for (&k, counts) in &by_form {
        let total: u32 = counts.iter().sum();
        let best = argmax(counts);
        if total >= 20 && f64::from(counts[best]) / f64::from(total) >= 0.97 {
            dict.push((k, best as u8));
        }
    }
    let classes_of = |counts: &[u32]| -> Option<u32> {
        let total: u32 = counts.iter().sum();
        if (total as usize) < config.ambiguity_min.max(1) {
            return None;
        }
        let mut h = 0x51u64;
        for (c, &n) in counts.iter().enumerate() {
            if n * 20 >= total && n > 0 {
                h = hash::mix(h, c as u64);
            }
        }
        Some(fold(h))
    };
    let ambiguity: Vec<(u32, u32)> = by_lower
        .iter()
        .filter_map(|(&k, counts)| classes_of(counts).map(|a| (k, a)))
        .collect();
    // In training, a sentence's words get the tags seen for them in the
    // other parts of the treebank, as an unseen sentence's words would.
    const PARTS: usize = 10;
    let mut by_part: Vec<std::collections::HashMap<u32, Vec<u32>>> =
        vec![Default::default(); PARTS];
    for (s, (a, g)) in atoms.iter().zip(&gold).enumerate() {
        for (w, &c) in a.iter().zip(g) {
            by_part[s % PARTS]
                .entry(fold(w.lower))
                .or_insert_with(|| vec![0; tags.len()])[c as usize] += 1;
        }
    }
    let held_out: Vec<KeyMap<u32>> = by_part
        .iter()
        .map(|part| {
            by_lower
                .iter()
                .filter_map(|(&k, counts)| {
                    let rest: Vec<u32> = match part.get(&k) {
                        Some(own) => counts.iter().zip(own).map(|(a, b)| a - b).collect(),
                        None => counts.clone(),
                    };
                    classes_of(&rest).map(|a| (k, a))
                })
                .collect()
        })
        .collect();
    let mut model = Tagger::new(
        tags.to_vec(),
        dict,
        ambiguity,
        Weights::new(1, vec![], vec![0], vec![], vec![]),
    );

    let mut p = Averaged::new(tags.len());
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = Rng::new(config.seed);
    let mut feats = Vec::with_capacity(40);
    let mut scores = vec![0f32; tags.len()];
    for _ in 0..config.epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let (a, g) = (&atoms[s], &gold[s]);
            let amb = ambiguities(&held_out[s % PARTS], a);
            let mut prev: Vec<u8> = Vec::with_capacity(a.len());
            for i in 0..a.len() {
                if let Some(&c) = model.dict.get(&fold(a[i].form)) {
                    prev.push(c);
                    continue;
                }
                features(a, &amb, &prev, i, &mut feats);
                p.score(&feats, &mut scores);
                let guess = argmax(&scores);
                p.update(&feats, usize::from(g[i]), guess);
                p.tick();
                prev.push(guess as u8);
            }
        }
    }
    model.weights = p.finish();
    model
}
