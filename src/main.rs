//! Starts the web app: read settings, load and check the data, serve. Or, with `batch FILE`,
//! estimate a CSV file of households and write the estimates to standard output.

use std::process::ExitCode;

use clap::Parser;

use cart_estimator::config::{Batch, Cli, Command, Settings};
use cart_estimator::core::tables::Tables;
use cart_estimator::startup::{Application, load_tables};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let Cli { settings, command } = Cli::parse();
    let tables = match load_tables(&settings) {
        Ok(tables) => tables,
        Err(error) => {
            eprintln!("Cannot start: a data table is wrong.\n{error}");
            return ExitCode::from(2);
        }
    };
    match command {
        Some(Command::Batch(batch)) => estimate_file(&settings, &tables, &batch),
        None => actix_web::rt::System::new().block_on(serve(settings, tables)),
    }
}

async fn serve(settings: Settings, tables: Tables) -> ExitCode {
    let application = match Application::build(&settings, tables) {
        Ok(application) => application,
        Err(error) => {
            eprintln!("Cannot listen on {}:{}: {error}", settings.bind, settings.port);
            return ExitCode::from(1);
        }
    };
    log::info!("Serving on http://{}:{}", settings.bind, application.port());
    match application.run_until_stopped().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("The server stopped: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `batch FILE`: 0 when every row was written (households refused say why in their row),
/// 2 when the file's header is wrong, 1 when the file cannot be read or the output written.
fn estimate_file(settings: &Settings, tables: &Tables, batch: &Batch) -> ExitCode {
    // Like the server, the batch reads the clock here; the core never does.
    let today = batch
        .today
        .unwrap_or_else(|| jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date());
    let threads = settings
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    match cart_estimator::batch::run(tables, &batch.file, today, threads) {
        Ok(_) => ExitCode::SUCCESS,
        Err(cart_estimator::batch::BatchError::Write(error)) if error.kind() == std::io::ErrorKind::BrokenPipe => {
            // The reader of the output stopped early (`| head`): nothing more is wanted.
            ExitCode::SUCCESS
        }
        Err(error @ cart_estimator::batch::BatchError::Header(_)) => {
            eprintln!("{error}");
            ExitCode::from(2)
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}
