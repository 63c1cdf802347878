//! The `concord` command-line tool; `concord --help` says how to use it.
#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
