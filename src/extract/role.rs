//! Who holds which role: "Jane Roe, secretary-general of the country's
//! ruling Green Unity Party"; "French Prime Minister Paul Dupont".

use crate::model::words::word_list_fn;
use regex::Regex;
use std::sync::OnceLock;

use crate::model::Span;

/// A role claim found in a sentence.
pub(crate) struct RoleFact {
    pub role: String,
    pub org: String,
    pub person: String,
    /// The words it rests on, in the document.
    pub span: Span,
}

const ROLES: &str = r"secretary[- ]general|general secretary|prime minister|premier|vice[- ]president|president|foreign minister|defen[cs]e minister|finance minister|interior minister|chief executive(?: officer)?|ceo|chairman|chairwoman|chairperson|chair|spokes(?:man|woman|person)|governor|mayor|ambassador|secretary of state|chief representative|head coach|coach|manager|captain|director|leader|head|chief|founder";

/// The same roles as titles stand before names.
const TITLES: &str = r"Secretary[- ]General|General Secretary|Prime Minister|Premier|Vice[- ]President|President|Foreign Minister|Defen[cs]e Minister|Finance Minister|Interior Minister|Chief Executive|CEO|Chairman|Chairwoman|Chair|Spokes(?:man|woman|person)|Governor|Mayor|Ambassador|Secretary of State|Chief Representative|Head Coach|Coach|Manager|Captain|Director|Leader|Head|Chief|Founder";

/// Capitalized words, with the lowercase particles names carry ("Omar
/// al-Bashir", "Ursula von der Leyen").
const NAME: &str = r"\b\p{Lu}[\p{L}\p{M}'’\-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|der|du|la|le)[\s\-])*\p{Lu}[\p{L}\p{M}'’\-]*){0,3}";

const DEMONYM: &str = r"\b(?:U\.S\.|U\.K\.|UK|US|EU|UN|(?:(?:South|North|East|West|New)\s+)?\p{Lu}\p{Ll}+(?:ese|ian|an|ish|ch|i))";

fn appositive() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"(?P<name>{NAME})(?:\s*\([^)]{{0,30}}\))?,\s+(?:the\s+|a\s+|an\s+)?(?P<role>(?i:{ROLES}))\s+of\s+(?P<org>[^,.;:()\n]{{2,120}})"
        ))
        .expect("valid regex")
    })
}

fn titled() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"(?P<org>(?:\p{{Lu}}[\p{{L}}.\-]*\s+){{0,5}}\p{{Lu}}[\p{{L}}.\-]*['’]s|{DEMONYM})\s+(?P<role>{TITLES})\s+(?P<name>{NAME})"
        ))
        .expect("valid regex")
    })
}

word_list_fn! {
    /// Words that start names in the patterns but are not names, besides the
    /// ones no name starts with ([`super::name::starts_no_name`]): role words
    /// and honorifics.
    fn role_not_names = "role_not_names.txt"
}

/// Role facts in one sentence that starts at byte `offset`.
pub(crate) fn roles(sentence: &str, offset: usize) -> Vec<RoleFact> {
    let mut out = Vec::new();
    // Both patterns need a role word: a literal search rules most
    // sentences out before the costlier patterns run.
    static ANY_ROLE: OnceLock<Regex> = OnceLock::new();
    let any_role =
        ANY_ROLE.get_or_init(|| Regex::new(&format!("(?i){ROLES}")).expect("valid regex"));
    if !any_role.is_match(sentence) {
        return out;
    }
    for c in appositive().captures_iter(sentence) {
        let (Some(name), Some(role), Some(org), Some(all)) =
            (c.name("name"), c.name("role"), c.name("org"), c.get(0))
        else {
            continue;
        };
        if let (Some(person), Some(org_name)) = (clean_name(name.as_str()), org_run(org.as_str())) {
            let end = all.start() + (org.start() - all.start()) + org.as_str().trim_end().len();
            out.push(RoleFact {
                role: normalize_role(role.as_str()),
                org: org_name,
                person,
                span: Span::new(offset + all.start(), offset + end),
            });
        }
    }
    for c in titled().captures_iter(sentence) {
        let (Some(name), Some(role), Some(org), Some(all)) =
            (c.name("name"), c.name("role"), c.name("org"), c.get(0))
        else {
            continue;
        };
        let org_text = org.as_str().trim_end_matches("'s").trim_end_matches("’s");
        let org_name = org_run(org_text).unwrap_or_else(|| org_text.to_string());
        if let Some(person) = clean_name(name.as_str()) {
            if out.iter().any(|f: &RoleFact| {
                f.span
                    .contains(Span::new(offset + all.start(), offset + all.end()))
            }) {
                continue;
            }
            out.push(RoleFact {
                role: normalize_role(role.as_str()),
                org: org_name,
                person,
                span: Span::new(offset + all.start(), offset + all.end()),
            });
        }
    }
    out
}

fn clean_name(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .collect();
    let first = words.first()?;
    if role_not_names().contains(first) || super::name::starts_no_name(first) {
        return None;
    }
    Some(words.join(" "))
}

/// The last run of capitalized words: "the country's ruling Green Unity
/// Party" gives "Green Unity Party".
fn org_run(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < words.len() {
        if starts_upper(words[i]) {
            let start = i;
            let mut end = i + 1;
            let mut j = i + 1;
            while j < words.len() {
                if starts_upper(words[j]) {
                    end = j + 1;
                } else if !["of", "the", "and", "for", "&"].contains(&words[j]) {
                    break;
                }
                j += 1;
            }
            best = Some((start, end));
            i = end;
        } else {
            i += 1;
        }
    }
    let (s, e) = best?;
    // "the Party's international department": the office is not the party
    if e < words.len() && (words[e - 1].ends_with("'s") || words[e - 1].ends_with("’s")) {
        return None;
    }
    Some(words[s..e].join(" "))
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn normalize_role(role: &str) -> String {
    let r = role
        .to_lowercase()
        .replace("secretary general", "secretary-general")
        .replace("vice president", "vice-president");
    match r.as_str() {
        "chairwoman" | "chairperson" | "chair" => "chairman".into(),
        "spokeswoman" | "spokesperson" => "spokesman".into(),
        "chief executive" | "chief executive officer" => "ceo".into(),
        _ => r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(s: &str) -> Vec<(String, String, String)> {
        roles(s, 0)
            .into_iter()
            .map(|f| (f.role, f.org, f.person))
            .collect()
    }

    #[test]
    fn appositives_and_titles() {
        let f = facts(
            "Jane Roe, secretary-general of the country's ruling Green Unity Party, met him.",
        );
        assert_eq!(
            f,
            vec![(
                "secretary-general".into(),
                "Green Unity Party".into(),
                "Jane Roe".into()
            )]
        );
        let f = facts("He met French Prime Minister Paul Dupont and Foreign Minister Anne Marie.");
        assert_eq!(
            f,
            vec![(
                "prime minister".into(),
                "French".into(),
                "Paul Dupont".into()
            )]
        );
        let f = facts("He will meet the Green Unity Party's Secretary-General Jane Roe today.");
        assert_eq!(
            f,
            vec![(
                "secretary-general".into(),
                "Green Unity Party".into(),
                "Jane Roe".into()
            )]
        );
        let f = facts("He met North Freedonian President Ali al-Rashid on Monday.");
        assert_eq!(
            f,
            vec![(
                "president".into(),
                "North Freedonian".into(),
                "Ali al-Rashid".into()
            )]
        );
    }

    #[test]
    fn no_org_no_claim() {
        assert!(facts("Secretary-General Roe expressed approval.").is_empty());
    }
}
