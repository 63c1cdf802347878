//! Table-driven extraction cases: `tests/data/extract/*.jsonl`, one a line:
//! `{"name", "published", "text", "frame", "expect": [[attribute, value]]}`
//! ("price" stands for the measures that are prices).
//! Each text is one report's body; the case checks every claim of that
//! frame it yields (for event dates, the report's own date and the step it
//! is for, not the other days it mentions; dates as the resolved day).

use std::path::Path;

use concord::{extract::extract, text::Document, Claim, Facet, Frame, Options, Source, Value};

/// A frame by name; "price" is the measures whose subject is a price.
fn frame_named(name: &str) -> Frame {
    match name {
        "price" => Frame::Measure,
        "event_date" => Frame::EventDate,
        "event_time" => Frame::EventTime,
        "count" => Frame::Count,
        "measure" => Frame::Measure,
        "since_last" => Frame::SinceLast,
        "ordinal" => Frame::Ordinal,
        "role" => Frame::Role,
        "sentence" => Frame::Sentence,
        "name" => Frame::Name,
        "reading" => Frame::Reading,
        other => panic!("unknown frame {other}"),
    }
}

fn shown(c: &Claim) -> (String, String) {
    let value = match &c.value {
        Value::Date(d) => d.to_date().map_or(d.to_string(), |d| d.to_string()),
        other => other.to_string(),
    };
    (c.attribute.to_string(), value)
}

#[test]
fn extraction_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/extract");
    let mut failures = Vec::new();
    let mut total = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            if line.trim().is_empty() {
                continue;
            }
            total += 1;
            let case: serde_json::Value = serde_json::from_str(line).unwrap();
            let name = case["name"].as_str().unwrap();
            let frame = frame_named(case["frame"].as_str().unwrap());
            let mut source = Source::new("a", case["text"].as_str().unwrap());
            source.published = Some(case["published"].as_str().unwrap().parse().unwrap());
            let options = Options::new();
            let doc = Document::prepare(&source, &options).unwrap();
            let mut got: Vec<(String, String)> = extract(&doc, &options)
                .claims
                .iter()
                .filter(|c| c.attribute.frame == frame)
                .filter(|c| case["frame"] != "price" || c.attribute.facet == Some(Facet::Price))
                .filter(|c| c.attribute.facet != Some(Facet::OtherDay))
                .map(shown)
                .collect();
            got.sort();
            let mut want: Vec<(String, String)> = case["expect"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| (p[0].as_str().unwrap().into(), p[1].as_str().unwrap().into()))
                .collect();
            want.sort();
            if got != want {
                failures.push(format!("{name}: got {got:?}, want {want:?}"));
            }
        }
    }
    assert!(total > 0, "no cases found in {}", dir.display());
    assert!(
        failures.is_empty(),
        "{} of {total} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
