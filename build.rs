//! Tells the tests whether the shared treebank is beside the checkout and
//! whether Chromium is installed, so a test that needs one is ignored (not
//! passed) when it is absent.

use std::path::Path;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(has_ewt)");
    println!("cargo::rustc-check-cfg=cfg(has_chromium)");
    println!("cargo::rerun-if-changed=/usr/bin/chromium");
    if Path::new("/usr/bin/chromium").exists() {
        println!("cargo::rustc-cfg=has_chromium");
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ud-english-ewt");
    println!("cargo::rerun-if-changed={}", dir.display());
    if dir.join("en_ewt-ud-test.conllu").is_file() {
        println!("cargo::rustc-cfg=has_ewt");
    }
}
