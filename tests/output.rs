//! Output formats and spreadsheet conventions: the header, `--bom`,
//! `--crlf`, the formula guard and `--format jsonl`.

use std::process::Command;

use crate::util::{run, run_stdin, Table, HEADER};

#[test]
fn header_starts_with_source_never_id() {
    // Excel takes a file starting with "ID" for SYLK.
    for args in [
        &["score", "corpora/sample"][..],
        &["score", "--bom", "corpora/sample"],
    ] {
        let out = run(args);
        let text = String::from_utf8(out.stdout).unwrap();
        let text = text.trim_start_matches('\u{feff}');
        assert!(text.starts_with("source,posting_id,"), "{args:?}");
        assert!(!text.to_ascii_uppercase().starts_with("ID"));
    }
}

#[test]
fn bom_and_crlf() {
    let plain = run(&["score", "corpora/sample"]).stdout;
    let out = run(&["score", "--bom", "--crlf", "corpora/sample"]).stdout;
    assert!(out.starts_with(b"\xEF\xBB\xBFsource,"));
    let body = String::from_utf8(out[3..].to_vec()).unwrap();
    // Every record ends in CRLF; apart from the line ends the bytes match.
    let records = plain.iter().filter(|&&b| b == b'\n').count();
    assert_eq!(body.matches("\r\n").count(), records);
    assert_eq!(body.replace("\r\n", "\n").as_bytes(), &plain[..]);
    assert!(!plain.starts_with(b"\xEF") && !plain.contains(&b'\r'));
}

#[test]
fn formula_cells_are_neutralized_numbers_are_not() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("=cmd.jsonl"),
        concat!(
            "{\"id\": \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\", \"description\": \"IT manager\"}\n",
            "{\"id\": \"-5\", \"description\": \"project manager\"}\n",
            "{\"id\": \"@SUM(1)\", \"text\": 3}\n",
            "{\"id\": \"+1\", \"description\": \"nurse\"}\n",
            "{\"id\": \"\\tx\", \"description\": \"nurse\"}\n",
            "{\"id\": \"ok\", \"description\": \"nurse\"}\n",
        ),
    )
    .unwrap();
    let out = Command::new(assert_cmd::cargo::cargo_bin("rolescan"))
        .current_dir(tmp.path())
        .args(["score", "=cmd.jsonl"])
        .output()
        .unwrap();
    let table = Table::parse(&out.stdout);
    let col = |name: &str| -> Vec<&str> { table.rows.iter().map(|r| table.get(r, name)).collect() };
    assert_eq!(col("source"), ["'=cmd.jsonl"; 6]);
    assert_eq!(
        col("posting_id"),
        [
            "'=HYPERLINK(\"http://x\",\"y\")",
            "'-5",
            "'@SUM(1)",
            "'+1",
            "'\tx",
            "ok"
        ]
    );
    // Numbers are untouched (a relevance never starts with '-' anyway, but
    // nothing numeric gets a quote).
    for name in ["words", "hits", "relevance", "confidence"] {
        for v in col(name) {
            assert!(v.is_empty() || v.parse::<f64>().is_ok(), "{name}={v}");
        }
    }
    // JSON lines carry the text as it is.
    let out = Command::new(assert_cmd::cargo::cargo_bin("rolescan"))
        .current_dir(tmp.path())
        .args(["score", "--format", "jsonl", "=cmd.jsonl"])
        .output()
        .unwrap();
    let first: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap();
    assert_eq!(first["source"], "=cmd.jsonl");
    assert_eq!(first["posting_id"], "=HYPERLINK(\"http://x\",\"y\")");
}

#[test]
fn stdin_source_stays_a_dash() {
    let out = run_stdin(&["score", "-"], "IT manager");
    let table = Table::parse(&out.stdout);
    assert_eq!(table.get(&table.rows[0], "source"), "-");
    assert_eq!(table.get(&table.rows[0], "posting_id"), "-");
}

#[test]
fn json_lines_have_the_csv_fields_and_values() {
    // With --codes, the CSV has the JSON lines' top_code too.
    let csv = Table::parse(&run(&["score", "--codes", "corpora/sample"]).stdout);
    let header = format!("{HEADER},top_code");
    let out = run(&["score", "--format", "jsonl", "corpora/sample"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), csv.rows.len());
    for (row, line) in csv.rows.iter().zip(&lines) {
        let obj = line.as_object().unwrap();
        let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        let mut header: Vec<&str> = header.split(',').collect();
        header.sort();
        let mut keys_sorted = keys.clone();
        keys_sorted.sort();
        assert_eq!(keys_sorted, header);
        for (name, cell) in csv.header.iter().zip(row) {
            let v = &obj[name.as_str()];
            let same = match v {
                serde_json::Value::Null => cell.is_empty(),
                serde_json::Value::String(s) => s == cell,
                // The same decimal as the CSV's four digits, exactly.
                serde_json::Value::Number(n) => n.as_f64() == cell.parse::<f64>().ok(),
                _ => false,
            };
            assert!(same, "{name}: json {v} vs csv {cell:?}");
        }
    }
    // Field order in the line follows the CSV columns.
    let first = text.lines().next().unwrap();
    let mut at = 0;
    for name in header.split(',') {
        let pos = first[at..]
            .find(&format!("\"{name}\":"))
            .unwrap_or_else(|| panic!("{name} out of order in {first}"));
        at += pos;
    }
}

#[test]
fn bom_and_crlf_are_for_csv_only() {
    let out = run(&["score", "--format", "jsonl", "--bom", "corpora/sample"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--bom and --crlf apply to CSV output only")
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn file_output_with_bom_is_renamed_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("x.csv");
    let out = run(&[
        "score",
        "-q",
        "--bom",
        "corpora/sample",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(Table::parse(&bytes[3..]).rows.len(), 32);
}

#[test]
fn every_subcommand_has_help_with_examples() {
    for cmd in [&["score"][..], &["explain"], &["lexicon", "check"]] {
        let mut args = cmd.to_vec();
        args.push("--help");
        let out = run(&args);
        assert!(out.status.success(), "{args:?}");
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(help.contains("Examples:"), "{args:?}:\n{help}");
    }
    let help = String::from_utf8(run(&["--help"]).stdout).unwrap();
    assert!(help.contains("Exit status: 0"), "{help}");
    let help = String::from_utf8(run(&["score", "--help"]).stdout).unwrap();
    for flag in ["--bom", "--crlf", "--format", "--quiet", "130 interrupted"] {
        assert!(help.contains(flag), "{flag} missing:\n{help}");
    }
}

#[test]
fn codes_column_gives_each_top_role_its_onet_code() {
    let table = Table::parse(&run(&["score", "--codes", "corpora/sample"]).stdout);
    assert_eq!(table.header.last().map(String::as_str), Some("top_code"));
    let want = |role: &str| match role {
        "project_manager" => "13-1082.00",
        "it_project_manager" | "technical_project_manager" => "15-1299.09",
        "it_manager" => "11-3021.00",
        _ => "",
    };
    let mut seen = 0;
    for row in &table.rows {
        let role = table.get(row, "top_role");
        assert_eq!(table.get(row, "top_code"), want(role), "{row:?}");
        seen += usize::from(!want(role).is_empty());
    }
    assert!(seen >= 15, "{seen} rows with a role");
    // Without the flag the columns are as they were.
    let plain = Table::parse(&run(&["score", "corpora/sample"]).stdout);
    assert_eq!(plain.header.join(","), HEADER);
}
