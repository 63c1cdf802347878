//! Training a model from a treebank: the tagger on every sentence, the
//! parser on tags guessed by taggers that never saw the sentence
//! (jackknifing), so it learns from the tags it will really be given.
//! Deterministic: the same treebank and configuration give the same bytes.

use super::conllu::GoldSentence;
use super::parser::{self, Example, ParserConfig};
use super::tagger::{self, TaggerConfig};
use super::tags::Relation;
use super::word::Atoms;
use super::Model;

/// How a model is trained.
///
/// # Example
/// ```
/// let config = concord::syntax::train::TrainConfig::default();
/// assert_eq!(config.folds, 10);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct TrainConfig {
    /// Passes of the tagger over the treebank.
    pub tagger_epochs: usize,
    /// Passes of the parser over the treebank.
    pub parser_epochs: usize,
    /// Parts the treebank is cut into to predict the parser's training tags.
    pub folds: usize,
    /// The seed of every shuffle.
    pub seed: u64,
    /// From this parser epoch on, training follows the parser's own moves...
    pub explore_from: usize,
    /// ...with this probability.
    pub explore: f64,
    /// A word needs this many sightings for the tagger to know its tags.
    pub ambiguity_min: usize,
    /// Weights below this are dropped (see [`prune`]).
    pub prune: i16,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            tagger_epochs: 8,
            parser_epochs: 15,
            folds: 10,
            seed: 0x5eed,
            explore_from: 1,
            explore: 0.9,
            ambiguity_min: 1,
            prune: 400,
        }
    }
}

/// Trains a model on a treebank's sentences.
///
/// # Example
/// ```
/// use concord::syntax::{conllu, train};
/// let text = "1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n\
///     2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n\n";
/// let bank = conllu::read(text)?;
/// let mut config = train::TrainConfig::default();
/// config.folds = 1;
/// let model = train::train(&bank, &config);
/// let words = model.parse_words(&["Dogs", "bark"]);
/// assert_eq!(words[1].head, 0);
/// # Ok::<(), conllu::ConlluError>(())
/// ```
pub fn train(treebank: &[GoldSentence], config: &TrainConfig) -> Model {
    let tag_set = tagger::tag_set(treebank);
    let tags = tag_set.as_slice();
    let tagger_config = TaggerConfig {
        epochs: config.tagger_epochs,
        seed: config.seed,
        ambiguity_min: config.ambiguity_min,
    };
    let tagger = tagger::train(treebank, tags, tagger_config);

    // Jackknifed tags: fold k is tagged by a tagger trained on the rest.
    let folds = config.folds.max(1);
    let mut predicted: Vec<Vec<u8>> = vec![Vec::new(); treebank.len()];
    let atoms: Vec<Vec<Atoms>> = treebank
        .iter()
        .map(|s| s.words.iter().map(|w| Atoms::of(&w.form)).collect())
        .collect();
    if folds == 1 {
        for (i, a) in atoms.iter().enumerate() {
            predicted[i] = tagger.guess(a);
        }
    } else {
        // Folds train on separate threads; each is deterministic on its own.
        let parts: Vec<tagger::Tagger> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..folds)
                .map(|k| {
                    scope.spawn(move || {
                        let rest: Vec<GoldSentence> = treebank
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| i % folds != k)
                            .map(|(_, s)| s.clone())
                            .collect();
                        tagger::train(&rest, tags, tagger_config)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("a fold trains"))
                .collect()
        });
        for (i, a) in atoms.iter().enumerate() {
            predicted[i] = parts[i % folds].guess(a);
        }
    }

    let mut labels: Vec<Relation> = treebank
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.relation))
        .collect();
    labels.sort();
    labels.dedup();
    let examples: Vec<Example> = treebank
        .iter()
        .zip(atoms)
        .zip(predicted)
        .map(|((s, words), tags)| Example {
            words,
            tags,
            heads: s.words.iter().map(|w| w.head).collect(),
            labels: s
                .words
                .iter()
                .map(|w| labels.iter().position(|&l| l == w.relation).unwrap_or(0) as u8)
                .collect(),
        })
        .collect();
    let parser = parser::train(
        &examples,
        labels,
        ParserConfig {
            epochs: config.parser_epochs,
            seed: config.seed ^ 0x9a75e,
            explore_from: config.explore_from,
            explore: config.explore,
        },
    );
    Model::new(tagger, parser).pruned(config.prune)
}

/// The model without its weights below `min` (in the file's 16-bit units,
/// of which the largest weight is 32,767): smaller, at a small cost in
/// accuracy. Training applies [`TrainConfig::prune`].
///
/// # Example
/// ```
/// use concord::syntax::{train, Model};
/// let model = Model::english()?;
/// let small = train::prune(model, 2_000);
/// assert!(small.to_bytes().len() < model.to_bytes().len());
/// # Ok::<(), concord::syntax::ModelError>(())
/// ```
pub fn prune(model: &Model, min: i16) -> Model {
    model.pruned(min)
}
