//! Behaviour on the five seed reports, through the public API only.

use std::collections::BTreeSet;
use std::path::Path;

use concord::text::Document;
use concord::{reconcile, Attribute, Decoding, Facet, Frame, Options, Report, Source, ValueKind};
use jiff::civil::date;

pub fn seeds() -> Vec<Source> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds/ is part of the repository")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| Source::from_path(p, Decoding::Strict).unwrap())
        .collect()
}

/// The seed whose id starts with `prefix` ("003").
fn id(sources: &[Source], prefix: &str) -> String {
    sources
        .iter()
        .find(|s| s.id.starts_with(prefix))
        .unwrap()
        .id
        .clone()
}

fn report() -> (Vec<Source>, Report) {
    let sources = seeds();
    let report = reconcile(&sources, &Options::new()).unwrap();
    (sources, report)
}

fn set(ids: &[String]) -> BTreeSet<String> {
    ids.iter().cloned().collect()
}

#[test]
fn hiatus_conflict_pits_003_against_004_with_the_arithmetic() {
    let (s, r) = report();
    let c = r
        .conflicts
        .iter()
        .find(|c| c.kind == ValueKind::Duration && c.attribute.frame == Frame::SinceLast)
        .expect("a conflict over how long the talks were suspended");
    assert_eq!(c.sides.len(), 2);
    let over_six = c
        .sides
        .iter()
        .find(|x| x.sources == [id(&s, "003")])
        .expect("003 alone on one side");
    let seven = c
        .sides
        .iter()
        .find(|x| x.sources == [id(&s, "004")])
        .expect("004 alone on the other");
    // 003: more than six but fewer than seven years; 004: seven years
    let months = |y: f64| y * 12.0;
    assert!(over_six.interval.unwrap().contains(months(6.5)));
    assert!(!over_six.interval.unwrap().contains(months(7.0)));
    assert!(seven.interval.unwrap().contains(months(7.0)));
    let quotes: BTreeSet<&str> = seven.evidence.iter().map(|e| e.quote.as_str()).collect();
    assert!(
        quotes.iter().any(|q| q.contains("seven years")),
        "{quotes:?}"
    );
    assert!(quotes.iter().any(|q| q.contains("7 years")), "{quotes:?}");
    assert!(over_six
        .evidence
        .iter()
        .any(|e| e.quote.contains("over six years")));
    // The arithmetic: 004's own October 2018 against its seven years.
    assert!(c.explanation.contains("October 2018"), "{}", c.explanation);
    assert!(c.explanation.contains("6 years"), "{}", c.explanation);
    let favoured = c.hint.favoured.expect("the arithmetic favours a side");
    assert_eq!(c.sides[favoured].sources, [id(&s, "003")]);
    assert!(r
        .notes
        .iter()
        .any(|n| n.kind == concord::NoteKind::SelfContradiction
            && n.source.as_deref() == Some(id(&s, "004").as_str())));
}

#[test]
fn tokyo_date_conflict_pits_000_against_001_and_002() {
    let (s, r) = report();
    let c = r
        .conflicts
        .iter()
        .find(|c| c.kind == ValueKind::Date)
        .expect("a conflict over the date");
    let late = c
        .sides
        .iter()
        .find(|x| x.sources == [id(&s, "000")])
        .expect("000 alone");
    let early = c
        .sides
        .iter()
        .find(|x| set(&x.sources) == set(&[id(&s, "001"), id(&s, "002")]))
        .expect("001 and 002 together");
    assert!(late.value.contains("2024-06-12"), "{}", late.value);
    assert!(early.value.contains("2024-05-29"), "{}", early.value);
    assert!(early.evidence.iter().any(|e| e.quote.contains("May 29")));
    assert!(early.evidence.iter().any(|e| e.quote.contains("Wednesday")));
}

#[test]
fn no_false_conflicts() {
    let (s, r) = report();
    assert_eq!(r.conflicts.len(), 2, "{}", concord::report::to_text(&r));
    assert!(r.conflicts.iter().all(|c| c.kind != ValueKind::Role));
    // 2024 and 2025 reports are different events
    let events: Vec<BTreeSet<String>> = r.events.iter().map(|e| set(&e.sources)).collect();
    assert!(
        events.contains(&set(&[id(&s, "000"), id(&s, "001"), id(&s, "002")])),
        "{events:?}"
    );
    assert!(
        events.contains(&set(&[id(&s, "003"), id(&s, "004")])),
        "{events:?}"
    );
    // four years and since 2019 agree about the summit
    let summit = r
        .agreements
        .iter()
        .find(|a| a.attribute == Attribute::new(Frame::SinceLast, "summit"))
        .expect("the summit gap is an agreement");
    assert!(summit.sources.len() >= 2);
    // a page-chrome date is nobody's publication date
    assert!(r
        .sources
        .iter()
        .all(|x| x.published != Some(date(2025, 4, 12))));
}

#[test]
fn page_dates_and_the_inferred_event_date() {
    let (s, r) = report();
    let published = |p: &str| {
        r.sources
            .iter()
            .find(|x| x.id == id(&s, p))
            .unwrap()
            .published
    };
    assert_eq!(published("000"), Some(date(2024, 6, 12)));
    assert_eq!(published("001"), Some(date(2024, 5, 30)));
    assert_eq!(published("002"), Some(date(2024, 5, 21)));
    assert_eq!(published("003"), None);
    assert_eq!(published("004"), None);
    let beijing = r
        .events
        .iter()
        .find(|e| e.sources.contains(&id(&s, "004")))
        .unwrap();
    assert_eq!(beijing.date, Some(date(2025, 1, 14)));
    assert!(beijing
        .date_basis
        .as_deref()
        .unwrap_or("")
        .contains("inferred"));
}

#[test]
fn every_quote_is_its_span() {
    let (sources, r) = report();
    let docs: Vec<Document> = sources
        .iter()
        .map(|s| Document::prepare(s, &Options::new()).unwrap())
        .collect();
    let text_of = |id: &str| {
        docs.iter()
            .find(|d| d.id == id)
            .map(|d| d.text.as_str())
            .unwrap()
    };
    let mut checked = 0;
    let evidence = r
        .claims
        .iter()
        .flat_map(|c| c.evidence.iter())
        .chain(
            r.conflicts
                .iter()
                .flat_map(|c| c.sides.iter().flat_map(|s| s.evidence.iter())),
        )
        .chain(
            r.sources
                .iter()
                .filter_map(|s| s.published_evidence.as_ref()),
        );
    for e in evidence {
        assert_eq!(&text_of(&e.source)[e.span.range()], e.quote);
        checked += 1;
    }
    assert!(checked > 20, "only {checked} quotes");
}

#[test]
fn mojibake_is_repaired_and_noted() {
    let sources = seeds();
    let doc = Document::prepare(&sources[0], &Options::new()).unwrap();
    assert!(!doc.text.contains("โ€"));
    assert!(doc
        .notes
        .iter()
        .any(|n| n.kind == concord::NoteKind::Repair));
}

#[test]
fn json_has_the_documented_shape() {
    let (_, r) = report();
    let v: serde_json::Value =
        serde_json::from_str(&concord::report::to_json(&r).unwrap()).unwrap();
    for key in ["sources", "events", "conflicts", "agreements"] {
        assert!(v[key].is_array(), "{key}");
    }
    let side = &v["conflicts"][0]["sides"][0];
    assert!(side["value"].is_string() && side["sources"].is_array());
    let e = &side["evidence"][0];
    assert!(
        e["source"].is_string()
            && e["quote"].is_string()
            && e["start"].is_u64()
            && e["end"].is_u64()
    );
    assert!(v["sources"][0]["published"].is_string());
    assert!(v["events"][0]["sources"].is_array());
}

#[test]
fn the_rewrite_is_found_and_counts_once() {
    let (s, r) = report();
    let c = r
        .copied()
        .find(|c| c.copy == id(&s, "001"))
        .expect("001 is reported as a copy");
    assert_eq!(c.original, id(&s, "000"));
    assert_eq!(c.kind, concord::CopyKind::Rewrite);
    assert!(r
        .copied()
        .all(|c| ![id(&s, "003"), id(&s, "004")].contains(&c.copy)));
    // 000, 001 and 002 agree on the six-year gap, but 001 repeats 000
    let gap = r
        .agreements
        .iter()
        .find(|a| a.attribute == Attribute::new(Frame::SinceLast, "talks") && a.sources.len() == 3)
        .unwrap();
    assert_eq!(gap.independent, 2);
}

#[test]
fn verdict_hints_favour_the_arithmetic_and_the_witnesses() {
    let (s, r) = report();
    let hiatus = r
        .conflicts
        .iter()
        .find(|c| c.kind == ValueKind::Duration)
        .unwrap();
    let i = hiatus.hint.favoured.unwrap();
    assert_eq!(hiatus.sides[i].sources, [id(&s, "003")]);
    assert_eq!(hiatus.hint.basis, concord::Basis::Arithmetic);
    let date = r
        .conflicts
        .iter()
        .find(|c| c.kind == ValueKind::Date)
        .unwrap();
    let i = date.hint.favoured.unwrap();
    assert!(date.sides[i].value.contains("2024-05-29"));
    assert!(date.hint.confidence > 0.5 && date.hint.confidence < 1.0);
}

#[test]
fn measures_compare_in_canonical_units() {
    // Two reports of one quake: the same magnitude and depth in two units
    // agree; a different magnitude is a conflict; money in two currencies
    // is never a conflict by the conversion alone.
    let a = Source::new(
        "a",
        "Strong quake shakes the coastal city of Harbourton overnight\n\
         A magnitude 6.1 earthquake struck the coastal city of Harbourton on Tuesday, with a depth of 10 km, officials said.\n\
         The harbour wall cracked during the earthquake, fisherman Ann Lee, 41, said.",
    )
    .with_published(date(2024, 3, 6));
    let b = Source::new(
        "b",
        "Strong quake shakes the coastal city of Harbourton, residents flee\n\
         A magnitude 6.4 earthquake struck the coastal city of Harbourton on Tuesday, with a depth of 6.2 miles, officials said.\n\
         The harbour wall cracked during the earthquake, fisherman Ann Lee, 41, said.",
    )
    .with_published(date(2024, 3, 6));
    let r = reconcile(&[a, b], &Options::new()).unwrap();
    assert_eq!(r.events.len(), 1, "{}", concord::report::to_text(&r));
    let attrs: Vec<String> = r
        .conflicts
        .iter()
        .map(|c| c.attribute.to_string())
        .collect();
    assert_eq!(
        attrs,
        ["measure(magnitude)"],
        "{}",
        concord::report::to_text(&r)
    );
    assert!(r
        .agreements
        .iter()
        .any(|a| a.attribute == Attribute::age("ann lee")));
    // 10 km and 6.2 miles are the same depth within rounding
    assert!(
        r.agreements.iter().any(
            |a| a.attribute == Attribute::new(Frame::Measure, "depth").with_facet(Facet::Depth)
        ),
        "{}",
        concord::report::to_text(&r)
    );
}
