//! Reading CoNLL-U treebanks: the words of each sentence with their gold
//! tags, lemmas, heads and relations. Multiword-token lines ("don't" over
//! "do" and "n't") and empty nodes are skipped: the words are what is parsed.

use super::tags::{Ptb, Relation, UnknownTag, Upos};

/// One word of a treebank sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldWord {
    /// The word as written.
    pub form: String,
    /// Its lemma.
    pub lemma: String,
    /// Its UD part of speech.
    pub upos: Upos,
    /// Its Penn Treebank tag.
    pub ptb: Ptb,
    /// Its head, 1-based; 0 is the root.
    pub head: usize,
    /// Its relation to the head.
    pub relation: Relation,
}

/// One sentence of a treebank.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldSentence {
    /// Its words, in order.
    pub words: Vec<GoldWord>,
}

/// A CoNLL-U file that cannot be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConlluError {
    /// A word line without ten tab-separated fields.
    #[error("line {line}: expected 10 fields, found {found}")]
    Fields {
        /// 1-based line number.
        line: usize,
        /// Fields found.
        found: usize,
    },
    /// A field that should be a number is not, or a head outside the sentence.
    #[error("line {line}: bad {field} {value:?}")]
    Number {
        /// 1-based line number.
        line: usize,
        /// Which field.
        field: &'static str,
        /// What it held.
        value: String,
    },
    /// A tag or relation this crate does not know.
    #[error("line {line}: {source}")]
    Tag {
        /// 1-based line number.
        line: usize,
        /// The unknown name.
        source: UnknownTag,
    },
}

/// Reads every sentence of a CoNLL-U text.
///
/// # Example
/// ```
/// use concord::syntax::{conllu, Relation};
/// let text = "# text = Dogs bark.\n\
///     1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n\
///     2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n\
///     3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
/// let sentences = conllu::read(text)?;
/// assert_eq!(sentences.len(), 1);
/// assert_eq!(sentences[0].words[0].relation, Relation::Nsubj);
/// assert_eq!(sentences[0].words[0].head, 2);
/// # Ok::<(), conllu::ConlluError>(())
/// ```
pub fn read(text: &str) -> Result<Vec<GoldSentence>, ConlluError> {
    let mut sentences = Vec::new();
    let mut current = GoldSentence::default();
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !current.words.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != 10 {
            return Err(ConlluError::Fields {
                line: number,
                found: fields.len(),
            });
        }
        if fields[0].contains('-') || fields[0].contains('.') {
            continue;
        }
        let bad = |field: &'static str, value: &str| ConlluError::Number {
            line: number,
            field,
            value: value.to_string(),
        };
        let id: usize = fields[0].parse().map_err(|_| bad("id", fields[0]))?;
        if id != current.words.len() + 1 {
            return Err(bad("id", fields[0]));
        }
        let head: usize = fields[6].parse().map_err(|_| bad("head", fields[6]))?;
        let tag = |source| ConlluError::Tag {
            line: number,
            source,
        };
        current.words.push(GoldWord {
            form: fields[1].to_string(),
            lemma: fields[2].to_string(),
            upos: fields[3].parse().map_err(tag)?,
            ptb: fields[4].parse().map_err(tag)?,
            head,
            relation: fields[7].parse().map_err(tag)?,
        });
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    for sentence in &sentences {
        let n = sentence.words.len();
        if let Some(w) = sentence.words.iter().find(|w| w.head > n) {
            return Err(ConlluError::Number {
                line: 0,
                field: "head",
                value: w.head.to_string(),
            });
        }
    }
    Ok(sentences)
}
