//! Splitting a byte stream into lines, read in large shared chunks.
//!
//! [`Lines`] reads about a megabyte at a time straight into a [`Chunk`] (no
//! copy through a small buffer, no allocation per line) and hands out each
//! line as a [`RawLine`]: a range of a chunk it shares with its neighbours.
//! A chunk always ends at a line end (or at the end of the input); the part
//! line after its last line end starts the next chunk. A line longer than a
//! chunk gets a chunk of its own, grown to fit.
//!
//! A line longer than the size limit is not kept: the reader skips to its
//! end and gives [`Piece::TooLong`] with its size instead.
//!
//! A chunk lives until the last of its lines is dropped; its buffer then goes
//! back to a small pool of spares for the next chunk, so steady reading
//! touches the same memory again instead of asking the allocator (and the
//! kernel) for fresh pages. Memory stays bounded by how many lines are held:
//! [`RawLine::held_bytes`] charges a chunk's whole buffer to the first of its
//! lines asked, which is what the pipeline's byte bound on batches needs
//! even when most lines of a chunk are dropped unread (`--shard`).

use std::io::{self, BufRead, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The usual chunk size.
const CHUNK_BYTES: usize = 1 << 20;

/// The smallest read: `read` calls at least this big go straight past a
/// `BufReader` of this capacity (the one the sources wrap files in) into the
/// chunk.
const MIN_READ_BYTES: usize = super::READ_BUFFER_BYTES;

/// Spare chunk buffers kept for reuse, at most.
const MAX_SPARES: usize = 8;

/// Buffers of dropped chunks, shared by a reader and its chunks.
type Spares = Arc<Mutex<Vec<Vec<u8>>>>;

/// Whole lines read at once, shared by the [`RawLine`]s cut from it.
#[derive(Debug)]
struct Chunk {
    /// The buffer; its whole lines come first, then possibly the start of
    /// the next line (copied to the next chunk), then unused bytes.
    bytes: Vec<u8>,
    /// Whether a [`RawLine::held_bytes`] has charged this chunk yet.
    charged: AtomicBool,
    /// Where the buffer goes when the chunk is dropped.
    spares: Spares,
    /// The size of a buffer worth keeping: not one grown for a long line.
    keep_bytes: usize,
}

impl Drop for Chunk {
    fn drop(&mut self) {
        if self.bytes.len() != self.keep_bytes {
            return;
        }
        if let Ok(mut spares) = self.spares.lock() {
            if spares.len() < MAX_SPARES {
                spares.push(std::mem::take(&mut self.bytes));
            }
        }
    }
}

/// One line of input, with its line end (`\n` or `\r\n`, none for a last
/// line without one): a range of a shared chunk.
#[derive(Debug)]
pub struct RawLine {
    chunk: Arc<Chunk>,
    start: usize,
    end: usize,
}

impl RawLine {
    /// The line's bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.chunk.bytes[self.start..self.end]
    }

    /// The memory this line keeps alive that no other line has been charged
    /// for: its chunk's whole buffer for the first line of the chunk asked,
    /// nothing for the others.
    pub fn held_bytes(&self) -> usize {
        if self.chunk.charged.swap(true, Ordering::Relaxed) {
            0
        } else {
            self.chunk.bytes.len()
        }
    }
}

/// What [`Lines`] gives: a line, or the size of one too long to keep.
#[derive(Debug)]
pub enum Piece {
    /// A line.
    Line(RawLine),
    /// A line over the size limit, skipped: its size in bytes.
    TooLong(u64),
}

/// The lines of a reader, in order, blank ones included. A read error ends
/// the lines: the lines before it come first, then the error, then nothing.
pub struct Lines<R> {
    reader: R,
    chunk_bytes: usize,
    min_read: usize,
    /// The longest line kept, in bytes (line end included).
    max_line: usize,
    /// The size of a line skipped for being too long, to give next.
    too_long: Option<u64>,
    spares: Spares,
    /// The chunk lines are being cut from, if any.
    chunk: Option<Arc<Chunk>>,
    /// Where the next line starts in the chunk.
    next: usize,
    /// Where the chunk's whole lines end.
    end: usize,
    /// Where the part line after them ends.
    filled: usize,
    at_eof: bool,
    error: Option<io::Error>,
}

impl<R: BufRead> Lines<R> {
    /// The lines of `reader`, read in chunks of the usual size, lines over
    /// `max_line` bytes skipped.
    pub fn new(reader: R, max_line: usize) -> Lines<R> {
        Lines::with_sizes(reader, CHUNK_BYTES, MIN_READ_BYTES, max_line)
    }

    /// The same with other chunk and read sizes (`min_read < chunk_bytes`).
    fn with_sizes(reader: R, chunk_bytes: usize, min_read: usize, max_line: usize) -> Lines<R> {
        Lines {
            reader,
            chunk_bytes,
            min_read,
            max_line,
            too_long: None,
            spares: Spares::default(),
            chunk: None,
            next: 0,
            end: 0,
            filled: 0,
            at_eof: false,
            error: None,
        }
    }

    /// Reads the next chunk: the part line left from the last one, then as
    /// much as fits, growing the buffer until it holds a whole line.
    fn refill(&mut self) {
        let spare = self.spares.lock().ok().and_then(|mut s| s.pop());
        let mut bytes = spare.unwrap_or_else(|| vec![0; self.chunk_bytes]);
        let part = match &self.chunk {
            Some(chunk) => &chunk.bytes[self.end..self.filled],
            None => &[],
        };
        if bytes.len() < part.len() + self.min_read {
            bytes.resize((part.len() + self.min_read).max(2 * part.len()), 0);
        }
        bytes[..part.len()].copy_from_slice(part);
        let mut filled = part.len();
        // Where the whole lines end (after the last `\n` read so far).
        let mut end = 0;
        loop {
            if bytes.len() - filled < self.min_read {
                if end > 0 {
                    break;
                }
                // No line end yet: the line is longer than a chunk. Its
                // chunk holds just it, read to its end, the buffer grown
                // as needed (and only the bytes read touched), unless it
                // is over the limit.
                bytes.truncate(filled);
                let room = self.max_line.saturating_add(1).saturating_sub(filled) as u64;
                match self
                    .reader
                    .by_ref()
                    .take(room)
                    .read_until(b'\n', &mut bytes)
                {
                    Ok(_) if bytes.len() > self.max_line && bytes.last() != Some(&b'\n') => {
                        let skipped = self.skip_line();
                        self.too_long = Some(bytes.len() as u64 + skipped);
                        bytes.clear();
                        (filled, end) = (0, 0);
                    }
                    Ok(_) => (filled, end) = (bytes.len(), bytes.len()),
                    Err(err) => self.error = Some(err),
                }
                break;
            }
            match self.reader.read(&mut bytes[filled..]) {
                Ok(0) => {
                    self.at_eof = true;
                    end = filled;
                    break;
                }
                Ok(n) => {
                    if let Some(at) = memchr::memrchr(b'\n', &bytes[filled..filled + n]) {
                        end = filled + at + 1;
                    }
                    filled += n;
                }
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => {
                    self.error = Some(err);
                    break;
                }
            }
        }
        let keep_bytes = self.chunk_bytes;
        self.chunk = Some(Arc::new(Chunk {
            bytes,
            charged: AtomicBool::new(false),
            spares: Arc::clone(&self.spares),
            keep_bytes,
        }));
        (self.next, self.end, self.filled) = (0, end, filled);
    }

    /// Reads past the rest of a line without keeping it; returns its size.
    fn skip_line(&mut self) -> u64 {
        let mut skipped = 0u64;
        loop {
            let buf = match super::fill(&mut self.reader) {
                Ok(buf) => buf,
                Err(err) => {
                    self.error = Some(err);
                    return skipped;
                }
            };
            if buf.is_empty() {
                self.at_eof = true;
                return skipped;
            }
            let (used, done) = match memchr::memchr(b'\n', buf) {
                Some(at) => (at + 1, true),
                None => (buf.len(), false),
            };
            self.reader.consume(used);
            skipped += used as u64;
            if done {
                return skipped;
            }
        }
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = io::Result<Piece>;

    fn next(&mut self) -> Option<io::Result<Piece>> {
        loop {
            if let Some(chunk) = &self.chunk {
                if self.next < self.end {
                    let rest = &chunk.bytes[self.next..self.end];
                    // Up to and including the `\n`, or to the end.
                    let len = memchr::memchr(b'\n', rest).map_or(rest.len(), |at| at + 1);
                    let start = self.next;
                    self.next += len;
                    if len > self.max_line {
                        return Some(Ok(Piece::TooLong(len as u64)));
                    }
                    return Some(Ok(Piece::Line(RawLine {
                        chunk: Arc::clone(chunk),
                        start,
                        end: self.next,
                    })));
                }
            }
            if let Some(bytes) = self.too_long.take() {
                return Some(Ok(Piece::TooLong(bytes)));
            }
            if let Some(err) = self.error.take() {
                self.at_eof = true;
                self.chunk = None;
                return Some(Err(err));
            }
            if self.at_eof {
                self.chunk = None;
                return None;
            }
            self.refill();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::io::{BufReader, Read};

    /// A reader that gives at most `step` bytes per read, then, if `fail`,
    /// an error instead of the end.
    struct Trickle {
        bytes: Vec<u8>,
        at: usize,
        step: usize,
        fail: bool,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.at == self.bytes.len() && self.fail {
                return Err(io::Error::other("disk on fire"));
            }
            let n = buf.len().min(self.step).min(self.bytes.len() - self.at);
            buf[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    /// The lines as `split_inclusive` cuts them.
    fn expected(input: &[u8]) -> Vec<Vec<u8>> {
        input
            .split_inclusive(|&b| b == b'\n')
            .map(<[u8]>::to_vec)
            .collect()
    }

    fn cut(
        input: &[u8],
        chunk: usize,
        min_read: usize,
        step: usize,
        fail: bool,
    ) -> Vec<io::Result<Vec<u8>>> {
        let reader = Trickle {
            bytes: input.to_vec(),
            at: 0,
            step,
            fail,
        };
        Lines::with_sizes(
            BufReader::with_capacity(min_read, reader),
            chunk,
            min_read,
            usize::MAX,
        )
        .map(|line| line.map(|piece| bytes(piece).unwrap()))
        .collect()
    }

    /// A line's bytes, or the size of a line too long.
    fn bytes(piece: Piece) -> Result<Vec<u8>, u64> {
        match piece {
            Piece::Line(line) => Ok(line.bytes().to_vec()),
            Piece::TooLong(n) => Err(n),
        }
    }

    #[test]
    fn lines_ends_and_long_lines() {
        let input = b"{\"a\": 1}\n\n  \r\nline too long for one chunk of sixteen\r\nx\nlast";
        let got: Vec<Vec<u8>> = cut(input, 16, 4, 1000, false)
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(got, expected(input));
        assert_eq!(got[3], b"line too long for one chunk of sixteen\r\n");
        assert_eq!(got.last().unwrap(), b"last");
        assert!(cut(b"", 16, 4, 1000, false).is_empty());
    }

    #[test]
    fn an_error_comes_after_the_whole_lines_read_before_it() {
        let got = cut(b"one\ntwo\nthr", 16, 4, 3, true);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].as_ref().unwrap(), b"one\n");
        assert_eq!(got[1].as_ref().unwrap(), b"two\n");
        assert_eq!(got[2].as_ref().unwrap_err().to_string(), "disk on fire");
    }

    #[test]
    fn a_chunk_is_charged_once_and_its_buffer_reused() {
        let reader = Trickle {
            bytes: b"a\nb\nc\n".to_vec(),
            at: 0,
            step: 100,
            fail: false,
        };
        let mut lines = Lines::with_sizes(BufReader::with_capacity(2, reader), 4, 2, 100);
        let mut line = || match lines.next().unwrap().unwrap() {
            Piece::Line(line) => line,
            Piece::TooLong(_) => panic!("short lines"),
        };
        let a = line();
        let b = line();
        assert_eq!((b.held_bytes(), a.held_bytes(), a.held_bytes()), (4, 0, 0));
        drop((a, b));
        let c = line();
        assert_eq!(c.bytes(), b"c\n");
        assert_eq!(c.held_bytes(), 4);
        let d = lines.next();
        assert!(d.is_none());
        drop(c);
        assert_eq!(lines.spares.lock().unwrap().len(), 2);
    }

    #[test]
    fn lines_over_the_limit_are_skipped_not_kept() {
        let long = "x".repeat(5000);
        let input = format!("short\n{long}\n{long}{long}\nlast\n{long}");
        for (chunk, min_read) in [(16, 4), (1 << 16, 1 << 10)] {
            let reader = Trickle {
                bytes: input.clone().into_bytes(),
                at: 0,
                step: 700,
                fail: false,
            };
            let got: Vec<Result<Vec<u8>, u64>> = Lines::with_sizes(
                BufReader::with_capacity(min_read, reader),
                chunk,
                min_read,
                1000,
            )
            .map(|piece| bytes(piece.unwrap()))
            .collect();
            let want: Vec<Result<Vec<u8>, u64>> = vec![
                Ok(b"short\n".to_vec()),
                Err(5001),
                Err(10001),
                Ok(b"last\n".to_vec()),
                Err(5000),
            ];
            assert_eq!(got, want, "chunk {chunk}");
        }
    }

    proptest! {
        #[test]
        fn cuts_as_split_inclusive(
            input in prop::collection::vec(prop::sample::select(vec![b'a', b'{', b'\n', b'\r', b' ', 0xff]), 0..200),
            chunk in 2usize..40,
            step in 1usize..50,
        ) {
            let min_read = (chunk / 2).max(1);
            let got: Vec<Vec<u8>> = cut(&input, chunk, min_read, step, false)
                .into_iter()
                .map(Result::unwrap)
                .collect();
            prop_assert_eq!(got, expected(&input));
        }
    }
}
