//! Writes a generated news-like corpus as JSON Lines of `{"id",
//! "published", "text"}` (see `benches/generate`), for timing the tool on
//! corpora of any size:
//!
//!     cargo run --release --example generate -- 10000 > /tmp/c.jsonl
//!     cargo run --release --example generate -- 2000 1 1999 > /tmp/copies.jsonl
//!
//! Arguments: reports, independent reports per story (default 4), near-copies
//! per story (default 2).

#[path = "../benches/generate/mod.rs"]
mod generate;

use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse())
        .collect::<Result<_, _>>()
        .map_err(|e| format!("usage: generate REPORTS [INDEPENDENT [COPIES]]: {e}"))?;
    let reports = *args
        .first()
        .ok_or("usage: generate REPORTS [INDEPENDENT [COPIES]]")?;
    let shape = generate::Shape {
        independent: args.get(1).copied().unwrap_or(4),
        copies: args.get(2).copied().unwrap_or(2),
    };
    let corpus = generate::corpus(reports, shape);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    generate::write_jsonl(&corpus, &mut out)?;
    out.flush()?;
    eprintln!(
        "{} reports: {} stories, {} near-copies, one planted toll conflict per story",
        corpus.reports.len(),
        corpus.stories,
        corpus.copies
    );
    Ok(())
}
