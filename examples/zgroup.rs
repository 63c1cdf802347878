use concord::{Decoding, Options, Source};
use std::collections::*;
fn main() {
    let root = std::env::args().nth(1).unwrap();
    let mut sources = vec![];
    let mut topic = BTreeMap::new();
    for d in std::fs::read_dir(&root).unwrap() {
        let d = d.unwrap().path();
        if !d.is_dir() { continue; }
        for f in std::fs::read_dir(&d).unwrap() {
            let f = f.unwrap().path();
            let t = d.file_name().unwrap().to_string_lossy().to_string();
            let mut s = Source::from_path(&f, Decoding::Lossy).unwrap();
            s.id = format!("{t}/{}", s.id);
            topic.insert(s.id.clone(), t);
            sources.push(s);
        }
    }
    let t0 = std::time::Instant::now();
    let r = concord::reconcile(&sources, &Options::new()).unwrap();
    eprintln!("{} sources, {} events in {:?}", sources.len(), r.events.len(), t0.elapsed());
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let ev: BTreeMap<&str, &str> = r.events.iter().flat_map(|e| e.sources.iter().map(move |s| (s.as_str(), e.id.as_str()))).collect();
    let ids: Vec<&String> = topic.keys().collect();
    for i in 0..ids.len() { for j in i+1..ids.len() {
        let same_t = topic[ids[i]] == topic[ids[j]];
        let same_e = ev.get(ids[i].as_str()) == ev.get(ids[j].as_str());
        match (same_t, same_e) { (true, true) => tp += 1, (false, true) => fp += 1, (true, false) => fn_ += 1, _ => {} }
    }}
    eprintln!("pairwise precision {:.3} recall {:.3}", tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64);
    eprintln!("conflicts {} agreements {}", r.conflicts.len(), r.agreements.len());
    if std::env::var("SHOW").is_ok() { print!("{}", concord::report::to_text(&r)); }
}
