//! The streaming path: bounded holding, and the conflicts of one batch run
//! when each event's reports come together in time.

#[path = "../benches/generate/mod.rs"]
mod generate;

use concord::{Options, Stream};

#[test]
fn a_stream_holds_at_most_its_limit_and_finds_the_planted_conflicts() {
    let corpus = generate::corpus(
        96,
        generate::Shape {
            independent: 4,
            copies: 2,
        },
    );
    let mut sources = generate::sources(&corpus);
    // a feed: in order of publication
    sources.sort_by_key(|s| s.published);
    let opts = Options::new().stream_reports(24).stream_days(7);
    let mut stream = Stream::new(&opts);
    let mut parts = Vec::new();
    for s in &sources {
        if let Some(part) = stream.push(s).expect("ids are distinct") {
            parts.push(part);
        }
        assert!(stream.held() <= 24, "held {}", stream.held());
    }
    parts.push(stream.finish());
    assert!(parts.len() > 1, "the stream let events go as it ran");
    let streamed: usize = parts.iter().map(|p| p.conflicts.len()).sum();
    let sources_seen: usize = parts.iter().map(|p| p.sources.len()).sum();
    assert_eq!(sources_seen, sources.len(), "every report is in one part");
    let batch = concord::reconcile(&sources, &opts).expect("distinct ids");
    // each story plants one toll conflict; the stream keeps nearly all
    assert!(batch.conflicts.len() >= corpus.stories);
    assert!(
        streamed * 10 >= batch.conflicts.len() * 9,
        "streamed {streamed}, batch {}",
        batch.conflicts.len()
    );
    // every planted near-copy is listed, in the part of its original
    let copies: usize = parts.iter().map(|p| p.copied().count()).sum();
    assert!(copies >= corpus.copies, "{copies} copies listed");
    // event ids never repeat across parts
    let mut ids: Vec<&str> = parts
        .iter()
        .flat_map(|p| p.events.iter().map(|e| e.id.as_str()))
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
}
