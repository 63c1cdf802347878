//! Tells the tests whether the shared treebank is beside the checkout and
//! whether Chromium and the fuzz corpus are there, so a test that needs one
//! is ignored (not passed) when it is absent.

use std::path::Path;

fn main() {
    // Read when the script runs, not when it is compiled: a compiled script
    // can be reused for a copy of the package elsewhere (cargo package).
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_string());
    let root = Path::new(&manifest);
    println!("cargo::rerun-if-changed=build.rs");
    println!(
        "cargo::rerun-if-changed={}",
        root.join("fuzz/corpus").display()
    );
    println!("cargo::rustc-check-cfg=cfg(has_ewt)");
    println!("cargo::rustc-check-cfg=cfg(has_chromium)");
    println!("cargo::rustc-check-cfg=cfg(has_fuzz_corpus)");
    println!("cargo::rustc-check-cfg=cfg(has_news_truth)");
    println!("cargo::rustc-check-cfg=cfg(has_expressions)");
    let expressions = root.join("../shared/expressions-dev/cases.jsonl");
    println!("cargo::rerun-if-changed={}", expressions.display());
    if expressions.is_file() {
        println!("cargo::rustc-cfg=has_expressions");
    }
    let truth = root.join("../shared/news-dev-truth");
    println!("cargo::rerun-if-changed={}", truth.display());
    if truth.is_dir() && root.join("../shared/news-dev").is_dir() {
        println!("cargo::rustc-cfg=has_news_truth");
    }
    // A packaged crate has no fuzz/ (a nested package is left out of it).
    if root.join("fuzz/corpus").is_dir() {
        println!("cargo::rustc-cfg=has_fuzz_corpus");
    }
    println!("cargo::rustc-check-cfg=cfg(has_script)");
    println!("cargo::rerun-if-changed=/usr/bin/script");
    if Path::new("/usr/bin/script").exists() {
        println!("cargo::rustc-cfg=has_script");
    }
    println!("cargo::rerun-if-changed=/usr/bin/chromium");
    if Path::new("/usr/bin/chromium").exists() {
        println!("cargo::rustc-cfg=has_chromium");
    }
    let dir = root.join("../shared/ud-english-ewt");
    println!("cargo::rerun-if-changed={}", dir.display());
    if dir.join("en_ewt-ud-test.conllu").is_file() {
        println!("cargo::rustc-cfg=has_ewt");
    }
}
