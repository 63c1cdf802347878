//! Scoring a model against a treebank, parsed from its gold words with
//! predicted tags: tag accuracy, attachment scores, and per relation.

use super::conllu::GoldSentence;
use super::tags::Relation;
use super::Model;
use std::collections::BTreeMap;

/// Correct out of total, for one measure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// How many were right.
    pub correct: usize,
    /// How many there were.
    pub total: usize,
}

impl Tally {
    /// Percent correct (0 when there is nothing to count).
    ///
    /// # Example
    /// ```
    /// let t = concord::syntax::eval::Tally { correct: 1, total: 4 };
    /// assert_eq!(t.percent(), 25.0);
    /// ```
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            100.0 * self.correct as f64 / self.total as f64
        }
    }

    fn add(&mut self, ok: bool) {
        self.total += 1;
        self.correct += usize::from(ok);
    }
}

/// How a model did on a treebank. Every word counts, punctuation too;
/// LAS asks for the full relation, subtype included.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Evaluation {
    /// UD part of speech.
    pub upos: Tally,
    /// Penn Treebank tag.
    pub xpos: Tally,
    /// Lemma.
    pub lemma: Tally,
    /// Head.
    pub uas: Tally,
    /// Head and relation.
    pub las: Tally,
    /// Per gold relation: (head right, head and relation right); recall.
    pub relations: BTreeMap<Relation, (Tally, Tally)>,
}

/// Parses every sentence of `treebank` from its gold words and scores it.
///
/// # Example
/// ```
/// use concord::syntax::{conllu, eval, Model};
/// let bank = conllu::read("1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n\
///     2\trained\train\tVERB\tVBD\t_\t0\troot\t_\t_\n\n").unwrap();
/// let e = eval::evaluate(Model::english()?, &bank);
/// assert_eq!(e.uas.total, 2);
/// # Ok::<(), concord::syntax::ModelError>(())
/// ```
pub fn evaluate(model: &Model, treebank: &[GoldSentence]) -> Evaluation {
    let mut e = Evaluation::default();
    for s in treebank {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let got = model.parse_words(&forms);
        for (g, p) in s.words.iter().zip(&got) {
            e.upos.add(g.upos == p.upos);
            e.xpos.add(g.ptb == p.ptb);
            e.lemma.add(g.lemma == p.lemma);
            let head = g.head == p.head;
            let both = head && g.relation == p.relation;
            e.uas.add(head);
            e.las.add(both);
            let r = e.relations.entry(g.relation).or_default();
            r.0.add(head);
            r.1.add(both);
        }
    }
    e
}

impl std::fmt::Display for Evaluation {
    /// One line, as the evaluation example prints it last.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "UPOS={:.2} XPOS={:.2} UAS={:.2} LAS={:.2} tokens={}",
            self.upos.percent(),
            self.xpos.percent(),
            self.uas.percent(),
            self.las.percent(),
            self.uas.total
        )
    }
}
