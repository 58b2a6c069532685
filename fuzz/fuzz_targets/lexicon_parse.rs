//! Fuzz target: the `.lex` parser and validator on arbitrary text. It must
//! return a lexicon or a list of problems, never panic; a lexicon it accepts
//! must compile into a scanner.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rolescan::{Lexicon, Scanner};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match Lexicon::parse(&text, "fuzz") {
        Ok(lexicon) => {
            assert!(!lexicon.roles.is_empty() && !lexicon.entries.is_empty());
            let total: f64 = lexicon.roles.iter().map(|r| r.prior).sum();
            assert!((total - 1.0).abs() < 1e-9, "priors sum to {total}");
            Scanner::new(&lexicon).expect("a valid lexicon compiles");
        }
        Err(err) => assert!(!err.lexicon_problems().is_empty() || !err.to_string().is_empty()),
    }
});
