//! Real coverage of other events, read in place from `../shared/news-dev`
//! (never copied here): mixed stories come apart into their events. The
//! conflicts are measured against the shared annotations in
//! `news_truth.rs`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use concord::{reconcile, Decoding, Options, Report, Source};
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

#[test]
#[cfg_attr(not(has_news_truth), ignore = "../shared/news-dev is absent")]
fn mixed_stories_come_apart() {
    let root = news_dev().expect("news-dev, or CONCORD_NEWS_DEV");
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
