//! The fuzz corpus as a regression test: every input the fuzzers keep in
//! `fuzz/corpus/<target>/` runs through the same checks (issue 5).

use std::path::Path;

use crate::fuzz_checks::{
    check_parse, check_pipeline, check_prepare, check_recognize, check_tokenize,
};

fn each(target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut n = 0;
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        check(&std::fs::read(&p).unwrap());
        n += 1;
    }
    n
}

#[test]
#[cfg_attr(
    not(has_fuzz_corpus),
    ignore = "needs fuzz/corpus (not in the packaged crate)"
)]
fn prepare_corpus() {
    assert!(each("prepare", check_prepare) >= 5);
}

#[test]
#[cfg_attr(
    not(has_fuzz_corpus),
    ignore = "needs fuzz/corpus (not in the packaged crate)"
)]
fn recognize_corpus() {
    assert!(each("recognize", check_recognize) >= 5);
}

#[test]
#[cfg_attr(
    not(has_fuzz_corpus),
    ignore = "needs fuzz/corpus (not in the packaged crate)"
)]
fn pipeline_corpus() {
    assert!(each("pipeline", check_pipeline) >= 5);
}

#[test]
#[cfg_attr(
    not(has_fuzz_corpus),
    ignore = "needs fuzz/corpus (not in the packaged crate)"
)]
fn tokenize_corpus() {
    assert!(each("tokenize", check_tokenize) >= 5);
}

#[test]
#[cfg_attr(
    not(has_fuzz_corpus),
    ignore = "needs fuzz/corpus (not in the packaged crate)"
)]
fn parse_corpus() {
    assert!(each("parse", check_parse) >= 5);
}
