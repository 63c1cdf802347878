//! Invariants, checked with proptest on the seeds and on arbitrary input.

use concord::recognize::{recognize, Context};
use concord::{reconcile, Options, Report, Source};
use proptest::prelude::*;

use crate::seeds::seeds;

fn json(r: &Report) -> serde_json::Value {
    serde_json::to_value(r).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn source_order_never_changes_the_report(order in Just((0..5).collect::<Vec<usize>>()).prop_shuffle()) {
        let base = seeds();
        let shuffled: Vec<Source> = order.iter().map(|&i| base[i].clone()).collect();
        let a = reconcile(&base, &Options::new()).unwrap();
        let b = reconcile(&shuffled, &Options::new()).unwrap();
        prop_assert_eq!(json(&a), json(&b));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn recognize_spans_sit_on_char_boundaries(text in "\\PC{0,200}") {
        for m in recognize(&text, &Context::new().reference(jiff::civil::date(2024, 5, 29))) {
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            prop_assert!(m.span.start < m.span.end);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(s) = Source::from_bytes("x", &bytes, concord::Decoding::Lossy) {
            let _ = reconcile(&[s], &Options::new());
        }
    }

    #[test]
    fn newsy_text_never_panics(words in proptest::collection::vec(
        prop::sample::select(vec!["over", "six", "years", "since", "2018", "May", "29", ",", "on", "Wednesday",
            "the", "9th", "talks", "first", "in", "more", "than", "120", "hiatus", "-", "year", "last", "\n",
            "held", "October", "Secretary-General", "Jane", "Roe", "of", "Party", "a", "half", "and", "1,200.5"]), 0..60)) {
        let text = words.join(" ");
        let s = Source::new("x", text).with_published(jiff::civil::date(2024, 5, 30));
        let _ = reconcile(&[s], &Options::new());
    }
}

#[test]
fn report_round_trips_through_serde() {
    let r = reconcile(&seeds(), &Options::new()).unwrap();
    let text = serde_json::to_string(&r).unwrap();
    let back: Report = serde_json::from_str(&text).unwrap();
    assert_eq!(json(&back), json(&r));
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Report>();
    check::<Source>();
    check::<concord::Claim>();
    check::<concord::Error>();
    check::<concord::text::Document>();
}
