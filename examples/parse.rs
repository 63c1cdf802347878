//! Parses sentences, one per line of standard input, and prints each word
//! as a CoNLL-U-like row: position, form, lemma, UPOS, PTB, head, relation.
//!
//! `echo "Four bombs were dropped." | cargo run --release --example parse`

use std::io::BufRead;

use concord::syntax::Model;
use concord::Options;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let model = Model::english()?;
    let options = Options::new();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let parse = model.parse(&line, &options)?;
        for (i, w) in parse.words().iter().enumerate() {
            let head = w.head.map_or(0, |h| h + 1);
            println!(
                "{}\t{}\t{}\t{:?}\t{:?}\t{}\t{:?}",
                i + 1,
                parse.text_of(w),
                w.lemma,
                w.upos,
                w.ptb,
                head,
                w.relation
            );
        }
        println!();
    }
    Ok(())
}
