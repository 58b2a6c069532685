//! HTML reports: one self-contained page that shows a scored corpus, or an
//! evaluation, at a glance.
//!
//! A page is one HTML file with its charts inline as SVG and its style
//! sheet inline: it loads nothing (no scripts, fonts, images or style
//! sheets from elsewhere), so it opens offline and can be mailed around. It
//! prints on A4 (a print style sheet keeps figures whole).
//!
//! The files here and what each owns:
//!
//! * [`read`]: reading a scores file that `rolescan score` wrote (CSV or
//!   JSON lines) one row at a time, with the check that it is one (missing
//!   columns are named);
//! * [`summary`]: the streamed [`Summary`] of a scores file: counts,
//!   histograms, evidence sums, counts per source, the top postings per role
//!   (bounded heaps) and error rows grouped by reason; its memory does not
//!   grow with the number of rows;
//! * [`charts`]: the SVG charts, drawn with plotters, in the Okabe–Ito
//!   colours (safe for colour-blind readers): the pieces they share in
//!   `charts/mod.rs`, the scores page's in `charts/scores.rs`, the eval
//!   page's in `charts/eval.rs`;
//! * [`page`]: the scores page (`rolescan report`, `score --report`) from
//!   a [`Summary`], and the template environment both pages use (with its
//!   HTML escaping);
//! * [`eval`]: the evaluation page (`eval --report`) from the metrics of
//!   [`crate::metrics`] and the predictions;
//! * `templates/`: the minijinja templates (`base.html` with the style
//!   sheet, `scores.html`, `eval.html`), compiled into the binary.
//!
//! [`write_page`] writes a page through a temporary file renamed into place,
//! so a failed run leaves no half-written page.

pub mod charts;
pub mod eval;
pub mod page;
pub mod read;
pub mod summary;

use std::io::Write;
use std::path::Path;

pub use page::{scores_page, RunInfo};
pub use summary::Summary;

use crate::error::{Error, Result};

/// Writes `html` to `path` through a temporary file in the same folder,
/// renamed over `path` once complete.
pub fn write_page(path: &Path, html: &str) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".rolescan-report-").suffix(".tmp");
    // Temporary files are private (0600); the page gets the permissions of
    // a new file (0666 less the umask).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(|e| Error::io(path, e))?;
    tmp.write_all(html.as_bytes())
        .and_then(|()| tmp.flush())
        .map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// `n` with thin spaces between groups of three digits (`11 074`).
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1\u{202f}000");
        assert_eq!(thousands(1234567), "1\u{202f}234\u{202f}567");
    }

    #[test]
    fn write_page_replaces_the_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.html");
        std::fs::write(&path, "old").unwrap();
        write_page(&path, "<p>new</p>").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "<p>new</p>");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let missing = dir.path().join("no/such/folder/r.html");
        let err = write_page(&missing, "x").unwrap_err().to_string();
        assert!(err.contains("r.html"), "{err}");
    }
}
