//! Real coverage of other events, read in place from `../shared/news-dev`
//! (never copied here), against the team's annotations in
//! `tests/data/news/<story>.json`: true conflicts, agreements and traps.
//! Prints precision and recall of conflicts. Known misses are named in
//! `tests/data/news/expected_failures.txt`; a listed item that now works
//! fails the run, so the list stays true.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use concord::{reconcile, Conflict, Decoding, Options, Report, Source};
use serde_json::Value;

fn news_dev() -> Option<PathBuf> {
    let dir = std::env::var_os("CONCORD_NEWS_DEV")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/news-dev"));
    dir.is_dir().then_some(dir)
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/news")
        .join(name)
}

fn load_story(root: &Path, story: &str, prefix: bool) -> Vec<Source> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(story))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let mut s = Source::from_path(f, Decoding::Lossy).unwrap();
            if prefix {
                s.id = format!("{story}/{}", s.id);
            }
            s
        })
        .collect()
}

fn digits(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// Whether a conflict is about `frame` (and `subject`) and has every value.
fn matches(c: &Conflict, item: &Value) -> bool {
    let frame = item["frame"].as_str().unwrap_or("");
    if !c.attribute.starts_with(frame) {
        return false;
    }
    if let Some(subject) = item["subject"].as_str() {
        if !c.attribute.contains(subject) {
            return false;
        }
    }
    let sides: Vec<String> = c.sides.iter().map(|s| digits(&s.value)).collect();
    item["values"]
        .as_array()
        .map(|vs| {
            vs.iter().all(|v| {
                let want = digits(v.as_str().unwrap_or(""));
                sides.iter().any(|s| s.contains(&want))
            })
        })
        .unwrap_or(true)
}

#[test]
fn annotated_stories() {
    let Some(root) = news_dev() else {
        eprintln!("news-dev not found (../shared/news-dev, or set CONCORD_NEWS_DEV): the news tests did not run");
        return;
    };
    let known: BTreeSet<String> = std::fs::read_to_string(data("expected_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let mut stories: Vec<PathBuf> = std::fs::read_dir(data(""))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json") && !p.ends_with("mixed.json"))
        .collect();
    stories.sort();
    assert!(stories.len() >= 8, "annotate at least eight stories");
    let (mut found, mut true_found, mut annotated, mut recalled) = (0, 0, 0, 0);
    let mut failures: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for path in &stories {
        let a: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let story = a["story"].as_str().unwrap();
        let report = reconcile(&load_story(&root, story, false), &Options::new()).unwrap();
        let truths = a["conflicts"].as_array().cloned().unwrap_or_default();
        let traps = a["traps"].as_array().cloned().unwrap_or_default();
        found += report.conflicts.len();
        for c in &report.conflicts {
            if truths.iter().any(|t| matches(c, t)) {
                true_found += 1;
            } else {
                eprintln!(
                    "  false conflict in {story}: {} {:?}",
                    c.attribute,
                    c.sides.iter().map(|s| &s.value).collect::<Vec<_>>()
                );
            }
        }
        let mut check = |name: String, ok: bool| {
            seen.insert(name.clone());
            match (ok, known.contains(&name)) {
                (true, true) => failures.push(format!(
                    "{name}: works now; take it off expected_failures.txt"
                )),
                (false, false) => failures.push(format!("{name}: fails")),
                _ => {}
            }
        };
        for t in &truths {
            annotated += 1;
            let ok = report.conflicts.iter().any(|c| matches(c, t));
            recalled += usize::from(ok);
            check(format!("{story}/{}", t["name"].as_str().unwrap()), ok);
        }
        for t in &traps {
            let ok = !report.conflicts.iter().any(|c| matches(c, t));
            check(format!("{story}/{}", t["name"].as_str().unwrap()), ok);
        }
        for g in a["agreements"].as_array().cloned().unwrap_or_default() {
            let frame = g["frame"].as_str().unwrap();
            let value = g["value"].as_str().unwrap();
            let ok = report
                .agreements
                .iter()
                .any(|x| x.attribute.starts_with(frame) && x.value.contains(value))
                && !report.conflicts.iter().any(|c| {
                    c.attribute.starts_with(frame)
                        && c.sides.iter().any(|s| s.value.contains(value))
                });
            check(format!("{story}/agree-{frame}-{value}"), ok);
        }
    }
    for stale in known.difference(&seen) {
        failures.push(format!(
            "{stale}: listed in expected_failures.txt but no such item"
        ));
    }
    let precision = if found == 0 {
        1.0
    } else {
        true_found as f64 / found as f64
    };
    let recall = if annotated == 0 {
        1.0
    } else {
        recalled as f64 / annotated as f64
    };
    eprintln!(
        "news-dev, {} annotated stories: {found} conflicts reported, {true_found} true; precision {precision:.2}, recall {recall:.2} ({recalled} of {annotated})",
        stories.len()
    );
    // The goal, held on every story annotated here: a false
    // conflict or a missed one that drops either figure below it fails.
    if precision < 0.9 || recall < 0.8 {
        failures.push(format!(
            "precision {precision:.2} and recall {recall:.2}: the goal is at least 0.90 and 0.80"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn mixed_stories_come_apart() {
    let Some(root) = news_dev() else {
        eprintln!("news-dev not found: the mixed-story test did not run");
        return;
    };
    let mixed: Value =
        serde_json::from_str(&std::fs::read_to_string(data("mixed.json")).unwrap()).unwrap();
    let stories: Vec<&str> = mixed["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    let sources: Vec<Source> = stories
        .iter()
        .flat_map(|s| load_story(&root, s, true))
        .collect();
    let report: Report = reconcile(&sources, &Options::new()).unwrap();
    let story_of = |id: &str| id.split('/').next().unwrap_or("").to_string();
    for e in &report.events {
        let stories: BTreeSet<String> = e.sources.iter().map(|s| story_of(s)).collect();
        assert_eq!(stories.len(), 1, "event {} mixes stories {stories:?}", e.id);
    }
    for c in &report.conflicts {
        let stories: BTreeSet<String> = c
            .sides
            .iter()
            .flat_map(|s| s.sources.iter().map(|x| story_of(x)))
            .collect();
        assert_eq!(
            stories.len(),
            1,
            "conflict {} spans stories {stories:?}",
            c.attribute
        );
    }
    eprintln!(
        "mixed: {} reports from {} stories into {} events",
        sources.len(),
        stories.len(),
        report.events.len()
    );
}
