//! The recognizer on its own: one text per line of standard input, one JSON
//! object per line of output.
//!
//! echo "talks resumed after a six-year hiatus on May 29" | \
//!     cargo run --release --example recognize -- --reference-date 2024-05-30

use std::io::{BufRead, Write};
use std::process::ExitCode;

use concord::recognize::{recognize, to_json, Context};

fn main() -> ExitCode {
    let mut ctx = Context::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--reference-date", Some(d)) => match d.parse() {
                Ok(date) => ctx = ctx.reference(date),
                Err(e) => {
                    eprintln!("error: --reference-date {d:?}: {e}");
                    return ExitCode::from(2);
                }
            },
            _ => {
                eprintln!("usage: recognize [--reference-date YYYY-MM-DD] < texts");
                return ExitCode::from(2);
            }
        }
    }
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().split(b'\n') {
        let Ok(bytes) = line else { break };
        let text = String::from_utf8_lossy(&bytes);
        let text = text.strip_suffix('\r').unwrap_or(&text);
        let found: Vec<_> = recognize(text, &ctx).collect();
        let json = match to_json(text, &found) {
            Ok(j) => j,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        };
        if writeln!(out, "{json}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
