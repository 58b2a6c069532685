//! Fuzz target: splitting a stream into postings, as `rolescan score` reads
//! a file or stdin. The first byte picks the format (JSON lines or a JSON
//! array, CSV, TSV, stdin's sniffing, a document), the encoding (auto,
//! UTF-8, Windows-1252) and a size limit; the rest is the input: CSV
//! quoting, JSON lines, byte order marks and mixed encodings. Reading must
//! end without a panic; no text may exceed what the size limit allows
//! (three bytes of UTF-8 per input byte; HTML aside, whose layout adds
//! spaces); CSV gives at most one posting per line; and reading the same
//! bytes twice gives the same postings.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rolescan::source::{self, Encoding, Format, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, input)) = data.split_first() else {
        return;
    };
    let format = match pick % 6 {
        0 => Some(Format::Jsonl),
        1 => Some(Format::Csv),
        2 => Some(Format::Tsv),
        3 => Some(Format::Text),
        4 => Some(Format::Html),
        _ => None,
    };
    let encoding = match (pick / 6) % 3 {
        0 => Encoding::Auto,
        1 => Encoding::Utf8,
        _ => Encoding::from_label("windows-1252").unwrap(),
    };
    let max_posting_bytes = if pick >= 128 { 64 } else { 1 << 20 };
    let options = ReadOptions {
        encoding,
        max_posting_bytes,
        ..ReadOptions::default()
    };
    let read = || -> Vec<source::Posting> {
        let reader = std::io::Cursor::new(input.to_vec());
        source::from_reader("fuzz", reader, format, options.clone()).collect()
    };
    let postings = read();
    for posting in postings.iter().filter(|_| format != Some(Format::Html)) {
        if let Ok(text) = &posting.text {
            // Decoding gives at most three bytes of UTF-8 per input byte,
            // and a posting holds no more input bytes than the limit.
            assert!(text.len() <= 3 * input.len().min(max_posting_bytes));
        }
    }
    if matches!(format, Some(Format::Csv | Format::Tsv)) {
        let lines = input.split(|&b| b == b'\n' || b == b'\r').count();
        assert!(postings.len() <= lines + 1, "{} postings from {lines} lines", postings.len());
    }
    assert_eq!(postings, read());
});
