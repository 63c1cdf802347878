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
                |(years, months, weeks, days, approx)| Value::Duration(
                    Duration::default()
                        .with_years(years)
                        .with_months(months)
                        .with_weeks(weeks)
                        .with_days(days)
                        .with_approx(approx)
                )
            ),
            (date_expr(), reference.clone())
                .prop_map(|(e, r)| Value::Date(DateValue::resolve(&e, r))),
            (date_expr(), reference).prop_map(|(e, r)| Value::Since(DateValue::resolve(&e, r))),
            (-1e12f64..1e12, approx())
                .prop_map(|(value, approx)| Value::Count(Number::new(value).with_approx(approx))),
            any::<u32>().prop_map(Value::Ordinal),
            "\\PC{0,20}".prop_map(Value::Person),
            (0u32..200, 0u32..12, approx()).prop_map(|(years, months, approx)| {
                Value::Sentence(Penalty::Term(
                    Duration::default()
                        .with_years(years)
                        .with_months(months)
                        .with_approx(approx),
                ))
            }),
            Just(Value::Sentence(Penalty::Life)),
            Just(Value::Sentence(Penalty::Death)),
        ]
    }

    fn claim() -> impl Strategy<Value = Claim> {
        let frame = (0..8usize).prop_map(|i| {
            [
                Frame::EventDate,
                Frame::SinceLast,
                Frame::Count,
                Frame::Ordinal,
                Frame::Role,
                Frame::Measure,
                Frame::Name,
                Frame::Sentence,
            ][i]
        });
        (frame, "\\PC{0,12}", value(), "\\PC{1,30}", 0usize..10).prop_map(
            |(frame, subject, value, text, start)| {
                let end = text.len();
                let start = (0..=start.min(end))
                    .rev()
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(0);
                Claim::new(
                    "s",
                    Attribute::new(frame, subject),
                    value,
                    vec![Evidence::new("s", &text, Span::new(start, end)).unwrap()],
                )
                .with_as_of(jiff::civil::date(2024, 5, 30))
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

        /// Claims from another extractor, of every frame and any value,
        /// reconcile without a panic, in any order, to a report that
        /// round-trips through JSON.
        #[test]
        fn any_claims_reconcile(cs in proptest::collection::vec((claim(), 0..4usize), 0..12)) {
            let claims: Vec<Claim> = cs
                .into_iter()
                .map(|(mut c, who)| {
                    let id = ["a", "b", "c", "d"][who];
                    c.source = id.into();
                    for e in &mut c.evidence {
                        e.source = id.into();
                    }
                    c
                })
                .collect();
            let event = Event::new("e", ["a", "b", "c"]);
            let report = reconcile_claims(std::slice::from_ref(&event), &claims);
            let mut reversed = claims.clone();
            reversed.reverse();
            let again = reconcile_claims(std::slice::from_ref(&event), &reversed);
            prop_assert_eq!(&report.conflicts, &again.conflicts);
            let back: Report = serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
            prop_assert_eq!(back, report);
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

/// A report's findings with source ids mapped back through `back`, and
/// without event ids, so that two runs can be compared up to renaming.
fn findings(r: &Report, back: &dyn Fn(&str) -> String) -> serde_json::Value {
    use std::collections::BTreeSet;
    let ids = |v: &[String]| v.iter().map(|s| back(s)).collect::<BTreeSet<_>>();
    let events: BTreeSet<_> = r.events.iter().map(|e| (ids(&e.sources), e.date)).collect();
    let conflicts: BTreeSet<_> = r
        .conflicts
        .iter()
        .map(|c| {
            let sides: BTreeSet<_> = c
                .sides
                .iter()
                .map(|s| (s.value.clone(), ids(&s.sources)))
                .collect();
            let favoured = c.hint.favoured.map(|i| c.sides[i].value.clone());
            (c.attribute.clone(), sides, favoured)
        })
        .collect();
    let agreements: BTreeSet<_> = r
        .agreements
        .iter()
        .map(|a| (a.attribute.clone(), a.value.clone(), ids(&a.sources)))
        .collect();
    let copies: BTreeSet<_> = r
        .copied()
        .map(|c| (back(&c.copy), back(&c.original)))
        .collect();
    serde_json::json!({ "events": events, "conflicts": conflicts, "agreements": agreements, "copies": copies })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn renaming_sources_changes_nothing_but_names(names in proptest::collection::btree_set("[a-z]{1,8}", 5)) {
        let base = seeds();
        let names: Vec<String> = names.into_iter().collect();
        let renamed: Vec<Source> = base
            .iter()
            .zip(&names)
            .map(|(s, n)| {
                let mut s = s.clone();
                s.id = n.clone();
                s
            })
            .collect();
        let a = reconcile(&base, &Options::new()).unwrap();
        let b = reconcile(&renamed, &Options::new()).unwrap();
        let back = |id: &str| {
            names.iter().position(|n| n == id).map_or(id.to_string(), |i| base[i].id.clone())
        };
        prop_assert_eq!(findings(&a, &|s| s.to_string()), findings(&b, &back));
    }

    #[test]
    fn an_exact_duplicate_changes_no_verdict(pick in 0usize..5) {
        let base = seeds();
        let mut with_copy = base.clone();
        let dup_id = format!("{}-again", base[pick].id);
        let mut copy = base[pick].clone();
        copy.id = dup_id.clone();
        with_copy.push(copy);
        let a = reconcile(&base, &Options::new()).unwrap();
        let b = reconcile(&with_copy, &Options::new()).unwrap();
        let verdicts = |r: &Report| -> Vec<(concord::Attribute, Option<String>, Vec<usize>)> {
            r.conflicts
                .iter()
                .map(|c| {
                    let favoured = c.hint.favoured.map(|i| c.sides[i].value.clone());
                    (c.attribute.clone(), favoured, c.sides.iter().map(|s| s.independent).collect())
                })
                .collect()
        };
        prop_assert_eq!(verdicts(&a), verdicts(&b));
        prop_assert!(b.copied().any(|c| c.copy == dup_id && c.original == base[pick].id && c.kind == concord::CopyKind::Duplicate));
    }
}

/// The seeds and a few short reports of two other stories, one a copy.
fn merge_corpus() -> Vec<Source> {
    let story = "Council closes the old bridge\n\
        The city council voted on Tuesday to close the old river bridge to traffic. \
        Engineers found cracks in two of its piers last month, officials said. \
        The bridge carried about 9,000 cars a day before the vote. \
        A new crossing is planned upstream, the mayor told reporters.";
    let day = jiff::civil::date(2024, 3, 6);
    let mut out = seeds();
    out.push(Source::new("bridge-a", story).with_published(day));
    out.push(Source::new("bridge-b", story).with_published(day));
    out.push(
        Source::new(
            "storm",
            "Storm kills four on the coast\nA storm killed four people on the coast road on Monday.",
        )
        .with_published(day),
    );
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    /// Reading a corpus in parts, each written out and read back as JSON,
    /// and merging the parts in a random order gives the report of one
    /// run over everything.
    #[test]
    fn batches_merge_into_the_report_of_one_run(
        part_of in proptest::collection::vec(0usize..4, 8),
        order in Just((0usize..4).collect::<Vec<_>>()).prop_shuffle(),
    ) {
        let sources = merge_corpus();
        let opts = Options::new();
        let whole = reconcile(&sources, &opts).expect("distinct ids");
        let mut parts = vec![concord::Batch::new(); 4];
        for (k, s) in sources.iter().enumerate() {
            parts[part_of[k % part_of.len()]].add(s, &opts).expect("distinct ids");
        }
        let mut merged = concord::Batch::new();
        for &p in &order {
            let json = serde_json::to_string(&parts[p]).expect("a batch serializes");
            let back: concord::Batch = serde_json::from_str(&json).expect("and reads back");
            prop_assert_eq!(&back, &parts[p]);
            merged = merged.merge(back).expect("no id in two parts");
        }
        prop_assert_eq!(merged.len(), sources.len());
        prop_assert_eq!(merged.reconcile(&opts), whole);
    }
}

#[test]
fn a_report_in_two_batches_is_refused() {
    let opts = Options::new();
    let a = concord::Batch::read(&Source::new("a", "Talks resumed."), &opts);
    let err = a.clone().merge(a).expect_err("one id twice");
    assert!(
        matches!(err, concord::Error::DuplicateId { ref id } if id == "a"),
        "{err}"
    );
}
