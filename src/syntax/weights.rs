//! The quantized weights that ship, laid out for lookups: for each feature
//! key, the classes it speaks for and by how much. Scores are integers, so
//! they are exact and the same everywhere.
//!
//! Scoring is bound by waiting, not arithmetic: a transition reads about
//! 85 features from a table of megabytes, and a feature's weights are one
//! cell, a short row or a dense row. Reads are issued a batch at a time,
//! before any is used, so their cache misses overlap; and the entries of
//! a batch are sorted by kind with no branch, so each kind's loop runs a
//! predictable number of times instead of guessing at every feature.

const EMPTY: u32 = u32::MAX;
/// Marks an entry that is a cell (class and weight packed in 32 bits).
const INLINE: u32 = 1 << 31;
/// Marks an entry that is the index of a dense row.
const DENSE: u32 = 1 << 30;
/// A sparse entry: its row's length above these bits, its start below.
const LEN_SHIFT: u32 = 24;
/// The longest sparse row; longer ones are dense.
const MAX_LEN: usize = (1 << (30 - LEN_SHIFT)) - 1;

/// Features scored at once; their slots and rows are read before any is
/// used, so that the cache misses overlap.
const BATCH: usize = 64;

/// Cells of a sparse row copied at once.
const COPY: usize = 8;

/// One open-addressing table of (key, entry). An entry says where the
/// feature's weights are with no further read: one weight is held in the
/// entry; a sparse row is a start and a length in the table's own cells;
/// a row that speaks for a quarter of the classes or more is the index of
/// a dense row (a weight for every class), so adding it is one vectorized
/// pass.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Table {
    /// `EMPTY` in an entry marks a free slot.
    slots: Vec<(u32, u32)>,
    /// The cells of sparse rows, end to end.
    cells: Vec<u32>,
}

impl Table {
    fn with_keys(keys: usize) -> Table {
        // A load of at most 3/4: a miss probes a few slots of one line.
        let capacity = (keys * 4 / 3 + 1).next_power_of_two().max(16);
        Table {
            slots: vec![(0, EMPTY); capacity],
            cells: Vec::new(),
        }
    }

    fn insert(&mut self, key: u32, entry: u32) {
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        while self.slots[i].1 != EMPTY {
            i = (i + 1) & mask;
        }
        self.slots[i] = (key, entry);
    }

    /// The home slot's entry, read only to bring its line into cache.
    #[inline]
    fn touch(&self, key: u32) -> u32 {
        self.slots[key as usize & (self.slots.len() - 1)].1
    }

    #[inline]
    fn find(&self, key: u32) -> u32 {
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        loop {
            let (k, entry) = self.slots[i];
            if entry == EMPTY || k == key {
                return entry;
            }
            i = (i + 1) & mask;
        }
    }

    /// A sparse entry's row: where it starts in `cells`, and its length.
    #[inline]
    fn span(entry: u32) -> (usize, usize) {
        let start = (entry & ((1 << LEN_SHIFT) - 1)) as usize;
        (start, (entry >> LEN_SHIFT) as usize)
    }

    fn sparse(&self, entry: u32) -> &[u32] {
        let (start, len) = Table::span(entry);
        self.cells.get(start..start + len).unwrap_or(&[])
    }
}

/// Quantized sparse weights (see the module's notes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Weights {
    classes: usize,
    table: Table,
    /// Dense rows, `classes` weights each.
    dense: Vec<i16>,
    keys: usize,
}

enum Row<'a> {
    /// One packed (class, weight) cell.
    Cell(u32),
    /// Packed (class, weight) cells.
    Cells(&'a [u32]),
    /// A weight for every class.
    Dense(&'a [i16]),
}

impl Weights {
    /// Weights from rows sorted by key: `keys[r]`'s cells are
    /// `cells[starts[r]..starts[r + 1]]` and the same range of `values`.
    pub(crate) fn new(
        classes: usize,
        keys: Vec<u32>,
        starts: Vec<u32>,
        cells: Vec<u8>,
        values: Vec<i16>,
    ) -> Self {
        let mut table = Table::with_keys(keys.len());
        let mut dense: Vec<i16> = Vec::new();
        for (r, &k) in keys.iter().enumerate() {
            let (a, b) = (starts[r] as usize, starts[r + 1] as usize);
            let cell = |j: usize| u32::from(cells[j]) << 16 | u32::from(values[j] as u16);
            // A sparse row's start must fit below its length; a row that
            // cannot is kept dense, which costs memory, never a weight.
            let sparse =
                (b - a) * 4 <= classes && b - a <= MAX_LEN && table.cells.len() < 1 << LEN_SHIFT;
            let entry = if b - a == 1 {
                INLINE | cell(a)
            } else if sparse {
                let start = table.cells.len() as u32;
                table.cells.extend((a..b).map(cell));
                ((b - a) as u32) << LEN_SHIFT | start
            } else {
                let index = (dense.len() / classes.max(1)) as u32;
                let at = dense.len();
                dense.resize(at + classes, 0);
                for j in a..b {
                    if let Some(w) = dense.get_mut(at + usize::from(cells[j])) {
                        *w = values[j];
                    }
                }
                DENSE | index
            };
            table.insert(k, entry);
        }
        // Rows are copied `COPY` cells at a time; the last may read past
        // its end, into zeros.
        table.cells.extend([0; COPY]);
        Weights {
            classes,
            table,
            dense,
            keys: keys.len(),
        }
    }

    pub(crate) fn classes(&self) -> usize {
        self.classes
    }

    /// The rows by ascending key: (keys, starts, cells, values), as
    /// [`Weights::new`] takes them.
    pub(crate) fn parts(&self) -> (Vec<u32>, Vec<u32>, Vec<u8>, Vec<i16>) {
        let mut by_key: Vec<(u32, u32)> = self
            .table
            .slots
            .iter()
            .copied()
            .filter(|s| s.1 != EMPTY)
            .collect();
        by_key.sort_unstable();
        let mut keys = Vec::with_capacity(self.keys);
        let mut starts = vec![0u32];
        let (mut cells, mut values) = (Vec::new(), Vec::new());
        for (k, entry) in by_key {
            keys.push(k);
            let mut push = |cell: u32| {
                cells.push((cell >> 16) as u8);
                values.push(cell as u16 as i16);
            };
            match self.row(entry) {
                Some(Row::Cell(c)) => push(c),
                Some(Row::Cells(row)) => row.iter().for_each(|&c| push(c)),
                Some(Row::Dense(row)) => {
                    for (c, &v) in row.iter().enumerate().filter(|(_, &v)| v != 0) {
                        push((c as u32) << 16 | u32::from(v as u16));
                    }
                }
                None => {}
            }
            starts.push(cells.len() as u32);
        }
        (keys, starts, cells, values)
    }

    /// Weights from rows in ascending key order; zero weights, and rows
    /// left empty, are dropped.
    pub(crate) fn from_rows<R, C>(classes: usize, rows: R) -> Weights
    where
        R: IntoIterator<Item = (u32, C)>,
        C: IntoIterator<Item = (u8, i16)>,
    {
        let (mut keys, mut starts, mut cells, mut values) =
            (Vec::new(), vec![0u32], Vec::new(), Vec::new());
        for (k, row) in rows {
            let before = cells.len();
            for (c, v) in row.into_iter().filter(|&(_, v)| v != 0) {
                cells.push(c);
                values.push(v);
            }
            if cells.len() > before {
                keys.push(k);
                starts.push(cells.len() as u32);
            }
        }
        Weights::new(classes, keys, starts, cells, values)
    }

    /// The weights without those below `min` in magnitude.
    pub(crate) fn pruned(&self, min: i16) -> Weights {
        let (keys, starts, cells, values) = self.parts();
        let (cells, values) = (&cells, &values);
        Weights::from_rows(
            self.classes,
            keys.iter().enumerate().map(|(r, &k)| {
                let range = starts[r] as usize..starts[r + 1] as usize;
                let row = range
                    .map(move |j| (cells[j], values[j]))
                    .filter(move |&(_, v)| v.unsigned_abs() >= min.unsigned_abs());
                (k, row)
            }),
        )
    }

    /// The weights an entry stands for.
    fn row(&self, entry: u32) -> Option<Row<'_>> {
        Some(if entry == EMPTY {
            return None;
        } else if entry & INLINE != 0 {
            Row::Cell(entry & !INLINE)
        } else if entry & DENSE != 0 {
            let at = (entry & !DENSE) as usize * self.classes;
            Row::Dense(self.dense.get(at..at + self.classes).unwrap_or(&[]))
        } else {
            Row::Cells(self.table.sparse(entry))
        })
    }

    /// Adds each feature's weights into `scores` (one slot per class).
    #[inline]
    pub(crate) fn score(&self, features: &[u32], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        let mut dense = [0u32; BATCH];
        let mut sparse = [0u32; BATCH];
        let mut inline = [0u32; BATCH];
        let mut flat = [0u32; BATCH * COPY];
        for batch in features.chunks(BATCH) {
            let mut touched = 0u32;
            for &f in batch {
                touched ^= self.table.touch(f);
            }
            std::hint::black_box(touched);
            // Sort the entries by kind with no branch, so each kind's loop
            // below runs a predictable number of times.
            let (mut nd, mut ns, mut ni) = (0usize, 0usize, 0usize);
            for &f in batch {
                let e = self.table.find(f);
                let is_inline = (e & INLINE != 0) & (e != EMPTY);
                let is_dense = (e & INLINE == 0) & (e & DENSE != 0);
                let is_sparse = (e & (INLINE | DENSE)) == 0;
                dense[nd] = e & !DENSE;
                sparse[ns] = e;
                inline[ni] = e & !INLINE;
                nd += usize::from(is_dense);
                ns += usize::from(is_sparse);
                ni += usize::from(is_inline);
            }
            for &e in &inline[..ni] {
                add_cell(scores, e);
            }
            // The cells of sparse rows, copied `COPY` at a time into one
            // run, then added in one loop.
            let mut n = 0;
            for &e in &sparse[..ns] {
                let (start, len) = Table::span(e);
                let mut at = 0;
                while at < len {
                    // the cells end in `COPY` zeros, so a copy stays inside
                    // them; were it not to, the rest of the row is added as is
                    let src = self.table.cells.get(start + at..start + at + COPY);
                    match (src, flat.get_mut(n..n + COPY)) {
                        (Some(src), Some(dst)) => dst.copy_from_slice(src),
                        _ => {
                            let rest = self.table.cells.get(start + at..start + len);
                            rest.unwrap_or(&[])
                                .iter()
                                .for_each(|&c| add_cell(scores, c));
                            break;
                        }
                    }
                    n += (len - at).min(COPY);
                    at += COPY;
                    if n + COPY > flat.len() {
                        flat[..n].iter().for_each(|&c| add_cell(scores, c));
                        n = 0;
                    }
                }
            }
            flat[..n].iter().for_each(|&c| add_cell(scores, c));
            for &d in &dense[..nd] {
                let at = d as usize * self.classes;
                if let Some(row) = self.dense.get(at..at + self.classes) {
                    for (s, &v) in scores.iter_mut().zip(row) {
                        *s += i32::from(v);
                    }
                }
            }
        }
    }
}

#[inline]
fn add_cell(scores: &mut [i32], cell: u32) {
    if let Some(s) = scores.get_mut((cell >> 16) as usize) {
        *s += i32::from(cell as u16 as i16);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows of every kind (one cell, sparse shorter and longer than a copy,
    /// dense), keyed so that some collide in their home slots.
    fn sample() -> Weights {
        let classes = 40;
        let rows = (0..300u32).map(|k| {
            let n = (k % 17) as u8 + 1;
            let key = k.wrapping_mul(0x9E37_79B9) | (k % 3);
            (
                key,
                (0..n).map(move |c| (c * 2, i16::from(c) - 7 + k as i16)),
            )
        });
        let mut rows: Vec<_> = rows
            .map(|(k, r)| (k, r.filter(|&(_, v)| v != 0).collect::<Vec<_>>()))
            .collect();
        rows.sort_by_key(|r| r.0);
        Weights::from_rows(classes, rows)
    }

    #[test]
    fn scores_are_the_sum_of_each_features_weights() {
        let w = sample();
        let (keys, starts, cells, values) = w.parts();
        let mut expected = vec![0i32; w.classes()];
        for r in 0..keys.len() {
            for j in starts[r] as usize..starts[r + 1] as usize {
                expected[usize::from(cells[j])] += i32::from(values[j]);
            }
        }
        let mut features = keys.clone(); // several batches, each past one run of cells
        features.push(12345); // a key the table lacks adds nothing
        let mut scores = vec![0i32; w.classes()];
        w.score(&features, &mut scores);
        assert_eq!(scores, expected);
        let kinds = |f: fn(&Row<'_>) -> bool| {
            (w.table.slots.iter()).any(|s| w.row(s.1).as_ref().is_some_and(f))
        };
        assert!(kinds(|r| matches!(r, Row::Cell(_))));
        assert!(kinds(|r| matches!(r, Row::Cells(c) if c.len() > COPY)));
        assert!(kinds(|r| matches!(r, Row::Dense(_))));
    }

    #[test]
    fn parts_give_back_the_weights_they_were_made_from() {
        let w = sample();
        let (keys, starts, cells, values) = w.parts();
        assert_eq!(keys.len(), 300);
        assert_eq!(Weights::new(w.classes(), keys, starts, cells, values), w);
    }
}
