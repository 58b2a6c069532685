//! Progress on stderr while scoring: postings done, bytes read, MB/s, and an
//! ETA when the input size is known ahead.
//!
//! Shown only when stderr is a terminal and `--quiet` is off; otherwise every
//! method does nothing. indicatif draws at most 20 times a second, and
//! messages printed through [`Progress::suspend`] do not tear the bar.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The progress display of one run.
pub struct Progress {
    bar: Option<ProgressBar>,
    read: Arc<AtomicU64>,
    postings: Cell<u64>,
    errors: Cell<u64>,
}

impl Progress {
    /// A progress display fed by the input byte counter `read`; `total` is
    /// the input size when known. Hidden when `enabled` is false.
    pub fn new(enabled: bool, total: Option<u64>, read: Arc<AtomicU64>) -> Progress {
        let bar = enabled.then(|| {
            let (bar, template) = match total {
                Some(total) => (
                    ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
                    "{spinner} [{elapsed_precise}] [{wide_bar}] {bytes}/{total_bytes} \
                     {bytes_per_sec} ETA {eta} {msg}",
                ),
                None => (
                    ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                    "{spinner} [{elapsed_precise}] {bytes} {bytes_per_sec} {msg}",
                ),
            };
            let style = ProgressStyle::with_template(template)
                .expect("valid progress template")
                .progress_chars("=> ");
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress {
            bar,
            read,
            postings: Cell::new(0),
            errors: Cell::new(0),
        }
    }

    /// Counts one written row.
    pub fn row(&self, failed: bool) {
        let Some(bar) = &self.bar else { return };
        self.postings.set(self.postings.get() + 1);
        self.errors.set(self.errors.get() + u64::from(failed));
        bar.set_position(self.read.load(Ordering::Relaxed));
        if self.postings.get() % 128 == 1 {
            bar.set_message(self.message());
        }
    }

    fn message(&self) -> String {
        format!(
            "{} postings, {} errors",
            self.postings.get(),
            self.errors.get()
        )
    }

    /// Runs `f` (which prints to stderr) with the bar out of the way.
    pub fn suspend<T>(&self, f: impl FnOnce() -> T) -> T {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Removes the bar; the summary line takes its place.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
