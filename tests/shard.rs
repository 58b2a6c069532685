//! `rolescan score --shard K/N`: the shards, interleaved row by row, are the
//! unsharded output; ids (`line:N`) and error rows are unchanged.

use std::io::Write;

use rolescan::shard::interleave;

use crate::util::{assert_same, run, Table};

/// The records of a CSV output (header left out), each as its cells.
fn records(stdout: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let table = Table::parse(stdout);
    (table.header, table.rows)
}

#[test]
fn shards_interleave_to_the_unsharded_output() {
    // A JSONL file without ids (so ids are `line:N`), with a blank line and
    // a broken line, next to the sample corpus and the format fixtures.
    let dir = tempfile::tempdir().unwrap();
    let extra = dir.path().join("no-ids.jsonl");
    let mut f = std::fs::File::create(&extra).unwrap();
    for i in 0..7 {
        writeln!(
            f,
            "{{\"description\": \"IT project manager number {i}, PMP\"}}"
        )
        .unwrap();
        if i == 3 {
            writeln!(f, "\nnot json").unwrap();
        }
    }
    drop(f);
    let inputs = [
        "corpora/sample",
        "tests/data/formats",
        extra.to_str().unwrap(),
    ];
    let mut args = vec!["score", "-q"];
    args.extend(inputs);
    let whole = run(&args);
    assert_eq!(
        whole.status.code(),
        Some(2),
        "the broken line is an error row"
    );
    let (header, rows) = records(&whole.stdout);
    assert!(rows.len() > 40, "{} rows", rows.len());
    assert!(rows.iter().any(|r| r[1] == "line:9"), "line:N ids present");

    for count in [1u64, 3, 4, 7] {
        let mut shards = Vec::new();
        for index in 1..=count {
            let flag = format!("{index}/{count}");
            let mut args = vec!["score", "-q", "--shard", &flag];
            args.extend(inputs);
            let out = run(&args);
            let (h, r) = records(&out.stdout);
            assert_eq!(h, header, "shard {flag}: header");
            assert!(out.status.code() == Some(0) || out.status.code() == Some(2));
            // Round robin: shard K holds rows K, K+N, ... of the whole run.
            let want: Vec<Vec<String>> = rows
                .iter()
                .skip(index as usize - 1)
                .step_by(count as usize)
                .cloned()
                .collect();
            assert_eq!(r, want, "shard {flag}");
            shards.push(r);
        }
        let merged = interleave(shards).expect("round-robin shard sizes");
        let show = |rows: &[Vec<String>]| {
            rows.iter()
                .map(|r| r.join(","))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_same(
            &show(&rows),
            &show(&merged),
            &format!("N={count} interleaved"),
        );
    }
}

#[test]
fn shard_errors_name_the_flag() {
    for (flag, message) in [
        ("3/2", "--shard 3/2: K must be between 1 and N"),
        ("0/4", "--shard 0/4: K must be between 1 and N"),
        ("1/0", "--shard 1/0: N must be at least 1"),
        ("half", "--shard half: expected K/N"),
    ] {
        let out = run(&["score", "corpora/sample", "--shard", flag]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(0), "{flag}");
        assert!(stderr.contains(message), "{flag}: {stderr}");
        assert!(out.stdout.is_empty(), "{flag}: no output");
    }
}
