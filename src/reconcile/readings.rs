//! What reconciliation asks more of values read from a parse: one
//! holder or verb shared out where only one is given, and the descriptions
//! that take too many values to name one fact.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Claim, Dimension, Lemma};

use super::position::compatible;
use crate::Options;

/// Readings with no holder ("He served 136 days") given the holder of the
/// one reading that is otherwise the same ("LaRue served four and a half
/// months"), when the event's reports give it to one holder only: a report
/// names a person once and then says "he". Then counts with no verb given
/// the verb of the one like count that has one.
pub(super) fn with_holders(claims: &[Claim]) -> Vec<Claim> {
    let bare = |r: &crate::model::Reading| {
        let mut r = r.clone();
        r.holder = None;
        r
    };
    let mut holders: BTreeMap<crate::model::Reading, BTreeSet<Lemma>> = BTreeMap::new();
    for c in claims {
        if let Some(r) = &c.attribute.reading {
            if let Some(h) = &r.holder {
                holders.entry(bare(r)).or_default().insert(h.clone());
            }
        }
    }
    let held: Vec<Claim> = claims
        .iter()
        .map(|c| {
            let mut c = c.clone();
            if let Some(r) = c.attribute.reading.as_mut().filter(|r| r.holder.is_none()) {
                if let Some(hs) = holders.get(r).filter(|hs| hs.len() == 1) {
                    r.holder = hs.iter().next().cloned();
                }
            }
            c
        })
        .collect();
    // the same for a count whose verb said little ("Carter had 12 points")
    // beside the one like count with a verb ("Carter scored 12 points")
    let bare = |r: &crate::model::Reading| {
        let mut r = r.clone();
        r.predicate = None;
        r
    };
    let mut verbs: BTreeMap<crate::model::Reading, BTreeSet<Lemma>> = BTreeMap::new();
    for c in &held {
        if let Some(r) = c.attribute.reading.as_ref().filter(|r| r.thing.is_some()) {
            if let Some(p) = &r.predicate {
                verbs.entry(bare(r)).or_default().insert(p.clone());
            }
        }
    }
    held.into_iter()
        .map(|mut c| {
            if let Some(r) = c
                .attribute
                .reading
                .as_mut()
                .filter(|r| r.predicate.is_none() && r.thing.is_some())
            {
                if let Some(ps) = verbs.get(r).filter(|ps| ps.len() == 1) {
                    r.predicate = ps.iter().next().cloned();
                }
            }
            c
        })
        .collect()
}

/// What a reading is counted under when asking whether it names one fact:
/// its dimension, with its thing (and, for a count, its predicate) and its
/// holder, or its dimension alone.
pub(super) type Generic<'a> = (
    Dimension,
    Option<&'a Lemma>,
    Option<&'a Lemma>,
    Option<&'a Lemma>,
);

/// The keys of a reading. One held by a named holder ("Carter scored 12
/// points") is one fact of that holder, however many values the event's
/// other holders take: it is counted under its own key only.
pub(super) fn generic_keys(r: &crate::model::Reading) -> Vec<Generic<'_>> {
    let predicate = r
        .predicate
        .as_ref()
        .filter(|_| r.dimension == Dimension::Count);
    let own = (r.dimension, r.thing.as_ref(), predicate, r.holder.as_ref());
    if r.holder.is_some() {
        vec![own]
    } else {
        vec![own, (r.dimension, None, None, None)]
    }
}

/// The keys (see [`Generic`]) under which `claims` read from parses take
/// more values, which cannot all be true at once, than one fact does.
/// The bounds are [`Options::values_of_one_fact`] and
/// [`Options::values_of_one_dimension`].
pub(super) fn generic_things<'a>(claims: &'a [Claim], options: &Options) -> BTreeSet<Generic<'a>> {
    let mut by_key: BTreeMap<Generic<'_>, Vec<&Claim>> = BTreeMap::new();
    for c in claims {
        if let Some(r) = c.attribute.reading.as_ref().filter(|r| r.year.is_none()) {
            for key in generic_keys(r) {
                by_key.entry(key).or_default().push(c);
            }
        }
    }
    by_key
        .into_iter()
        .filter(|(key, cs)| {
            let mut groups: Vec<&Claim> = Vec::new();
            for c in cs {
                if groups.iter().all(|g| compatible(g, c) == Some(false)) {
                    groups.push(c);
                }
            }
            let most = if key.1.is_some() || key.3.is_some() {
                options.values_of_one_fact()
            } else {
                options.values_of_one_dimension()
            };
            groups.len() > most
        })
        .map(|(k, _)| k)
        .collect()
}
