//! Recognizer throughput against one bare word-segmentation pass over the
//! same text, in the same run.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

use concord::recognize::{recognize, Context};

mod common;

fn bench(c: &mut Criterion) {
    let ctx = Context::new().reference(jiff::civil::date(2024, 5, 30));
    let mut texts = vec![
        ("seeds", common::seeds_text()),
        ("news1mb", common::news_like(1 << 20)),
    ];
    // the news-dev articles as one text (skipped when absent)
    if let Some(sources) = common::news_dev_sources() {
        let all: Vec<String> = sources.into_iter().map(|s| s.text).collect();
        texts.push(("news-dev", all.join("\n\n")));
    }
    for (name, text) in texts {
        let mut g = c.benchmark_group(format!("recognize/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("word-bounds-baseline", |b| {
            b.iter(|| {
                let n = text.split_word_bounds().count();
                assert!(n > 0);
                n
            })
        });
        g.bench_function("recognize", |b| {
            b.iter(|| {
                let n = recognize(&text, &ctx).count();
                assert!(n > 0);
                n
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
