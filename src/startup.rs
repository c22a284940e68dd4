//! Binds the listener, builds the shared state once and runs the server.

use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, web};

use crate::config::Settings;
use crate::core::tables::{DataError, Tables};
use crate::data_files;
use crate::web::parts::sources::SaidSources;
use crate::web::{AppState, access_log, app_config, limit_address, security_headers, templates};

pub use crate::web::body::MAX_BODY_BYTES;
/// How long a client has to send its request headers before the connection is dropped.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// How long workers finish requests in flight after SIGTERM or SIGINT.
const SHUTDOWN_SECONDS: u64 = 10;
/// How long an idle kept-alive connection stays open: shorter than the drain after SIGTERM.
const KEEP_ALIVE: Duration = Duration::from_secs(5);
/// How long the server keeps answering after SIGTERM, telling every client to close, before
/// it stops: longer than [`KEEP_ALIVE`], so no idle connection is left to cut.
const DRAIN: Duration = Duration::from_secs(6);

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
    draining: Arc<AtomicBool>,
}

impl Application {
    pub fn build(settings: &Settings, tables: Tables) -> std::io::Result<Self> {
        crate::i18n::load();
        let listener = TcpListener::bind((settings.bind.as_str(), settings.port))?;
        let port = listener.local_addr()?.port();
        let said_sources = SaidSources::new(&tables);
        let state = web::Data::new(AppState {
            tables,
            said_sources,
            templates: templates::environment(),
            today: settings.today,
            body_time_limit: Duration::from_secs(settings.body_timeout_seconds),
            draining: Arc::new(AtomicBool::new(false)),
            blank_forms: Default::default(),
        });
        let draining = state.draining.clone();
        let send_time_limit = Duration::from_secs(settings.send_timeout_seconds);
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .wrap(actix_web::middleware::from_fn(limit_address))
                .wrap(actix_web::middleware::from_fn(close_when_draining))
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
        .keep_alive(KEEP_ALIVE)
        .shutdown_timeout(SHUTDOWN_SECONDS)
        // The app stops on SIGTERM and SIGINT itself (`run_until_stopped`), so that it can tell
        // kept-alive clients to close first.
        .disable_signals();
        if let Some(workers) = settings.workers {
            server = server.workers(workers.max(1));
        }
        let server = server.listen(listener)?.run();
        Ok(Self { port, server, draining })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until SIGTERM or SIGINT, then drains: for [`DRAIN`] every answer says
    /// `Connection: close`, so each kept-alive client's next request is answered and its
    /// connection closed, and idle connections close themselves (after [`KEEP_ALIVE`]); then
    /// the server stops accepting and exits once the answers in progress are sent (at most
    /// [`SHUTDOWN_SECONDS`] more). A load balancer should stop sending new connections when
    /// it sends SIGTERM (SECURITY.md).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let (handle, draining) = (self.server.handle(), self.draining);
        let stopper = Box::pin(async move {
            stop_signal().await;
            log::info!(
                "Stopping: answering with Connection: close for {} s, then exiting",
                DRAIN.as_secs()
            );
            draining.store(true, Ordering::Relaxed);
            actix_web::rt::time::sleep(DRAIN).await;
            handle.stop(true).await;
        });
        // Both run on the caller's runtime (the tests run the server on a plain tokio one).
        match futures_util::future::select(self.server, stopper).await {
            futures_util::future::Either::Left((stopped, _)) => stopped,
            futures_util::future::Either::Right(((), server)) => server.await,
        }
    }
}

/// SIGTERM (what a container runtime or systemd sends) or SIGINT (Ctrl-C).
async fn stop_signal() {
    use actix_web::rt::signal::unix::{SignalKind, signal};
    match (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) {
        (Ok(mut terminate), Ok(mut interrupt)) => {
            futures_util::future::select(Box::pin(terminate.recv()), Box::pin(interrupt.recv())).await;
        }
        _ => {
            log::error!("cannot listen for SIGTERM: stop the server with SIGKILL");
            std::future::pending::<()>().await;
        }
    }
}

/// Once the server is stopping, every answer tells the client to close the connection.
async fn close_when_draining(
    request: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let draining = request
        .app_data::<web::Data<AppState>>()
        .is_some_and(|state| state.draining.load(Ordering::Relaxed));
    let mut response = next.call(request).await?;
    if draining {
        response
            .response_mut()
            .head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
    }
    Ok(response)
}
