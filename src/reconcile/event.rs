//! Grouping reports into events: by the names and words they share, with
//! their dates as a brake on merging reports written far apart.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use crate::text::{Document, Zone};

/// Words too common to say which story a report tells.
const STOP: &[&str] = &[
    "about",
    "after",
    "again",
    "against",
    "along",
    "already",
    "also",
    "although",
    "among",
    "another",
    "around",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "could",
    "during",
    "each",
    "either",
    "every",
    "first",
    "from",
    "further",
    "have",
    "having",
    "here",
    "however",
    "including",
    "into",
    "itself",
    "just",
    "later",
    "least",
    "less",
    "many",
    "might",
    "more",
    "most",
    "much",
    "must",
    "never",
    "none",
    "only",
    "other",
    "others",
    "over",
    "said",
    "says",
    "should",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "time",
    "under",
    "until",
    "very",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "your",
    "told",
    "according",
    "added",
    "people",
    "week",
    "month",
    "months",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "reuters",
    "news",
    "reported",
];

/// What a report is about, as weighted terms: names count double.
pub(crate) fn terms(doc: &Document) -> BTreeMap<String, f64> {
    let mut out: BTreeMap<String, f64> = BTreeMap::new();
    for s in &doc.sentences {
        let weight = if s.zone == Zone::Headline { 2.0 } else { 1.0 };
        let text = doc.sentence_str(s);
        for (i, word) in text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .enumerate()
        {
            let lower = word.to_lowercase();
            if lower.chars().count() < 4
                || STOP.contains(&lower.as_str())
                || lower.chars().all(|c| c.is_numeric())
            {
                continue;
            }
            let name = word.chars().next().is_some_and(char::is_uppercase) && i > 0;
            *out.entry(lower).or_default() += weight * if name { 2.0 } else { 1.0 };
        }
    }
    out
}

/// A report as the grouper sees it.
pub(crate) struct Member {
    pub terms: BTreeMap<String, f64>,
    pub published: Option<Date>,
    /// The event's day as the report states it outright ("May 29, 2024",
    /// "on 10 Nov"), not read from a weekday or "yesterday": year (when
    /// known), month, day.
    pub stated_day: Option<(Option<i16>, i8, i8)>,
    /// The event's day however the report gives it (a weekday read
    /// against the page date included), as year, month, day.
    pub any_day: Option<(Option<i16>, i8, i8)>,
}

/// Reports whose event days, however given, are more than a month apart
/// speak of different events.
const DAYS_APART_LOOSELY: i64 = 30;

/// Reports that state their event's day outright, more than three days
/// apart, speak of different events.
const DAYS_APART: i64 = 3;

fn days_apart(a: Date, b: Date) -> i64 {
    a.until((jiff::Unit::Day, b))
        .map_or(i64::MAX, |s| i64::from(s.get_days()).abs())
}

/// Days between two stated days; a missing year takes whichever year
/// brings the two closest (a leap year when neither is known).
fn stated_apart(a: (Option<i16>, i8, i8), b: (Option<i16>, i8, i8)) -> Option<i64> {
    let base = a.0.or(b.0).unwrap_or(2024);
    let years = |y: Option<i16>| match y {
        Some(y) => vec![y],
        None => vec![base - 1, base, base + 1],
    };
    let mut best: Option<i64> = None;
    for ya in years(a.0) {
        for yb in years(b.0) {
            if let (Ok(da), Ok(db)) = (Date::new(ya, a.1, a.2), Date::new(yb, b.1, b.2)) {
                let d = days_apart(da, db);
                best = Some(best.map_or(d, |x: i64| x.min(d)));
            }
        }
    }
    best
}

/// Cosine similarity of every pair under TF-IDF weights (log-scaled term
/// frequency, inverse document frequency over these reports).
pub(crate) fn similarities(members: &[Member]) -> Vec<Vec<f64>> {
    let n = members.len();
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for m in members {
        for t in m.terms.keys() {
            *df.entry(t.as_str()).or_default() += 1;
        }
    }
    let vectors: Vec<BTreeMap<&str, f64>> = members
        .iter()
        .map(|m| {
            m.terms
                .iter()
                .map(|(t, tf)| {
                    let idf = ((n as f64 + 1.0) / df[t.as_str()] as f64).ln();
                    (t.as_str(), (1.0 + tf.ln()) * idf)
                })
                .collect()
        })
        .collect();
    let norms: Vec<f64> = vectors
        .iter()
        .map(|v| v.values().map(|x| x * x).sum::<f64>().sqrt())
        .collect();
    let mut sim = vec![vec![0.0; n]; n];
    for i in 0..n {
        sim[i][i] = 1.0;
        for j in i + 1..n {
            let (small, large) = if vectors[i].len() < vectors[j].len() {
                (i, j)
            } else {
                (j, i)
            };
            let dot: f64 = vectors[small]
                .iter()
                .filter_map(|(t, x)| vectors[large].get(t).map(|y| x * y))
                .sum();
            let s = if norms[i] > 0.0 && norms[j] > 0.0 {
                dot / (norms[i] * norms[j])
            } else {
                0.0
            };
            sim[i][j] = s;
            sim[j][i] = s;
        }
    }
    sim
}

/// The similarity two reports need to be grouped, given how far apart
/// they were written: the base threshold within a month (or when a date
/// is unknown), twice it within three months, never beyond.
fn needed(a: Option<Date>, b: Option<Date>, threshold: f64) -> Option<f64> {
    let (Some(a), Some(b)) = (a, b) else {
        return Some(threshold);
    };
    let days = a
        .until((jiff::Unit::Day, b))
        .map(|s| i64::from(s.get_days()).abs())
        .unwrap_or(i64::MAX);
    match days {
        0..=30 => Some(threshold),
        31..=90 => Some(threshold * 2.0),
        _ => None,
    }
}

/// A group of reports and why they were put together.
pub(crate) struct Group {
    pub members: Vec<usize>,
    pub why: String,
}

/// Average-linkage clustering: repeatedly merges the two groups with the
/// highest mean similarity, while every pair across them is close enough
/// for how far apart it was written. Cross-group sums are kept and updated
/// on each merge, so the whole is cubic in the number of reports at worst.
/// Deterministic for a given order of members; callers sort them by id.
pub(crate) fn group(members: &[Member], threshold: f64) -> Vec<Group> {
    let n = members.len();
    let sim = similarities(members);
    // sum of similarities, whether every pair may merge, and the highest
    // similarity any pair needs, between live groups x and y
    let mut sum = sim.clone();
    let mut allowed = vec![vec![true; n]; n];
    let mut need = vec![vec![threshold; n]; n];
    for i in 0..n {
        for j in 0..n {
            match needed(members[i].published, members[j].published, threshold) {
                Some(t) => {
                    need[i][j] = t;
                    allowed[i][j] = sim[i][j] >= t * 0.5;
                }
                None => allowed[i][j] = false,
            }
            if let (Some(a), Some(b)) = (members[i].any_day, members[j].any_day) {
                if stated_apart(a, b).is_some_and(|d| d > DAYS_APART_LOOSELY) {
                    allowed[i][j] = false;
                }
            }
            if let (Some(a), Some(b)) = (members[i].stated_day, members[j].stated_day) {
                if stated_apart(a, b).is_some_and(|d| d > DAYS_APART) {
                    allowed[i][j] = false;
                }
            }
        }
    }
    let mut groups: Vec<Option<Vec<usize>>> = (0..n).map(|i| Some(vec![i])).collect();
    loop {
        let mut best: Option<(f64, usize, usize)> = None;
        for x in 0..n {
            let Some(gx) = &groups[x] else { continue };
            for y in x + 1..n {
                let Some(gy) = &groups[y] else { continue };
                if !allowed[x][y] {
                    continue;
                }
                let mean = sum[x][y] / (gx.len() * gy.len()) as f64;
                if mean >= need[x][y] && best.is_none_or(|(s, _, _)| mean > s) {
                    best = Some((mean, x, y));
                }
            }
        }
        let Some((_, x, y)) = best else { break };
        let moved = groups[y].take().unwrap_or_default();
        if let Some(gx) = groups[x].as_mut() {
            gx.extend(moved);
            gx.sort_unstable();
        }
        for k in 0..n {
            sum[x][k] += sum[y][k];
            sum[k][x] = sum[x][k];
            allowed[x][k] = allowed[x][k] && allowed[y][k];
            allowed[k][x] = allowed[x][k];
            need[x][k] = need[x][k].max(need[y][k]);
            need[k][x] = need[x][k];
        }
    }
    groups
        .into_iter()
        .flatten()
        .map(|g| {
            let why = explain(members, &g, &sim);
            Group { members: g, why }
        })
        .collect()
}

fn explain(members: &[Member], g: &[usize], sim: &[Vec<f64>]) -> String {
    if g.len() == 1 {
        return "a report that shares too little with the others to group".into();
    }
    let shared: BTreeSet<&str> = g
        .iter()
        .map(|&i| {
            members[i]
                .terms
                .keys()
                .map(String::as_str)
                .collect::<BTreeSet<_>>()
        })
        .reduce(|a, b| a.intersection(&b).copied().collect())
        .unwrap_or_default();
    let mut names: Vec<(&str, f64)> = shared
        .into_iter()
        .map(|t| {
            (
                t,
                g.iter()
                    .map(|&i| members[i].terms.get(t).copied().unwrap_or(0.0))
                    .sum::<f64>(),
            )
        })
        .collect();
    names.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    let top: Vec<&str> = names.iter().take(6).map(|x| x.0).collect();
    let mut low = f64::MAX;
    for (k, &i) in g.iter().enumerate() {
        for &j in &g[k + 1..] {
            low = low.min(sim[i][j]);
        }
    }
    format!(
        "{} reports share the terms {}; the least similar pair scores {:.2}",
        g.len(),
        top.join(", "),
        low
    )
}
