//! Making subjects comparable across wordings: one key for "GUP" and
//! "Green Unity Party", for "French" and "France".

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Attribute, Claim, Frame};

/// Nationality adjectives and the country they stand for.
const DEMONYMS: &[(&str, &str)] = &[
    ("japanese", "japan"),
    ("chinese", "china"),
    ("american", "united states"),
    ("u.s.", "united states"),
    ("us", "united states"),
    ("british", "united kingdom"),
    ("uk", "united kingdom"),
    ("u.k.", "united kingdom"),
    ("french", "france"),
    ("german", "germany"),
    ("russian", "russia"),
    ("indian", "india"),
    ("south korean", "south korea"),
    ("north korean", "north korea"),
    ("italian", "italy"),
    ("spanish", "spain"),
    ("canadian", "canada"),
    ("australian", "australia"),
    ("israeli", "israel"),
    ("iranian", "iran"),
    ("turkish", "turkey"),
    ("brazilian", "brazil"),
    ("mexican", "mexico"),
    ("egyptian", "egypt"),
    ("sudanese", "sudan"),
    ("pakistani", "pakistan"),
    ("ukrainian", "ukraine"),
    ("taiwanese", "taiwan"),
    ("filipino", "philippines"),
];

fn org_key(org: &str) -> String {
    let lower = org.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower).to_string();
    DEMONYMS
        .iter()
        .find(|(d, _)| *d == lower)
        .map_or(lower.clone(), |(_, c)| (*c).to_string())
}

fn initials(org: &str) -> String {
    org.split_whitespace()
        .filter(|w| !["of", "the", "and", "for", "&"].contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect::<String>()
        .to_lowercase()
}

/// Splits a role subject "secretary-general (Green Unity Party)".
pub(crate) fn split_role(subject: &str) -> Option<(&str, &str)> {
    let open = subject.find(" (")?;
    let org = subject[open + 2..].strip_suffix(')')?;
    Some((&subject[..open], org))
}

/// Rewrites role subjects to one key per organization: demonyms become
/// countries, and an acronym becomes the one full name in the reports
/// whose initials it spells.
pub(crate) fn canonical_roles(claims: &mut [Claim]) {
    let orgs: BTreeSet<String> = claims
        .iter()
        .filter(|c| c.attribute.frame == Frame::Role)
        .filter_map(|c| split_role(&c.attribute.subject).map(|(_, o)| o.to_string()))
        .collect();
    let mut rename: BTreeMap<String, String> = BTreeMap::new();
    for org in &orgs {
        let mut key = org_key(org);
        let letters = org.chars().filter(|c| c.is_alphabetic()).count();
        if org
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && (2..=6).contains(&letters)
        {
            let a = org.to_lowercase().replace('.', "");
            let full: Vec<&String> = orgs
                .iter()
                .filter(|o| *o != org && initials(o) == a)
                .collect();
            if let [one] = full.as_slice() {
                key = org_key(one);
            }
        }
        rename.insert(org.clone(), key);
    }
    // One key for spellings of one name: "green unity party" and "green unity",
    // or a typo (Jaro-Winkler similarity of at least 0.95).
    let keys: BTreeSet<String> = rename.values().cloned().collect();
    for key in rename.values_mut() {
        if let Some(shorter) = keys.iter().find(|k| {
            k.len() < key.len()
                && (key.starts_with(&format!("{k} ")) || strsim::jaro_winkler(k, key) >= 0.95)
        }) {
            *key = shorter.clone();
        }
    }
    for c in claims
        .iter_mut()
        .filter(|c| c.attribute.frame == Frame::Role)
    {
        if let Some((role, org)) = split_role(&c.attribute.subject) {
            let key = rename.get(org).cloned().unwrap_or_else(|| org_key(org));
            c.attribute.subject = format!("{role} ({key})");
        }
    }
}

/// Rewrites "age of Hiller" to "age of Yvonne Hiller" when that is the one
/// longer name in the event's claims that ends with it, so a surname alone
/// and the full name are one person.
pub(crate) fn canonical_people(claims: &mut [Claim]) {
    let names: BTreeSet<String> = claims
        .iter()
        .filter_map(|c| c.attribute.aged().map(str::to_string))
        .collect();
    let mut rename: BTreeMap<&str, &str> = BTreeMap::new();
    for short in &names {
        let longer: Vec<&String> = names
            .iter()
            .filter(|n| n.len() > short.len() && n.ends_with(&format!(" {short}")))
            .collect();
        if let [one] = longer.as_slice() {
            rename.insert(short, one);
        }
    }
    for c in claims.iter_mut() {
        let full = c.attribute.aged().and_then(|n| rename.get(n));
        if let Some(full) = full {
            c.attribute = Attribute::age(full);
        }
    }
}

/// Gives the spellings of one person's name one subject, so that they are
/// compared: two names are one person spelled two ways when they share a
/// first or a last name exactly, the other names differ by at most two
/// letters (not a plural or a possessive), and no report uses both. Names
/// in no such pair keep an empty subject and are not compared.
pub(crate) fn name_spellings(claims: &mut [Claim]) {
    let mut users: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.attribute.frame == Frame::Name) {
        if let crate::model::Value::Person(n) = &c.value {
            users
                .entry(n.to_lowercase())
                .or_default()
                .insert(c.source.clone());
        }
    }
    let names: Vec<&String> = users.keys().collect();
    // each name's cluster: the smallest name it is joined to, transitively
    let mut root: Vec<usize> = (0..names.len()).collect();
    fn find(root: &mut [usize], mut i: usize) -> usize {
        while root[i] != i {
            root[i] = root[root[i]];
            i = root[i];
        }
        i
    }
    for i in 0..names.len() {
        for j in i + 1..names.len() {
            if users[names[i]].is_disjoint(&users[names[j]]) && near_spelling(names[i], names[j]) {
                let (a, b) = (find(&mut root, i), find(&mut root, j));
                root[a.max(b)] = a.min(b);
            }
        }
    }
    let mut key: BTreeMap<String, String> = BTreeMap::new();
    let mut size: BTreeMap<usize, usize> = BTreeMap::new();
    for i in 0..names.len() {
        *size.entry(find(&mut root, i)).or_default() += 1;
    }
    for i in 0..names.len() {
        let r = find(&mut root, i);
        if size[&r] > 1 {
            key.insert(names[i].clone(), names[r].clone());
        }
    }
    for c in claims
        .iter_mut()
        .filter(|c| c.attribute.frame == Frame::Name)
    {
        if let crate::model::Value::Person(n) = &c.value {
            if let Some(k) = key.get(&n.to_lowercase()) {
                c.attribute.subject = k.clone();
            }
        }
    }
}

/// "latonya brown" and "latoya brown": one name the same, the other a
/// near spelling.
fn near_spelling(a: &str, b: &str) -> bool {
    let (ta, tb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let (Some(fa), Some(la), Some(fb), Some(lb)) = (ta.first(), ta.last(), tb.first(), tb.last())
    else {
        return false;
    };
    let plural = |x: &str, y: &str| {
        [x, y].iter().any(|w| {
            let other = if *w == x { y } else { x };
            w.strip_suffix('s')
                .or_else(|| w.strip_suffix("'s"))
                .or_else(|| w.strip_suffix("’s"))
                == Some(other)
        })
    };
    // the other part a near spelling, by the rule for single names
    let similar = |x: &str, y: &str| !plural(x, y) && super::spelling::near(x, y, 3);
    (fa == fb && similar(la, lb)) || (la == lb && similar(fa, fb))
}

/// Whether two names can be one person: the same surname, or one name
/// inside the other ("Roe", "Jane Roe").
pub(crate) fn same_person(a: &str, b: &str) -> bool {
    let last = |s: &str| s.split_whitespace().last().map(str::to_lowercase);
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    last(a) == last(b) || la.contains(&lb) || lb.contains(&la)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attribute, Number, Value};

    /// A claim with no evidence, for the alignments that read only
    /// attributes and values.
    fn claim(source: &str, frame: Frame, subject: String, value: Value) -> Claim {
        Claim {
            source: source.into(),
            attribute: Attribute::new(frame, subject),
            value,
            as_of: None,
            evidence: vec![],
            context: vec![],
        }
    }

    #[test]
    fn a_surname_joins_the_one_full_name_that_ends_with_it() {
        let age = |source: &str, name: &str| {
            let years = Value::Count(Number {
                value: 43.0,
                approx: Default::default(),
            });
            let mut c = claim(source, Frame::Measure, String::new(), years);
            c.attribute = Attribute::age(name);
            c
        };
        let mut claims = vec![
            age("a", "hiller"),
            age("b", "yvonne hiller"),
            age("c", "brown"),
        ];
        canonical_people(&mut claims);
        let subjects: Vec<&str> = claims
            .iter()
            .map(|c| c.attribute.subject.as_str())
            .collect();
        assert_eq!(
            subjects,
            [
                "age of yvonne hiller",
                "age of yvonne hiller",
                "age of brown"
            ]
        );
        // two full names that end with it: which one is meant is not settled
        let mut claims = vec![
            age("a", "brown"),
            age("b", "ann brown"),
            age("c", "joe brown"),
        ];
        canonical_people(&mut claims);
        assert_eq!(claims[0].attribute.subject, "age of brown");
    }

    #[test]
    fn near_spellings_of_one_name() {
        assert!(near_spelling("latonya brown", "latoya brown"));
        assert!(near_spelling("john smyth", "john smith"));
        assert!(!near_spelling("john smith", "jane smith"));
        assert!(!near_spelling("john smith", "john smiths"));
        assert!(!near_spelling("ann jones", "ann jones"));
    }

    #[test]
    fn spellings_compare_only_when_no_report_uses_both() {
        let name = |source: &str, n: &str| {
            claim(source, Frame::Name, String::new(), Value::Person(n.into()))
        };
        let mut claims = vec![
            name("a", "Latonya Brown"),
            name("b", "Latoya Brown"),
            name("c", "Tanya Wilson"),
        ];
        name_spellings(&mut claims);
        let subjects: Vec<&str> = claims
            .iter()
            .map(|c| c.attribute.subject.as_str())
            .collect();
        assert_eq!(subjects, ["latonya brown", "latonya brown", ""]);
        // one report names both: two people
        let mut claims = vec![name("a", "John Smyth"), name("a", "John Smith")];
        name_spellings(&mut claims);
        assert!(claims.iter().all(|c| c.attribute.subject.is_empty()));
    }

    #[test]
    fn keys() {
        assert_eq!(org_key("French"), "france");
        assert_eq!(initials("Green Unity Party"), "gup");
        assert_eq!(
            split_role("secretary of state (U.S.)"),
            Some(("secretary of state", "U.S."))
        );
        assert!(same_person("Roe", "Jane Roe"));
        assert!(!same_person("John Doe", "Jane Roe"));
    }

    #[test]
    fn one_key_per_organization() {
        let leader = |org: &str| {
            claim(
                "a",
                Frame::Role,
                format!("leader ({org})"),
                Value::Person("A B".into()),
            )
        };
        let mut cs = vec![
            leader("Green Unity Party"),
            leader("GUP"),
            leader("Green Unity"),
            leader("French"),
        ];
        canonical_roles(&mut cs);
        let subjects: Vec<&str> = cs.iter().map(|c| c.attribute.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "leader (green unity)",
                "leader (green unity)",
                "leader (green unity)",
                "leader (france)"
            ]
        );
    }
}
