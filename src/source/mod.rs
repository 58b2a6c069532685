//! Postings and where they come from.
//!
//! A [`Posting`] is one job ad: where it came from, its id, and either its
//! text or the reason it could not be read. [`Postings`] turns a list of
//! inputs (files, folders, `-` for stdin) into a stream of postings in a
//! stable order: inputs in the order given, folders walked recursively in
//! sorted path order, records in file order. A posting with no text (an
//! empty file, an empty field) is still scored, with a warning. It never
//! stops at a bad input:
//! an unreadable file, a folder that cannot be listed, a JSON line that does
//! not parse all become postings whose `text` is an error, so every problem
//! gets its own output row.
//!
//! Reading is split in two steps so the expensive one can run in parallel.
//! [`Records`] does the cheap, ordered part: it walks folders, opens the
//! multi-posting files and splits JSON lines, and yields one [`Record`] per
//! posting: the raw bytes of a JSON line, the path of a one-posting file not
//! yet opened, or a posting already read (CSV rows, JSON arrays, documents
//! on stdin, errors found while walking). [`Record::into_posting`] does the
//! rest (reading the file, UTF-8 check, JSON parsing) on any thread.
//! [`Postings`] is just the two steps one after the other, so both paths
//! give the same postings, ids, errors and warnings.
//!
//! Readers per format live in the submodules: [`document`] (plain text,
//! Markdown, HTML: one posting per file), [`jsonl`] and [`csv`] (one posting
//! per record).

pub mod csv;
pub mod document;
mod fields;
pub mod jsonl;
mod lines;
mod onepass;

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// One job posting, or the reason it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posting {
    /// The file it came from (`-` for stdin).
    pub source: Arc<str>,
    /// Its id: the id field or column, the file stem for one-posting files,
    /// or `line:N` / `row:N` when a record has no id.
    pub id: String,
    /// The text to score, or why there is none.
    pub text: Result<String, String>,
    /// A problem that did not stop the posting from being scored (for
    /// example invalid UTF-8 replaced by U+FFFD).
    pub warning: Option<String>,
}

impl Posting {
    fn error(source: &Arc<str>, id: impl Into<String>, message: impl Into<String>) -> Posting {
        Posting {
            source: Arc::clone(source),
            id: id.into(),
            text: Err(message.into()),
            warning: None,
        }
    }
}

/// One posting, possibly not read yet: what [`Records`] yields. Each record
/// becomes exactly one posting, so positions (for `--shard`) are the same
/// in records and in postings.
#[derive(Debug)]
pub enum Record {
    /// A non-blank JSON line, not yet decoded or parsed.
    JsonLine(jsonl::Line),
    /// A one-posting file (text, Markdown, HTML), not yet opened.
    File(document::File),
    /// A posting read already: CSV rows, JSON arrays, documents on stdin,
    /// and errors found while walking folders or opening files.
    Posting(Posting),
}

impl Record {
    /// Reads and parses the record: the same posting, id, error and
    /// warnings whichever thread does it. A posting whose text is empty or
    /// blank gets a warning.
    pub fn into_posting(self) -> Posting {
        let mut posting = match self {
            Record::JsonLine(line) => line.parse(),
            Record::File(file) => file.read(),
            Record::Posting(posting) => posting,
        };
        if posting.warning.is_none() && posting.text.as_ref().is_ok_and(|t| t.trim().is_empty()) {
            posting.warning = Some("empty posting: no text to score".to_string());
        }
        posting
    }

    /// The bytes the record holds in memory (line bytes or posting text;
    /// a file not yet opened holds none), for bounding batches. JSON lines
    /// share the chunk they were read in: the whole chunk is charged to
    /// the first of its lines asked, and the others hold nothing more.
    pub fn held_bytes(&self) -> usize {
        match self {
            Record::JsonLine(line) => line.held_bytes(),
            Record::File(_) => 0,
            Record::Posting(posting) => posting.text.as_ref().map_or(0, String::len),
        }
    }
}

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown: the whole file is one posting.
    Text,
    /// HTML: tags, scripts, styles and entities are stripped; one posting.
    Html,
    /// JSON lines (one object per line), or a JSON array of objects.
    Jsonl,
    /// CSV with a header row; one posting per row.
    Csv,
}

impl Format {
    /// The format for a file extension, if it is one rolescan reads.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" | "md" | "markdown" => Format::Text,
            "html" | "htm" | "xhtml" => Format::Html,
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "csv" => Format::Csv,
            _ => return None,
        })
    }
}

/// How to read inputs.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Force one format for every file and stdin (otherwise by extension;
    /// stdin is JSON lines when it starts with `{`, else plain text).
    pub format: Option<Format>,
    /// JSON field with the text (default: the first of
    /// [`DEFAULT_TEXT_FIELDS`] present).
    pub text_field: Option<String>,
    /// JSON field with the id (default `id`, else `line:N`).
    pub id_field: Option<String>,
    /// CSV column with the text (default: as for JSON).
    pub text_column: Option<String>,
    /// CSV column with the id (default `id`, else `row:N`).
    pub id_column: Option<String>,
}

/// The buffer of the readers of multi-posting files and stdin.
const READ_BUFFER_BYTES: usize = 256 * 1024;

/// Field or column names tried, in order, when none is given.
pub const DEFAULT_TEXT_FIELDS: &[&str] = &["description", "text", "body", "content"];
/// Field or column name used for ids when none is given.
pub const DEFAULT_ID_FIELD: &str = "id";

/// An iterator over the postings of a list of inputs: [`Records`], each read
/// and parsed in turn on the thread that iterates.
pub struct Postings {
    records: Records,
}

impl Postings {
    /// Reads `inputs` (files, folders, or `-` for stdin) with `options`.
    pub fn new(inputs: Vec<PathBuf>, options: ReadOptions) -> Postings {
        Postings {
            records: Records::new(inputs, options),
        }
    }

    /// A counter of the input bytes read so far (files and stdin, before
    /// decoding), shared with the iterator wherever it runs; for progress.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        self.records.bytes_read()
    }

    /// The total size of the files the remaining inputs will read (see
    /// [`Records::total_bytes`]).
    pub fn total_bytes(&self) -> Option<u64> {
        self.records.total_bytes()
    }

    /// The records behind this iterator, for callers that read and parse
    /// them elsewhere (the pipeline does it in its workers).
    pub fn into_records(self) -> Records {
        self.records
    }
}

impl Iterator for Postings {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        self.records.next().map(Record::into_posting)
    }
}

/// An iterator over the records of a list of inputs, one per posting, in
/// input order. Only the ordered part of reading happens here: listing
/// folders, opening JSON lines and CSV files, splitting lines, and reading
/// CSV, JSON arrays and stdin documents whole (these stay on the iterating
/// thread). One-posting files are passed on unopened and JSON lines
/// unparsed; [`Record::into_posting`] finishes them.
pub struct Records {
    options: Arc<ReadOptions>,
    inputs: VecDeque<PathBuf>,
    walker: Option<FilteredWalk>,
    current: Option<Box<dyn Iterator<Item = Record> + Send>>,
    bytes_read: Arc<AtomicU64>,
}

impl Records {
    /// Reads `inputs` (files, folders, or `-` for stdin) with `options`.
    pub fn new(inputs: Vec<PathBuf>, options: ReadOptions) -> Records {
        Records {
            options: Arc::new(options),
            inputs: inputs.into(),
            walker: None,
            current: None,
            bytes_read: Arc::default(),
        }
    }

    /// A counter of the input bytes read so far (files and stdin, before
    /// decoding), shared with the iterator and its records wherever they
    /// are read; for progress.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }

    /// The total size of the files the remaining inputs will read, walking
    /// folders with the same rules as reading them, or `None` when it cannot
    /// be known ahead (stdin, or an input that is neither file nor folder).
    /// Files that cannot be inspected count as empty.
    pub fn total_bytes(&self) -> Option<u64> {
        let mut total = 0u64;
        for input in &self.inputs {
            if input.as_os_str() == "-" {
                return None;
            }
            let meta = std::fs::metadata(input).ok()?;
            if meta.is_file() {
                total += meta.len();
            } else if meta.is_dir() {
                let walk = walkdir::WalkDir::new(input)
                    .follow_links(true)
                    .into_iter()
                    .filter_entry(keep_entry);
                for entry in walk.flatten() {
                    if entry.file_type().is_file() && Format::from_extension(entry.path()).is_some()
                    {
                        total += entry.metadata().map_or(0, |m| m.len());
                    }
                }
            } else {
                return None;
            }
        }
        Some(total)
    }

    /// The next file to open: from the folder being walked, else the next
    /// input. Folder entries that cannot be read become error postings.
    fn next_file(&mut self) -> Option<Result<(PathBuf, Option<Format>), Posting>> {
        loop {
            if let Some(walker) = &mut self.walker {
                match walker.next() {
                    Some(Ok(entry)) => {
                        if !entry.file_type().is_file() {
                            continue;
                        }
                        // Only known posting formats are read from folders.
                        let path = entry.into_path();
                        if let Some(format) = Format::from_extension(&path) {
                            return Some(Ok((path, Some(self.options.format.unwrap_or(format)))));
                        }
                        continue;
                    }
                    Some(Err(err)) => {
                        let path = err
                            .path()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default();
                        let message = walk_error_message(&err);
                        return Some(Err(Posting::error(&Arc::from(path), "", message)));
                    }
                    None => self.walker = None,
                }
            }
            let input = self.inputs.pop_front()?;
            if input.as_os_str() == "-" {
                return Some(Ok((input, self.options.format)));
            }
            match std::fs::metadata(&input) {
                Ok(meta) if meta.is_dir() => {
                    let walker = walkdir::WalkDir::new(&input)
                        .follow_links(true)
                        .sort_by_file_name()
                        .into_iter()
                        .filter_entry(keep_entry as fn(&walkdir::DirEntry) -> bool);
                    self.walker = Some(walker);
                }
                Ok(_) => {
                    let format = self
                        .options
                        .format
                        .or_else(|| Format::from_extension(&input))
                        .or(Some(Format::Text));
                    return Some(Ok((input, format)));
                }
                Err(err) => {
                    let source: Arc<str> = Arc::from(input.display().to_string());
                    let id = document::stem_id(&input);
                    return Some(Err(Posting::error(&source, id, io_message(&err))));
                }
            }
        }
    }

    /// The records of one input file (or stdin). One-posting files are
    /// not opened here: their record is opened by whoever reads it.
    fn open(&self, path: &Path, format: Option<Format>) -> Box<dyn Iterator<Item = Record> + Send> {
        let source: Arc<str> = Arc::from(path.display().to_string());
        let counter = Arc::clone(&self.bytes_read);
        let is_stdin = path.as_os_str() == "-";
        if let (Some(format @ (Format::Text | Format::Html)), false) = (format, is_stdin) {
            let file = document::File::new(source, path.to_path_buf(), format, counter);
            return Box::new(std::iter::once(Record::File(file)));
        }
        let reader: Box<dyn Read + Send> = if is_stdin {
            Box::new(Counting(io::stdin(), counter))
        } else {
            match File::open(path) {
                Ok(f) => Box::new(Counting(f, counter)),
                Err(err) => {
                    let id = document::stem_id(path);
                    let posting = Posting::error(&source, id, io_message(&err));
                    return Box::new(std::iter::once(Record::Posting(posting)));
                }
            }
        };
        let mut reader = BufReader::with_capacity(READ_BUFFER_BYTES, reader);
        let format = match format {
            Some(f) => f,
            // Only stdin arrives here without a format: sniff it.
            None => match reader.fill_buf() {
                Ok(buf) if buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') => {
                    Format::Jsonl
                }
                _ => Format::Text,
            },
        };
        let options = Arc::clone(&self.options);
        match format {
            // A document on stdin is read here: it cannot be reopened.
            Format::Text | Format::Html => Box::new(std::iter::once(Record::Posting(
                document::read(source, path, reader, format),
            ))),
            Format::Jsonl => jsonl::read(source, reader, options),
            Format::Csv => Box::new(csv::read(source, reader, options).map(Record::Posting)),
        }
    }
}

impl Iterator for Records {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(current) = &mut self.current {
                if let Some(record) = current.next() {
                    return Some(record);
                }
                self.current = None;
            }
            match self.next_file()? {
                Ok((path, format)) => self.current = Some(self.open(&path, format)),
                Err(posting) => return Some(Record::Posting(posting)),
            }
        }
    }
}

/// A reader that adds the bytes it reads to a shared counter.
struct Counting<R>(R, Arc<AtomicU64>);

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.0.read(buf)?;
        self.1.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

type FilteredWalk = walkdir::FilterEntry<walkdir::IntoIter, fn(&walkdir::DirEntry) -> bool>;

/// Folder walks skip hidden files and folders (but not a hidden folder named
/// on the command line).
fn keep_entry(entry: &walkdir::DirEntry) -> bool {
    entry.depth() == 0 || !is_hidden(entry.file_name())
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|s| s.starts_with('.'))
}

fn walk_error_message(err: &walkdir::Error) -> String {
    if let Some(ancestor) = err.loop_ancestor() {
        return format!("symlink loop back to {}; skipped", ancestor.display());
    }
    match err.io_error() {
        Some(io) => io_message(io),
        None => err.to_string(),
    }
}

/// A short, user-facing description of an I/O error.
pub(crate) fn io_message(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => err.to_string(),
    }
}

/// Decodes bytes as UTF-8, replacing invalid sequences. Returns the text and,
/// when replacement happened, a warning naming the first bad byte.
pub(crate) fn decode(bytes: Vec<u8>) -> (String, Option<String>) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => {
            let warning = invalid_utf8(e.utf8_error());
            (
                String::from_utf8_lossy(e.as_bytes()).into_owned(),
                Some(warning),
            )
        }
    }
}

/// [`decode`] for borrowed bytes: valid UTF-8 is borrowed, not copied.
pub(crate) fn decode_slice(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), None),
        Err(e) => (String::from_utf8_lossy(bytes), Some(invalid_utf8(e))),
    }
}

fn invalid_utf8(err: std::str::Utf8Error) -> String {
    format!(
        "invalid UTF-8 at byte {}; bad bytes were replaced with U+FFFD (convert the file to UTF-8, e.g. with iconv)",
        err.valid_up_to()
    )
}
