//! Syntax: for one sentence, its tokens with byte spans, their parts of
//! speech (UD and Penn Treebank), lemmas, and a labelled dependency tree.
//!
//! The tagger and parser are linear models trained on the UD English Web
//! Treebank by [`train`]; their weights ship with the crate
//! (`data/syntax/`, CC BY-SA 4.0, see the notice there) and load once.
//!
//! # Example
//! ```
//! use concord::syntax::{Model, Relation};
//! use concord::Options;
//!
//! let model = Model::english()?;
//! let sentence = "Four bombs were dropped on the town.";
//! let parse = model.parse(sentence, &Options::new())?;
//! let four = &parse.words()[0];
//! assert_eq!(parse.text_of(four), "Four");
//! assert_eq!(four.relation, Relation::Nummod);
//! let head = four.head.expect("attached to a word");
//! assert_eq!(parse.words()[head].lemma, "bomb");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod conllu;
pub mod eval;
mod file;
pub(crate) mod hash;
mod lemma;
mod parser;
mod perceptron;
mod rng;
mod tagger;
mod tags;
mod tokenize;
pub mod train;
mod weights;
mod word;

pub use file::ModelError;
pub(crate) use lemma::known;
pub use lemma::lemma;
pub use tags::{Ptb, Relation, UnknownTag, Upos};
pub use tokenize::tokenize;

use crate::Options;
use std::ops::Range;
use std::sync::OnceLock;
use word::Atoms;

static SHIPPED: &[u8] = include_bytes!("../../data/syntax/en_ewt.model");

/// A trained tagger and parser.
///
/// # Example
/// ```
/// use concord::syntax::{Model, Upos};
/// let model = Model::english()?;
/// let words = model.parse_words(&["He", "weighed", "130", "pounds"]);
/// assert_eq!(words[1].upos, Upos::Verb);
/// assert_eq!(words[1].lemma, "weigh");
/// # Ok::<(), concord::syntax::ModelError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    tagger: tagger::Tagger,
    parser: parser::Parser,
}

/// What the model says of one word.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Analysis {
    /// UD part of speech.
    pub upos: Upos,
    /// Penn Treebank tag.
    pub ptb: Ptb,
    /// Dictionary form.
    pub lemma: String,
    /// The head's 1-based position; 0 is the root.
    pub head: usize,
    /// The relation to the head.
    pub relation: Relation,
}

/// One token of a parsed sentence.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Word {
    /// Byte span in the sentence.
    pub span: Range<usize>,
    /// UD part of speech.
    pub upos: Upos,
    /// Penn Treebank tag.
    pub ptb: Ptb,
    /// Dictionary form.
    pub lemma: String,
    /// Index of the head word in [`Parse::words`]; `None` for the root.
    pub head: Option<usize>,
    /// The relation to the head.
    pub relation: Relation,
}

/// A parsed sentence, borrowing its text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Parse<'a> {
    text: &'a str,
    words: Vec<Word>,
}

impl<'a> Parse<'a> {
    /// The sentence.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Its words, in order.
    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// The exact text of one of its words.
    pub fn text_of(&self, word: &Word) -> &'a str {
        self.text.get(word.span.clone()).unwrap_or("")
    }

    /// The words whose head is `i`, in order.
    ///
    /// # Example
    /// ```
    /// use concord::syntax::{Model, Relation};
    /// let parse = Model::english()?.parse("She has five children.", &concord::Options::new())?;
    /// let has = parse.words().iter().position(|w| w.lemma == "have").unwrap();
    /// let kids: Vec<_> = parse.dependents(has).map(|w| parse.text_of(w)).collect();
    /// assert!(kids.contains(&"children"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn dependents(&self, i: usize) -> impl Iterator<Item = &Word> + '_ {
        self.words.iter().filter(move |w| w.head == Some(i))
    }
}

/// Why a sentence was not parsed.
///
/// # Example
/// ```
/// use concord::syntax::{Model, SyntaxError};
/// let long = "word ".repeat(100);
/// let err = Model::english()?
///     .parse(&long, &concord::Options::new().max_sentence_bytes(50))
///     .unwrap_err();
/// assert_eq!(err, SyntaxError::TooLong { bytes: 500, limit: 50 });
/// # Ok::<(), concord::syntax::ModelError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SyntaxError {
    /// The sentence is longer than [`Options::max_sentence_bytes`].
    #[error("sentence of {bytes} bytes not parsed: over the limit of {limit}")]
    TooLong {
        /// Its length.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
}

impl Model {
    /// The model that ships with the crate, loaded on first use.
    pub fn english() -> Result<&'static Model, ModelError> {
        static MODEL: OnceLock<Result<Model, ModelError>> = OnceLock::new();
        MODEL
            .get_or_init(|| Model::from_bytes(SHIPPED))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads a model from the bytes [`Model::to_bytes`] wrote.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let (tagger, parser) = file::read(bytes)?;
        Ok(Model { tagger, parser })
    }

    /// The model as bytes: what `data/syntax/en_ewt.model` holds.
    ///
    /// # Example
    /// ```
    /// use concord::syntax::Model;
    /// let model = Model::english()?;
    /// assert_eq!(&Model::from_bytes(&model.to_bytes())?, model);
    /// # Ok::<(), concord::syntax::ModelError>(())
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        file::write(&self.tagger, &self.parser)
    }

    pub(crate) fn new(tagger: tagger::Tagger, parser: parser::Parser) -> Model {
        Model { tagger, parser }
    }

    pub(crate) fn pruned(&self, min: i16) -> Model {
        let mut m = self.clone();
        m.tagger.weights = m.tagger.weights.pruned(min);
        m.parser.weights = m.parser.weights.pruned(min);
        m
    }

    /// Tags, lemmatizes and parses words already cut.
    pub fn parse_words(&self, words: &[&str]) -> Vec<Analysis> {
        let atoms: Vec<Atoms> = words.iter().map(|w| Atoms::of(w)).collect();
        let tags = self.tagger.tag(&atoms);
        let tree = self.parser.parse(&atoms, &tags);
        words
            .iter()
            .zip(tags)
            .zip(tree)
            .map(|((w, t), (head, relation))| {
                let (upos, ptb) = self.tagger.tags[usize::from(t)];
                Analysis {
                    upos,
                    ptb,
                    lemma: lemma(w, upos, ptb),
                    head,
                    relation,
                }
            })
            .collect()
    }

    /// Cuts, tags, lemmatizes and parses one sentence.
    pub fn parse<'a>(
        &self,
        sentence: &'a str,
        options: &Options,
    ) -> Result<Parse<'a>, SyntaxError> {
        if sentence.len() > options.sentence_limit() {
            return Err(SyntaxError::TooLong {
                bytes: sentence.len(),
                limit: options.sentence_limit(),
            });
        }
        let spans = tokenize(sentence);
        let forms: Vec<&str> = spans.iter().map(|s| &sentence[s.clone()]).collect();
        let words = self
            .parse_words(&forms)
            .into_iter()
            .zip(spans)
            .map(|(a, span)| Word {
                span,
                upos: a.upos,
                ptb: a.ptb,
                lemma: a.lemma,
                head: a.head.checked_sub(1),
                relation: a.relation,
            })
            .collect();
        Ok(Parse {
            text: sentence,
            words,
        })
    }
}
