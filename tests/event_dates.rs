//! Table-driven event-date cases: `tests/data/event_dates/*.jsonl`, one a
//! line: `{"name", "published", "text", "expect": {"attribute", "date"} | null}`.
//! Each text is one report's body; the case checks the report's own event
//! date (not the other days it mentions): which step of the story it is
//! for, and the day.

use std::path::Path;

use concord::{extract::extract, text::Document, Options, Source, Value};

#[test]
fn event_date_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/event_dates");
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
            let mut source = Source::new("a", case["text"].as_str().unwrap());
            source.published = Some(case["published"].as_str().unwrap().parse().unwrap());
            let options = Options::new();
            let doc = Document::prepare(&source, &options).unwrap();
            let got: Vec<(String, String)> = extract(&doc, &options)
                .claims
                .iter()
                .filter(|c| c.attribute.frame == concord::Frame::EventDate)
                .filter(|c| c.attribute.subject != concord::extract::ALSO)
                .map(|c| {
                    let day = match &c.value {
                        Value::Date(d) => d.to_date().map_or(d.to_string(), |d| d.to_string()),
                        other => other.to_string(),
                    };
                    (c.attribute.to_string(), day)
                })
                .collect();
            let want: Vec<(String, String)> = match &case["expect"] {
                serde_json::Value::Null => vec![],
                e => vec![(
                    e["attribute"].as_str().unwrap().to_string(),
                    e["date"].as_str().unwrap().to_string(),
                )],
            };
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
