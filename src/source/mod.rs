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
//! Markdown, HTML, and with [`office`] and [`pdf`] Word, OpenDocument and
//! PDF files: one posting per file), [`jsonl`], [`csv`] and [`sheet`] (one
//! posting per record or row); [`compression`] unpacks gzip and zstd
//! streams, and [`encoding`] turns the bytes of every text input into text.

pub mod compression;
pub mod csv;
pub mod document;
pub mod encoding;
mod fields;
mod json_array;
pub mod jsonl;
mod lines;
pub mod office;
mod onepass;
pub mod pdf;
pub mod sheet;

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub use compression::Compression;
pub use encoding::Encoding;

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
    /// Adds a warning (after any it has already).
    pub fn add_warning(&mut self, warning: String) {
        self.warning = Some(match self.warning.take() {
            Some(first) => format!("{first}; {warning}"),
            None => warning,
        });
    }

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
        // A JSON line's text is not looked at for binary data: JSON keeps
        // raw control bytes out of its strings (only escapes put them in),
        // and the look costs some 4% of the instructions of scoring JSON
        // lines.
        let (mut posting, may_be_binary) = match self {
            Record::JsonLine(line) => (line.parse(), false),
            Record::File(file) => (file.read(), true),
            Record::Posting(posting) => (posting, true),
        };
        if let Ok(text) = &posting.text {
            let binary = may_be_binary.then(|| encoding::binary_text(text)).flatten();
            if let Some(reason) = binary {
                posting.text = Err(reason);
            } else if posting.warning.is_none() && text.trim().is_empty() {
                posting.warning = Some("empty posting: no text to score".to_string());
            }
        }
        posting
    }

    /// Adds a warning to the record's posting (parsing a JSON line now, on
    /// this thread, to hold it).
    fn add_warning(self, warning: String) -> Record {
        let mut posting = match self {
            Record::JsonLine(line) => line.parse(),
            Record::Posting(posting) => posting,
            file @ Record::File(_) => return file,
        };
        posting.add_warning(warning);
        Record::Posting(posting)
    }

    /// Reads the bytes of a one-posting file now (not decoding them), so
    /// that [`Record::into_posting`] does not wait for the disk: for a
    /// reader thread with time to spare. Other records are left as they are.
    pub fn read_ahead(&mut self) {
        if let Record::File(file) = self {
            file.read_ahead();
        }
    }

    /// The bytes the record holds in memory (line bytes, posting text, or
    /// a file's bytes read ahead; a file not read ahead holds none), for
    /// bounding batches. JSON lines
    /// share the chunk they were read in: the whole chunk is charged to
    /// the first of its lines asked, and the others hold nothing more.
    pub fn held_bytes(&self) -> usize {
        match self {
            Record::JsonLine(line) => line.held_bytes(),
            Record::File(file) => file.held_bytes(),
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
    /// Tab-separated values: CSV with tabs between fields.
    Tsv,
    /// A Word document (`.docx`): its paragraphs, tables, headers and
    /// footers; one posting.
    Docx,
    /// An OpenDocument text (`.odt`); one posting.
    Odt,
    /// A PDF: the text of every page; one posting.
    Pdf,
    /// A spreadsheet (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`): a header
    /// row, then one posting per row.
    Sheet,
}

impl Format {
    /// Whether a file of this format is one posting.
    fn is_document(self) -> bool {
        matches!(
            self,
            Format::Text | Format::Html | Format::Docx | Format::Odt | Format::Pdf
        )
    }

    /// The format for a file extension, if it is one rolescan reads.
    pub fn from_extension(path: &Path) -> Option<Format> {
        Format::from_name(path.file_name()?.as_encoded_bytes())
    }

    /// The format of a file name's extension, as [`Format::from_extension`]
    /// (the bytes after the last dot, not counting a leading one), without
    /// taking a path apart: for each entry of a folder.
    fn from_name(name: &[u8]) -> Option<Format> {
        if let Some((_, inner)) = Compression::from_name(name) {
            return Format::from_name(&name[..inner]);
        }
        let ext = &name[extension_dot(name)? + 1..];
        let is = |known: &[&str]| known.iter().any(|k| ext.eq_ignore_ascii_case(k.as_bytes()));
        Some(if is(&["txt", "text", "md", "markdown"]) {
            Format::Text
        } else if is(&["html", "htm", "xhtml"]) {
            Format::Html
        } else if is(&["jsonl", "ndjson", "json"]) {
            Format::Jsonl
        } else if is(&["csv"]) {
            Format::Csv
        } else if is(&["tsv", "tab"]) {
            Format::Tsv
        } else if is(&["docx", "docm"]) {
            Format::Docx
        } else if is(&["odt"]) {
            Format::Odt
        } else if is(&["pdf"]) {
            Format::Pdf
        } else if is(&["xlsx", "xlsm", "xlsb", "xls", "ods"]) {
            Format::Sheet
        } else {
            return None;
        })
    }
}

/// For a document format rolescan does not read, by its file name's
/// extension, how to convert it.
fn unsupported(name: &[u8]) -> Option<&'static str> {
    if let Some((_, dot)) = Compression::from_name(name) {
        let inner = &name[..dot];
        return unsupported(inner).or_else(|| {
            Format::from_name(inner).is_none().then_some(
                "a compressed file whose name does not say what it holds: \
                 name it after its contents (postings.jsonl.gz, export.csv.gz) \
                 or pass --input-format",
            )
        });
    }
    let ext = &name[extension_dot(name)? + 1..];
    let is = |known: &[&str]| known.iter().any(|k| ext.eq_ignore_ascii_case(k.as_bytes()));
    Some(if is(&["doc", "wpd", "wps", "pages"]) {
        "save it as .docx, .odt, .pdf or text"
    } else if is(&["rtf"]) {
        "save it as .docx or text"
    } else if is(&["ppt", "pptx", "odp", "key"]) {
        "a presentation: save its text as .pdf or text"
    } else if is(&["numbers"]) {
        "save it as .xlsx or CSV"
    } else if is(&["zip", "7z", "rar", "tar", "tgz", "bz2", "xz"]) {
        "an archive: unpack it and score the folder"
    } else {
        return None;
    })
}

/// Whether a path's file name ends with a compression's extension (`.gz`,
/// `.zst`).
fn is_compressed_name(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| Compression::from_name(name.as_encoded_bytes()).is_some())
}

/// Where a file name's extension starts: its last dot, unless that is its
/// first byte (`.txt` has none), as [`Path::extension`] and
/// [`Path::file_stem`] split names.
fn extension_dot(name: &[u8]) -> Option<usize> {
    name.iter().rposition(|&b| b == b'.').filter(|&dot| dot > 0)
}

/// How to read inputs.
#[derive(Debug, Clone)]
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
    /// How to decode input bytes (see [`encoding`]).
    pub encoding: Encoding,
    /// The CSV delimiter (default: a tab for `.tsv`, else told from the
    /// header line).
    pub delimiter: Option<u8>,
    /// The sheet of a workbook to read (default: the first).
    pub sheet: Option<String>,
    /// The largest posting read, in bytes (a file, a JSON line, a CSV
    /// record); a larger one is an error posting, and is not held in
    /// memory.
    pub max_posting_bytes: usize,
    /// Files never read from folders, whatever name or link leads to them:
    /// the run's own output file, so that `score ads/ -o ads/scores.csv`
    /// does not score its previous output.
    pub skip_files: Vec<crate::file_id::FileId>,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            format: None,
            text_field: None,
            id_field: None,
            text_column: None,
            id_column: None,
            encoding: Encoding::Auto,
            delimiter: None,
            sheet: None,
            max_posting_bytes: DEFAULT_MAX_POSTING_BYTES,
            skip_files: Vec::new(),
        }
    }
}

/// The message of a posting over `--max-posting-bytes`: `subject` says
/// which and, when known, how large ("line 7 is 40000000 bytes,", "the
/// file is").
pub(crate) fn over_limit(subject: &str, limit: usize) -> String {
    format!("{subject} over --max-posting-bytes ({limit}); skipped (raise the limit to score it)")
}

/// The default of [`ReadOptions::max_posting_bytes`]: 32 MiB, a thousand
/// times a long job ad.
pub const DEFAULT_MAX_POSTING_BYTES: usize = 32 << 20;

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
                    if entry.file_type().is_file()
                        && Format::from_name(entry_name(&entry)).is_some()
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
                        let skipped = &self.options.skip_files;
                        if !entry.file_type().is_file()
                            || crate::file_id::FileId::entry_is_one_of(&entry, skipped)
                        {
                            continue;
                        }
                        // Known posting formats are read from folders;
                        // documents of kinds rolescan cannot read get a row
                        // that says how to convert them; the rest (images,
                        // programs...) are passed by.
                        let name = entry_name(&entry);
                        if let Some(format) = Format::from_name(name) {
                            let format = self.options.format.unwrap_or(format);
                            return Some(Ok((entry.into_path(), Some(format))));
                        }
                        let forced = self
                            .options
                            .format
                            .filter(|_| is_compressed_name(entry.path()));
                        if let Some(format) = forced {
                            return Some(Ok((entry.into_path(), Some(format))));
                        }
                        if let Some(how) = unsupported(name) {
                            let path = entry.into_path();
                            let source: Arc<str> = Arc::from(path.to_string_lossy());
                            let message = format!("cannot read this kind of file: {how}");
                            let id = document::stem_id(&path);
                            return Some(Err(Posting::error(&source, id, message)));
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
                        .sort_by(by_name)
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
    fn open(&self, path: PathBuf, format: Option<Format>) -> Opened {
        let source: Arc<str> = Arc::from(path.to_string_lossy());
        let counter = Arc::clone(&self.bytes_read);
        // A compressed document is read as a stream, as stdin is.
        let streamed = path.as_os_str() == "-" || is_compressed_name(&path);
        if let (Some(format), false) = (format.filter(|f| f.is_document()), streamed) {
            let options = Arc::clone(&self.options);
            let file = document::File::new(source, path, format, counter, options);
            return Opened::One(Record::File(file));
        }
        Opened::Many(self.open_many(source, &path, format, counter))
    }

    /// The records of a file of many postings, or of stdin.
    fn open_many(
        &self,
        source: Arc<str>,
        path: &Path,
        format: Option<Format>,
        counter: Arc<AtomicU64>,
    ) -> Box<dyn Iterator<Item = Record> + Send> {
        let raw: Box<dyn Read + Send> = if path.as_os_str() == "-" {
            Box::new(Counting(io::stdin(), counter))
        } else {
            match File::open(path) {
                Ok(f) => Box::new(Counting(f, counter)),
                Err(err) => {
                    let posting =
                        Posting::error(&source, document::stem_id(path), io_message(&err));
                    return Box::new(std::iter::once(Record::Posting(posting)));
                }
            }
        };
        stream_records(source, path, raw, format, Arc::clone(&self.options))
    }
}

/// The postings of any reader (a pipe, a socket, a decompressor) holding
/// one input: read as stdin is, in `format` (or, without one, JSON lines
/// when it starts with `{`, else one document), `name` giving the source
/// column and a document's id.
pub fn from_reader(
    name: &str,
    reader: impl Read + Send + 'static,
    format: Option<Format>,
    options: ReadOptions,
) -> impl Iterator<Item = Posting> + Send {
    let source: Arc<str> = Arc::from(name);
    stream_records(
        source,
        Path::new(name),
        Box::new(reader),
        format,
        Arc::new(options),
    )
    .map(Record::into_posting)
}

/// The records of a stream of many postings (or of one document on
/// stdin): its encoding told from its first bytes (see [`encoding`]), then
/// its records.
fn stream_records(
    source: Arc<str>,
    path: &Path,
    raw: Box<dyn Read + Send>,
    format: Option<Format>,
    options: Arc<ReadOptions>,
) -> Box<dyn Iterator<Item = Record> + Send> {
    // A document's id is the name of what the compressed file holds.
    let inner;
    let path = if is_compressed_name(path) {
        inner = path.with_extension("");
        inner.as_path()
    } else {
        path
    };
    let failed = |message: String| -> Box<dyn Iterator<Item = Record> + Send> {
        let posting = Posting::error(&source, document::stem_id(path), message);
        Box::new(std::iter::once(Record::Posting(posting)))
    };
    let mut raw = match compression::open(raw) {
        Ok(raw) => raw,
        Err(err) => return failed(format!("read failed: {}", io_message(&err))),
    };
    // Workbooks and word-processor documents are archives, not text.
    match format {
        Some(Format::Sheet) => {
            let mut bytes = Vec::new();
            if let Err(err) = raw.read_to_end(&mut bytes) {
                return failed(format!("read failed: {}", io_message(&err)));
            }
            let postings = sheet::read(&source, &document::stem_id(path), bytes, &options);
            return Box::new(postings.into_iter().map(Record::Posting));
        }
        Some(format @ (Format::Docx | Format::Odt | Format::Pdf)) => {
            let posting = document::read(source, path, raw, format, options.encoding, &options);
            return Box::new(std::iter::once(Record::Posting(posting)));
        }
        _ => {}
    }
    let stream = match encoding::open_stream(raw, options.encoding) {
        Ok(Ok(stream)) => stream,
        Ok(Err(binary)) => return failed(binary),
        Err(err) => return failed(format!("read failed: {}", io_message(&err))),
    };
    let mut reader = BufReader::with_capacity(READ_BUFFER_BYTES, stream.reader);
    // Only stdin arrives here without a format: JSON lines when it starts
    // with `{` (after any byte order mark), else one document.
    let format = format.unwrap_or_else(|| match reader.fill_buf() {
        Ok(buf) if buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') => Format::Jsonl,
        _ => Format::Text,
    });
    let records: Box<dyn Iterator<Item = Record> + Send> = match format {
        // A document on stdin is read here: it cannot be reopened.
        Format::Text | Format::Html | Format::Docx | Format::Odt | Format::Pdf => {
            let encoding = if stream.transcoded {
                Encoding::Utf8
            } else {
                options.encoding
            };
            let posting = document::read(source, path, reader, format, encoding, &options);
            Box::new(std::iter::once(Record::Posting(posting)))
        }
        Format::Jsonl => jsonl::read(source, reader, options),
        Format::Csv => Box::new(csv::read(source, reader, options, None).map(Record::Posting)),
        Format::Tsv => {
            Box::new(csv::read(source, reader, options, Some(b'\t')).map(Record::Posting))
        }
        Format::Sheet => unreachable!("workbooks are read above"),
    };
    match stream.warning {
        Some(warning) => {
            let mut warning = Some(warning);
            Box::new(records.map(move |record| match warning.take() {
                Some(w) => record.add_warning(w),
                None => record,
            }))
        }
        None => records,
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
                Ok((path, format)) => match self.open(path, format) {
                    Opened::One(record) => return Some(record),
                    Opened::Many(records) => self.current = Some(records),
                },
                Err(posting) => return Some(Record::Posting(posting)),
            }
        }
    }
}

/// What opening an input gives: a one-posting file's record (no iterator
/// to box for it), or the records of a file of many postings.
enum Opened {
    One(Record),
    Many(Box<dyn Iterator<Item = Record> + Send>),
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
    // A hidden name is one in UTF-8 that starts with a dot.
    let name = entry_name(entry);
    entry.depth() == 0 || !(name.starts_with(b".") && std::str::from_utf8(name).is_ok())
}

/// A folder entry's file name, cut from its path after the last separator:
/// walkdir's `file_name` takes the path apart each time it is asked (for
/// every comparison of a sort), which costs more than opening the file.
fn entry_name(entry: &walkdir::DirEntry) -> &[u8] {
    let path = entry.path().as_os_str().as_encoded_bytes();
    let is_separator = |b: &u8| std::path::is_separator(char::from(*b));
    match path.iter().rposition(is_separator) {
        // A folder named on the command line may end with a separator.
        Some(end) if end + 1 == path.len() => entry.file_name().as_encoded_bytes(),
        Some(end) => &path[end + 1..],
        None => path,
    }
}

/// Folder entries in the order of their names: entries of one folder share
/// their parent's path, so comparing whole paths as strings orders them as
/// their names would, without taking either path apart.
fn by_name(a: &walkdir::DirEntry, b: &walkdir::DirEntry) -> std::cmp::Ordering {
    a.path().as_os_str().cmp(b.path().as_os_str())
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

/// `reader.fill_buf()`, asked again when a signal interrupts it.
pub(crate) fn fill<R: BufRead + ?Sized>(reader: &mut R) -> io::Result<&[u8]> {
    while let Err(err) = reader.fill_buf() {
        if err.kind() != io::ErrorKind::Interrupted {
            break;
        }
    }
    reader.fill_buf()
}

/// A short, user-facing description of an I/O error.
pub(crate) fn io_message(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => err.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Folder walking takes names from paths by hand (for speed): it must
    /// keep, skip and order entries as walkdir's own names and std's
    /// `Path` methods would.
    #[test]
    fn folder_entries_as_std_names_them() {
        let dir = tempfile::tempdir().unwrap();
        let names = [
            "b.txt",
            "a.txt",
            "a.b.txt",
            "A.TXT",
            "a",
            ".hidden.txt",
            "é.md",
            "z.unknown",
            "noext",
            "x.Html",
            "x.",
            ".txt",
            "..txt",
            "sub/c.htm",
            "sub/.d.txt",
            ".git/x.txt",
            "sub/deeper/e.csv",
            "sub-b.txt",
            "sub.txt",
        ];
        for name in names {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            let text = if name.ends_with(".csv") {
                "text\nproject manager\n"
            } else {
                "project manager"
            };
            std::fs::write(&path, text).unwrap();
        }
        let hidden = |name: &std::ffi::OsStr| name.to_str().is_some_and(|s| s.starts_with('.'));
        let expected: Vec<(String, Option<String>)> = walkdir::WalkDir::new(dir.path())
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !hidden(e.file_name()))
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file())
            .filter(|e| {
                let ext = e.path().extension().and_then(|x| x.to_str());
                ext.is_some_and(|x| {
                    let x = x.to_ascii_lowercase();
                    ["txt", "md", "htm", "html", "csv"].contains(&x.as_str())
                })
            })
            .map(|e| {
                let stem = e
                    .path()
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned());
                (e.path().display().to_string(), stem)
            })
            .collect();
        assert!(expected.len() >= 8, "{expected:?}");
        let got: Vec<(String, Option<String>)> =
            Records::new(vec![dir.path().to_path_buf()], ReadOptions::default())
                .map(|record| match record {
                    Record::File(file) => {
                        let posting = file.read();
                        (posting.source.to_string(), Some(posting.id))
                    }
                    // CSV rows: the file, and no stem to compare.
                    Record::Posting(posting) => (posting.source.to_string(), None),
                    Record::JsonLine(_) => panic!("no JSON lines here"),
                })
                .collect();
        let got_files: Vec<&String> = got.iter().map(|(source, _)| source).collect();
        let expected_files: Vec<&String> = expected.iter().map(|(source, _)| source).collect();
        assert_eq!(got_files, expected_files);
        for ((source, id), (_, stem)) in got.iter().zip(&expected) {
            if id.is_some() {
                assert_eq!(id, stem, "{source}");
            }
        }
    }

    #[test]
    fn read_ahead_gives_the_same_posting() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ad.txt");
        std::fs::write(&path, "IT manager, service desk".repeat(2000)).unwrap();
        let missing = dir.path().join("gone.txt");
        for path in [path, missing] {
            let file = || {
                let options = Arc::default();
                document::File::new(
                    Arc::from("s"),
                    path.clone(),
                    Format::Text,
                    Arc::default(),
                    options,
                )
            };
            let mut ahead = Record::File(file());
            assert_eq!(ahead.held_bytes(), 0);
            ahead.read_ahead();
            let (later, now) = (Record::File(file()).into_posting(), ahead.into_posting());
            assert_eq!((later.id, later.text), (now.id, now.text));
        }
    }
}
