//! The recognizer's JSON shape, for other programs.

use super::{Mention, MentionValue};
use crate::model::DateValue;

/// The mentions as one line of JSON, one object for one text:
/// `{"mentions": [...]}`, each mention in [`Mention`]'s JSON shape with the
/// words it covers added as `"text"`.
///
/// # Errors
/// [`Error::Json`](crate::Error::Json) if serialization fails.
///
/// # Example
/// ```
/// use concord::recognize::{recognize, to_json, Context};
/// let text = "more than 120 countries";
/// let found: Vec<_> = recognize(text, &Context::new()).collect();
/// assert_eq!(
///     to_json(text, &found)?,
///     r#"{"mentions":[{"start":0,"end":13,"kind":"number","value":{"approx":"more_than","value":120},"text":"more than 120"}]}"#
/// );
/// # Ok::<(), concord::Error>(())
/// ```
pub fn to_json(text: &str, mentions: &[Mention]) -> crate::Result<String> {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        mentions: Vec<WithText<'a>>,
    }
    #[derive(serde::Serialize)]
    struct WithText<'a> {
        #[serde(flatten)]
        mention: &'a Mention,
        text: &'a str,
    }
    let line = Line {
        mentions: mentions
            .iter()
            .map(|m| WithText {
                mention: m,
                text: m.as_str(text),
            })
            .collect(),
    };
    serde_json::to_string(&line).map_err(crate::Error::json)
}

/// A mention's one JSON shape: `{"start", "end", "kind", "value"}` (byte
/// offsets), `"latent": true` for a weak reading, and values shaped for
/// other programs: numbers `{"value", "approx"}`, ordinals `{"value"}`,
/// durations `{"years", "months", "weeks", "days", "hours", "minutes",
/// "seconds", "approx", "window"}`
/// (zeros left out), times `{"hour", "minute", "approx", "zone"}` (24-hour
/// clock; the zone as `{"kind": "offset"|"seasonal", "minutes"}`), quantities `{"value", "unit", "approx"}`, dates
/// `{"year", "month", "day"}` as the text states them, `"weekday"` (ISO,
/// Monday 1) when it names one, and a year read from the reference under
/// `"resolved": {"past"|"future": {...}}` (a span adds `"end"`).
impl serde::Serialize for Mention {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("start", &self.span.start)?;
        m.serialize_entry("end", &self.span.end)?;
        m.serialize_entry("kind", self.kind())?;
        m.serialize_entry("value", &value_json(&self.value))?;
        if self.latent {
            m.serialize_entry("latent", &true)?;
        }
        m.end()
    }
}

fn value_json(v: &MentionValue) -> serde_json::Value {
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
        MentionValue::Date(d) => date_json(d),
        MentionValue::Time(t) => serde_json::to_value(t).unwrap_or(Value::Null),
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

fn date_json(d: &DateValue) -> serde_json::Value {
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
        let label = if d.ahead == Some(true) {
            "future"
        } else {
            "past"
        };
        o.insert(
            "resolved".into(),
            serde_json::json!({ label: serde_json::Value::Object(r) }),
        );
    } else {
        fields(&mut o, d);
    }
    if let Some(end) = &d.end {
        o.insert("end".into(), date_json(end));
    }
    serde_json::Value::Object(o)
}
