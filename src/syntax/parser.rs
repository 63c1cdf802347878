//! The parser: arc-hybrid transitions (Kuhlmann et al. 2011) chosen by a
//! greedy averaged perceptron over rich non-local features (Zhang and Nivre
//! 2011), trained with a dynamic oracle (Goldberg and Nivre 2013) on
//! jackknifed predicted tags. Classes: shift, then left and right arcs, one
//! per relation.

use super::hash;
use super::perceptron::Averaged;
use super::rng::Rng;
use super::tags::Relation;
use super::weights::Weights;
use super::word::Atoms;

const NONE: u16 = u16::MAX;

/// A trained parser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Parser {
    pub(crate) labels: Vec<Relation>,
    pub(crate) weights: Weights,
}

/// One parse in progress. Word 0 is the root; words are 1..=n.
struct State {
    n: usize,
    stack: Vec<u16>,
    /// Front of the buffer; the buffer is always `b..=n`.
    b: usize,
    heads: Vec<u16>,
    labels: Vec<u8>,
    l1: Vec<u16>,
    l2: Vec<u16>,
    r1: Vec<u16>,
    r2: Vec<u16>,
    nl: Vec<u8>,
    nr: Vec<u8>,
    lset: Vec<u64>,
    rset: Vec<u64>,
    on_stack: Vec<bool>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Move {
    Shift,
    Left(u8),
    Right(u8),
}

impl State {
    fn new(n: usize) -> State {
        let m = n + 1;
        let mut on_stack = vec![false; m];
        on_stack[0] = true;
        State {
            n,
            stack: vec![0],
            b: 1,
            heads: vec![NONE; m],
            labels: vec![0; m],
            l1: vec![NONE; m],
            l2: vec![NONE; m],
            r1: vec![NONE; m],
            r2: vec![NONE; m],
            nl: vec![0; m],
            nr: vec![0; m],
            lset: vec![0; m],
            rset: vec![0; m],
            on_stack,
        }
    }

    fn done(&self) -> bool {
        self.b > self.n && self.stack.len() == 1
    }

    fn s(&self, k: usize) -> Option<usize> {
        let len = self.stack.len();
        (k < len).then(|| usize::from(self.stack[len - 1 - k]))
    }

    fn buf(&self, k: usize) -> Option<usize> {
        let i = self.b + k;
        (i <= self.n).then_some(i)
    }

    fn can_shift(&self) -> bool {
        self.b <= self.n
    }

    fn can_left(&self) -> bool {
        self.b <= self.n && self.stack.len() >= 2
    }

    /// Whether a right arc may be made, and whether it must be the root's.
    fn can_right(&self) -> Option<bool> {
        if self.stack.len() < 2 {
            return None;
        }
        let to_root = self.s(1) == Some(0);
        if to_root && self.b <= self.n {
            return None;
        }
        Some(to_root)
    }

    fn arc(&mut self, head: usize, dep: usize, label: u8) {
        self.heads[dep] = head as u16;
        self.labels[dep] = label;
        let bit = 1u64 << (label % 64);
        if dep < head {
            self.nl[head] = self.nl[head].saturating_add(1);
            self.lset[head] |= bit;
            // Left children arrive nearest first, so the newest is leftmost.
            self.l2[head] = self.l1[head];
            self.l1[head] = dep as u16;
        } else {
            self.nr[head] = self.nr[head].saturating_add(1);
            self.rset[head] |= bit;
            self.r2[head] = self.r1[head];
            self.r1[head] = dep as u16;
        }
    }

    fn apply(&mut self, m: Move) {
        match m {
            Move::Shift => {
                self.stack.push(self.b as u16);
                self.on_stack[self.b] = true;
                self.b += 1;
            }
            Move::Left(l) => {
                let s0 = usize::from(self.stack.pop().expect("left arc needs a stack"));
                self.on_stack[s0] = false;
                self.arc(self.b, s0, l);
            }
            Move::Right(l) => {
                let s0 = usize::from(self.stack.pop().expect("right arc needs a stack"));
                self.on_stack[s0] = false;
                let s1 = usize::from(*self.stack.last().expect("right arc needs two"));
                self.arc(s1, s0, l);
            }
        }
    }
}

/// Decodes a class into a move; classes are shift, lefts, rights.
fn decode(class: usize, labels: usize) -> Move {
    if class == 0 {
        Move::Shift
    } else if class <= labels {
        Move::Left((class - 1) as u8)
    } else {
        Move::Right((class - 1 - labels) as u8)
    }
}

/// The valid moves of a state, as a predicate on classes.
struct Valid {
    shift: bool,
    left: bool,
    right: Option<bool>,
    root: u8,
}

impl Valid {
    fn of(state: &State, root: u8) -> Valid {
        Valid {
            shift: state.can_shift(),
            left: state.can_left(),
            right: state.can_right(),
            root,
        }
    }

    fn allows(&self, m: Move) -> bool {
        match m {
            Move::Shift => self.shift,
            Move::Left(l) => self.left && l != self.root,
            Move::Right(l) => match self.right {
                Some(to_root) => (l == self.root) == to_root,
                None => false,
            },
        }
    }
}

/// The best-scoring valid move: the shift, the best left arc, the best
/// right arc (the root's when the stack holds only the root below).
fn best_move(scores: &[i32], valid: &Valid, nl: usize) -> Option<(i32, Move)> {
    let mut best: Option<(i32, Move)> = None;
    let mut offer = |s: i32, m: Move| {
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, m));
        }
    };
    if valid.shift {
        offer(scores[0], Move::Shift);
    }
    let root = usize::from(valid.root);
    let arg = |range: std::ops::Range<usize>| {
        let mut top: Option<(i32, usize)> = None;
        for (l, &s) in scores[range].iter().enumerate() {
            if l != root && top.is_none_or(|(t, _)| s > t) {
                top = Some((s, l));
            }
        }
        top
    };
    if valid.left {
        if let Some((s, l)) = arg(1..1 + nl) {
            offer(s, Move::Left(l as u8));
        }
    }
    match valid.right {
        Some(true) => offer(scores[1 + nl + root], Move::Right(valid.root)),
        Some(false) => {
            if let Some((s, l)) = arg(1 + nl..1 + 2 * nl) {
                offer(s, Move::Right(l as u8));
            }
        }
        None => {}
    }
    best
}

/// The words' hashed forms and tags, as the features read them.
struct Sentence<'a> {
    words: &'a [Atoms],
    tags: &'a [u8],
}

const ROOT_W: u64 = 0x1_0000_0001;
const ROOT_T: u64 = 0x1_0000_0002;
const NO_W: u64 = 0x1_0000_0003;
const NO_T: u64 = 0x1_0000_0004;
const NO_L: u64 = 0x1_0000_0005;

impl Sentence<'_> {
    fn w(&self, x: Option<usize>) -> u64 {
        match x {
            None => NO_W,
            Some(0) => ROOT_W,
            Some(i) => self.words[i - 1].lower,
        }
    }

    fn t(&self, x: Option<usize>) -> u64 {
        match x {
            None => NO_T,
            Some(0) => ROOT_T,
            Some(i) => u64::from(self.tags[i - 1]),
        }
    }
}

fn child(v: &[u16], x: Option<usize>) -> Option<usize> {
    x.and_then(|i| (v[i] != NONE).then(|| usize::from(v[i])))
}

fn distance(a: Option<usize>, b: Option<usize>) -> u64 {
    match (a, b) {
        (Some(a), Some(b)) => {
            let d = b.abs_diff(a);
            match d {
                0..=4 => d as u64,
                5..=6 => 5,
                7..=10 => 6,
                _ => 7,
            }
        }
        _ => 8,
    }
}

fn features(st: &State, sent: &Sentence<'_>, out: &mut Vec<u32>) {
    out.clear();
    let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
    let (b0, b1, b2) = (st.buf(0), st.buf(1), st.buf(2));
    let lab = |x: Option<usize>| x.map_or(NO_L, |i| u64::from(st.labels[i]));
    let (s0l1, s0l2) = (child(&st.l1, s0), child(&st.l2, s0));
    let (s0r1, s0r2) = (child(&st.r1, s0), child(&st.r2, s0));
    let (b0l1, b0l2) = (child(&st.l1, b0), child(&st.l2, b0));
    let (s1r1, s1l1) = (child(&st.r1, s1), child(&st.l1, s1));
    let w = |x| sent.w(x);
    let t = |x| sent.t(x);
    let (s0w, s0t, s1w, s1t, b0w, b0t) = (w(s0), t(s0), w(s1), t(s1), w(b0), t(b0));
    let (b1w, b1t, b2w, b2t, s2t) = (w(b1), t(b1), w(b2), t(b2), t(s2));
    let d = distance(s0, b0);
    let d1 = distance(s1, s0);
    let vl = |x: Option<usize>| x.map_or(9, |i| u64::from(st.nl[i]));
    let vr = |x: Option<usize>| x.map_or(9, |i| u64::from(st.nr[i]));
    let ls = |v: &[u64], x: Option<usize>| x.map_or(1 << 63, |i| v[i]);
    let mut f = |id: u64, atoms: &[u64]| out.push(hash::key(id, atoms));
    // Single words.
    f(1, &[s0w, s0t]);
    f(2, &[s0w]);
    f(3, &[s0t]);
    f(4, &[b0w, b0t]);
    f(5, &[b0w]);
    f(6, &[b0t]);
    f(7, &[b1w, b1t]);
    f(8, &[b1w]);
    f(9, &[b1t]);
    f(10, &[b2w, b2t]);
    f(11, &[b2t]);
    f(12, &[s1w, s1t]);
    f(13, &[s1w]);
    f(14, &[s1t]);
    f(15, &[s2t]);
    // Pairs.
    f(20, &[s0w, s0t, b0w, b0t]);
    f(21, &[s0w, s0t, b0w]);
    f(22, &[s0w, b0w, b0t]);
    f(23, &[s0w, s0t, b0t]);
    f(24, &[s0t, b0w, b0t]);
    f(25, &[s0w, b0w]);
    f(26, &[s0t, b0t]);
    f(27, &[b0t, b1t]);
    f(28, &[s1t, s0t]);
    f(29, &[s1w, s0w]);
    f(30, &[s1t, b0t]);
    f(31, &[s1w, s1t, s0w, s0t]);
    f(32, &[s1t, s0w]);
    f(33, &[s1w, s0t]);
    // Triples of tags.
    f(40, &[b0t, b1t, b2t]);
    f(41, &[s0t, b0t, b1t]);
    f(42, &[s1t, s0t, b0t]);
    f(43, &[s0t, t(s0l1), b0t]);
    f(44, &[s0t, t(s0r1), b0t]);
    f(45, &[s0t, b0t, t(b0l1)]);
    f(46, &[s2t, s1t, s0t]);
    f(47, &[s1t, t(s1r1), s0t]);
    f(48, &[s0t, t(s0l1), t(s0l2)]);
    f(49, &[s0t, t(s0r1), t(s0r2)]);
    f(50, &[b0t, t(b0l1), t(b0l2)]);
    f(51, &[s1t, s0t, b0t, b1t]);
    // Distance.
    f(60, &[s0w, d]);
    f(61, &[s0t, d]);
    f(62, &[b0w, d]);
    f(63, &[b0t, d]);
    f(64, &[s0w, b0w, d]);
    f(65, &[s0t, b0t, d]);
    f(66, &[s1t, s0t, d1]);
    f(67, &[s1w, s0w, d1]);
    // Valency.
    f(70, &[s0w, vr(s0)]);
    f(71, &[s0t, vr(s0)]);
    f(72, &[s0w, vl(s0)]);
    f(73, &[s0t, vl(s0)]);
    f(74, &[b0w, vl(b0)]);
    f(75, &[b0t, vl(b0)]);
    f(76, &[s1t, vr(s1)]);
    // Children.
    f(80, &[w(s0l1)]);
    f(81, &[t(s0l1)]);
    f(82, &[lab(s0l1)]);
    f(83, &[w(s0r1)]);
    f(84, &[t(s0r1)]);
    f(85, &[lab(s0r1)]);
    f(86, &[w(b0l1)]);
    f(87, &[t(b0l1)]);
    f(88, &[lab(b0l1)]);
    f(89, &[t(s1r1), lab(s1r1)]);
    f(90, &[t(s1l1), lab(s1l1)]);
    f(91, &[s0t, lab(s0l1), lab(s0r1)]);
    f(92, &[s1t, s0t, lab(s0l1)]);
    // Second children.
    f(100, &[w(s0l2)]);
    f(101, &[t(s0l2)]);
    f(102, &[lab(s0l2)]);
    f(103, &[w(s0r2)]);
    f(104, &[t(s0r2)]);
    f(105, &[lab(s0r2)]);
    f(106, &[w(b0l2)]);
    f(107, &[t(b0l2)]);
    f(108, &[lab(b0l2)]);
    // Label sets.
    f(110, &[s0w, ls(&st.rset, s0)]);
    f(111, &[s0t, ls(&st.rset, s0)]);
    f(112, &[s0w, ls(&st.lset, s0)]);
    f(113, &[s0t, ls(&st.lset, s0)]);
    f(114, &[b0w, ls(&st.lset, b0)]);
    f(115, &[b0t, ls(&st.lset, b0)]);
    f(116, &[s1t, ls(&st.rset, s1)]);
}

impl Parser {
    fn root(&self) -> u8 {
        self.labels
            .iter()
            .position(|&l| l == Relation::Root)
            .unwrap_or(0) as u8
    }

    /// Heads (0 for the root) and relations of a sentence's words.
    pub(crate) fn parse(&self, words: &[Atoms], tags: &[u8]) -> Vec<(usize, Relation)> {
        let n = words.len();
        let sent = Sentence { words, tags };
        let mut st = State::new(n);
        let root = self.root();
        let nl = self.labels.len();
        let mut feats = Vec::with_capacity(128);
        let mut scores = vec![0i32; self.weights.classes()];
        while !st.done() {
            features(&st, &sent, &mut feats);
            self.weights.score(&feats, &mut scores);
            let best = best_move(&scores, &Valid::of(&st, root), nl);
            match best {
                Some((_, m)) => st.apply(m),
                None => break,
            }
        }
        (1..=n)
            .map(|i| {
                let head = if st.heads[i] == NONE {
                    0
                } else {
                    usize::from(st.heads[i])
                };
                let label = self
                    .labels
                    .get(usize::from(st.labels[i]))
                    .copied()
                    .unwrap_or(Relation::Dep);
                (head, label)
            })
            .collect()
    }
}

/// One training sentence: hashed words, predicted tags, gold tree.
pub(crate) struct Example {
    pub(crate) words: Vec<Atoms>,
    pub(crate) tags: Vec<u8>,
    /// Gold head of each word 1..=n, at index i-1.
    pub(crate) heads: Vec<usize>,
    pub(crate) labels: Vec<u8>,
}

/// Training choices for the parser.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ParserConfig {
    pub(crate) epochs: usize,
    pub(crate) seed: u64,
    /// From this epoch on, the parser follows its own mistakes...
    pub(crate) explore_from: usize,
    /// ...with this probability.
    pub(crate) explore: f64,
}

struct Gold<'a> {
    heads: &'a [usize],
    labels: &'a [u8],
    deps: Vec<Vec<usize>>,
}

impl Gold<'_> {
    fn head(&self, i: usize) -> usize {
        self.heads[i - 1]
    }

    /// Gold dependents of `h` still in the buffer.
    fn deps_in_buffer(&self, h: usize, st: &State) -> usize {
        self.deps[h].iter().filter(|&&d| d >= st.b).count()
    }

    /// The cost of every class in `out` (`usize::MAX` where the move is not
    /// valid): an arc's cost, plus one when it is a gold arc under another
    /// label.
    fn move_costs(&self, st: &State, valid: &Valid, nl: usize, out: &mut [usize]) {
        let (shift, left, right) = self.costs(st);
        let s0 = st.s(0).unwrap_or(0);
        let wrong_label =
            |head: usize, l: u8| usize::from(self.head(s0) == head && self.labels[s0 - 1] != l);
        for (c, slot) in out.iter_mut().enumerate() {
            let m = decode(c, nl);
            *slot = if !valid.allows(m) {
                usize::MAX
            } else {
                match m {
                    Move::Shift => shift.unwrap_or(usize::MAX),
                    Move::Left(l) => left.map_or(usize::MAX, |c| c + wrong_label(st.b, l)),
                    Move::Right(l) => {
                        right.map_or(usize::MAX, |c| c + wrong_label(st.s(1).unwrap_or(0), l))
                    }
                }
            };
        }
    }

    /// The dynamic oracle: how many reachable gold arcs each move loses.
    fn costs(&self, st: &State) -> (Option<usize>, Option<usize>, Option<usize>) {
        let s0 = st.s(0).filter(|&s| s != 0);
        let s1 = st.s(1);
        let b = st.buf(0);
        let shift = b.map(|b| {
            let h = self.head(b);
            let head_lost = usize::from(st.on_stack[h] && Some(h) != st.s(0));
            let deps_lost = self.deps[b].iter().filter(|&&d| st.on_stack[d]).count();
            head_lost + deps_lost
        });
        let left = match (s0, b) {
            (Some(s0), Some(b)) => {
                let h = self.head(s0);
                let head_lost = usize::from(Some(h) == s1 || h > b);
                Some(head_lost + self.deps_in_buffer(s0, st))
            }
            _ => None,
        };
        let right = match (s0, s1) {
            (Some(s0), Some(_)) => {
                let h = self.head(s0);
                let head_lost = usize::from(h >= st.b && h != 0);
                Some(head_lost + self.deps_in_buffer(s0, st))
            }
            _ => None,
        };
        (shift, left, right)
    }
}

/// Trains a parser on examples whose relations index `labels`.
pub(crate) fn train(examples: &[Example], labels: Vec<Relation>, config: ParserConfig) -> Parser {
    let nl = labels.len();
    let classes = 1 + 2 * nl;
    let mut p = Averaged::new(classes);
    let mut parser = Parser {
        labels,
        weights: Weights::new(classes, vec![], vec![0], vec![], vec![]),
    };
    let root = parser.root();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng::new(config.seed);
    let mut feats = Vec::with_capacity(128);
    let mut scores = vec![0f32; classes];
    let mut cost = vec![usize::MAX; classes];
    for epoch in 0..config.epochs {
        rng.shuffle(&mut order);
        for &e in &order {
            let ex = &examples[e];
            let n = ex.words.len();
            let mut deps = vec![Vec::new(); n + 1];
            for (i, &h) in ex.heads.iter().enumerate() {
                deps[h].push(i + 1);
            }
            let gold = Gold {
                heads: &ex.heads,
                labels: &ex.labels,
                deps,
            };
            let sent = Sentence {
                words: &ex.words,
                tags: &ex.tags,
            };
            let mut st = State::new(n);
            while !st.done() {
                features(&st, &sent, &mut feats);
                p.score(&feats, &mut scores);
                let valid = Valid::of(&st, root);
                gold.move_costs(&st, &valid, nl, &mut cost);
                let min = cost.iter().copied().min().unwrap_or(usize::MAX);
                if min == usize::MAX {
                    break;
                }
                let pick = |want: &dyn Fn(usize) -> bool| {
                    let mut best: Option<usize> = None;
                    for c in 0..classes {
                        if want(c) && best.is_none_or(|b| scores[c] > scores[b]) {
                            best = Some(c);
                        }
                    }
                    best.unwrap_or(0)
                };
                let guess = pick(&|c| cost[c] != usize::MAX);
                let truth = pick(&|c| cost[c] == min);
                if cost[guess] > min {
                    p.update(&feats, truth, guess);
                }
                p.tick();
                let follow = if epoch >= config.explore_from && rng.unit() < config.explore {
                    guess
                } else {
                    truth
                };
                st.apply(decode(follow, nl));
            }
        }
    }
    parser.weights = p.finish();
    parser
}

#[cfg(test)]
mod tests {
    use super::Rng;
    use super::*;
    use proptest::prelude::*;

    /// Follows the oracle's cheapest move from the start; returns the tree
    /// built and the cost paid.
    fn follow_oracle(
        heads: &[usize],
        labels: &[u8],
        nl: usize,
        root: u8,
    ) -> (Vec<u16>, Vec<u8>, usize) {
        let n = heads.len();
        let mut deps = vec![Vec::new(); n + 1];
        for (i, &h) in heads.iter().enumerate() {
            deps[h].push(i + 1);
        }
        let gold = Gold {
            heads,
            labels,
            deps,
        };
        let mut st = State::new(n);
        let mut paid = 0;
        while !st.done() {
            let valid = Valid::of(&st, root);
            let mut costs = vec![usize::MAX; 1 + 2 * nl];
            gold.move_costs(&st, &valid, nl, &mut costs);
            let mut best: Option<(usize, Move)> = None;
            for (c, &cost) in costs.iter().enumerate() {
                if cost != usize::MAX && best.is_none_or(|(b, _)| cost < b) {
                    best = Some((cost, decode(c, nl)));
                }
            }
            let (cost, m) = best.expect("a move is always valid");
            paid += cost;
            st.apply(m);
        }
        (st.heads[1..].to_vec(), st.labels[1..].to_vec(), paid)
    }

    /// A random projective tree over `n` words, from a seed.
    fn projective(n: usize, seed: u64) -> Vec<usize> {
        fn span(a: usize, b: usize, head: usize, heads: &mut [usize], rng: &mut Rng) {
            if a > b {
                return;
            }
            let r = a + (rng.next() as usize) % (b - a + 1);
            heads[r - 1] = head;
            // Left and right of the span's root, cut into sibling subtrees.
            let mut start = a;
            while start < r {
                let end = start + (rng.next() as usize) % (r - start);
                span(start, end, r, heads, rng);
                start = end + 1;
            }
            let mut start = r + 1;
            while start <= b {
                let end = start + (rng.next() as usize) % (b - start + 1);
                span(start, end, r, heads, rng);
                start = end + 1;
            }
        }
        let mut heads = vec![0; n];
        span(1, n, 0, &mut heads, &mut Rng::new(seed));
        heads
    }

    #[test]
    fn the_oracle_rebuilds_a_sentence() {
        // Four bombs were dropped .
        let heads = [2, 4, 4, 0, 4];
        let labels = [1, 2, 3, 0, 4];
        let (got, got_labels, paid) = follow_oracle(&heads, &labels, 5, 0);
        assert_eq!(got, [2, 4, 4, 0, 4]);
        assert_eq!(got_labels, labels);
        assert_eq!(paid, 0);
    }

    proptest! {
        #[test]
        fn the_oracle_rebuilds_any_projective_tree(n in 1usize..14, seed: u64) {
            let heads = projective(n, seed);
            prop_assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1);
            let labels: Vec<u8> = heads.iter().map(|&h| if h == 0 { 0 } else { 1 + (h % 3) as u8 }).collect();
            let (got, got_labels, paid) = follow_oracle(&heads, &labels, 4, 0);
            let want: Vec<u16> = heads.iter().map(|&h| h as u16).collect();
            prop_assert_eq!(got, want);
            prop_assert_eq!(got_labels, labels);
            prop_assert_eq!(paid, 0);
        }
    }
}
