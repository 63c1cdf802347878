//! The main job: reconcile every report given on the command line. This is
//! the `concord` tool (`src/bin/concord/`) under the name the README's
//! first command uses:
//!
//!     cargo run --release --example reconcile -- seeds/
//!     cargo run --release --example reconcile -- --format html seeds/ > report.html
//!     cat reports.jsonl | cargo run --release --example reconcile -- -
#![forbid(unsafe_code)]

#[path = "../src/bin/concord/cli.rs"]
mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
