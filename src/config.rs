//! Settings from flags or environment variables, and the command line: serve (the default)
//! or `batch FILE`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// CAR-T Cost & Access Estimator: a web app that itemizes what CAR-T cell therapy for
/// lupus, myositis or scleroderma may cost a family, and who pays each part.
#[derive(Debug, Clone, Parser)]
#[command(version)]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,

    /// Without a command, the app serves.
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Estimate every household of a CSV file and write one CSV row per household to standard
    /// output: its answers, low / typical / high totals, burden and an error column.
    Batch(Batch),
}

#[derive(Debug, Clone, Args)]
pub struct Batch {
    /// The households: a header row of the form's field names, then one household a row.
    pub file: PathBuf,

    /// Take this day (YYYY-MM-DD) as today instead of the clock's, for reproducible runs: it
    /// decides the figures in force and which start dates are past.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<jiff::civil::Date>,
}

/// How the server runs and where the tables are (the batch reads `data_dir` and `workers` too).
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Address to listen on.
    #[arg(long, env = "BIND", default_value = "127.0.0.1")]
    pub bind: String,

    /// Port to listen on (0 picks a free one).
    #[arg(long, env = "PORT", default_value_t = 8080)]
    pub port: u16,

    /// Load the CSV tables from this folder instead of the copies built into the program.
    #[arg(long, env = "DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Worker threads, or the batch's estimating threads (default: one per CPU core).
    #[arg(long, env = "WORKERS", global = true)]
    pub workers: Option<usize>,

    /// Seconds a client has to send a request's whole body once its headers are in; a body
    /// still arriving then is answered 408 and the connection closed.
    #[arg(long, env = "BODY_TIMEOUT_SECONDS", default_value_t = 10)]
    pub body_timeout_seconds: u64,

    /// Seconds sent data may wait for the client to take it (to acknowledge it) before the
    /// connection is closed: a client that stops reading an answer does not hold a connection.
    #[arg(long, env = "SEND_TIMEOUT_SECONDS", default_value_t = 30)]
    pub send_timeout_seconds: u64,

    /// The day the app takes as today; `None` (always, outside tests) reads the system clock.
    /// Today decides the date printed on estimates and, later, which figures are in force.
    #[arg(skip)]
    pub today: Option<jiff::civil::Date>,
}
