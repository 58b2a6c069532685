//! Compressed inputs: gzip (`.gz`) and zstd (`.zst`), read through a
//! streaming decoder, so a dump of millions of postings is never unpacked
//! on disk or in memory.
//!
//! A stream is decompressed when its first bytes are gzip's or zstd's magic
//! number, whatever its name says: stdin, a download saved as `.jsonl`, or
//! a `.gz` that a web server already unpacked (read as it is). A file
//! name's compression extension only tells the format of what is inside,
//! by the extension before it (`dump.jsonl.gz` holds JSON lines).

use std::io::{self, Read};

/// A compression format rolescan decompresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// gzip (RFC 1952), one member or several one after the other.
    Gzip,
    /// Zstandard, one frame or several.
    Zstd,
}

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

impl Compression {
    /// The compression a file name's last extension names, and the length
    /// of the name without it (`dump.jsonl.gz` → gzip, 10).
    pub fn from_name(name: &[u8]) -> Option<(Compression, usize)> {
        let dot = super::extension_dot(name)?;
        let ext = &name[dot + 1..];
        let compression = if ext.eq_ignore_ascii_case(b"gz") || ext.eq_ignore_ascii_case(b"gzip") {
            Compression::Gzip
        } else if ext.eq_ignore_ascii_case(b"zst") || ext.eq_ignore_ascii_case(b"zstd") {
            Compression::Zstd
        } else {
            return None;
        };
        Some((compression, dot))
    }

    /// The compression whose magic number `first` (the first bytes of a
    /// stream) starts with.
    pub fn sniff(first: &[u8]) -> Option<Compression> {
        if first.starts_with(GZIP_MAGIC) {
            Some(Compression::Gzip)
        } else if first.starts_with(ZSTD_MAGIC) {
            Some(Compression::Zstd)
        } else {
            None
        }
    }

    /// Its name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        }
    }

    /// A reader of what `raw` decompresses to.
    fn decoder(self, raw: Box<dyn Read + Send>) -> io::Result<Box<dyn Read + Send>> {
        Ok(match self {
            Compression::Gzip => Box::new(Named(flate2::read::MultiGzDecoder::new(raw), self)),
            Compression::Zstd => Box::new(Named(zstd::stream::read::Decoder::new(raw)?, self)),
        })
    }
}

/// `raw` decompressed, if it starts with the magic number of a compression
/// rolescan reads; else `raw` as it is.
pub fn open(mut raw: Box<dyn Read + Send>) -> io::Result<Box<dyn Read + Send>> {
    let mut first = Vec::with_capacity(ZSTD_MAGIC.len());
    (&mut raw)
        .take(ZSTD_MAGIC.len() as u64)
        .read_to_end(&mut first)?;
    let sniffed = Compression::sniff(&first);
    let whole: Box<dyn Read + Send> = Box::new(io::Cursor::new(first).chain(raw));
    match sniffed {
        Some(compression) => compression.decoder(whole),
        None => Ok(whole),
    }
}

/// A decoder whose errors say which decompression failed ("gzip: corrupt
/// deflate stream"), and that a file cut short is one.
struct Named<R>(R, Compression);

impl<R: Read> Read for Named<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf).map_err(|err| {
            let what = if err.kind() == io::ErrorKind::UnexpectedEof {
                "the file ends inside the compressed data (cut short?)".to_string()
            } else {
                err.to_string()
            };
            io::Error::new(err.kind(), format!("{}: {what}", self.1.name()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    fn read_all(raw: Vec<u8>) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        open(Box::new(io::Cursor::new(raw)))?.read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn names_and_magic_numbers() {
        assert_eq!(
            Compression::from_name(b"dump.jsonl.gz"),
            Some((Compression::Gzip, 10))
        );
        assert_eq!(
            Compression::from_name(b"x.CSV.ZST"),
            Some((Compression::Zstd, 5))
        );
        assert_eq!(Compression::from_name(b".gz"), None);
        assert_eq!(Compression::from_name(b"ads.jsonl"), None);
        assert_eq!(Compression::sniff(&gzip(b"x")), Some(Compression::Gzip));
        let zstd = zstd::encode_all(&b"x"[..], 3).unwrap();
        assert_eq!(Compression::sniff(&zstd), Some(Compression::Zstd));
        assert_eq!(Compression::sniff(b"{\"id\""), None);
    }

    #[test]
    fn decompresses_by_magic_number() {
        let text = b"{\"id\": 1}\n{\"id\": 2}\n".repeat(1000);
        // Two gzip members one after the other read as one stream.
        let mut two = gzip(&text);
        two.extend(gzip(b"tail\n"));
        let mut want = text.clone();
        want.extend(b"tail\n");
        assert_eq!(read_all(two).unwrap(), want);
        let zstd = zstd::encode_all(&text[..], 3).unwrap();
        assert_eq!(read_all(zstd).unwrap(), text);
        // Plain bytes stay as they are, even when shorter than a magic
        // number.
        assert_eq!(read_all(b"ab".to_vec()).unwrap(), b"ab");
        assert_eq!(read_all(Vec::new()).unwrap(), b"");
    }

    #[test]
    fn a_cut_file_is_an_error_that_says_so() {
        let whole = gzip(&b"some posting text\n".repeat(500));
        let cut = whole[..whole.len() / 2].to_vec();
        let err = read_all(cut).unwrap_err();
        assert!(err.to_string().starts_with("gzip: the file ends"), "{err}");
        let mut bad = gzip(&b"some posting text\n".repeat(500));
        bad[20] ^= 0xff;
        let err = read_all(bad).unwrap_err();
        assert!(err.to_string().starts_with("gzip: "), "{err}");
    }
}
