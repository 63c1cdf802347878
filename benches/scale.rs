//! Scale: the whole run, and its two halves (reading into a `Batch`, and
//! reconciling a batch), on generated corpora (see `benches/generate`) of
//! 1,000 and 10,000 reports and on a flood of near-copies of one story,
//! each beside one word pass over the same bytes; and extraction across
//! documents on one thread and on every core (what the `parallel` feature
//! does), on news-dev. Each corpus bench first checks what it times: the
//! planted conflicts are found and the copies are grouped. Larger corpora
//! (100,000 reports) and peak memory are measured by `benches/scale.sh`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use rayon::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

use concord::text::Document;
use concord::{reconcile, Batch, Options, Source};

mod common;
mod generate;

fn word_pass(sources: &[Source]) -> usize {
    sources
        .iter()
        .map(|s| s.text.split_word_bounds().count())
        .sum()
}

/// The planted toll conflicts found, and the reports listed as copies.
fn check(corpus: &generate::Corpus, sources: &[Source]) {
    let report = reconcile(sources, &Options::new()).expect("distinct ids");
    let tolls = report
        .conflicts
        .iter()
        .filter(|c| c.kind == concord::ValueKind::Count)
        .count();
    assert!(
        tolls * 100 >= corpus.stories * 95,
        "{tolls} toll conflicts for {} stories",
        corpus.stories
    );
    assert!(report.copied().count() >= corpus.copies);
}

fn corpora(c: &mut Criterion) {
    let opts = Options::new();
    let shapes = [
        (
            "1k",
            1_000,
            generate::Shape {
                independent: 4,
                copies: 2,
            },
        ),
        (
            "10k",
            10_000,
            generate::Shape {
                independent: 4,
                copies: 2,
            },
        ),
        (
            "2k-distinct",
            2_000,
            generate::Shape {
                independent: 2,
                copies: 0,
            },
        ),
        (
            "2k-copies-of-one",
            2_001,
            generate::Shape {
                independent: 2,
                copies: 1_999,
            },
        ),
    ];
    for (name, reports, shape) in shapes {
        let corpus = generate::corpus(reports, shape);
        let sources = generate::sources(&corpus);
        check(&corpus, &sources);
        let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
        let mut g = c.benchmark_group(format!("scale/{name}"));
        g.sample_size(10);
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("word-bounds-baseline", |b| b.iter(|| word_pass(&sources)));
        // the stages: reading (prepare, extract, copy profiles) and the rest
        // (copies, events, comparing) from a batch read once
        g.bench_function("read", |b| {
            b.iter(|| {
                Batch::read_all(&sources, &opts)
                    .expect("distinct ids")
                    .len()
            })
        });
        let batch = Batch::read_all(&sources, &opts).expect("distinct ids");
        g.bench_function("reconcile-read-batch", |b| {
            b.iter_batched(
                || batch.clone(),
                |batch| batch.reconcile(&opts).conflicts.len(),
                BatchSize::LargeInput,
            )
        });
        g.bench_function("reconcile", |b| {
            b.iter(|| {
                reconcile(&sources, &opts)
                    .expect("distinct ids")
                    .conflicts
                    .len()
            })
        });
        g.finish();
    }
}

fn extract(sources: &[Source], opts: &Options) -> usize {
    let doc = |s: &Source| Document::prepare(s, opts).ok();
    let claims = |d: Document| concord::extract::extract(&d, opts).claims.len();
    sources.iter().filter_map(doc).map(claims).sum()
}

fn extract_parallel(sources: &[Source], opts: &Options) -> usize {
    let doc = |s: &Source| Document::prepare(s, opts).ok();
    let claims = |d: Document| concord::extract::extract(&d, opts).claims.len();
    sources.par_iter().filter_map(doc).map(claims).sum()
}

fn parallel(c: &mut Criterion) {
    let Some(sources) = common::news_dev_sources() else {
        return;
    };
    let opts = Options::new();
    assert_eq!(extract(&sources, &opts), extract_parallel(&sources, &opts));
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let mut g = c.benchmark_group("scale/news-dev-extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("one-thread", |b| b.iter(|| extract(&sources, &opts)));
    g.bench_function(format!("{}-threads", rayon::current_num_threads()), |b| {
        b.iter(|| extract_parallel(&sources, &opts))
    });
    g.finish();
}

criterion_group!(benches, parallel, corpora);
criterion_main!(benches);
