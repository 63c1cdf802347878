//! The JSON report against its JSON Schema (`schema/report.schema.json`):
//! the seeds' report validates, and a report that breaks the shape does not.

use std::path::Path;

pub(crate) fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/report.schema.json"),
    )
    .expect("the schema");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("a valid schema")
}

fn seeds_json() -> serde_json::Value {
    let sources = crate::support::seed_sources();
    let report =
        concord::reconcile(&sources, &concord::Options::new()).expect("the seeds reconcile");
    serde_json::from_str(&concord::report::to_json(&report).expect("JSON")).expect("it parses")
}

#[test]
fn the_seeds_report_validates() {
    let v = validator();
    let json = seeds_json();
    let errors: Vec<String> = v
        .iter_errors(&json)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(json["schema_version"], concord::report::SCHEMA_VERSION);
}

#[test]
fn a_broken_report_does_not() {
    let v = validator();
    let mut json = seeds_json();
    json["conflicts"][0]["kind"] = serde_json::json!("colour");
    assert!(!v.is_valid(&json));
    let mut json = seeds_json();
    json.as_object_mut()
        .expect("an object")
        .remove("schema_version");
    assert!(!v.is_valid(&json));
}
