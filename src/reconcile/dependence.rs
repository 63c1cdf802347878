//! Copies: reports that repeat or closely paraphrase another, sentence by
//! sentence. Copies of one report count as one witness.
//!
//! Two passes keep the work near linear. Over all reports, near-duplicates
//! (syndication, a changed headline, a trimmed ending) are found by MinHash
//! signatures of word shingles with locality-sensitive hashing: a report is
//! compared only with the originals of groups it shares a band with, so
//! fifty copies of one article cost fifty comparisons, not 1,225. Within an
//! event, the originals left are compared pairwise for close rewrites. Both
//! passes feed one union-find.

use crate::model::words::word_list_fn;
use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;

use crate::syntax::hash::fmix;
use crate::text::{Document, Zone};
use crate::Options;

word_list_fn! {
    /// Words too common to tell two sentences apart.
    fn sentence_stop_words = "sentence_stop_words.txt"
}

/// Jaccard similarity of content words at which two sentences match.
const SENTENCE_MATCH: f64 = 0.3;
/// Fewest sentences a report needs before it can be called a copy.
const MIN_SENTENCES: usize = 3;
/// Words per shingle: three-word runs are shared by copies of one text and
/// rarely by two reports written apart.
const SHINGLE: usize = 3;
/// LSH bands and the signature rows in each: two reports become candidates
/// with probability 1 - (1 - J^ROWS)^BANDS for shingle similarity J, about
/// one half at J = 0.4 and 0.95 at J = 0.6.
const BANDS: usize = 12;
const ROWS: usize = 3;
const HASHES: usize = BANDS * ROWS;
/// Most groups a band may propose: a band that many groups share comes
/// from boilerplate (a template, a standard credit line), and a true copy
/// shares several other bands with its original anyway. Keeps each
/// report's candidates bounded, whatever the corpus size.
const BAND_CAP: usize = 32;
/// Shingle similarity (estimated from the signatures) a near-duplicate
/// needs besides sharing its sentences: copies repeat most three-word runs,
/// while two reports filled into one template (automated briefs, say)
/// share the template's words but not the runs that hold their own names
/// and numbers. Close rewrites below it are found within events.
const NEAR_SIMILARITY: f64 = 0.5;
/// When one report is taken for another's copy: the share of its
/// sentences that must reappear in the other ([`Options::copy_share`])
/// and the most days between them ([`Options::copy_days`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct CopyRule {
    share: f64,
    days: i64,
}

impl CopyRule {
    pub(crate) fn of(options: &Options) -> CopyRule {
        CopyRule {
            share: f64::from(options.share_of_a_copy()) / 100.0,
            days: i64::from(options.days_of_a_copy()),
        }
    }

    fn written_apart(&self, a: &Profile, b: &Profile) -> bool {
        match (a.published, b.published) {
            (Some(x), Some(y)) => x
                .until((jiff::Unit::Day, y))
                .map_or(true, |s| i64::from(s.get_days()).abs() > self.days),
            _ => false,
        }
    }
}

/// What copy detection reads of one report: no text, only hashes.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Profile {
    id: String,
    published: Option<jiff::civil::Date>,
    /// Each body sentence's content words, hashed, sorted, distinct.
    sentences: Vec<Vec<u64>>,
    /// MinHash of the body's word shingles (`HASHES` rows); `None` when
    /// too short.
    signature: Option<Vec<u64>>,
    wire: bool,
}

/// The seeds of the signature's hash functions (fixed, so a report's
/// signature is the same on every run and machine).
fn seeds() -> &'static [u64; HASHES] {
    static SEEDS: OnceLock<[u64; HASHES]> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut s = [0u64; HASHES];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for v in &mut s {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            *v = fmix(x);
        }
        s
    })
}

impl Profile {
    pub(crate) fn of(doc: &Document) -> Profile {
        let mut sentences = Vec::new();
        let mut words: Vec<u64> = Vec::new();
        for s in doc.sentences.iter().filter(|s| s.zone == Zone::Body) {
            let start = words.len();
            let mut set: Vec<u64> = Vec::new();
            for w in doc
                .sentence_str(s)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                let lower = w.to_lowercase();
                let h = crate::syntax::hash::text(&lower);
                // shingles keep every word, numbers too: a copy repeats the
                // facts, and a template filled with other facts is no copy
                words.push(h);
                if lower.chars().count() >= 3 && !sentence_stop_words().contains(&lower.as_str()) {
                    set.push(h);
                }
            }
            set.sort_unstable();
            set.dedup();
            if set.len() >= 4 {
                sentences.push(set);
            } else {
                words.truncate(start);
            }
        }
        let signature = (sentences.len() >= MIN_SENTENCES && words.len() >= SHINGLE).then(|| {
            let mut sig = vec![u64::MAX; HASHES];
            for run in words.windows(SHINGLE) {
                let shingle = run.iter().fold(0u64, |h, &w| fmix(h.rotate_left(21) ^ w));
                for (m, &seed) in sig.iter_mut().zip(seeds()) {
                    *m = (*m).min(fmix(shingle ^ seed));
                }
            }
            sig
        });
        Profile {
            id: doc.id.clone(),
            published: doc.published,
            sentences,
            signature,
            wire: wire_marks().is_match(&doc.text),
        }
    }

    fn bands(&self) -> impl Iterator<Item = u64> + '_ {
        self.signature.iter().flat_map(|sig| {
            sig.chunks(ROWS)
                .enumerate()
                .map(|(b, rows)| rows.iter().fold(b as u64, |h, &r| fmix(h ^ r)))
        })
    }

    /// The share of signature rows two reports agree on: an estimate of
    /// their shingles' Jaccard similarity.
    fn similarity(&self, other: &Profile) -> f64 {
        match (&self.signature, &other.signature) {
            (Some(a), Some(b)) => {
                a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / HASHES as f64
            }
            _ => 0.0,
        }
    }

    fn can_copy(&self) -> bool {
        self.sentences.len() >= MIN_SENTENCES
    }
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Share of `a`'s sentences that have a match in `b`.
fn contained(a: &[Vec<u64>], b: &[Vec<u64>]) -> f64 {
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

/// Which of two reports is the copy, if either is (none when they were
/// written further apart than `rule` allows): the one without a
/// wire dateline or credit when only one has it; else the later published
/// (then the larger id) when they repeat each other or both are dated; else
/// the one whose sentences mostly reappear in the other.
fn judge(profiles: &[&Profile], i: usize, j: usize, rule: CopyRule) -> Option<CopyOf> {
    let (a, b) = (profiles[i], profiles[j]);
    if !a.can_copy() || !b.can_copy() || rule.written_apart(a, b) {
        return None;
    }
    let (ij, ji) = (
        contained(&a.sentences, &b.sentences),
        contained(&b.sentences, &a.sentences),
    );
    let mutual = ij >= rule.share && ji >= rule.share;
    if ij < rule.share && ji < rule.share {
        return None;
    }
    let (copy, original, share) = if a.wire != b.wire {
        if a.wire {
            (j, i, ji.max(ij))
        } else {
            (i, j, ij.max(ji))
        }
    } else if mutual || (a.published.is_some() && b.published.is_some()) {
        if first_key(a) <= first_key(b) {
            (j, i, ji)
        } else {
            (i, j, ij)
        }
    } else if ij >= rule.share {
        (i, j, ij)
    } else {
        (j, i, ji)
    };
    Some(CopyOf {
        copy,
        original,
        share,
        mutual,
    })
}

/// Which report of two is taken as the earlier: dated before undated,
/// then by date, then by id.
fn first_key(p: &Profile) -> (bool, Option<jiff::civil::Date>, &str) {
    (p.published.is_none(), p.published, &p.id)
}

/// Near-duplicates among all reports (`profiles`): each copy once, against the
/// original of the group it joined (the one it repeats best). Reports are
/// taken wire stories first, then earliest first, so a group's first
/// report is its original; a report is compared only with the originals of
/// groups it shares a band with, only within its own `part` (the caller's
/// event, when given), and not with one written too far apart (`rule`).
pub(crate) fn near_duplicates(
    profiles: &[&Profile],
    part: &[Option<&str>],
    rule: CopyRule,
) -> Vec<CopyOf> {
    let mut order: Vec<usize> = (0..profiles.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |k: usize| (!profiles[k].wire, first_key(profiles[k]));
        key(a).cmp(&key(b))
    });
    // band key to the groups (by original) holding a report with it
    let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut originals: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for &d in &order {
        if profiles[d].signature.is_none() {
            continue;
        }
        let mut candidates: Vec<usize> = profiles[d]
            .bands()
            .filter_map(|k| buckets.get(&k))
            .filter(|list| list.len() <= BAND_CAP)
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        // the group it repeats best; the earliest group on a tie
        let mut joined: Option<(usize, CopyOf)> = None;
        for g in candidates {
            let o = originals[g];
            if part[o] != part[d] || profiles[o].similarity(profiles[d]) < NEAR_SIMILARITY {
                continue;
            }
            if let Some(c) = judge(profiles, o, d, rule) {
                if joined
                    .as_ref()
                    .is_none_or(|(_, b)| (c.mutual, c.share) > (b.mutual, b.share))
                {
                    joined = Some((g, c));
                }
            }
        }
        let g = match joined {
            Some((g, c)) => {
                if c.copy == originals[g] {
                    // the newcomer is what the group's original repeats
                    originals[g] = d;
                }
                out.push(c);
                g
            }
            None => {
                originals.push(d);
                originals.len() - 1
            }
        };
        for k in profiles[d].bands() {
            let list = buckets.entry(k).or_default();
            // one past the cap marks the band as boilerplate for good
            if list.len() <= BAND_CAP && list.last() != Some(&g) {
                list.push(g);
            }
        }
    }
    out
}

/// Close rewrites among `members` (indices into `profiles`), every pair.
/// Called on the reports of one event left after [`near_duplicates`].
pub(crate) fn rewrites(profiles: &[&Profile], members: &[usize], rule: CopyRule) -> Vec<CopyOf> {
    let mut out = Vec::new();
    for (k, &i) in members.iter().enumerate() {
        for &j in &members[k + 1..] {
            out.extend(judge(profiles, i, j, rule));
        }
    }
    out
}

/// Each copy once, against the report it repeats most (the earliest by
/// index on a tie).
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

/// Groups of reports that are copies of one another, as one union-find:
/// each report's group is named by the smallest index in it.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, Source};

    const STORY: &str = "Council closes the old bridge\n\
        The city council voted on Tuesday to close the old river bridge to traffic. \
        Engineers found cracks in two of its piers last month, officials said. \
        The bridge carried about 9,000 cars a day before the vote. \
        A new crossing is planned upstream, the mayor told reporters.";
    const OTHER: &str = "Storm floods the coast road\n\
        Heavy rain flooded the coast road near the harbour overnight. \
        Fire crews pumped water from forty homes until dawn on Friday. \
        Forecasters expect more rain across the region this weekend. \
        Schools in three villages stayed closed as a precaution.";

    fn docs(items: &[(&str, &str, (i16, i8, i8))]) -> Vec<Document> {
        items
            .iter()
            .map(|(id, text, (y, m, d))| {
                let s = Source::new(*id, *text).with_published(jiff::civil::date(*y, *m, *d));
                Document::prepare(&s, &Options::new()).expect("prepares")
            })
            .collect()
    }

    fn near(docs: &[Document]) -> Vec<CopyOf> {
        let profiles: Vec<Profile> = docs.iter().map(Profile::of).collect();
        let refs: Vec<&Profile> = profiles.iter().collect();
        near_duplicates(
            &refs,
            &vec![None; docs.len()],
            CopyRule::of(&Options::new()),
        )
    }

    #[test]
    fn copies_join_the_earliest_and_others_stay_apart() {
        let trimmed = &STORY[..STORY.rfind(" A new").expect("a last sentence")];
        let d = docs(&[
            ("late", STORY, (2024, 3, 7)),
            ("other", OTHER, (2024, 3, 6)),
            ("first", STORY, (2024, 3, 6)),
            ("trim", trimmed, (2024, 3, 8)),
        ]);
        let found = near(&d);
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|c| (d[c.copy].id.as_str(), d[c.original].id.as_str()))
            .collect();
        assert_eq!(pairs, [("late", "first"), ("trim", "first")]);
    }

    #[test]
    fn a_repeat_months_later_is_not_a_copy() {
        let d = docs(&[("a", STORY, (2024, 3, 6)), ("b", STORY, (2024, 6, 6))]);
        assert!(near(&d).is_empty());
    }
}
