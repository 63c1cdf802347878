//! The `concord` tool: reconcile every report given on the command line.
//! The `reconcile` example runs this same code.
//!
//!     concord seeds/
//!     concord --format json seeds/
//!     concord --format html seeds/ > report.html
//!     cat reports.jsonl | concord -
//!
//! Each PATH is a file, a folder (read recursively: `.txt` files are
//! reports, `.jsonl` files hold one `{"id", "published", "text"}` report a
//! line), or `-` for standard input (JSON Lines when it starts with `{`,
//! else one report). A report's id is its path under the folder given,
//! without `.txt`, so files of one name in two folders are two reports.
//! Files that cannot be used (not text, unreadable, a repeated id) are
//! named on standard error with the reason; the rest are reconciled.
//!
//! Exit codes: 0 the report was written; 1 no report could be used, or
//! reconciling failed; 2 the command line was wrong.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use concord::{Decoding, Options, Source};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Find where news reports of one event disagree.
#[derive(Parser, Debug)]
#[command(name = "concord", version, about)]
struct Cli {
    /// Reports: files, folders (recursive), or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// What to write.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Colour in the text report: on a terminal (auto), always or never.
    /// `NO_COLOR` turns auto off.
    #[arg(long, value_enum, default_value_t = Colour::Auto)]
    color: Colour,
    /// A report's publication date, as ID=YYYY-MM-DD; may be repeated.
    #[arg(long, value_name = "ID=DATE", value_parser = published)]
    published: Vec<(String, String)>,
    /// A progress bar with throughput on standard error: on a terminal for
    /// long runs (auto), always on a terminal, or never.
    #[arg(long, value_enum, default_value_t = Progress::Auto)]
    progress: Progress,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Progress {
    Auto,
    Always,
    Never,
}

/// Runs long enough to want a bar: this many bytes of reports (about five
/// seconds' work on one core).
const LONG_RUN_BYTES: u64 = 1 << 20;

impl Progress {
    /// A bar over the reports' bytes, hidden where it is not wanted
    /// (indicatif also hides it when standard error is no terminal).
    fn bar(self, sources: &[Source]) -> ProgressBar {
        let total: u64 = sources.iter().map(|s| s.text.len() as u64).sum();
        let wanted = match self {
            Progress::Never => false,
            Progress::Always => true,
            Progress::Auto => total >= LONG_RUN_BYTES,
        };
        if !wanted {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template(
            "{msg:>9} [{bar:30}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} eta {eta}",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message("reading");
        bar
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    /// A report for a person.
    Text,
    /// The whole report as one JSON document.
    Json,
    /// One conflict per line, as JSON.
    Jsonl,
    /// Each side of each conflict as a schema.org ClaimReview (JSON-LD).
    Claimreview,
    /// One self-contained HTML page: events, conflicts, the marked texts.
    Html,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Colour {
    Auto,
    Always,
    Never,
}

impl Colour {
    fn on(self) -> bool {
        use std::io::IsTerminal;
        match self {
            Colour::Always => true,
            Colour::Never => false,
            Colour::Auto => {
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        }
    }
}

/// ANSI colour for the text report: headings bold, the disputed words
/// (in brackets, perhaps wrapped over lines) yellow, the favoured side
/// green.
fn colour(text: &str) -> String {
    const WORDS: &str = "\x1b[1;33m";
    const RESET: &str = "\x1b[0m";
    let mut out = String::with_capacity(text.len() * 2);
    let mut inside = false;
    for line in text.lines() {
        let heading = line.starts_with(|c: char| c.is_ascii_digit())
            || (!line.is_empty() && line.chars().all(|c| c.is_ascii_uppercase() || c == ' '));
        let style = if heading {
            "\x1b[1m"
        } else if line.contains(", favoured (") {
            "\x1b[32m"
        } else {
            ""
        };
        out.push_str(style);
        let indent = line.len() - line.trim_start().len();
        out.push_str(&line[..indent]);
        if inside {
            out.push_str(WORDS);
        }
        for c in line[indent..].chars() {
            match c {
                '[' => {
                    inside = true;
                    out.push_str(WORDS);
                    out.push(c);
                }
                ']' if inside => {
                    inside = false;
                    out.push(c);
                    out.push_str(RESET);
                    out.push_str(style);
                }
                _ => out.push(c),
            }
        }
        if inside || !style.is_empty() {
            out.push_str(RESET);
        }
        out.push('\n');
    }
    out
}

fn published(arg: &str) -> Result<(String, String), String> {
    match arg.split_once('=') {
        Some((id, date)) if !id.is_empty() && !date.is_empty() => {
            Ok((id.to_string(), date.to_string()))
        }
        _ => Err(format!("{arg:?} is not ID=YYYY-MM-DD")),
    }
}

/// Runs the tool on the process's arguments.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut sources: Vec<Source> = Vec::new();
    for path in &cli.paths {
        read_path(path, &mut sources);
    }
    let mut seen = std::collections::BTreeSet::new();
    sources.retain(|s| {
        let fresh = seen.insert(s.id.clone());
        if !fresh {
            eprintln!("skipped a second report with id {:?}", s.id);
        }
        fresh
    });
    for (id, date) in &cli.published {
        match sources.iter().position(|s| &s.id == id) {
            Some(i) => {
                let s = sources.swap_remove(i);
                match s.clone().with_published_str(date) {
                    Ok(dated) => sources.push(dated),
                    Err(e) => {
                        eprintln!("error: --published {id}={date}: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            None => eprintln!("warning: --published names {id:?}, which is no report given"),
        }
    }
    if sources.is_empty() {
        eprintln!("no report could be used");
        return ExitCode::FAILURE;
    }
    let bar = cli.progress.bar(&sources);
    let run = concord::reconcile_with_progress(&sources, &Options::new(), |s| {
        bar.inc(s.text.len() as u64);
        if bar.position() == bar.length().unwrap_or(0) {
            bar.set_message("comparing");
        }
    });
    bar.finish_and_clear();
    let report = match run {
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
    let out = match cli.format {
        Format::Text => {
            let text = concord::report::to_text_with(&report, &documents(&sources));
            Ok(if cli.color.on() { colour(&text) } else { text })
        }
        Format::Json => concord::report::to_json(&report).map(|j| j + "\n"),
        Format::Claimreview => concord::report::to_claimreview(&report).map(|j| j + "\n"),
        Format::Html => Ok(concord::report::to_html(&report, &documents(&sources))),
        Format::Jsonl => concord::report::to_jsonl(&report),
    };
    match out {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The prepared texts the report's evidence points into.
fn documents(sources: &[Source]) -> Vec<concord::text::Document> {
    let opts = Options::new();
    sources
        .iter()
        .filter_map(|s| concord::text::Document::prepare(s, &opts).ok())
        .collect()
}

/// Reads one command-line path into `out`, naming what it skips.
fn read_path(path: &Path, out: &mut Vec<Source>) {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        match std::io::stdin().read_to_end(&mut bytes) {
            Ok(_) if starts_json(&bytes) => read_jsonl("stdin", &bytes, out),
            Ok(_) => add_text("stdin".to_string(), "stdin", &bytes, out),
            Err(e) => eprintln!("skipped stdin: {e}"),
        }
        return;
    }
    if path.is_dir() {
        let mut files = Vec::new();
        walk(path, &mut files);
        files.sort();
        for f in files {
            let id = f
                .strip_prefix(path)
                .unwrap_or(&f)
                .with_extension("")
                .to_string_lossy()
                .replace('\\', "/");
            read_file(&f, id, out);
        }
    } else {
        let id = path
            .file_stem()
            .map_or_else(|| path.to_string_lossy(), |s| s.to_string_lossy())
            .into_owned();
        read_file(path, id, out);
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            for e in entries.filter_map(|e| e.ok()) {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "txt" || x == "jsonl") {
                    out.push(p);
                }
            }
        }
        Err(e) => eprintln!("skipped {}: {e}", dir.display()),
    }
}

fn read_file(path: &Path, id: String, out: &mut Vec<Source>) {
    let name = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) if path.extension().is_some_and(|x| x == "jsonl") => {
            read_jsonl(&name, &bytes, out)
        }
        Ok(bytes) => add_text(id, &name, &bytes, out),
        Err(e) => eprintln!("skipped {name}: {e}"),
    }
}

/// A text report, unless the bytes are not text (they hold NUL bytes).
fn add_text(id: String, name: &str, bytes: &[u8], out: &mut Vec<Source>) {
    if bytes.contains(&0) {
        eprintln!("skipped {name}: not text (it holds NUL bytes)");
        return;
    }
    match Source::from_bytes(id, bytes, Decoding::Lossy) {
        Ok(s) if s.text.trim().is_empty() => eprintln!("skipped {name}: no text"),
        Ok(s) => out.push(s),
        Err(e) => eprintln!("skipped {name}: {e}"),
    }
}

fn starts_json(bytes: &[u8]) -> bool {
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

#[derive(serde::Deserialize)]
struct Line {
    id: String,
    #[serde(default)]
    published: Option<String>,
    text: String,
}

/// JSON Lines of `{"id", "published", "text"}`; a bad line is skipped with
/// its number and reason.
fn read_jsonl(name: &str, bytes: &[u8], out: &mut Vec<Source>) {
    let text = String::from_utf8_lossy(bytes);
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let parsed: Line = match serde_json::from_str(line) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("skipped {name} line {}: {e}", i + 1);
                continue;
            }
        };
        let source = Source::new(parsed.id, parsed.text);
        let source = match parsed.published {
            Some(d) => match source.with_published_str(&d) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("skipped {name} line {}: {e}", i + 1);
                    continue;
                }
            },
            None => source,
        };
        out.push(source);
    }
}
