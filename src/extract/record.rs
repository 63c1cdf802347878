//! Won-lost records as sports writing gives them: "Indianapolis (10-5)",
//! "the Colts stand at 10-5", "Indianapolis' record rose to 9-5", "gave the
//! Colts a 9-5 season".

use regex::Regex;
use std::sync::OnceLock;

use crate::model::{Dimension, Lemma, Reading, Record, Span};

/// The ways a team's (or a fighter's) record is written after its name.
fn patterns() -> &'static [Regex] {
    static RE: OnceLock<Vec<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        let team = r"(?P<team>\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*)?)(?:'s|’s|'|’)?";
        let tally = r"(?P<w>\d{1,3})-(?P<l>\d{1,3})(?:-(?P<t>\d{1,2}))?";
        [
            format!(r"{team} \({tally}[,)]"),
            format!(r"{team} record (?:(?:rose|fell|improved|dropped|went|moved|climbed|slipped|evened|stands|stood|is|was) )?(?:to |at )?{tally}\b"),
            format!(r"{team} (?:stand|stands|stood|improved|moved|fell|dropped|climbed|rose) (?:at|to) {tally}\b"),
            format!(r"{team} an? {tally} (?:season|record|mark|campaign)\b"),
        ]
        .iter()
        .map(|p| Regex::new(p).expect("valid regex"))
        .collect()
    })
}

/// The records a sentence gives: the reading (a record, held by the team
/// or fighter named), the record, and the span of the whole phrase. A
/// record "in one-score games" or "at home" is another record, and
/// "(6-2, 215)" a player's height and weight: both are left out.
pub(crate) fn records(sentence: &str, offset: usize) -> Vec<(Reading, Record, Span)> {
    if !sentence.bytes().any(|b| b == b'-') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    for re in patterns() {
        for c in re.captures_iter(sentence) {
            let (Some(whole), Some(team)) = (c.get(0), c.name("team")) else {
                continue;
            };
            if taken
                .iter()
                .any(|r| r.start < whole.end() && whole.start() < r.end)
            {
                continue;
            }
            let rest = &sentence[whole.end()..];
            let narrower = [" in ", " at home", " on the road", " away", " against "]
                .iter()
                .any(|w| rest.starts_with(w));
            let weight = whole.as_str().ends_with(',')
                && rest
                    .trim_start()
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .count()
                    == 3;
            // "The Colts": an opener is no part of the name
            let name = match team.as_str().split_once(' ') {
                Some((first, rest)) if super::name::starts_no_name(first) => rest,
                _ => team.as_str(),
            };
            if narrower || weight || super::name::starts_no_name(name) {
                continue;
            }
            let num = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<u32>().ok());
            let (Some(w), Some(l)) = (num("w"), num("l")) else {
                continue;
            };
            let mut record = Record::new(w, l);
            if let Some(t) = num("t") {
                record = record.with_ties(t);
            }
            let holder = Lemma::new(name.trim_end_matches(['\'', '’', '.']));
            // a record is its holder's: no thing counted, no verb
            let mut reading =
                Reading::new(Dimension::Record, Lemma::new("record")).with_holder(holder);
            reading.thing = None;
            let end = whole.end() - usize::from(whole.as_str().ends_with([',', ')']));
            taken.push(whole.range());
            out.push((
                reading,
                record,
                Span::new(offset + whole.start(), offset + end),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn got(s: &str) -> Vec<(String, String)> {
        records(s, 0)
            .into_iter()
            .map(|(r, rec, _)| {
                (
                    r.holder.map(|h| h.as_str().to_string()).unwrap_or_default(),
                    rec.to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn records_as_sports_writing_gives_them() {
        let one = |t: &str, r: &str| vec![(t.to_string(), r.to_string())];
        assert_eq!(
            got("Luck led Indianapolis (10-5) downfield."),
            one("indianapolis", "10-5")
        );
        assert_eq!(got("The Colts (10-5, 4-4 away) won."), one("colts", "10-5"));
        assert_eq!(
            got("With the win the Colts stand at 10-5."),
            one("colts", "10-5")
        );
        assert_eq!(
            got("Indianapolis’ record rose to 9-5."),
            one("indianapolis", "9-5")
        );
        assert_eq!(
            got("This gave the Colts a 9-5 season."),
            one("colts", "9-5")
        );
        // another record, a height and weight, a score
        assert!(got("The Colts moved their record to 9-1 in one-possession games.").is_empty());
        assert!(got("Receiver Bell (6-2, 215) caught it.").is_empty());
        assert!(got("The Colts beat the Chiefs 20-13 on Sunday.").is_empty());
    }
}
