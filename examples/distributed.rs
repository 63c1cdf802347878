//! concord on timely dataflow, across threads or processes: every worker
//! reads its share of a JSON Lines corpus (`{"id", "published", "text"}`)
//! into a `Batch` (extraction as a map), the batches are exchanged by
//! blocking key to the worker that reconciles them (a corpus is one block:
//! its events are found across all of it), and the keyed merge is
//! reconciled there. The report is the one a single run writes.
//!
//! Two processes on this machine (loopback), each with one worker:
//!
//!     cargo build --release --features distributed --example distributed
//!     target/release/examples/distributed -n 2 -p 0 corpus.jsonl report.json &
//!     target/release/examples/distributed -n 2 -p 1 corpus.jsonl report.json
//!
//! `-w` sets threads per process, `-n` processes, `-p` this process's
//! index and `-h` a file of `host:port` lines (timely's own flags); the
//! first process writes the report as `--format json` would.

use std::cell::RefCell;
use std::rc::Rc;

use concord::{Batch, Options, Source};
use timely::dataflow::operators::{Exchange, Inspect, Map, ToStream};

/// One corpus line read into a batch, as JSON (what crosses processes).
fn read(line: &str, opts: &Options) -> Result<String, String> {
    let source = Source::from_json_line(line).map_err(|e| e.to_string())?;
    serde_json::to_string(&Batch::read(&source, opts)).map_err(|e| e.to_string())
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    // the two paths are the last arguments; timely reads its flags
    let [.., input, output] = args.as_slice() else {
        return Err("usage: distributed [timely flags] INPUT.jsonl OUTPUT.json".into());
    };
    let (input, output) = (input.clone(), output.clone());
    let text = std::fs::read_to_string(&input).map_err(|e| format!("{input}: {e}"))?;
    let guards = timely::execute_from_args(args.into_iter(), move |worker| {
        let (index, peers) = (worker.index(), worker.peers());
        let mine: Vec<String> = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .filter(|(k, _)| k % peers == index)
            .map(|(_, l)| l.to_string())
            .collect();
        let merged: Rc<RefCell<Result<Batch, String>>> = Rc::new(RefCell::new(Ok(Batch::new())));
        let sink = merged.clone();
        worker.dataflow::<u64, _, _>(move |scope| {
            let opts = Options::new();
            mine.to_stream(scope)
                .map(move |line| read(&line, &opts))
                .exchange(|_| 0)
                .inspect(move |part| {
                    let mut acc = sink.borrow_mut();
                    let next = match (std::mem::replace(&mut *acc, Ok(Batch::new())), part) {
                        (Ok(acc), Ok(json)) => serde_json::from_str::<Batch>(json)
                            .map_err(|e| e.to_string())
                            .and_then(|b| acc.merge(b).map_err(|e| e.to_string())),
                        (Err(e), _) => Err(e),
                        (_, Err(e)) => Err(e.clone()),
                    };
                    *acc = next;
                });
        });
        while worker.step() {}
        if index == 0 {
            let batch = merged.replace(Ok(Batch::new()))?;
            let report = batch.reconcile(&Options::new());
            let json = concord::report::to_json(&report).map_err(|e| e.to_string())?;
            std::fs::write(&output, json + "\n").map_err(|e| format!("{output}: {e}"))?;
        }
        Ok::<(), String>(())
    })?;
    for result in guards.join() {
        result??;
    }
    Ok(())
}
