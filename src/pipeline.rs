//! Scoring a stream of postings in parallel, in input order, in bounded
//! memory.
//!
//! Three kinds of thread share the work, and the workers do most of it:
//!
//! * a reader thread (`read_batches`) pulls [`Record`]s from the input
//!   (lines of JSON split but not parsed, paths of one-posting files not
//!   yet opened, postings the source had to read whole: CSV rows, JSON
//!   arrays, stdin documents) and groups them into batches of at most
//!   `batch_postings` records or `batch_bytes` bytes held; with a single
//!   worker it also reads the bytes of one-posting files
//!   ([`Record::read_ahead`]), so their system calls run on another core
//!   than the scoring;
//! * a scoring thread (`score_batches`) compiles the [`Scanner`] (while the
//!   reader fills its first batches), cuts each batch into runs of
//!   consecutive records and hands every run to the rayon workers
//!   (`threads` of them) as a job of one scope that lasts the whole run, so
//!   the workers go on to the next batch while the last runs of a batch
//!   finish; a worker reads or parses each record of its run into a
//!   [`Posting`] ([`Record::into_posting`]), scores it (as
//!   [`score_posting`] does, but reusing a [`ScanBuffers`] and scores, and
//!   keeping only the `evidence` strongest entries) and formats its output
//!   row with the caller's `format`, into one buffer for the run, which it
//!   puts in the run's place in its batch;
//! * the calling thread (`write_batches`) takes the batches in order, waits
//!   once per batch for all its runs, keeps the [`Summary`], calls `report`
//!   for postings with an error or a warning and `write` for each row's
//!   bytes.
//!
//! Batches travel through a channel holding two (read, not yet scored) and
//! a rendezvous (scored or being scored, handed to the writer only when it
//! is done with the batch before), so reading runs ahead of scoring and
//! writing batch *k* overlaps with scoring batch *k + 1*. Output order is
//! input order whatever the thread count. At most five batches are in
//! memory at once (one being read, two queued, one being scored, one being
//! scored or written), and of the two forms a batch takes only the first is
//! large: its records hold at most `batch_bytes` bytes (or one larger
//! record; JSON lines also keep alive the chunk of about a megabyte they
//! were read in, charged to the first batch holding one of its lines, so a
//! batch may keep one more chunk it was not charged for), and the workers
//! drop each record's bytes and text once its row is formatted (a few
//! hundred bytes per row). Files not read ahead count as no bytes: a worker
//! holds one at a time.

use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use rayon::ScopeFifo;

use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::output::{Row, Scored};
use crate::scan::{ScanBuffers, Scanner};
use crate::score::{RoleScores, Scorer};
use crate::source::{Posting, Record};

/// Pipeline settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Worker threads; 0 means one per CPU.
    pub threads: usize,
    /// Most postings per batch.
    pub batch_postings: usize,
    /// Most bytes held by a batch's records (a single larger record still
    /// forms a batch of its own).
    pub batch_bytes: usize,
    /// How many evidence entries each row keeps, the strongest (see
    /// [`Scorer::score_into`]); the row format must not list more. Default:
    /// all of them.
    pub evidence: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            threads: 0,
            batch_postings: 1024,
            batch_bytes: 2 << 20,
            evidence: usize::MAX,
        }
    }
}

/// Records formatted by a worker in one go: their rows go into one buffer.
const ROWS_PER_PART: usize = 32;

/// Locks the idle workers, also after a worker panicked holding the lock
/// (a panic is raised when the run's scope ends anyway).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
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

/// A run of consecutive postings read, scored and formatted by a worker, on
/// its way to the calling thread: their rows, one after the other, in one
/// buffer.
struct Part {
    bytes: Vec<u8>,
    rows: Vec<Done>,
}

/// One posting of a [`Part`].
struct Done {
    /// Where its row ends in [`Part::bytes`] (it starts where the row
    /// before it ends).
    end: usize,
    /// For a scored posting its `top_role` slot in [`Summary::top_roles`];
    /// `None` for an error row.
    top_role: Option<usize>,
    /// Bytes of text scored.
    text_bytes: u64,
    /// Whether the posting carried a warning.
    warning: bool,
    /// The posting, kept only when it has an error or a warning to report.
    problem: Option<Posting>,
}

impl Summary {
    /// An empty summary for a lexicon of `roles` roles (plus `other`).
    fn new(roles: usize) -> Summary {
        Summary {
            top_roles: vec![0; roles + 1],
            ..Summary::default()
        }
    }

    /// Counts one posting's row.
    fn count(&mut self, done: &Done) {
        self.postings += 1;
        self.warnings += u64::from(done.warning);
        match done.top_role {
            Some(slot) => {
                self.bytes += done.text_bytes;
                self.top_roles[slot] += 1;
            }
            None => self.errors += 1,
        }
    }
}

/// The parts of one batch, put in place by the workers in whatever order
/// they finish, and taken by the writer once all are there (one wake-up
/// per batch, not one per part).
struct Slots {
    state: Mutex<SlotState>,
    full: Condvar,
}

/// The parts of a batch so far, and how many are still to come.
struct SlotState {
    parts: Vec<Option<Part>>,
    missing: usize,
}

impl Slots {
    /// Room for `parts` parts, none there yet.
    fn new(parts: usize) -> Slots {
        Slots {
            state: Mutex::new(SlotState {
                parts: (0..parts).map(|_| None).collect(),
                missing: parts,
            }),
            full: Condvar::new(),
        }
    }

    /// Waits for every part; a part is `None` if its run panicked.
    fn wait(&self) -> Vec<Option<Part>> {
        let mut state = lock(&self.state);
        while state.missing > 0 {
            state = self
                .full
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        std::mem::take(&mut state.parts)
    }
}

/// A run's place in its batch's [`Slots`]: filled when dropped, with the
/// part or, if the run panicked, with nothing, so the writer never waits
/// for a part that will not come.
struct Fill {
    slots: Arc<Slots>,
    index: usize,
    part: Option<Part>,
}

impl Drop for Fill {
    fn drop(&mut self) {
        let mut state = lock(&self.slots.state);
        state.parts[self.index] = self.part.take();
        state.missing -= 1;
        if state.missing == 0 {
            self.slots.full.notify_one();
        }
    }
}

/// What every run of a pipeline shares: the compiled lexicon, the row
/// format, and the workers' buffers not in use.
struct Scoring<'a, F> {
    scanner: &'a Scanner,
    scorer: &'a Scorer,
    /// Evidence entries each row keeps ([`Options::evidence`]).
    evidence: usize,
    format: &'a F,
    /// The `top_role` slot of `other` in [`Summary::top_roles`].
    other_role: usize,
    /// What each worker reuses, lent out one run at a time.
    idle: Mutex<Vec<Worker>>,
}

impl<'a, F> Scoring<'a, F>
where
    F: Fn(&Row, &mut Vec<u8>) + Sync,
{
    /// Cuts `batch` into runs of [`ROWS_PER_PART`] records and hands each
    /// to the workers of `runs`; returns the slots their parts go into.
    fn spawn_runs<'s>(&'s self, runs: &ScopeFifo<'s>, batch: Vec<Record>) -> Arc<Slots> {
        let slots = Arc::new(Slots::new(batch.len().div_ceil(ROWS_PER_PART)));
        let mut records = batch.into_iter();
        for index in 0.. {
            let run: Vec<Record> = records.by_ref().take(ROWS_PER_PART).collect();
            if run.is_empty() {
                break;
            }
            let fill = Fill {
                slots: Arc::clone(&slots),
                index,
                part: None,
            };
            runs.spawn_fifo(move |_| {
                // The whole `fill` moves in (not just its field), so it is
                // dropped here, not above.
                let mut fill = fill;
                let mut worker = lock(&self.idle).pop().unwrap_or_default();
                fill.part = Some(worker.part(run, self));
                lock(&self.idle).push(worker);
            });
        }
        slots
    }
}

/// What a worker reuses from one posting to the next.
#[derive(Default)]
struct Worker {
    buf: ScanBuffers,
    /// Scores whose vectors the next posting's scores are written into.
    scores: RoleScores,
}

impl Worker {
    /// Reads, scores and formats `records` into one [`Part`].
    fn part<F>(&mut self, records: Vec<Record>, scoring: &Scoring<'_, F>) -> Part
    where
        F: Fn(&Row, &mut Vec<u8>),
    {
        let mut part = Part {
            bytes: Vec::with_capacity(256 * records.len()),
            rows: Vec::with_capacity(records.len()),
        };
        for record in records {
            let done = self.row(record, scoring, &mut part.bytes);
            part.rows.push(done);
        }
        part
    }

    /// Reads and scores one record and appends its row to `bytes`. The
    /// posting is taken apart into its row (no copy of its id, no new
    /// scores) and put back together only if it has a problem to report.
    fn row<F>(&mut self, record: Record, scoring: &Scoring<'_, F>, bytes: &mut Vec<u8>) -> Done
    where
        F: Fn(&Row, &mut Vec<u8>),
    {
        let Posting {
            source,
            id,
            text,
            warning,
        } = record.into_posting();
        let result = match &text {
            Ok(text) => {
                let counts = scoring.scanner.count(text, &mut self.buf);
                let mut scores = std::mem::take(&mut self.scores);
                scoring
                    .scorer
                    .score_into(&counts, scoring.evidence, &mut scores);
                Ok(Scored {
                    words: counts.words,
                    hits: counts.hits(),
                    scores,
                })
            }
            Err(message) => Err(message.clone()),
        };
        let row = Row {
            source,
            posting_id: id,
            result,
        };
        (scoring.format)(&row, bytes);
        let Row {
            source,
            posting_id: id,
            result,
        } = row;
        let top_role = match result {
            Ok(scored) => {
                let top_role = scored.scores.top_role.unwrap_or(scoring.other_role);
                self.scores = scored.scores;
                Some(top_role)
            }
            Err(_) => None,
        };
        let has_warning = warning.is_some();
        Done {
            end: bytes.len(),
            top_role,
            text_bytes: text.as_ref().map_or(0, |t| t.len() as u64),
            warning: has_warning,
            problem: (has_warning || text.is_err()).then_some(Posting {
                source,
                id,
                text,
                warning,
            }),
        }
    }
}

/// Reads, scores and formats `records` and hands each row's bytes (from
/// `format`) to `write`, in input order, with whether it is an error row.
/// `report` is called (on the calling thread, in order, before the row is
/// written) for each posting that failed or carried a warning. A `write`
/// error stops the run: reading and scoring stop too, and the error is
/// returned.
pub fn run<I, F, W, R>(
    records: I,
    lexicon: &Lexicon,
    options: &Options,
    format: F,
    mut write: W,
    mut report: R,
) -> Result<Summary>
where
    I: Iterator<Item = Record> + Send,
    F: Fn(&Row, &mut Vec<u8>) + Sync,
    W: FnMut(&[u8], bool) -> Result<()>,
    R: FnMut(&Posting),
{
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(|e| Error::config(format!("--threads: could not start the thread pool: {e}")))?;
    let batching = Batching {
        postings: options.batch_postings.max(1),
        bytes: options.batch_bytes.max(1),
        // With one worker, the reader thread also reads the bytes of
        // one-posting files: their system calls then run beside the
        // scoring, on another core, instead of in turn with it. With more,
        // the workers read them, several at once (which also keeps a cold
        // disk cache busy), and the reader would be one thread doing what
        // all of them do.
        read_files: pool.current_num_threads() == 1,
    };
    let mut summary = Summary::new(lexicon.roles.len());
    std::thread::scope(|scope| -> Result<()> {
        let (batch_tx, batch_rx) = mpsc::sync_channel(2);
        // A rendezvous: the scoring thread hands over a batch only when the
        // writer is done with the batch before, so at most two batches are
        // being scored or written.
        let (scored_tx, scored_rx) = mpsc::sync_channel(0);
        scope.spawn(move || read_batches(records, &batching, &batch_tx));
        let (pool, format) = (&pool, &format);
        let scoring = scope.spawn(move || {
            score_batches(
                batch_rx,
                &scored_tx,
                lexicon,
                pool,
                options.evidence,
                format,
            )
        });
        write_batches(scored_rx, &mut summary, &mut write, &mut report)?;
        // The scoring thread's error (a lexicon the scanner cannot
        // compile), or its panic.
        match scoring.join() {
            Ok(result) => result,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// How the reader groups records into batches.
struct Batching {
    /// Most records per batch.
    postings: usize,
    /// Most bytes held per batch (one larger record forms its own).
    bytes: usize,
    /// Whether the reader reads one-posting files ahead of the workers.
    read_files: bool,
}

/// The reader: groups `records` into batches and sends them, until the
/// records run out or the scoring thread stops taking them.
fn read_batches<I>(records: I, batching: &Batching, batches: &SyncSender<Vec<Record>>)
where
    I: Iterator<Item = Record>,
{
    let mut batch = Vec::new();
    let mut bytes = 0;
    for mut record in records {
        if batching.read_files {
            record.read_ahead();
        }
        bytes += record.held_bytes();
        batch.push(record);
        if batch.len() >= batching.postings || bytes >= batching.bytes {
            if batches.send(std::mem::take(&mut batch)).is_err() {
                return; // Scoring stopped (write error, bad lexicon).
            }
            bytes = 0;
        }
    }
    if !batch.is_empty() {
        let _ = batches.send(batch);
    }
}

/// The scoring thread: compiles the lexicon, then hands each batch's runs
/// to the workers of `pool` and its slots to the writer, in order, until
/// the batches run out or the writer stops.
fn score_batches<F>(
    batches: Receiver<Vec<Record>>,
    scored: &SyncSender<Arc<Slots>>,
    lexicon: &Lexicon,
    pool: &rayon::ThreadPool,
    evidence: usize,
    format: &F,
) -> Result<()>
where
    F: Fn(&Row, &mut Vec<u8>) + Sync,
{
    // Compiled while the reader fills its first batches.
    let scanner = Scanner::new(lexicon)?;
    let scorer = Scorer::new(lexicon);
    let scoring = Scoring {
        scanner: &scanner,
        scorer: &scorer,
        evidence,
        format,
        other_role: lexicon.roles.len(),
        idle: Mutex::new(Vec::new()),
    };
    // One scope for the whole run, so the workers start on the next batch's
    // runs while the last runs of a batch are still being scored: no wait
    // at the end of each batch.
    pool.in_place_scope_fifo(|runs| {
        for batch in batches {
            let slots = scoring.spawn_runs(runs, batch);
            if scored.send(slots).is_err() {
                return; // The writer stopped (write error).
            }
        }
    });
    Ok(())
}

/// The writer, on the calling thread: takes the batches in order, waits
/// for all the parts of each, counts every row into `summary`, reports its
/// posting's problem and writes it. Returns at a `write` error, which
/// drops `scored` and so stops the scoring thread (and through it the
/// reader), or at a part whose run panicked (the panic is raised when the
/// scoring thread is joined).
fn write_batches<W, R>(
    scored: Receiver<Arc<Slots>>,
    summary: &mut Summary,
    write: &mut W,
    report: &mut R,
) -> Result<()>
where
    W: FnMut(&[u8], bool) -> Result<()>,
    R: FnMut(&Posting),
{
    for slots in scored {
        for part in slots.wait() {
            let Some(part) = part else {
                return Ok(());
            };
            let mut start = 0;
            for done in part.rows {
                summary.count(&done);
                if let Some(posting) = &done.problem {
                    report(posting);
                }
                write(&part.bytes[start..done.end], done.top_role.is_none())?;
                start = done.end;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{self, RowFormat};
    use crate::source::{Postings, ReadOptions};

    /// A folder mixing JSON lines (good, bad, blank, invalid UTF-8, empty
    /// text), one-posting files (one unreadable as binary, one empty) and a
    /// CSV file.
    fn inputs() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let write =
            |name: &str, bytes: &[u8]| std::fs::write(dir.path().join(name), bytes).unwrap();
        write(
            "a.jsonl",
            b"{\"id\": \"a1\", \"description\": \"IT manager, ITIL and service desk\"}\n\n\
              not json\n\
              {\"text\": \"project manager caf\xe9 agile\"}\n\
              {\"title\": \"no text\"}\n\
              {\"id\": \"=e\", \"description\": \" \"}\n\
              {\"id\": 9, \"description\": \"scrum master\"}",
        );
        write("b.txt", b"technical project manager, APIs and architecture");
        // More matched terms than a row lists.
        write(
            "b2.txt",
            b"IT project manager for infrastructure projects: budget, schedule, \
              stakeholders, risk, scrum, agile, PMP, ITIL, service desk, vendor \
              management, network, servers, architecture, APIs, roadmap",
        );
        write("c.txt", b"");
        write("d.txt", b"PK\x03\x04\0\0junk");
        write("e.html", b"<p>IT&nbsp;Manager &amp; ITIL</p>");
        write("f.csv", b"id,description\nr1,IT manager\nr2,\n");
        dir
    }

    /// What a run gives: the output bytes, the reported postings, the
    /// error flags of the rows and the summary counts.
    type Outcome = (Vec<u8>, Vec<Posting>, Vec<bool>, [u64; 4], Vec<u64>);

    fn run_records(dir: &std::path::Path, options: &Options, format: &RowFormat) -> Outcome {
        let lexicon = Lexicon::builtin();
        let records = Postings::new(vec![dir.to_path_buf()], ReadOptions::default()).into_records();
        let (mut out, mut reported, mut failed) = (Vec::new(), Vec::new(), Vec::new());
        let summary = run(
            records,
            &lexicon,
            options,
            |row, bytes| format.write_row(row, bytes),
            |bytes, error| {
                out.extend_from_slice(bytes);
                failed.push(error);
                Ok(())
            },
            |posting| reported.push(posting.clone()),
        )
        .unwrap();
        let counts = [
            summary.postings,
            summary.errors,
            summary.warnings,
            summary.bytes,
        ];
        (out, reported, failed, counts, summary.top_roles)
    }

    /// The same, one posting at a time on this thread.
    fn run_serially(dir: &std::path::Path, format: &RowFormat) -> Outcome {
        let lexicon = Lexicon::builtin();
        let scanner = Scanner::new(&lexicon).unwrap();
        let scorer = Scorer::new(&lexicon);
        let mut buf = ScanBuffers::default();
        let (mut out, mut reported, mut failed) = (Vec::new(), Vec::new(), Vec::new());
        let mut counts = [0u64; 4];
        let mut top_roles = vec![0; lexicon.roles.len() + 1];
        for posting in Postings::new(vec![dir.to_path_buf()], ReadOptions::default()) {
            let row = score_posting(&scanner, &scorer, &mut buf, &posting);
            format.write_row(&row, &mut out);
            failed.push(row.result.is_err());
            counts[0] += 1;
            counts[2] += u64::from(posting.warning.is_some());
            match &row.result {
                Ok(scored) => {
                    counts[3] += posting.text.as_ref().unwrap().len() as u64;
                    top_roles[scored.scores.top_role.unwrap_or(lexicon.roles.len())] += 1;
                }
                Err(_) => counts[1] += 1,
            }
            if posting.warning.is_some() || posting.text.is_err() {
                reported.push(posting);
            }
        }
        (out, reported, failed, counts, top_roles)
    }

    #[test]
    fn small_batches_keep_order_errors_and_reports() {
        let dir = inputs();
        for output_format in [output::Format::Csv, output::Format::Jsonl] {
            let format = RowFormat::new(
                &Lexicon::builtin(),
                &output::Options {
                    format: output_format,
                    ..output::Options::default()
                },
            );
            let want = run_serially(dir.path(), &format);
            assert_eq!(want.2.len(), 13);
            assert_eq!(want.3[..3], [13, 3, 4]);
            for threads in [1, 2, 3] {
                for batch_postings in [1, 2, 3, 4096] {
                    for batch_bytes in [1, 40, 8 << 20] {
                        // Rows list 5 evidence terms: the workers may keep
                        // only those.
                        for evidence in [5, usize::MAX] {
                            let options = Options {
                                threads,
                                batch_postings,
                                batch_bytes,
                                evidence,
                            };
                            let got = run_records(dir.path(), &options, &format);
                            assert!(got == want, "{options:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_write_error_stops_the_run() {
        let dir = inputs();
        let format = RowFormat::new(&Lexicon::builtin(), &output::Options::default());
        let options = Options {
            threads: 2,
            batch_postings: 1,
            batch_bytes: 1,
            ..Options::default()
        };
        let mut written = 0;
        let result = run(
            Postings::new(vec![dir.path().to_path_buf()], ReadOptions::default()).into_records(),
            &Lexicon::builtin(),
            &options,
            |row, bytes| format.write_row(row, bytes),
            |_, _| {
                written += 1;
                if written == 3 {
                    Err(Error::config("disk full"))
                } else {
                    Ok(())
                }
            },
            |_| {},
        );
        assert_eq!(result.unwrap_err().to_string(), "disk full");
        assert_eq!(written, 3);
    }
}
