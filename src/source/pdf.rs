//! The text of PDF files, every page, with pdf-extract.
//!
//! pdf-extract panics on some real files and may take very long on
//! pathological ones, so each PDF is read on a thread of its own: a panic
//! there becomes that posting's error, and a file that takes longer than
//! [`TIME_LIMIT`] is reported as such while the run goes on (the thread is
//! left to finish on its own; its result is dropped). A PDF with no text
//! layer, a scan, gives an error that says to run OCR first.

use std::sync::mpsc;
use std::time::Duration;

/// The longest one PDF may take to read.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// The name of the threads that read PDFs.
const THREAD_NAME: &str = "rolescan-pdf";

/// The text of the PDF in `bytes`, or why there is none.
pub fn text(bytes: Vec<u8>) -> Result<String, String> {
    text_within(bytes, TIME_LIMIT, pdf_extract::extract_text_from_mem)
}

/// The text `extract` gets from `bytes` on a thread of its own, waiting no
/// longer than `limit`.
fn text_within<E: std::fmt::Display + Send + 'static>(
    bytes: Vec<u8>,
    limit: Duration,
    extract: fn(&[u8]) -> Result<String, E>,
) -> Result<String, String> {
    let (done, result) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(THREAD_NAME.to_string())
        .spawn(move || {
            let extracted = crate::caught::catch(|| extract(&bytes));
            // The receiver is gone when the time ran out.
            let _ = done.send(extracted);
        });
    if let Err(err) = spawned {
        return Err(format!("could not start reading the PDF: {err}"));
    }
    let text = match result.recv_timeout(limit) {
        Ok(Ok(Ok(text))) => text,
        Ok(Ok(Err(err))) => return Err(format!("not a readable PDF: {err}")),
        Ok(Err(why)) => {
            return Err(format!(
                "the PDF reader failed on this file ({why}); convert it to text with pdftotext"
            ));
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            return Err(format!(
                "reading the PDF took longer than {} s; skipped (convert it to text with pdftotext)",
                limit.as_secs()
            ));
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            return Err("the PDF reader stopped without an answer".to_string())
        }
    };
    if text.trim().is_empty() {
        return Err(
            "the PDF has no text layer (a scan?): run OCR on it first, e.g. ocrmypdf".to_string(),
        );
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_real_pdf_and_a_scan() {
        let pm = include_bytes!("../../tests/data/office/pm.pdf").to_vec();
        let text = text(pm).unwrap();
        assert!(
            text.contains("project manager to plan our conference season"),
            "{text}"
        );
        assert!(text.contains("cover letter"), "the second page: {text}");
        let scan = include_bytes!("../../tests/data/office/scan.pdf").to_vec();
        assert!(super::text(scan).unwrap_err().contains("no text layer"));
    }

    #[test]
    fn a_reader_that_hangs_or_panics_is_an_error() {
        fn hangs(_: &[u8]) -> Result<String, String> {
            std::thread::sleep(Duration::from_secs(2));
            Ok("late".to_string())
        }
        fn panics(_: &[u8]) -> Result<String, String> {
            panic!("bad xref");
        }
        let err = text_within(Vec::new(), Duration::from_millis(20), hangs).unwrap_err();
        assert!(
            err.starts_with("reading the PDF took longer than 0 s"),
            "{err}"
        );
        let err = text_within(Vec::new(), Duration::from_secs(5), panics).unwrap_err();
        assert!(
            err.starts_with("the PDF reader failed on this file (bad xref)"),
            "{err}"
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
        /// Any cut or any changed byte of a real PDF gives text or a
        /// message (pdf-extract's panics caught), and the thread's panic
        /// is not printed.
        #[test]
        fn a_damaged_real_pdf_gives_text_or_a_message(
            cut in 0.0f64..=1.0,
            flip in proptest::prelude::any::<(proptest::sample::Index, u8)>(),
        ) {
            let bytes = include_bytes!("../../tests/data/office/pm.pdf");
            let cut_at = (bytes.len() as f64 * cut) as usize;
            if let Err(e) = text(bytes[..cut_at].to_vec()) {
                proptest::prop_assert!(!e.is_empty());
            }
            let mut flipped = bytes.to_vec();
            let at = flip.0.index(flipped.len());
            flipped[at] ^= flip.1 | 1;
            if let Err(e) = text(flipped) {
                proptest::prop_assert!(!e.is_empty());
            }
        }
    }

    #[test]
    fn bytes_that_are_not_a_pdf_give_a_message() {
        let err = text(b"%PDF-1.4 and then nothing".to_vec()).unwrap_err();
        assert!(
            err.starts_with("not a readable PDF") || err.starts_with("the PDF reader failed"),
            "{err}"
        );
        let err = text(Vec::new()).unwrap_err();
        assert!(!err.is_empty());
    }
}
