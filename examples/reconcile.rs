//! The main job: reconcile every report given on the command line.
//!
//! cargo run --release --example reconcile -- [--format text|json] PATH...
//!
//! Each PATH is a file or a directory of .txt files. Files that cannot be
//! used are reported with the reason; the rest are processed. Exits
//! non-zero only if nothing could be used.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use concord::{Decoding, Options, Source};

fn main() -> ExitCode {
    let mut format = "text".to_string();
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" => match args.next() {
                Some(f) if f == "text" || f == "json" => format = f,
                other => return usage(&format!("--format takes text or json, not {other:?}")),
            },
            "-h" | "--help" => {
                println!("usage: reconcile [--format text|json] PATH...");
                return ExitCode::SUCCESS;
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        return usage("no PATH given");
    }
    let mut files = Vec::new();
    for p in &paths {
        collect(p, &mut files);
    }
    let mut sources = Vec::new();
    for f in &files {
        match Source::from_path(f, Decoding::Lossy) {
            Ok(s) if s.text.trim().is_empty() => eprintln!("skipped {}: no text", f.display()),
            Ok(s) => sources.push(s),
            Err(e) => eprintln!("skipped {}: {e}", f.display()),
        }
    }
    if sources.is_empty() {
        eprintln!("no report could be used");
        return ExitCode::FAILURE;
    }
    let report = match concord::reconcile(&sources, &Options::new()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if report.sources.is_empty() {
        eprintln!("no report could be used");
        for n in &report.notes {
            eprintln!("{n}");
        }
        return ExitCode::FAILURE;
    }
    match format.as_str() {
        "json" => match concord::report::to_json(&report) {
            Ok(j) => println!("{j}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        },
        _ => print!("{}", concord::report::to_text(&report)),
    }
    ExitCode::SUCCESS
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        match std::fs::read_dir(path) {
            Ok(entries) => {
                let mut found: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .collect();
                found.sort();
                out.extend(found);
            }
            Err(e) => eprintln!("skipped {}: {e}", path.display()),
        }
    } else {
        out.push(path.to_path_buf());
    }
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("error: {msg}\nusage: reconcile [--format text|json] PATH...");
    ExitCode::from(2)
}
