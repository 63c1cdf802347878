//! Tagging and parsing the sentences of news-dev that hold a value (what
//! the stage is used for), beside one bare word-segmentation pass over the
//! same bytes; and loading the model.
//! Skipped, with a message, when `../shared/news-dev` is absent.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

use concord::recognize::{recognize, Context};
use concord::syntax::Model;
use concord::text::Document;
use concord::{Decoding, Options, Source};
use std::path::Path;

fn news_dev_sentences() -> Option<Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/news-dev");
    let mut paths = Vec::new();
    for story in std::fs::read_dir(&root).ok()? {
        let story = story.ok()?.path();
        if story.is_dir() {
            for f in std::fs::read_dir(&story).ok()? {
                let f = f.ok()?.path();
                if f.extension().is_some_and(|e| e == "txt") {
                    paths.push(f);
                }
            }
        }
    }
    paths.sort();
    let opts = Options::new();
    let mut out = Vec::new();
    for p in paths {
        let source = Source::from_path(&p, Decoding::Lossy).ok()?;
        if let Ok(doc) = Document::prepare(&source, &opts) {
            let ctx = Context::new();
            out.extend(
                doc.sentences
                    .iter()
                    .map(|s| doc.sentence_str(s))
                    .filter(|s| recognize(s, &ctx).next().is_some())
                    .map(str::to_string),
            );
        }
    }
    Some(out)
}

fn bench(c: &mut Criterion) {
    let bytes =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/syntax/en_ewt.model"))
            .expect("the shipped model");
    let mut g = c.benchmark_group("syntax/load");
    g.sample_size(10);
    g.bench_function("model-from-bytes", |b| {
        b.iter(|| Model::from_bytes(&bytes).expect("the shipped model reads"))
    });
    g.finish();

    let Some(sentences) = news_dev_sentences() else {
        eprintln!("syntax bench: ../shared/news-dev is absent; skipped");
        return;
    };
    let model = Model::english().expect("the shipped model reads");
    let opts = Options::new().max_sentence_bytes(usize::MAX);
    let total: usize = sentences.iter().map(String::len).sum();
    let mut g = c.benchmark_group("syntax/news-dev");
    g.throughput(Throughput::Bytes(total as u64));
    g.sample_size(10);
    g.bench_function("word-bounds-baseline", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| s.split_word_bounds().count())
                .sum::<usize>()
        })
    });
    g.bench_function("tag-and-parse", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| model.parse(s, &opts).map_or(0, |p| p.words().len()))
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
