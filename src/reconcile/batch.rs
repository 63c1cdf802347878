//! Reports read and kept for reconciling: what each leaves once read (its
//! claims, and the hashes that grouping, copy detection and spelling need;
//! never its text), in a set keyed by id that merges associatively, so
//! separate runs (or machines) can read parts of a corpus and one merge
//! reconciles them as a single run would.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{dependence, event, spelling};
use crate::extract::extract;
use crate::model::{Evidence, Note, NoteKind, Report, Source};
use crate::text::Document;
use crate::{Error, Options, Result};

/// One report once read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct Read {
    pub(crate) id: String,
    /// The caller's event label.
    pub(crate) event: Option<String>,
    pub(crate) outlet: Option<String>,
    /// The caller's title, else the page's.
    pub(crate) title: Option<String>,
    pub(crate) published: Option<jiff::civil::Date>,
    pub(crate) published_evidence: Option<Evidence>,
    /// The source's, the page's and extraction's notes, in that order.
    pub(crate) notes: Vec<Note>,
    /// The claims read; taken out (moved into the report) when reconciled.
    pub(crate) claims: Vec<crate::model::Claim>,
    /// How many claims were read, kept for the report once they are moved.
    pub(crate) claim_count: usize,
    pub(crate) profile: dependence::Profile,
    pub(crate) names: spelling::Names,
    pub(crate) terms: BTreeMap<String, f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum Entry {
    Read(Box<Read>),
    /// A source that could not be used, with the notes saying why.
    Unused(Vec<Note>),
}

/// Reports read so far, ready to reconcile: each report's claims and what
/// grouping, copy detection and spelling need of it, without its text.
/// Batches merge: reading a corpus in parts, on several threads, runs or
/// machines, and merging the parts in any order and grouping gives the
/// batch (and so the report) of reading it whole. A batch serializes with
/// serde, so parts can be written out and merged later.
///
/// [`reconcile()`](crate::reconcile()) is a batch of its sources,
/// reconciled.
///
/// # Example
/// ```
/// use concord::{reconcile, Batch, Options, Source};
/// let a = Source::new("a", "Rival parties hold first talks in six years\n\
///     The two rival parties held their first talks in six years on Tuesday in the capital.")
///     .with_published(jiff::civil::date(2025, 1, 15));
/// let b = Source::new("b", "Rival parties restart talks after seven years\n\
///     The two rival parties restarted their talks after seven years on Tuesday in the capital.")
///     .with_published(jiff::civil::date(2025, 1, 15));
/// let opts = Options::new();
/// let merged = Batch::read(&a, &opts).merge(Batch::read(&b, &opts))?;
/// assert_eq!(merged.len(), 2);
/// assert_eq!(merged.reconcile(&opts), reconcile(&[a, b], &opts)?);
/// # Ok::<(), concord::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Batch {
    entries: BTreeMap<String, Entry>,
}

fn entry(source: &Source, options: &Options) -> Entry {
    let mut notes = source.notes.clone();
    match Document::prepare(source, options) {
        Ok(doc) => {
            let extraction = extract(&doc, options);
            notes.extend(doc.notes.iter().cloned());
            notes.extend(extraction.notes.iter().cloned());
            Entry::Read(Box::new(Read {
                id: doc.id.clone(),
                event: source.event.clone(),
                outlet: source.outlet.clone(),
                title: source
                    .title
                    .clone()
                    .or_else(|| doc.title_str().map(str::to_string)),
                published: doc.published,
                published_evidence: doc
                    .published_span
                    .and_then(|span| Evidence::new(&doc.id, &doc.text, span)),
                notes,
                profile: dependence::Profile::of(&doc),
                names: spelling::Names::of(&doc),
                terms: event::terms(&doc),
                claim_count: extraction.claims.len(),
                claims: extraction.claims,
            }))
        }
        Err(e) => {
            notes.push(Note::new(
                NoteKind::Limit,
                Some(&source.id),
                format!("not used: {e}"),
            ));
            Entry::Unused(notes)
        }
    }
}

impl Batch {
    /// An empty batch.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Batch::new().is_empty());
    /// ```
    pub fn new() -> Batch {
        Batch::default()
    }

    /// The batch of one report: it is prepared and its claims extracted. A
    /// source that cannot be used (empty, too large) is kept with a note
    /// saying why, as [`reconcile()`](crate::reconcile()) keeps it.
    ///
    /// # Example
    /// ```
    /// use concord::{Batch, Options, Source};
    /// let batch = Batch::read(&Source::new("a", "Talks resumed after six years."), &Options::new());
    /// assert_eq!(batch.len(), 1);
    /// ```
    pub fn read(source: &Source, options: &Options) -> Batch {
        let mut entries = BTreeMap::new();
        entries.insert(source.id.clone(), entry(source, options));
        Batch { entries }
    }

    /// Reads one more report into the batch; its text is not kept.
    ///
    /// # Errors
    /// [`Error::DuplicateId`] when the batch holds a report with its id;
    /// the batch is then unchanged.
    ///
    /// # Example
    /// ```
    /// use concord::{Batch, Options, Source};
    /// let mut batch = Batch::new();
    /// batch.add(&Source::new("a", "Talks resumed."), &Options::new())?;
    /// assert!(batch.add(&Source::new("a", "Again."), &Options::new()).is_err());
    /// assert_eq!(batch.len(), 1);
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn add(&mut self, source: &Source, options: &Options) -> Result<()> {
        if self.entries.contains_key(&source.id) {
            return Err(Error::DuplicateId {
                id: source.id.clone(),
            });
        }
        self.entries
            .insert(source.id.clone(), entry(source, options));
        Ok(())
    }

    /// Both batches as one. Merging is associative and commutative, so
    /// parts merge in any order and grouping.
    ///
    /// # Errors
    /// [`Error::DuplicateId`] when both hold a report with one id.
    ///
    /// # Example
    /// ```
    /// use concord::{Batch, Options, Source};
    /// let opts = Options::new();
    /// let a = Batch::read(&Source::new("a", "Talks resumed."), &opts);
    /// let b = Batch::read(&Source::new("b", "Talks resumed."), &opts);
    /// assert_eq!(a.clone().merge(b.clone())?, b.merge(a)?);
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn merge(mut self, other: Batch) -> Result<Batch> {
        let (mut big, small) = if self.entries.len() >= other.entries.len() {
            (std::mem::take(&mut self.entries), other.entries)
        } else {
            (other.entries, std::mem::take(&mut self.entries))
        };
        for (id, e) in small {
            if big.contains_key(&id) {
                return Err(Error::DuplicateId { id });
            }
            big.insert(id, e);
        }
        Ok(Batch { entries: big })
    }

    /// How many reports the batch holds, used or not.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Batch::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the batch holds no report.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Batch::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Groups the reports into events, compares their claims and reports
    /// conflicts, agreements and notes, as [`reconcile()`](crate::reconcile())
    /// does for the same sources. The batch's claims move into the report
    /// (clone the batch first to keep it).
    ///
    /// # Example
    /// ```
    /// use concord::{Batch, Options, Source};
    /// let opts = Options::new();
    /// let report = Batch::read(&Source::new("a", "Talks resumed after six years."), &opts).reconcile(&opts);
    /// assert_eq!(report.sources.len(), 1);
    /// ```
    pub fn reconcile(self, options: &Options) -> Report {
        self.reconcile_from(options, 0)
    }

    /// [`Batch::reconcile`], numbering the events it finds from
    /// `first_event + 1`.
    pub(crate) fn reconcile_from(self, options: &Options, first_event: usize) -> Report {
        let (mut reads, notes) = unpack(self.entries.into_values());
        let claims = take_claims(&mut reads);
        let reads: Vec<&Read> = reads.iter().collect();
        super::reconcile_reads(&reads, claims, notes, options, first_event)
    }
}

/// The reports read, in the entries' order, and every note: each read
/// report's and each unused source's.
fn unpack(entries: impl IntoIterator<Item = Entry>) -> (Vec<Read>, Vec<Note>) {
    let (mut reads, mut notes) = (Vec::new(), Vec::new());
    for e in entries {
        match e {
            Entry::Read(r) => {
                let mut r = *r;
                notes.append(&mut r.notes);
                reads.push(r);
            }
            Entry::Unused(n) => notes.extend(n),
        }
    }
    (reads, notes)
}

/// Each report's claims, moved out.
fn take_claims(reads: &mut [Read]) -> Vec<Vec<crate::model::Claim>> {
    reads
        .iter_mut()
        .map(|r| std::mem::take(&mut r.claims))
        .collect()
}

impl Batch {
    /// The batch of many reports, read on every core with the `parallel`
    /// feature, else one after another; the same batch either way.
    ///
    /// # Errors
    /// [`Error::DuplicateId`] when two sources share an id.
    ///
    /// # Example
    /// ```
    /// use concord::{Batch, Options, Source};
    /// let sources = [Source::new("a", "Talks resumed."), Source::new("b", "Talks resumed.")];
    /// assert_eq!(Batch::read_all(&sources, &Options::new())?.len(), 2);
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn read_all(sources: &[Source], options: &Options) -> Result<Batch> {
        let mut ordered: Vec<&Source> = sources.iter().collect();
        ordered.sort_by(|a, b| a.id.cmp(&b.id));
        if let Some(w) = ordered.windows(2).find(|w| w[0].id == w[1].id) {
            return Err(Error::DuplicateId {
                id: w[0].id.clone(),
            });
        }
        Ok(Batch::read_ordered(&ordered, options, |_| {}))
    }

    /// Reads sources of distinct ids, in id order, calling `each` after
    /// each one is read (in id order, also on the pool).
    pub(crate) fn read_ordered(
        sources: &[&Source],
        options: &Options,
        mut each: impl FnMut(&Source),
    ) -> Batch {
        #[cfg(feature = "parallel")]
        let read: Vec<Entry> = {
            use rayon::prelude::*;
            sources.par_iter().map(|s| entry(s, options)).collect()
        };
        #[cfg(not(feature = "parallel"))]
        let read = sources.iter().map(|s| entry(s, options));
        let mut entries = BTreeMap::new();
        for (s, e) in sources.iter().zip(read) {
            entries.insert(s.id.clone(), e);
            each(s);
        }
        Batch { entries }
    }
}

impl Batch {
    /// Reconciles and takes out the events that are over: those whose
    /// every report was published more than `days` days before `newest`,
    /// then, oldest first, as many more as keep at most `keep` reports
    /// here. Reports that could not be used leave with them; an event's
    /// reports always leave together. Events are found once, over every
    /// report held, and numbered from `first_event + 1`; returns the report
    /// of those taken (none when none is) and the event numbers used.
    pub(crate) fn settle(
        &mut self,
        newest: jiff::civil::Date,
        days: i64,
        keep: usize,
        options: &Options,
        first_event: usize,
    ) -> (Option<Report>, usize) {
        let (ids, near, groups) = {
            let (ids, read): (Vec<&String>, Vec<&Read>) = self
                .entries
                .iter()
                .filter_map(|(id, e)| match e {
                    Entry::Read(r) => Some((id, &**r)),
                    Entry::Unused(_) => None,
                })
                .unzip();
            let claims: Vec<&[crate::model::Claim]> =
                read.iter().map(|r| r.claims.as_slice()).collect();
            let (near, groups) = super::find_events(&read, &claims, first_event, options);
            // each event by its newest day (an undated report: the stream's)
            let last = |members: &[usize]| {
                members
                    .iter()
                    .map(|&i| read[i].published.unwrap_or(newest))
                    .max()
                    .unwrap_or(newest)
            };
            let mut groups: Vec<_> = groups.into_iter().map(|g| (last(&g.1), g)).collect();
            groups.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1 .1.cmp(&b.1 .1)));
            let ids: Vec<String> = ids.into_iter().cloned().collect();
            (ids, near, groups)
        };
        let numbers = groups.len();
        let mut left = ids.len();
        let mut taken = Vec::new();
        for (last, group) in groups {
            if event::days_apart(last, newest) > days || left > keep {
                left -= group.1.len();
                taken.push(group);
            }
        }
        // reports that could not be used leave with the part taken
        let unused: Vec<String> = self
            .entries
            .iter()
            .filter(|(_, e)| matches!(e, Entry::Unused(_)))
            .map(|(id, _)| id.clone())
            .collect();
        if taken.is_empty() && unused.is_empty() {
            return (None, 0);
        }
        // the reports taken, renumbered in id order
        let mut old: Vec<usize> = taken.iter().flat_map(|g| g.1.iter().copied()).collect();
        old.sort_unstable();
        let new_of: BTreeMap<usize, usize> = old.iter().enumerate().map(|(n, &o)| (o, n)).collect();
        let near: Vec<dependence::CopyOf> = near
            .into_iter()
            .filter_map(|c| {
                let (copy, original) = (*new_of.get(&c.copy)?, *new_of.get(&c.original)?);
                Some(dependence::CopyOf {
                    copy,
                    original,
                    ..c
                })
            })
            .collect();
        let groups: Vec<(String, Vec<usize>, String)> = taken
            .into_iter()
            .map(|(id, members, why)| (id, members.iter().map(|m| new_of[m]).collect(), why))
            .collect();
        let mut out: BTreeMap<String, Entry> = old
            .iter()
            .filter_map(|&o| self.entries.remove_entry(&ids[o]))
            .collect();
        for id in unused {
            if let Some(e) = self.entries.remove(&id) {
                out.insert(id, e);
            }
        }
        let (mut reads, notes) = unpack(out.into_values());
        let claims = take_claims(&mut reads);
        let reads: Vec<&Read> = reads.iter().collect();
        let report = super::reconcile_groups(&reads, claims, notes, options, &near, groups);
        (Some(report), numbers)
    }

    /// An id both batches hold, if any.
    pub(crate) fn shared_id(&self, other: &Batch) -> Option<String> {
        let (small, big) = if self.len() <= other.len() {
            (self, other)
        } else {
            (other, self)
        };
        small
            .entries
            .keys()
            .find(|id| big.entries.contains_key(*id))
            .cloned()
    }

    /// The newest publication day of the reports held.
    pub(crate) fn newest_day(&self) -> Option<jiff::civil::Date> {
        self.entries
            .values()
            .filter_map(|e| match e {
                Entry::Read(r) => r.published,
                Entry::Unused(_) => None,
            })
            .max()
    }
}
