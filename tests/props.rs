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

mod serde_round_trips {
    use concord::*;
    use proptest::prelude::*;

    fn approx() -> impl Strategy<Value = Approx> {
        prop_oneof![
            Just(Approx::Exact),
            Just(Approx::About),
            Just(Approx::MoreThan),
            Just(Approx::LessThan),
            Just(Approx::AtLeast),
            Just(Approx::AtMost),
        ]
    }

    fn date_expr() -> impl Strategy<Value = DateExpr> {
        let weekday = (0..7usize).prop_map(|i| {
            [
                Weekday::Monday,
                Weekday::Tuesday,
                Weekday::Wednesday,
                Weekday::Thursday,
                Weekday::Friday,
                Weekday::Saturday,
                Weekday::Sunday,
            ][i]
        });
        let unit = (0..4usize).prop_map(|i| {
            [
                CalendarUnit::Day,
                CalendarUnit::Week,
                CalendarUnit::Month,
                CalendarUnit::Year,
            ][i]
        });
        prop_oneof![
            (
                proptest::option::of(1900i16..2100),
                proptest::option::of(1i8..=12),
                proptest::option::of(1i8..=28)
            )
                .prop_map(|(year, month, day)| DateExpr::Calendar { year, month, day }),
            (weekday, -1i8..=1).prop_map(|(weekday, offset)| DateExpr::Weekday { weekday, offset }),
            (unit, -30i32..30).prop_map(|(unit, offset)| DateExpr::Relative { unit, offset }),
            (1i8..=12, -1i8..=1).prop_map(|(month, offset)| DateExpr::MonthOf { month, offset }),
        ]
    }

    fn value() -> impl Strategy<Value = Value> {
        let reference = proptest::option::of(
            (1950i16..2050, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| jiff::civil::date(y, m, d)),
        );
        prop_oneof![
            (0u32..200, 0u32..12, 0u32..5, 0u32..31, approx()).prop_map(
                |(years, months, weeks, days, approx)| Value::Duration(Duration {
                    years,
                    months,
                    weeks,
                    days,
                    approx
                })
            ),
            (date_expr(), reference.clone())
                .prop_map(|(e, r)| Value::Date(DateValue::resolve(&e, r))),
            (date_expr(), reference).prop_map(|(e, r)| Value::Since(DateValue::resolve(&e, r))),
            (-1e12f64..1e12, approx())
                .prop_map(|(value, approx)| Value::Count(Number { value, approx })),
            any::<u32>().prop_map(Value::Ordinal),
            "\\PC{0,20}".prop_map(Value::Person),
        ]
    }

    fn claim() -> impl Strategy<Value = Claim> {
        let frame = (0..5usize).prop_map(|i| {
            [
                Frame::EventDate,
                Frame::SinceLast,
                Frame::Count,
                Frame::Ordinal,
                Frame::Role,
            ][i]
        });
        (frame, "\\PC{0,12}", value(), "\\PC{1,30}", 0usize..10).prop_map(
            |(frame, subject, value, text, start)| {
                let end = text.len();
                let start = (0..=start.min(end))
                    .rev()
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(0);
                Claim {
                    source: "s".into(),
                    attribute: Attribute::new(frame, subject),
                    value,
                    as_of: Some(jiff::civil::date(2024, 5, 30)),
                    evidence: vec![Evidence::new("s", &text, Span::new(start, end)).unwrap()],
                }
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn claims(c in claim()) {
            let back: Claim = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
            prop_assert_eq!(back, c);
        }

        #[test]
        fn intervals(lo in -1e9f64..1e9, w in 0f64..1e6, a in any::<bool>(), b in any::<bool>()) {
            let iv = Interval { lo, hi: lo + w, lo_open: a, hi_open: b };
            let back: Interval = serde_json::from_str(&serde_json::to_string(&iv).unwrap()).unwrap();
            prop_assert_eq!(back, iv);
        }

        #[test]
        fn sources_and_notes(id in "\\PC{1,10}", text in "\\PC{0,50}", msg in "\\PC{0,30}") {
            let s = Source::new(id.clone(), text).with_outlet("o").with_event("e");
            let back: Source = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
            prop_assert_eq!(back, s);
            let n = Note::new(NoteKind::Update, Some(&id), msg).at(Span::new(1, 2));
            let back: Note = serde_json::from_str(&serde_json::to_string(&n).unwrap()).unwrap();
            prop_assert_eq!(back, n);
        }
    }
}
