//! What the `.lex` format can express of a dictionary term.
//!
//! Dictionaries and `.lex` share the suffix wildcard (`manag*`), but the
//! `.lex` parser is stricter about it: the last word before the `*` (after
//! the last space, hyphen or slash, all of which separate words in
//! rolescan) needs at least [`MIN_WILDCARD_STEM`] letters or digits, so a
//! wildcard cannot match most words. [`convert`] applies the parser's rules
//! to one term and says what it did:
//!
//! * a term the format expresses as written is kept (its runs of
//!   whitespace made one space);
//! * a wildcard whose short last stem follows other words (`tornando-se*`,
//!   `auto-*`) is kept without its `*`: hyphens separate words here, so
//!   `tornando-se` matches "tornando-se" and "tornando se" (the forms the
//!   entry is there for), and `auto` matches the first word of every
//!   "auto-…";
//! * anything else the parser would refuse (a one-word stem under three
//!   letters, a `*` inside a term, a `|` or a leading `#`, which the line
//!   format reserves, control characters, nothing left after
//!   normalization) is refused with the reason.

use super::super::parse::MIN_WILDCARD_STEM;
use crate::text::Normalized;

/// The characters after which a `.lex` wildcard's last stem starts.
const SEPARATORS: [char; 3] = [' ', '-', '/'];

/// A term as it is written to the `.lex` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Term {
    /// The term without its `*`, runs of whitespace made one space.
    pub text: String,
    /// Whether it ends in a suffix wildcard.
    pub wildcard: bool,
}

impl Term {
    /// The term as a `.lex` file writes it (`manag*` for a wildcard).
    pub fn display(&self) -> String {
        if self.wildcard {
            format!("{}*", self.text)
        } else {
            self.text.clone()
        }
    }

    /// The key under which the `.lex` parser tells duplicates: the
    /// normalized, case-folded term, and whether it is a wildcard.
    pub fn key(&self) -> (String, bool) {
        (Normalized::new(&self.text).folded, self.wildcard)
    }
}

/// Converts a dictionary term: `Ok((term, None))` when the `.lex` format
/// expresses it as written, `Ok((term, Some(why)))` when it does with the
/// change `why` describes, `Err(why)` when it cannot.
pub(super) fn convert(raw: &str) -> Result<(Term, Option<String>), String> {
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err("empty term".into());
    }
    if text.chars().any(char::is_control) {
        return Err("it holds a control character".into());
    }
    if text.contains('|') {
        return Err("it holds '|', which separates the fields of a .lex line".into());
    }
    if text.starts_with('#') {
        return Err("it starts with '#', which makes a .lex line a comment".into());
    }
    let (term, change) = match text.strip_suffix('*') {
        Some(stem) if stem.contains('*') => {
            return Err("'*' may only end a term, once (a suffix wildcard)".into());
        }
        Some(stem) => wildcard(stem)?,
        None if text.contains('*') => {
            return Err("'*' may only end a term (a suffix wildcard)".into());
        }
        None => (
            Term {
                text,
                wildcard: false,
            },
            None,
        ),
    };
    if Normalized::new(&term.text).folded.is_empty() {
        return Err(
            "nothing is left of it once separators and invisible characters are removed".into(),
        );
    }
    Ok((term, change))
}

/// The term for a wildcard with stem `stem` (the term before its `*`).
fn wildcard(stem: &str) -> Result<(Term, Option<String>), String> {
    let last = stem.rsplit(SEPARATORS).next().unwrap_or("");
    let letters = last.chars().filter(|c| c.is_alphanumeric()).count();
    if letters >= MIN_WILDCARD_STEM {
        let term = Term {
            text: stem.to_string(),
            wildcard: true,
        };
        return Ok((term, None));
    }
    let words = stem.trim_end_matches(SEPARATORS);
    if !words.contains(SEPARATORS) && words == stem {
        return Err(format!(
            "the stem before '*' has under {MIN_WILDCARD_STEM} letters, too short for a .lex \
             wildcard (it would match most words); list the words it stands for instead"
        ));
    }
    let term = Term {
        text: words.to_string(),
        wildcard: false,
    };
    let here = if last.is_empty() {
        "here none".to_string()
    } else {
        format!("here '{last}'")
    };
    let why = format!(
        "imported as '{words}', without '*': a .lex wildcard needs {MIN_WILDCARD_STEM} letters \
         after the last space, hyphen or slash ({here})"
    );
    Ok((term, Some(why)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(raw: &str) -> String {
        match convert(raw) {
            Ok((term, None)) => term.display(),
            other => panic!("{raw}: {other:?}"),
        }
    }

    fn changed(raw: &str) -> (String, String) {
        match convert(raw) {
            Ok((term, Some(why))) => (term.display(), why),
            other => panic!("{raw}: {other:?}"),
        }
    }

    #[test]
    fn terms_the_format_expresses_are_kept() {
        assert_eq!(kept("gestão"), "gestão");
        assert_eq!(kept("manag*"), "manag*");
        assert_eq!(kept("  kind \t of  "), "kind of");
        assert_eq!(kept("project manag*"), "project manag*");
        assert_eq!(kept("ação*"), "ação*");
        assert_eq!(kept("24/7"), "24/7");
        assert_eq!(kept("C#"), "C#");
    }

    #[test]
    fn a_short_stem_after_a_hyphen_drops_the_wildcard() {
        let (term, why) = changed("tornando-se*");
        assert_eq!(term, "tornando-se");
        assert!(why.contains("'se'"), "{why}");
        let (term, why) = changed("auto-*");
        assert_eq!(term, "auto");
        assert!(why.ends_with("(here none)"), "{why}");
        assert_eq!(changed("kind of*").0, "kind of");
        assert_eq!(changed("e/ou*").0, "e/ou");
    }

    #[test]
    fn what_the_format_cannot_express_is_refused() {
        for (raw, why) in [
            ("ab*", "under 3 letters"),
            ("*", "under 3 letters"),
            ("a**", "only end a term"),
            ("ma*nager", "only end a term"),
            ("*ismo", "only end a term"),
            ("a|b", "'|'"),
            ("#tag", "comment"),
            ("bell\u{7}", "control"),
            ("-", "nothing is left"),
            ("\u{200b}", "nothing is left"),
            ("-*", "nothing is left"),
            ("", "empty"),
        ] {
            let err = convert(raw).unwrap_err();
            assert!(err.contains(why), "{raw:?}: {err}");
        }
    }

    #[test]
    fn keys_fold_case_and_separators() {
        let key = |raw: &str| convert(raw).unwrap().0.key();
        assert_eq!(key("Gestão"), key("gestão"));
        assert_eq!(key("tomada-de-decisão"), key("tomada de decisão"));
        assert_ne!(key("gest*"), key("gest"));
    }
}
