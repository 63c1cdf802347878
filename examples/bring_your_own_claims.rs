//! Claims from your own extractor (or parsed from a model's output), fed
//! straight to the reconciler: no text stage, no recognizer.
//!
//! cargo run --example bring_your_own_claims

use concord::{
    reconcile_claims, Attribute, Claim, DateExpr, DateValue, Event, Evidence, Frame, Span, Value,
};

fn main() {
    // Each claim keeps the words it rests on; here the "document" is the quote.
    let claim = |source: &str, attribute: Attribute, value: Value, quote: &str| {
        let evidence = Evidence::new(source, quote, Span::new(0, quote.len()));
        Claim::new(source, attribute, value, evidence.into_iter().collect())
            .with_as_of(jiff::civil::date(2025, 1, 15))
    };
    let held_on = |y, m, d| {
        Value::Date(DateValue::resolve(
            &DateExpr::Calendar {
                year: Some(y),
                month: Some(m),
                day: Some(d),
            },
            None,
        ))
    };
    let claims = vec![
        claim(
            "wire",
            Attribute::new(Frame::EventDate, ""),
            held_on(2025, 1, 14),
            "on January 14",
        ),
        claim(
            "daily",
            Attribute::new(Frame::EventDate, ""),
            held_on(2025, 1, 14),
            "on Tuesday, January 14",
        ),
        claim(
            "weekly",
            Attribute::new(Frame::EventDate, ""),
            held_on(2025, 1, 13),
            "on January 13",
        ),
    ];
    let event = Event::new("beijing-talks", ["wire", "daily", "weekly"]);
    let report = reconcile_claims(&[event], &claims);
    print!("{}", concord::report::to_text(&report));
}
