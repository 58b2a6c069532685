//! Criterion benchmark: splitting CSV into records, rolescan's splitter
//! (which can find its way back after a runaway quote) against the `csv`
//! crate's reader, on the same bytes: the sample corpus's texts written as
//! a quoted CSV with CRLF line ends (multi-line cells, doubled quotes),
//! repeated to about 4 MB. Both must find the same number of records and
//! fields first; compare their throughputs as a ratio within one run.
//!
//! Run: `cargo bench --bench csv_records`.

use std::io::BufReader;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rolescan::source::csv::records::{Item, Splitter};
use rolescan::source::{Postings, ReadOptions};

/// The sample postings as CSV rows (`id,title,description`), repeated.
fn sample_csv() -> Vec<u8> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpora/sample");
    let postings: Vec<_> = Postings::new(vec![dir], ReadOptions::default()).collect();
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(["id", "title", "description"]).unwrap();
    for round in 0.. {
        for p in &postings {
            let text = p.text.as_deref().unwrap_or("");
            writer
                .write_record([&format!("{}-{round}", p.id), "Manager", text])
                .unwrap();
        }
        if writer.get_ref().len() > 4 << 20 {
            break;
        }
    }
    writer.into_inner().unwrap()
}

/// Records and fields, by the csv crate.
fn csv_crate(bytes: &[u8]) -> (usize, usize) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let (mut records, mut fields) = (0, 0);
    while reader.read_byte_record(&mut record).unwrap() {
        records += 1;
        fields += record.len();
    }
    (records, fields)
}

/// Records and fields, by rolescan's splitter.
fn splitter(bytes: &[u8]) -> (usize, usize) {
    let reader = BufReader::with_capacity(256 << 10, bytes);
    let mut splitter = Splitter::new(reader, b',', usize::MAX);
    let (mut records, mut fields) = (0, 0);
    while let Some(item) = splitter.next() {
        match item.unwrap() {
            Item::Record(record) => {
                records += 1;
                fields += record.len();
            }
            other => panic!("well-formed CSV gave {other:?}"),
        }
    }
    (records, fields)
}

fn benches(c: &mut Criterion) {
    let bytes = sample_csv();
    let expected = csv_crate(&bytes);
    assert!(expected.0 > 1000, "{expected:?}");
    assert_eq!(splitter(&bytes), expected);
    let mut group = c.benchmark_group("csv_records");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("csv_crate", |b| {
        b.iter(|| assert_eq!(csv_crate(&bytes), expected))
    });
    group.bench_function("rolescan_splitter", |b| {
        b.iter(|| assert_eq!(splitter(&bytes), expected))
    });
    group.finish();
}

criterion_group!(csv_records, benches);
criterion_main!(csv_records);
