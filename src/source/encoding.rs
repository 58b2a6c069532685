//! From input bytes to text: byte order marks, UTF-16, legacy single-byte
//! encodings, and telling binary data from text.
//!
//! What each input gets, with `--encoding auto` (the default):
//!
//! * A byte order mark (UTF-8, UTF-16LE, UTF-16BE) says the encoding, and is
//!   removed before anything looks at the bytes, with any `--encoding`.
//! * Without one, a start whose every other byte is NUL is UTF-16 (the
//!   pattern of mostly-ASCII text in UTF-16), read as such with a warning.
//! * Otherwise the text is UTF-8. A posting (a file, a JSON line, a CSV
//!   field) whose bytes are not UTF-8 is read as Windows-1252, the usual
//!   legacy encoding of Western European text on Windows, with a warning
//!   naming the guess. `--encoding utf-8` keeps such bytes as U+FFFD
//!   instead; any other named encoding decodes the whole input with it.
//! * Binary data is an error, not a posting: a file (or a stream's first
//!   bytes) in a known binary format (ZIP, which holds `.docx` and `.xlsx`;
//!   PDF; gzip; old Office files; images), which the message names; raw
//!   bytes of which more than [`MAX_CONTROL_SHARE`] are control characters;
//!   a decoded text (of a file, a CSV field, an item of a JSON array; not
//!   of a JSON line, whose strings JSON keeps free of raw control bytes) of
//!   which more than [`MAX_ODD_SHARE`] of the visible characters are
//!   control or replacement characters; and a one-posting file with a NUL
//!   byte anywhere (outside UTF-16).
//!
//! Streams (JSON lines, CSV, stdin) are sniffed once, from their first
//! [`SNIFF_BYTES`]; a UTF-16 stream, or one in a named encoding, is
//! transcoded to UTF-8 as it is read (`encoding_rs_io`), so the record
//! readers only ever see UTF-8 or bytes that [`decode_record`] decodes.

use std::borrow::Cow;
use std::io::{self, Read};

use encoding_rs::{Encoding as Codec, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How many bytes of a stream are looked at to tell its encoding.
pub const SNIFF_BYTES: usize = 8192;

/// Raw bytes that are not UTF-8 are binary above this share of control
/// bytes (text has next to none; random bytes about 11%).
pub const MAX_CONTROL_SHARE: f64 = 0.05;

/// A decoded text is binary above this share of control and replacement
/// characters among its non-blank characters.
pub const MAX_ODD_SHARE: f64 = 0.2;

/// Fewer odd characters than this never make a text binary (a short text
/// with two stray bytes is still text).
const MIN_ODD: usize = 8;

/// The encoding asked for with `--encoding`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Encoding {
    /// A byte order mark, else UTF-16 by its byte pattern, else UTF-8 with
    /// Windows-1252 for postings that are not UTF-8.
    #[default]
    Auto,
    /// UTF-8; invalid bytes become U+FFFD, with a warning.
    Utf8,
    /// Another encoding, for every input without a byte order mark.
    Named(&'static Codec),
}

impl Encoding {
    /// `auto`, or any WHATWG encoding label (`utf-8`, `utf-16le`,
    /// `windows-1252`, `latin1`, `iso-8859-15`, `shift_jis`, ...).
    pub fn from_label(label: &str) -> Option<Encoding> {
        if label.trim().eq_ignore_ascii_case("auto") {
            return Some(Encoding::Auto);
        }
        let codec = Codec::for_label(label.trim().as_bytes())?;
        Some(if codec == UTF_8 {
            Encoding::Utf8
        } else {
            Encoding::Named(codec)
        })
    }

    /// The encoding's name, as messages and `--help` show it.
    pub fn name(&self) -> &'static str {
        match self {
            Encoding::Auto => "auto",
            Encoding::Utf8 => "UTF-8",
            Encoding::Named(codec) => codec.name(),
        }
    }
}

/// What the first bytes of an input say about how to read it.
#[derive(Debug, PartialEq, Eq)]
pub enum Sniffed {
    /// UTF-8 (or bytes [`decode_record`] decodes); skip this many bytes of
    /// byte order mark.
    Utf8 {
        /// Length of the byte order mark to skip.
        skip: usize,
    },
    /// Transcode with this encoding after skipping `skip` bytes of byte
    /// order mark; `warning` says why when it was a guess.
    Transcode {
        /// The encoding.
        codec: &'static Codec,
        /// Length of the byte order mark to skip.
        skip: usize,
        /// Why the encoding was chosen, when no byte order mark said so.
        warning: Option<String>,
    },
    /// Not text: why.
    Binary(String),
}

/// Tells how to read an input from its first bytes (up to [`SNIFF_BYTES`];
/// all of them for a short input), by its marks: a byte order mark, a
/// known binary format, the NUL bytes of UTF-16. Whether the bytes are
/// binary for their control bytes is for the callers to ask
/// ([`binary_bytes`]), where it matters.
pub fn sniff(prefix: &[u8], encoding: Encoding) -> Sniffed {
    if let Some((codec, skip)) = Codec::for_bom(prefix) {
        return if codec == UTF_8 {
            Sniffed::Utf8 { skip }
        } else {
            Sniffed::Transcode {
                codec,
                skip,
                warning: None,
            }
        };
    }
    if let Some(kind) = known_binary(prefix) {
        return Sniffed::Binary(format!("binary file ({kind}); skipped"));
    }
    match encoding {
        Encoding::Named(codec) if codec == UTF_16LE || codec == UTF_16BE => {
            return Sniffed::Transcode {
                codec,
                skip: 0,
                warning: None,
            };
        }
        Encoding::Auto => {
            if let Some(codec) = utf16_by_pattern(prefix) {
                return Sniffed::Transcode {
                    codec,
                    skip: 0,
                    warning: Some(format!(
                        "no byte order mark, but the bytes look like {}: read as such \
                         (use --encoding to choose)",
                        codec.name()
                    )),
                };
            }
        }
        _ => {}
    }
    match encoding {
        Encoding::Named(codec) => Sniffed::Transcode {
            codec,
            skip: 0,
            warning: None,
        },
        Encoding::Auto | Encoding::Utf8 => Sniffed::Utf8 { skip: 0 },
    }
}

/// Whether the input was sniffed as UTF-16 (which holds NUL and other
/// control bytes as a matter of course).
fn is_utf16(sniffed: &Sniffed) -> bool {
    matches!(sniffed, Sniffed::Transcode { codec, .. } if *codec == UTF_16LE || *codec == UTF_16BE)
}

/// UTF-16 without a byte order mark, told by the NUL bytes that ASCII
/// characters leave at every other position: at least 30% of one
/// position's bytes, almost none of the other's.
fn utf16_by_pattern(prefix: &[u8]) -> Option<&'static Codec> {
    let pairs = prefix.len() / 2;
    // Text without a NUL (nearly all) is not looked at twice.
    if pairs < 2 || memchr::memchr(0, prefix).is_none() {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in prefix.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let many = |n: usize| n * 10 >= pairs * 3;
    let few = |n: usize| n * 20 <= pairs;
    if many(odd) && few(even) {
        Some(UTF_16LE)
    } else if many(even) && few(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Why raw bytes (not UTF-16) are binary, if they are: a known binary
/// format, or too many control bytes (NUL among them). A stray NUL is not
/// enough here (a JSON line or CSV field holding one is that record's
/// problem); documents are stricter (see [`decode_document`]).
pub fn binary_bytes(bytes: &[u8]) -> Option<String> {
    if let Some(kind) = known_binary(bytes) {
        return Some(format!("binary file ({kind}); skipped"));
    }
    let controls = control_bytes(bytes);
    if controls >= MIN_ODD && controls as f64 > MAX_CONTROL_SHARE * bytes.len() as f64 {
        return Some(format!(
            "binary data ({controls} of {} bytes are control characters); skipped",
            bytes.len()
        ));
    }
    None
}

/// Formats users send by mistake, by their first bytes, with what to do.
fn known_binary(bytes: &[u8]) -> Option<&'static str> {
    const KINDS: &[(&[u8], &str)] = &[
        (
            b"PK\x03\x04",
            "a ZIP archive, as .docx, .odt, .xlsx and .ods files are: name it by its kind or give --input-format docx, odt or sheet",
        ),
        (
            b"%PDF-",
            "a PDF: name it .pdf or give --input-format pdf",
        ),
        (
            b"\x1f\x8b",
            "gzip-compressed: name it with .gz at the end (ad.txt.gz) or decompress it",
        ),
        (
            b"\x28\xb5\x2f\xfd",
            "zstd-compressed: name it with .zst at the end (ad.txt.zst) or decompress it",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            "an old Office file: name a workbook .xls (or give --input-format sheet); save a .doc as .docx",
        ),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x7fELF", "a program"),
        (b"SQLite format 3\0", "an SQLite database"),
    ];
    KINDS
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// Control bytes that text does not hold: C0 controls (NUL included) other
/// than tab, line feed, vertical tab, form feed and carriage return, and
/// DEL.
fn is_control_byte(b: u8) -> bool {
    (b < b'\t') | (b.wrapping_sub(0x0e) < 0x20 - 0x0e) | (b == 0x7f)
}

/// Why a decoded text is binary, if it is: more than [`MAX_ODD_SHARE`] of
/// its non-blank characters are control characters or U+FFFD (and at least
/// a few are).
pub fn binary_text(text: &str) -> Option<String> {
    let odd = odd_chars(text.as_bytes());
    if odd < MIN_ODD {
        return None;
    }
    let visible = text.chars().filter(|c| !c.is_whitespace()).count();
    if odd as f64 > MAX_ODD_SHARE * visible as f64 {
        return Some(format!(
            "binary data ({odd} of {visible} characters are control or replacement \
             characters); skipped"
        ));
    }
    None
}

/// The control bytes and U+FFFD characters of a text. Nearly every text
/// has neither: U+FFFD is looked for with `memmem` (vectorized), and
/// control bytes by [`control_bytes`].
fn odd_chars(bytes: &[u8]) -> usize {
    static REPLACEMENT: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("\u{FFFD}"));
    REPLACEMENT.find_iter(bytes).count() + control_bytes(bytes)
}

/// The control bytes of `bytes`, looked for block by block
/// ([`has_control`]) and counted only in the blocks that have one.
fn control_bytes(bytes: &[u8]) -> usize {
    let mut controls = 0;
    let mut blocks = bytes.chunks_exact(BLOCK);
    for block in &mut blocks {
        if has_control(block.try_into().expect("a whole block")) {
            controls += block.iter().filter(|&&b| is_control_byte(b)).count();
        }
    }
    // The last part block, padded with spaces.
    let rest = blocks.remainder();
    let mut last = [b' '; BLOCK];
    last[..rest.len()].copy_from_slice(rest);
    if has_control(&last) {
        controls += rest.iter().filter(|&&b| is_control_byte(b)).count();
    }
    controls
}

/// The block size of [`control_bytes`]'s quick pass: large enough that the
/// per-block reductions cost little.
const BLOCK: usize = 256;

/// Whether a block holds a control byte. Written so that it compiles to
/// vector instructions: the smallest byte (for the controls below a tab)
/// and an or of the other tests, over the whole block.
fn has_control(block: &[u8; BLOCK]) -> bool {
    let (mut smallest, mut other) = (u8::MAX, 0u8);
    for &b in block {
        smallest = smallest.min(b);
        other |= u8::from(b.wrapping_sub(0x0e) < 0x20 - 0x0e) | u8::from(b == 0x7f);
    }
    smallest < b'\t' || other != 0
}

/// Decodes one posting's bytes from a stream sniffed as UTF-8 (a JSON line,
/// a CSV field): UTF-8 is borrowed. Other bytes are binary (an error); or,
/// with `auto`, Windows-1252 when no valid multi-byte UTF-8 character is
/// among them (a legacy text), else UTF-8 with U+FFFD for the bad bytes (a
/// UTF-8 text with a few broken ones); with `utf-8`, always the latter.
/// Either way with a warning.
pub fn decode_record(
    bytes: &[u8],
    encoding: Encoding,
) -> Result<(Cow<'_, str>, Option<String>), String> {
    let err = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok((Cow::Borrowed(text), None)),
        Err(err) => err,
    };
    if encoding == Encoding::Auto {
        if let Some(reason) = binary_bytes(bytes) {
            return Err(reason);
        }
        if !has_utf8_beyond_ascii(bytes) {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            let warning = format!(
                "not UTF-8 (byte {} is not); read as Windows-1252 (use --encoding to choose)",
                err.valid_up_to()
            );
            return Ok((text, Some(warning)));
        }
    }
    Ok((
        String::from_utf8_lossy(bytes),
        Some(format!(
            "invalid UTF-8 at byte {}; bad bytes were replaced with U+FFFD (convert the \
             input to UTF-8, e.g. with iconv, or name its encoding with --encoding)",
            err.valid_up_to()
        )),
    ))
}

/// Whether the valid parts of `bytes` hold a character beyond ASCII: a sign
/// that they are UTF-8 with a few broken bytes, not a legacy encoding.
pub(crate) fn has_utf8_beyond_ascii(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii())
}

/// Decodes a whole document (a one-posting file, a document on stdin):
/// its byte order mark or encoding as [`sniff`] tells, then its bytes as
/// [`decode_record`] does. A NUL anywhere makes it binary.
pub fn decode_document(
    bytes: Vec<u8>,
    encoding: Encoding,
) -> Result<(String, Option<String>), String> {
    let prefix = &bytes[..bytes.len().min(SNIFF_BYTES)];
    match sniff(prefix, encoding) {
        Sniffed::Binary(reason) => Err(reason),
        Sniffed::Transcode {
            codec,
            skip,
            warning,
        } => {
            if codec != UTF_16LE && codec != UTF_16BE {
                if let Some(reason) = binary_bytes(&bytes) {
                    return Err(reason);
                }
            }
            let (text, _) = codec.decode_without_bom_handling(&bytes[skip..]);
            if memchr::memchr(0, text.as_bytes()).is_some() {
                return Err("binary file (NUL characters in its text); skipped".to_string());
            }
            Ok((text.into_owned(), warning))
        }
        Sniffed::Utf8 { skip } => {
            if let Some(at) = memchr::memchr(0, &bytes) {
                return Err(format!("binary file (NUL byte at byte {at}); skipped"));
            }
            let mut bytes = bytes;
            bytes.drain(..skip);
            // UTF-8 is checked once, and kept without a copy.
            match String::from_utf8(bytes) {
                Ok(text) => Ok((text, None)),
                Err(err) => {
                    let (text, warning) = decode_record(err.as_bytes(), encoding)?;
                    Ok((text.into_owned(), warning))
                }
            }
        }
    }
}

/// A stream ready for the record readers: UTF-8 (or bytes for
/// [`decode_record`]), its byte order mark removed.
pub struct Stream {
    /// The bytes.
    pub reader: Box<dyn Read + Send>,
    /// A warning for the stream's first posting (an encoding guessed).
    pub warning: Option<String>,
    /// Whether the bytes were transcoded (and are therefore UTF-8).
    pub transcoded: bool,
}

/// Reads the first bytes of `reader`, tells its encoding, and gives back the
/// whole stream (those bytes included, byte order mark excluded),
/// transcoded to UTF-8 when it is in another encoding; or why it is not
/// text.
pub fn open_stream(
    mut reader: Box<dyn Read + Send>,
    encoding: Encoding,
) -> io::Result<Result<Stream, String>> {
    let mut prefix = Vec::with_capacity(SNIFF_BYTES);
    (&mut reader)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut prefix)?;
    let sniffed = sniff(&prefix, encoding);
    let skip = match &sniffed {
        Sniffed::Binary(reason) => return Ok(Err(reason.clone())),
        Sniffed::Utf8 { skip } | Sniffed::Transcode { skip, .. } => *skip,
    };
    // A stream of random bytes would be an error row per line or record:
    // one for the whole is clearer.
    if !is_utf16(&sniffed) {
        if let Some(reason) = binary_bytes(&prefix[skip..]) {
            return Ok(Err(reason));
        }
    }
    // A prefix shorter than asked for is the whole input: the reader is
    // not asked again (a terminal would need a second Ctrl-D).
    let ended = prefix.len() < SNIFF_BYTES;
    prefix.drain(..skip);
    let whole: Box<dyn Read + Send> = if ended {
        Box::new(io::Cursor::new(prefix))
    } else {
        Box::new(io::Cursor::new(prefix).chain(reader))
    };
    Ok(Ok(match sniffed {
        Sniffed::Transcode { codec, warning, .. } => Stream {
            reader: Box::new(
                encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(codec))
                    .bom_sniffing(false)
                    .build(whole),
            ),
            warning,
            transcoded: true,
        },
        _ => Stream {
            reader: whole,
            warning: None,
            transcoded: false,
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = std::iter::once(0xfeff)
            .filter(|_| bom)
            .chain(text.encode_utf16());
        for unit in units {
            let bytes = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            out.extend_from_slice(&bytes);
        }
        out
    }

    fn document(bytes: &[u8]) -> Result<(String, Option<String>), String> {
        decode_document(bytes.to_vec(), Encoding::Auto)
    }

    #[test]
    fn byte_order_marks_are_removed_and_obeyed() {
        let text = "id,description\nx,Projektleiter (m/w/d) für café\n";
        assert_eq!(
            document(format!("\u{feff}{text}").as_bytes()),
            Ok((text.into(), None))
        );
        for big_endian in [false, true] {
            let (got, warning) = document(&utf16(text, big_endian, true)).unwrap();
            assert_eq!((got.as_str(), warning), (text, None));
        }
    }

    #[test]
    fn utf16_without_a_mark_is_told_by_its_nul_bytes() {
        let text = "IT manager for the service desk, ITIL and vendors.";
        for big_endian in [false, true] {
            let (got, warning) = document(&utf16(text, big_endian, false)).unwrap();
            assert_eq!(got, text);
            let name = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
            assert!(warning.unwrap().contains(name));
        }
    }

    #[test]
    fn legacy_bytes_are_windows_1252_with_a_warning() {
        let (text, warning) = document(b"Chef de projet \x93IT\x94 \xe0 Lyon, caf\xe9").unwrap();
        assert_eq!(
            text,
            "Chef de projet \u{201c}IT\u{201d} \u{e0} Lyon, caf\u{e9}"
        );
        assert!(warning.unwrap().contains("Windows-1252"));
        let utf8 = decode_record(b"caf\xe9", Encoding::Utf8).unwrap();
        assert_eq!(utf8.0, "caf\u{FFFD}");
        assert!(utf8.1.unwrap().contains("U+FFFD"));
        // UTF-8 with one broken byte stays UTF-8.
        let broken = decode_record(b"caf\xc3\xa9 \xff!", Encoding::Auto).unwrap();
        assert_eq!(broken.0, "caf\u{e9} \u{FFFD}!");
        let latin = Encoding::from_label("latin1").unwrap();
        assert_eq!(latin.name(), "windows-1252");
        let named = decode_document(b"caf\xe9".to_vec(), latin).unwrap();
        assert_eq!(named, ("caf\u{e9}".to_string(), None));
    }

    #[test]
    fn binary_is_told_from_text() {
        // Random bytes (a fixed xorshift stream) without a NUL.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let random: Vec<u8> = (0..200_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .filter(|&b| b != 0)
            .collect();
        assert!(document(&random)
            .unwrap_err()
            .contains("control characters"));
        let mut late_nul = "project manager ".repeat(2000).into_bytes();
        late_nul.extend_from_slice(b"\0\0\0");
        assert!(document(&late_nul)
            .unwrap_err()
            .contains("NUL byte at byte 32000"));
        assert!(document(b"PK\x03\x04 rest").unwrap_err().contains("ZIP"));
        assert!(document(b"%PDF-1.7 text").unwrap_err().contains("PDF"));
        let replaced = "\u{FFFD}".repeat(40) + " manager";
        assert!(binary_text(&replaced).unwrap().contains("replacement"));
        // A few stray bytes in a text are not binary.
        assert!(document(b"IT manager \x01\x02 \xff\xfe for the service desk").is_ok());
        assert_eq!(binary_text("IT manager\u{FFFD}\u{FFFD}"), None);
    }

    proptest::proptest! {
        /// The block-wise count is the plain count, wherever the odd
        /// characters fall (across block edges too).
        #[test]
        fn odd_characters_are_counted_in_blocks(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "a", "IT manager ", "\u{FFFD}", "\u{FF21}", "\u{FFE1}", "\u{1}", "\0", "\t", "\n", "\u{7f}", "\u{1f}", "é",
            ]), 0..200)
        ) {
            let text = pieces.concat();
            let plain = text
                .chars()
                .filter(|&c| c == '\u{FFFD}' || (c.is_ascii() && is_control_byte(c as u8)))
                .count();
            proptest::prop_assert_eq!(odd_chars(text.as_bytes()), plain);
        }
    }

    #[test]
    fn streams_are_transcoded_and_stripped() {
        let read = |bytes: Vec<u8>| {
            let mut stream = open_stream(Box::new(io::Cursor::new(bytes)), Encoding::Auto)
                .unwrap()
                .unwrap();
            let mut out = String::new();
            stream.reader.read_to_string(&mut out).unwrap();
            (out, stream.warning)
        };
        let text = "{\"description\": \"IT manager\"}\n".repeat(1000);
        assert_eq!(
            read(format!("\u{feff}{text}").into_bytes()),
            (text.clone(), None)
        );
        assert_eq!(read(utf16(&text, false, true)), (text.clone(), None));
        let (got, warning) = read(utf16(&text, true, false));
        assert_eq!(got, text);
        assert!(warning.is_some());
        for bytes in [
            &b"PK\x03\x04\x14\0"[..],
            &[1, 2, 3, 4, 5, 6, 7, 8, 0, 0, b'a'],
        ] {
            let binary = open_stream(Box::new(io::Cursor::new(bytes.to_vec())), Encoding::Auto);
            assert!(binary.unwrap().is_err());
        }
        // A stray NUL is the problem of the record that holds it.
        let stray = open_stream(
            Box::new(io::Cursor::new(b"{}\n\0\n".to_vec())),
            Encoding::Auto,
        );
        assert!(stray.unwrap().is_ok());
    }
}
