//! Scoring a stream of postings in parallel, in input order, in bounded
//! memory.
//!
//! A reader thread pulls postings from the [`Postings`](crate::source::Postings)
//! iterator and groups them into batches of at most `batch_postings`
//! postings or `batch_bytes` bytes of text. Batches travel through a
//! channel holding at most two, so reading runs ahead of scoring by a bounded
//! amount. A scoring thread scores each batch with rayon (`par_iter` keeps
//! the order; each worker reuses its own [`ScanBuffers`]) and hands it, with
//! its rows, to the calling thread through a channel holding one, so writing
//! one batch overlaps with scoring the next. Batches are written in the order
//! they were read, so output order is input order whatever the thread count;
//! at most four batches are in memory at once.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::output::{Row, Scored};
use crate::scan::{ScanBuffers, Scanner};
use crate::score::Scorer;
use crate::source::Posting;

/// Pipeline settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Worker threads; 0 means one per CPU.
    pub threads: usize,
    /// Most postings per batch.
    pub batch_postings: usize,
    /// Most bytes of posting text per batch (a single larger posting still
    /// forms a batch of its own).
    pub batch_bytes: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            threads: 0,
            batch_postings: 4096,
            batch_bytes: 8 << 20,
        }
    }
}

/// What a run did, for the end-of-run summary.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Postings read (rows written).
    pub postings: u64,
    /// Postings that could not be scored (rows with `error`).
    pub errors: u64,
    /// Postings scored with a warning (e.g. invalid UTF-8 replaced).
    pub warnings: u64,
    /// Bytes of posting text scored.
    pub bytes: u64,
    /// Rows per `top_role`, in the lexicon's role order, then `other`.
    pub top_roles: Vec<u64>,
    /// Wall-clock time.
    pub elapsed: Duration,
}

/// Scores one posting with reusable buffers.
pub fn score_posting(
    scanner: &Scanner,
    scorer: &Scorer,
    buf: &mut ScanBuffers,
    posting: &Posting,
) -> Row {
    let result = match &posting.text {
        Ok(text) => {
            let counts = scanner.count(text, buf);
            Ok(Scored {
                words: counts.words,
                hits: counts.hits(),
                scores: scorer.score(&counts),
            })
        }
        Err(message) => Err(message.clone()),
    };
    Row {
        source: posting.source.clone(),
        posting_id: posting.id.clone(),
        result,
    }
}

/// Scores `postings` and hands each row to `write`, in input order.
/// `report` is called (on the calling thread, in order) for each posting that
/// failed or carried a warning.
pub fn run<I, W, R>(
    postings: I,
    lexicon: &Lexicon,
    options: &Options,
    mut write: W,
    mut report: R,
) -> Result<Summary>
where
    I: Iterator<Item = Posting> + Send,
    W: FnMut(&Row) -> Result<()>,
    R: FnMut(&Posting),
{
    let started = Instant::now();
    let scanner = Scanner::new(lexicon)?;
    let scorer = Scorer::new(lexicon);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(|e| Error::config(format!("--threads: could not start the thread pool: {e}")))?;
    let mut summary = Summary {
        top_roles: vec![0; lexicon.roles.len() + 1],
        ..Summary::default()
    };
    let (tx, rx) = mpsc::sync_channel::<Vec<Posting>>(2);
    let batch_postings = options.batch_postings.max(1);
    let batch_bytes = options.batch_bytes.max(1);

    std::thread::scope(|scope| -> Result<()> {
        scope.spawn(move || {
            let mut batch = Vec::new();
            let mut bytes = 0;
            for posting in postings {
                bytes += posting.text.as_ref().map_or(0, String::len);
                batch.push(posting);
                if batch.len() >= batch_postings || bytes >= batch_bytes {
                    if tx.send(std::mem::take(&mut batch)).is_err() {
                        return; // The consumer stopped (write error).
                    }
                    bytes = 0;
                }
            }
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
        });
        // Scoring runs on its own thread, so the workers score the next
        // batch while this thread writes the previous one.
        let (scored_tx, scored_rx) = mpsc::sync_channel::<(Vec<Posting>, Vec<Row>)>(1);
        let (scanner, scorer, pool) = (&scanner, &scorer, &pool);
        scope.spawn(move || {
            for batch in rx {
                let rows: Vec<Row> = pool.install(|| {
                    batch
                        .par_iter()
                        .map_init(ScanBuffers::default, |buf, p| {
                            score_posting(scanner, scorer, buf, p)
                        })
                        .collect()
                });
                if scored_tx.send((batch, rows)).is_err() {
                    return; // The writer stopped (write error).
                }
            }
        });
        for (batch, rows) in scored_rx {
            for (posting, row) in batch.iter().zip(&rows) {
                summary.postings += 1;
                if posting.warning.is_some() {
                    summary.warnings += 1;
                }
                match &row.result {
                    Ok(scored) => {
                        summary.bytes += posting.text.as_ref().map_or(0, |t| t.len() as u64);
                        let slot = scored.scores.top_role.unwrap_or(lexicon.roles.len());
                        summary.top_roles[slot] += 1;
                    }
                    Err(_) => summary.errors += 1,
                }
                if posting.warning.is_some() || posting.text.is_err() {
                    report(posting);
                }
                // Returning on error drops `scored_rx`, which stops the
                // scoring thread, which drops `rx` and stops the reader.
                write(row)?;
            }
        }
        Ok(())
    })?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}
