use concord::{text::Document, Decoding, Options, Source};
fn main() {
    for p in std::env::args().skip(1) {
        let s = Source::from_path(&p, Decoding::Lossy).unwrap();
        let d = Document::prepare(&s, &Options::new()).unwrap();
        let x = concord::extract::extract(&d, &Options::new());
        println!("=== {} published={:?} subject={}", d.id, d.published, x.subject);
        for c in &x.claims { println!("  {c}   as_of={:?}  {:?}", c.as_of, c.evidence.iter().map(|e| e.quote.as_str()).collect::<Vec<_>>()); }
    }
}
