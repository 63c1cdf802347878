//! Reconciling reports as they come, in bounded memory: events that are
//! over are reconciled and let go.

use jiff::civil::Date;

use super::Batch;
use crate::model::{Report, Source};
use crate::{Error, Options, Result};

/// Reports reconciled as they come, for a corpus too large to hold: a
/// feed, a day's wire, years of an archive. The stream holds the reports
/// of the events still open; an event is over once the newest report read
/// is more than [`Options::stream_days`] days newer than its own newest,
/// and then it is reconciled (with its copies and the reports that could
/// not be used) into a [`Report`] of its own and let go. Past
/// [`Options::stream_reports`] reports held, the oldest events are let go
/// too, open or not, until half as many are held. So memory stays bounded
/// however long the stream runs.
///
/// Reports should come in about the order they were published. The price
/// of bounded memory: a report of an event already let go (one that
/// arrives late, or follows its event by more than the days kept open)
/// starts an event of its own, and its disagreement with the earlier
/// reports is not seen. Within what is held, reconciling is
/// [`Batch::reconcile`]'s, and event ids (`event-N`) run on across the
/// stream's reports, never repeating.
///
/// # Example
/// ```
/// use concord::{Options, Source, Stream};
/// let day = |d| jiff::civil::date(2025, 1, d);
/// let opts = Options::new().stream_days(3);
/// let mut stream = Stream::new(&opts);
/// let a = Source::new("a", "Rival parties hold first talks in six years\n\
///     The two rival parties held their first talks in six years on Tuesday in the capital.")
///     .with_published(day(14));
/// let b = Source::new("b", "Rival parties restart talks after seven years\n\
///     The two rival parties restarted their talks after seven years on Tuesday in the capital.")
///     .with_published(day(15));
/// let later = Source::new("c", "Storm closes the harbour\n\
///     A storm closed the harbour on Monday, the port authority said.")
///     .with_published(day(27));
/// assert!(stream.push(&a)?.is_none());
/// assert!(stream.push(&b)?.is_none());
/// // twelve days on, the talks are over: reconciled and let go
/// let talks = stream.push(&later)?.expect("the talks are over");
/// assert_eq!(talks.conflicts.len(), 1);
/// assert_eq!(stream.held(), 1);
/// let rest = stream.finish();
/// assert_eq!(rest.sources.len(), 1);
/// assert_ne!(rest.events[0].id, talks.events[0].id);
/// # Ok::<(), concord::Error>(())
/// ```
#[derive(Debug)]
pub struct Stream {
    options: Options,
    held: Batch,
    /// The newest publication day read.
    newest: Option<Date>,
    /// The newest day when events were last let go for their age.
    settled: Option<Date>,
    /// Event numbers used so far.
    events: usize,
}

impl Stream {
    /// A stream holding nothing yet.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Stream::new(&concord::Options::new()).held(), 0);
    /// ```
    pub fn new(options: &Options) -> Stream {
        Stream {
            options: options.clone(),
            held: Batch::new(),
            newest: None,
            settled: None,
            events: 0,
        }
    }

    /// Reads one report into the stream (its text is not kept), and
    /// reconciles the events that are over, if any.
    ///
    /// # Errors
    /// [`Error::DuplicateId`] when the stream holds a report with its id;
    /// the stream is then unchanged.
    ///
    /// # Example
    /// ```
    /// use concord::{Options, Source, Stream};
    /// let mut stream = Stream::new(&Options::new());
    /// assert!(stream.push(&Source::new("a", "Talks resumed."))?.is_none());
    /// assert!(stream.push(&Source::new("a", "Again.")).is_err());
    /// assert_eq!(stream.held(), 1);
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn push(&mut self, source: &Source) -> Result<Option<Report>> {
        self.add(Batch::read(source, &self.options))
    }

    /// Adds reports read elsewhere (on other threads, with
    /// [`Batch::read_all`]) to the stream, and reconciles the events that
    /// are over, if any.
    ///
    /// # Errors
    /// [`Error::DuplicateId`] when a report of `batch` has the id of one
    /// held; the stream is then unchanged.
    ///
    /// # Example
    /// ```
    /// use concord::{Batch, Options, Source, Stream};
    /// let opts = Options::new().stream_reports(2);
    /// let mut stream = Stream::new(&opts);
    /// let sources = [Source::new("a", "Talks resumed."), Source::new("b", "A storm hit.")];
    /// // two reports reach the limit: the oldest events are let go
    /// let part = stream.add(Batch::read_all(&sources, &opts)?)?.expect("over the limit");
    /// assert_eq!(part.sources.len() + stream.held(), 2);
    /// assert!(stream.held() <= 1);
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn add(&mut self, batch: Batch) -> Result<Option<Report>> {
        if let Some(id) = self.held.shared_id(&batch) {
            return Err(Error::DuplicateId { id });
        }
        if let Some(day) = batch.newest_day() {
            self.newest = Some(self.newest.map_or(day, |n| n.max(day)));
        }
        self.held = std::mem::take(&mut self.held).merge(batch)?;
        let days = self.options.days_an_event_stays_open();
        let most = self.options.reports_a_stream_holds();
        let newest = self.newest.unwrap_or(Date::MAX);
        let settled = *self.settled.get_or_insert(newest);
        let aged = settled
            .until((jiff::Unit::Day, newest))
            .is_ok_and(|s| s.get_days() > i32::from(days));
        let full = self.held.len() >= most;
        if !aged && !full {
            return Ok(None);
        }
        if aged {
            self.settled = Some(newest);
        }
        let keep = if full { most / 2 } else { usize::MAX };
        let (part, numbers) =
            self.held
                .settle(newest, i64::from(days), keep, &self.options, self.events);
        self.events += numbers;
        Ok(part)
    }

    /// How many reports the stream holds.
    ///
    /// # Example
    /// ```
    /// use concord::{Options, Source, Stream};
    /// let mut stream = Stream::new(&Options::new());
    /// stream.push(&Source::new("a", "Talks resumed."))?;
    /// assert_eq!(stream.held(), 1);
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn held(&self) -> usize {
        self.held.len()
    }

    /// Reconciles every event still held.
    ///
    /// # Example
    /// ```
    /// use concord::{Options, Source, Stream};
    /// let mut stream = Stream::new(&Options::new());
    /// stream.push(&Source::new("a", "Talks resumed."))?;
    /// assert_eq!(stream.finish().sources.len(), 1);
    /// # Ok::<(), concord::Error>(())
    /// ```
    pub fn finish(self) -> Report {
        self.held.reconcile_from(&self.options, self.events)
    }
}
