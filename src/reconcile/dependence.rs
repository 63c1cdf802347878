//! Copies: reports that repeat or closely paraphrase another, sentence by
//! sentence. Copies of one report count as one witness.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;

use crate::text::{Document, Zone};

/// Words too common to tell two sentences apart.
const STOP: &[&str] = &[
    "the", "and", "for", "with", "that", "this", "was", "were", "has", "have", "had", "its", "but",
    "which", "who", "said", "their", "they", "there", "will", "would", "also", "after", "before",
    "from", "are", "been", "not", "his", "her", "she", "him", "about", "into", "than",
];

/// Share of a report's sentences that must reappear in another for it to
/// count as a copy or a close rewrite of it.
const COPY_SHARE: f64 = 0.5;
/// Jaccard similarity of content words at which two sentences match.
const SENTENCE_MATCH: f64 = 0.3;
/// Fewest sentences a report needs before it can be called a copy.
const MIN_SENTENCES: usize = 3;

fn sentence_sets(doc: &Document) -> Vec<BTreeSet<String>> {
    doc.sentences
        .iter()
        .filter(|s| s.zone == Zone::Body)
        .map(|s| {
            doc.sentence_str(s)
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .filter(|w| w.chars().count() >= 3 && !STOP.contains(&w.as_str()))
                .collect::<BTreeSet<String>>()
        })
        .filter(|s| s.len() >= 4)
        .collect()
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let inter = a.intersection(b).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Share of `a`'s sentences that have a match in `b`.
fn contained(a: &[BTreeSet<String>], b: &[BTreeSet<String>]) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    let hits = a
        .iter()
        .filter(|s| b.iter().any(|t| jaccard(s, t) >= SENTENCE_MATCH))
        .count();
    hits as f64 / a.len() as f64
}

/// One report that repeats another.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct CopyOf {
    pub copy: usize,
    pub original: usize,
    /// Share of the copy's sentences found in the original.
    pub share: f64,
    /// Both repeat each other (a duplicate or a syndication).
    pub mutual: bool,
}

fn wire_marks() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?m)^\p{Lu}{3,}[\p{Lu} ,.'-]*\s*\([^)\n]{2,30}\)\s*[-–—]|\(?Reporting by ")
            .expect("valid regex")
    })
}

/// Whether a page carries the marks of an agency's own story: a dateline
/// ("CITY (Agency) -") or a reporting credit.
fn is_wire_original(doc: &Document) -> bool {
    wire_marks().is_match(&doc.text)
}

/// Copies among `docs`, with which is the original: the one that carries a
/// wire dateline or credit when only one does; else the earlier published
/// (then the smaller id) when they repeat each other or both are dated;
/// else the one whose sentences mostly reappear in the other is the copy.
pub(crate) fn copies(docs: &[&Document]) -> Vec<CopyOf> {
    let sets: Vec<Vec<BTreeSet<String>>> = docs.iter().map(|d| sentence_sets(d)).collect();
    let wire: Vec<bool> = docs.iter().map(|d| is_wire_original(d)).collect();
    let mut out = Vec::new();
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            if sets[i].len() < MIN_SENTENCES || sets[j].len() < MIN_SENTENCES {
                continue;
            }
            let (ij, ji) = (contained(&sets[i], &sets[j]), contained(&sets[j], &sets[i]));
            let mutual = ij >= COPY_SHARE && ji >= COPY_SHARE;
            if ij < COPY_SHARE && ji < COPY_SHARE {
                continue;
            }
            let (copy, original, share) = if wire[i] != wire[j] {
                if wire[i] {
                    (j, i, ji.max(ij))
                } else {
                    (i, j, ij.max(ji))
                }
            } else if mutual || (docs[i].published.is_some() && docs[j].published.is_some()) {
                let key = |k: usize| {
                    (
                        docs[k].published.is_none(),
                        docs[k].published,
                        docs[k].id.clone(),
                    )
                };
                if key(i) <= key(j) {
                    (j, i, ji)
                } else {
                    (i, j, ij)
                }
            } else if ij >= COPY_SHARE {
                (i, j, ij)
            } else if ji >= COPY_SHARE {
                (j, i, ji)
            } else {
                continue;
            };
            out.push(CopyOf {
                copy,
                original,
                share,
                mutual,
            });
        }
    }
    out
}

/// Groups of reports that are copies of one another, as a witness id per
/// report: reports in one group share the smallest index among them.
/// Each copy once, against the report it repeats most (the earliest by
/// index on a tie): fifty copies of one article are fifty lines, not the
/// 1,225 pairs among them. Witnesses still come from every pair.
pub(crate) fn each_copy_once(copies: &[CopyOf]) -> Vec<&CopyOf> {
    let mut best: std::collections::BTreeMap<usize, &CopyOf> = std::collections::BTreeMap::new();
    for c in copies {
        best.entry(c.copy)
            .and_modify(|b| {
                if (c.share, std::cmp::Reverse(c.original))
                    > (b.share, std::cmp::Reverse(b.original))
                {
                    *b = c;
                }
            })
            .or_insert(c);
    }
    best.into_values().collect()
}

pub(crate) fn witnesses(n: usize, copies: &[CopyOf]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        let mut y = x;
        while p[y] != r {
            let next = p[y];
            p[y] = r;
            y = next;
        }
        r
    }
    for c in copies {
        let (a, b) = (find(&mut parent, c.copy), find(&mut parent, c.original));
        let (lo, hi) = if a < b { (a, b) } else { (b, a) };
        parent[hi] = lo;
    }
    (0..n).map(|x| find(&mut parent, x)).collect()
}
