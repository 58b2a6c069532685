//! Ctrl-C: leave no partial output file behind.
//!
//! The default SIGINT action kills the process before any destructor runs,
//! so the temporary file behind `-o` would stay on disk. [`install`] sets a
//! handler (ctrlc) that removes the temporary file registered with
//! [`creating`], says so, and exits with 130 at once. It exits from the handler
//! rather than asking the run to stop because the run may be blocked reading
//! stdin or one huge posting. [`finishing`] holds the same lock around the
//! final rename, so an interrupt either removes the temporary file before
//! the rename or waits until the complete file is in place.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use anyhow::Context;

/// Exit status after Ctrl-C (128 + SIGINT), as shells report it.
pub const EXIT_INTERRUPTED: u8 = 130;

static TEMP: Mutex<Option<PathBuf>> = Mutex::new(None);

fn lock() -> MutexGuard<'static, Option<PathBuf>> {
    TEMP.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Installs the Ctrl-C handler.
pub fn install() -> anyhow::Result<()> {
    ctrlc::set_handler(|| {
        let mut temp = lock();
        if let Some(path) = temp.take() {
            let _ = std::fs::remove_file(&path);
        }
        eprintln!("\nrolescan: interrupted; no output file written");
        std::process::exit(i32::from(EXIT_INTERRUPTED));
    })
    .context("could not install the Ctrl-C handler")
}

/// Creates the output with Ctrl-C held off and registers its temporary file
/// (as `temp_path` reports it) for removal on Ctrl-C, so no interrupt falls
/// between the file's creation and its registration.
pub fn creating<T>(
    create: impl FnOnce() -> anyhow::Result<T>,
    temp_path: impl FnOnce(&T) -> Option<&Path>,
) -> anyhow::Result<T> {
    let mut temp = lock();
    let value = create()?;
    *temp = temp_path(&value).map(Path::to_path_buf);
    Ok(value)
}

/// Runs `finish` (the final flush and rename) with Ctrl-C held off, then
/// forgets the temporary file.
pub fn finishing<T>(finish: impl FnOnce() -> T) -> T {
    let mut temp = lock();
    let result = finish();
    *temp = None;
    result
}
