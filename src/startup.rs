//! Binds the listener, builds the shared state once and runs the server.

use std::net::TcpListener;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, web};

use crate::config::Settings;
use crate::core::tables::{DataError, Tables};
use crate::data_files;
use crate::web::{AppState, access_log, app_config, limit_address, security_headers, templates};

pub use crate::web::body::MAX_BODY_BYTES;
/// How long a client has to send its request headers before the connection is dropped.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// How long workers finish requests in flight after SIGTERM or SIGINT.
const SHUTDOWN_SECONDS: u64 = 10;

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
        crate::i18n::load();
        let listener = TcpListener::bind((settings.bind.as_str(), settings.port))?;
        let port = listener.local_addr()?.port();
        let state = web::Data::new(AppState {
            tables,
            templates: templates::environment(),
            today: settings.today,
            body_time_limit: Duration::from_secs(settings.body_timeout_seconds),
        });
        let send_time_limit = Duration::from_secs(settings.send_timeout_seconds);
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .wrap(actix_web::middleware::from_fn(limit_address))
                .wrap(security_headers())
                // Browsers ask for gzip: the estimate page goes out at about a quarter of its size.
                .wrap(actix_web::middleware::Compress::default())
                .wrap(access_log())
                .configure(app_config)
        })
        // A client that stops taking the answer (its window stays shut) is cut off once sent
        // data has waited this long: the kernel gives up on the connection (TCP_USER_TIMEOUT).
        .on_connect(move |connection, _| {
            if let Some(stream) = connection.downcast_ref::<actix_web::rt::net::TcpStream>()
                && let Err(error) = socket2::SockRef::from(stream).set_tcp_user_timeout(Some(send_time_limit))
            {
                log::warn!("cannot set the send time limit on a connection: {error}");
            }
        })
        .client_request_timeout(REQUEST_TIMEOUT)
        .client_disconnect_timeout(Duration::from_secs(1))
        .keep_alive(Duration::from_secs(30))
        .shutdown_timeout(SHUTDOWN_SECONDS);
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
