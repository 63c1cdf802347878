//! The `concord` tool as a user runs it (issue 13): its flags, its inputs,
//! its exit codes. Runs the binary `cargo test` builds, and once the
//! `reconcile` example that wraps it.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn tool() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_concord"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// The README's first command runs the same tool.
fn example() -> Command {
    // target/<profile>/deps/lib-… → target/<profile>/examples/reconcile
    let exe = std::env::current_exe().expect("the test binary");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>");
    let mut cmd = Command::new(
        dir.join("examples")
            .join(format!("reconcile{}", std::env::consts::EXE_SUFFIX)),
    );
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("concord-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

const WIRE: &str = "Rival parties hold first talks in over six years\n\
    The rival parties held their first talks in over six years on Tuesday, officials said.";
const DAILY: &str = "Rival parties restart talks after seven years\n\
    The rival parties restarted their talks after seven years on Tuesday, officials said.";

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn version_and_help() {
    let out = tool().arg("--version").output().expect("it runs");
    assert!(out.status.success());
    assert_eq!(
        stdout(&out).trim(),
        format!("concord {}", env!("CARGO_PKG_VERSION"))
    );
    let out = tool().arg("--help").output().expect("it runs");
    assert!(stdout(&out).contains("--format"));
    assert!(stdout(&out).contains("--progress"));
    let out = example().arg("--version").output().expect("it runs");
    assert_eq!(
        stdout(&out).trim(),
        format!("concord {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn progress_is_not_drawn_when_piped() {
    // Piped standard error: no bar even when asked for.
    let out = tool()
        .args(["--progress", "always", "seeds/"])
        .output()
        .expect("it runs");
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("B/s"));
}

#[test]
#[cfg_attr(
    not(has_script),
    ignore = "needs util-linux /usr/bin/script for a terminal"
)]
fn progress_is_drawn_on_a_terminal() {
    // `script` gives the run a terminal; the bar, with its throughput, is
    // drawn on standard error.
    let command = format!(
        "{} --progress always --format json seeds/ >/dev/null",
        env!("CARGO_BIN_EXE_concord")
    );
    let out = Command::new("/usr/bin/script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("script runs");
    assert!(out.status.success(), "{out:?}");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains("reading [") && shown.contains("B/s"),
        "{shown:?}"
    );
}

#[test]
fn format_json_with_an_equals_sign_gives_json() {
    let out = tool()
        .args(["--format=json", "seeds/"])
        .output()
        .expect("it runs");
    assert!(out.status.success());
    let json: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(json["sources"].as_array().map(Vec::len), Some(5));
    assert!(!json["conflicts"].as_array().expect("conflicts").is_empty());
}

#[test]
fn a_wrong_format_is_a_usage_error() {
    let out = tool()
        .args(["--format", "pdf", "seeds/"])
        .output()
        .expect("it runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("possible values"));
}

#[test]
fn dash_reads_json_lines_from_stdin() {
    let lines = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "wire", "published": "2025-01-15", "text": WIRE}),
        serde_json::json!({"id": "daily", "published": "2025-01-15", "text": DAILY})
    );
    let out = tool()
        .args(["--format", "jsonl", "-"])
        .write_stdin(lines)
        .output()
        .expect("it runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conflicts: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0]["kind"], "duration");
}

#[test]
fn dash_reads_one_text_report_from_stdin() {
    let out = tool()
        .args(["--format", "json", "-"])
        .write_stdin(WIRE)
        .output()
        .expect("it runs");
    assert!(out.status.success());
    let json: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(json["sources"][0]["id"], "stdin");
}

#[test]
fn folders_are_read_recursively_and_ids_are_relative_paths() {
    let dir = scratch("nested");
    for (sub, text) in [("a", WIRE), ("b/deeper", DAILY)] {
        std::fs::create_dir_all(dir.join(sub)).expect("a folder");
        std::fs::write(dir.join(sub).join("story.txt"), text).expect("a file");
    }
    std::fs::write(dir.join("junk.txt"), b"\x00\x01\x02binary\x00").expect("a file");
    let out = tool()
        .args([
            "--format",
            "json",
            "--published",
            "a/story=2025-01-15",
            "--published",
            "b/deeper/story=2025-01-15",
        ])
        .arg(&dir)
        .output()
        .expect("it runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let ids: Vec<&str> = json["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| s["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids, ["a/story", "b/deeper/story"]);
    assert_eq!(json["conflicts"].as_array().map(Vec::len), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("junk.txt: not text"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nothing_usable_exits_one() {
    let dir = scratch("empty");
    std::fs::write(dir.join("blank.txt"), "   \n").expect("a file");
    let out = tool().arg(&dir).output().expect("it runs");
    assert_eq!(out.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_bad_published_date_is_a_usage_error() {
    let out = tool()
        .args(["--published", "000_182fb40b0e674e7c=someday", "seeds/"])
        .output()
        .expect("it runs");
    assert_eq!(out.status.code(), Some(2));
}

/// Every object of the ClaimReview output is a schema.org type it names,
/// and every property it uses is one schema.org gives that type.
#[test]
fn claimreview_uses_schema_org_terms() {
    let out = tool()
        .args(["--format", "claimreview", "seeds/"])
        .output()
        .expect("it runs");
    assert!(out.status.success());
    let reviews: Value = serde_json::from_str(&stdout(&out)).expect("JSON-LD");
    let terms: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data/claimreview/schema_org_terms.json"),
        )
        .expect("the terms"),
    )
    .expect("JSON");
    fn check(v: &Value, terms: &Value, checked: &mut usize) {
        match v {
            Value::Object(map) => {
                let kind = map
                    .get("@type")
                    .and_then(Value::as_str)
                    .expect("every object names its @type");
                let allowed = terms[kind]
                    .as_array()
                    .unwrap_or_else(|| panic!("{kind} is not a known type"));
                for (key, value) in map {
                    if key.starts_with('@') {
                        continue;
                    }
                    assert!(
                        allowed.iter().any(|a| a == key),
                        "{kind} has no property {key}"
                    );
                    *checked += 1;
                    check(value, terms, checked);
                }
            }
            Value::Array(items) => items.iter().for_each(|i| check(i, terms, checked)),
            _ => {}
        }
    }
    let reviews = reviews.as_array().expect("an array of reviews");
    assert!(!reviews.is_empty());
    for r in reviews {
        assert_eq!(r["@context"], "https://schema.org");
        assert_eq!(r["@type"], "ClaimReview");
        assert_eq!(r["reviewRating"]["alternateName"], "Disputed");
    }
    let mut checked = 0;
    check(&Value::Array(reviews.clone()), &terms, &mut checked);
    assert!(checked > 10 * reviews.len());
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    // Piped: no escape codes; asked: headings and disputed words coloured.
    let plain = tool().arg("seeds/").output().expect("it runs");
    assert!(!stdout(&plain).contains('\x1b'));
    let coloured = tool()
        .args(["--color", "always", "seeds/"])
        .output()
        .expect("it runs");
    let text = stdout(&coloured);
    assert!(text.contains("\x1b[1;33m["));
    assert!(text.contains("\x1b[1m1. "));
}
