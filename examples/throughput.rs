//! Characters per second over the reports of a JSON Lines file of `{"id",
//! "text"}`: the recognizer alone, and the whole run (`reconcile`, on every
//! core when built with `--features parallel`), each the best of several
//! passes of at least a second. One JSON object per line; used by
//! `benches/peers/run.sh` to set concord beside its Python peers.
//!
//!     cargo run --release --features parallel --example throughput -- reports.jsonl

use std::time::{Duration, Instant};

use concord::recognize::{recognize, Context};
use concord::{reconcile, Options, Source};

#[derive(serde::Deserialize)]
struct Line {
    id: String,
    text: String,
}

/// The best seconds of one call over passes that add up to at least 3 s.
fn best(mut f: impl FnMut() -> usize) -> f64 {
    let (mut best, mut spent) = (f64::INFINITY, Duration::ZERO);
    while spent < Duration::from_secs(3) {
        let start = Instant::now();
        std::hint::black_box(f());
        let took = start.elapsed();
        spent += took;
        best = best.min(took.as_secs_f64());
    }
    best
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: throughput REPORTS.jsonl")?;
    let mut lines = Vec::new();
    for l in std::fs::read_to_string(path)?
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        lines.push(serde_json::from_str::<Line>(l)?);
    }
    let chars: usize = lines.iter().map(|l| l.text.chars().count()).sum();
    let ctx = Context::new();
    let recognize_secs = best(|| lines.iter().map(|l| recognize(&l.text, &ctx).count()).sum());
    let sources: Vec<Source> = lines
        .iter()
        .map(|l| Source::new(l.id.clone(), l.text.clone()))
        .collect();
    let opts = Options::new();
    let whole_secs = best(|| reconcile(&sources, &opts).map_or(0, |r| r.claims.len()));
    let threads = if cfg!(feature = "parallel") {
        std::thread::available_parallelism().map_or(1, usize::from)
    } else {
        1
    };
    for (stage, secs, threads) in [
        ("recognize", recognize_secs, 1),
        ("end-to-end", whole_secs, threads),
    ] {
        println!(
            "{}",
            serde_json::json!({"stage": stage, "chars": chars, "seconds": secs, "chars_per_s": chars as f64 / secs, "threads": threads})
        );
    }
    Ok(())
}
