//! The HTML report in a real browser (issue 13): headless Chromium loads
//! the seeds' page with no console message, every conflict's words are
//! marked in the rendered page, and a screenshot is taken. Ignored, not
//! passed, when Debian's chromium is absent (`.ci/run` installs it).

use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium(profile: &Path, args: &[&str], page: &Path) -> std::process::Output {
    Command::new("/usr/bin/chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs")
}

fn console_lines(stderr: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

#[test]
#[cfg_attr(not(has_chromium), ignore = "needs /usr/bin/chromium")]
fn the_seeds_page_loads_cleanly_with_every_conflict_marked() {
    let dir = scratch("html-report");
    let exe = std::env::current_exe().expect("the test binary");
    let tool = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>")
        .join("examples/reconcile");
    let run = |format: &str| {
        let out = Command::new(&tool)
            .args(["--format", format, "seeds/"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("reconcile runs");
        assert!(out.status.success());
        out.stdout
    };
    let page = dir.join("report.html");
    std::fs::write(&page, run("html")).expect("the page is written");
    let report: serde_json::Value = serde_json::from_slice(&run("json")).expect("JSON");
    let conflicts = report["conflicts"].as_array().expect("conflicts").len();
    assert!(conflicts >= 1);

    // The console check can fail: a page with an error is caught.
    let bad = dir.join("bad.html");
    std::fs::write(&bad, "<script>undefinedFunction()</script>").expect("written");
    let out = chromium(&dir.join("profile-bad"), &["--dump-dom"], &bad);
    assert!(
        !console_lines(&out.stderr).is_empty(),
        "the console check sees errors"
    );

    let out = chromium(&dir.join("profile"), &["--dump-dom"], &page);
    assert!(out.status.success());
    assert_eq!(console_lines(&out.stderr), Vec::<String>::new());
    let dom = String::from_utf8_lossy(&out.stdout);
    for n in 1..=conflicts {
        assert!(
            dom.contains(&format!("id=\"conflict-{n}\"")),
            "conflict {n} is on the page"
        );
        let marked = dom.match_indices("data-conflicts=\"").any(|(i, m)| {
            let rest = &dom[i + m.len()..];
            rest[..rest.find('"').unwrap_or(0)]
                .split(' ')
                .any(|id| id == n.to_string())
        });
        assert!(marked, "conflict {n}'s words are marked in a report's text");
    }

    let shot = dir.join("report.png");
    let out = chromium(
        &dir.join("profile-shot"),
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1280,1800",
        ],
        &page,
    );
    assert!(out.status.success());
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG"));
}
