//! What a claim is about: event nouns and their classes.

/// The class of an event noun, so that "dialogue", "talks" and "exchange
/// council" compare as one subject. `None` for words that are not event
/// nouns.
pub(crate) fn event_class(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "talks" | "talk" | "dialogue" | "dialogues" | "dialog" | "council" | "conference"
        | "conferences" | "consultations" | "negotiations" | "meeting" | "meetings" => "talks",
        "summit" | "summits" => "summit",
        "election" | "elections" | "vote" | "poll" | "referendum" => "election",
        "visit" | "trip" | "tour" => "visit",
        "game" | "match" | "final" | "race" | "tournament" | "championship" => "match",
        "launch" | "release" | "unveiling" => "launch",
        "earthquake" | "quake" | "tremor" | "aftershock" => "earthquake",
        "attack" | "bombing" | "shooting" | "strike" | "raid" | "airstrike" => "attack",
        "crash" | "collision" | "derailment" => "crash",
        "fire" | "blaze" | "explosion" | "blast" => "fire",
        "trial" | "hearing" | "sentencing" => "trial",
        "arrest" | "arrests" => "arrest",
        "war" | "wars" | "insurgency" | "uprising" | "genocide" | "famine" | "epidemic" => "war",
        "ceremony" | "awards" | "festival" | "concert" | "show" => "ceremony",
        _ => return None,
    })
}

/// The class of an event noun, given the word before it: "opened fire"
/// is a shooting's verb, not a fire.
pub(crate) fn event_class_after(previous: &str, lower: &str) -> Option<&'static str> {
    if lower == "fire" && matches!(previous, "opened" | "open" | "opening" | "opens") {
        return None;
    }
    event_class(lower)
}

/// Classes that name the report's own happening in general terms ("a
/// visit", "the meeting"): they stand for whatever the main event is.
pub(crate) fn is_generic(class: &str) -> bool {
    matches!(class, "visit")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(event_class("dialogue"), event_class("talks"));
        assert_eq!(event_class("council"), Some("talks"));
        assert_ne!(event_class("summit"), event_class("talks"));
        assert_eq!(event_class("ministers"), None);
        assert_eq!(event_class_after("opened", "fire"), None);
        assert_eq!(event_class_after("the", "fire"), Some("fire"));
    }
}
