//! Splitting CSV text into records, and finding the way back after a quote
//! that never closes.
//!
//! The grammar is RFC 4180's, read as leniently as the `csv` crate reads
//! it: fields split by one delimiter byte; records end at `\n`, `\r\n` or
//! a lone `\r`; a field that starts with `"` is quoted, holds delimiters
//! and line ends, and `""` inside it is one quote; a quote anywhere else is
//! an ordinary byte; blank lines are not records. On well-formed input the
//! records are the `csv` crate's (a property test checks it).
//!
//! The `csv` crate cannot be told to stop at a broken quote: one missing
//! closing quote makes its field run on into the records after it, and
//! those are lost without a word. [`Splitter`] keeps the raw bytes of the
//! record it is reading, and when a quoted field has plainly run away it
//! gives back a [`Broken`] record instead, then reads again from the line
//! after the one where the quote opened. A quoted field has run away when:
//!
//! * the input ends inside it;
//! * it spans a line end and its closing quote is followed by text (the
//!   quote was really the opening quote of a later field; the `csv` crate
//!   would glue that text on);
//! * it spans a line end and its record has more fields than the header;
//! * it spans more than [`MAX_FIELD_LINES`] lines, or its record more than
//!   the posting size limit.
//!
//! Lines read again after a broken quote that hold fewer fields than the
//! header are the rest of the broken field (a description's later lines),
//! and are counted into its [`Broken`] record rather than made records of
//! their own. A record over the size limit without such a quote is given
//! back as [`Item::TooLong`], its bytes skipped, not kept.

use std::io::{self, BufRead};

/// A quoted field spanning more lines than this has run away.
pub const MAX_FIELD_LINES: u64 = 10_000;

/// One CSV record: its fields and the lines it spans.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Record {
    /// The fields' bytes, one after the other (quotes removed, `""` made
    /// one).
    bytes: Vec<u8>,
    /// Where each field ends in `bytes`.
    ends: Vec<usize>,
    /// The line it starts on (1-based).
    pub first_line: u64,
    /// The line it ends on.
    pub last_line: u64,
}

impl Record {
    /// The number of fields.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether it has no fields (never, for a record given back).
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Field `i`, if the record has it.
    pub fn get(&self, i: usize) -> Option<&[u8]> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        Some(&self.bytes[start..end])
    }

    /// The fields in order.
    pub fn iter(&self) -> impl Iterator<Item = &[u8]> {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    fn clear(&mut self) {
        self.bytes.clear();
        self.ends.clear();
    }
}

/// Why a quoted field was taken to have run away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runaway {
    /// The input ended inside it.
    EndOfInput,
    /// Text followed the quote that closed it, on this line.
    TextAfterQuote(u64),
    /// Its record had this many fields, more than the header.
    TooManyFields(usize),
    /// It spanned more than [`MAX_FIELD_LINES`] lines.
    TooManyLines,
    /// Its record grew past the size limit.
    TooManyBytes,
}

/// A record cut short by a quote that never closed properly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The line the record starts on.
    pub first_line: u64,
    /// The line of the runaway field's opening quote.
    pub quote_line: u64,
    /// The last line counted into this record (the quote's line, or the
    /// last continuation line after it).
    pub last_line: u64,
    /// Why the field was taken to have run away.
    pub why: Runaway,
    /// The fields read before the runaway one (for the record's id).
    pub before: Record,
    /// Whether the input could be read again from the next line (false
    /// only when the bytes were past the size limit and not kept).
    pub reread: bool,
}

/// What [`Splitter::next`] gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item<'a> {
    /// A record.
    Record(&'a Record),
    /// A record whose quoted field ran away (see the module docs).
    Broken(Broken),
    /// A record larger than the size limit: its lines and size in bytes.
    TooLong {
        /// The line it starts on.
        first_line: u64,
        /// The line it ends on.
        last_line: u64,
        /// Its size in bytes.
        bytes: u64,
    },
}

/// The records of a CSV input, read from any [`BufRead`].
pub struct Splitter<R> {
    input: R,
    parser: Parser,
    /// Bytes to read again (after a broken quote) before the input's.
    replay: Vec<u8>,
    replay_at: usize,
    at_eof: bool,
    /// The header's field count, once known: lines with fewer fields after
    /// a broken quote are counted into it.
    width: Option<usize>,
    /// A broken record waiting for its continuation lines.
    pending: Option<Broken>,
    /// What was read while looking for continuation lines, to give next.
    held: Option<Held>,
}

/// An item read after a broken record, given after it.
enum Held {
    Record,
    TooLong(u64, u64, u64),
}

/// What [`Splitter::read_one`] read: a record (in the parser), a broken
/// one, or one over the size limit.
enum Read {
    Record,
    Broken(Broken),
    TooLong(u64, u64, u64),
}

impl<R: BufRead> Splitter<R> {
    /// Records of `input`, fields split by `delimiter`, a record over
    /// `max_bytes` given back as [`Item::TooLong`].
    pub fn new(input: R, delimiter: u8, max_bytes: usize) -> Splitter<R> {
        Splitter {
            input,
            parser: Parser::new(delimiter, max_bytes),
            replay: Vec::new(),
            replay_at: 0,
            at_eof: false,
            width: None,
            pending: None,
            held: None,
        }
    }

    /// Sets the header's field count (see the module docs).
    pub fn set_width(&mut self, width: usize) {
        self.width = Some(width);
        self.parser.width = Some(width);
    }

    /// The next record, broken record or over-long record; `None` at the
    /// end of the input. A read error is given once, then `None`.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Option<io::Result<Item<'_>>> {
        if let Some(held) = self.held.take() {
            return Some(Ok(self.item(held)));
        }
        loop {
            let read = match self.read_one() {
                Ok(Some(read)) => read,
                Ok(None) => return self.pending.take().map(|b| Ok(Item::Broken(b))),
                Err(err) => {
                    self.at_eof = true;
                    self.replay.clear();
                    self.replay_at = 0;
                    return Some(Err(err));
                }
            };
            let held = match read {
                Read::Broken(broken) => {
                    match &mut self.pending {
                        // A line read again broke too: the same field.
                        Some(pending) => pending.last_line = broken.last_line,
                        None => self.pending = Some(broken),
                    }
                    continue;
                }
                Read::Record => {
                    let short = self.width.is_some_and(|w| self.parser.record.len() < w);
                    if let (Some(pending), true) = (&mut self.pending, short) {
                        // The rest of the broken field.
                        pending.last_line = self.parser.record.last_line;
                        continue;
                    }
                    Held::Record
                }
                Read::TooLong(first, last, bytes) => Held::TooLong(first, last, bytes),
            };
            return Some(Ok(match self.pending.take() {
                Some(pending) => {
                    self.held = Some(held);
                    Item::Broken(pending)
                }
                None => self.item(held),
            }));
        }
    }

    fn item(&self, held: Held) -> Item<'_> {
        match held {
            Held::Record => Item::Record(&self.parser.record),
            Held::TooLong(first_line, last_line, bytes) => Item::TooLong {
                first_line,
                last_line,
                bytes,
            },
        }
    }

    /// Reads one record, or up to the point where it broke; `None` when the
    /// input ends before another record starts.
    fn read_one(&mut self) -> io::Result<Option<Read>> {
        self.parser.start_record();
        loop {
            let step = if self.replay_at < self.replay.len() {
                let (step, used) = self.parser.step(&self.replay[self.replay_at..]);
                self.replay_at += used;
                if self.replay_at == self.replay.len() {
                    self.replay.clear();
                    self.replay_at = 0;
                }
                step
            } else if self.at_eof {
                self.parser.finish()
            } else {
                let buf = super::super::fill(&mut self.input)?;
                if buf.is_empty() {
                    self.at_eof = true;
                    continue;
                }
                let (step, used) = self.parser.step(buf);
                self.input.consume(used);
                step
            };
            match step {
                Step::More => {}
                Step::Empty => return Ok(None),
                Step::Done => match self.parser.done() {
                    Ok(read) => return Ok(Some(read)),
                    Err(why) => return Ok(Some(self.runaway(why))),
                },
                Step::Runaway(why) => return Ok(Some(self.runaway(why))),
            }
        }
    }

    /// The broken record for a runaway field, with its bytes after the
    /// quote's line put back to be read again.
    fn runaway(&mut self, why: Runaway) -> Read {
        let (broken, again) = self.parser.broken(why);
        if !again.is_empty() {
            let mut replay = again;
            replay.extend_from_slice(&self.replay[self.replay_at..]);
            (self.replay, self.replay_at) = (replay, 0);
        }
        Read::Broken(broken)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before a record's first byte (blank lines are skipped here).
    RecordStart,
    /// Before a field's first byte.
    FieldStart,
    /// Inside a field that did not start with a quote.
    Unquoted,
    /// Inside a quoted field.
    Quoted,
    /// Just after a quote inside a quoted field: `""`, or the field's end.
    QuoteSeen,
    /// After a runaway field whose line was not all read: skipping to the
    /// end of that line, where reading goes on.
    SkipLine,
}

/// What one [`Parser::step`] ended with.
enum Step {
    /// The bytes given were used up; more are needed.
    More,
    /// The input ended before a record started.
    Empty,
    /// A record is complete.
    Done,
    /// The quoted field being read ran away.
    Runaway(Runaway),
}

/// The byte-by-byte state of reading one record.
struct Parser {
    delimiter: u8,
    max_bytes: usize,
    width: Option<usize>,
    /// The line the next byte is on.
    line: u64,
    /// The last byte was a `\r` ending a line: a `\n` right after it is
    /// part of the same line end.
    after_cr: bool,
    state: State,
    record: Record,
    /// The raw bytes of the record, for reading them again.
    raw: Vec<u8>,
    /// Whether `raw` and `record` hold all of the record (it is not over
    /// the size limit).
    kept: bool,
    /// The record's size in bytes, kept or not.
    size: u64,
    /// The line of the current quoted field's opening quote.
    quote_line: u64,
    /// The first quoted field of the record that spans a line end: its
    /// opening line and its index.
    spanning: Option<(u64, usize)>,
}

impl Parser {
    fn new(delimiter: u8, max_bytes: usize) -> Parser {
        Parser {
            delimiter,
            max_bytes,
            width: None,
            line: 1,
            after_cr: false,
            state: State::RecordStart,
            record: Record::default(),
            raw: Vec::new(),
            kept: true,
            size: 0,
            quote_line: 0,
            spanning: None,
        }
    }

    /// Gets ready for the next record (after any line being skipped).
    fn start_record(&mut self) {
        self.record.clear();
        self.raw.clear();
        self.kept = true;
        self.size = 0;
        self.spanning = None;
    }

    /// Reads `buf` until a record ends or runs away, or `buf` is used up;
    /// returns how it ended and how many bytes it used.
    fn step(&mut self, buf: &[u8]) -> (Step, usize) {
        let mut i = 0;
        // Where the record's bytes start in `buf`.
        let mut from = match self.state {
            State::RecordStart | State::SkipLine => None,
            _ => Some(0),
        };
        let step = loop {
            let Some(&b) = buf.get(i) else {
                break Step::More;
            };
            let ended = match self.state {
                State::SkipLine => {
                    i = self.skip_line(buf, i);
                    None
                }
                State::RecordStart => {
                    if self.record_start(b) {
                        from = Some(i);
                    } else {
                        i += 1;
                    }
                    None
                }
                State::FieldStart if b == b'"' => {
                    i += 1;
                    self.quote_line = self.line;
                    self.state = State::Quoted;
                    None
                }
                State::FieldStart | State::Unquoted => self.unquoted(buf, &mut i),
                State::Quoted => self.quoted(buf, &mut i),
                State::QuoteSeen => self.quote_seen(b, &mut i),
            };
            if let Some(step) = ended {
                break step;
            }
        };
        if let Some(from) = from {
            self.keep(&buf[from..i]);
        }
        if self.kept && self.size > self.max_bytes as u64 {
            if self.state == State::Quoted && !matches!(step, Step::Runaway(_)) {
                return (Step::Runaway(Runaway::TooManyBytes), i);
            }
            self.drop_bytes();
        }
        (step, i)
    }

    /// Skips the rest of the line from `buf[i]` on; returns where reading
    /// goes on (the start of the next line, or the end of `buf`).
    #[inline]
    fn skip_line(&mut self, buf: &[u8], i: usize) -> usize {
        let rest = &buf[i..];
        let Some(end) = memchr::memchr2(b'\n', b'\r', rest) else {
            return buf.len();
        };
        self.line += 1;
        self.after_cr = rest[end] == b'\r';
        self.state = State::RecordStart;
        i + end + 1
    }

    /// Takes byte `b` before a record: a line end is a blank line (or the
    /// `\n` of a `\r\n`) and is passed by; any other byte starts the record
    /// there, and the answer is true.
    #[inline]
    fn record_start(&mut self, b: u8) -> bool {
        match (b, self.after_cr) {
            (b'\n', true) => self.after_cr = false,
            (b'\n', false) => self.line += 1,
            (b'\r', _) => (self.line, self.after_cr) = (self.line + 1, true),
            _ => {
                self.after_cr = false;
                self.record.first_line = self.line;
                self.state = State::FieldStart;
                return true;
            }
        }
        false
    }

    /// Reads an unquoted field from `buf[*i]` up to a delimiter or line
    /// end, and past it; `Some(Done)` if the line end ended the record.
    #[inline]
    fn unquoted(&mut self, buf: &[u8], i: &mut usize) -> Option<Step> {
        let rest = &buf[*i..];
        let run = memchr::memchr3(self.delimiter, b'\n', b'\r', rest).unwrap_or(rest.len());
        self.push(&rest[..run]);
        *i += run;
        self.state = State::Unquoted;
        let &end = buf.get(*i)?;
        *i += 1;
        self.end_field(end).then_some(Step::Done)
    }

    /// Reads a quoted field from `buf[*i]` up to a quote (which may close
    /// it) or through a line end; `Some(Runaway)` once the field spans too
    /// many lines.
    #[inline]
    fn quoted(&mut self, buf: &[u8], i: &mut usize) -> Option<Step> {
        let rest = &buf[*i..];
        let run = memchr::memchr3(b'"', b'\n', b'\r', rest).unwrap_or(rest.len());
        self.push(&rest[..run]);
        *i += run;
        if run > 0 {
            self.after_cr = false;
        }
        let &special = buf.get(*i)?;
        *i += 1;
        if special == b'"' {
            self.after_cr = false;
            self.state = State::QuoteSeen;
            return None;
        }
        self.push(&[special]);
        if special == b'\r' || !self.after_cr {
            self.line += 1;
        }
        self.after_cr = special == b'\r';
        (self.line - self.quote_line > MAX_FIELD_LINES)
            .then_some(Step::Runaway(Runaway::TooManyLines))
    }

    /// Takes byte `b` after a quote inside a quoted field: a second quote
    /// (one `"` of the field), the field's end (`Some(Done)` if it ends the
    /// record too), or text, which is glued on, or on a later line than
    /// the opening quote means the field ran away.
    #[inline]
    fn quote_seen(&mut self, b: u8, i: &mut usize) -> Option<Step> {
        if b == b'"' {
            *i += 1;
            self.push(b"\"");
            self.state = State::Quoted;
        } else if b == self.delimiter || b == b'\n' || b == b'\r' {
            *i += 1;
            self.note_spanning();
            if self.end_field(b) {
                return Some(Step::Done);
            }
        } else if self.line > self.quote_line {
            return Some(Step::Runaway(Runaway::TextAfterQuote(self.line)));
        } else {
            // `"abc"def` reads as `abcdef`, as in the csv crate.
            self.state = State::Unquoted;
        }
        None
    }

    /// Ends the input: the record being read is complete, unless it is
    /// inside a quoted field.
    fn finish(&mut self) -> Step {
        match self.state {
            State::RecordStart | State::SkipLine => Step::Empty,
            State::Quoted => Step::Runaway(Runaway::EndOfInput),
            State::QuoteSeen | State::FieldStart | State::Unquoted => {
                if self.state == State::QuoteSeen {
                    self.note_spanning();
                }
                self.close_field();
                self.record.last_line = self.line;
                self.state = State::RecordStart;
                Step::Done
            }
        }
    }

    /// Appends field bytes (unless the record is past the size limit).
    fn push(&mut self, bytes: &[u8]) {
        if self.kept {
            self.record.bytes.extend_from_slice(bytes);
        }
    }

    /// Counts raw record bytes, and keeps them (unless past the limit).
    fn keep(&mut self, bytes: &[u8]) {
        self.size += bytes.len() as u64;
        if self.kept {
            self.raw.extend_from_slice(bytes);
        }
    }

    /// Stops keeping the record's bytes: it is too long to be a posting.
    fn drop_bytes(&mut self) {
        self.kept = false;
        self.raw = Vec::new();
        self.record.bytes = Vec::new();
    }

    fn close_field(&mut self) {
        self.record.ends.push(self.record.bytes.len());
    }

    /// Ends the field at `end` (a delimiter or a line end); returns whether
    /// that also ends the record.
    fn end_field(&mut self, end: u8) -> bool {
        self.close_field();
        if end == self.delimiter {
            self.state = State::FieldStart;
            return false;
        }
        self.record.last_line = self.line;
        self.line += 1;
        self.after_cr = end == b'\r';
        self.state = State::RecordStart;
        true
    }

    /// Notes a quoted field that closed on a later line than it opened.
    fn note_spanning(&mut self) {
        if self.line > self.quote_line && self.spanning.is_none() {
            self.spanning = Some((self.quote_line, self.record.ends.len()));
        }
    }

    /// What a complete record is: itself, or too long; or broken after
    /// all (a field spanning lines, and more fields than the header).
    fn done(&mut self) -> Result<Read, Runaway> {
        if !self.kept {
            let record = &self.record;
            return Ok(Read::TooLong(
                record.first_line,
                record.last_line,
                self.size,
            ));
        }
        let fields = self.record.len();
        match (self.spanning, self.width) {
            (Some(_), Some(width)) if fields > width => Err(Runaway::TooManyFields(fields)),
            _ => Ok(Read::Record),
        }
    }

    /// The broken record for a runaway field, and the bytes to read again
    /// (from the line after its opening quote); the parser is ready for
    /// them.
    fn broken(&mut self, why: Runaway) -> (Broken, Vec<u8>) {
        let (quote_line, field) = match (why, self.spanning) {
            (Runaway::TooManyFields(_), Some(spanning)) => spanning,
            _ => (self.quote_line, self.record.len()),
        };
        let mut before = Record {
            first_line: self.record.first_line,
            last_line: quote_line,
            ..Record::default()
        };
        if self.kept {
            before.ends = self.record.ends[..field].to_vec();
            let end = before.ends.last().copied().unwrap_or(0);
            before.bytes = self.record.bytes[..end].to_vec();
        }
        let again = if self.kept {
            self.after_line(quote_line)
        } else {
            Vec::new()
        };
        // Reading goes on at the start of the line after the quote's: in
        // the bytes to read again, or (when they do not reach it, or were
        // not kept) after the rest of the line being read.
        let reread = self.kept;
        let last_line = if reread { quote_line } else { self.line };
        if again.is_empty() {
            self.line = last_line;
            self.state = State::SkipLine;
        } else {
            (self.line, self.after_cr) = (quote_line + 1, false);
            self.state = State::RecordStart;
        }
        let broken = Broken {
            first_line: self.record.first_line,
            quote_line,
            last_line,
            why,
            before,
            reread,
        };
        (broken, again)
    }

    /// The record's raw bytes from the start of the line after `line`.
    fn after_line(&self, line: u64) -> Vec<u8> {
        let raw = &self.raw;
        let (mut at, mut current) = (0, self.record.first_line);
        while current <= line {
            let Some(end) = memchr::memchr2(b'\n', b'\r', &raw[at..]) else {
                return Vec::new();
            };
            at += end;
            if raw[at] == b'\r' && raw.get(at + 1) == Some(&b'\n') {
                at += 1;
            }
            at += 1;
            current += 1;
        }
        raw[at..].to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What a splitter gives, as plain data: fields of records, or the
    /// lines of broken and over-long ones.
    #[derive(Debug, Clone, PartialEq, Eq)]
    enum Got {
        Record(Vec<String>, u64, u64),
        Broken(u64, u64, u64),
        TooLong(u64, u64),
    }

    fn split(input: &[u8], width: Option<usize>, max: usize, buffer: usize) -> Vec<Got> {
        let reader = io::BufReader::with_capacity(buffer, input);
        let mut splitter = Splitter::new(reader, b',', max);
        if let Some(width) = width {
            splitter.set_width(width);
        }
        let mut out = Vec::new();
        while let Some(item) = splitter.next() {
            out.push(match item.unwrap() {
                Item::Record(r) => Got::Record(
                    r.iter()
                        .map(|f| String::from_utf8_lossy(f).into_owned())
                        .collect(),
                    r.first_line,
                    r.last_line,
                ),
                Item::Broken(b) => Got::Broken(b.first_line, b.quote_line, b.last_line),
                Item::TooLong {
                    first_line,
                    last_line,
                    ..
                } => Got::TooLong(first_line, last_line),
            });
        }
        out
    }

    fn record(fields: &[&str], first: u64, last: u64) -> Got {
        Got::Record(fields.iter().map(|f| f.to_string()).collect(), first, last)
    }

    /// The records the `csv` crate reads (flexible, no header).
    fn csv_crate(input: &[u8]) -> Vec<Vec<String>> {
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(input)
            .byte_records()
            .map(|r| {
                r.unwrap()
                    .iter()
                    .map(|f| String::from_utf8_lossy(f).into_owned())
                    .collect()
            })
            .collect()
    }

    fn fields_only(got: &[Got]) -> Vec<Vec<String>> {
        got.iter()
            .filter_map(|g| match g {
                Got::Record(fields, ..) => Some(fields.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn records_quotes_line_ends_and_blank_lines() {
        let input =
            b"id,text\r\n1,\"two\nlines, \"\"quoted\"\"\"\r\n\n2,plain \"inch\" mark\r3,\"a\"b,\n";
        let got = split(input, None, 1 << 20, 4);
        assert_eq!(
            got,
            [
                record(&["id", "text"], 1, 1),
                record(&["1", "two\nlines, \"quoted\""], 2, 3),
                record(&["2", "plain \"inch\" mark"], 5, 5),
                record(&["3", "ab", ""], 6, 6),
            ]
        );
        assert_eq!(fields_only(&got), csv_crate(input));
    }

    #[test]
    fn an_unterminated_quote_is_one_broken_record_and_reading_goes_on() {
        // Record 3 opens a quote it never closes; record 4 opens one that
        // would close it, followed by text.
        let input = b"id,title,text\n1,a,\"one\"\n2,b,\"two, no end\n3,c,\"three\"\n4,d,four\n";
        let got = split(input, Some(3), 1 << 20, 5);
        assert_eq!(
            got,
            [
                record(&["id", "title", "text"], 1, 1),
                record(&["1", "a", "one"], 2, 2),
                Got::Broken(3, 3, 3),
                record(&["3", "c", "three"], 4, 4),
                record(&["4", "d", "four"], 5, 5),
            ]
        );
        // The csv crate loses a record.
        assert_eq!(csv_crate(input).len(), 4);
    }

    #[test]
    fn continuation_lines_of_a_broken_field_belong_to_it() {
        let input = b"id,text\n1,\"first line\nsecond line\nthird\n2,\"ok\"\n";
        let got = split(input, Some(2), 1 << 20, 64);
        assert_eq!(
            got,
            [
                record(&["id", "text"], 1, 1),
                Got::Broken(2, 2, 4),
                record(&["2", "ok"], 5, 5),
            ]
        );
    }

    #[test]
    fn the_input_ending_inside_quotes_breaks_only_that_record() {
        let input = b"id,text\n1,ok\n2,\"never closed\n3,fine\n";
        let got = split(input, Some(2), 1 << 20, 3);
        assert_eq!(
            got,
            [
                record(&["id", "text"], 1, 1),
                record(&["1", "ok"], 2, 2),
                Got::Broken(3, 3, 3),
                record(&["3", "fine"], 4, 4),
            ]
        );
    }

    #[test]
    fn a_spanning_field_in_a_record_too_wide_is_broken() {
        // The quote of record 1 closes in record 2 just before a comma.
        let input = b"id,text\n1,\"open\n2,closed\",x\n3,y\n";
        let got = split(input, Some(2), 1 << 20, 8);
        assert_eq!(
            got,
            [
                record(&["id", "text"], 1, 1),
                Got::Broken(2, 2, 2),
                record(&["2", "closed\"", "x"], 3, 3),
                record(&["3", "y"], 4, 4),
            ]
        );
        // Without a header width the same record is accepted.
        assert_eq!(split(input, None, 1 << 20, 8).len(), 3);
    }

    #[test]
    fn runaway_by_size_and_over_long_records() {
        let big = "x".repeat(300);
        let input = format!("id,text\n1,\"{big}\n2,b\n3,{big}\n4,d\n");
        let got = split(input.as_bytes(), Some(2), 100, 16);
        assert_eq!(
            got,
            [
                record(&["id", "text"], 1, 1),
                Got::Broken(2, 2, 2),
                record(&["2", "b"], 3, 3),
                Got::TooLong(4, 4),
                record(&["4", "d"], 5, 5),
            ]
        );
    }

    #[test]
    fn a_field_over_the_line_limit_has_run_away() {
        let mut input = b"id,text\n1,\"".to_vec();
        input.extend(b"line\n".repeat(MAX_FIELD_LINES as usize + 5));
        input.extend(b"\"\n2,b\n");
        let got = split(&input, Some(2), usize::MAX, 1 << 16);
        // Lines 3 on are the rest of the field, up to the quote on its own
        // line, which runs to the end of the input.
        assert_eq!(got[1], Got::Broken(2, 2, MAX_FIELD_LINES + 7));
        assert_eq!(
            got[2],
            record(&["2", "b"], MAX_FIELD_LINES + 8, MAX_FIELD_LINES + 8)
        );
    }

    /// A CSV written by the csv crate from `rows`, with `terminator`.
    fn written(rows: &[Vec<String>], terminator: ::csv::Terminator) -> Vec<u8> {
        let mut writer = ::csv::WriterBuilder::new()
            .flexible(true)
            .terminator(terminator)
            .from_writer(Vec::new());
        for row in rows {
            writer.write_record(row).unwrap();
        }
        writer.into_inner().unwrap()
    }

    fn field() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "a", "Project", " ", ",", "\"", "\n", "\r\n", "\r", "é", "\u{2019}", "x\"y", "",
        ]);
        prop::collection::vec(piece, 0..6).prop_map(|p| p.concat())
    }

    fn rows() -> impl Strategy<Value = Vec<Vec<String>>> {
        prop::collection::vec(prop::collection::vec(field(), 1..5), 0..8)
    }

    /// Bytes that are mostly CSV punctuation, broken quotes included.
    fn noise() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop::sample::select(vec![
            &b"a"[..],
            b"bc",
            b",",
            b"\"",
            b"\"\"",
            b"\n",
            b"\r",
            b"\r\n",
            b" ",
            b"\xff",
        ]);
        prop::collection::vec(piece, 0..60).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        /// Well-formed CSV reads as the csv crate reads it, whatever the
        /// line ends and the buffer size, with no broken records.
        #[test]
        fn well_formed_csv_reads_as_the_csv_crate_reads_it(
            rows in rows(),
            crlf in any::<bool>(),
            buffer in 1usize..40,
        ) {
            let terminator = if crlf { ::csv::Terminator::CRLF } else { ::csv::Terminator::Any(b'\n') };
            let input = written(&rows, terminator);
            let got = split(&input, None, usize::MAX, buffer);
            prop_assert!(got.iter().all(|g| matches!(g, Got::Record(..))), "{:?}", got);
            prop_assert_eq!(fields_only(&got), csv_crate(&input));
        }

        /// Any bytes: the splitter ends, gives lines in order without
        /// overlap, and where nothing broke it reads as the csv crate.
        #[test]
        fn any_bytes_read_in_order(input in noise(), buffer in 1usize..20, width in prop::option::of(1usize..4)) {
            let got = split(&input, width, 64, buffer);
            let mut last = 0;
            for g in &got {
                let (first, end) = match g {
                    Got::Record(_, first, end) => (*first, *end),
                    Got::Broken(first, _, end) => (*first, *end),
                    Got::TooLong(first, end) => (*first, *end),
                };
                prop_assert!(first > last && end >= first, "{:?}", got);
                last = end;
            }
            let clean = got.iter().all(|g| matches!(g, Got::Record(..)));
            if clean && width.is_none() && input.len() <= 64 {
                prop_assert_eq!(fields_only(&got), csv_crate(&input));
            }
        }
    }
}
