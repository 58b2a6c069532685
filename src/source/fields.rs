//! Picking the id and text of one JSON object without building it.
//!
//! A JSON line usually has a few small fields and one large text; building a
//! [`serde_json::Value`] for it allocates every key and string and copies the
//! text twice. [`pick`] walks the object once instead and keeps only the
//! values of the wanted keys, borrowing the text from the line when it has
//! no escapes. [`super::onepass`] reads most lines before it gets here,
//! straight from their bytes; this is the way for the lines that one leaves
//! (invalid UTF-8 replaced, keys with escapes, deep nesting).
//!
//! It answers only the common case: an object whose text field holds a
//! string. For anything else (not JSON, not an object, no text, a text field
//! holding an array or an object) it answers `None` and the caller builds
//! the `Value` to say why, with serde_json's own words. Where it answers, it
//! gives what the `Value` would: every skipped value still goes through
//! serde_json's full parsing (`deserialize_any`: number ranges, surrogate
//! escapes, nesting depth), so a line the `Value` parser rejects is never
//! accepted here; and a key seen twice keeps its last value, as
//! `serde_json::Map` does.
//!
//! The text fields are taken raw (a [`RawValue`]: the JSON between and
//! including the quotes, its escapes checked for form but not decoded) and
//! decoded here by [`unescape`], straight into a string of the right size.
//! serde_json would decode them into a scratch buffer that grows as it goes,
//! check that buffer's UTF-8 once more and hand it over to be copied. Every
//! text field's string is decoded, chosen or not, since a lone surrogate in
//! any string makes serde_json reject the line. A raw number in a text
//! field is parsed once more on its own for its range; a raw array or
//! object sends the line to the `Value` (checking it alone would not count
//! the depth of the object around it).

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Number;

/// The keys to look for: the id field and the text fields in priority order
/// (the first one holding a string wins, wherever it is in the object).
#[derive(Debug, Clone, Copy)]
pub struct Wanted<'k> {
    pub id: &'k str,
    pub texts: &'k [&'k str],
}

/// Most text fields [`Wanted::texts`] may list.
pub const MAX_TEXT_FIELDS: usize = 4;

/// What [`pick`] found: the id as the `Value` path writes it (`None` when
/// the id field is absent or neither a string nor a number), and the text.
#[derive(Debug, PartialEq, Eq)]
pub struct Picked<'a> {
    pub id: Option<String>,
    pub text: Cow<'a, str>,
}

/// The id and text of `line`, a JSON object, or `None` when the line is not
/// such an object with a string in one of the text fields.
pub fn pick<'a>(line: &'a str, wanted: Wanted<'_>) -> Option<Picked<'a>> {
    if wanted.texts.len() > MAX_TEXT_FIELDS {
        return None;
    }
    let mut de = serde_json::Deserializer::from_str(line);
    let found = Object(wanted).deserialize(&mut de).ok()?;
    de.end().ok()?;
    let text = found
        .texts
        .into_iter()
        .take(wanted.texts.len())
        .find_map(|value| match value {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        })?;
    let id = match found.id {
        Some(Value::Str(s)) => Some(s.into_owned()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    Some(Picked { id, text })
}

/// A wanted field's last value, as far as choosing the id and text needs.
#[derive(Debug)]
enum Value<'a> {
    Str(Cow<'a, str>),
    Number(Number),
    /// `null`, a boolean, an array or an object.
    Other,
}

/// The wanted values of one object.
struct Found<'a> {
    id: Option<Value<'a>>,
    texts: [Option<Value<'a>>; MAX_TEXT_FIELDS],
}

/// Reads an object, keeping the values of the [`Wanted`] keys.
struct Object<'k>(Wanted<'k>);

impl<'de> DeserializeSeed<'de> for Object<'_> {
    type Value = Found<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Found<'de>, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Object<'_> {
    type Value = Found<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Found<'de>, A::Error> {
        let mut found = Found {
            id: None,
            texts: Default::default(),
        };
        while let Some(key) = map.next_key_seed(Classify(self.0))? {
            if !key.id && key.text.is_none() {
                map.next_value::<Skip>()?;
                continue;
            }
            let Some(slot) = key.text else {
                found.id = Some(map.next_value()?);
                continue;
            };
            let raw = map.next_value::<&'de RawValue>()?.get();
            if key.id {
                // Let the `Value` decide (the id field named as a text
                // field too is rare enough).
                return Err(de::Error::custom("the id field is a text field"));
            }
            found.texts[slot] = Some(raw_text(raw)?);
        }
        Ok(found)
    }
}

/// A text field's raw JSON value as a [`Value`]: a string decoded (every
/// one, chosen or not, as serde_json decodes every string), `Other` for a
/// keyword or a number (which serde_json's full parsing must accept); an
/// error for a string serde_json would reject, and for an array or an
/// object, which the `Value` path then decides.
fn raw_text<'a, E: de::Error>(raw: &'a str) -> Result<Value<'a>, E> {
    match raw.as_bytes().first() {
        Some(b'"') => unescape(raw)
            .map(Value::Str)
            .ok_or_else(|| E::custom("a lone surrogate")),
        Some(b'n' | b't' | b'f') => Ok(Value::Other),
        Some(b'[' | b'{') | None => Err(E::custom("not a plain text field")),
        Some(_) => serde_json::from_str::<Skip>(raw)
            .map(|_| Value::Other)
            .map_err(E::custom),
    }
}

/// The text of a raw JSON string (quotes included, escapes already checked
/// for form by serde_json), borrowed when it has no escapes; `None` for a
/// `\u` escape that is a lone surrogate, which serde_json's own decoding
/// rejects too.
fn unescape(raw: &str) -> Option<Cow<'_, str>> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let Some(mut at) = memchr::memchr(b'\\', inner.as_bytes()) else {
        return Some(Cow::Borrowed(inner));
    };
    // Decoding never makes a string longer.
    let mut out = String::with_capacity(inner.len());
    let mut rest = inner;
    loop {
        out.push_str(&rest[..at]);
        let escape = *rest.as_bytes().get(at + 1)?;
        rest = &rest[at + 2..];
        let c = match escape {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = hex4(rest)?;
                rest = &rest[4..];
                let code = match high {
                    0xD800..=0xDBFF => {
                        let tail = rest.strip_prefix("\\u")?;
                        let low = hex4(tail)?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return None;
                        }
                        rest = &tail[4..];
                        0x1_0000 + ((high - 0xD800) << 10 | (low - 0xDC00))
                    }
                    0xDC00..=0xDFFF => return None,
                    _ => high,
                };
                char::from_u32(code)?
            }
            _ => return None,
        };
        out.push(c);
        match memchr::memchr(b'\\', rest.as_bytes()) {
            Some(next) => at = next,
            None => {
                out.push_str(rest);
                return Some(Cow::Owned(out));
            }
        }
    }
}

/// The four hex digits at the start of `s`.
fn hex4(s: &str) -> Option<u32> {
    let digits = s.get(..4)?;
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

/// What a key is to [`Wanted`]: the id field, a text field (its slot), both
/// (`--id-field` may name a text field), or neither.
struct Key {
    id: bool,
    text: Option<usize>,
}

/// Reads a key, escapes decoded, and classifies it without keeping it.
struct Classify<'k>(Wanted<'k>);

impl<'de> DeserializeSeed<'de> for Classify<'_> {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Classify<'_> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(Key {
            id: key == self.0.id,
            text: self.0.texts.iter().position(|t| *t == key),
        })
    }
}

impl<'de> de::Deserialize<'de> for Value<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(s.to_owned())))
    }

    fn visit_string<E>(self, s: String) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(s)))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value<'de>, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value<'de>, E> {
        Ok(Value::Number(n.into()))
    }

    // As `serde_json::Value`: a float that is not finite would be `null`.
    fn visit_f64<E>(self, n: f64) -> Result<Value<'de>, E> {
        Ok(Number::from_f64(n).map_or(Value::Other, Value::Number))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Value<'de>, E> {
        Ok(Value::Other)
    }

    fn visit_unit<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Value<'de>, A::Error> {
        SkipVisitor.visit_seq(seq).map(|_| Value::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Value<'de>, A::Error> {
        SkipVisitor.visit_map(map).map(|_| Value::Other)
    }
}

/// Any JSON value, parsed as fully as `serde_json::Value` parses it (unlike
/// `serde::de::IgnoredAny`, which serde_json skips without checking numbers, escapes
/// or depth) but not kept.
struct Skip;

impl<'de> de::Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_key::<Skip>()?.is_some() {
            map.next_value::<Skip>()?;
        }
        Ok(Skip)
    }
}
