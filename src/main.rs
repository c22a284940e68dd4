//! Starts the web app: read settings, load and check the data, serve.

use std::process::ExitCode;

use clap::Parser;

use cart_estimator::config::Settings;
use cart_estimator::startup::{Application, load_tables};

#[actix_web::main]
async fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let settings = Settings::parse();
    let tables = match load_tables(&settings) {
        Ok(tables) => tables,
        Err(error) => {
            eprintln!("Cannot start: a data table is wrong.\n{error}");
            return ExitCode::from(2);
        }
    };
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
