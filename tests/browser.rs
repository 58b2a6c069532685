//! The report pages in a real browser: headless Chromium renders each page,
//! its rendered DOM must hold every chart and load nothing from elsewhere,
//! and a screenshot of each is saved (under the target folder's test
//! temporary folder, `report-screenshots/`) for a person to look at.
//!
//! These tests need Chromium (Debian's `chromium`; `ROLESCAN_CHROMIUM`
//! names another binary), so `cargo test` leaves them ignored;
//! `cargo test -- --ignored` runs them (`.ci/run` installs Chromium first)
//! and fails, saying why, when Chromium is absent. The dev-corpus test also
//! needs `../shared/corpora/dev.jsonl`.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::report::{assert_charts, external_refs, EVAL_CHARTS, SCORES_CHARTS};
use crate::util::{root, run};

/// Pages must stay under this size.
const MAX_PAGE_BYTES: u64 = 3 * 1024 * 1024;

/// The Chromium binary: `ROLESCAN_CHROMIUM`, else `chromium` or
/// `chromium-browser` on the PATH.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("ROLESCAN_CHROMIUM").filter(|p| !p.is_empty()) {
        return PathBuf::from(path);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| {
            panic!(
                "Chromium is absent: this test renders the report pages in headless Chromium; \
                 install it (apt-get install chromium; .ci/run does) or set ROLESCAN_CHROMIUM"
            )
        })
}

/// Runs headless Chromium on `page` with `args` (at most two minutes) and
/// returns its stdout.
fn headless(page: &Path, profile: &Path, args: &[&str]) -> String {
    let url = format!("file://{}", page.canonicalize().unwrap().display());
    let out = Command::new("timeout")
        .arg("120")
        .arg(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            // Nothing can be fetched: a page that needs the network shows it.
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(&url)
        .output()
        .expect("timeout and chromium run");
    assert!(
        out.status.success(),
        "chromium failed on {url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("the DOM is UTF-8")
}

/// Renders `page`, checks its DOM for the charts `ids` and for outside
/// references, and saves a screenshot as `name`.png; returns its path.
fn render(page: &Path, ids: &[&str], name: &str) -> PathBuf {
    let size = std::fs::metadata(page).unwrap().len();
    assert!(size < MAX_PAGE_BYTES, "{name}: {size} bytes, over 3 MB");
    let html = std::fs::read_to_string(page).unwrap();
    assert_eq!(external_refs(&html), Vec::<String>::new(), "{name}: page");
    let profile = tempfile::tempdir().unwrap();
    let dom = headless(page, profile.path(), &["--dump-dom"]);
    assert!(dom.contains("</html>"), "{name}: no DOM dumped");
    assert_charts(&dom, ids, &format!("{name} (rendered DOM)"));
    assert_eq!(external_refs(&dom), Vec::<String>::new(), "{name}: DOM");

    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("report-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let png = shots.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&png);
    headless(
        page,
        profile.path(),
        &[
            "--window-size=1280,2400",
            &format!("--screenshot={}", png.display()),
        ],
    );
    let bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("{name}: no screenshot: {e}"));
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "{name}: not a PNG");
    assert!(bytes.len() > 20_000, "{name}: a blank screenshot?");
    eprintln!("screenshot of {name}: {}", png.display());
    png
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Writes the scores page of `input` and the eval page of `labelled` into
/// `dir`.
fn pages(dir: &Path, input: &str, labelled: &str) -> (PathBuf, PathBuf) {
    let scores = dir.join("scores.csv");
    let report = dir.join("report.html");
    let out = run(&[
        "score",
        "-q",
        input,
        "-o",
        s(&scores),
        "--report",
        s(&report),
    ]);
    assert!(
        out.status.code().is_some_and(|c| c == 0 || c == 2),
        "{out:?}"
    );
    let eval = dir.join("eval.html");
    let out = run(&["eval", labelled, "--report", s(&eval)]);
    assert!(out.status.success(), "{out:?}");
    (report, eval)
}

#[test]
#[ignore = "needs Chromium (apt-get install chromium); run with `cargo test -- --ignored` (.ci/run installs it)"]
fn report_pages_render_in_chromium() {
    let tmp = tempfile::tempdir().unwrap();
    let (report, eval) = pages(
        tmp.path(),
        "corpora/sample",
        "corpora/role-statements.jsonl",
    );
    render(&report, &SCORES_CHARTS, "sample-report");
    render(&eval, &EVAL_CHARTS, "role-statements-eval");
}

#[test]
#[ignore = "needs Chromium and ../shared/corpora/dev.jsonl; run with `cargo test -- --ignored` (.ci/run does)"]
fn dev_corpus_pages_are_small_and_render_in_chromium() {
    let dev = root().join("../shared/corpora/dev.jsonl");
    assert!(
        dev.exists(),
        "../shared/corpora/dev.jsonl is absent: this test needs the shared development corpus \
         next to the checkout (CI provides it)"
    );
    let tmp = tempfile::tempdir().unwrap();
    let (report, eval) = pages(tmp.path(), s(&dev), s(&dev));
    render(&report, &SCORES_CHARTS, "dev-report");
    render(&eval, &EVAL_CHARTS, "dev-eval");
}
