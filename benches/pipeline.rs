//! The whole pipeline and its stages on the seeds, beside one bare
//! word-segmentation pass over the same bytes.

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

use concord::text::Document;
use concord::{reconcile, Decoding, Options, Source};

mod common;

fn bench(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let sources: Vec<Source> = paths
        .iter()
        .map(|p| Source::from_path(p, Decoding::Lossy).unwrap())
        .collect();
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let opts = Options::new();
    let mut g = c.benchmark_group("pipeline/seeds");
    g.throughput(Throughput::Bytes(bytes as u64));
    word_pass(&mut g, &sources);
    g.bench_function("prepare", |b| {
        b.iter(|| {
            let docs: Vec<Document> = sources
                .iter()
                .map(|s| Document::prepare(s, &opts).unwrap())
                .collect();
            assert_eq!(docs.len(), 5);
            docs
        })
    });
    g.bench_function("prepare+extract", |b| {
        b.iter(|| {
            sources
                .iter()
                .map(|s| {
                    concord::extract::extract(&Document::prepare(s, &opts).unwrap(), &opts)
                        .claims
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("reconcile", |b| {
        b.iter(|| {
            let r = reconcile(&sources, &opts).unwrap();
            assert_eq!(r.conflicts.len(), 2);
            r
        })
    });
    g.finish();
    news_dev(c, &opts);
}

/// The floor every figure is a ratio to: one UAX #29 word pass over the
/// same bytes.
fn word_pass(g: &mut BenchmarkGroup<'_, WallTime>, sources: &[Source]) {
    g.bench_function("word-bounds-baseline", |b| {
        b.iter(|| {
            sources
                .iter()
                .map(|s| s.text.split_word_bounds().count())
                .sum::<usize>()
        })
    });
}

/// Prepare + extract over every article of `../shared/news-dev`, beside one
/// word pass over the same bytes; skipped with a message when it is absent.
fn news_dev(c: &mut Criterion, opts: &Options) {
    let Some(sources) = common::news_dev_sources() else {
        return;
    };
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let mut g = c.benchmark_group("pipeline/news-dev");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    word_pass(&mut g, &sources);
    g.bench_function("prepare+extract", |b| {
        b.iter(|| {
            sources
                .iter()
                .filter_map(|s| Document::prepare(s, opts).ok())
                .map(|d| concord::extract::extract(&d, opts).claims.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
