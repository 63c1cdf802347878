//! Inputs shared by the benches: the seeds' text and a generated news-like text.

use std::path::Path;

#[allow(dead_code)]
pub fn seeds_text() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

/// About `bytes` of news-like prose: sentences built from templates with
/// numbers, durations, dates and plain words, by a fixed linear congruence.
#[allow(dead_code)]
pub fn news_like(bytes: usize) -> String {
    const SUBJECTS: &[&str] = &[
        "The ministry",
        "Officials",
        "The two parties",
        "Police",
        "The company",
        "Rescue teams",
    ];
    const VERBS: &[&str] = &[
        "said",
        "announced",
        "confirmed",
        "reported",
        "agreed",
        "held talks",
    ];
    const TAILS: &[&str] = &[
        "on Wednesday after a six-year hiatus",
        "for the first time since 2018",
        "in over six years, according to a statement",
        "that more than 120 countries took part",
        "that 1,200 people were evacuated on May 29, 2024",
        "that the 9th conference was halted in October 2018",
        "that talks would resume early next week",
        "that about 30 were injured and two and a half years had passed",
        "that the plan costs 1.5 million dollars and was delayed",
        "that the council met last year in the capital city",
    ];
    let mut out = String::with_capacity(bytes + 200);
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = |n: usize| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) as usize % n
    };
    while out.len() < bytes {
        out.push_str(SUBJECTS[next(SUBJECTS.len())]);
        out.push(' ');
        out.push_str(VERBS[next(VERBS.len())]);
        out.push(' ');
        out.push_str(TAILS[next(TAILS.len())]);
        out.push_str(if next(5) == 0 { ".\n\n" } else { ". " });
    }
    out
}

/// Every article of `../shared/news-dev`, in path order, or `None` with a
/// message on standard error when the folder is absent.
#[allow(dead_code)]
pub fn news_dev_sources() -> Option<Vec<concord::Source>> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/news-dev");
    let Ok(stories) = std::fs::read_dir(&root) else {
        eprintln!("news-dev benches skipped: {} is absent", root.display());
        return None;
    };
    let mut paths: Vec<_> = stories
        .flatten()
        .filter(|e| e.path().is_dir())
        .flat_map(|e| std::fs::read_dir(e.path()).into_iter().flatten().flatten())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    Some(
        paths
            .iter()
            .filter_map(|p| concord::Source::from_path(p, concord::Decoding::Lossy).ok())
            .collect(),
    )
}
