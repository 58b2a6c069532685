//! `rolescan lexicon ...`: check, derive, stats and import.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use regex::Regex;
use rolescan::lexicon::derive::{self, DeriveOptions, Derived, RoleDocuments};
use rolescan::lexicon::import::{self, Format};
use rolescan::lexicon::LexiconFile;
use rolescan::output::Destination;
use rolescan::source::{Postings, ReadOptions};
use rolescan::{Lexicon, Role};

use super::args::{DeriveArgs, DictionaryFormat, ImportArgs};

/// Checks each file; prints a summary for the valid ones and every problem
/// for the others. Returns whether all were valid. A curated fragment is
/// checked as one, and its summary says what it is.
pub fn check(files: &[PathBuf], builtin: bool) -> anyhow::Result<bool> {
    let mut all_ok = true;
    let mut out = std::io::stdout().lock();
    let mut lexicons: Vec<(String, rolescan::Result<LexiconFile>)> = Vec::new();
    if builtin {
        let lexicon = LexiconFile::Lexicon(Lexicon::builtin());
        lexicons.push(("<builtin>".into(), Ok(lexicon)));
    }
    for f in files {
        let name = f.display().to_string();
        lexicons.push((name, Lexicon::from_path_or_fragment(f)));
    }
    for (name, result) in lexicons {
        match result {
            Ok(LexiconFile::Lexicon(lex)) => {
                let s = lex.summary();
                let (roles, entries) = (lex.roles.len(), s.entries);
                writeln!(out, "{name}: ok: {roles} roles, {entries} entries")?;
                write_summary(&mut out, &lex)?;
                writeln!(
                    out,
                    "  model: temperature {}, relevance_bias {}, relevance_threshold {}",
                    lex.model.temperature, lex.model.relevance_bias, lex.model.relevance_threshold
                )?;
            }
            Ok(LexiconFile::Fragment(lex)) => {
                let (roles, entries) = (lex.roles.len(), lex.entries.len());
                writeln!(
                    out,
                    "{name}: ok: a curated fragment (term lines for `rolescan lexicon derive \
                     --curated`, not a lexicon on its own): {entries} entries for {roles} roles"
                )?;
                write_summary(&mut out, &lex)?;
            }
            Err(err) => {
                all_ok = false;
                eprintln!("rolescan: {err}");
            }
        }
    }
    Ok(all_ok)
}

/// The entries per role and the kinds of entries, as `lexicon check`
/// lists them.
fn write_summary(out: &mut impl Write, lex: &Lexicon) -> std::io::Result<()> {
    let s = lex.summary();
    for (role, n) in lex.roles.iter().zip(&s.per_role) {
        if role.label == role.id {
            writeln!(out, "  {:<28} {:>5} entries", role.id, n)?;
        } else {
            writeln!(
                out,
                "  {:<28} {:>5} entries  prior {:.3}  ({})",
                role.id, n, role.prior, role.label
            )?;
        }
    }
    writeln!(
        out,
        "  relevance weights {}, phrases {}, wildcards {}, case-sensitive {}",
        s.relevance, s.phrases, s.wildcards, s.case_sensitive
    )
}

/// Reads every posting under `paths` as a document; any unreadable one is
/// an error (a derivation from missing documents would be silently wrong).
fn read_documents(paths: &[PathBuf], text_field: Option<&str>) -> anyhow::Result<Vec<String>> {
    let options = ReadOptions {
        text_field: text_field.map(String::from),
        text_column: text_field.map(String::from),
        ..ReadOptions::default()
    };
    let mut docs = Vec::new();
    for posting in Postings::new(paths.to_vec(), options) {
        match posting.text {
            Ok(text) => docs.push(text),
            Err(e) => bail!("{} [{}]: {e}", posting.source, posting.id),
        }
    }
    Ok(docs)
}

/// Runs `rolescan lexicon derive`.
pub fn derive(args: &DeriveArgs) -> anyhow::Result<()> {
    let order = role_paths(args)?;
    let strip: Vec<Regex> = args
        .strip
        .iter()
        .map(|r| Regex::new(r).with_context(|| format!("--strip {r}: not a valid regex")))
        .collect::<anyhow::Result<_>>()?;
    let roles = role_documents(args, &order, &strip)?;
    let derived = derive_terms(args, &roles);
    if derived.terms.is_empty() && args.curated.is_none() {
        bail!(
            "no term cleared |z| > {} with at least {} occurrences: add documents, or lower --z or --min-count",
            args.z,
            args.min_count
        );
    }
    let curated = match &args.curated {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("--curated {}", path.display()))?;
            let entries =
                Lexicon::parse_terms(&text, &path.display().to_string(), &derived.roles)?.entries;
            Some((text, entries))
        }
        None => None,
    };
    let mut header = vec![format!(
        "Command: rolescan lexicon derive {}",
        command_line()
    )];
    if let Some(path) = &args.curated {
        header.push(format!(
            "The curated section at the end is copied from {}.",
            path.display()
        ));
    }
    let text = derived.render(
        &args.name,
        &header,
        curated.as_ref().map(|(t, e)| (t.as_str(), e.as_slice())),
    );
    let lexicon =
        Lexicon::parse(&text, "<derived>").context("the derived lexicon does not parse")?;
    write_output(args.output.as_deref(), &text)?;
    report_derived(&derived, &lexicon);
    Ok(())
}

/// The roles `--role ID=PATH` names, in order of first mention, each with its
/// paths. There must be two at least, and each `--code` must name one.
fn role_paths(args: &DeriveArgs) -> anyhow::Result<Vec<(String, Vec<PathBuf>)>> {
    let mut order: Vec<(String, Vec<PathBuf>)> = Vec::new();
    for spec in &args.roles {
        let Some((id, path)) = spec.split_once('=') else {
            bail!("--role {spec}: expected ID=PATH, e.g. --role it_manager=corpora/roles/it_manager.md");
        };
        match order.iter_mut().find(|(i, _)| i == id) {
            Some((_, paths)) => paths.push(PathBuf::from(path)),
            None => order.push((id.to_string(), vec![PathBuf::from(path)])),
        }
    }
    if order.len() < 2 {
        bail!("--role: give at least two roles (each role is contrasted with the others)");
    }
    for spec in &args.codes {
        let role = spec.split_once('=').map_or(spec.as_str(), |(role, _)| role);
        if !order.iter().any(|(id, _)| id == role) {
            bail!("--code {spec}: no --role {role}=PATH; give the code of one of the roles");
        }
    }
    Ok(order)
}

/// Reads each role's documents and removes what the `strip` patterns match.
/// A role's label is its `--label`, else the first `# ` heading of its
/// documents, else its id; the roles share the prior equally.
fn role_documents(
    args: &DeriveArgs,
    order: &[(String, Vec<PathBuf>)],
    strip: &[Regex],
) -> anyhow::Result<Vec<RoleDocuments>> {
    let prior = 1.0 / order.len() as f64;
    let mut roles = Vec::new();
    for (id, paths) in order {
        let mut documents = read_documents(paths, args.text_field.as_deref())?;
        if documents.is_empty() {
            bail!(
                "--role {id}: no documents found under {}",
                display_paths(paths)
            );
        }
        let heading = documents
            .iter()
            .flat_map(|d| d.lines())
            .find_map(|l| l.strip_prefix("# "))
            .map(|h| h.trim().to_string());
        for doc in &mut documents {
            for re in strip {
                *doc = re.replace_all(doc, " ").into_owned();
            }
        }
        let label = args
            .labels
            .iter()
            .find_map(|l| l.strip_prefix(&format!("{id}=")).map(String::from))
            .or(heading)
            .unwrap_or_else(|| id.clone());
        roles.push(RoleDocuments {
            role: Role {
                id: id.clone(),
                label,
                prior,
                bias: 0.0,
                code: code_of(&args.codes, id)?,
            },
            documents,
        });
    }
    Ok(roles)
}

/// Derives the terms of `roles`, against the `--background` postings if
/// any; background postings that cannot be read are left out with a warning.
fn derive_terms(args: &DeriveArgs, roles: &[RoleDocuments]) -> Derived {
    let options = DeriveOptions {
        max_ngram: args.max_ngram,
        min_count: args.min_count,
        z_threshold: args.z,
        prior_scale: args.prior_scale,
        relevance: !args.no_relevance,
        weight_scale: args.weight_scale,
    };
    if args.background.is_empty() {
        return derive::derive(roles, None::<Vec<String>>, &options);
    }
    let read = ReadOptions {
        text_field: args.text_field.clone(),
        text_column: args.text_field.clone(),
        ..ReadOptions::default()
    };
    let mut failed = 0usize;
    let texts = Postings::new(args.background.clone(), read).filter_map(|p| {
        failed += p.text.is_err() as usize;
        p.text.ok()
    });
    let derived = derive::derive(roles, Some(texts), &options);
    if failed > 0 {
        eprintln!(
            "rolescan: warning: {failed} background postings could not be read and were left out"
        );
    }
    derived
}

/// Says on stderr how many terms were derived, and how many entries each
/// role has in the written `lexicon`.
fn report_derived(derived: &Derived, lexicon: &Lexicon) {
    let summary = lexicon.summary();
    let per_role: Vec<String> = lexicon
        .roles
        .iter()
        .zip(&summary.per_role)
        .map(|(r, n)| format!("{} {n}", r.id))
        .collect();
    eprintln!(
        "rolescan: derived {} terms ({} with relevance weights); terms per role: {}",
        derived.terms.len(),
        derived.terms.iter().filter(|t| t.relevance != 0.0).count(),
        per_role.join(", ")
    );
}

/// The code `--code ID=CODE` gives role `id`, if any.
fn code_of(codes: &[String], id: &str) -> anyhow::Result<Option<String>> {
    for spec in codes {
        let Some((role, code)) = spec.split_once('=') else {
            bail!("--code {spec}: expected ID=CODE, e.g. --code it_manager=11-3021.00");
        };
        if role == id {
            if !rolescan::lexicon::is_code(code) {
                bail!("--code {spec}: a code holds letters, digits, '.' and '-' only (e.g. 15-1299.09)");
            }
            return Ok(Some(code.to_string()));
        }
    }
    Ok(None)
}

/// The command's arguments as given, minus the output file, so a rerun that
/// writes elsewhere produces the same header.
fn command_line() -> String {
    command_line_after(3) // rolescan lexicon derive
}

/// The arguments after the first `skip` (program and subcommand names),
/// shell-quoted where needed, without `-o FILE`.
pub fn command_line_after(skip: usize) -> String {
    let mut out = Vec::new();
    let mut args = std::env::args().skip(skip);
    while let Some(a) = args.next() {
        if a == "-o" || a == "--output" {
            args.next();
            continue;
        }
        if a.starts_with("--output=") {
            continue;
        }
        // Quote anything a shell would read differently, so the recorded
        // command can be pasted back.
        let plain = |c: char| c.is_ascii_alphanumeric() || "_./=,:+-@%".contains(c);
        out.push(if a.is_empty() || !a.chars().all(plain) {
            format!("'{}'", a.replace('\'', "'\\''"))
        } else {
            a
        });
    }
    out.join(" ")
}

fn display_paths(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes `text` to stdout or to `path` as `score -o` writes: a regular
/// file atomically (temporary file + rename), a device or named pipe in
/// place, through a symlink to its target (see [`Destination::file`]).
pub fn write_output(path: Option<&Path>, text: &str) -> anyhow::Result<()> {
    let mut destination = match path {
        None => Destination::stdout(),
        Some(path) => Destination::file(path)?,
    };
    destination
        .write_all(text.as_bytes())
        .with_context(|| format!("{}: cannot write", destination.display().display()))?;
    destination.finish()?;
    Ok(())
}

/// Runs `rolescan lexicon stats`.
pub fn stats(file: Option<&Path>, builtin: bool, top: usize) -> anyhow::Result<()> {
    let lex = match (file, builtin) {
        (Some(f), false) => Lexicon::from_path(f)?,
        _ => Lexicon::builtin(),
    };
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} ({}): {} entries",
        lex.name,
        lex.origin,
        lex.entries.len()
    )?;
    for (r, role) in lex.roles.iter().enumerate() {
        let pos = lex.entries.iter().filter(|e| e.weights[r] > 0.0).count();
        let neg = lex.entries.iter().filter(|e| e.weights[r] < 0.0).count();
        writeln!(
            out,
            "\n{} ({}): {pos} positive, {neg} negative terms",
            role.id, role.label
        )?;
        let mut strongest: Vec<_> = lex.entries.iter().filter(|e| e.weights[r] > 0.0).collect();
        strongest.sort_by(|a, b| {
            b.weights[r]
                .total_cmp(&a.weights[r])
                .then(a.term.cmp(&b.term))
        });
        for e in strongest.iter().take(top) {
            writeln!(out, "  {:>7.3}  {}", e.weights[r], e.display())?;
        }
    }
    let overlaps: Vec<_> = lex
        .entries
        .iter()
        .filter(|e| e.weights.iter().filter(|&&w| w > 0.0).count() > 1)
        .collect();
    writeln!(
        out,
        "\noverlaps: {} terms weigh more than one role positively",
        overlaps.len()
    )?;
    for e in overlaps.iter().take(top) {
        let roles: Vec<String> = lex
            .roles
            .iter()
            .zip(&e.weights)
            .filter(|(_, &w)| w > 0.0)
            .map(|(r, w)| format!("{}={w:.2}", r.id))
            .collect();
        writeln!(out, "  {}: {}", e.display(), roles.join(" "))?;
    }
    let mut relevance: Vec<_> = lex.entries.iter().filter(|e| e.relevance != 0.0).collect();
    relevance.sort_by(|a, b| {
        b.relevance
            .total_cmp(&a.relevance)
            .then(a.term.cmp(&b.term))
    });
    writeln!(out, "\nrelevance: {} terms", relevance.len())?;
    for e in relevance.iter().take(top) {
        writeln!(out, "  {:>7.3}  {}", e.relevance, e.display())?;
    }
    for e in relevance
        .iter()
        .rev()
        .take(top.min(5))
        .filter(|e| e.relevance < 0.0)
    {
        writeln!(out, "  {:>7.3}  {}", e.relevance, e.display())?;
    }
    Ok(())
}

/// Runs `rolescan lexicon import` (alias `import-liwc`): every notice on
/// stderr as `FILE:LINE: ...`, then a count; with `--strict`, any notice
/// fails the import before anything is written.
pub fn import(args: &ImportArgs) -> anyhow::Result<()> {
    let file = &args.file;
    let origin = file.display().to_string();
    let bytes = std::fs::read(file).with_context(|| origin.clone())?;
    let format = match args.format {
        Some(DictionaryFormat::Dic) => Format::Dic,
        Some(DictionaryFormat::Table) => Format::Table,
        None => Format::from_path(file).unwrap_or(Format::Dic),
    };
    let imported = import::import(&bytes, &origin, format, args.encoding)?;
    for notice in &imported.notices {
        eprintln!("rolescan: {notice}");
    }
    let (skipped, changed) = (imported.skipped(), imported.changed());
    let listed = if imported.notices.is_empty() {
        String::new()
    } else {
        format!("; {skipped} lines left out, {changed} changed (listed above)")
    };
    if args.strict && !imported.notices.is_empty() {
        bail!(
            "{origin}: --strict: {} problems{listed}; no lexicon written",
            imported.notices.len()
        );
    }
    write_output(args.output.as_deref(), &imported.text)?;
    let lex = &imported.lexicon;
    eprintln!(
        "rolescan: {origin}: imported {} entries ({} wildcards) into {} roles{listed}",
        lex.entries.len(),
        lex.summary().wildcards,
        lex.roles.len(),
    );
    Ok(())
}
