//! Word tables for the recognizer: numbers, ordinals, months, weekdays, units.

use crate::model::Weekday;

/// What a word means to the recognizer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Lex {
    /// zero..nineteen.
    Unit(u32),
    /// twenty..ninety.
    Tens(u32),
    /// hundred, thousand, million, billion, trillion.
    Scale(u64),
    /// first..nineteenth, and the round ordinals (twentieth, hundredth).
    Ord(u32),
    /// tens ordinals: twentieth..ninetieth.
    OrdTens(u32),
    Dozen,
    /// "tens", "hundreds", "thousands", "millions" (as in "tens of thousands").
    Plural(u64),
    Half,
    /// "a", "an".
    Article,
    Month(i8),
    Weekday(Weekday),
    /// "wed", "thurs": a weekday only where a cue makes it one ("next wed",
    /// "on Tue"), since "sat", "sun" and "wed" are words too.
    ShortWeekday(Weekday),
    /// A calendar unit, with its length in months (0 for days and weeks)
    /// and whether it is a day or week count.
    TimeUnit(TimeUnit),
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TimeUnit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

#[rustfmt::skip]
pub(crate) fn lookup(lower: &str) -> Lex {
    use Lex::*;
    match lower {
        "zero" => Unit(0), "one" => Unit(1), "two" => Unit(2), "three" => Unit(3),
        "four" => Unit(4), "five" => Unit(5), "six" => Unit(6), "seven" => Unit(7),
        "eight" => Unit(8), "nine" => Unit(9), "ten" => Unit(10), "eleven" => Unit(11),
        "twelve" => Unit(12), "thirteen" => Unit(13), "fourteen" => Unit(14),
        "fifteen" => Unit(15), "sixteen" => Unit(16), "seventeen" => Unit(17),
        "eighteen" => Unit(18), "nineteen" => Unit(19),
        "twenty" => Tens(20), "thirty" => Tens(30), "forty" | "fourty" => Tens(40), "fifty" => Tens(50),
        "sixty" => Tens(60), "seventy" => Tens(70), "eighty" => Tens(80), "ninety" => Tens(90),
        "hundred" => Scale(100), "thousand" => Scale(1_000), "million" => Scale(1_000_000),
        "billion" => Scale(1_000_000_000), "trillion" => Scale(1_000_000_000_000),
        "first" => Ord(1), "second" => Ord(2), "third" => Ord(3), "fourth" => Ord(4),
        "fifth" => Ord(5), "sixth" => Ord(6), "seventh" => Ord(7), "eighth" => Ord(8),
        "ninth" => Ord(9), "tenth" => Ord(10), "eleventh" => Ord(11), "twelfth" => Ord(12),
        "thirteenth" => Ord(13), "fourteenth" => Ord(14), "fifteenth" => Ord(15),
        "sixteenth" => Ord(16), "seventeenth" => Ord(17), "eighteenth" => Ord(18),
        "nineteenth" => Ord(19), "hundredth" => Ord(100), "thousandth" => Ord(1000),
        "millionth" => Ord(1_000_000), "billionth" => Ord(1_000_000_000),
        "twentieth" => OrdTens(20), "thirtieth" => OrdTens(30), "fortieth" | "fourtieth" => OrdTens(40),
        "fiftieth" => OrdTens(50), "sixtieth" => OrdTens(60), "seventieth" => OrdTens(70),
        "eightieth" => OrdTens(80), "ninetieth" => OrdTens(90),
        "dozen" => Dozen,
        "dozens" => Plural(12), "tens" => Plural(10), "hundreds" => Plural(100),
        "thousands" => Plural(1_000), "millions" => Plural(1_000_000),
        "billions" => Plural(1_000_000_000),
        "half" => Half,
        "a" | "an" => Article,
        "january" | "jan" => Month(1), "february" | "feb" => Month(2),
        "march" | "mar" => Month(3), "april" | "apr" => Month(4), "may" => Month(5),
        "june" | "jun" => Month(6), "july" | "jul" => Month(7),
        "august" | "aug" => Month(8), "september" | "sep" | "sept" => Month(9),
        "october" | "oct" => Month(10), "november" | "nov" => Month(11),
        "december" | "dec" => Month(12),
        "monday" => Weekday(crate::model::Weekday::Monday),
        "tuesday" => Weekday(crate::model::Weekday::Tuesday),
        "wednesday" => Weekday(crate::model::Weekday::Wednesday),
        "thursday" => Weekday(crate::model::Weekday::Thursday),
        "friday" => Weekday(crate::model::Weekday::Friday),
        "saturday" => Weekday(crate::model::Weekday::Saturday),
        "sunday" => Weekday(crate::model::Weekday::Sunday),
        "mon" => ShortWeekday(crate::model::Weekday::Monday),
        "tue" | "tues" => ShortWeekday(crate::model::Weekday::Tuesday),
        "wed" | "weds" => ShortWeekday(crate::model::Weekday::Wednesday),
        "thu" | "thur" | "thurs" => ShortWeekday(crate::model::Weekday::Thursday),
        "fri" => ShortWeekday(crate::model::Weekday::Friday),
        "sat" => ShortWeekday(crate::model::Weekday::Saturday),
        "sun" => ShortWeekday(crate::model::Weekday::Sunday),
        "day" | "days" => TimeUnit(self::TimeUnit::Day),
        "week" | "weeks" => TimeUnit(self::TimeUnit::Week),
        "month" | "months" => TimeUnit(self::TimeUnit::Month),
        "year" | "years" | "yr" | "yrs" => TimeUnit(self::TimeUnit::Year),
        "decade" | "decades" => TimeUnit(self::TimeUnit::Decade),
        _ => Other,
    }
}

/// Scale suffixes glued to digits: "2bn", "40m", "5k".
pub(crate) fn scale_suffix(lower: &str) -> Option<f64> {
    Some(match lower {
        "k" | "thousand" => 1e3,
        "m" | "mn" | "mln" | "million" => 1e6,
        "b" | "bn" | "billion" => 1e9,
        "tn" | "trillion" => 1e12,
        _ => return None,
    })
}

/// Capitalized words that open sentences and may stand before a count
/// ("Only 5 came", "All 12 died"): not names.
pub(crate) fn is_sentence_opener(lower: &str) -> bool {
    matches!(
        lower,
        "only"
            | "all"
            | "just"
            | "another"
            | "and"
            | "but"
            | "or"
            | "so"
            | "with"
            | "without"
            | "for"
            | "on"
            | "at"
            | "as"
            | "nearly"
            | "almost"
            | "exactly"
            | "about"
            | "some"
            | "over"
            | "under"
            | "more"
            | "less"
            | "fewer"
            | "every"
            | "while"
            | "when"
            | "if"
            | "then"
            | "now"
            | "today"
            | "yesterday"
            | "police"
            | "officials"
            | "authorities"
            | "reports"
            | "including"
    )
}

/// Words around a score ("won 2-1", "a 3-0 win").
pub(crate) fn is_score_word(lower: &str) -> bool {
    matches!(
        lower,
        "won"
            | "win"
            | "wins"
            | "lost"
            | "loss"
            | "lose"
            | "beat"
            | "beating"
            | "score"
            | "scored"
            | "victory"
            | "defeat"
            | "draw"
            | "drew"
            | "lead"
            | "led"
            | "trailed"
    )
}

/// Nouns that label a thing by number ("flight 370", "page 5"): the
/// number is a name, not a quantity.
pub(crate) fn is_label_noun(lower: &str) -> bool {
    matches!(
        lower,
        "flight"
            | "route"
            | "page"
            | "chapter"
            | "section"
            | "room"
            | "gate"
            | "platform"
            | "line"
            | "bus"
            | "channel"
            | "episode"
            | "article"
            | "item"
            | "act"
            | "phase"
            | "version"
            | "model"
            | "number"
            | "no"
            | "interstate"
            | "highway"
            | "exit"
            | "terminal"
            | "track"
            | "pier"
            | "unit"
            | "ward"
            | "district"
            | "precinct"
    )
}

/// Words before a year that mark it as a year ("in 2018", "since 2018").
/// Words that put a day or a month ahead of the writing, from
/// `data/lexicon/future_cues.txt`.
pub(crate) fn is_future_cue(lower: &str) -> bool {
    static CUES: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    CUES.get_or_init(|| {
        include_str!("../../data/lexicon/future_cues.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
    .contains(lower)
}

/// Nouns for people or things counted in thousands that a comma-less
/// four-digit number may count ("2000 people").
pub(crate) fn is_counted_people(lower: &str) -> bool {
    matches!(
        lower,
        "people"
            | "persons"
            | "men"
            | "women"
            | "children"
            | "troops"
            | "soldiers"
            | "workers"
            | "jobs"
            | "homes"
            | "houses"
            | "residents"
            | "fans"
            | "students"
            | "votes"
            | "cases"
            | "deaths"
            | "members"
            | "employees"
            | "refugees"
            | "units"
            | "cars"
            | "copies"
            | "tonnes"
            | "tons"
            | "points"
            | "shares"
            | "barrels"
    )
}

pub(crate) fn is_year_cue(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "since"
            | "of"
            | "from"
            | "until"
            | "till"
            | "by"
            | "before"
            | "after"
            | "during"
            | "early"
            | "late"
            | "mid"
            | "circa"
            | "year"
            | "the"
            | "to"
            | "through"
            | "and"
            | "between"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "season"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        assert_eq!(lookup("seven"), Lex::Unit(7));
        assert_eq!(lookup("ninth"), Lex::Ord(9));
        assert_eq!(lookup("october"), Lex::Month(10));
        assert_eq!(lookup("years"), Lex::TimeUnit(TimeUnit::Year));
        assert_eq!(lookup("talks"), Lex::Other);
        assert_eq!(scale_suffix("bn"), Some(1e9));
    }
}
