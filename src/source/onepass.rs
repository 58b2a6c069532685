//! Picking the id and text of a JSON line in one pass over its bytes.
//!
//! Nearly every line of a JSON lines input is an object of strings, numbers,
//! booleans and `null`s, one of them a long text. [`pick`] reads such a line
//! once, straight from its raw bytes: it checks the UTF-8 and the JSON as it
//! goes, keeps the id and the text fields named in [`Wanted`], and decodes
//! the text's escapes into the posting's string while it checks them. The
//! strings are searched for the bytes that end a plain run (`"`, `\`, a
//! control character, or the start of a non-ASCII character) with the
//! engine chosen for the process ([`crate::simd`]: 64 bytes at a time with
//! AVX2, the whole pass then compiled for AVX2 so that the search inlines
//! into it; 32 at a time with SSE2; or a byte at a time), by
//! [`crate::simd::json::read_string`], whose text is UTF-8 by construction;
//! nested arrays and objects, rare, are read out of line.
//!
//! It answers only lines it is sure of, with what the reading path it
//! stands in front of would give: the line is valid UTF-8, so there is no
//! warning, and `serde_json::Value` accepts it, with the same id and text
//! [`super::fields`] and the `Value` would choose. Anything else gets
//! `None` and goes that slower way, which has the words for the error:
//! invalid UTF-8, invalid JSON, no string in a text field, keys with escapes,
//! a key that is both the id and a text field, nesting deeper than
//! [`MAX_DEPTH`]. The acceptance rules are serde_json's: JSON whitespace
//! only (space, tab, line feed, carriage return), no trailing commas or
//! bytes, no raw control characters in strings, the eight one-letter
//! escapes and `\u` with four hex digits, surrogates only as a high one
//! followed by a low one (in every string, chosen or not), and numbers whose
//! form and range serde_json accepts: a plain integer of up to 18 digits is
//! checked here, every other number is handed to serde_json on its own. A
//! key seen twice keeps its last value, as `serde_json::Map` does. A
//! property test compares this with the `Value` path on generated lines,
//! flaws and invalid UTF-8 included.

use super::fields::{Wanted, MAX_TEXT_FIELDS};
use crate::simd::json::{self, Utf8Text};
use crate::simd::{Engine, Engines, Kernel};

/// Deepest nesting of arrays and objects taken here, the line's own object
/// included. serde_json allows 127; lines deeper than this are left to it.
pub const MAX_DEPTH: usize = 64;

/// What [`pick`] found: the id as the `Value` path writes it (`None` when
/// the id field is absent or neither a string nor a number), and the text.
#[derive(Debug, PartialEq, Eq)]
pub struct Picked {
    pub id: Option<String>,
    pub text: String,
}

/// The id and text of `line` (raw bytes, line end included), or `None` when
/// the line is not valid UTF-8, not JSON that `serde_json::Value` accepts,
/// has no string in a text field, or is of a shape left to the slower path
/// (see the module docs).
pub fn pick(line: &[u8], wanted: Wanted<'_>) -> Option<Picked> {
    Engines::get().run(Pick { line, wanted })
}

/// [`pick`] with every engine the processor has, whichever is chosen.
#[cfg(test)]
pub fn pick_each_way(line: &[u8], wanted: Wanted<'_>) -> Vec<Option<Picked>> {
    Engines::available()
        .into_iter()
        .map(|engines| engines.run(Pick { line, wanted }))
        .collect()
}

/// The arguments of [`pick`], as the [`Kernel`] that runs [`pick_with`]
/// with an engine.
struct Pick<'a> {
    line: &'a [u8],
    wanted: Wanted<'a>,
}

impl Kernel for Pick<'_> {
    type Output = Option<Picked>;

    #[inline(always)]
    fn run<E: Engine>(self, engine: E) -> Option<Picked> {
        pick_with(engine, self.line, self.wanted)
    }
}

/// [`pick`] with the search of `engine`.
#[inline(always)]
fn pick_with<E: Engine>(engine: E, line: &[u8], wanted: Wanted<'_>) -> Option<Picked> {
    if wanted.texts.len() > MAX_TEXT_FIELDS {
        return None;
    }
    let mut cursor = Cursor {
        bytes: line,
        at: 0,
        engine,
    };
    let mut id = Id::Absent;
    let mut texts: [Option<Utf8Text>; MAX_TEXT_FIELDS] = Default::default();
    cursor.whitespace();
    cursor.expect(b'{')?;
    cursor.whitespace();
    if !cursor.eat(b'}') {
        loop {
            cursor.expect(b'"')?;
            let key = cursor.key()?;
            let is_id = key == wanted.id.as_bytes();
            let slot = wanted.texts.iter().position(|t| t.as_bytes() == key);
            cursor.whitespace();
            cursor.expect(b':')?;
            cursor.whitespace();
            match (is_id, slot) {
                // Rare enough to leave to the slower path.
                (true, Some(_)) => return None,
                (false, Some(slot)) => texts[slot] = cursor.text_value()?,
                (true, None) => id = cursor.id_value()?,
                (false, None) => cursor.skip_value()?,
            }
            cursor.whitespace();
            match cursor.next()? {
                b',' => cursor.whitespace(),
                b'}' => break,
                _ => return None,
            }
        }
    }
    cursor.whitespace();
    if cursor.at != line.len() {
        return None;
    }
    let mut text = texts
        .into_iter()
        .take(wanted.texts.len())
        .flatten()
        .next()?;
    // The text had room for the rest of the line; give back what other
    // large fields after it took, if any.
    if text.capacity() - text.len() > text.len() / 4 + 64 {
        text.shrink_to_fit();
    }
    let id = match id {
        Id::Str(text) => Some(text.into_string()),
        Id::Number(n) => Some(n),
        Id::Absent | Id::Other => None,
    };
    let text = text.into_string();
    Some(Picked { id, text })
}

/// The id field's last value.
enum Id {
    Absent,
    /// A string, decoded.
    Str(Utf8Text),
    /// A number, as `serde_json::Number` writes it.
    Number(String),
    /// `null`, a boolean, an array or an object.
    Other,
}

/// A line and how far it has been read, searched with `engine`.
struct Cursor<'a, E> {
    bytes: &'a [u8],
    at: usize,
    engine: E,
}

// Every method is inlined into `pick_with`, and so compiled with the target
// features of the function that calls it, except `skip_nested`.
impl<'a, E: Engine> Cursor<'a, E> {
    #[inline(always)]
    fn whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    #[inline(always)]
    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    /// Steps over `b` if it comes next.
    #[inline(always)]
    fn eat(&mut self, b: u8) -> bool {
        let next = self.peek() == Some(b);
        self.at += usize::from(next);
        next
    }

    #[inline(always)]
    fn expect(&mut self, b: u8) -> Option<()> {
        self.eat(b).then_some(())
    }

    /// A key, its opening quote read: its bytes, or `None` for a key with
    /// an escape (left to the slower path) or an invalid one.
    #[inline(always)]
    fn key(&mut self) -> Option<&'a [u8]> {
        let bytes = self.bytes;
        let start = self.at;
        let escaped = self.string(None)?;
        (!escaped).then(|| &bytes[start..self.at - 1])
    }

    /// A text field's value: a string decoded, or `None` inside for any
    /// other valid value.
    #[inline(always)]
    fn text_value(&mut self) -> Option<Option<Utf8Text>> {
        if self.eat(b'"') {
            // Decoding never makes a string longer than its JSON.
            let mut text = Utf8Text::with_capacity(self.bytes.len() - self.at);
            self.string(Some(&mut text))?;
            Some(Some(text))
        } else {
            self.skip_value()?;
            Some(None)
        }
    }

    /// The id field's value.
    #[inline(always)]
    fn id_value(&mut self) -> Option<Id> {
        match self.peek()? {
            b'"' => {
                self.at += 1;
                let mut id = Utf8Text::default();
                self.string(Some(&mut id))?;
                Some(Id::Str(id))
            }
            b'-' | b'0'..=b'9' => self.number_text().map(Id::Number),
            _ => {
                self.skip_value()?;
                Some(Id::Other)
            }
        }
    }

    /// Checks one value of any kind, inside the line's object.
    #[inline(always)]
    fn skip_value(&mut self) -> Option<()> {
        match self.next()? {
            b'"' => self.string(None).map(drop),
            b'n' => self.literal(b"ull"),
            b't' => self.literal(b"rue"),
            b'f' => self.literal(b"alse"),
            b'-' | b'0'..=b'9' => {
                self.at -= 1;
                self.number().map(drop)
            }
            b'[' | b'{' => {
                self.at -= 1;
                let mut nested = Cursor {
                    bytes: self.bytes,
                    at: self.at,
                    engine: self.engine,
                };
                nested.skip_nested(1)?;
                self.at = nested.at;
                Some(())
            }
            _ => None,
        }
    }

    /// Checks one value of any kind, inside `depth` arrays and objects
    /// (out of line, as it calls itself).
    #[inline(never)]
    fn skip_nested(&mut self, depth: usize) -> Option<()> {
        match self.next()? {
            b'"' => self.string(None).map(drop),
            b'n' => self.literal(b"ull"),
            b't' => self.literal(b"rue"),
            b'f' => self.literal(b"alse"),
            b'-' | b'0'..=b'9' => {
                self.at -= 1;
                self.number().map(drop)
            }
            b'[' if depth < MAX_DEPTH => {
                self.whitespace();
                if self.eat(b']') {
                    return Some(());
                }
                loop {
                    self.skip_nested(depth + 1)?;
                    self.whitespace();
                    match self.next()? {
                        b',' => self.whitespace(),
                        b']' => return Some(()),
                        _ => return None,
                    }
                }
            }
            b'{' if depth < MAX_DEPTH => {
                self.whitespace();
                if self.eat(b'}') {
                    return Some(());
                }
                loop {
                    self.expect(b'"')?;
                    self.string(None)?;
                    self.whitespace();
                    self.expect(b':')?;
                    self.whitespace();
                    self.skip_nested(depth + 1)?;
                    self.whitespace();
                    match self.next()? {
                        b',' => self.whitespace(),
                        b'}' => return Some(()),
                        _ => return None,
                    }
                }
            }
            _ => None,
        }
    }

    /// The rest of `null`, `true` or `false`.
    #[inline(always)]
    fn literal(&mut self, rest: &[u8]) -> Option<()> {
        let end = self.at + rest.len();
        (self.bytes.get(self.at..end)? == rest).then(|| self.at = end)
    }

    /// A number's bytes, and whether it is a plain integer that fits an
    /// `i64` (then valid, and written as it is); `None` for one serde_json
    /// rejects. The number's bytes are those up to the first byte that
    /// cannot be part of one: in valid JSON only whitespace, `,`, `]` or `}`
    /// follow a number, and those are checked by the caller.
    #[inline(always)]
    fn number(&mut self) -> Option<(&'a [u8], bool)> {
        let bytes = self.bytes;
        let start = self.at;
        while let Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') = bytes.get(self.at) {
            self.at += 1;
        }
        let number = &bytes[start..self.at];
        let digits = number.strip_prefix(b"-").unwrap_or(number);
        // Not `-0` (a float to serde_json, written `-0.0`) nor leading
        // zeros (rejected).
        let plain = (1..=18).contains(&digits.len())
            && digits.iter().all(u8::is_ascii_digit)
            && (digits[0] != b'0' || number == b"0");
        if plain {
            return Some((number, true));
        }
        serde_json::from_slice::<serde_json::Number>(number).ok()?;
        Some((number, false))
    }

    /// A number as `serde_json::Number` writes it.
    #[inline(always)]
    fn number_text(&mut self) -> Option<String> {
        let (number, plain) = self.number()?;
        if plain {
            // ASCII digits and `-`.
            return String::from_utf8(number.to_vec()).ok();
        }
        let parsed = serde_json::from_slice::<serde_json::Number>(number).ok()?;
        Some(parsed.to_string())
    }

    /// Reads a string whose opening quote has been read, up to and
    /// including its closing quote, checking it as serde_json does and
    /// appending its decoded text to `out` when given (see
    /// [`json::read_string`]). Returns whether it had an escape, or `None`
    /// for a string serde_json rejects or one that is not valid UTF-8.
    #[inline(always)]
    fn string(&mut self, out: Option<&mut Utf8Text>) -> Option<bool> {
        let (end, escaped) = json::read_string(self.engine, self.bytes, self.at, out, escape)?;
        self.at = end;
        Some(escaped)
    }
}

/// The character of the escape after a `\` at the start of `after`, and
/// how many bytes of `after` it takes; `None` for an escape serde_json
/// rejects (an unknown letter, bad hex digits, a lone surrogate).
fn escape(after: &[u8]) -> Option<(char, usize)> {
    let c = match *after.first()? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let high = hex4(after.get(1..5)?)?;
            return match high {
                0xD800..=0xDBFF => {
                    // A high surrogate must be followed by `\u` and a low
                    // one.
                    if after.get(5..7)? != b"\\u" {
                        return None;
                    }
                    let low = hex4(after.get(7..11)?)?;
                    if !(0xDC00..=0xDFFF).contains(&low) {
                        return None;
                    }
                    let code = 0x1_0000 + ((high - 0xD800) << 10 | (low - 0xDC00));
                    Some((char::from_u32(code)?, 11))
                }
                0xDC00..=0xDFFF => None,
                _ => Some((char::from_u32(high)?, 5)),
            };
        }
        _ => return None,
    };
    Some((c, 1))
}

/// The value of four hex digits (either case).
fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0, |n, &d| {
        let v = match d {
            b'0'..=b'9' => d - b'0',
            b'a'..=b'f' => d - b'a' + 10,
            b'A'..=b'F' => d - b'A' + 10,
            _ => return None,
        };
        Some(n << 4 | u32::from(v))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wanted() -> Wanted<'static> {
        Wanted {
            id: "id",
            texts: super::super::DEFAULT_TEXT_FIELDS,
        }
    }

    fn picked(line: &str) -> Option<(Option<String>, String)> {
        pick(line.as_bytes(), wanted()).map(|p| (p.id, p.text))
    }

    #[test]
    fn common_lines() {
        let some = |id: Option<&str>, text: &str| Some((id.map(str::to_string), text.to_string()));
        assert_eq!(
            picked("{\"id\": \"a\", \"description\": \"d\"}\n"),
            some(Some("a"), "d")
        );
        assert_eq!(
            picked(r#"{"description":"x\ny \u00e9\ud83d\ude00","id":7}"#),
            some(Some("7"), "x\ny \u{e9}\u{1F600}")
        );
        assert_eq!(
            picked(r#"{"id": -0, "x": [1, {"a": null}], "text": "t"}"#),
            some(Some("-0.0"), "t")
        );
        assert_eq!(
            picked(r#"{"id": 1e3, "body": "b", "text": 5}"#),
            some(Some("1000.0"), "b")
        );
        assert_eq!(
            picked("{\"text\": \"caf\u{e9}\"}\r\n"),
            some(None, "caf\u{e9}")
        );
        for declined in [
            r#"{"id": "a"}"#,
            r#"{"description": "d"} x"#,
            r#"{"description": "d",}"#,
            r#"{"description": "\ud800"}"#,
            r#"{"description": "\udc00"}"#,
            r#"{"descr\u0069ption": "d"}"#,
            r#"{"x": 1e400, "description": "d"}"#,
            r#"{"x": 01, "description": "d"}"#,
            "{\"description\": \"a\tb\"}",
            "[1]",
        ] {
            assert_eq!(picked(declined), None, "{declined}");
        }
        assert_eq!(
            pick(b"{\"description\": \"\xff\"}", wanted()),
            None,
            "invalid UTF-8"
        );
    }
}
