//! Times of day: "1:30 a.m.", "3 p.m. (1200 GMT)", "8:30pm", "noon",
//! with their hedges ("about", "shortly after", "by") and zones.

use std::sync::OnceLock;

use super::token::Kind;
use super::{Hit, MentionValue, Scanner};
use crate::model::words::{rows, WordMap, CLOCK};
use crate::model::{Approx, TimeOfDay, Zone};

/// What `data/lexicon/clock.tsv` says, read once.
struct Clock {
    zones: WordMap<&'static str, Zone>,
    named: WordMap<&'static str, u16>,
    bounds: WordMap<&'static str, Approx>,
}

fn clock() -> &'static Clock {
    static CLOCK_WORDS: OnceLock<Clock> = OnceLock::new();
    CLOCK_WORDS.get_or_init(|| {
        let mut c = Clock {
            zones: WordMap::default(),
            named: WordMap::default(),
            bounds: WordMap::default(),
        };
        for (kind, value, words) in rows(CLOCK) {
            for w in words {
                match kind {
                    "fixed" | "seasonal" => {
                        let Ok(minutes) = value.parse::<i16>() else {
                            continue;
                        };
                        let zone = if kind == "fixed" {
                            Zone::Offset(minutes)
                        } else {
                            Zone::Seasonal(minutes)
                        };
                        c.zones.insert(w, zone);
                    }
                    "named" => {
                        if let Ok(m) = value.parse::<u16>() {
                            c.named.insert(w, m);
                        }
                    }
                    "bound" => {
                        let approx = match value {
                            "more_than" => Approx::MoreThan,
                            "less_than" => Approx::LessThan,
                            "at_least" => Approx::AtLeast,
                            "at_most" => Approx::AtMost,
                            _ => continue,
                        };
                        c.bounds.insert(w, approx);
                    }
                    _ => {}
                }
            }
        }
        c
    })
}

/// "am" / "pm" as glued to digits or written alone.
fn half_of_day(lower: &str) -> Option<bool> {
    match lower {
        "am" | "a.m" => Some(false),
        "pm" | "p.m" => Some(true),
        _ => None,
    }
}

impl Scanner<'_> {
    /// A time of day starting at token `i` (its hedge may stand before).
    pub(crate) fn clock(&self, i: usize, floor: usize) -> Option<Hit> {
        let (minutes, end, stated_zone) = match self.kind(i)? {
            Kind::Num(_) => self.clock_digits(i)?,
            Kind::Word(_) => {
                let lower = self.str(i).to_ascii_lowercase();
                let m = *clock().named.get(lower.as_str())?;
                (m, i + 1, None)
            }
            _ => return None,
        };
        let (approx, start) = self.clock_hedge(i, floor);
        let mut t = TimeOfDay::new((minutes / 60) as u8, (minutes % 60) as u8)?.with_approx(approx);
        let (zone, end) = match stated_zone {
            Some(z) => (Some(z), end),
            None => self.zone_after(end),
        };
        if let Some(z) = zone {
            t = t.with_zone(z);
        }
        Some(Hit {
            start,
            end,
            value: MentionValue::Time(t),
            latent: false,
        })
    }

    /// "1:30 a.m.", "3 p.m", "8:30pm", "14:30 GMT", "1200 GMT": minutes
    /// after midnight, the token after, and a zone already read. A bare
    /// "2:56" (a game clock, a score) or "3" is no time of day.
    fn clock_digits(&self, i: usize) -> Option<(u16, usize, Option<Zone>)> {
        let Some(Kind::Num(n)) = self.kind(i) else {
            return None;
        };
        if n.fractional || n.separated {
            return None;
        }
        let split = |s: &str| -> (String, String) {
            let cut = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
            (s[..cut].to_string(), s[cut..].to_ascii_lowercase())
        };
        let (digits, mut glued) = split(self.str(i));
        let mut k = i + 1;
        let mut minute: Option<u16> = None;
        if glued.is_empty() && self.is_punct(i + 1, ':') {
            if let Some(Kind::Num(m)) = self.kind(i + 2) {
                let (d, g) = split(self.str(i + 2));
                if d.len() == 2 && !m.fractional && !m.separated {
                    minute = d.parse().ok();
                    glued = g;
                    k = i + 3;
                }
            }
        }
        // a glued suffix must say the half of the day
        let glued_half = if glued.is_empty() {
            None
        } else {
            Some(half_of_day(&glued)?)
        };
        let number: u16 = digits.parse().ok()?;
        let half = match glued_half {
            Some(pm) => Some((pm, k)),
            None => self.half_after(k - 1),
        };
        if let Some((pm, end)) = half {
            if digits.len() > 2 || !(1..=12).contains(&number) {
                return None;
            }
            let hour = number % 12 + if pm { 12 } else { 0 };
            return Some((hour * 60 + minute.unwrap_or(0), end, None));
        }
        // the 24-hour clock is read only beside a zone: "12:00 GMT", "1200 GMT"
        let (zone, end) = self.zone_after(k);
        let zone = zone?;
        let (hour, minute) = match minute {
            Some(m) if digits.len() <= 2 => (number, m),
            None if digits.len() == 4 => (number / 100, number % 100),
            _ => return None,
        };
        (hour < 24 && minute < 60).then_some((hour * 60 + minute, end, Some(zone)))
    }

    /// "a.m.", "am", "a. m.", "P.M." after token `p`: whether it is the
    /// afternoon, and the token after it.
    fn half_after(&self, p: usize) -> Option<(bool, usize)> {
        let j = self.next(p)?;
        let lower = self.str(j).to_ascii_lowercase();
        let dot = |e: usize| if self.is_punct(e, '.') { e + 1 } else { e };
        if let Some(pm) = half_of_day(&lower) {
            return Some((pm, dot(j + 1)));
        }
        // "a. m.": the letters apart
        let pm = match lower.as_str() {
            "a" => false,
            "p" => true,
            _ => return None,
        };
        if !self.is_punct(j + 1, '.') {
            return None;
        }
        let m = self.next(j + 1).filter(|&m| self.is(m, "m"))?;
        Some((pm, dot(m + 1)))
    }

    /// A zone named right after a time ("GMT", "ET", "local time"), and
    /// the token after it; a zone is matched in capitals only.
    fn zone_after(&self, end: usize) -> (Option<Zone>, usize) {
        let Some(j) = end.checked_sub(1).and_then(|p| self.next(p)) else {
            return (None, end);
        };
        match clock().zones.get(self.str(j)) {
            Some(z) => (Some(*z), j + 1),
            None => (None, end),
        }
    }

    /// The hedge before a time: "shortly after", "by", "about"; exact and
    /// `i` when there is none.
    fn clock_hedge(&self, i: usize, floor: usize) -> (Approx, usize) {
        let Some(p1) = self.prev(i, floor) else {
            return (Approx::Exact, i);
        };
        let w1 = self.str(p1).to_ascii_lowercase();
        let two = self
            .prev(p1, floor)
            .map(|p0| (p0, format!("{} {w1}", self.str(p0).to_ascii_lowercase())));
        if let Some((p0, phrase)) = &two {
            if let Some(a) = clock().bounds.get(phrase.as_str()) {
                return (*a, *p0);
            }
        }
        if let Some(a) = clock().bounds.get(w1.as_str()) {
            return (*a, p1);
        }
        self.modified(i, floor)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Approx, TimeOfDay, Zone};
    use crate::recognize::{recognize, Context, MentionValue};

    fn times(text: &str) -> Vec<(String, TimeOfDay)> {
        recognize(text, &Context::new())
            .filter_map(|m| match m.value {
                MentionValue::Time(t) => Some((text[m.span.range()].to_string(), t)),
                _ => None,
            })
            .collect()
    }

    fn hm(h: u8, m: u8) -> TimeOfDay {
        TimeOfDay::new(h, m).unwrap()
    }

    #[test]
    fn written_forms() {
        let got = times("going west about 1:30 a. m., then at 3 p.m. (1200 GMT) and 8:30pm");
        assert_eq!(
            got,
            vec![
                (
                    "about 1:30 a. m.".into(),
                    hm(1, 30).with_approx(Approx::About)
                ),
                ("3 p.m.".into(), hm(15, 0)),
                ("1200 GMT".into(), hm(12, 0).with_zone(Zone::Offset(0))),
                ("8:30pm".into(), hm(20, 30)),
            ]
        );
        assert_eq!(
            times("shortly after midnight")[0].1,
            hm(0, 0).with_approx(Approx::MoreThan)
        );
        assert_eq!(
            times("extinguished by 6:40 a.m.")[0].1,
            hm(6, 40).with_approx(Approx::AtMost)
        );
        assert_eq!(
            times("kickoff at 4:30 p.m. ET")[0].1,
            hm(16, 30).with_zone(Zone::Seasonal(-300))
        );
    }

    #[test]
    fn clocks_that_are_no_time_of_day() {
        // a game clock, a score, a ratio, a page stamp's zone in lower case
        assert!(times("stopped the fight at 2:56 of the sixth").is_empty());
        assert!(times("won 3-2 and led 45:35").is_empty());
        assert!(times("at 13 pm the est was 25 a.m").is_empty());
    }
}
