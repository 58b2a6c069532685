//! Parsing and validation of the `.lex` lexicon format.
//!
//! The format is line-oriented so that every problem can name its line:
//!
//! ```text
//! # whole-line comments start with '#'
//! [lexicon]
//! name = default
//! description = one line
//!
//! [roles]
//! # id | label | prior=P
//! project_manager | Project Manager | prior=0.25
//!
//! [model]
//! temperature = 1.0
//! relevance_bias = -4.0
//! relevance_threshold = 0.5
//!
//! [terms]
//! # term | weights | options | note
//! project manager | project_manager=1.5 relevance=3 | | role name
//! IT | it_manager=0.4 it_project_manager=0.3 | case |
//! manag* | project_manager=0.2 | |
//! ```
//!
//! [`parse`] checks everything (sections, keys, role ids, weights, options,
//! wildcards, duplicates) and returns all problems together, each with the
//! fix.
//!
//! A curated fragment is not a lexicon: it holds term lines only, after a
//! `[curated]` line, and `lexicon derive --curated` appends them to the
//! lexicon it derives, whose roles they use. [`parse_with`] reads it with
//! the derived roles, [`parse_fragment`] on its own (for `lexicon check`),
//! and [`parse`] refuses it, saying what it is.

use std::collections::HashMap;

use regex::Regex;

use super::{Entry, Lexicon, Model, Role, OTHER_ROLE};
use crate::error::{Error, ErrorKind, LexiconProblem, Result};
use crate::text::Normalized;

/// Largest absolute weight accepted; larger ones are almost always typos.
pub(super) const MAX_WEIGHT: f64 = 10.0;
/// Letters required before a `*` so a wildcard cannot swallow every word.
pub(super) const MIN_WILDCARD_STEM: usize = 3;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    None,
    Lexicon,
    Roles,
    Model,
    Terms,
}

/// Collects the problems of one parse, each with its file and line.
struct Parser<'a> {
    origin: &'a str,
    problems: Vec<LexiconProblem>,
    role_id: Regex,
    /// Role ids used but not declared in a lexicon that declares no roles:
    /// each is reported once, at its first use, not on every line.
    undeclared: Vec<String>,
}

impl<'a> Parser<'a> {
    /// A parser for the file named `origin`, with no problems yet.
    fn new(origin: &'a str) -> Parser<'a> {
        Parser {
            origin,
            problems: Vec::new(),
            role_id: Regex::new(r"^[a-z][a-z0-9_]*$").expect("valid regex"),
            undeclared: Vec::new(),
        }
    }

    /// Records a problem on `line` (0 for the whole file) of `entry`.
    fn problem(&mut self, line: usize, entry: &str, message: String, fix: impl Into<String>) {
        self.problems.push(LexiconProblem {
            file: self.origin.to_string(),
            line,
            entry: entry.trim().to_string(),
            message,
            fix: fix.into(),
        });
    }
}

/// A line that is neither blank nor a comment.
#[derive(Clone, Copy)]
struct Line<'t> {
    /// The line number, from 1.
    no: usize,
    /// The line as written.
    raw: &'t str,
    /// The line without surrounding white space.
    text: &'t str,
}

/// A term line before its weights are resolved against the roles (roles may
/// be declared after terms, though the documented layout puts them first).
struct RawTerm<'a> {
    line: usize,
    raw: &'a str,
    term: &'a str,
    weights: &'a str,
    options: &'a str,
    note: &'a str,
}

/// What the sections of a file declare, gathered line by line.
struct Draft<'t> {
    name: String,
    description: String,
    roles: Vec<Role>,
    /// The line that declared each role (0 for roles given by the caller).
    role_lines: Vec<usize>,
    model: Model,
    terms: Vec<RawTerm<'t>>,
}

/// Parses a lexicon, reporting every problem in it at once.
pub(super) fn parse(text: &str, origin: &str) -> Result<Lexicon> {
    parse_with(text, origin, None)
}

/// The line that starts the term lines of a curated fragment.
const FRAGMENT_HEADER: &str = "[curated]";

/// Whether `text` is a curated fragment rather than a lexicon: it has a
/// `[curated]` line.
pub(super) fn is_fragment(text: &str) -> bool {
    text.lines().any(|l| l.trim() == FRAGMENT_HEADER)
}

/// Parses a curated fragment on its own: its term lines, checked as in a
/// lexicon against the roles their weights name (valid role ids, in order
/// of first use, labelled with their ids). Those roles are declared by the
/// lexicon the fragment is appended to.
pub(super) fn parse_fragment(text: &str, origin: &str) -> Result<Lexicon> {
    parse_with(text, origin, Some(&roles_named(text)))
}

/// The roles named in the weights of `text`'s term lines.
fn roles_named(text: &str) -> Vec<Role> {
    let role_id = Regex::new(r"^[a-z][a-z0-9_]*$").expect("valid regex");
    let mut roles: Vec<Role> = Vec::new();
    let weights = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('['))
        .filter_map(|l| l.split('|').nth(1));
    for pair in weights.flat_map(str::split_whitespace) {
        let Some((id, _)) = pair.split_once('=') else {
            continue;
        };
        let reserved = id == OTHER_ROLE || id == "relevance";
        if !reserved && role_id.is_match(id) && roles.iter().all(|r| r.id != id) {
            roles.push(Role {
                id: id.to_string(),
                label: id.to_string(),
                prior: 1.0,
                bias: 0.0,
                code: None,
            });
        }
    }
    roles
}

/// Parses a lexicon, or, with `preset` roles, a curated fragment for them:
/// term lines only, after `[curated]` (or `[terms]`, or no section line).
pub(super) fn parse_with(text: &str, origin: &str, preset: Option<&[Role]>) -> Result<Lexicon> {
    let mut p = Parser::new(origin);
    let roles: Vec<Role> = preset.map(<[Role]>::to_vec).unwrap_or_default();
    let mut draft = Draft {
        name: String::new(),
        description: String::new(),
        role_lines: vec![0; roles.len()],
        roles,
        model: Model::default(),
        terms: Vec::new(),
    };
    read_sections(&mut p, &mut draft, text, preset.is_some())?;
    if preset.is_none() {
        settle_roles(&mut p, &mut draft.roles);
    }
    let entries = resolve_terms(&mut p, &draft.roles, &draft.terms);
    if entries.is_empty() && p.problems.is_empty() {
        p.problem(
            0,
            "",
            "lexicon has no entries".into(),
            "add a [terms] section with lines 'term | role_id=weight'",
        );
    }
    if !p.problems.is_empty() {
        return Err(Error::from(ErrorKind::Lexicon(p.problems)));
    }
    Ok(Lexicon {
        origin: origin.to_string(),
        name: draft.name,
        description: draft.description,
        roles: draft.roles,
        entries,
        model: draft.model,
    })
}

/// Reads `text` line by line into `draft`, handing each line to the handler
/// of its section. In a lexicon (not a `fragment`), a `[curated]` line fails
/// the parse at once: the file is a fragment given in the wrong place.
fn read_sections<'t>(
    p: &mut Parser,
    draft: &mut Draft<'t>,
    text: &'t str,
    fragment: bool,
) -> Result<()> {
    let mut section = if fragment {
        Section::Terms
    } else {
        Section::None
    };
    for (i, raw) in text.lines().enumerate() {
        let line = Line {
            no: i + 1,
            raw,
            text: raw.trim(),
        };
        if line.text.is_empty() || line.text.starts_with('#') {
            continue;
        }
        if line.text.starts_with('[') && line.text.ends_with(']') {
            if line.text == FRAGMENT_HEADER && !fragment {
                return Err(not_a_lexicon(p.origin, line.no));
            }
            section = section_named(p, line, fragment);
            continue;
        }
        match section {
            Section::None => p.problem(
                line.no,
                line.raw,
                "line outside any section".into(),
                "put it under [lexicon], [roles], [model] or [terms], or comment it out with '#'",
            ),
            Section::Lexicon => lexicon_line(p, draft, line),
            Section::Roles => role_line(p, draft, line),
            Section::Model => model_line(p, &mut draft.model, line),
            Section::Terms => term_line(p, &mut draft.terms, line),
        }
    }
    Ok(())
}

/// Checks that a lexicon declares roles, and scales their priors to sum to 1.
fn settle_roles(p: &mut Parser, roles: &mut [Role]) {
    if roles.is_empty() {
        p.problem(
            0,
            "",
            "no roles declared".into(),
            "add a [roles] section with lines 'id | Label | prior=0.25' (a curated fragment for `lexicon derive --curated` starts its term lines with [curated] instead)",
        );
    }
    let total_prior: f64 = roles.iter().map(|r| r.prior).sum();
    if total_prior > 0.0 {
        for r in roles {
            r.prior /= total_prior;
        }
    }
}

/// Turns the term lines into entries for `roles`, reporting each bad line and
/// each term that repeats an earlier one after normalization.
fn resolve_terms(p: &mut Parser, roles: &[Role], terms: &[RawTerm]) -> Vec<Entry> {
    let mut entries = Vec::with_capacity(terms.len());
    let mut seen: HashMap<(String, bool, bool), usize> = HashMap::new();
    for t in terms {
        let Some(entry) = parse_term(p, roles, t) else {
            continue;
        };
        let key = duplicate_key(&entry);
        if let Some(&first) = seen.get(&key) {
            p.problem(
                t.line,
                t.raw,
                format!(
                    "duplicate entry '{}' (same term as line {first} after normalization)",
                    entry.display()
                ),
                "merge the two lines' weights into one entry and delete the other",
            );
            continue;
        }
        seen.insert(key, t.line);
        entries.push(entry);
    }
    entries
}

/// What two entries for the same term share: the normalized term (case
/// folded unless the entry is case-sensitive), its case option and whether
/// it is a wildcard.
fn duplicate_key(entry: &Entry) -> (String, bool, bool) {
    let normalized = Normalized::new(&entry.term);
    let term = if entry.case_sensitive {
        normalized.text
    } else {
        normalized.folded
    };
    (term, entry.case_sensitive, entry.wildcard)
}

/// The section a `[name]` line opens. A fragment holds term lines only,
/// which `[curated]` or `[terms]` opens.
fn section_named(p: &mut Parser, line: Line, fragment: bool) -> Section {
    let name = &line.text[1..line.text.len() - 1];
    match (name, fragment) {
        ("curated" | "terms", true) => Section::Terms,
        (_, true) => {
            p.problem(
                line.no,
                line.raw,
                format!("section [{name}] in a curated fragment"),
                "a fragment holds only term lines, after [curated]; its roles and settings are those of the lexicon `lexicon derive --curated` appends it to",
            );
            Section::None
        }
        ("lexicon", false) => Section::Lexicon,
        ("roles", false) => Section::Roles,
        ("model", false) => Section::Model,
        ("terms", false) => Section::Terms,
        (other, false) => {
            p.problem(
                line.no,
                line.raw,
                format!("unknown section [{other}]"),
                "use one of [lexicon], [roles], [model], [terms]",
            );
            Section::None
        }
    }
}

/// The error for a curated fragment read as a lexicon (its `[curated]`
/// line is `line`).
fn not_a_lexicon(origin: &str, line: usize) -> Error {
    Error::from(ErrorKind::Lexicon(vec![LexiconProblem {
        file: origin.to_string(),
        line,
        entry: FRAGMENT_HEADER.to_string(),
        message: "a curated fragment, not a lexicon: term lines for `rolescan lexicon derive --curated`".into(),
        fix: "give it to `rolescan lexicon derive --curated FILE`, which appends it to the lexicon it derives, and score with that lexicon; `rolescan lexicon check FILE` checks the fragment on its own".into(),
    }]))
}

/// Splits `key = value`, trimming both sides.
fn key_value(line: &str) -> Option<(&str, &str)> {
    let (k, v) = line.split_once('=')?;
    Some((k.trim(), v.trim()))
}

/// Handles a line of `[lexicon]`: `name = ...` or `description = ...`.
fn lexicon_line(p: &mut Parser, draft: &mut Draft, line: Line) {
    match key_value(line.text) {
        Some(("name", v)) => draft.name = v.to_string(),
        Some(("description", v)) => draft.description = v.to_string(),
        Some((k, _)) => p.problem(
            line.no,
            line.raw,
            format!("unknown key '{k}' in [lexicon]"),
            "the keys are 'name' and 'description'",
        ),
        None => p.problem(
            line.no,
            line.raw,
            "expected 'key = value'".into(),
            "write e.g. 'name = my-lexicon'",
        ),
    }
}

/// Handles a line of `[roles]`: declares the role, unless a line before
/// declared the same id.
fn role_line(p: &mut Parser, draft: &mut Draft, line: Line) {
    let Some(role) = parse_role(p, line) else {
        return;
    };
    if let Some(j) = draft.roles.iter().position(|r| r.id == role.id) {
        let first = draft.role_lines[j];
        p.problem(
            line.no,
            line.raw,
            format!(
                "duplicate role '{}' (first declared on line {first})",
                role.id
            ),
            "remove one of the two declarations",
        );
    } else {
        draft.roles.push(role);
        draft.role_lines.push(line.no);
    }
}

/// Handles a line of `[model]`: `key = number`, each key with its range.
fn model_line(p: &mut Parser, model: &mut Model, line: Line) {
    let Some((key, value)) = key_value(line.text) else {
        p.problem(
            line.no,
            line.raw,
            "expected 'key = value'".into(),
            "write e.g. 'temperature = 1.0'",
        );
        return;
    };
    let Ok(x) = value.parse::<f64>() else {
        p.problem(
            line.no,
            line.raw,
            format!("'{value}' is not a number"),
            format!("give {key} a decimal number such as 1.0"),
        );
        return;
    };
    let Some((slot, ok, range)) = model_setting(model, key, x) else {
        p.problem(
            line.no,
            line.raw,
            format!("unknown key '{key}' in [model]"),
            "the keys are temperature, relevance_bias, relevance_scale, relevance_length, relevance_threshold, first_mention, cue_mention and cue_relevance",
        );
        return;
    };
    if !ok || !x.is_finite() {
        p.problem(
            line.no,
            line.raw,
            format!("{key} = {value} is out of range"),
            format!("use a value {range}"),
        );
        return;
    }
    *slot = x;
}

/// The setting of `model` that `key` names, whether `x` is in its range, and
/// that range as the fix states it; `None` for an unknown key.
fn model_setting<'m>(
    model: &'m mut Model,
    key: &str,
    x: f64,
) -> Option<(&'m mut f64, bool, &'static str)> {
    Some(match key {
        "temperature" => (&mut model.temperature, x > 0.0 && x <= 100.0, "in (0, 100]"),
        "relevance_bias" => (&mut model.relevance_bias, x.abs() <= 50.0, "in [-50, 50]"),
        "relevance_scale" => (
            &mut model.relevance_scale,
            x > 0.0 && x <= 100.0,
            "in (0, 100]",
        ),
        "relevance_length" => (&mut model.relevance_length, x.abs() <= 50.0, "in [-50, 50]"),
        "first_mention" => (&mut model.first_mention, x.abs() <= 50.0, "in [-50, 50]"),
        "cue_mention" => (&mut model.cue_mention, x.abs() <= 50.0, "in [-50, 50]"),
        "cue_relevance" => (&mut model.cue_relevance, x.abs() <= 50.0, "in [-50, 50]"),
        "relevance_threshold" => (
            &mut model.relevance_threshold,
            (0.0..=1.0).contains(&x),
            "in [0, 1]",
        ),
        _ => return None,
    })
}

/// Handles a line of `[terms]`: splits it into its fields, which are resolved
/// once all the roles are known.
fn term_line<'t>(p: &mut Parser, terms: &mut Vec<RawTerm<'t>>, line: Line<'t>) {
    let fields: Vec<&str> = line.text.split('|').map(str::trim).collect();
    if fields.len() < 2 || fields.len() > 4 {
        p.problem(
            line.no,
            line.raw,
            format!(
                "expected 2 to 4 fields separated by '|', found {}",
                fields.len()
            ),
            "write 'term | role=weight ... | options | note'",
        );
        return;
    }
    terms.push(RawTerm {
        line: line.no,
        raw: line.raw,
        term: fields[0],
        weights: fields[1],
        options: fields.get(2).copied().unwrap_or(""),
        note: fields.get(3).copied().unwrap_or(""),
    });
}

/// Parses a role line, `id | Label | prior=P bias=B code=C`, reporting every
/// problem in its id, label and settings.
fn parse_role(p: &mut Parser, line: Line) -> Option<Role> {
    let fields: Vec<&str> = line.text.split('|').map(str::trim).collect();
    if fields.len() < 2 || fields.len() > 3 {
        p.problem(
            line.no,
            line.raw,
            "expected 'id | Label' or 'id | Label | prior=P bias=B'".into(),
            "write e.g. 'it_manager | IT Manager | prior=0.25'",
        );
        return None;
    }
    let (id, label) = (fields[0], fields[1]);
    let id_ok = role_id_ok(p, line, id);
    if label.is_empty() {
        p.problem(
            line.no,
            line.raw,
            format!("role '{id}' has an empty label"),
            "give it a label, e.g. 'IT Manager'",
        );
    }
    let settings = role_settings(p, line, fields.get(2).map_or("", |s| *s));
    let (true, false, Some((prior, bias, code))) = (id_ok, label.is_empty(), settings) else {
        return None;
    };
    Some(Role {
        id: id.to_string(),
        label: label.to_string(),
        prior,
        bias,
        code,
    })
}

/// Whether `id` can name a role: a lower-case identifier other than the
/// reserved `other` and `relevance`. Reports it if not.
fn role_id_ok(p: &mut Parser, line: Line, id: &str) -> bool {
    let (message, fix) = if !p.role_id.is_match(id) {
        (
            format!("role id '{id}' is not a lower-case identifier"),
            "use lower-case letters, digits and '_', starting with a letter (e.g. it_manager)",
        )
    } else if id == OTHER_ROLE || id == "relevance" {
        (
            format!("role id '{id}' is reserved"),
            "choose another id; 'other' labels postings about none of the roles and 'relevance' is a weight key",
        )
    } else {
        return true;
    };
    p.problem(line.no, line.raw, message, fix);
    false
}

/// The settings of a role line, `(prior, bias, code)`: 1, 0 and none unless
/// `specs` gives them. `None` after reporting a bad one.
fn role_settings(p: &mut Parser, line: Line, specs: &str) -> Option<(f64, f64, Option<String>)> {
    let mut ok = true;
    let (mut prior, mut bias, mut code) = (1.0, 0.0, None);
    for spec in specs.split_whitespace() {
        if let Some(value) = spec.strip_prefix("code=") {
            if is_code(value) {
                code = Some(value.to_string());
            } else {
                p.problem(
                    line.no,
                    line.raw,
                    format!("bad taxonomy code '{value}'"),
                    "write letters, digits, '.' and '-' only, e.g. 'code=15-1299.09' (O*NET-SOC)",
                );
                ok = false;
            }
            continue;
        }
        let parsed = spec.split_once('=').map(|(k, v)| (k, v.parse::<f64>()));
        match parsed {
            Some(("prior", Ok(x))) if x > 0.0 && x.is_finite() => prior = x,
            Some(("bias", Ok(x))) if x.abs() <= MAX_WEIGHT => bias = x,
            _ => {
                p.problem(
                    line.no,
                    line.raw,
                    format!("bad role setting '{spec}'"),
                    format!(
                        "write 'prior=P' (P > 0; priors are normalized to sum to 1), 'bias=B' (|B| <= {MAX_WEIGHT}) and/or 'code=C' (a taxonomy code)"
                    ),
                );
                ok = false;
            }
        }
    }
    ok.then_some((prior, bias, code))
}

/// Whether `value` can be a taxonomy code: letters, digits, `.` and `-`,
/// starting with a letter or digit (`15-1299.09`, `2511`).
pub fn is_code(value: &str) -> bool {
    value.starts_with(|c: char| c.is_ascii_alphanumeric())
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

/// The options of a term line.
struct TermOptions {
    /// `case`: capitals must match.
    case_sensitive: bool,
    /// Not `exact`: plural and possessive endings match too.
    inflect: bool,
    /// `title`: the term is a role name.
    title: bool,
}

/// Parses a term line into an entry for `roles`, reporting every problem in
/// its term, options and weights.
fn parse_term(p: &mut Parser, roles: &[Role], t: &RawTerm) -> Option<Entry> {
    let term = term_text(p, t);
    let options = term_options(p, t);
    let weights = term_weights(p, roles, t);
    let ((term, wildcard), options, (weights, relevance)) = (term?, options?, weights?);
    Some(Entry {
        term: term.trim().to_string(),
        line: t.line,
        weights,
        relevance,
        case_sensitive: options.case_sensitive,
        wildcard,
        inflect: options.inflect,
        title: options.title,
        note: t.note.to_string(),
    })
}

/// The term of a term line without its final `*`, and whether it had one (a
/// suffix wildcard). `None` after reporting a misplaced `*`, a short stem or
/// an empty term.
fn term_text<'t>(p: &mut Parser, t: &RawTerm<'t>) -> Option<(&'t str, bool)> {
    let (term, wildcard, mut ok) = match t.term.strip_suffix('*') {
        Some(stem) => (stem, true, wildcard_stem_ok(p, t, stem)),
        None if t.term.contains('*') => {
            p.problem(
                t.line,
                t.raw,
                format!("bad wildcard '{}': '*' may only end a term", t.term),
                "move '*' to the end of the term (suffix wildcard), or list the forms separately",
            );
            (t.term, false, false)
        }
        None => (t.term, false, true),
    };
    if Normalized::new(term).folded.is_empty() {
        p.problem(
            t.line,
            t.raw,
            "empty term".into(),
            "write a word or phrase before the first '|'",
        );
        ok = false;
    }
    ok.then_some((term, wildcard))
}

/// Whether `stem`, a wildcard term without its final `*`, has no other `*`
/// and ends with a word of at least [`MIN_WILDCARD_STEM`] letters. Reports
/// it if not.
fn wildcard_stem_ok(p: &mut Parser, t: &RawTerm, stem: &str) -> bool {
    let last_word = stem.rsplit([' ', '-', '/']).next().unwrap_or("");
    let (message, fix) = if stem.contains('*') {
        (
            format!("bad wildcard '{}': only one '*' is allowed", t.term),
            "keep a single '*' at the very end, e.g. 'manag*'",
        )
    } else if last_word.chars().filter(|c| c.is_alphanumeric()).count() < MIN_WILDCARD_STEM
        || stem.ends_with(' ')
    {
        (
            format!(
                "bad wildcard '{}': the stem before '*' needs at least {MIN_WILDCARD_STEM} letters",
                t.term
            ),
            "lengthen the stem (e.g. 'manag*') or list the words separately",
        )
    } else {
        return true;
    };
    p.problem(t.line, t.raw, message, fix);
    false
}

/// The options of a term line; `None` after reporting an unknown one.
fn term_options(p: &mut Parser, t: &RawTerm) -> Option<TermOptions> {
    let mut ok = true;
    let mut options = TermOptions {
        case_sensitive: false,
        inflect: true,
        title: false,
    };
    for opt in t.options.split_whitespace() {
        match opt {
            "case" => options.case_sensitive = true,
            "exact" => options.inflect = false,
            "title" => options.title = true,
            other => {
                p.problem(
                    t.line,
                    t.raw,
                    format!("unknown option '{other}'"),
                    "options are 'case' (capitals must match), 'exact' (no plural/possessive endings) and 'title' (a role name)",
                );
                ok = false;
            }
        }
    }
    ok.then_some(options)
}

/// The weights of a term line, one per role in `roles`, and its relevance
/// weight (0 where not given). `None` after reporting a missing, malformed,
/// repeated or out-of-range weight or an unknown role.
fn term_weights(p: &mut Parser, roles: &[Role], t: &RawTerm) -> Option<(Vec<f64>, f64)> {
    let mut ok = true;
    if t.weights.is_empty() {
        p.problem(
            t.line,
            t.raw,
            format!("term '{}' has no weights", t.term),
            "add at least one 'role_id=weight' (or 'relevance=weight')",
        );
        ok = false;
    }
    let mut weights = vec![0.0; roles.len()];
    let mut relevance = 0.0;
    let mut given: Vec<&str> = Vec::new();
    for pair in t.weights.split_whitespace() {
        let Some((key, value)) = pair.split_once('=') else {
            p.problem(
                t.line,
                t.raw,
                format!("bad weight '{pair}'"),
                "write weights as 'role_id=number', separated by spaces",
            );
            ok = false;
            continue;
        };
        let slot = if key == "relevance" {
            Some(&mut relevance)
        } else if let Some(r) = roles.iter().position(|r| r.id == key) {
            Some(&mut weights[r])
        } else {
            unknown_role(p, t, key, roles);
            ok = false;
            None
        };
        if given.contains(&key) {
            p.problem(
                t.line,
                t.raw,
                format!("weight for '{key}' given twice"),
                "keep one weight per role",
            );
            ok = false;
        }
        given.push(key);
        match (weight_value(p, t, key, value), slot) {
            (Some(x), Some(slot)) => *slot = x,
            (Some(_), None) => {}
            (None, _) => ok = false,
        }
    }
    ok.then_some((weights, relevance))
}

/// The number a weight `key=value` gives, if it is one within
/// ±[`MAX_WEIGHT`]. Reports it if not.
fn weight_value(p: &mut Parser, t: &RawTerm, key: &str, value: &str) -> Option<f64> {
    match value.parse::<f64>() {
        Ok(x) if x.is_finite() && x.abs() <= MAX_WEIGHT => Some(x),
        _ => {
            p.problem(
                t.line,
                t.raw,
                format!("bad weight '{value}' for '{key}'"),
                format!("use a number between -{MAX_WEIGHT} and {MAX_WEIGHT}, e.g. {key}=1.5"),
            );
            None
        }
    }
}

/// Reports a weight for a role the lexicon does not declare, with the
/// roles it does declare (or, when it declares none, how to declare one, at
/// the role's first use only).
fn unknown_role(p: &mut Parser, t: &RawTerm, key: &str, roles: &[Role]) {
    let (message, fix) = if roles.is_empty() {
        if p.undeclared.iter().any(|id| id == key) {
            return;
        }
        p.undeclared.push(key.to_string());
        (
            format!("unknown role '{key}': the lexicon declares no roles"),
            format!("declare it under [roles] with a line '{key} | Label | prior=0.25'"),
        )
    } else {
        let known: Vec<&str> = roles.iter().map(|r| r.id.as_str()).collect();
        (
            format!("unknown role '{key}'"),
            format!(
                "use one of: {}, relevance (or declare the role under [roles])",
                known.join(", ")
            ),
        )
    };
    p.problem(t.line, t.raw, message, fix);
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "[roles]\npm | Project Manager\nitm | IT Manager | prior=3\n[terms]\n";

    fn problems(body: &str) -> Vec<(usize, String)> {
        let text = format!("{HEAD}{body}");
        match parse(&text, "test.lex") {
            Ok(_) => vec![],
            Err(e) => e
                .lexicon_problems()
                .iter()
                .map(|p| (p.line, p.message.clone()))
                .collect(),
        }
    }

    #[test]
    fn valid_lexicon_parses() {
        let text = format!(
            "# header\n[lexicon]\nname = t\n{HEAD}project manager | pm=2 relevance=1 | | note\nIT | itm=0.5 | case\nmanag* | pm=0.1\nC# | itm=-0.2 | exact\n[model]\ntemperature = 2\n"
        );
        let lex = parse(&text, "t.lex").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(lex.name, "t");
        assert_eq!(lex.roles.len(), 2);
        assert!((lex.roles[0].prior - 0.25).abs() < 1e-12);
        assert!((lex.roles[1].prior - 0.75).abs() < 1e-12);
        assert_eq!(lex.entries.len(), 4);
        assert_eq!(lex.entries[0].weights, vec![2.0, 0.0]);
        assert_eq!(lex.entries[0].relevance, 1.0);
        assert!(lex.entries[1].case_sensitive);
        assert!(lex.entries[2].wildcard);
        assert_eq!(lex.entries[2].term, "manag");
        assert_eq!(lex.entries[3].term, "C#");
        assert!(!lex.entries[3].inflect);
        assert_eq!(lex.model.temperature, 2.0);
    }

    #[test]
    fn roles_carry_taxonomy_codes_and_bad_ones_name_their_line() {
        let text = "[roles]\npm | PM | prior=1 code=13-1082.00\nitm | ITM\n[terms]\nx | pm=1\n";
        let lex = parse(text, "t.lex").unwrap();
        assert_eq!(lex.roles[0].code.as_deref(), Some("13-1082.00"));
        assert_eq!(lex.roles[1].code, None);
        // Written and read back the same.
        let again = parse(&lex.to_lex(&[]), "again.lex").unwrap();
        assert_eq!(again.roles[0].code.as_deref(), Some("13-1082.00"));
        let bad = "[roles]\npm | PM\nitm | ITM | code=11/3021\n[terms]\nx | pm=1\n";
        let err = parse(bad, "bad.lex").unwrap_err().to_string();
        assert!(err.contains("bad.lex:3"), "{err}");
        assert!(err.contains("bad taxonomy code '11/3021'"), "{err}");
        assert!(err.contains("code=15-1299.09"), "{err}");
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let got = problems(
            "ok | pm=1\n\
             bad role | xx=1\n\
             | pm=1\n\
             nan | pm=abc\n\
             big | pm=99\n\
             *ing | pm=1\n\
             ma* | pm=1\n\
             Ok | itm=2\n\
             opt | pm=1 | shout\n\
             noweights |\n\
             twice | pm=1 pm=2\n",
        );
        let lines: Vec<usize> = got.iter().map(|g| g.0).collect();
        assert_eq!(lines, vec![6, 7, 8, 9, 10, 11, 12, 13, 14, 15], "{got:#?}");
        assert!(got[0].1.contains("unknown role 'xx'"));
        assert!(got[1].1.contains("empty term"));
        assert!(got[2].1.contains("bad weight 'abc'"));
        assert!(got[3].1.contains("bad weight '99'"));
        assert!(got[4].1.contains("bad wildcard"));
        assert!(got[5].1.contains("at least 3 letters"));
        assert!(got[6].1.contains("duplicate entry 'Ok'"));
        assert!(got[6].1.contains("line 5"));
        assert!(got[7].1.contains("unknown option 'shout'"));
        assert!(got[8].1.contains("no weights"));
        assert!(got[9].1.contains("given twice"));
    }

    #[test]
    fn case_variants_are_not_duplicates() {
        assert!(problems("IT | itm=1 | case\nit | pm=0.1\n").is_empty());
        assert!(!problems("IT | itm=1 | case\nIT | pm=0.1 | case\n").is_empty());
        assert!(!problems("project-management | pm=1\nProject  Management | pm=1\n").is_empty());
    }

    #[test]
    fn structural_problems() {
        let err = parse("name = x\n[bogus]\n[terms]\nfoo | r=1\n", "x.lex").unwrap_err();
        let msgs: Vec<String> = err
            .lexicon_problems()
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert!(
            msgs[0].starts_with("x.lex:1: line outside any section"),
            "{msgs:?}"
        );
        assert!(
            msgs[1].starts_with("x.lex:2: unknown section [bogus]"),
            "{msgs:?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("no roles declared")),
            "{msgs:?}"
        );
        let err = parse("[roles]\na | A\n[terms]\n", "empty.lex").unwrap_err();
        assert!(err.to_string().contains("no entries"), "{err}");
        let err = parse("[roles]\nA b | A\nother | O\n", "r.lex").unwrap_err();
        let msgs = err.to_string();
        assert!(msgs.contains("r.lex:2: role id 'A b'"), "{msgs}");
        assert!(
            msgs.contains("r.lex:3: role id 'other' is reserved"),
            "{msgs}"
        );
    }

    #[test]
    fn weights_in_a_lexicon_without_roles_say_so() {
        let text = "[lexicon]\nname = x\n[terms]\nscope | pm=1 relevance=1\nbudget | pm=1\n";
        let err = parse(text, "x.lex").unwrap_err();
        // Once per role, not on every line that uses it.
        let problems = err.lexicon_problems();
        assert_eq!(problems.len(), 2, "{err}");
        assert_eq!(problems[0].message, "no roles declared");
        assert_eq!(
            (problems[1].line, problems[1].message.as_str()),
            (4, "unknown role 'pm': the lexicon declares no roles")
        );
        assert_eq!(
            problems[1].fix,
            "declare it under [roles] with a line 'pm | Label | prior=0.25'"
        );
    }

    #[test]
    fn a_curated_fragment_is_checked_as_one() {
        let fragment = "# reviewed terms\n[curated]\nscope | relevance=1\nIT manager | itm=3 pm=-1 | case\nPMP | pm=1\n";
        assert!(is_fragment(fragment));
        assert!(!is_fragment(HEAD));
        let lex = parse_fragment(fragment, "c.lex").unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<&str> = lex.roles.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["itm", "pm"], "in order of first use");
        assert_eq!(lex.entries.len(), 3);
        // Read as a lexicon, it says what it is, once.
        let err = parse(fragment, "c.lex").unwrap_err();
        let problems = err.lexicon_problems();
        assert_eq!(problems.len(), 1, "{err}");
        assert_eq!(problems[0].line, 2);
        assert!(problems[0]
            .message
            .starts_with("a curated fragment, not a lexicon"));
        // Its problems keep their lines; it holds term lines only.
        let bad = format!("{fragment}budget | pm=x\n[roles]\nab* | pm=1\n");
        let err = parse_fragment(&bad, "c.lex").unwrap_err();
        let mut got: Vec<(usize, &str)> = err
            .lexicon_problems()
            .iter()
            .map(|p| (p.line, p.message.as_str()))
            .collect();
        got.sort();
        assert_eq!(got[0], (6, "bad weight 'x' for 'pm'"));
        assert_eq!(got[1], (7, "section [roles] in a curated fragment"));
        // With the derived lexicon's roles, as `lexicon derive --curated`.
        let roles = parse(&format!("{HEAD}x | pm=1\n"), "h.lex").unwrap().roles;
        let lex = Lexicon::parse_terms(fragment, "c.lex", &roles).unwrap();
        assert_eq!(lex.entries[1].weights, [-1.0, 3.0]);
    }
}
