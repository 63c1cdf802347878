//! Hostile input: each case finishes and yields a report or a typed error,
//! never a panic (issue 5). Sizes are the issue's: a 10 MB line, a million
//! digits, 100,000 dates.

use concord::recognize::{recognize, Context};
use concord::{reconcile, Decoding, Error, NoteKind, Options, Report, Source};

fn run(text: String) -> Report {
    let s = Source::new("hostile", text).with_published(jiff::civil::date(2024, 5, 30));
    reconcile(&[s], &Options::new()).expect("one readable source gives a report")
}

#[test]
fn ten_megabyte_line_is_skipped_with_a_note() {
    let line = "word and more words, ".repeat(10 * 1024 * 1024 / 21);
    let text = format!("A headline about a very long line indeed\n{line}.");
    let r = run(text);
    assert!(r
        .notes
        .iter()
        .any(|n| n.kind == NoteKind::Limit && n.message.contains("sentence")));
}

#[test]
fn ten_megabyte_line_through_the_recognizer() {
    let line = "after six years on May 29, 2024 more than 120 ".repeat(10 * 1024 * 1024 / 48);
    let found: Vec<_> = recognize(&line, &Context::new()).collect();
    assert!(found.len() > 100_000);
    assert!(found
        .iter()
        .all(|m| line.is_char_boundary(m.span.start) && line.is_char_boundary(m.span.end)));
}

#[test]
fn ten_megabyte_line_of_digits() {
    let digits = "1234567890".repeat(1024 * 1024);
    assert!(recognize(&digits, &Context::new()).next().is_none());
    let r = run(format!("A headline over a long line of digits\n{digits}"));
    assert!(r.claims.is_empty());
}

#[test]
fn a_million_digits_is_not_a_number() {
    let digits = "7".repeat(1_000_000);
    assert!(recognize(&digits, &Context::new()).next().is_none());
    let r = run(format!(
        "Digits everywhere in this headline here\nThe number is {digits} exactly, officials said."
    ));
    assert!(r.conflicts.is_empty());
}

#[test]
fn a_hundred_thousand_dates_stop_at_the_mention_limit() {
    let body = "The meeting was held on May 29, 2024. ".repeat(100_000);
    let r = run(format!("Many dates in one report for testing\n{body}"));
    assert!(
        r.notes
            .iter()
            .any(|n| n.kind == NoteKind::Limit && n.message.contains("mentions")),
        "{:?}",
        r.notes.iter().take(3).collect::<Vec<_>>()
    );
}

#[test]
fn repeated_modifiers() {
    let text = format!("{}six years", "over ".repeat(200_000));
    let found: Vec<_> = recognize(&text, &Context::new()).collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].as_str(&text), "over six years");
}

#[test]
fn a_million_ands() {
    let text = format!("a hundred {} twenty", "and ".repeat(1_000_000));
    let found: Vec<_> = recognize(&text, &Context::new()).collect();
    assert!(found.len() <= 2);
}

#[test]
fn scripts_marks_and_line_ends() {
    let cases = [
        "Talks resumed after six years.\r\nOfficials said on Wednesday that 120 countries came.\r\n",
        "Talks resumed after six years.\rOfficials met on Wednesday.\r",
        "\u{FEFF}Talks resumed after six years, officials said on Wednesday.",
        "المحادثات استؤنفت بعد ست سنوات في 29 مايو 2024. Talks resumed after ٦ years.",
        "Talks resumed after 6\u{0301} years, a 1\u{0308}2-year gap, on Wed\u{200D}nesday.",
        "NUL\0bytes\0inside after six\0years on May\0 29, 2024.",
        "１２０ countries, ６年, ⅚ of them, ௫ years, 𝟔 years",
        "‐‑‒–—―⁃−﹣－ 6‑year – 2018–2019 — over 6 years",
    ];
    for c in cases {
        let r = run(c.to_string());
        assert_eq!(r.sources.len(), 1, "{c:?}");
        for m in recognize(c, &Context::new()) {
            assert!(c.is_char_boundary(m.span.start) && c.is_char_boundary(m.span.end));
        }
    }
}

#[test]
fn every_unicode_digit_and_dash() {
    let mut text = String::new();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        if c.is_numeric()
            || matches!(
                c,
                '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}'
            )
        {
            text.push(c);
            text.push(' ');
            text.push_str("years ");
        }
    }
    let found: Vec<_> = recognize(&text, &Context::new()).collect();
    assert!(found
        .iter()
        .all(|m| text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end)));
}

#[test]
fn binary_junk_is_an_error_or_a_lossy_report() {
    let junk: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    assert!(matches!(
        Source::from_bytes("junk", &junk, Decoding::Strict),
        Err(Error::InvalidUtf8 { .. })
    ));
    let s = Source::from_bytes("junk", &junk, Decoding::Lossy).unwrap();
    assert!(s.notes.iter().any(|n| n.kind == NoteKind::Decoding));
    let r = reconcile(&[s], &Options::new()).unwrap();
    assert!(
        r.notes.iter().any(|n| n.kind == NoteKind::Decoding),
        "the lossy decoding is reported"
    );
}

#[test]
fn bad_sources_are_noted_not_dropped() {
    let big = Source::new("big", "x".repeat(100));
    let empty = Source::new("empty", "   \n\t ");
    let ok = Source::new(
        "ok",
        "Talks resumed after six years, officials said on Wednesday.",
    );
    let r = reconcile(&[big, empty, ok], &Options::new().max_source_bytes(80)).unwrap();
    assert_eq!(r.sources.len(), 1);
    for id in ["big", "empty"] {
        assert!(
            r.notes
                .iter()
                .any(|n| n.source.as_deref() == Some(id) && n.message.contains("not used")),
            "{id}"
        );
    }
}

#[test]
fn duplicate_ids_and_bad_dates_are_typed_errors() {
    let a = Source::new("same", "one");
    let b = Source::new("same", "two");
    assert!(matches!(
        reconcile(&[a, b], &Options::new()),
        Err(Error::DuplicateId { .. })
    ));
    assert!(matches!(
        Source::new("a", "t").with_published_str("2024-13-01"),
        Err(Error::InvalidDate { .. })
    ));
    assert!(matches!(
        Source::from_path("/nonexistent/concord/file.txt", Decoding::Strict),
        Err(Error::Io { .. })
    ));
}
