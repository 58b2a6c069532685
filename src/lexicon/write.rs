//! Writing a [`Lexicon`] back out in the `.lex` format.
//!
//! Used by `rolescan lexicon fit`, which changes weights and model
//! parameters but keeps the entries, their options and notes. Numbers are
//! written with at most four decimals, so the same lexicon always gives the
//! same bytes.

use std::fmt::Write as _;

use super::{Entry, Lexicon};

/// Formats a number with at most `decimals` decimals and no trailing zeros.
pub fn fmt_num(x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        &s
    };
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

impl Lexicon {
    /// The lexicon in `.lex` format, with `header` lines as leading comments.
    pub fn to_lex(&self, header: &[String]) -> String {
        let mut w = String::new();
        for line in header {
            let _ = writeln!(w, "# {line}");
        }
        let _ = writeln!(w, "\n[lexicon]\nname = {}", self.name);
        if !self.description.is_empty() {
            let _ = writeln!(w, "description = {}", self.description);
        }
        self.write_roles(&mut w);
        self.write_model(&mut w);
        let _ = writeln!(w, "\n[terms]\n# term | weights | options | note");
        for e in &self.entries {
            let _ = writeln!(w, "{}", self.term_line(e));
        }
        w
    }

    /// The `[roles]` section: a bias or code only where a role has one.
    fn write_roles(&self, w: &mut String) {
        let _ = writeln!(w, "\n[roles]\n# id | label | prior=P bias=B code=C");
        for r in &self.roles {
            let bias = if r.bias != 0.0 {
                format!(" bias={}", fmt_num(r.bias, 4))
            } else {
                String::new()
            };
            let code = r
                .code
                .as_ref()
                .map_or(String::new(), |c| format!(" code={c}"));
            let _ = writeln!(
                w,
                "{} | {} | prior={}{bias}{code}",
                r.id,
                r.label,
                fmt_num(r.prior, 6)
            );
        }
    }

    /// The `[model]` section: the cue settings only where one is not zero.
    fn write_model(&self, w: &mut String) {
        let m = &self.model;
        let _ = writeln!(w, "\n[model]");
        let _ = writeln!(w, "temperature = {}", fmt_num(m.temperature, 4));
        let _ = writeln!(w, "relevance_bias = {}", fmt_num(m.relevance_bias, 4));
        let _ = writeln!(w, "relevance_scale = {}", fmt_num(m.relevance_scale, 4));
        let _ = writeln!(w, "relevance_length = {}", fmt_num(m.relevance_length, 4));
        let _ = writeln!(
            w,
            "relevance_threshold = {}",
            fmt_num(m.relevance_threshold, 4)
        );
        let _ = writeln!(w, "first_mention = {}", fmt_num(m.first_mention, 4));
        if m.cue_mention != 0.0 || m.cue_relevance != 0.0 {
            let _ = writeln!(w, "cue_mention = {}", fmt_num(m.cue_mention, 4));
            let _ = writeln!(w, "cue_relevance = {}", fmt_num(m.cue_relevance, 4));
        }
    }

    /// The term line of entry `e`, without its line break: the weights that
    /// round to something other than zero, its options and its note.
    fn term_line(&self, e: &Entry) -> String {
        let mut weights: Vec<String> = self
            .roles
            .iter()
            .zip(&e.weights)
            .filter(|(_, &x)| fmt_num(x, 4) != "0")
            .map(|(r, &x)| format!("{}={}", r.id, fmt_num(x, 4)))
            .collect();
        if fmt_num(e.relevance, 4) != "0" {
            weights.push(format!("relevance={}", fmt_num(e.relevance, 4)));
        }
        if weights.is_empty() {
            // Every entry needs a weight; keep the term with a zero one so
            // the lexicon's vocabulary (and its line in reviews) survives.
            weights.push(format!("{}=0", self.roles[0].id));
        }
        format!(
            "{} | {} | {} | {}",
            e.display(),
            weights.join(" "),
            e.options(),
            e.note
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let src = "[lexicon]\nname = t\n[roles]\na | A | prior=1 bias=0.5\nb | B | prior=3\n[model]\ntemperature = 1.5\nrelevance_length = -0.25\n[terms]\nIT team | a=1.23456 relevance=2 | case | why\nmanag* | b=-0.5 | exact |\n";
        let lex = Lexicon::parse(src, "t").unwrap();
        let text = lex.to_lex(&["header".into()]);
        let again = Lexicon::parse(&text, "again").unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(again.roles, lex.roles);
        assert_eq!(again.model, lex.model);
        assert_eq!(again.entries.len(), 2);
        assert_eq!(again.entries[0].weights, vec![1.2346, 0.0]);
        assert_eq!(again.entries[1].display(), "manag*");
        assert!(again.entries[0].case_sensitive && !again.entries[1].inflect);
        assert_eq!(again.to_lex(&["header".into()]), text);
    }

    #[test]
    fn numbers() {
        assert_eq!(fmt_num(1.0, 4), "1");
        assert_eq!(fmt_num(-0.00001, 4), "0");
        assert_eq!(fmt_num(2.50, 4), "2.5");
        assert_eq!(fmt_num(-1.23456, 3), "-1.235");
    }
}
