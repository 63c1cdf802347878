//! Trains the tagger and parser on UD English EWT and writes the model the
//! crate ships. Deterministic: the same treebank gives the same bytes.
//!
//!     cargo run --release --example train_syntax -- ../shared/ud-english-ewt data/syntax/en_ewt.model
//!
//! Options (for experiments; the shipped model uses the defaults):
//! `--tagger-epochs N`, `--parser-epochs N`, `--folds N`, `--explore P`, `--prune W`.

use concord::syntax::{conllu, eval, train};
use std::error::Error;
use std::fs;
use std::path::Path;
use std::time::Instant;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let mut paths = Vec::new();
    let mut config = train::TrainConfig::default();
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--tagger-epochs" => config.tagger_epochs = value()?.parse()?,
            "--parser-epochs" => config.parser_epochs = value()?.parse()?,
            "--folds" => config.folds = value()?.parse()?,
            "--explore" => config.explore = value()?.parse()?,
            "--prune" => config.prune = value()?.parse()?,
            "--ambiguity-min" => config.ambiguity_min = value()?.parse()?,
            _ => paths.push(a),
        }
    }
    let [dir, out] = paths.as_slice() else {
        return Err("usage: train_syntax TREEBANK_DIR OUT [options]".into());
    };
    let dir = Path::new(dir);
    let read = |name: &str| -> Result<Vec<conllu::GoldSentence>, Box<dyn Error>> {
        Ok(conllu::read(&fs::read_to_string(dir.join(name))?)?)
    };
    let bank = read("en_ewt-ud-train.conllu")?;
    let dev = read("en_ewt-ud-dev.conllu")?;
    let t = Instant::now();
    let model = train::train(&bank, &config);
    eprintln!("trained on {} sentences in {:.1?}", bank.len(), t.elapsed());
    let bytes = model.to_bytes();
    fs::write(out, &bytes)?;
    eprintln!("{} bytes written to {out}", bytes.len());
    println!("dev: {}", eval::evaluate(&model, &dev));
    Ok(())
}
