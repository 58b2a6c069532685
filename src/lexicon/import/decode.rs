//! A dictionary file's bytes to text, by the rules postings are decoded
//! with (see [`crate::source::encoding`]), so `--encoding` means the same
//! for both:
//!
//! * a byte order mark (UTF-8, UTF-16LE/BE) says the encoding and is
//!   removed, with any `--encoding`; without one, the NUL bytes of UTF-16
//!   are recognised under `auto`;
//! * a named encoding (`--encoding latin1`, `windows-1252`,
//!   `iso-8859-15`, ...) decodes the whole file; lines holding bytes it
//!   cannot decode are skipped with a notice;
//! * otherwise the file is UTF-8. Under `auto`, a file that is not, and
//!   holds no valid UTF-8 beyond ASCII either (a legacy file: Latin-1
//!   dictionaries are common), is read as Windows-1252 with a notice at the
//!   line of its first bad byte. A file that mixes valid UTF-8 with bad
//!   bytes, or any bad bytes under `--encoding utf-8`, has its bad lines
//!   skipped, each with a notice (never decoded to U+FFFD, which would
//!   make terms no text contains);
//! * binary data (a ZIP, a PDF, mostly control bytes) is an error.
//!
//! CRLF line ends are read as line ends by the readers; a file whose lines
//! end in CR alone (old Mac files) has them made LF here.

use std::borrow::Cow;

use encoding_rs::{Encoding as Codec, UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::Notice;
use crate::error::{Error, Result};
use crate::source::encoding::{
    binary_bytes, has_utf8_beyond_ascii, sniff, Encoding, Sniffed, SNIFF_BYTES,
};

/// A decoded dictionary: its text, and notices about lines the decoding
/// skipped or an encoding it guessed.
#[derive(Debug)]
pub(super) struct Decoded {
    pub text: String,
    pub notices: Vec<Notice>,
}

/// Decodes a dictionary file's `bytes` as `encoding` says.
pub(super) fn decode(bytes: &[u8], encoding: Encoding, origin: &str) -> Result<Decoded> {
    let prefix = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let mut notices = Vec::new();
    let text = match sniff(prefix, encoding) {
        Sniffed::Binary(reason) => return Err(not_text(origin, &reason)),
        Sniffed::Transcode {
            codec,
            skip,
            warning,
        } => {
            let mut bytes = Cow::Borrowed(&bytes[skip..]);
            if codec != UTF_16LE && codec != UTF_16BE {
                if let Some(reason) = binary_bytes(&bytes) {
                    return Err(not_text(origin, &reason));
                }
                bytes = lf_line_ends(bytes);
            }
            if let Some(warning) = warning {
                notices.push(Notice::changed(origin, 0, warning));
            }
            // UTF-16 has its CR line ends made LF once decoded.
            let text = transcode(codec, &bytes, origin, &mut notices);
            if !text.contains('\n') && text.contains('\r') {
                text.replace('\r', "\n")
            } else {
                text
            }
        }
        Sniffed::Utf8 { skip } => {
            let bytes = &bytes[skip..];
            if let Some(reason) = binary_bytes(bytes) {
                return Err(not_text(origin, &reason));
            }
            let bytes = lf_line_ends(Cow::Borrowed(bytes));
            utf8(&bytes, encoding, origin, &mut notices)
        }
    };
    Ok(Decoded { text, notices })
}

/// Bytes of an ASCII-compatible encoding whose lines end in CR alone, as
/// old Mac files do, with LF line ends instead; others as they are.
fn lf_line_ends(bytes: Cow<'_, [u8]>) -> Cow<'_, [u8]> {
    if memchr::memchr(b'\n', &bytes).is_some() || memchr::memchr(b'\r', &bytes).is_none() {
        return bytes;
    }
    let lf: Vec<u8> = bytes
        .iter()
        .map(|&b| if b == b'\r' { b'\n' } else { b })
        .collect();
    Cow::Owned(lf)
}

/// The error for a file that is not text.
fn not_text(origin: &str, reason: &str) -> Error {
    let reason = reason.trim_end_matches("; skipped");
    Error::config(format!(
        "{origin}: not a dictionary: {reason}. A dictionary is a LIWC .dic or a table \
         (.dicx, .csv) saved as text"
    ))
}

/// Decodes with a named encoding; lines it cannot decode are skipped.
fn transcode(
    codec: &'static Codec,
    bytes: &[u8],
    origin: &str,
    notices: &mut Vec<Notice>,
) -> String {
    let (text, had_errors) = codec.decode_without_bom_handling(bytes);
    if !had_errors {
        return text.into_owned();
    }
    let why = format!(
        "bytes that are not {}: line skipped (name the file's encoding with --encoding)",
        codec.name()
    );
    let lines = text
        .split('\n')
        .map(|line| (!line.contains('\u{FFFD}')).then_some(line));
    keep_lines(lines, origin, &why, notices)
}

/// Decodes bytes expected to be UTF-8 (see the module documentation).
fn utf8(bytes: &[u8], encoding: Encoding, origin: &str, notices: &mut Vec<Notice>) -> String {
    let err = match std::str::from_utf8(bytes) {
        Ok(text) => return text.to_string(),
        Err(err) => err,
    };
    if encoding == Encoding::Auto && !has_utf8_beyond_ascii(bytes) {
        let line = 1 + memchr::memchr_iter(b'\n', &bytes[..err.valid_up_to()]).count();
        let why = "not UTF-8 (the first bad byte is on this line): read as Windows-1252, the \
                   usual legacy encoding; give --encoding windows-1252 (or latin1) to confirm, \
                   or name the right encoding";
        notices.push(Notice::changed(origin, line, why.to_string()));
        return WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned();
    }
    let why = "not valid UTF-8: line skipped (convert the file to UTF-8, or name its encoding \
               with --encoding, e.g. --encoding windows-1252)";
    let lines = bytes
        .split(|&b| b == b'\n')
        .map(|line| std::str::from_utf8(line).ok());
    keep_lines(lines, origin, why, notices)
}

/// Joins the lines with line feeds, a `None` (a line that could not be
/// decoded) left empty, so line numbers hold, with a notice `why` each.
fn keep_lines<'a>(
    lines: impl Iterator<Item = Option<&'a str>>,
    origin: &str,
    why: &str,
    notices: &mut Vec<Notice>,
) -> String {
    let mut text = String::new();
    for (i, line) in lines.enumerate() {
        if i > 0 {
            text.push('\n');
        }
        match line {
            Some(line) => text.push_str(line),
            None => notices.push(Notice::skipped(origin, i + 1, why.to_string())),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_as(bytes: &[u8], label: &str) -> Decoded {
        let encoding = Encoding::from_label(label).unwrap();
        decode(bytes, encoding, "x.dic").unwrap_or_else(|e| panic!("{e}"))
    }

    fn messages(d: &Decoded) -> Vec<String> {
        d.notices.iter().map(|n| n.to_string()).collect()
    }

    const LATIN1: &[u8] = b"%\r\n1\tgest\xe3o\r\n%\r\na\xe7\xe3o*\t1\r\n";

    #[test]
    fn latin1_with_a_named_encoding() {
        for label in ["latin1", "windows-1252", "iso-8859-1", "ISO-8859-15"] {
            let d = decode_as(LATIN1, label);
            assert_eq!(d.text, "%\r\n1\tgestão\r\n%\r\nação*\t1\r\n", "{label}");
            assert!(d.notices.is_empty(), "{label}");
        }
    }

    #[test]
    fn latin1_without_one_is_read_as_windows_1252_with_a_notice() {
        let d = decode_as(LATIN1, "auto");
        assert_eq!(d.text, "%\r\n1\tgestão\r\n%\r\nação*\t1\r\n");
        let m = messages(&d);
        assert_eq!(m.len(), 1);
        assert!(m[0].starts_with("x.dic:2: not UTF-8"), "{m:?}");
        assert!(m[0].contains("--encoding windows-1252"), "{m:?}");
    }

    #[test]
    fn bad_lines_in_utf8_are_skipped() {
        // Valid UTF-8 beyond ASCII on line 2: not a legacy file.
        let bytes = b"%\n1 gest\xc3\xa3o\n%\nbad\xff\t1\ngood\t1\n";
        for label in ["auto", "utf-8"] {
            let d = decode_as(bytes, label);
            assert_eq!(d.text, "%\n1 gestão\n%\n\ngood\t1\n", "{label}");
            let m = messages(&d);
            assert_eq!(m.len(), 1, "{label}");
            assert!(
                m[0].starts_with("x.dic:4: not valid UTF-8: line skipped"),
                "{m:?}"
            );
        }
        // With --encoding utf-8, even a legacy file is not guessed at.
        let d = decode_as(LATIN1, "utf-8");
        assert_eq!(d.notices.len(), 2);
        assert_eq!(d.notices[0].line, 2);
    }

    #[test]
    fn marks_utf16_and_old_mac_line_ends() {
        let mut utf16 = vec![0xff, 0xfe];
        for unit in "%\n1 a\n%\nação\t1\n".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode_as(&utf16, "latin1");
        assert_eq!(d.text, "%\n1 a\n%\nação\t1\n");
        let d = decode_as(b"\xef\xbb\xbf%\r1 a\r%\rx\t1\r", "auto");
        assert_eq!(d.text, "%\n1 a\n%\nx\t1\n");
        assert!(d.notices.is_empty());
        // Line numbers count CR line ends too.
        let d = decode_as(b"%\r1 a\r%\rp\xe3o\t1\r", "auto");
        assert_eq!(d.text, "%\n1 a\n%\npão\t1\n");
        assert_eq!(d.notices[0].line, 4);
    }

    #[test]
    fn undecodable_lines_in_a_named_encoding_are_skipped() {
        let d = decode_as(b"%\n1 a\n%\nok\t1\n\x81\x20\t1\n", "shift_jis");
        assert_eq!(d.notices.len(), 1, "{:?}", messages(&d));
        assert_eq!(d.notices[0].line, 5);
    }

    #[test]
    fn binary_files_are_errors() {
        let err = decode(b"PK\x03\x04\x14\0\0\0", Encoding::Auto, "x.dicx").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("x.dicx: not a dictionary: binary file (a ZIP"),
            "{err}"
        );
        let noise: Vec<u8> = (0..400u32).map(|i| (i * 7 % 32) as u8).collect();
        assert!(decode(&noise, Encoding::Auto, "x.dic").is_err());
    }
}
