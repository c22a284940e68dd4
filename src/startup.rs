//! Binds the listener, builds the shared state once and runs the server.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, web};

use crate::config::Settings;
use crate::core::tables::{DataError, Tables};
use crate::data_files;
use crate::web::{AppState, access_log, app_config, security_headers, templates};

/// Loads the tables the settings point to: a folder, or the embedded copies.
pub fn load_tables(settings: &Settings) -> Result<Tables, DataError> {
    match &settings.data_dir {
        Some(dir) => data_files::load_dir(dir),
        None => data_files::load_embedded(),
    }
}

/// A bound, ready-to-run server. Binding happens in `build`, so port 0 works and
/// `port()` tells the real port (the tests rely on this).
pub struct Application {
    port: u16,
    server: Server,
}

impl Application {
    pub fn build(settings: &Settings, tables: Tables) -> std::io::Result<Self> {
        let listener = TcpListener::bind((settings.bind.as_str(), settings.port))?;
        let port = listener.local_addr()?.port();
        let state = web::Data::new(AppState {
            tables,
            templates: templates::environment(),
        });
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .wrap(security_headers())
                .wrap(access_log())
                .configure(app_config)
        });
        if let Some(workers) = settings.workers {
            server = server.workers(workers.max(1));
        }
        let server = server.listen(listener)?.run();
        Ok(Self { port, server })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}
