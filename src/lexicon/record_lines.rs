//! Line numbers of the records of a `csv` reader, for messages that name
//! `file:line`: counted from each record's byte offset, because the `csv`
//! crate's own line numbers are off after CRLF line ends and blank lines.
//! Used by the flat lexicons and the table dictionaries `lexicon import`
//! reads.

/// The line of each record, from its byte offset. A record's offset may
/// point at the line ends before it; its line is that of its first byte
/// after them.
pub(super) struct RecordLines<'a> {
    text: &'a [u8],
    /// The offset counted up to, and the line it is on.
    at: usize,
    line: usize,
}

impl RecordLines<'_> {
    /// Counting from the start of `text`, line 1.
    pub(super) fn new(text: &str) -> RecordLines<'_> {
        RecordLines {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line of the record at byte `offset` (offsets only grow).
    pub(super) fn line_at(&mut self, offset: u64) -> usize {
        let mut start = usize::try_from(offset).map_or(self.text.len(), |o| o.min(self.text.len()));
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start >= self.at {
            self.line += memchr::memchr_iter(b'\n', &self.text[self.at..start]).count();
            self.at = start;
        }
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CRLF line ends, blank lines and a quoted line break: each record's
    /// line is the line its first byte is on.
    #[test]
    fn lines_follow_the_bytes() {
        let text = "h1,h2\r\n\r\na,1\r\n\r\n\r\n\"b\nc\",2\nd,3\n";
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut lines = RecordLines::new(text);
        let got: Vec<usize> = rdr
            .records()
            .map(|r| lines.line_at(r.unwrap().position().unwrap().byte()))
            .collect();
        assert_eq!(got, [3, 6, 8]);
    }
}
