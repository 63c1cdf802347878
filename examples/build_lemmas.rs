//! Builds `data/lemma/wordnet.tsv` from WordNet 3.0's database files
//! (Debian's `wordnet-base`: `/usr/share/wordnet`): its exception lists and
//! its single-word lemmas, sorted, so the file is the same on every run.
//!
//!     cargo run --example build_lemmas -- /usr/share/wordnet data/lemma/wordnet.tsv

use std::collections::BTreeSet;
use std::error::Error;
use std::fs;
use std::path::Path;

const HEADER: &str = "\
# WordNet 3.0 exception lists (x) and single-word lemmas (w), by class:
# n noun, v verb, a adjective, r adverb. Built by examples/build_lemmas.rs.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. Permission to
# use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby
# granted, provided that the above copyright notice appear on all copies
# (full licence: data/lemma/LICENSE-WordNet).
";

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, out] = args.as_slice() else {
        return Err("usage: build_lemmas WORDNET_DIR OUT".into());
    };
    let dir = Path::new(dir);
    let mut lines = BTreeSet::new();
    for (file, class) in [("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")] {
        for line in fs::read_to_string(dir.join(format!("{file}.exc")))?.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            if f.len() >= 2 && !f[0].contains('_') && !f[1].contains('_') {
                lines.insert(format!("x\t{class}\t{}\t{}", f[0], f[1]));
            }
        }
        for line in fs::read_to_string(dir.join(format!("index.{file}")))?.lines() {
            if line.starts_with(' ') {
                continue;
            }
            let word = line.split(' ').next().unwrap_or("");
            if !word.is_empty() && !word.contains('_') {
                lines.insert(format!("w\t{class}\t{word}"));
            }
        }
    }
    let mut text = String::from(HEADER);
    for l in &lines {
        text.push_str(l);
        text.push('\n');
    }
    fs::write(out, text)?;
    eprintln!("{} lines written to {out}", lines.len());
    Ok(())
}
