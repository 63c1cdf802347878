//! Scores the shipped tagger and parser on a CoNLL-U file, parsed from its
//! gold words with predicted tags. Prints one line per relation, then
//! `UPOS=<pct> XPOS=<pct> UAS=<pct> LAS=<pct> tokens=<n>` last.
//!
//!     cargo run --release --example syntax_eval -- ../shared/ud-english-ewt/en_ewt-ud-test.conllu
//!
//! `--model PATH` scores another model file instead of the shipped one.

use concord::syntax::{conllu, eval, Model};
use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, model) = match args.as_slice() {
        [path] => (path, Model::english()?.clone()),
        [path, flag, model] if flag == "--model" => {
            (path, Model::from_bytes(&std::fs::read(model)?)?)
        }
        _ => return Err("usage: syntax_eval FILE.conllu [--model PATH]".into()),
    };
    let bank = conllu::read(&std::fs::read_to_string(path)?)?;
    let e = eval::evaluate(&model, &bank);
    for (relation, (head, both)) in &e.relations {
        println!(
            "{:<14} n={:<6} UAS={:.2} LAS={:.2}",
            relation.as_str(),
            head.total,
            head.percent(),
            both.percent()
        );
    }
    println!("lemma={:.2}", e.lemma.percent());
    println!("{e}");
    Ok(())
}
