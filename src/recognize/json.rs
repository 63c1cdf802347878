//! The recognizer's JSON shape, for other programs.

use super::{Mention, MentionValue};
use crate::model::DateValue;

/// The mentions as one line of JSON, one object for one text (a weak
/// reading adds `"latent": true`): `{"mentions": [{"start",
/// "end", "text", "kind", "value"}]}`, with values shaped for other
/// programs: numbers `{"value", "approx"}`, ordinals `{"value"}`, durations
/// `{"years", "months", "weeks", "days", "approx"}` (zeros left out), dates
/// `{"year", "month", "day"}` as the text states them, `"weekday"` (ISO,
/// Monday 1) when it names one, and a year read from the reference under
/// `"resolved": {"past"|"future": {...}}`, by where it falls against the
/// reference (a span adds `"end"`).
///
/// # Example
/// ```
/// use concord::recognize::{recognize, to_json, Context};
/// let text = "more than 120 countries";
/// let ctx = Context::new();
/// let found: Vec<_> = recognize(text, &ctx).collect();
/// let json = to_json(text, &found, &ctx);
/// assert_eq!(
///     json,
///     r#"{"mentions":[{"end":13,"kind":"number","start":0,"text":"more than 120","value":{"approx":"more_than","value":120}}]}"#
/// );
/// ```
pub fn to_json(text: &str, mentions: &[Mention], ctx: &super::Context) -> String {
    let items: Vec<serde_json::Value> = mentions
        .iter()
        .map(|m| {
            let mut item = serde_json::json!({
                "start": m.span.start,
                "end": m.span.end,
                "text": m.as_str(text),
                "kind": m.kind(),
                "value": value_json(&m.value, ctx.reference_date()),
            });
            if m.latent {
                item["latent"] = true.into();
            }
            item
        })
        .collect();
    serde_json::json!({ "mentions": items }).to_string()
}

fn value_json(v: &MentionValue, reference: Option<jiff::civil::Date>) -> serde_json::Value {
    use serde_json::{json, Map, Value};
    let approx = |a: crate::model::Approx| serde_json::to_value(a).unwrap_or(Value::Null);
    match v {
        MentionValue::Number(n) => {
            let mut o = Map::new();
            o.insert("value".into(), number_json(n.value));
            if !n.approx.is_exact() {
                o.insert("approx".into(), approx(n.approx));
            }
            Value::Object(o)
        }
        MentionValue::Ordinal(n) => json!({ "value": n }),
        MentionValue::Duration(d) => serde_json::to_value(d).unwrap_or(Value::Null),
        MentionValue::Date(d) => date_json(d, reference),
        MentionValue::Quantity(q) => {
            let mut o = Map::new();
            o.insert("value".into(), number_json(q.value));
            o.insert("unit".into(), q.unit.clone().into());
            if !q.approx.is_exact() {
                o.insert("approx".into(), approx(q.approx));
            }
            Value::Object(o)
        }
    }
}

fn number_json(x: f64) -> serde_json::Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        serde_json::Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}

fn date_json(d: &DateValue, reference: Option<jiff::civil::Date>) -> serde_json::Value {
    use crate::model::Resolution;
    let mut o = serde_json::Map::new();
    let fields = |o: &mut serde_json::Map<String, serde_json::Value>, d: &DateValue| {
        if let Some(y) = d.year {
            o.insert("year".into(), y.into());
        }
        if let Some(m) = d.month {
            o.insert("month".into(), m.into());
        }
        if let Some(day) = d.day {
            o.insert("day".into(), day.into());
        }
    };
    if let Some(w) = d.weekday {
        o.insert("weekday".into(), w.to_jiff().to_monday_one_offset().into());
    }
    if d.resolution == Resolution::YearFromReference {
        // The text states month and day; the year is a reading, labelled
        // by where it falls against the reference.
        if let Some(m) = d.month {
            o.insert("month".into(), m.into());
        }
        if let Some(day) = d.day {
            o.insert("day".into(), day.into());
        }
        let mut r = serde_json::Map::new();
        fields(&mut r, d);
        let after = match (d.range(), reference) {
            (Some((start, _)), Some(reference)) => start > reference,
            _ => false,
        };
        let label = if after { "future" } else { "past" };
        o.insert(
            "resolved".into(),
            serde_json::json!({ label: serde_json::Value::Object(r) }),
        );
    } else {
        fields(&mut o, d);
    }
    if let Some(end) = &d.end {
        o.insert("end".into(), date_json(end, reference));
    }
    serde_json::Value::Object(o)
}
