//! Limits and choices for a run, with sensible defaults.

/// How concord runs: limits on what it reads, and the numbers that decide
/// when values read from a parse are compared, each with its reason. Past a
/// limit the report says what was skipped; nothing is dropped silently.
///
/// # Example
/// ```
/// use concord::Options;
/// let opts = Options::new().max_source_bytes(1 << 20).max_sentence_bytes(2_000);
/// assert_eq!(opts.source_limit(), 1 << 20);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    max_source_bytes: usize,
    max_sentence_bytes: usize,
    max_mentions: usize,
    reading_witnesses: usize,
    values_of_one_fact: usize,
    values_of_one_dimension: usize,
    moment_minutes: u16,
    stream_days: u16,
    stream_reports: usize,
    group_percent: u8,
    stated_days_apart: u16,
    told_days_apart: u16,
    copy_percent: u8,
    copy_days: u16,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_source_bytes: 16 << 20,
            max_sentence_bytes: 4_000,
            max_mentions: 20_000,
            reading_witnesses: 2,
            values_of_one_fact: 3,
            values_of_one_dimension: 12,
            moment_minutes: 360,
            stream_days: 30,
            stream_reports: 10_000,
            group_percent: 9,
            stated_days_apart: 3,
            told_days_apart: 21,
            copy_percent: 50,
            copy_days: 30,
        }
    }
}

impl Options {
    /// The defaults: 16 MiB per source, 4,000 bytes per sentence, 20,000
    /// mentions per source.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().sentence_limit(), 4_000);
    /// ```
    pub fn new() -> Self {
        Options::default()
    }

    /// Largest source read; a larger one is an [`Error::TooLarge`](crate::Error::TooLarge).
    ///
    /// # Example
    /// ```
    /// let o = concord::Options::new().max_source_bytes(10);
    /// assert_eq!(o.source_limit(), 10);
    /// ```
    pub fn max_source_bytes(mut self, bytes: usize) -> Self {
        self.max_source_bytes = bytes;
        self
    }

    /// Longest sentence read for claims; longer ones are skipped with a note.
    ///
    /// # Example
    /// ```
    /// let o = concord::Options::new().max_sentence_bytes(100);
    /// assert_eq!(o.sentence_limit(), 100);
    /// ```
    pub fn max_sentence_bytes(mut self, bytes: usize) -> Self {
        self.max_sentence_bytes = bytes;
        self
    }

    /// Most mentions read from one source; the rest are skipped with a note.
    ///
    /// # Example
    /// ```
    /// let o = concord::Options::new().max_mentions(5);
    /// assert_eq!(o.mention_limit(), 5);
    /// ```
    pub fn max_mentions(mut self, n: usize) -> Self {
        self.max_mentions = n;
        self
    }

    /// The source size limit.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().source_limit(), 16 << 20);
    /// ```
    pub fn source_limit(&self) -> usize {
        self.max_source_bytes
    }

    /// The sentence length limit.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Options::new().sentence_limit() > 0);
    /// ```
    pub fn sentence_limit(&self) -> usize {
        self.max_sentence_bytes
    }

    /// The mention limit.
    ///
    /// # Example
    /// ```
    /// assert!(concord::Options::new().mention_limit() > 0);
    /// ```
    pub fn mention_limit(&self) -> usize {
        self.max_mentions
    }

    /// Independent reports that must tell one value of a reading (a value
    /// whose attribute was read from a parse) before its disagreement is a
    /// conflict. Default 2: a description read from a parse is loose, the
    /// main facts of an event are repeated across its coverage, and two
    /// lone reports with two values more often tell two facts. On news-dev,
    /// 1 found no more of the annotated conflicts and made 12 false ones.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().reading_witnesses(1).witnesses_for_readings(), 1);
    /// ```
    pub fn reading_witnesses(mut self, n: usize) -> Self {
        self.reading_witnesses = n;
        self
    }

    /// Most incompatible values one thing (a count's noun and verb, a
    /// measure's noun) may take across an event's reports and still name
    /// one fact; more is a class of facts, not compared. Default 3: a
    /// disputed fact takes two or three values across its reports.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().most_values_of_one_fact(4).values_of_one_fact(), 4);
    /// ```
    pub fn most_values_of_one_fact(mut self, n: usize) -> Self {
        self.values_of_one_fact = n;
        self
    }

    /// Most incompatible values one dimension (all lengths, all amounts)
    /// may take across an event's reports before its readings are a box
    /// score ("yards" in a game report) and none is compared. Default 12,
    /// four times [`Options::most_values_of_one_fact`]'s default.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().most_values_of_one_dimension(20).values_of_one_dimension(), 20);
    /// ```
    pub fn most_values_of_one_dimension(mut self, n: usize) -> Self {
        self.values_of_one_dimension = n;
        self
    }

    /// Farthest apart, in minutes around the clock, two times of day of
    /// one event may be and still be one moment told two ways; farther
    /// apart they are two moments of its story (an arrest at 1:30 a.m., a
    /// hearing at noon), unless they read the same clock a.m. for p.m.
    /// Default 360: reports that misstate a time are off by minutes or
    /// hours, not by half a day.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().most_minutes_of_one_moment(240).minutes_of_one_moment(), 240);
    /// ```
    pub fn most_minutes_of_one_moment(mut self, minutes: u16) -> Self {
        self.moment_minutes = minutes;
        self
    }

    /// See [`Options::most_minutes_of_one_moment`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().minutes_of_one_moment(), 360);
    /// ```
    pub fn minutes_of_one_moment(&self) -> u16 {
        self.moment_minutes
    }

    /// See [`Options::reading_witnesses`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().witnesses_for_readings(), 2);
    /// ```
    pub fn witnesses_for_readings(&self) -> usize {
        self.reading_witnesses
    }

    /// See [`Options::most_values_of_one_fact`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().values_of_one_fact(), 3);
    /// ```
    pub fn values_of_one_fact(&self) -> usize {
        self.values_of_one_fact
    }

    /// See [`Options::most_values_of_one_dimension`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().values_of_one_dimension(), 12);
    /// ```
    pub fn values_of_one_dimension(&self) -> usize {
        self.values_of_one_dimension
    }

    /// Days a [`Stream`](crate::Stream) keeps an event open after its
    /// newest report: an event none of whose reports is newer than this
    /// many days before the newest report read is reconciled and let go.
    /// Default 30: grouping joins reports a month apart at its usual
    /// threshold (and up to three months apart only when far more alike),
    /// and most coverage of one event falls within a month of it.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().stream_days(7).days_an_event_stays_open(), 7);
    /// ```
    pub fn stream_days(mut self, days: u16) -> Self {
        self.stream_days = days;
        self
    }

    /// See [`Options::stream_days`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().days_an_event_stays_open(), 30);
    /// ```
    pub fn days_an_event_stays_open(&self) -> u16 {
        self.stream_days
    }

    /// Most reports a [`Stream`](crate::Stream) holds: once it holds this
    /// many, its oldest events are reconciled and let go, open or not,
    /// until it holds half as many. Default 10,000: a report once read
    /// takes about 16 KB while held (its claims, term weights and copy
    /// fingerprints), so the stream holds about 160 MB however long it
    /// runs; a day of a few thousand reports stays whole.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().stream_reports(500).reports_a_stream_holds(), 500);
    /// ```
    pub fn stream_reports(mut self, reports: usize) -> Self {
        self.stream_reports = reports.max(1);
        self
    }

    /// See [`Options::stream_reports`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().reports_a_stream_holds(), 10_000);
    /// ```
    pub fn reports_a_stream_holds(&self) -> usize {
        self.stream_reports
    }

    /// Mean cosine likeness, in percent, of the weighted words of two
    /// groups of reports before they are grouped as one event (twice it
    /// for reports written one to three months apart; half it when both
    /// groups put their event on one day). Default 9: the highest value at
    /// which mixing news-dev's stories still kept every pair of reports of
    /// one story apart from every other story.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().group_similarity(20).similarity_to_group(), 20);
    /// ```
    pub fn group_similarity(mut self, percent: u8) -> Self {
        self.group_percent = percent.min(100);
        self
    }

    /// See [`Options::group_similarity`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().similarity_to_group(), 9);
    /// ```
    pub fn similarity_to_group(&self) -> u8 {
        self.group_percent
    }

    /// Most days apart two reports may state their event's day outright
    /// ("on June 24") and still be of one event. Default 3: reports of one
    /// event that misdate it are off by a day or two, and a follow-up a
    /// few days later is another event of the story.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().stated_days_apart(1).days_apart_stated(), 1);
    /// ```
    pub fn stated_days_apart(mut self, days: u16) -> Self {
        self.stated_days_apart = days;
        self
    }

    /// See [`Options::stated_days_apart`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().days_apart_stated(), 3);
    /// ```
    pub fn days_apart_stated(&self) -> u16 {
        self.stated_days_apart
    }

    /// Most days apart two reports' event days may be, however given (a
    /// weekday read against the page date included), and still be of one
    /// event. Default 21: a weekday read against a stale or late page
    /// date can land a week or two off; beyond three weeks the reports
    /// speak of different events.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().told_days_apart(14).days_apart_told(), 14);
    /// ```
    pub fn told_days_apart(mut self, days: u16) -> Self {
        self.told_days_apart = days;
        self
    }

    /// See [`Options::told_days_apart`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().days_apart_told(), 21);
    /// ```
    pub fn days_apart_told(&self) -> u16 {
        self.told_days_apart
    }

    /// Share, in percent, of a report's sentences that must reappear in
    /// another for it to be that report's copy or close rewrite, counted
    /// once as a witness. Default 50: a syndicated copy keeps most of its
    /// original's sentences even when trimmed and retitled, while two
    /// reports written apart share a quote or two.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().copy_share(70).share_of_a_copy(), 70);
    /// ```
    pub fn copy_share(mut self, percent: u8) -> Self {
        self.copy_percent = percent.min(100);
        self
    }

    /// See [`Options::copy_share`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().share_of_a_copy(), 50);
    /// ```
    pub fn share_of_a_copy(&self) -> u8 {
        self.copy_percent
    }

    /// Most days between two dated reports for one to be the other's
    /// copy. Default 30: syndication runs within days, while a story that
    /// repeats an older one months later is a follow-up reusing its
    /// background.
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().copy_days(7).days_of_a_copy(), 7);
    /// ```
    pub fn copy_days(mut self, days: u16) -> Self {
        self.copy_days = days;
        self
    }

    /// See [`Options::copy_days`].
    ///
    /// # Example
    /// ```
    /// assert_eq!(concord::Options::new().days_of_a_copy(), 30);
    /// ```
    pub fn days_of_a_copy(&self) -> u16 {
        self.copy_days
    }
}
