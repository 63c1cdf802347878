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

use std::io::{BufRead, Read};
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

/// Texts read before they are reduced to a batch, in the JSON formats:
/// enough to keep every core busy, little beside the batch itself.
const CHUNK_BYTES: usize = 8 << 20;

impl Progress {
    /// A bar over the reports' bytes, hidden where it is not wanted
    /// (indicatif also hides it when standard error is no terminal).
    fn bar(self, total: u64) -> ProgressBar {
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// A report for a person.
    Text,
    /// The whole report as one JSON document.
    Json,
    /// One conflict per line, as JSON, written as each event is over: a
    /// stream, in bounded memory however large the input (see
    /// `concord::Stream`).
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
    let mut dates: std::collections::BTreeMap<String, jiff::civil::Date> = Default::default();
    for (id, date) in &cli.published {
        match date.parse() {
            Ok(d) => {
                dates.insert(id.clone(), d);
            }
            Err(e) => {
                eprintln!("error: --published {id}={date}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    // ids seen, as 64-bit hashes, so a stream of millions of reports holds
    // little of them (two ids of one hash: odds about 1 in 4 million among
    // 3 million ids)
    let mut seen = std::collections::HashSet::new();
    let mut dated = std::collections::BTreeSet::new();
    // each report once, with its --published date
    let mut admit = |s: Source| -> Option<Source> {
        let id_hash = {
            use std::hash::{Hash, Hasher};
            let mut h = std::hash::DefaultHasher::new();
            s.id.hash(&mut h);
            h.finish()
        };
        if !seen.insert(id_hash) {
            eprintln!("skipped a second report with id {:?}", s.id);
            return None;
        }
        Some(match dates.get(&s.id) {
            Some(&d) => {
                dated.insert(s.id.clone());
                s.with_published(d)
            }
            None => s,
        })
    };
    let opts = Options::new();
    // The text and HTML reports quote around the evidence, so they keep
    // every text; the JSON formats keep only what each report leaves once
    // read (a `Batch`), reading it in chunks of a few megabytes.
    let keeps_texts = matches!(cli.format, Format::Text | Format::Html);
    let inputs = inputs(&cli.paths);
    let bar = cli.progress.bar(input_bytes(&inputs));
    let warn_undated = |dated: &std::collections::BTreeSet<String>| {
        for id in dates.keys().filter(|id| !dated.contains(*id)) {
            eprintln!("warning: --published names {id:?}, which is no report given");
        }
    };
    if cli.format == Format::Jsonl {
        let code = stream(&inputs, &opts, &bar, &mut admit);
        warn_undated(&dated);
        return code;
    }
    let mut sources: Vec<Source> = Vec::new();
    let mut batch = concord::Batch::new();
    let mut failed: Option<concord::Error> = None;
    let chunk_bytes = if keeps_texts { usize::MAX } else { CHUNK_BYTES };
    read_chunks(&inputs, &bar, &mut admit, chunk_bytes, &mut |chunk| {
        if keeps_texts {
            sources.append(chunk);
            return;
        }
        let read = concord::Batch::read_all(chunk, &opts)
            .and_then(|part| std::mem::take(&mut batch).merge(part));
        match read {
            Ok(b) => batch = b,
            Err(e) => failed = Some(e),
        }
        chunk.clear();
    });
    warn_undated(&dated);
    if sources.is_empty() && batch.is_empty() {
        bar.finish_and_clear();
        eprintln!("no report could be used");
        return ExitCode::FAILURE;
    }
    bar.set_message("comparing");
    let run = match failed {
        Some(e) => Err(e),
        None if keeps_texts => concord::reconcile(&sources, &opts),
        None => Ok(batch.reconcile(&opts)),
    };
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
            use std::io::Write;
            match std::io::stdout().lock().write_all(text.as_bytes()) {
                Ok(()) => ExitCode::SUCCESS,
                // the reader stopped reading (`| head`): nothing is lost to it
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: writing the report: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Texts read at a time before they are added to a stream: enough to keep
/// every core busy, small beside what the stream holds.
const STREAM_CHUNK_BYTES: usize = 1 << 20;

/// JSON Lines of conflicts, reconciled in bounded memory (a
/// [`concord::Stream`]): each event's conflicts are written once the event
/// is over, so a corpus of any size passes.
fn stream(
    inputs: &[Input],
    opts: &Options,
    bar: &ProgressBar,
    admit: &mut dyn FnMut(Source) -> Option<Source>,
) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut stream = concord::Stream::new(opts);
    let mut used = 0usize;
    let mut failed: Option<String> = None;
    let mut write = |report: concord::Report, used: &mut usize| -> Result<(), String> {
        *used += report.sources.len();
        let lines = concord::report::to_jsonl(&report).map_err(|e| e.to_string())?;
        match out.write_all(lines.as_bytes()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                Err(format!("writing the report: {e}"))
            }
            _ => Ok(()),
        }
    };
    read_chunks(inputs, bar, admit, STREAM_CHUNK_BYTES, &mut |chunk| {
        if failed.is_some() {
            chunk.clear();
            return;
        }
        let part = concord::Batch::read_all(chunk, opts).and_then(|b| stream.add(b));
        chunk.clear();
        let written = match part {
            Ok(Some(report)) => write(report, &mut used),
            Ok(None) => Ok(()),
            Err(e) => Err(e.to_string()),
        };
        failed = written.err();
    });
    // after a failure nothing more is written
    let last = match failed {
        None => write(stream.finish(), &mut used),
        Some(_) => Ok(()),
    };
    bar.finish_and_clear();
    if let Some(e) = failed.or(last.err()) {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    if used == 0 {
        eprintln!("no report could be used");
        return ExitCode::FAILURE;
    }
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: writing the report: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// Reads every input, handing `each` the admitted reports a chunk at a
/// time (a chunk ends once its texts reach `bytes`), and what is left at
/// the end; `each` empties the chunk.
fn read_chunks(
    inputs: &[Input],
    bar: &ProgressBar,
    admit: &mut dyn FnMut(Source) -> Option<Source>,
    bytes: usize,
    each: &mut dyn FnMut(&mut Vec<Source>),
) {
    let mut chunk: Vec<Source> = Vec::new();
    let mut chunk_bytes = 0usize;
    for input in inputs {
        read_input(input, &mut |s, read| {
            bar.inc(read as u64);
            let Some(s) = admit(s) else { return };
            chunk_bytes = chunk_bytes.saturating_add(s.text.len());
            chunk.push(s);
            if chunk_bytes >= bytes {
                each(&mut chunk);
                chunk_bytes = 0;
            }
        });
    }
    if !chunk.is_empty() {
        each(&mut chunk);
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

/// What each report read is handed to, with the input bytes it took.
type Each<'a> = dyn FnMut(Source, usize) + 'a;

/// One thing to read: standard input, or a file with the id its reports
/// take.
enum Input {
    Stdin,
    File { path: PathBuf, id: String },
}

/// What the command-line paths name, folders walked once (their `.txt`
/// and `.jsonl` files, in path order).
fn inputs(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for path in paths {
        if path == Path::new("-") {
            out.push(Input::Stdin);
        } else if path.is_dir() {
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
                out.push(Input::File { path: f, id });
            }
        } else {
            let id = path
                .file_stem()
                .map_or_else(|| path.to_string_lossy(), |s| s.to_string_lossy())
                .into_owned();
            out.push(Input::File {
                path: path.clone(),
                id,
            });
        }
    }
    out
}

/// The bytes the files hold (standard input counts none).
fn input_bytes(inputs: &[Input]) -> u64 {
    inputs
        .iter()
        .map(|i| match i {
            Input::Stdin => 0,
            Input::File { path, .. } => std::fs::metadata(path).map_or(0, |m| m.len()),
        })
        .sum()
}

/// Reads one input, report by report, naming what it skips.
fn read_input(input: &Input, out: &mut Each<'_>) {
    let Input::File { path, id } = input else {
        let mut stdin = std::io::BufReader::new(std::io::stdin().lock());
        let json = match stdin.fill_buf() {
            Ok(head) => starts_json(head),
            Err(e) => {
                eprintln!("skipped stdin: {e}");
                return;
            }
        };
        if json {
            read_jsonl("stdin", stdin, out);
        } else {
            let mut bytes = Vec::new();
            match stdin.read_to_end(&mut bytes) {
                Ok(_) => add_text("stdin".to_string(), "stdin", &bytes, out),
                Err(e) => eprintln!("skipped stdin: {e}"),
            }
        }
        return;
    };
    read_file(path, id.clone(), out);
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

fn read_file(path: &Path, id: String, out: &mut Each<'_>) {
    let name = path.display().to_string();
    if path.extension().is_some_and(|x| x == "jsonl") {
        match std::fs::File::open(path) {
            Ok(f) => read_jsonl(&name, std::io::BufReader::new(f), out),
            Err(e) => eprintln!("skipped {name}: {e}"),
        }
        return;
    }
    match std::fs::read(path) {
        Ok(bytes) => add_text(id, &name, &bytes, out),
        Err(e) => eprintln!("skipped {name}: {e}"),
    }
}

/// A text report, unless the bytes are not text (they hold NUL bytes).
fn add_text(id: String, name: &str, bytes: &[u8], out: &mut Each<'_>) {
    if bytes.contains(&0) {
        eprintln!("skipped {name}: not text (it holds NUL bytes)");
        return;
    }
    match Source::from_bytes(id, bytes, Decoding::Lossy) {
        Ok(s) if s.text.trim().is_empty() => eprintln!("skipped {name}: no text"),
        Ok(s) => out(s, bytes.len()),
        Err(e) => eprintln!("skipped {name}: {e}"),
    }
}

fn starts_json(bytes: &[u8]) -> bool {
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// JSON Lines of `{"id", "published", "text"}`, one line at a time; a bad
/// line is skipped with its number and reason.
fn read_jsonl(name: &str, mut input: impl std::io::BufRead, out: &mut Each<'_>) {
    let mut bytes = Vec::new();
    for i in 0.. {
        bytes.clear();
        match input.read_until(b'\n', &mut bytes) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("skipped the rest of {name} from line {}: {e}", i + 1);
                break;
            }
        }
        let line = String::from_utf8_lossy(&bytes);
        if line.trim().is_empty() {
            continue;
        }
        let source = match Source::from_json_line(&line) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("skipped {name} line {}: {e}", i + 1);
                continue;
            }
        };
        out(source, bytes.len());
    }
}
