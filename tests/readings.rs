//! Values whose attribute is read from the parse, reconciled across reports.

use concord::{reconcile, Dimension, Frame, Options, Source, ValueKind};

fn source(id: &str, text: &str) -> Source {
    Source::new(id, text).with_published(jiff::civil::date(2024, 3, 6))
}

fn camp(id: &str, bombs: &str, tail: &str) -> Source {
    source(
        id,
        &format!(
            "Warplanes bomb refugee camp near border\n\
             Warplanes attacked the refugee camp near the border on Tuesday, aid workers said. \
             {bombs} bombs were dropped on the camp, {tail}."
        ),
    )
}

#[test]
fn a_count_told_again_and_contradicted_is_a_conflict() {
    let sources = [
        camp("a", "Four", "witnesses said"),
        camp("b", "Four", "according to the aid group"),
        camp("c", "Five", "a local official told reporters"),
    ];
    let report = reconcile(&sources, &Options::new()).expect("reconciles");
    let bombs: Vec<_> = report
        .conflicts
        .iter()
        .filter(|c| c.kind == ValueKind::Count)
        .collect();
    assert_eq!(bombs.len(), 1, "{:#?}", report.conflicts);
    assert_eq!(bombs[0].sides.len(), 2);
    let reading = bombs[0].attribute.reading.as_ref().expect("a reading");
    assert_eq!(reading.dimension, Dimension::Count);
    assert_eq!(reading.thing.as_ref().map(|t| t.as_str()), Some("bomb"));
    assert_eq!(reading.predicate.as_ref().map(|t| t.as_str()), Some("drop"));
    assert!(report
        .claims
        .iter()
        .filter(|c| c.attribute.frame == Frame::Reading)
        .all(|c| !c.context.is_empty()));
}

#[test]
fn two_lone_reports_with_two_values_are_not_called_a_conflict() {
    let sources = [
        camp("a", "Four", "witnesses said"),
        camp("c", "Five", "a local official told reporters"),
    ];
    let report = reconcile(&sources, &Options::new()).expect("reconciles");
    assert!(report.conflicts.is_empty(), "{:#?}", report.conflicts);
    assert!(report.notes.iter().any(|n| n
        .message
        .contains("no value is told by two independent reports")));
}

#[test]
fn a_report_giving_one_description_two_values_leaves_it_uncompared() {
    let sources = [
        camp("a", "Four", "and two bombs were dropped near the airstrip"),
        camp("b", "Four", "according to the aid group"),
        camp("c", "Five", "a local official told reporters"),
    ];
    let report = reconcile(&sources, &Options::new()).expect("reconciles");
    assert!(report.conflicts.is_empty(), "{:#?}", report.conflicts);
    assert!(report
        .notes
        .iter()
        .any(|n| n.message.contains("names more than one fact")));
}

#[test]
fn a_report_with_readings_fits_the_json_schema() {
    let sources = [
        camp("a", "Four", "witnesses said"),
        camp("b", "Four", "according to the aid group"),
        camp("c", "Five", "a local official told reporters"),
    ];
    let report = reconcile(&sources, &Options::new()).expect("reconciles");
    let json: serde_json::Value =
        serde_json::from_str(&concord::report::to_json(&report).expect("JSON")).expect("parses");
    assert!(json["claims"]
        .as_array()
        .is_some_and(|cs| cs.iter().any(|c| c["attribute"]["reading"].is_object())));
    let v = crate::schema::validator();
    let errors: Vec<String> = v.iter_errors(&json).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

fn court(id: &str, judge: &str) -> Source {
    source(
        id,
        &format!(
            "Gang member sentenced for killing officer\n\
             The gang member was sentenced on Monday by Judge Philip {judge} to life in prison \
             for the killing of the officer, prosecutors said."
        ),
    )
}

#[test]
fn a_name_spelled_two_ways_by_different_reports_is_a_conflict() {
    let sources = [
        court("a", "Hickok"),
        court("b", "Hickok"),
        court("c", "Hickock"),
    ];
    let report = reconcile(&sources, &Options::new()).expect("reconciles");
    let names: Vec<_> = report
        .conflicts
        .iter()
        .filter(|c| c.kind == ValueKind::Name)
        .collect();
    assert_eq!(names.len(), 1, "{:#?}", report.conflicts);
    let values: Vec<&str> = names[0].sides.iter().map(|s| s.value.as_str()).collect();
    assert!(values.iter().any(|v| v.ends_with("Hickok")), "{values:?}");
    assert!(values.iter().any(|v| v.ends_with("Hickock")), "{values:?}");
}

#[test]
fn a_vowel_romanised_two_ways_is_no_conflict() {
    let sources = [
        court("a", "Khaled"),
        court("b", "Khaled"),
        court("c", "Khalid"),
    ];
    let report = reconcile(&sources, &Options::new()).expect("reconciles");
    assert!(
        report.conflicts.iter().all(|c| c.kind != ValueKind::Name),
        "{:#?}",
        report.conflicts
    );
}

#[test]
fn one_witness_is_enough_when_the_options_say_so() {
    let sources = [
        camp("a", "Four", "witnesses said"),
        camp("c", "Five", "a local official told reporters"),
    ];
    let report = reconcile(&sources, &Options::new().reading_witnesses(1)).expect("reconciles");
    assert_eq!(
        report
            .conflicts
            .iter()
            .filter(|c| c.kind == ValueKind::Count)
            .count(),
        1,
        "{:#?}",
        report.conflicts
    );
}

fn game(id: &str, points: &str, tail: &str) -> Source {
    source(
        id,
        &format!(
            "Bluejays beat Bulldogs in tournament opener\n\
             The Bluejays beat the Bulldogs 65-54 on Tuesday in the tournament opener, {tail}. \
             Carter now has {points} points heading into the semifinals."
        ),
    )
}

#[test]
fn two_lone_counts_one_digit_apart_for_one_holder_are_a_conflict() {
    let sources = [
        game("a", "2,129", "the team said"),
        game("b", "2,029", "coaches said after the game"),
    ];
    let report = reconcile(&sources, &Options::new()).expect("reconciles");
    let points: Vec<_> = report
        .conflicts
        .iter()
        .filter(|c| c.kind == ValueKind::Count)
        .collect();
    assert_eq!(points.len(), 1, "{:#?}", report.conflicts);
    let reading = points[0].attribute.reading.as_ref().expect("a reading");
    assert_eq!(reading.holder.as_ref().map(|h| h.as_str()), Some("carter"));
    // farther apart, two lone reports may tell two facts
    let sources = [
        game("a", "2,129", "the team said"),
        game("b", "1,980", "coaches said after the game"),
    ];
    let report = reconcile(&sources, &Options::new()).expect("reconciles");
    assert!(report.conflicts.is_empty(), "{:#?}", report.conflicts);
}
