//! The model's file format: little-endian, length-prefixed, versioned.
//! Reading checks every length, so a damaged file is an error, not a panic.

use super::parser::Parser;
use super::tagger::Tagger;
use super::tags::UnknownTag;
use super::weights::Weights;

const MAGIC: &[u8; 8] = b"CONCSYN\0";
const VERSION: u32 = 1;

/// A model file that cannot be read.
///
/// # Example
/// ```
/// use concord::syntax::{Model, ModelError};
/// let err = Model::from_bytes(b"not a model").unwrap_err();
/// assert!(matches!(err, ModelError::NotAModel));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    /// The bytes do not start as a concord syntax model does.
    #[error("not a concord syntax model")]
    NotAModel,
    /// A model of another format version.
    #[error("model format version {found}, this build reads {VERSION}")]
    Version {
        /// The version found.
        found: u32,
    },
    /// The file ends early or a length points past its end.
    #[error("model file truncated at byte {offset}")]
    Truncated {
        /// Where reading stopped.
        offset: usize,
    },
    /// A tag or relation name this build does not know.
    #[error("model names {0}")]
    Tag(#[from] UnknownTag),
    /// A table whose parts disagree (offsets out of order, classes out of range).
    #[error("model table {0} is inconsistent")]
    Inconsistent(&'static str),
}

pub(crate) fn write(tagger: &Tagger, parser: &Parser) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    w.0.extend_from_slice(MAGIC);
    w.u32(VERSION);
    w.u32(tagger.tags.len() as u32);
    for (u, p) in &tagger.tags {
        w.str(u.as_str());
        w.str(p.as_str());
    }
    w.u32(parser.labels.len() as u32);
    for l in &parser.labels {
        w.str(l.as_str());
    }
    let dict = tagger.dict();
    w.u32(dict.len() as u32);
    for &(k, c) in &dict {
        w.u32(k);
        w.0.push(c);
    }
    let ambiguity = tagger.ambiguity();
    w.u32(ambiguity.len() as u32);
    for &(k, a) in &ambiguity {
        w.u32(k);
        w.u32(a);
    }
    w.weights(&tagger.weights);
    w.weights(&parser.weights);
    w.0
}

pub(crate) fn read(bytes: &[u8]) -> Result<(Tagger, Parser), ModelError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(MAGIC.len()).ok() != Some(&MAGIC[..]) {
        return Err(ModelError::NotAModel);
    }
    let version = r.u32()?;
    if version != VERSION {
        return Err(ModelError::Version { found: version });
    }
    let n = r.len(2)?;
    let mut tags = Vec::with_capacity(n);
    for _ in 0..n {
        tags.push((r.str()?.parse()?, r.str()?.parse()?));
    }
    let n = r.len(1)?;
    let mut labels = Vec::with_capacity(n);
    for _ in 0..n {
        labels.push(r.str()?.parse()?);
    }
    let n = r.len(5)?;
    let mut dict = Vec::with_capacity(n);
    for _ in 0..n {
        let k = r.u32()?;
        let c = r.take(1)?[0];
        if usize::from(c) >= tags.len() {
            return Err(ModelError::Inconsistent("dictionary"));
        }
        dict.push((k, c));
    }
    let n = r.len(8)?;
    let mut ambiguity = Vec::with_capacity(n);
    for _ in 0..n {
        ambiguity.push((r.u32()?, r.u32()?));
    }
    let tag_weights = r.weights()?;
    let parse_weights = r.weights()?;
    if tag_weights.classes() != tags.len() || parse_weights.classes() != 1 + 2 * labels.len() {
        return Err(ModelError::Inconsistent("classes"));
    }
    if r.at != bytes.len() {
        return Err(ModelError::Inconsistent("trailing bytes"));
    }
    Ok((
        Tagger::new(tags, dict, ambiguity, tag_weights),
        Parser {
            labels,
            weights: parse_weights,
        },
    ))
}

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn str(&mut self, s: &str) {
        self.0.push(s.len() as u8);
        self.0.extend_from_slice(s.as_bytes());
    }

    fn weights(&mut self, w: &Weights) {
        let (keys, starts, cells, values) = w.parts();
        self.u32(w.classes() as u32);
        self.u32(keys.len() as u32);
        // Keys ascend: each is written as its gap from the last, in LEB128.
        let mut last = 0u32;
        for &k in &keys {
            let mut gap = k - last;
            last = k;
            while gap >= 0x80 {
                self.0.push((gap as u8 & 0x7f) | 0x80);
                gap >>= 7;
            }
            self.0.push(gap as u8);
        }
        // Each row's length; rows are never longer than the classes (< 256).
        self.0
            .extend(starts.windows(2).map(|p| (p[1] - p[0]) as u8));
        self.u32(cells.len() as u32);
        self.0.extend_from_slice(&cells);
        for v in values {
            self.0.extend_from_slice(&v.to_le_bytes());
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or(ModelError::Truncated { offset: self.at })?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A count of items of at least `each` bytes, checked against what is left.
    fn len(&mut self, each: usize) -> Result<usize, ModelError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(each) > self.bytes.len() - self.at {
            return Err(ModelError::Truncated { offset: self.at });
        }
        Ok(n)
    }

    fn str(&mut self) -> Result<&'a str, ModelError> {
        let n = usize::from(self.take(1)?[0]);
        std::str::from_utf8(self.take(n)?).map_err(|_| ModelError::Inconsistent("name"))
    }

    fn weights(&mut self) -> Result<Weights, ModelError> {
        let classes = self.u32()? as usize;
        if classes == 0 || classes > 255 {
            return Err(ModelError::Inconsistent("classes"));
        }
        let n = self.len(2)?;
        let mut keys = Vec::with_capacity(n);
        let mut last = 0u32;
        for _ in 0..n {
            let mut gap = 0u64;
            let mut shift = 0;
            loop {
                let b = self.take(1)?[0];
                gap |= u64::from(b & 0x7f) << shift;
                shift += 7;
                if b & 0x80 == 0 {
                    break;
                }
                if shift > 35 {
                    return Err(ModelError::Inconsistent("keys"));
                }
            }
            last = u32::try_from(u64::from(last) + gap)
                .map_err(|_| ModelError::Inconsistent("keys"))?;
            keys.push(last);
        }
        let mut starts = Vec::with_capacity(n + 1);
        starts.push(0u32);
        for &len in self.take(n)? {
            let end = starts.last().copied().unwrap_or(0) + u32::from(len);
            starts.push(end);
        }
        let m = self.len(3)?;
        let cells = self.take(m)?.to_vec();
        let values = self
            .take(m * 2)?
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        if starts.last().map(|&s| s as usize) != Some(m)
            || cells.iter().any(|&c| usize::from(c) >= classes)
        {
            return Err(ModelError::Inconsistent("weights"));
        }
        Ok(Weights::new(classes, keys, starts, cells, values))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{conllu, train, Model};
    use super::*;
    use proptest::prelude::*;

    fn small_model() -> Vec<u8> {
        let bank = conllu::read(
            "1\tFour\tfour\tNUM\tCD\t_\t2\tnummod\t_\t_\n\
             2\tbombs\tbomb\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n\
             3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n\
             4\tdropped\tdrop\tVERB\tVBN\t_\t0\troot\t_\t_\n\
             5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n",
        )
        .expect("a treebank");
        let config = train::TrainConfig {
            folds: 1,
            prune: 0,
            ..Default::default()
        };
        train::train(&bank, &config).to_bytes()
    }

    #[test]
    fn a_model_reads_back_as_written() {
        let bytes = small_model();
        let model = Model::from_bytes(&bytes).expect("it reads");
        assert_eq!(model.to_bytes(), bytes);
        assert!(matches!(
            Model::from_bytes(&bytes[..bytes.len() - 1]),
            Err(ModelError::Truncated { .. } | ModelError::Inconsistent(_))
        ));
        let mut other = bytes.clone();
        other[8] = 9;
        assert_eq!(
            Model::from_bytes(&other),
            Err(ModelError::Version { found: 9 })
        );
    }

    proptest! {
        #[test]
        fn damaged_models_are_errors_not_panics(cut in 0usize..4000, at in 0usize..4000, byte: u8) {
            let mut bytes = small_model();
            if at < bytes.len() {
                bytes[at] = byte;
            }
            bytes.truncate(cut.min(bytes.len()));
            let _ = Model::from_bytes(&bytes);
        }
    }
}
