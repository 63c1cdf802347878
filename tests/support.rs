//! What several integration tests read: the seed reports, in id order.

use concord::{Decoding, Source};
use std::path::Path;

/// The five seeds, as the reconcile tool reads them (ids are file stems).
pub fn seed_sources() -> Vec<Source> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds/")
        .map(|e| e.expect("an entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| Source::from_path(p, Decoding::Lossy).expect("a seed"))
        .collect()
}
