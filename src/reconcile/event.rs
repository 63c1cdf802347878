//! Grouping reports into events: by the names and words they share, with
//! their dates as a brake on merging reports written far apart.

use crate::model::words::word_list_fn;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

use jiff::civil::Date;

use crate::text::{Document, Zone};

word_list_fn! {
    /// Words too common to say which story a report tells.
    fn story_stop_words = "story_stop_words.txt"
}

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
                || story_stop_words().contains(&lower.as_str())
                || crate::recognize::is_time_word(&lower)
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
pub(crate) struct Member<'a> {
    pub terms: &'a BTreeMap<String, f64>,
    pub published: Option<Date>,
    /// The event's day as the report states it outright ("May 29, 2024",
    /// "on 10 Nov"), not read from a weekday or "yesterday": year (when
    /// known), month, day.
    pub stated_day: Option<(Option<i16>, i8, i8)>,
    /// The event's day however the report gives it (a weekday read
    /// against the page date included), as year, month, day.
    pub any_day: Option<(Option<i16>, i8, i8)>,
}

/// What grouping asks of two groups of reports: the likeness they need
/// ([`Options::group_similarity`](crate::Options::group_similarity)), and
/// the most days apart their event days may be, stated outright
/// ([`Options::stated_days_apart`](crate::Options::stated_days_apart)) or
/// however given ([`Options::told_days_apart`](crate::Options::told_days_apart)).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Grouping {
    threshold: f64,
    stated: i64,
    told: i64,
}

impl Grouping {
    pub(crate) fn of(options: &crate::Options) -> Grouping {
        Grouping {
            threshold: f64::from(options.similarity_to_group()) / 100.0,
            stated: i64::from(options.days_apart_stated()),
            told: i64::from(options.days_apart_told()),
        }
    }
}

pub(crate) fn days_apart(a: Date, b: Date) -> i64 {
    a.until((jiff::Unit::Day, b))
        .map_or(i64::MAX, |s| i64::from(s.get_days()).abs())
}

/// Days between two stated days; a missing year takes whichever year
/// brings the two closest (a leap year when neither is known).
fn stated_apart(a: (Option<i16>, i8, i8), b: (Option<i16>, i8, i8)) -> Option<i64> {
    let base = a.0.or(b.0).unwrap_or(crate::model::LEAP_YEAR);
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

/// Unrelated reports imagined beside the input when weighing terms. With
/// frequencies taken from the input alone, the names that every report of
/// a one-story folder shares would weigh nothing, and its reports would
/// fall apart on incidental words; 15 was set on news-dev, where 8 split
/// stories far more and 25 changed little.
const BACKGROUND: f64 = 15.0;

/// Reports as unit TF-IDF vectors (log-scaled term frequency, inverse
/// document frequency over these reports and [`BACKGROUND`] unrelated
/// ones), terms by id, sorted.
pub(crate) struct Vectors {
    rows: Vec<Vec<(u32, f64)>>,
    /// For each term id, the reports that have it.
    postings: Vec<Vec<u32>>,
}

impl Vectors {
    pub(crate) fn new(members: &[Member<'_>]) -> Vectors {
        let mut ids: BTreeMap<&str, u32> = BTreeMap::new();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        for (m, member) in members.iter().enumerate() {
            for t in member.terms.keys() {
                let next = ids.len() as u32;
                let id = *ids.entry(t.as_str()).or_insert(next);
                if id as usize == postings.len() {
                    postings.push(Vec::new());
                }
                postings[id as usize].push(m as u32);
            }
        }
        let n = members.len() as f64;
        let rows = members
            .iter()
            .map(|member| {
                let mut row: Vec<(u32, f64)> = member
                    .terms
                    .iter()
                    .map(|(t, tf)| {
                        let id = ids[t.as_str()];
                        let idf = ((n + BACKGROUND) / postings[id as usize].len() as f64).ln();
                        (id, (1.0 + tf.ln()) * idf)
                    })
                    .collect();
                row.sort_unstable_by_key(|x| x.0);
                let norm = row.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt();
                if norm > 0.0 {
                    row.iter_mut().for_each(|x| x.1 /= norm);
                }
                row
            })
            .collect();
        Vectors { rows, postings }
    }

    /// Cosine similarity of two reports.
    pub(crate) fn cosine(&self, i: usize, j: usize) -> f64 {
        let (a, b) = (&self.rows[i], &self.rows[j]);
        let (mut x, mut y, mut dot) = (0, 0, 0.0);
        while x < a.len() && y < b.len() {
            match a[x].0.cmp(&b[y].0) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    dot += a[x].1 * b[y].1;
                    x += 1;
                    y += 1;
                }
            }
        }
        dot
    }

    /// Pairs of reports that share a term held by at most `cap` reports:
    /// the only pairs compared. Terms in more reports say too little to
    /// make two reports one story on their own, and skipping them keeps
    /// the work near linear in the input.
    fn candidates(&self, cap: usize) -> BTreeSet<(u32, u32)> {
        let mut out = BTreeSet::new();
        for list in self.postings.iter().filter(|l| l.len() <= cap) {
            for (k, &i) in list.iter().enumerate() {
                for &j in &list[k + 1..] {
                    out.insert((i.min(j), i.max(j)));
                }
            }
        }
        out
    }
}

/// Most reports a term may appear in and still propose a pair.
const TERM_CAP: usize = 256;

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

/// What is known between two groups: the sum of their pairs'
/// similarities, how many pairs were compared, whether every pair's dates
/// allow one event, whether every pair is alike enough on its own, and the
/// mean similarity the groups need.
#[derive(Clone, Copy)]
struct Link {
    sum: f64,
    pairs: usize,
    dates_ok: bool,
    sims_ok: bool,
    need: f64,
}

/// The first and last event day a group's reports give, when any do.
type Days = Option<(Date, Date)>;

fn join_days(a: Days, b: Days) -> Days {
    match (a, b) {
        (Some((a1, a2)), Some((b1, b2))) => Some((a1.min(b1), a2.max(b2))),
        (x, None) | (None, x) => x,
    }
}

/// Both groups date their event, all within a day of each other.
fn same_day(a: Days, b: Days) -> bool {
    match (a, b, join_days(a, b)) {
        (Some(_), Some(_), Some((first, last))) => days_apart(first, last) <= 1,
        _ => false,
    }
}

/// Average-linkage clustering: repeatedly merges the two groups with the
/// highest mean similarity, while every pair across them was compared and
/// is close enough for how far apart it was written. Groups whose reports
/// all put the event on one day need half the likeness in words. Only
/// pairs that share a rare term are compared, and a heap orders the
/// merges, so the work grows with the number of compared pairs, not the
/// square of the reports. Deterministic for a given order of members;
/// callers sort them by id.
pub(crate) fn group(members: &[Member<'_>], rule: Grouping) -> Vec<Group> {
    let threshold = rule.threshold;
    let n = members.len();
    let vectors = Vectors::new(members);
    let mut links: Vec<BTreeMap<usize, Link>> = vec![BTreeMap::new(); n];
    for (i, j) in vectors.candidates(TERM_CAP) {
        let (i, j) = (i as usize, j as usize);
        let sim = vectors.cosine(i, j);
        let mut link = Link {
            sum: sim,
            pairs: 1,
            dates_ok: true,
            sims_ok: true,
            need: threshold,
        };
        match needed(members[i].published, members[j].published, threshold) {
            Some(t) => {
                link.need = t;
                link.sims_ok = sim >= t * 0.5;
            }
            None => link.dates_ok = false,
        }
        if let (Some(a), Some(b)) = (members[i].any_day, members[j].any_day) {
            if stated_apart(a, b).is_some_and(|d| d > rule.told) {
                link.dates_ok = false;
            }
        }
        if let (Some(a), Some(b)) = (members[i].stated_day, members[j].stated_day) {
            if stated_apart(a, b).is_some_and(|d| d > rule.stated) {
                link.dates_ok = false;
            }
        }
        links[i].insert(j, link);
        links[j].insert(i, link);
    }
    let mut days: Vec<Days> = members
        .iter()
        .map(|m| {
            let (y, mo, d) = m.any_day?;
            let day = Date::new(y?, mo, d).ok()?;
            Some((day, day))
        })
        .collect();
    let mut groups: Vec<Option<Vec<usize>>> = (0..n).map(|i| Some(vec![i])).collect();
    // (mean, lower group, higher group), best mean first, then lower ids
    let mut heap: BinaryHeap<(Mean, Reverse<(usize, usize)>)> = BinaryHeap::new();
    let size = |g: &Vec<Option<Vec<usize>>>, x: usize| g[x].as_ref().map_or(0, Vec::len);
    let ready = |l: &Link, sx: usize, sy: usize, same: bool| {
        let mean = l.sum / (sx * sy) as f64;
        let need = if same { l.need / 2.0 } else { l.need };
        (l.dates_ok && (l.sims_ok || same) && l.pairs == sx * sy && mean >= need).then_some(mean)
    };
    for (x, row) in links.iter().enumerate() {
        for (&y, l) in row.range(x + 1..) {
            if let Some(mean) = ready(l, 1, 1, same_day(days[x], days[y])) {
                heap.push((Mean(mean), Reverse((x, y))));
            }
        }
    }
    while let Some((Mean(mean), Reverse((x, y)))) = heap.pop() {
        let (sx, sy) = (size(&groups, x), size(&groups, y));
        // stale: a side was merged away, or the link changed since
        let current = links[x]
            .get(&y)
            .and_then(|l| ready(l, sx, sy, same_day(days[x], days[y])));
        if sx == 0 || sy == 0 || current != Some(mean) {
            continue;
        }
        let moved = groups[y].take().unwrap_or_default();
        if let Some(gx) = groups[x].as_mut() {
            gx.extend(moved);
            gx.sort_unstable();
        }
        days[x] = join_days(days[x], days[y]);
        let from_y = std::mem::take(&mut links[y]);
        links[x].remove(&y);
        // Groups linked to x but not to y can no longer merge with it: a
        // pair across them was never compared.
        let only_x: Vec<usize> = links[x]
            .keys()
            .copied()
            .filter(|k| !from_y.contains_key(k))
            .collect();
        for k in only_x {
            if let Some(l) = links[x].get_mut(&k) {
                l.dates_ok = false;
            }
            if let Some(l) = links[k].get_mut(&x) {
                l.dates_ok = false;
            }
        }
        for (k, ly) in from_y {
            links[k].remove(&y);
            if k == x {
                continue;
            }
            let merged = match links[x].get(&k) {
                Some(lx) => Link {
                    sum: lx.sum + ly.sum,
                    pairs: lx.pairs + ly.pairs,
                    dates_ok: lx.dates_ok && ly.dates_ok,
                    sims_ok: lx.sims_ok && ly.sims_ok,
                    need: lx.need.max(ly.need),
                },
                None => Link {
                    dates_ok: false,
                    ..ly
                },
            };
            links[x].insert(k, merged);
            links[k].insert(x, merged);
        }
        // x changed size and days: every link of x is priced anew
        for (&k, l) in &links[x] {
            let (a, b) = (x.min(k), x.max(k));
            if let Some(m) = ready(
                l,
                size(&groups, a),
                size(&groups, b),
                same_day(days[a], days[b]),
            ) {
                heap.push((Mean(m), Reverse((a, b))));
            }
        }
    }
    groups
        .into_iter()
        .flatten()
        .map(|g| {
            let why = explain(members, &g, &vectors);
            Group { members: g, why }
        })
        .collect()
}

/// A similarity ordered for the heap.
#[derive(Clone, Copy, PartialEq)]
struct Mean(f64);

impl Eq for Mean {}

impl PartialOrd for Mean {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Mean {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

fn explain(members: &[Member<'_>], g: &[usize], vectors: &Vectors) -> String {
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
    // the least similar pair among the first members (a bound on the work)
    let head = &g[..g.len().min(50)];
    for (k, &i) in head.iter().enumerate() {
        for &j in &head[k + 1..] {
            low = low.min(vectors.cosine(i, j));
        }
    }
    format!(
        "{} reports share the terms {}; the least similar pair scores {:.2}",
        g.len(),
        top.join(", "),
        low
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(words: &str, published: Option<Date>) -> Member<'static> {
        let mut terms = BTreeMap::new();
        for w in words.split_whitespace() {
            *terms.entry(w.to_string()).or_insert(0.0) += 1.0;
        }
        // a test's few terms, kept for the test's whole run
        Member {
            terms: Box::leak(Box::new(terms)),
            published,
            stated_day: None,
            any_day: None,
        }
    }

    #[test]
    fn similar_reports_group_and_others_stay_apart() {
        let day = jiff::civil::date(2024, 5, 29);
        let members = [
            member("bridge opens river city mayor ribbon", Some(day)),
            member("bridge opens river city traffic mayor", Some(day)),
            member("earthquake coast tsunami warning magnitude", Some(day)),
        ];
        let groups: Vec<Vec<usize>> = group(&members, Grouping::of(&crate::Options::new()))
            .into_iter()
            .map(|g| g.members)
            .collect();
        assert_eq!(groups, vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn reports_written_far_apart_stay_apart() {
        let a = member(
            "bridge opens river city mayor ribbon",
            Some(jiff::civil::date(2024, 1, 1)),
        );
        let b = member(
            "bridge opens river city traffic mayor",
            Some(jiff::civil::date(2024, 9, 1)),
        );
        assert_eq!(
            group(&[a, b], Grouping::of(&crate::Options::new())).len(),
            2
        );
    }
}
