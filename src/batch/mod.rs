//! `cart-estimator batch households.csv > estimates.csv`: every household of a CSV file
//! estimated, one output row each, in the file's order.
//!
//! The file streams through in chunks: this thread reads them, every core estimates them, and
//! one thread writes them back in order. Each chunk gets its own reply channel, queued in the
//! order read, so the writer takes chunks in order whichever core finishes first; both queues
//! are bounded, so a file of any length needs memory for a few chunks only.

mod rows;

use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::{Duration, Instant};

use csv::ByteRecord;
use jiff::civil::Date;

use crate::core::tables::Tables;
pub use rows::Columns;

/// Households estimated together: enough that passing a chunk around costs little beside
/// estimating it, few enough that every core has work until the end of a short file.
const CHUNK_ROWS: usize = 64;

/// How the run went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub households: u64,
    /// Households whose answers were refused (their row says why).
    pub refused: u64,
}

/// Why the run stopped.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("Cannot read {file}: {error}")]
    Open { file: String, error: io::Error },
    #[error("The file's first row is wrong: {0}")]
    Header(String),
    #[error("Cannot read the file: {0}")]
    Read(csv::Error),
    #[error("Cannot write the estimates: {0}")]
    Write(io::Error),
}

/// Estimates the households in `file` on `today` and writes them to standard output, with a
/// progress line on standard error when it is a terminal.
pub fn run(tables: &Tables, file: &Path, today: Date, threads: usize) -> Result<Counts, BatchError> {
    crate::i18n::load();
    let input = std::fs::File::open(file).map_err(|error| BatchError::Open {
        file: file.display().to_string(),
        error,
    })?;
    let output = io::BufWriter::with_capacity(64 * 1024, io::stdout());
    let progress = io::stderr().is_terminal().then(Progress::new);
    estimate_csv(tables, today, threads, io::BufReader::new(input), output, progress)
}

/// A job for an estimating thread: rows read, and where to send their output.
type Chunk = (Vec<ByteRecord>, SyncSender<(Vec<u8>, Counts)>);

/// Reads households from `input` and writes their rows to `output` in the same order,
/// estimating on `threads` threads.
pub fn estimate_csv(
    tables: &Tables,
    today: Date,
    threads: usize,
    input: impl Read,
    output: impl Write + Send,
    progress: Option<Progress>,
) -> Result<Counts, BatchError> {
    let threads = threads.max(1);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let columns = Columns::read(reader.byte_headers().map_err(BatchError::Read)?).map_err(BatchError::Header)?;
    let mut header = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail.
    header
        .write_record(columns.output_header())
        .expect("a row written to memory");
    let header = header.into_inner().unwrap_or_default();
    let (work, jobs) = sync_channel::<Chunk>(threads * 2);
    let (in_order, replies) = sync_channel::<Receiver<(Vec<u8>, Counts)>>(threads * 4);
    let jobs = Mutex::new(jobs);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| estimate_chunks(tables, today, &columns, &jobs));
        }
        let writer = scope.spawn(move || write_in_order(&header, replies, output, progress));
        let mut read = Ok(());
        loop {
            let mut rows = Vec::with_capacity(CHUNK_ROWS);
            let mut record = ByteRecord::new();
            while rows.len() < CHUNK_ROWS {
                match reader.read_byte_record(&mut record) {
                    Ok(true) => rows.push(std::mem::take(&mut record)),
                    Ok(false) => break,
                    Err(error) => {
                        read = Err(BatchError::Read(error));
                        break;
                    }
                }
            }
            if rows.is_empty() {
                break;
            }
            let (reply, answer) = sync_channel(1);
            // The writer has stopped (it could not write): stop reading too.
            if in_order.send(answer).is_err() || work.send((rows, reply)).is_err() || read.is_err() {
                break;
            }
        }
        drop((work, in_order));
        let written = writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        read.and(written)
    })
}

/// One estimating thread: takes chunks until there are none, and answers each.
fn estimate_chunks(tables: &Tables, today: Date, columns: &Columns, jobs: &Mutex<Receiver<Chunk>>) {
    loop {
        let job = jobs.lock().map_err(|_| ()).and_then(|jobs| jobs.recv().map_err(|_| ()));
        let Ok((rows, reply)) = job else { return };
        let mut counts = Counts::default();
        let mut writer = csv::Writer::from_writer(Vec::with_capacity(rows.len() * 512));
        for record in &rows {
            let (row, refused) = rows::household_row(columns, tables, today, record);
            counts.households += 1;
            counts.refused += u64::from(refused);
            // Writing to memory cannot fail.
            writer.write_record(&row).expect("a row written to memory");
        }
        let bytes = writer.into_inner().unwrap_or_default();
        // The writer may have stopped; the chunk is then not needed.
        let _ = reply.send((bytes, counts));
    }
}

/// The writing thread: the header, then each chunk's rows as soon as it and every chunk
/// before it are done.
fn write_in_order(
    header: &[u8],
    replies: Receiver<Receiver<(Vec<u8>, Counts)>>,
    mut output: impl Write,
    mut progress: Option<Progress>,
) -> Result<Counts, BatchError> {
    let mut counts = Counts::default();
    output.write_all(header).map_err(BatchError::Write)?;
    for answer in replies {
        let Ok((bytes, chunk)) = answer.recv() else { break };
        output.write_all(&bytes).map_err(BatchError::Write)?;
        counts.households += chunk.households;
        counts.refused += chunk.refused;
        if let Some(progress) = progress.as_mut() {
            progress.show(counts, false);
        }
    }
    output.flush().map_err(BatchError::Write)?;
    if let Some(progress) = progress.as_mut() {
        progress.show(counts, true);
    }
    Ok(counts)
}

/// The progress line on a terminal: shown once a run has taken a second, so short files
/// print nothing; redrawn a few times a second, then left with the final count.
pub struct Progress {
    started: Instant,
    shown: Option<Instant>,
}

impl Progress {
    pub fn new() -> Self {
        Self {
            started: Instant::now(),
            shown: None,
        }
    }

    fn show(&mut self, counts: Counts, done: bool) {
        let now = Instant::now();
        let due = match self.shown {
            None => now - self.started >= Duration::from_secs(1),
            Some(last) => now - last >= Duration::from_millis(250),
        };
        if done && self.shown.is_some() {
            let seconds = (now - self.started).as_secs_f64();
            eprintln!(
                "\r{} households estimated ({} refused) in {seconds:.1} s",
                counts.households, counts.refused
            );
        } else if !done && due {
            eprint!("\r{} households estimated…", counts.households);
            self.shown = Some(now);
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests;
