//! The averaged perceptron that trains the tagger and the parser; it
//! finishes as the quantized [`Weights`] that ship.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::weights::Weights;

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
