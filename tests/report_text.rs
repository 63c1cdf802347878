//! The text report on the seeds, kept as a snapshot (insta), and the
//! README's excerpt of it kept true: every line the README shows is a line
//! of the real report, in order.

use concord::text::Document;
use concord::{reconcile, Options};
use std::path::Path;

fn seeds_report() -> String {
    let sources = crate::support::seed_sources();
    let opts = Options::new();
    let report = reconcile(&sources, &opts).expect("the seeds reconcile");
    let docs: Vec<Document> = sources
        .iter()
        .map(|s| Document::prepare(s, &opts).expect("a seed prepares"))
        .collect();
    concord::report::to_text_with(&report, &docs)
}

#[test]
fn seeds_text_report() {
    insta::assert_snapshot!(seeds_report());
}

#[test]
fn the_readme_shows_the_real_report() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README");
    let section = readme
        .split("## What it prints")
        .nth(1)
        .expect("the section");
    let block = section
        .split("```text\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a text block");
    let report = seeds_report();
    let mut lines = report.lines();
    let mut shown = 0;
    for want in block
        .lines()
        .filter(|l| !l.trim().is_empty() && l.trim() != "…")
    {
        assert!(
            lines.any(|l| l == want),
            "the README shows a line the report does not have, or out of order: {want:?}"
        );
        shown += 1;
    }
    assert!(shown >= 20);
}
