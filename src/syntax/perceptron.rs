//! Linear classifiers over hashed features: the averaged perceptron that
//! trains them and the quantized, sparse weights that ship.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Feature keys are hashes already; hashing them again buys nothing.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

pub(crate) type KeyMap<V> = HashMap<u32, V, BuildHasherDefault<KeyHasher>>;

#[derive(Clone, Copy)]
struct Entry {
    class: u16,
    weight: f32,
    total: f64,
    stamp: u32,
}

/// An averaged perceptron in training (Collins 2002, with lazy averaging).
pub(crate) struct Averaged {
    classes: usize,
    rows: KeyMap<Vec<Entry>>,
    tick: u32,
}

impl Averaged {
    pub(crate) fn new(classes: usize) -> Self {
        Averaged {
            classes,
            rows: KeyMap::default(),
            tick: 1,
        }
    }

    /// Adds each feature's weights into `scores` (one slot per class).
    pub(crate) fn score(&self, features: &[u32], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in features {
            if let Some(row) = self.rows.get(f) {
                for e in row {
                    scores[usize::from(e.class)] += e.weight;
                }
            }
        }
    }

    /// One decision has been made.
    pub(crate) fn tick(&mut self) {
        self.tick += 1;
    }

    /// Moves weight from the guess to the truth.
    pub(crate) fn update(&mut self, features: &[u32], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let tick = self.tick;
        for &f in features {
            let row = self.rows.entry(f).or_default();
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                let class = class as u16;
                let e = match row.iter_mut().position(|e| e.class == class) {
                    Some(i) => &mut row[i],
                    None => {
                        row.push(Entry {
                            class,
                            weight: 0.0,
                            total: 0.0,
                            stamp: tick,
                        });
                        row.last_mut().expect("just pushed")
                    }
                };
                e.total += f64::from(tick - e.stamp) * f64::from(e.weight);
                e.stamp = tick;
                e.weight += delta;
            }
        }
    }

    /// The averaged weights, quantized to 16 bits; zeros are dropped.
    pub(crate) fn finish(&self) -> Weights {
        let tick = self.tick;
        let mut averaged: Vec<(u32, Vec<(u8, f64)>)> = self
            .rows
            .iter()
            .map(|(&k, row)| {
                let mut cells: Vec<(u8, f64)> = row
                    .iter()
                    .map(|e| {
                        let total = e.total + f64::from(tick - e.stamp) * f64::from(e.weight);
                        (e.class as u8, total / f64::from(tick))
                    })
                    .collect();
                cells.sort_by_key(|c| c.0);
                (k, cells)
            })
            .collect();
        averaged.sort_by_key(|r| r.0);
        let max = averaged
            .iter()
            .flat_map(|(_, c)| c.iter().map(|c| c.1.abs()))
            .fold(0.0f64, f64::max)
            .max(1e-9);
        let scale = max / f64::from(i16::MAX);
        Weights::from_rows(
            self.classes,
            averaged.into_iter().map(|(k, cells)| {
                let row = cells
                    .into_iter()
                    .map(move |(c, w)| (c, (w / scale).round() as i16));
                (k, row)
            }),
        )
    }
}

/// Quantized sparse weights: for each feature key, the classes it speaks
/// for and by how much. Scores are integers, so they are exact and the same
/// everywhere.
///
/// Laid out for lookups: an open-addressing table of (key, entry), where
/// the entry of a feature with one weight is that weight's cell (class and
/// weight packed in 32 bits, marked by the top bit), and otherwise the
/// start of its row in one array of rows (a length, then cells). Most
/// features cost one memory read, the rest two. Rows that speak for many
/// classes are kept dense instead (a weight for every class), so adding
/// them is one vectorized pass.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Weights {
    classes: usize,
    /// (key, entry); `EMPTY` marks a free slot.
    slots: Vec<(u32, u32)>,
    rows: Vec<u32>,
    /// Dense rows, `classes` weights each; a row's header points here.
    dense: Vec<i16>,
    keys: usize,
}

const EMPTY: u32 = u32::MAX;
/// Marks an entry that is a cell rather than a row's start.
const INLINE: u32 = 1 << 31;
/// Marks a row header that is an offset into the dense rows.
const DENSE: u32 = 1 << 31;

/// Features scored at once; their rows are looked up before any is read.
const BATCH: usize = 64;

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
        // A load of at most 3/4: a miss probes a few slots of one line.
        let capacity = (keys.len() * 4 / 3 + 1).next_power_of_two().max(16);
        let mut slots = vec![(0u32, EMPTY); capacity];
        let mask = capacity - 1;
        let mut rows = Vec::with_capacity(keys.len() + cells.len());
        let mut dense: Vec<i16> = Vec::new();
        for (r, &k) in keys.iter().enumerate() {
            let (a, b) = (starts[r] as usize, starts[r + 1] as usize);
            let cell = |j: usize| u32::from(cells[j]) << 16 | u32::from(values[j] as u16);
            let entry = if b - a == 1 {
                INLINE | cell(a)
            } else if (b - a) * 4 > classes {
                let start = rows.len() as u32;
                rows.push(DENSE | dense.len() as u32);
                let at = dense.len();
                dense.resize(at + classes, 0);
                for j in a..b {
                    if let Some(w) = dense.get_mut(at + usize::from(cells[j])) {
                        *w = values[j];
                    }
                }
                start
            } else {
                let start = rows.len() as u32;
                rows.push((b - a) as u32);
                rows.extend((a..b).map(cell));
                start
            };
            let mut i = k as usize & mask;
            while slots[i].1 != EMPTY {
                i = (i + 1) & mask;
            }
            slots[i] = (k, entry);
        }
        Weights {
            classes,
            slots,
            rows,
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
            if entry & INLINE != 0 {
                push(entry & !INLINE);
            } else {
                match self.entry(entry) {
                    Row::Cells(row) => row.iter().for_each(|&c| push(c)),
                    Row::Dense(row) => {
                        for (c, &v) in row.iter().enumerate().filter(|(_, &v)| v != 0) {
                            push((c as u32) << 16 | u32::from(v as u16));
                        }
                    }
                }
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

    /// What an entry of the table holds.
    #[inline]
    fn entry(&self, entry: u32) -> Row<'_> {
        if entry & INLINE != 0 {
            // One cell, kept in the table: point at nothing and let the
            // caller add it (see `score`).
            return Row::Cells(&[]);
        }
        let start = entry as usize;
        let header = self.rows.get(start).copied().unwrap_or(0);
        if header & DENSE != 0 {
            let at = (header & !DENSE) as usize;
            Row::Dense(self.dense.get(at..at + self.classes).unwrap_or(&[]))
        } else {
            let len = header as usize;
            Row::Cells(self.rows.get(start + 1..start + 1 + len).unwrap_or(&[]))
        }
    }

    #[inline]
    fn find(&self, key: u32) -> u32 {
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        loop {
            let (k, start) = self.slots[i];
            if start == EMPTY || k == key {
                return start;
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds each feature's weights into `scores` (one slot per class).
    #[inline]
    pub(crate) fn score(&self, features: &[u32], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        let mut found = [EMPTY; BATCH];
        for batch in features.chunks(BATCH) {
            // Touch every feature's home slot first, with no branch between
            // the reads, so their cache misses overlap; then look up.
            let mask = self.slots.len() - 1;
            let mut touched = 0u32;
            for &f in batch {
                touched ^= self.slots[f as usize & mask].1;
            }
            std::hint::black_box(touched);
            for (slot, &f) in found.iter_mut().zip(batch) {
                *slot = self.find(f);
            }
            let mut touched = 0u32;
            for &entry in &found[..batch.len()] {
                if entry & INLINE == 0 {
                    touched ^= self.rows.get(entry as usize).copied().unwrap_or(0);
                }
            }
            std::hint::black_box(touched);
            for &entry in &found[..batch.len()] {
                if entry == EMPTY {
                    continue;
                }
                if entry & INLINE != 0 {
                    add_cell(scores, entry & !INLINE);
                    continue;
                }
                match self.entry(entry) {
                    Row::Cells(row) => row.iter().for_each(|&cell| add_cell(scores, cell)),
                    Row::Dense(row) => {
                        for (s, &v) in scores.iter_mut().zip(row) {
                            *s += i32::from(v);
                        }
                    }
                }
            }
        }
    }
}

enum Row<'a> {
    /// Packed (class, weight) cells.
    Cells(&'a [u32]),
    /// A weight for every class.
    Dense(&'a [i16]),
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

    #[test]
    fn learns_a_separable_rule_and_keeps_it_after_quantizing() {
        // Feature 10 means class 0, feature 20 class 1; 99 is noise.
        let mut p = Averaged::new(2);
        let data = [(vec![10u32, 99], 0usize), (vec![20, 99], 1)];
        let mut scores = [0.0f32; 2];
        for _ in 0..5 {
            for (f, truth) in &data {
                p.score(f, &mut scores);
                let guess = if scores[1] > scores[0] { 1 } else { 0 };
                p.update(f, *truth, guess);
                p.tick();
            }
        }
        let w = p.finish();
        let mut s = [0i32; 2];
        w.score(&[10, 99], &mut s);
        assert!(s[0] > s[1]);
        w.score(&[20, 99], &mut s);
        assert!(s[1] > s[0]);
        w.score(&[12345], &mut s);
        assert_eq!(s, [0, 0]);
    }
}
