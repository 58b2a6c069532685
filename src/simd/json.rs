//! The JSON pass's strings: read with an engine's search, checked as
//! serde_json checks them, and decoded into [`Utf8Text`], which is UTF-8 by
//! construction and so becomes a `String` without a second check.
//!
//! The check a `String` would make again cost 2.8% of a default run's time
//! on dev (BENCHMARKS.md, tenth round). It can be skipped only where the
//! bytes are known good, and what makes them good is here: the engine's
//! `find_special`, which stops at every byte of 0x80 and above, and
//! [`utf8_char`], which accepts whole characters only.

use super::Engine;

/// Text decoded from JSON strings. Only [`read_string`] and
/// [`Utf8Text::push_char`] add to it: ASCII runs that the search
/// delimits, characters that [`utf8_char`] accepted whole, and `char`s.
/// So it is valid UTF-8 at all times.
#[derive(Debug, Default)]
pub struct Utf8Text(Vec<u8>);

impl Utf8Text {
    /// Empty, with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Utf8Text {
        Utf8Text(Vec::with_capacity(capacity))
    }

    /// Appends a character.
    #[inline]
    pub fn push_char(&mut self, c: char) {
        let mut buf = [0; 4];
        self.0.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    /// Bytes held.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Bytes it has room for.
    pub fn capacity(&self) -> usize {
        self.0.capacity()
    }

    /// Gives back the room beyond its length.
    pub fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }

    /// The text as a `String`, without checking it again.
    pub fn into_string(self) -> String {
        debug_assert!(std::str::from_utf8(&self.0).is_ok());
        // SAFETY: the bytes are valid UTF-8, as the type's docs say: every
        // way to add to them adds whole characters.
        unsafe { String::from_utf8_unchecked(self.0) }
    }
}

/// Reads the JSON string that starts at `bytes[at]`, just after its opening
/// quote, up to and including its closing quote, checking it as serde_json
/// does and appending its decoded text to `out` when given. `escape`
/// decodes the escape after a `\` (it gets the bytes after the `\`): the
/// character and how many bytes it takes, or `None` for a bad one.
///
/// Returns the offset just past the closing quote and whether the string
/// had an escape; `None` for a raw control character, invalid UTF-8, a bad
/// escape or no closing quote.
#[inline(always)]
pub fn read_string<E: Engine>(
    engine: E,
    bytes: &[u8],
    at: usize,
    mut out: Option<&mut Utf8Text>,
    escape: impl Fn(&[u8]) -> Option<(char, usize)>,
) -> Option<(usize, bool)> {
    // The start of the bytes not yet appended to `out`: from there to `at`,
    // ASCII bytes the search passed over and whole characters.
    let mut run = at;
    let mut at = at;
    let mut escaped = false;
    loop {
        at = engine.find_special(bytes, at);
        match *bytes.get(at)? {
            b'"' => {
                if let Some(out) = out {
                    out.0.extend_from_slice(&bytes[run..at]);
                }
                return Some((at + 1, escaped));
            }
            b'\\' => {
                escaped = true;
                let (decoded, len) = escape(&bytes[at + 1..])?;
                if let Some(out) = out.as_deref_mut() {
                    out.0.extend_from_slice(&bytes[run..at]);
                    out.push_char(decoded);
                }
                at += 1 + len;
                run = at;
            }
            0x80.. => at += utf8_char(&bytes[at..])?,
            // A raw control character.
            _ => return None,
        }
    }
}

/// The length of the UTF-8 character at the start of `bytes`, whose first
/// byte is 0x80 or above, or `None` when it is not one of the well-formed
/// sequences of the Unicode standard (table 3-7), as
/// `std::str::from_utf8` accepts them (no overlong forms, no surrogates,
/// nothing above U+10FFFF).
#[inline]
pub fn utf8_char(bytes: &[u8]) -> Option<usize> {
    let (len, low, high) = match *bytes.first()? {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return None,
    };
    let second = *bytes.get(1)?;
    if !(low..=high).contains(&second) {
        return None;
    }
    let rest = bytes.get(2..len)?;
    rest.iter().all(|&b| b & 0xC0 == 0x80).then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Bytes that try the UTF-8 check: every lead byte class, continuation
    /// bytes at the edges of their ranges, and ASCII.
    fn utf8_bytes() -> impl Strategy<Value = Vec<u8>> {
        let byte = prop::sample::select(vec![
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
            0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]);
        prop::collection::vec(prop_oneof![3 => byte, 1 => any::<u8>()], 0..12)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// Character by character, `utf8_char` accepts exactly what
        /// `std::str::from_utf8` accepts.
        #[test]
        fn utf8_chars_agree_with_std(bytes in utf8_bytes()) {
            let mut at = 0;
            let mut valid = true;
            while at < bytes.len() {
                if bytes[at] < 0x80 {
                    at += 1;
                } else if let Some(len) = utf8_char(&bytes[at..]) {
                    at += len;
                } else {
                    valid = false;
                    break;
                }
            }
            prop_assert_eq!(valid, std::str::from_utf8(&bytes).is_ok());
        }
    }
}
