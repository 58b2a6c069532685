//! One-posting files: plain text, Markdown, HTML, word-processor documents
//! (`.docx`, `.odt`, whose text [`super::office`] takes out) and PDF (see
//! [`super::pdf`]).
//!
//! Text and Markdown are scored as they are (Markdown punctuation is not part
//! of any word). HTML goes through html2text, which drops tags, `<script>`
//! and `<style>` contents and decodes entities. A file that looks binary (a
//! NUL byte in its first 8 KiB) is reported, not scored.
//!
//! A file found in a folder or named on the command line becomes a [`File`]
//! record, opened and read only when the record is turned into a posting
//! (by the pipeline's workers, in parallel); a document on stdin is read at
//! once with [`read`].

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::encoding::{decode_document, Encoding};
use super::{extension_dot, io_message, office, pdf, Format, Posting, ReadOptions};

/// A one-posting file, not yet opened (or read ahead but not decoded).
#[derive(Debug)]
pub struct File {
    source: Arc<str>,
    path: PathBuf,
    format: Format,
    /// The input byte counter (for progress) its bytes are added to.
    bytes_read: Arc<AtomicU64>,
    /// The encoding and size limit.
    options: Arc<ReadOptions>,
    /// What [`File::read_ahead`] read, if it was called.
    ahead: Option<std::io::Result<Vec<u8>>>,
}

impl File {
    /// The file at `path` (named `source` in output), in `format`, adding
    /// the bytes it reads to `bytes_read`, read with `options`' encoding
    /// and size limit.
    pub fn new(
        source: Arc<str>,
        path: PathBuf,
        format: Format,
        bytes_read: Arc<AtomicU64>,
        options: Arc<ReadOptions>,
    ) -> File {
        File {
            source,
            path,
            format,
            bytes_read,
            options,
            ahead: None,
        }
    }

    /// Reads the file's bytes now, keeping them (or the error) for
    /// [`File::read`]; the buffer gives back the room the first read left,
    /// so the file holds what [`File::held_bytes`] says.
    pub fn read_ahead(&mut self) {
        if self.ahead.is_none() {
            let mut bytes = self.read_bytes();
            if let Ok(bytes) = &mut bytes {
                bytes.shrink_to_fit();
            }
            self.ahead = Some(bytes);
        }
    }

    /// The bytes read ahead and held (none before [`File::read_ahead`]).
    pub fn held_bytes(&self) -> usize {
        match &self.ahead {
            Some(Ok(bytes)) => bytes.len(),
            _ => 0,
        }
    }

    /// Reads the file (unless it was read ahead) as one posting; a file
    /// that cannot be opened or read becomes an error posting.
    pub fn read(mut self) -> Posting {
        let bytes = match self.ahead.take() {
            Some(bytes) => bytes,
            None => self.read_bytes(),
        };
        let id = stem_id(&self.path);
        match bytes {
            Ok(bytes) => {
                let encoding = self.options.encoding;
                from_bytes(self.source, id, bytes, self.format, encoding, &self.options)
            }
            Err(err) => Posting::error(&self.source, id, io_message(&err)),
        }
    }

    /// The file's bytes, counted in the progress counter; no more than one
    /// byte past the size limit.
    ///
    /// System calls are most of the cost of a small file, so it is read
    /// without asking its size first (`fs::read` does, with one more call
    /// per file): into a buffer that holds a typical posting, with the
    /// read that finds the end, and more reads only for larger files.
    fn read_bytes(&self) -> std::io::Result<Vec<u8>> {
        let mut bytes = Vec::with_capacity(FIRST_READ);
        // `take` also hides the file from `read_to_end`'s special case
        // for files, which asks for the size.
        std::fs::File::open(&self.path)?
            .take(self.options.max_posting_bytes as u64 + 1)
            .read_to_end(&mut bytes)?;
        self.bytes_read
            .fetch_add(bytes.len() as u64, Ordering::Relaxed);
        Ok(bytes)
    }
}

/// Bytes room for the first read of a file: more than most postings.
const FIRST_READ: usize = 16 << 10;

/// The posting id of a one-posting file: its file stem (`-` for stdin).
/// Names in UTF-8 are cut at their last dot (not a leading one) as
/// [`Path::file_stem`] does, without taking the path apart.
pub fn stem_id(path: &Path) -> String {
    let stem = |name: &str| {
        let end = extension_dot(name.as_bytes()).unwrap_or(name.len());
        name[..end].to_string()
    };
    match path.file_name() {
        Some(name) => match name.to_str() {
            Some(name) => stem(name),
            None => Path::new(name)
                .file_stem()
                .unwrap_or(name)
                .to_string_lossy()
                .into_owned(),
        },
        None => "-".to_string(),
    }
}

/// Reads a whole document (from stdin) as one posting, with `encoding`,
/// no further than the size limit of `options`.
pub fn read(
    source: Arc<str>,
    path: &Path,
    reader: impl Read,
    format: Format,
    encoding: Encoding,
    options: &ReadOptions,
) -> Posting {
    let mut bytes = Vec::new();
    let limit = options.max_posting_bytes as u64 + 1;
    if let Err(err) = reader.take(limit).read_to_end(&mut bytes) {
        return Posting::error(&source, stem_id(path), io_message(&err));
    }
    from_bytes(source, stem_id(path), bytes, format, encoding, options)
}

/// The posting of a whole file's bytes (read up to one byte past the size
/// limit).
fn from_bytes(
    source: Arc<str>,
    id: String,
    bytes: Vec<u8>,
    format: Format,
    encoding: Encoding,
    options: &ReadOptions,
) -> Posting {
    if bytes.len() > options.max_posting_bytes {
        let message = super::over_limit("the file is", options.max_posting_bytes);
        return Posting::error(&source, id, message);
    }
    let extracted = match format {
        Format::Pdf => pdf::text(bytes),
        Format::Docx => office::text(&bytes, office::Kind::Docx, options.max_posting_bytes),
        Format::Odt => office::text(&bytes, office::Kind::Odt, options.max_posting_bytes),
        _ => return decoded(source, id, bytes, format, encoding),
    };
    match extracted {
        Ok(text) => Posting {
            source,
            id,
            text: Ok(text),
            warning: None,
        },
        Err(message) => Posting::error(&source, id, message),
    }
}

/// The posting of a text document's bytes (text, Markdown, HTML), decoded
/// with `encoding`.
fn decoded(
    source: Arc<str>,
    id: String,
    bytes: Vec<u8>,
    format: Format,
    encoding: Encoding,
) -> Posting {
    let (text, warning) = match decode_document(bytes, encoding) {
        Ok(decoded) => decoded,
        Err(message) => return Posting::error(&source, id, message),
    };
    let text = match format {
        Format::Html => match html_to_text(text.as_bytes()) {
            Ok(text) => text,
            Err(message) => return Posting::error(&source, id, message),
        },
        _ => text,
    };
    Posting {
        source,
        id,
        text: Ok(text),
        warning,
    }
}

/// The visible text of an HTML document.
pub fn html_to_text(html: &[u8]) -> Result<String, String> {
    html2text::config::plain_no_decorate()
        .raw_mode(true)
        .allow_width_overflow()
        .no_link_wrapping()
        .string_from_read(html, 10_000)
        .map_err(|e| format!("could not read HTML: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_strips_markup() {
        let html = b"<html><head><title>Ad</title><style>p{color:red}</style>\
            <script>var project = 'manager';</script></head>\
            <body><h1>IT&nbsp;Manager</h1><p>Run the help&#8209;desk &amp; ITIL.</p></body></html>";
        let text = html_to_text(html).unwrap();
        assert!(
            text.contains("IT\u{a0}Manager") || text.contains("IT Manager"),
            "{text}"
        );
        assert!(text.contains("& ITIL"), "{text}");
        assert!(!text.contains("color"), "{text}");
        assert!(!text.contains("var project"), "{text}");
        assert!(!text.contains('<'), "{text}");
    }

    #[test]
    fn files_of_every_size_are_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        for size in [
            0,
            1,
            FIRST_READ - 1,
            FIRST_READ,
            FIRST_READ + 1,
            5 * FIRST_READ + 7,
        ] {
            let text: String = "project manager\n".chars().cycle().take(size).collect();
            let path = dir.path().join(format!("{size}.txt"));
            std::fs::write(&path, &text).unwrap();
            let counter = Arc::new(AtomicU64::new(0));
            let posting = File::new(
                Arc::from("f"),
                path,
                Format::Text,
                Arc::clone(&counter),
                Arc::default(),
            )
            .read();
            assert_eq!(posting.id, size.to_string());
            assert_eq!(counter.load(Ordering::Relaxed), size as u64);
            assert_eq!(posting.text.unwrap(), text, "{size} bytes");
        }
        let missing = File::new(
            Arc::from("f"),
            dir.path().join("missing.txt"),
            Format::Text,
            Arc::new(AtomicU64::new(0)),
            Arc::default(),
        )
        .read();
        assert!(missing.text.is_err());
    }

    #[test]
    fn binary_is_reported() {
        let p = read(
            Arc::from("x.txt"),
            Path::new("x.txt"),
            &b"PK\x03\x04\0\0junk"[..],
            Format::Text,
            Encoding::Auto,
            &ReadOptions::default(),
        );
        assert_eq!(p.id, "x");
        assert!(p.text.unwrap_err().contains("binary"));
    }

    #[test]
    fn invalid_utf8_is_decoded_with_a_warning() {
        let p = read(
            Arc::from("x.txt"),
            Path::new("dir/x.txt"),
            &b"caf\xe9 manager"[..],
            Format::Text,
            Encoding::Utf8,
            &ReadOptions::default(),
        );
        assert_eq!(p.text.unwrap(), "caf\u{FFFD} manager");
        assert!(p.warning.unwrap().contains("byte 3"));
    }
}
