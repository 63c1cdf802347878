//! The strict rule of `../shared/tools/score_news.py`, on the shared
//! annotations (`../shared/news-dev-truth`, read in place): a reported
//! conflict counts only when two of its sides separate two annotated value
//! groups and each quotes words that overlap that group's annotated quotes.
//! Ignored, not passed, when the shared folders are absent (a build-script
//! cfg).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use concord::{reconcile, Conflict, Decoding, Options, Source};
use serde_json::Value;

fn shared(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(name)
}

/// A text with runs of white space collapsed and case folded, as the
/// scorer compares quotes, with each character's byte offset; made once
/// per file.
struct Normalized {
    chars: Vec<char>,
    at: Vec<usize>,
}

impl Normalized {
    fn new(s: &str) -> Normalized {
        let (mut chars, mut at) = (Vec::new(), Vec::new());
        let mut prev_space = false;
        for (i, ch) in s.char_indices() {
            if ch.is_whitespace() {
                if prev_space || chars.is_empty() {
                    continue;
                }
                chars.push(' ');
                at.push(i);
                prev_space = true;
            } else {
                chars.extend(ch.to_lowercase().take(1));
                at.push(i);
                prev_space = false;
            }
        }
        Normalized { chars, at }
    }

    /// Byte ranges of `quote` in the text.
    fn spans_of(&self, quote: &str) -> Vec<(usize, usize)> {
        let mut q = Normalized::new(quote).chars;
        while q.last() == Some(&' ') {
            q.pop();
        }
        if q.is_empty() {
            return vec![];
        }
        let t = &self.chars;
        (0..t.len().saturating_sub(q.len() - 1))
            .filter(|&s| t[s..s + q.len()] == q[..])
            .map(|s| (self.at[s], self.at[s + q.len() - 1] + 1))
            .collect()
    }
}

struct Story {
    texts: BTreeMap<String, Normalized>,
    truth: Value,
}

impl Story {
    fn spans_of(&self, id: &str, quote: &str) -> Vec<(usize, usize)> {
        self.texts
            .get(id)
            .map_or_else(Vec::new, |t| t.spans_of(quote))
    }
}

fn group_spans(story: &Story, value: &Value) -> Vec<(String, (usize, usize))> {
    let quotes: Vec<&str> = match &value["quote"] {
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        Value::String(s) => vec![s.as_str()],
        _ => vec![],
    };
    let mut out = Vec::new();
    for f in value["files"].as_array().into_iter().flatten() {
        let id = f
            .as_str()
            .unwrap_or("")
            .trim_end_matches(".txt")
            .to_string();
        for q in &quotes {
            out.extend(
                story
                    .spans_of(&id, q)
                    .into_iter()
                    .map(|sp| (id.clone(), sp)),
            );
        }
    }
    out
}

fn files(value: &Value) -> BTreeSet<String> {
    value["files"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|f| f.trim_end_matches(".txt").to_string())
        .collect()
}

fn matches(story: &Story, c: &Conflict, t: &Value) -> bool {
    let vals: Vec<&Value> = t["values"].as_array().into_iter().flatten().collect();
    let spans: Vec<_> = vals.iter().map(|v| group_spans(story, v)).collect();
    let supports = |side: &concord::Side, i: usize| {
        let fs = files(vals[i]);
        side.evidence.iter().any(|e| {
            fs.contains(&e.source)
                && story.spans_of(&e.source, &e.quote).iter().any(|sp| {
                    spans[i]
                        .iter()
                        .any(|(src, g)| *src == e.source && sp.0 < g.1 && g.0 < sp.1)
                })
        })
    };
    let sets: Vec<BTreeSet<&str>> = c
        .sides
        .iter()
        .map(|s| s.sources.iter().map(String::as_str).collect())
        .collect();
    for i in 0..vals.len() {
        for j in i + 1..vals.len() {
            let (a, b) = (files(vals[i]), files(vals[j]));
            let own = a.intersection(&b).next().is_some();
            let holds = |x: usize, p: &BTreeSet<String>, q: &BTreeSet<String>| {
                own || (sets[x].iter().any(|s| p.contains(*s))
                    && !sets[x].iter().any(|s| q.contains(*s)))
            };
            for x in 0..c.sides.len() {
                if !holds(x, &a, &b) || !supports(&c.sides[x], i) {
                    continue;
                }
                if (0..c.sides.len())
                    .any(|y| y != x && holds(y, &b, &a) && supports(&c.sides[y], j))
                {
                    return true;
                }
            }
        }
    }
    false
}

#[derive(Default, Debug)]
struct Figures {
    truth: usize,
    found: usize,
    reported: usize,
    matched: usize,
    traps: usize,
}

fn score(odd: Option<bool>) -> Figures {
    let mut fig = Figures::default();
    let mut names: Vec<PathBuf> = std::fs::read_dir(shared("news-dev-truth"))
        .expect("news-dev-truth")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    for path in names {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let n: Option<u32> = name.rsplit('-').next().and_then(|d| d.parse().ok());
        if let (Some(want), Some(n)) = (odd, n) {
            if (n % 2 == 1) != want {
                continue;
            }
        }
        let dir = shared("news-dev").join(&name);
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("the story's folder")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        let sources: Vec<Source> = paths
            .iter()
            .map(|p| Source::from_path(p, Decoding::Lossy).expect("readable"))
            .collect();
        let texts = paths
            .iter()
            .map(|p| {
                let id = p.file_stem().unwrap().to_string_lossy().to_string();
                let bytes = std::fs::read(p).unwrap();
                (id, Normalized::new(&String::from_utf8_lossy(&bytes)))
            })
            .collect();
        let story = Story {
            texts,
            truth: serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap(),
        };
        let report = reconcile(&sources, &Options::new()).expect("reconciles");
        let all: Vec<&Value> = story.truth["conflicts"]
            .as_array()
            .into_iter()
            .flatten()
            .collect();
        let counted: Vec<&&Value> = all.iter().filter(|c| c["class"] != "update").collect();
        fig.truth += counted.len();
        fig.found += counted
            .iter()
            .filter(|t| report.conflicts.iter().any(|c| matches(&story, c, t)))
            .count();
        fig.reported += report.conflicts.len();
        for c in &report.conflicts {
            if all.iter().any(|t| matches(&story, c, t)) {
                fig.matched += 1;
                continue;
            }
            let trap = story.truth["traps"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|t| {
                    let fs = files(t);
                    fs.len() >= 2
                        && c.sides
                            .iter()
                            .filter(|s| s.sources.iter().any(|x| fs.contains(x)))
                            .count()
                            >= 2
                });
            fig.traps += usize::from(trap);
        }
    }
    fig
}

#[test]
#[cfg_attr(not(has_news_truth), ignore = "../shared/news-dev-truth is absent")]
fn strict_figures_on_news_dev() {
    let (odd, even) = (score(Some(true)), score(Some(false)));
    let all = Figures {
        truth: odd.truth + even.truth,
        found: odd.found + even.found,
        reported: odd.reported + even.reported,
        matched: odd.matched + even.matched,
        traps: odd.traps + even.traps,
    };
    let recall = |f: &Figures| f.found as f64 / f.truth.max(1) as f64;
    let precision = |f: &Figures| {
        if f.reported == 0 {
            1.0
        } else {
            f.matched as f64 / f.reported as f64
        }
    };
    eprintln!("news-dev strict: all {all:?}, odd {odd:?}, even {even:?}");
    // The precision and trap figures, held; its recall goals (0.55
    // and 0.35 by kind) are not met yet, so recall is held at what is
    // reached, so that a regression fails.
    assert!(precision(&all) >= 0.90, "precision {:.2}", precision(&all));
    assert!(all.traps <= 5, "{} trap hits", all.traps);
    assert!(all.found >= 21, "recall {}/{}", all.found, all.truth);
    assert!(
        (recall(&odd) - recall(&even)).abs() <= 0.1,
        "halves apart: odd {:.2}, even {:.2}",
        recall(&odd),
        recall(&even)
    );
}
