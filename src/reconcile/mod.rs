//! Reconciliation: reports into events, claims compared attribute by
//! attribute, conflicts and agreements with their evidence.

mod align;
mod batch;
mod compare;
mod dependence;
mod event;
mod exempt;
mod infer;
mod position;
mod readings;
mod spelling;
mod stream;

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{
    Claim, DateValue, Event, Note, NoteKind, Report, Resolution, Source, SourceInfo, Value,
};
use crate::{Error, Options, Result};
pub use batch::Batch;
pub use stream::Stream;

/// Reads every source, groups them into events, compares their claims and
/// reports conflicts, agreements and notes. The result does not depend on
/// the order of `sources`. A source that cannot be read (empty, too large)
/// is left out with a note saying why.
///
/// # Errors
/// [`Error::DuplicateId`] when two sources share an id.
///
/// # Example
/// ```
/// use concord::{reconcile, Options, Source};
/// let a = Source::new("a", "Rivals hold first talks in six years\n\
///     The two rival parties held their first talks in six years on Tuesday in the capital.")
///     .with_published(jiff::civil::date(2025, 1, 15));
/// let b = Source::new("b", "Rival parties restart talks after seven years\n\
///     The two rival parties restarted their talks after seven years on Tuesday in the capital.")
///     .with_published(jiff::civil::date(2025, 1, 15));
/// let report = reconcile(&[a, b], &Options::new())?;
/// assert_eq!(report.conflicts.len(), 1);
/// assert_eq!(report.conflicts[0].kind, concord::ValueKind::Duration);
/// # Ok::<(), concord::Error>(())
/// ```
pub fn reconcile(sources: &[Source], options: &Options) -> Result<Report> {
    reconcile_with_progress(sources, options, |_| {})
}

/// [`reconcile()`], calling `read` with each source once it has been read
/// (prepared and its claims extracted), in id order, so a caller can show
/// progress over a long run; comparing follows the last call. With the
/// `parallel` feature the sources are read on all cores first and `read`
/// is called as their results are taken, still in id order.
///
/// # Errors
/// [`Error::DuplicateId`] when two sources share an id.
///
/// # Example
/// ```
/// use concord::{reconcile_with_progress, Options, Source};
/// let sources = [Source::new("b", "Talks resumed."), Source::new("a", "Talks resumed.")];
/// let mut seen = Vec::new();
/// reconcile_with_progress(&sources, &Options::new(), |s| seen.push(s.id.clone()))?;
/// assert_eq!(seen, ["a", "b"]);
/// # Ok::<(), concord::Error>(())
/// ```
pub fn reconcile_with_progress(
    sources: &[Source],
    options: &Options,
    read_one: impl FnMut(&Source),
) -> Result<Report> {
    let mut ordered: Vec<&Source> = sources.iter().collect();
    ordered.sort_by(|a, b| a.id.cmp(&b.id));
    for w in ordered.windows(2) {
        if w[0].id == w[1].id {
            return Err(Error::DuplicateId {
                id: w[0].id.clone(),
            });
        }
    }
    // with the `parallel` feature every source is read on the pool first;
    // either way the batch is keyed by id, so the report is the same
    let batch = Batch::read_ordered(&ordered, options, read_one);
    Ok(batch.reconcile(options))
}

/// Reconciles reports once read (in id order), after their reading notes.
/// Each report's claims are handed over apart from the rest of it
/// (`claims[i]` for `read[i]`), so they move into the report uncopied.
/// Content-found events are numbered from `first_event + 1`.
fn reconcile_reads(
    read: &[&batch::Read],
    claims_of: Vec<Vec<Claim>>,
    notes: Vec<Note>,
    options: &Options,
    first_event: usize,
) -> Report {
    let (near, groups) = find_events(read, &claims_of, first_event, options);
    reconcile_groups(read, claims_of, notes, options, &near, groups)
}

/// Events of reports once read (in id order): their near-duplicates, and
/// the events [`group_events`] puts them in.
type Events = (Vec<dependence::CopyOf>, Vec<(String, Vec<usize>, String)>);

/// Near-duplicates first, over everything: a flood of copies is one report
/// to group and compare, its copies joining their original's event.
fn find_events<C: AsRef<[Claim]>>(
    read: &[&batch::Read],
    claims_of: &[C],
    first: usize,
    options: &Options,
) -> Events {
    let profiles: Vec<&dependence::Profile> = read.iter().map(|r| &r.profile).collect();
    let part: Vec<Option<&str>> = read.iter().map(|r| r.event.as_deref()).collect();
    let near = dependence::near_duplicates(&profiles, &part, dependence::CopyRule::of(options));
    let groups = group_events(read, claims_of, &near, first, options);
    (near, groups)
}

/// Reconciles reports once read (in id order) and grouped into events:
/// `near` their near-duplicates, `groups` their events as
/// [`group_events`] gives them.
fn reconcile_groups(
    read: &[&batch::Read],
    mut claims_of: Vec<Vec<Claim>>,
    mut notes: Vec<Note>,
    options: &Options,
    near: &[dependence::CopyOf],
    groups: Vec<(String, Vec<usize>, String)>,
) -> Report {
    let profiles: Vec<&dependence::Profile> = read.iter().map(|r| &r.profile).collect();
    let mut near_of: Vec<Option<&dependence::CopyOf>> = vec![None; read.len()];
    for c in near {
        near_of[c.copy] = Some(c);
    }
    let mut report = Report::default();
    let mut all_claims: Vec<Claim> = Vec::new();
    let mut event_of: BTreeMap<&str, String> = BTreeMap::new();
    for (event_id, members, why) in groups {
        let mut claims: Vec<Claim> = members
            .iter()
            .flat_map(|&i| std::mem::take(&mut claims_of[i]))
            .collect();
        let undated: Vec<&str> = members
            .iter()
            .map(|&i| read[i])
            .filter(|r| r.published.is_none())
            .map(|r| r.id.as_str())
            .collect();
        let names: Vec<&spelling::Names> = members.iter().map(|&i| &read[i].names).collect();
        let spellings = spelling::spelling_claims(&names, &claims);
        claims.extend(spellings);
        let ids: Vec<&str> = members.iter().map(|&i| read[i].id.as_str()).collect();
        let found = event_copies(
            &members,
            &profiles,
            &near_of,
            dependence::CopyRule::of(options),
        );
        let groups = dependence::witnesses(ids.len(), &found);
        let witness: BTreeMap<String, String> = ids
            .iter()
            .enumerate()
            .map(|(k, id)| (id.to_string(), ids[groups[k]].to_string()))
            .collect();
        report.copies.extend(copy_groups(
            &ids,
            &dependence::each_copy_once(&found),
            &groups,
        ));
        let (dated, claims) = settle(
            &event_id,
            claims,
            &undated,
            &witness,
            &mut report,
            &mut notes,
            options,
        );
        let date = dated.as_ref().map(|d| d.date);
        for &i in &members {
            event_of.insert(read[i].id.as_str(), event_id.clone());
        }
        report.events.push(Event {
            id: event_id,
            date,
            date_basis: dated.map(|d| d.basis),
            sources: ids.iter().map(|id| id.to_string()).collect(),
            why,
        });
        all_claims.extend(claims);
    }
    for r in read.iter() {
        report.sources.push(SourceInfo {
            id: r.id.clone(),
            published: r.published,
            published_evidence: r.published_evidence.clone(),
            title: r.title.clone(),
            outlet: r.outlet.clone(),
            event: event_of.get(r.id.as_str()).cloned(),
            claims: r.claim_count,
        });
    }
    report.copies.sort_by(|a, b| a.original.cmp(&b.original));
    all_claims.sort_by(|a, b| {
        (a.source.as_str(), a.evidence.first().map(|e| e.span))
            .cmp(&(b.source.as_str(), b.evidence.first().map(|e| e.span)))
    });
    report.claims = all_claims;
    report.notes = notes;
    report
}

/// Dates an event, reads its undated sources as of that date, and compares
/// its claims into `report`. Returns the date found and the claims as read.
fn settle(
    event_id: &str,
    mut claims: Vec<Claim>,
    undated: &[&str],
    witness: &BTreeMap<String, String>,
    report: &mut Report,
    notes: &mut Vec<Note>,
    options: &Options,
) -> (Option<infer::Dated>, Vec<Claim>) {
    align::canonical_roles(&mut claims);
    align::canonical_people(&mut claims);
    align::name_spellings(&mut claims);
    let refs: Vec<&Claim> = claims.iter().collect();
    let dated = infer::event_date(&refs);
    if let Some(d) = dated.as_ref().filter(|d| d.inferred) {
        notes.push(Note::new(
            NoteKind::Inference,
            None,
            format!("event {event_id} is dated {}: {}", d.date, d.basis),
        ));
    }
    let date = dated.as_ref().map(|d| d.date);
    if let Some(date) = date {
        for id in undated {
            notes.push(Note::new(
                NoteKind::Inference,
                Some(id),
                format!("{id} states no date of its own; its claims are read as of the event's date {date}"),
            ));
            for c in claims.iter_mut().filter(|c| c.source == *id) {
                anchor_claim(c, date);
            }
        }
    }
    let outcome = compare::compare(event_id, date, &claims, witness, options);
    report.conflicts.extend(outcome.conflicts);
    report.agreements.extend(outcome.agreements);
    notes.extend(outcome.notes.into_iter().map(|mut n| {
        n.message = format!("event {event_id}: {}", n.message);
        n
    }));
    (dated, claims)
}

/// Reconciles claims made elsewhere (your own extractor, or claims parsed
/// from a model's output) for events you have grouped: each [`Event`]
/// names its sources; its date, when `None`, is found from the claims as
/// [`reconcile()`] does. Claims with no `as_of` are read as of their
/// event's date. Copies cannot be detected without the texts, so every
/// source counts as its own witness. Claims whose source is in no event are
/// left out with a note. Comparison uses the defaults of [`Options`].
///
/// # Example
/// ```
/// use concord::{reconcile_claims, Attribute, Claim, Duration, Event, Evidence, Frame, Span, Value};
/// let claim = |source: &str, years: u32, text: &str| {
///     Claim::new(
///         source,
///         Attribute::new(Frame::SinceLast, "talks"),
///         Value::Duration(Duration::default().with_years(years)),
///         vec![Evidence::new(source, text, Span::new(0, text.len())).unwrap()],
///     )
///     .with_as_of(jiff::civil::date(2025, 1, 15))
/// };
/// let claims = [claim("a", 6, "six years"), claim("b", 7, "seven years")];
/// let event = Event::new("talks", ["a", "b"]);
/// let report = reconcile_claims(&[event], &claims);
/// assert_eq!(report.conflicts.len(), 1);
/// assert_eq!(report.conflicts[0].sides.len(), 2);
/// ```
pub fn reconcile_claims(events: &[Event], claims: &[Claim]) -> Report {
    let mut report = Report::default();
    let mut notes = Vec::new();
    let mut placed: BTreeSet<&str> = BTreeSet::new();
    for event in events {
        let members: BTreeSet<&str> = event.sources.iter().map(String::as_str).collect();
        placed.extend(members.iter().copied());
        let mut mine: Vec<Claim> = claims
            .iter()
            .filter(|c| members.contains(c.source.as_str()))
            .cloned()
            .collect();
        mine.sort_by(|a, b| {
            (a.source.as_str(), a.evidence.first().map(|e| e.span))
                .cmp(&(b.source.as_str(), b.evidence.first().map(|e| e.span)))
        });
        let undated: Vec<&str> = members
            .iter()
            .copied()
            .filter(|s| {
                mine.iter()
                    .filter(|c| c.source == *s)
                    .all(|c| c.as_of.is_none())
            })
            .collect();
        let witness: BTreeMap<String, String> = members
            .iter()
            .map(|s| (s.to_string(), s.to_string()))
            .collect();
        if let Some(date) = event.date {
            for c in mine.iter_mut().filter(|c| c.as_of.is_none()) {
                anchor_claim(c, date);
            }
        }
        let (dated, read) = settle(
            &event.id,
            mine,
            &undated,
            &witness,
            &mut report,
            &mut notes,
            &Options::new(),
        );
        let found = dated.filter(|_| event.date.is_none());
        report.events.push(Event {
            date: event.date.or(found.as_ref().map(|d| d.date)),
            date_basis: event.date_basis.clone().or(found.map(|d| d.basis)),
            why: if event.why.is_empty() {
                "assigned by the caller".into()
            } else {
                event.why.clone()
            },
            ..event.clone()
        });
        report.claims.extend(read);
    }
    for c in claims
        .iter()
        .filter(|c| !placed.contains(c.source.as_str()))
    {
        notes.push(Note::new(
            NoteKind::Grouping,
            Some(&c.source),
            format!("claim {c} belongs to no event; not compared"),
        ));
    }
    report.notes = notes;
    report
}

/// A source with no date of its own is read as of its event's date: its
/// weekdays and partial dates resolve against it.
fn anchor_claim(c: &mut Claim, date: jiff::civil::Date) {
    c.as_of = Some(date);
    let resolve = |d: &DateValue| {
        if matches!(d.resolution, Resolution::Unresolved) {
            let mut r = DateValue::resolve(&d.expr, Some(date));
            r.end = d.end.clone();
            r
        } else {
            d.clone()
        }
    };
    match &mut c.value {
        Value::Date(d) | Value::Since(d) => *d = resolve(d),
        _ => {}
    }
}

/// The day a report gives for its event (its main event-date claim).
fn event_day(claims: &[Claim]) -> Option<&DateValue> {
    claims
        .iter()
        .find_map(|c| match (&c.attribute.frame, &c.value) {
            (_, Value::Date(d)) if c.attribute.is_event_day() => Some(d),
            _ => None,
        })
}

fn year_month_day(d: &DateValue) -> Option<(Option<i16>, i8, i8)> {
    Some((d.year, d.month?, d.day?))
}

/// The copies among one event's `members` (indices into `profiles`), with
/// indices local to the event: the near-duplicates found over everything
/// (`near_of[i]`: the link that makes report `i` a copy, if one does),
/// then close rewrites among the reports that are no one's copy.
fn event_copies(
    members: &[usize],
    profiles: &[&dependence::Profile],
    near_of: &[Option<&dependence::CopyOf>],
    rule: dependence::CopyRule,
) -> Vec<dependence::CopyOf> {
    let local: BTreeMap<usize, usize> = members.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    let mut found: Vec<dependence::CopyOf> = members
        .iter()
        .filter_map(|&i| near_of[i])
        .filter_map(|c| {
            Some(dependence::CopyOf {
                copy: *local.get(&c.copy)?,
                original: *local.get(&c.original)?,
                ..c.clone()
            })
        })
        .collect();
    let originals: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| near_of[i].is_none())
        .collect();
    found.extend(
        dependence::rewrites(profiles, &originals, rule)
            .into_iter()
            .map(|c| dependence::CopyOf {
                copy: local[&c.copy],
                original: local[&c.original],
                ..c
            }),
    );
    found
}

/// The copy groups of one event: per witness group of two or more, the
/// report that copies no other (the earliest listed, should a rewrite
/// cycle leave none) and its copies in id order.
fn copy_groups(
    ids: &[&str],
    copies: &[&dependence::CopyOf],
    witness: &[usize],
) -> Vec<crate::model::CopyGroup> {
    let copy_of: BTreeMap<usize, &dependence::CopyOf> =
        copies.iter().map(|c| (c.copy, *c)).collect();
    let mut by_group: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (k, &g) in witness.iter().enumerate() {
        by_group.entry(g).or_default().push(k);
    }
    by_group
        .into_values()
        .filter(|g| g.len() > 1)
        .map(|g| {
            let original = g
                .iter()
                .copied()
                .find(|k| !copy_of.contains_key(k))
                .unwrap_or(g[0]);
            let mut listed: Vec<crate::model::Copied> = g
                .iter()
                .filter(|&&k| k != original)
                .filter_map(|k| copy_of.get(k))
                .map(|c| crate::model::Copied {
                    copy: ids[c.copy].to_string(),
                    original: ids[c.original].to_string(),
                    share: (c.share * 100.0).round() / 100.0,
                    kind: match (c.mutual, c.share >= 0.95) {
                        (true, true) => crate::model::CopyKind::Duplicate,
                        (true, false) => crate::model::CopyKind::Syndication,
                        _ => crate::model::CopyKind::Rewrite,
                    },
                })
                .collect();
            listed.sort_by(|a, b| a.copy.cmp(&b.copy));
            crate::model::CopyGroup {
                original: ids[original].to_string(),
                copies: listed,
            }
        })
        .collect()
}

/// Events: the caller's, then groups found by content. Ids are the
/// caller's labels, or `event-N` (from `first + 1`) in order of each
/// group's first source id. Near-duplicates (`near`) are not grouped
/// themselves: each joins the event of the report its copy group leads
/// back to.
fn group_events<C: AsRef<[Claim]>>(
    read: &[&batch::Read],
    claims_of: &[C],
    near: &[dependence::CopyOf],
    first: usize,
    options: &Options,
) -> Vec<(String, Vec<usize>, String)> {
    let mut out = Vec::new();
    let mut assigned: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut free = Vec::new();
    let copies: BTreeSet<usize> = near.iter().map(|c| c.copy).collect();
    for (i, r) in read.iter().enumerate() {
        match &r.event {
            Some(e) => assigned.entry(e.as_str()).or_default().push(i),
            None if copies.contains(&i) => {}
            None => free.push(i),
        }
    }
    for (e, members) in assigned {
        out.push((e.to_string(), members, "assigned by the caller".to_string()));
    }
    let members: Vec<event::Member> = free
        .iter()
        .map(|&i| event::Member {
            terms: &read[i].terms,
            published: read[i].published,
            // stated: a calendar date with a day, not a weekday or
            // "yesterday" read against the page date
            stated_day: event_day(claims_of[i].as_ref())
                .filter(|d| {
                    matches!(
                        d.expr,
                        crate::model::DateExpr::Calendar { day: Some(_), .. }
                    )
                })
                .and_then(year_month_day),
            any_day: event_day(claims_of[i].as_ref()).and_then(year_month_day),
        })
        .collect();
    let taken: BTreeSet<String> = out.iter().map(|(e, _, _)| e.clone()).collect();
    let mut n = first;
    for g in event::group(&members, event::Grouping::of(options)) {
        let ids: Vec<usize> = g.members.iter().map(|&k| free[k]).collect();
        let id = loop {
            n += 1;
            let id = format!("event-{n}");
            if !taken.contains(&id) {
                break id;
            }
        };
        out.push((id, ids, g.why));
    }
    // every free copy joins the event of the report its group leads to
    let root = dependence::witnesses(read.len(), near);
    let mut event_of_root: BTreeMap<usize, usize> = BTreeMap::new();
    for (e, (_, ids, _)) in out.iter().enumerate() {
        for &i in ids {
            event_of_root.entry(root[i]).or_insert(e);
        }
    }
    for i in copies {
        if read[i].event.is_none() {
            match event_of_root.get(&root[i]) {
                Some(&e) => out[e].1.push(i),
                // a group's original is always grouped; kept, should it not be
                None => out.push((
                    format!("event-copy-{}", read[i].id),
                    vec![i],
                    "a copy whose original was not grouped".to_string(),
                )),
            }
        }
    }
    for (_, ids, _) in &mut out {
        ids.sort_unstable();
    }
    out
}
