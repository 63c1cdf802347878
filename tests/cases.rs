//! Table-driven recognizer cases: `tests/data/recognize/*.jsonl`, one case a
//! line: `{"name", "text", "ref"?, "expect": [{"text", "kind", "value"?}]}`.
//! Every case runs; failures are listed together at the end. Known misses
//! are named in `tests/data/recognize/expected_failures.txt`; a listed case
//! that passes fails the run too, so the list stays true.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use concord::recognize::{recognize, to_json, Context};
use serde_json::Value;

struct Case {
    name: String,
    text: String,
    reference: Option<jiff::civil::Date>,
    expect: Vec<Value>,
}

fn load() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/recognize");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        for (n, line) in std::fs::read_to_string(&f).unwrap().lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", f.display(), n + 1));
            out.push(Case {
                name: v["name"].as_str().unwrap().to_string(),
                text: v["text"].as_str().unwrap().to_string(),
                reference: v["ref"].as_str().map(|d| d.parse().unwrap()),
                expect: v["expect"].as_array().unwrap().clone(),
            });
        }
    }
    out
}

/// The kind a case is counted under: its first expected mention's, or "negative".
fn kind_of(case: &Case) -> String {
    case.expect
        .first()
        .and_then(|e| e["kind"].as_str())
        .unwrap_or("negative")
        .to_string()
}

fn check(case: &Case) -> Result<(), String> {
    let ctx = Context::new().reference_opt(case.reference);
    let found: Vec<_> = recognize(&case.text, &ctx).collect();
    let got: Value = serde_json::from_str(&to_json(&case.text, &found).map_err(|e| e.to_string())?)
        .map_err(|e| e.to_string())?;
    let got = got["mentions"].as_array().cloned().unwrap_or_default();
    let brief = |m: &Value| {
        format!(
            "{} {} {}",
            m["text"],
            m["kind"],
            m.get("value").unwrap_or(&Value::Null)
        )
    };
    let shown = || got.iter().map(brief).collect::<Vec<_>>().join("; ");
    if got.len() != case.expect.len() {
        return Err(format!(
            "expected {} mentions, got [{}]",
            case.expect.len(),
            shown()
        ));
    }
    for (g, e) in got.iter().zip(&case.expect) {
        if g["text"] != e["text"] || g["kind"] != e["kind"] {
            return Err(format!("expected {}, got [{}]", brief(e), shown()));
        }
        if let Some(v) = e.get("value").filter(|v| !v.is_null()) {
            if resolved(&g["value"], v) != resolved(v, v) {
                return Err(format!("expected value {v}, got [{}]", shown()));
            }
        }
    }
    Ok(())
}

/// A date's value as the day it resolves to: the fields under `resolved`
/// (a year read from the reference) merged with the stated ones, and the
/// weekday left out unless `want` names one, so a case states the day it
/// expects whichever way the JSON labels it.
fn resolved(v: &Value, want: &Value) -> Value {
    let Some(o) = v.as_object() else {
        return v.clone();
    };
    let mut out = serde_json::Map::new();
    for (k, x) in o {
        match k.as_str() {
            "resolved" => {
                for inner in x.as_object().into_iter().flat_map(|r| r.values()) {
                    for (ik, iv) in inner.as_object().into_iter().flatten() {
                        out.insert(ik.clone(), iv.clone());
                    }
                }
            }
            "weekday" if want.get("weekday").is_none() => {}
            "end" => {
                out.insert(
                    k.clone(),
                    resolved(x, want.get("end").unwrap_or(&Value::Null)),
                );
            }
            _ => {
                out.insert(k.clone(), x.clone());
            }
        }
    }
    Value::Object(out)
}

#[test]
fn recognizer_cases() {
    let cases = load();
    let known: BTreeSet<String> = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/recognize/expected_failures.txt"),
    )
    .unwrap_or_default()
    .lines()
    .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
    .filter(|l| !l.is_empty())
    .collect();
    let mut names = BTreeSet::new();
    let mut per_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut problems = Vec::new();
    for case in &cases {
        assert!(
            names.insert(case.name.clone()),
            "duplicate case name {}",
            case.name
        );
        let result = check(case);
        let tally = per_kind.entry(kind_of(case)).or_default();
        tally.1 += 1;
        match (result, known.contains(&case.name)) {
            (Ok(()), false) => tally.0 += 1,
            (Ok(()), true) => problems.push(format!(
                "{}: passes but is listed as an expected failure",
                case.name
            )),
            (Err(_), true) => {}
            (Err(e), false) => problems.push(format!("{}: {:?}: {e}", case.name, case.text)),
        }
    }
    for stale in known.difference(&names) {
        problems.push(format!(
            "{stale}: listed as an expected failure but no such case"
        ));
    }
    let total: usize = per_kind.values().map(|t| t.1).sum();
    let passed: usize = per_kind.values().map(|t| t.0).sum();
    eprintln!("recognizer cases: {passed}/{total} pass");
    for (kind, (p, n)) in &per_kind {
        eprintln!(
            "  {kind:10} {p:4}/{n:<4} {:5.1}%",
            100.0 * *p as f64 / *n as f64
        );
    }
    assert!(total >= 150, "only {total} cases");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
