//! From mentions to claims: each sentence is read around its mentions to
//! decide what they claim, and about what.

mod count;
mod frame;
pub(crate) mod name;
mod penalty;
mod place;
mod price;
mod reading;
mod record;
mod role;
mod subject;
mod words;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::{
    Attribute, Claim, DateValue, Dimension, Evidence, Facet, Frame, Interval, Note, NoteKind, Span,
    Value,
};
use crate::recognize::{recognize, Context, MentionValue};
use crate::text::{Document, Zone};
use crate::Options;
use frame::{has_year, names_a_day, Around, SinceInput};
use words::Words;

/// What extraction read from one document.
///
/// # Example
/// ```
/// use concord::{extract::extract, text::Document, Frame, Options, Source};
/// let src = Source::new("a", "Ruling party talks resume after six-year hiatus\n\
///     The two parties agreed to restart talks, which have not taken place since 2018, officials said.")
///     .with_published(jiff::civil::date(2024, 5, 29));
/// let doc = Document::prepare(&src, &Options::new())?;
/// let got = extract(&doc, &Options::new());
/// assert_eq!(got.subject, "talks");
/// assert!(got.claims.iter().all(|c| c.attribute.frame == Frame::SinceLast));
/// assert_eq!(got.claims.len(), 2);
/// # Ok::<(), concord::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The claims, one per attribute and value, each with all its evidence.
    pub claims: Vec<Claim>,
    /// What the report is mainly about ("talks"), from its headline.
    pub subject: String,
    /// Skips over limits.
    pub notes: Vec<Note>,
}

struct DateCandidate {
    priority: u8,
    /// The step of the story the date is for ("" for the event itself).
    step: &'static str,
    span: Span,
    value: DateValue,
}

/// Whether a line is a page's time stamp ("Posted 2/3/2009 11:11 PM",
/// "12 January 2010 @ 09:29 pm"): it gives a time of day, and besides its
/// values at most three words ("Updated", "Story Created: ... at").
fn is_stamp(text: &str, mentions: &[crate::recognize::Mention]) -> bool {
    if !mentions
        .iter()
        .any(|m| matches!(m.value, MentionValue::Time(_)))
    {
        return false;
    }
    let mut rest = String::with_capacity(text.len());
    let mut at = 0;
    for m in mentions {
        rest.push_str(text.get(at..m.span.start).unwrap_or(""));
        rest.push(' ');
        at = m.span.end.max(at);
    }
    rest.push_str(text.get(at..).unwrap_or(""));
    rest.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .count()
        <= 3
}

/// Reads the claims of a prepared document.
///
/// # Example
/// ```
/// use concord::{extract::extract, text::Document, Options, Source};
/// let doc = Document::prepare(&Source::new("a", "Officials said the 9th conference was held on May 29, 2024."), &Options::new())?;
/// let got = extract(&doc, &Options::new());
/// assert!(got.claims.iter().any(|c| c.value.to_string() == "2024-05-29"));
/// # Ok::<(), concord::Error>(())
/// ```
pub fn extract(doc: &Document, options: &Options) -> Extraction {
    let ctx = Context::new().reference_opt(doc.published);
    let (main, places) = survey(doc);
    let title = doc.title_str().unwrap_or("").to_lowercase();
    let mut found: Vec<(Attribute, Value, Span)> = Vec::new();
    // for each toll found, the days its sentence names
    let mut toll_days: Vec<(usize, Vec<jiff::civil::Date>)> = Vec::new();
    let mut dates: Vec<DateCandidate> = Vec::new();
    // times of day, with the days their sentences name
    let mut times: Vec<(Span, crate::model::TimeOfDay, Vec<jiff::civil::Date>, &str)> = Vec::new();
    // the context words of each value read from a parse, by its quote
    let mut contexts: Vec<(Span, Vec<crate::model::Lemma>)> = Vec::new();
    let mut notes = Vec::new();
    let mut mentions_seen = 0usize;
    let lede = doc.sentences.iter().position(|s| s.zone == Zone::Body);
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let text = doc.sentence_str(sentence);
        let offset = sentence.span.start;
        let headline = sentence.zone == Zone::Headline;
        // weak readings (a bare "1996", "a June agreement") are no claims
        let mentions: Vec<_> = recognize(text, &ctx).filter(|m| !m.latent).collect();
        mentions_seen += mentions.len();
        if mentions_seen > options.mention_limit() {
            notes.push(
                Note::new(
                    NoteKind::Limit,
                    Some(&doc.id),
                    format!(
                        "stopped reading after {} mentions, the limit",
                        options.mention_limit()
                    ),
                )
                .at(sentence.span),
            );
            break;
        }
        // "UPDATED: FRIDAY, MAY 3, 2013, 9:56 AM": a page's time stamp,
        // not the report's words
        if is_stamp(text, &mentions) {
            continue;
        }
        // Most sentences hold no mention: their words are not needed.
        let words = if mentions.is_empty() {
            Words::empty()
        } else {
            Words::new(text, offset)
        };
        // Whether a toll in this sentence is another event's, asked only
        // when the sentence has a toll. "In February, a gunman killed
        // three": a month or a year with no day sets it in another time.
        // "Bombing of Guffa in Upper Nile state ... killed seven": its only
        // places are ones the report names nowhere else (the lede and the
        // headline tell the main event, wherever they place it).
        let other_time = || {
            mentions.iter().any(|m| {
                matches!(&m.value, MentionValue::Date(d)
                    if d.day.is_none() && d.weekday.is_none() && (d.month.is_some() || d.year.is_some()))
            })
        };
        let background = || {
            other_time()
                || (Some(index) != lede && !headline && {
                    let here = places_in(text);
                    !here.is_empty() && here.iter().all(|p| places.get(p).is_none_or(|n| *n <= 1))
                })
        };
        // the days the sentence names, kept with each of its tolls
        let days_named = || -> Vec<jiff::civil::Date> {
            mentions
                .iter()
                .filter_map(|m| match &m.value {
                    MentionValue::Date(d) if d.day.is_some() || d.weekday.is_some() => d.to_date(),
                    _ => None,
                })
                .collect()
        };
        let around = Around {
            words: &words,
            main: &main,
            headline,
        };
        // parsed on first need: most values are read by their own frames
        let parse = std::cell::OnceCell::new();
        let parse_notes = std::cell::RefCell::new(Vec::new());
        // "sold for $30 million in 1967": a year other than the report's
        // own sets the sentence's values in another event
        let year = mentions.iter().find_map(|m| match &m.value {
            MentionValue::Date(d) if d.day.is_none() && d.month.is_none() => d.year,
            _ => None,
        });
        let year = year.filter(|y| doc.published.is_none_or(|p| p.year() != *y));
        let parsed = || {
            parse
                .get_or_init(|| {
                    parse_sentence(
                        text,
                        options,
                        &doc.id,
                        sentence.span,
                        &mut parse_notes.borrow_mut(),
                    )
                })
                .as_ref()
        };
        let read_value = |span: Span, dimension: Dimension| {
            let parse = parsed()?;
            let local = Span::new(span.start - offset, span.end - offset);
            let r = reading::read(parse, local, dimension)?;
            // a date carries its own year
            let reading = match year.filter(|_| dimension != Dimension::Date) {
                Some(y) => r.reading.in_year(y),
                None => r.reading,
            };
            let quote = Span::new(r.span.start + offset, r.span.end + offset);
            Some((Attribute::read(reading), quote, r.context))
        };
        for m in &mentions {
            let span = Span::new(m.span.start + offset, m.span.end + offset);
            let (a, b) = words.range_of(span);
            match &m.value {
                MentionValue::Duration(d) => {
                    if let Some(p) = penalty::as_term(&words, a, b, d) {
                        let quote = widen(&words, a, b, &["to", "of"], false);
                        found.push((
                            Attribute::new(Frame::Sentence, penalty::person(text)),
                            Value::Sentence(p),
                            quote,
                        ));
                    } else if let Some((subject, value)) =
                        around.since_last(a, b, &SinceInput::Duration(*d))
                    {
                        let quote = widen(&words, a, b, &["in", "after", "of", "for"], true);
                        found.push((Attribute::new(Frame::SinceLast, subject), value, quote));
                    } else if let Some((attribute, quote, context)) =
                        read_value(span, Dimension::Duration)
                    {
                        contexts.push((quote, context));
                        found.push((attribute, Value::Duration(*d), quote));
                    }
                }
                MentionValue::Date(d) => {
                    if has_year(d) {
                        if let Some((subject, value)) =
                            around.since_last(a, b, &SinceInput::Date(d.clone()))
                        {
                            let quote = widen_to_cue(&words, a, b);
                            found.push((Attribute::new(Frame::SinceLast, subject), value, quote));
                        }
                    }
                    // "built in 1935", "in the 1930s": the age of what was
                    // built, as of the writing
                    let built = d.day.is_none()
                        && d.month.is_none()
                        && d.year.is_some()
                        && (a.saturating_sub(3)..a).any(|i| reading::may_say_built(words.lower(i)));
                    if built {
                        if let Some(r) = parsed()
                            .and_then(|p| reading::built_in(p, Span::new(m.span.start, m.span.end)))
                        {
                            let quote = widen(&words, a.saturating_sub(2), b, &[], false);
                            found.push((Attribute::read(r), Value::Since(d.clone()), quote));
                        }
                    }
                    if names_a_day(d) && !quoted(text, m.span.start) && !exclaims(text) {
                        // Only an event word dates the event: "officials said
                        // on Friday" dates the telling, not the happening.
                        match around.event_date_priority(a, b) {
                            Some((p, step)) if p == 1 => dates.push(DateCandidate {
                                priority: p,
                                step,
                                span: widen(&words, a, b, &["on"], false),
                                value: forward_if_future(d, &words, a, doc.published),
                            }),
                            // another step of the story, dated by its verb:
                            // "sent separate letters last Friday"
                            _ => {
                                if let Some((attribute, quote, context)) =
                                    read_value(span, Dimension::Date)
                                {
                                    contexts.push((quote, context));
                                    let value = forward_if_future(d, &words, a, doc.published);
                                    found.push((attribute, Value::Date(value), quote));
                                }
                            }
                        }
                    }
                }
                MentionValue::Number(n) => {
                    if let Some(q) = around.richter(b, n) {
                        let quote = widen(&words, a, b + 4, &[], false);
                        found.push((Attribute::magnitude(), Value::Quantity(q), quote));
                    } else if let Some((attribute, q)) = around.died_at(a, b, n) {
                        let quote = widen(&words, a.saturating_sub(2), b, &[], false);
                        found.push((attribute, Value::Quantity(q), quote));
                    } else {
                        // tolls and times hit keep their own frames; other
                        // counts are read from the parse, which is asked
                        // only then
                        let legacy = around.count(a, b, n);
                        let toll = legacy
                            .as_ref()
                            .is_some_and(|(a, _)| matches!(a.facet, Some(Facet::Toll(_))));
                        if toll || around.times_hit(a, b).is_some() {
                            if let Some((attribute, n)) = legacy.filter(|_| !(toll && background()))
                            {
                                let quote = widen(&words, a, b + 1, &[], false);
                                if toll {
                                    toll_days.push((found.len(), days_named()));
                                }
                                found.push((attribute, Value::Count(n), quote));
                            }
                        } else if n.value >= 2.0 && n.value.fract() == 0.0 {
                            // "a 200-student school": a number, a hyphen, two words
                            let compound = (b + 1 < words.len())
                                .then(|| {
                                    let between = text
                                        .get(
                                            words.items[b - 1].span.end - offset
                                                ..words.items[b].span.start - offset,
                                        )
                                        .unwrap_or("");
                                    reading::compound_count(
                                        between,
                                        words.lower(b),
                                        words.lower(b + 1),
                                    )
                                })
                                .flatten();
                            if let Some(r) = compound {
                                let quote = Span::new(span.start, words.items[b + 1].span.end);
                                found.push((Attribute::read(r), Value::Count(*n), quote));
                            } else if let Some((attribute, quote, context)) =
                                read_value(span, Dimension::Count)
                            {
                                contexts.push((quote, context));
                                found.push((attribute, Value::Count(*n), quote));
                            }
                        }
                    }
                }
                MentionValue::Quantity(q) => {
                    if let Some(subject) = around.price(a, b, q, &title) {
                        let quote = widen(&words, a, b, &[], false);
                        found.push((
                            Attribute::new(Frame::Measure, subject).with_facet(Facet::Price),
                            Value::Quantity(q.clone()),
                            quote,
                        ));
                    } else if let Some(r) = (q.canonical().1 == "year_of_age"
                        && b < words.len()
                        && !words.is_capitalized(b))
                    .then(|| reading::age_of_thing(words.lower(b)))
                    .flatten()
                    {
                        // "the 86-year-old structure": the age of a thing
                        let years = q.value.round() as u32;
                        let quote = widen(&words, a, b + 1, &[], false);
                        found.push((
                            Attribute::read(r),
                            Value::Duration(crate::model::Duration::default().with_years(years)),
                            quote,
                        ));
                    } else {
                        // money is what its parse says it is of ("a $334
                        // million deal", "bought for $334 million"), else
                        // its frame; other measures the other way round
                        let dimension = Dimension::of_unit(&q.unit);
                        let money = dimension == Dimension::Money;
                        let by_parse = money.then(|| read_value(span, dimension)).flatten();
                        let measure = by_parse
                            .is_none()
                            .then(|| around.measure(a, b, q))
                            .flatten();
                        if let Some((attribute, q)) = measure {
                            let quote = widen(&words, a, b + 1, &[], false);
                            found.push((attribute, Value::Quantity(q), quote));
                        } else if let Some((attribute, quote, context)) = by_parse
                            .or_else(|| (!money).then(|| read_value(span, dimension)).flatten())
                        {
                            contexts.push((quote, context));
                            found.push((attribute, Value::Quantity(q.clone()), quote));
                        }
                    }
                }
                // "at 2:53 p.m. local time today": a time in the report's own
                // voice, by a word of an event, in a sentence of no other
                // month or year
                MentionValue::Time(t) => {
                    if !quoted(text, m.span.start) && !other_time() {
                        let step = around.event_date_priority(a, b).map_or("", |(_, s)| s);
                        times.push((widen(&words, a, b, &["at"], false), *t, days_named(), step));
                    }
                }
                MentionValue::Ordinal(n) => {
                    if let Some((subject, n)) = around.ordinal(a, b, *n) {
                        let quote = widen(&words, a, b, &["the"], false);
                        found.push((
                            Attribute::new(Frame::Ordinal, subject),
                            Value::Ordinal(n),
                            quote,
                        ));
                    }
                }
            }
        }
        // "no one was killed": a toll of none, when the sentence may say so
        let lower = text.to_lowercase();
        let says_none = ["no ", "nobody", "none "].iter().any(|w| lower.contains(w))
            && count::may_name_a_toll(&lower);
        if says_none && !headline && !background() {
            if let Some(parse) = parsed() {
                for (toll, span) in count::zero_tolls(parse) {
                    let zero = crate::model::Number {
                        value: 0.0,
                        approx: crate::model::Approx::Exact,
                    };
                    found.push((
                        Attribute::toll(toll),
                        Value::Count(zero),
                        Span::new(span.start + offset, span.end + offset),
                    ));
                }
            }
        }
        notes.extend(parse_notes.take());
        for (p, span) in penalty::death_or_life_sentences(text, offset) {
            found.push((
                Attribute::new(Frame::Sentence, penalty::person(text)),
                Value::Sentence(p),
                span,
            ));
        }
        if !headline {
            for (name, span) in name::people(text, offset) {
                found.push((Attribute::new(Frame::Name, ""), Value::Person(name), span));
            }
        }
        if !headline {
            for (reading, place, span) in place::residences(text, offset) {
                found.push((Attribute::read(reading), Value::Place(place), span));
            }
            for (reading, record, span) in record::records(text, offset) {
                found.push((Attribute::read(reading), Value::Record(record), span));
            }
        }
        for fact in role::roles(text, offset) {
            let subject = format!("{} ({})", fact.role, fact.org);
            found.push((
                Attribute::new(Frame::Role, subject),
                Value::Person(fact.person),
                fact.span,
            ));
        }
    }
    let chosen = choose_event_date(dates);
    // "the bombing of Guffa on Tuesday, which he said killed seven", in a
    // report of Thursday's bombing: a toll in a sentence that names a day
    // two or more from the report's event (or, failing one, its page date)
    // is another day's.
    let reference = chosen
        .as_ref()
        .and_then(|c| c.1.to_date())
        .or(doc.published);
    if let Some(day) = reference {
        let other_day = |days: &[jiff::civil::Date]| {
            days.iter().any(|d| {
                d.until((jiff::Unit::Day, day))
                    .is_ok_and(|s| s.get_days().abs() >= 2)
            })
        };
        let drop: BTreeSet<usize> = toll_days
            .iter()
            .filter(|(_, days)| other_day(days))
            .map(|(i, _)| *i)
            .collect();
        let mut i = 0;
        found.retain(|_| {
            i += 1;
            !drop.contains(&(i - 1))
        });
    }
    // A time of day is the event's (or its step's: "arrested around 1:30
    // a.m.") when its sentence names no day, or the
    // event's day or one beside it ("early Friday, around 1:30 a.m." of a
    // Thursday night); a report that dates no event may date its times
    // with any day.
    let event_day = chosen.as_ref().and_then(|c| c.1.to_date());
    for (span, t, days, step) in times {
        let of_the_day = days.iter().all(|d| {
            event_day.is_none_or(|day| {
                d.until((jiff::Unit::Day, day))
                    .is_ok_and(|s| s.get_days().abs() <= 1)
            })
        });
        if of_the_day {
            found.push((Attribute::new(Frame::EventTime, step), Value::Time(t), span));
        }
    }
    if let Some((step, value, spans, others)) = chosen {
        for span in spans {
            found.push((
                Attribute::new(Frame::EventDate, step),
                Value::Date(value.clone()),
                span,
            ));
        }
        // Other days the report gives for its story's steps: not its
        // event's date, but they show what else it covers.
        for (other, span) in others {
            found.push((Attribute::other_day(), Value::Date(other), span));
        }
    }
    let mut claims = merge(doc, found);
    for c in claims
        .iter_mut()
        .filter(|c| c.attribute.frame == Frame::Reading)
    {
        let mut words: Vec<crate::model::Lemma> = contexts
            .iter()
            .filter(|(span, _)| c.evidence.iter().any(|e| e.span == *span))
            .flat_map(|(_, w)| w.iter().cloned())
            .collect();
        words.sort();
        words.dedup();
        c.context = words;
    }
    Extraction {
        claims,
        subject: main,
        notes,
    }
}

/// The sentence's parse, or a note saying why there is none.
fn parse_sentence<'a>(
    text: &'a str,
    options: &Options,
    id: &str,
    span: Span,
    notes: &mut Vec<Note>,
) -> Option<crate::syntax::Parse<'a>> {
    let model = match crate::syntax::Model::english() {
        Ok(m) => m,
        Err(e) => {
            notes.push(Note::new(NoteKind::Limit, Some(id), format!("no parse: {e}")).at(span));
            return None;
        }
    };
    match model.parse(text, options) {
        Ok(p) => Some(p),
        Err(e) => {
            notes.push(Note::new(NoteKind::Limit, Some(id), e.to_string()).at(span));
            None
        }
    }
}

/// The span of words `a..b`, widened to a cue word just before it (one of
/// `before`) and, if asked, to a hiatus noun just after it.
fn widen(words: &Words<'_>, a: usize, b: usize, before: &[&str], noun_after: bool) -> Span {
    let start = if a > 0 && before.contains(&words.lower(a - 1)) {
        a - 1
    } else {
        a
    };
    let mut end = b.min(words.len());
    if noun_after && frame::is_hiatus_noun(words.lower(end)) {
        end += 1;
    }
    match (
        words.items.get(start),
        words.items.get(end.saturating_sub(1)),
    ) {
        (Some(s), Some(e)) if end > start => Span::new(s.span.start, e.span.end),
        _ => Span::new(0, 0),
    }
}

/// A bare weekday reads as the latest such day on or before the writing,
/// as news uses it; with a word of the future just before, it reads as
/// the next such day instead.
fn forward_if_future(
    d: &DateValue,
    words: &Words<'_>,
    a: usize,
    written: Option<jiff::civil::Date>,
) -> DateValue {
    let crate::model::DateExpr::Weekday { weekday, offset: 0 } = d.expr else {
        return d.clone();
    };
    // "the Academy announced Friday": a verb in the past just before the
    // day puts it behind the writing, whatever came earlier ("will host
    // ... next year"); "next" speaks of the day only right before it.
    let before = if a > 0 { words.lower(a - 1) } else { "" };
    let cue = before == "next"
        || words.any(a.saturating_sub(6), a, |w| {
            w != "next" && crate::recognize::lexicon::is_future_cue(w)
        });
    if !cue || before.ends_with("ed") {
        return d.clone();
    }
    let ahead = crate::model::DateExpr::Weekday { weekday, offset: 1 };
    let mut v = DateValue::resolve(&ahead, written);
    v.expr = d.expr.clone();
    v.weekday = d.weekday;
    v
}

/// Whether a sentence ends in an exclamation mark: a slogan, an
/// advertisement or a cry ("Start making your moves today!"), not a
/// report of when something happened.
fn exclaims(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’)".contains(c))
        .ends_with('!')
}

/// Whether byte `at` of a sentence stands inside quotation marks: what
/// someone is quoted saying does not date the report's event.
fn quoted(sentence: &str, at: usize) -> bool {
    let before = sentence.get(..at).unwrap_or("");
    let opens = before.matches(['“', '«']).count();
    let closes = before.matches(['”', '»']).count();
    let straight = before.matches('"').count();
    opens > closes || straight % 2 == 1
}

/// The span of a "since" date, from the word that makes it one: "last
/// held in 2018", "halted after the 8th conference in October 2018",
/// "since 2018".
fn widen_to_cue(words: &Words<'_>, a: usize, b: usize) -> Span {
    let cue = (a.saturating_sub(8)..a).find(|&i| {
        let w = words.lower(i);
        w == "last" || frame::is_halt_word(w)
    });
    match cue {
        Some(c) => widen(words, c, b, &[], false),
        None => widen(words, a, b, &["since", "in"], false),
    }
}

pub use crate::model::ALSO;

/// The report's main event date: the step it is for, the first candidate
/// of the best priority, with every other candidate that names the same
/// day as more evidence, and the other days.
type Chosen = (&'static str, DateValue, Vec<Span>, Vec<(DateValue, Span)>);

fn choose_event_date(mut dates: Vec<DateCandidate>) -> Option<Chosen> {
    let best = dates.iter().map(|d| d.priority).min()?;
    dates.retain(|d| d.priority == best);
    let step = dates.first()?.step;
    let first = dates.first()?.value.clone();
    let same = |d: &DateValue| match (first.to_date(), d.to_date()) {
        (Some(x), Some(y)) => x == y,
        _ => d.expr == first.expr,
    };
    let (same_day, others): (Vec<&DateCandidate>, Vec<&DateCandidate>) =
        dates.iter().partition(|d| same(&d.value));
    // The value shown is the most explicit wording of that day: a calendar
    // date before a weekday or "today".
    let value = same_day
        .iter()
        .find(|d| matches!(d.value.expr, crate::model::DateExpr::Calendar { .. }))
        .map_or_else(|| first.clone(), |d| d.value.clone());
    let others = others.iter().map(|d| (d.value.clone(), d.span)).collect();
    Some((
        step,
        value,
        same_day.iter().map(|d| d.span).collect(),
        others,
    ))
}

/// One claim per attribute and value, with all its evidence. A count,
/// ordinal, role, measure or sentence with several values in one report
/// speaks of several things, so it is left out; a toll keeps its largest.
fn merge(doc: &Document, found: Vec<(Attribute, Value, Span)>) -> Vec<Claim> {
    let mut claims: Vec<Claim> = Vec::new();
    // (attribute, value as written in Debug form) to its claim's index
    let mut index: BTreeMap<(Attribute, String), usize> = BTreeMap::new();
    for (attribute, value, span) in found {
        let Some(evidence) = Evidence::new(&doc.id, &doc.text, span) else {
            continue;
        };
        let key = (attribute, format!("{value:?}"));
        if let Some(&i) = index.get(&key) {
            claims[i].evidence.push(evidence);
            continue;
        }
        index.insert(key.clone(), claims.len());
        claims.push(Claim {
            source: doc.id.clone(),
            attribute: key.0,
            value,
            as_of: doc.published,
            evidence: vec![evidence],
            context: Vec::new(),
        });
    }
    let mut by_attribute: BTreeMap<&Attribute, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        by_attribute.entry(&c.attribute).or_default().push(i);
    }
    let mut keep = vec![true; claims.len()];
    for (attribute, members) in &by_attribute {
        // A reading given several values in one report is kept whole:
        // reconciliation sees that it names more than one fact.
        let several = members.len() > 1
            && matches!(
                attribute.frame,
                Frame::Count | Frame::Ordinal | Frame::Role | Frame::Measure | Frame::Sentence
            );
        if !several || (attribute.frame == Frame::Measure && one_measure(&claims, members)) {
            continue;
        }
        // A toll given several ways in one report ("at least 22 people were
        // killed ... eight died when their homes collapsed") is its largest:
        // the parts are smaller than the whole, and a toll that rose as the
        // report was written ends at its largest.
        let largest = (attribute.frame == Frame::Count
            && matches!(attribute.facet, Some(Facet::Toll(_))))
        .then(|| {
            members.iter().copied().reduce(|x, y| {
                if count_of(&claims[y]) > count_of(&claims[x]) {
                    y
                } else {
                    x
                }
            })
        })
        .flatten();
        for &i in members {
            keep[i] = Some(i) == largest;
        }
    }
    let mut keep = keep.into_iter();
    claims.retain(|_| keep.next().unwrap_or(false));
    claims
}

/// Whether a measure's values in one report are one value given two ways,
/// as a conversion does ("10 km (6 miles)"): every pair of them meets,
/// which for intervals on a line is the highest start meeting the lowest
/// end.
fn one_measure(claims: &[Claim], members: &[usize]) -> bool {
    let ivs: Option<Vec<Interval>> = members
        .iter()
        .map(|&i| claims[i].value.interval(None))
        .collect();
    let Some(ivs) = ivs else {
        return false;
    };
    let highest_start = ivs.iter().max_by(|x, y| x.lo.total_cmp(&y.lo));
    let lowest_end = ivs.iter().min_by(|x, y| x.hi.total_cmp(&y.hi));
    match (highest_start, lowest_end) {
        (Some(x), Some(y)) => x.overlaps(y),
        _ => false,
    }
}

fn count_of(c: &Claim) -> f64 {
    match &c.value {
        Value::Count(n) => n.value,
        _ => 0.0,
    }
}

/// Capitalized words just after "in", "of", "at", "near" or "from": the
/// places a sentence names ("in Aceh province", "the area of Guffa").
fn places_in(sentence: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut previous = "";
    for word in sentence.split(|c: char| !c.is_alphanumeric() && c != '\'') {
        if word.is_empty() {
            continue;
        }
        if matches!(previous, "in" | "of" | "at" | "near" | "from")
            && word.starts_with(char::is_uppercase)
        {
            out.push(word);
        }
        previous = word;
    }
    out
}

/// One pass over a report: its main subject (the class of the first event
/// noun in the headline, else the commonest in the body, else "event"),
/// and in how many sentences each capitalized word stands, the headline
/// counting double (a place named in one sentence only is a side note).
fn survey(doc: &Document) -> (String, BTreeMap<&str, usize>) {
    // Event nouns are written in lowercase inside a sentence; a word with
    // a capital is a name ("the Security Council"), so no word needs
    // lowercasing here.
    let mut classes: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut places: BTreeMap<&str, usize> = BTreeMap::new();
    let mut named: Vec<&str> = Vec::new();
    for s in &doc.sentences {
        named.clear();
        let mut previous = "";
        for word in doc
            .sentence_str(s)
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
        {
            let class = subject::event_class_after(previous, word);
            previous = word;
            if word.starts_with(char::is_uppercase) {
                named.push(word);
            } else if s.zone == Zone::Body && !word.chars().any(char::is_uppercase) {
                if let Some(c) = class.filter(|c| !subject::is_generic(c)) {
                    *classes.entry(c).or_default() += 1;
                }
            }
        }
        named.sort_unstable();
        named.dedup();
        let weight = if s.zone == Zone::Headline { 2 } else { 1 };
        for p in &named {
            *places.entry(p).or_default() += weight;
        }
    }
    let in_title = doc.title_str().and_then(|title| {
        let words = Words::new(title, 0);
        (0..words.len())
            .find_map(|i| subject::event_class(words.lower(i)).filter(|c| !subject::is_generic(c)))
    });
    let main = in_title
        .or_else(|| {
            classes
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                .map(|(c, _)| c)
        })
        .unwrap_or("event");
    (main.to_string(), places)
}
