//! `rolescan lexicon check`: validate lexicon files and summarize them.

use std::io::Write;
use std::path::PathBuf;

use rolescan::Lexicon;

/// Checks each file; prints a summary for the valid ones and every problem
/// for the others. Returns whether all were valid.
pub fn check(files: &[PathBuf], builtin: bool) -> anyhow::Result<bool> {
    let mut all_ok = true;
    let mut out = std::io::stdout().lock();
    let mut lexicons: Vec<(String, rolescan::Result<Lexicon>)> = Vec::new();
    if builtin {
        lexicons.push(("<builtin>".into(), Ok(Lexicon::builtin())));
    }
    for f in files {
        lexicons.push((f.display().to_string(), Lexicon::from_path(f)));
    }
    for (name, result) in lexicons {
        match result {
            Ok(lex) => {
                let s = lex.summary();
                writeln!(
                    out,
                    "{name}: ok: {} roles, {} entries",
                    lex.roles.len(),
                    s.entries
                )?;
                for (role, n) in lex.roles.iter().zip(&s.per_role) {
                    writeln!(
                        out,
                        "  {:<28} {:>5} entries  prior {:.3}  ({})",
                        role.id, n, role.prior, role.label
                    )?;
                }
                writeln!(
                    out,
                    "  relevance weights {}, phrases {}, wildcards {}, case-sensitive {}",
                    s.relevance, s.phrases, s.wildcards, s.case_sensitive
                )?;
                writeln!(
                    out,
                    "  model: temperature {}, relevance_bias {}, relevance_threshold {}",
                    lex.model.temperature, lex.model.relevance_bias, lex.model.relevance_threshold
                )?;
            }
            Err(err) => {
                all_ok = false;
                eprintln!("rolescan: {err}");
            }
        }
    }
    Ok(all_ok)
}
