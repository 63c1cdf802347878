// The checks the fuzz targets run on each input; the corpus under
// `fuzz/corpus` runs through them again in `cargo test`. Each panics on a
// broken promise.

use concord::recognize::{recognize, Context};
use concord::syntax::{tokenize, Model};
use concord::text::Document;
use concord::{reconcile, Decoding, Options, Source};

/// Text preparation: no panic; lines and sentences sit on char boundaries.
pub fn check_prepare(data: &[u8]) {
    let Ok(source) = Source::from_bytes("f", data, Decoding::Lossy) else {
        return;
    };
    if let Ok(doc) = Document::prepare(&source, &Options::new()) {
        for (span, _) in &doc.lines {
            assert!(
                span.slice(&doc.text).is_some(),
                "line {span} off boundaries"
            );
        }
        for s in &doc.sentences {
            assert!(
                s.span.slice(&doc.text).is_some(),
                "sentence {} off boundaries",
                s.span
            );
        }
    }
}

/// Recognition: no panic; spans ordered, non-overlapping, on boundaries.
pub fn check_recognize(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let ctx = Context::new().reference(jiff::civil::date(2024, 5, 30));
    let mut last = 0;
    for m in recognize(&text, &ctx) {
        assert!(
            m.span.start >= last && m.span.start < m.span.end,
            "span {} after {last}",
            m.span
        );
        assert!(
            m.span.slice(&text).is_some(),
            "span {} off boundaries",
            m.span
        );
        last = m.span.end;
    }
}

/// The whole pipeline: up to four sources split at blank-line triples; no
/// panic; every quote is its span; the report does not depend on order.
pub fn check_pipeline(data: &[u8]) {
    let sources: Vec<Source> = data
        .split(|&b| b == 0xFF)
        .take(4)
        .enumerate()
        .filter_map(|(i, part)| Source::from_bytes(format!("s{i}"), part, Decoding::Lossy).ok())
        .collect();
    let Ok(report) = reconcile(&sources, &Options::new()) else {
        return;
    };
    let docs: Vec<Document> = sources
        .iter()
        .filter_map(|s| Document::prepare(s, &Options::new()).ok())
        .collect();
    for claim in &report.claims {
        let doc = docs
            .iter()
            .find(|d| d.id == claim.source)
            .expect("a source with claims prepares");
        for e in &claim.evidence {
            assert_eq!(e.span.slice(&doc.text), Some(e.quote.as_str()));
        }
    }
    // each source its own batch, through JSON, merged in reverse order:
    // the same report
    let mut merged = concord::Batch::new();
    for s in sources.iter().rev() {
        let json = serde_json::to_string(&concord::Batch::read(s, &Options::new())).unwrap();
        let part: concord::Batch = serde_json::from_str(&json).expect("a batch reads back");
        merged = merged.merge(part).expect("distinct ids");
    }
    let again = merged.reconcile(&Options::new());
    assert_eq!(
        serde_json::to_string(&report).unwrap(),
        serde_json::to_string(&again).unwrap(),
        "reading in parts, or in another order, changed the report"
    );
}

/// Tokenizer: no panic; tokens are non-empty, ordered, on char boundaries,
/// and cover every non-space character.
pub fn check_tokenize(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let spans = tokenize(&text);
    let mut covered = 0;
    let mut end = 0;
    for r in &spans {
        assert!(
            r.start < r.end && r.start >= end,
            "token {r:?} out of order"
        );
        let token = text.get(r.clone()).expect("token on char boundaries");
        assert!(
            !token.chars().any(char::is_whitespace),
            "space in {token:?}"
        );
        covered += token.len();
        end = r.end;
    }
    let wanted: usize = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(char::len_utf8)
        .sum();
    assert_eq!(covered, wanted, "tokens lose characters");
}

/// Parser: no panic; one head per word, inside the sentence, one root, no
/// cycle; a sentence over the limit is refused, not cut.
pub fn check_parse(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let model = Model::english().expect("the shipped model reads");
    let opts = Options::new().max_sentence_bytes(2_000);
    match model.parse(&text, &opts) {
        Err(_) => assert!(text.len() > 2_000, "refused a short sentence"),
        Ok(parse) => {
            let words = parse.words();
            let roots = words.iter().filter(|w| w.head.is_none()).count();
            assert!(words.is_empty() || roots == 1, "{roots} roots");
            for (i, w) in words.iter().enumerate() {
                let mut at = i;
                for _ in 0..=words.len() {
                    match words[at].head {
                        Some(h) => {
                            assert!(h < words.len(), "head out of the sentence");
                            at = h;
                        }
                        None => break,
                    }
                }
                assert!(words[at].head.is_none(), "cycle through word {i}");
                assert_eq!(parse.text_of(w), &text[w.span.clone()]);
            }
        }
    }
}
