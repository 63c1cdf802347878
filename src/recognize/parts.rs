//! Dates written as parts joined by one separator: "2006-Jun-16",
//! "28-Feb-2010", "8/May/2018", "9/2012", "13/09", "26.10.2017",
//! "2018 March 18", "2024 Aug", "August-10, 2012".
//!
//! A month name decides which part is the month; among numbers a
//! four-digit one is the year, and a day is told from a month by being
//! over 12. Two bare numbers are a date only with a slash and only when
//! that tells day from month ("13/09", "5/31"), since "3/4" is as often a
//! fraction.

use super::lexicon::Lex;
use super::token::{Kind, NumTok, Suffix};
use super::Scanner;
use crate::model::DateExpr;

/// One part of a separated date.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Part {
    /// A number and how many digits it was written with.
    Num(u32, usize),
    Month(i8),
}

/// How parts are joined: one separator character, glued, or single spaces.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Join {
    Char(char),
    Space,
}

/// Parts read (up to three), the token after them, and the join.
struct Read {
    parts: [Part; 3],
    len: usize,
    end: usize,
    join: Join,
}

impl Scanner<'_> {
    /// A separated date starting at token `i`: the expression and the
    /// token after it.
    pub(super) fn parts_date(&self, i: usize) -> Option<(DateExpr, usize)> {
        if let Some(found) = self.dotted(i) {
            return Some(found);
        }
        let read = self.read_parts(i)?;
        let expr = arrange(&read.parts[..read.len], read.join)?;
        Some((expr, read.end))
    }

    fn part(&self, i: usize) -> Option<Part> {
        match self.kind(i)? {
            Kind::Num(n) => plain(&n).map(|value| Part::Num(value, n.int_digits)),
            Kind::Word(Lex::Month(m)) => Some(Part::Month(m)),
            _ => None,
        }
    }

    fn read_parts(&self, i: usize) -> Option<Read> {
        let first = self.part(i)?;
        // most tokens are followed by nothing that can join a date
        match self.kind(i + 1) {
            Some(Kind::Punct('-' | '/' | '.')) | Some(Kind::Space) => {}
            _ => return None,
        }
        let mut parts = [first; 3];
        let mut len = 1;
        let mut at = i;
        let mut join = None;
        while len < 3 {
            // "Sept." before its separator
            let mut k = at;
            if matches!(parts[len - 1], Part::Month(_)) && self.is_punct(k + 1, '.') {
                k += 1;
            }
            let (next, this_join) = match self.kind(k + 1) {
                Some(Kind::Punct(c)) if matches!(c, '-' | '/' | '.') => (k + 2, Join::Char(c)),
                Some(Kind::Space) if self.str(k + 1) == " " => (k + 2, Join::Space),
                _ => break,
            };
            if join.is_some_and(|j| j != this_join) {
                break;
            }
            let Some(p) = self.part(next) else {
                break;
            };
            // spaces join only where a month name is among the parts
            if this_join == Join::Space
                && !matches!(p, Part::Month(_))
                && !parts[..len].iter().any(|q| matches!(q, Part::Month(_)))
            {
                break;
            }
            join = Some(this_join);
            parts[len] = p;
            len += 1;
            at = next;
        }
        // "August-10, 2012", "10-August 2012": a year after a comma or a
        // space ends the date
        if len == 2 && join.is_some_and(|j| j != Join::Space) {
            let after = self.next(at).and_then(|c| {
                if self.is_punct(c, ',') {
                    self.next(c)
                } else {
                    Some(c)
                }
            });
            if let Some(y) = after.filter(|&y| matches!(self.part(y), Some(Part::Num(_, 4)))) {
                if let Some(p) = self.part(y) {
                    parts[2] = p;
                    len = 3;
                    at = y;
                    join = Some(Join::Space);
                }
            }
        }
        Some(Read {
            parts,
            len,
            end: at + 1,
            join: join?,
        })
    }

    /// "26.10.2017", "2015.05.25": one token of digits and two dots.
    fn dotted(&self, i: usize) -> Option<(DateExpr, usize)> {
        if !matches!(self.kind(i)?, Kind::Word(Lex::Other)) {
            return None;
        }
        let s = self.str(i);
        if !s.starts_with(|c: char| c.is_ascii_digit()) || s.len() > 10 {
            return None;
        }
        let mut parts = [Part::Month(1); 3];
        let mut len = 0;
        for piece in s.split('.') {
            if len == 3
                || piece.is_empty()
                || piece.len() > 4
                || !piece.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            parts[len] = Part::Num(piece.parse().ok()?, piece.len());
            len += 1;
        }
        if len != 3 {
            return None;
        }
        Some((arrange(&parts, Join::Char('.'))?, i + 1))
    }
}

/// A plain number (no separators or suffix, "14th" allowed) as a whole.
fn plain(n: &NumTok) -> Option<u32> {
    (!n.separated && matches!(n.suffix, Suffix::None | Suffix::Ordinal) && n.int_digits <= 4)
        .then_some(n.value as u32)
}

/// The date the parts name, if they name exactly one.
fn arrange(parts: &[Part], join: Join) -> Option<DateExpr> {
    use Part::{Month, Num};
    let year = |v: u32, d: usize| (d == 4 && (1000..=2999).contains(&v)).then_some(v as i16);
    let day = |v: u32, d: usize| (d <= 2 && (1..=31).contains(&v)).then_some(v as i8);
    let month = |v: u32, d: usize| (d <= 2 && (1..=12).contains(&v)).then_some(v as i8);
    let (y, m, d) = match *parts {
        // 2006-Jun-16, 2018 March 18, 2015.05.25
        [Num(a, da), Month(m), Num(c, dc)] => match (year(a, da), year(c, dc)) {
            (Some(y), _) => (Some(y), m, Some(day(c, dc)?)),
            (None, Some(y)) => (Some(y), m, Some(day(a, da)?)),
            _ => return None,
        },
        // August-10-2012, August/10, 2012
        [Month(m), Num(b, db), Num(c, dc)] => (Some(year(c, dc)?), m, Some(day(b, db)?)),
        [Num(a, da), Num(b, db), Num(c, dc)] => {
            if join == Join::Space {
                return None;
            }
            if let Some(y) = year(a, da) {
                (Some(y), month(b, db)?, Some(day(c, dc)?))
            } else {
                let y = year(c, dc)?;
                match (month(a, da), month(b, db)) {
                    // 05.25.2015: the month must be the one that can be
                    (Some(m), None) => (Some(y), m, Some(day(b, db)?)),
                    (None, Some(m)) => (Some(y), m, Some(day(a, da)?)),
                    // 26.10.2017 has a day over 12; 05/06/2017 reads the
                    // American way with slashes, day first with dots
                    (Some(ma), Some(mb)) => match join {
                        Join::Char('.') => (Some(y), mb, Some(day(a, da)?)),
                        _ => (Some(y), ma, Some(day(b, db)?)),
                    },
                    (None, None) => return None,
                }
            }
        }
        // Sep-2012, 2024 Aug, 8/May, May/8, 22-feb, aug-20
        [Month(m), Num(b, db)] | [Num(b, db), Month(m)] => match year(b, db) {
            Some(y) => (Some(y), m, None),
            None if join != Join::Space => (None, m, Some(day(b, db)?)),
            None => return None,
        },
        // 9/2012, 04/2016; 13/09, 5/31
        [Num(a, da), Num(b, db)] => {
            if join != Join::Char('/') {
                return None;
            }
            if let Some(y) = year(b, db) {
                (Some(y), month(a, da)?, None)
            } else {
                match (month(a, da), month(b, db)) {
                    (Some(m), None) => (None, m, Some(day(b, db)?)),
                    (None, Some(m)) => (None, m, Some(day(a, da)?)),
                    _ => return None,
                }
            }
        }
        _ => return None,
    };
    // "24/7" is the idiom for all the time, never the 24th of July
    if y.is_none() && m == 7 && d == Some(24) && join == Join::Char('/') {
        return None;
    }
    if let Some(d) = d {
        let valid = match y {
            Some(y) => jiff::civil::Date::new(y, m, d).is_ok(),
            None => crate::model::day_of_month_exists(m, d),
        };
        if !valid {
            return None;
        }
    }
    Some(DateExpr::Calendar {
        year: y,
        month: Some(m),
        day: d,
    })
}

#[cfg(test)]
mod tests {
    use crate::recognize::{recognize, Context, MentionValue};

    /// Year, month and day as the text states them.
    type Ymd = (Option<i16>, Option<i8>, Option<i8>);

    fn one(text: &str) -> Option<(Ymd, String)> {
        let m: Vec<_> = recognize(text, &Context::new()).collect();
        let first = m.first()?;
        match &first.value {
            MentionValue::Date(d) => match d.expr {
                crate::model::DateExpr::Calendar { year, month, day } => {
                    Some(((year, month, day), first.as_str(text).to_string()))
                }
                _ => None,
            },
            _ => None,
        }
    }

    #[test]
    fn forms() {
        let cases: &[(&str, Ymd)] = &[
            ("2006-Jun-16", (Some(2006), Some(6), Some(16))),
            ("28-Feb-2010", (Some(2010), Some(2), Some(28))),
            ("8/May/2018", (Some(2018), Some(5), Some(8))),
            ("26.10.2017", (Some(2017), Some(10), Some(26))),
            ("2015.05.25", (Some(2015), Some(5), Some(25))),
            ("05.25.2015", (Some(2015), Some(5), Some(25))),
            ("9/2012", (Some(2012), Some(9), None)),
            ("13/09", (None, Some(9), Some(13))),
            ("Sep-2012", (Some(2012), Some(9), None)),
            ("2018 March 18", (Some(2018), Some(3), Some(18))),
            ("August-10, 2012", (Some(2012), Some(8), Some(10))),
        ];
        for (text, want) in cases {
            let got = one(text).unwrap_or_else(|| panic!("{text}: no date"));
            assert_eq!(got.0, *want, "{text}");
            assert_eq!(got.1, *text);
        }
    }

    #[test]
    fn not_dates() {
        for text in ["24/7 coverage", "3/4 of voters", "won 3-2", "1.2.3"] {
            assert!(one(text).is_none(), "{text}");
        }
    }
}
