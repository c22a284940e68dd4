//! The thin web layer: it reads answers from a request (`request`), calls the core's pipeline
//! once (`crate::core::report`), arranges the result for a page (`pages/*`, one file per
//! page, with the pieces pages share in `parts/*`), the API (`api`) or a file (`export`), and
//! answers (`respond`). It does no arithmetic and holds no rules.

pub mod api;
pub mod body;
pub mod export;
pub mod pages;
pub mod parts;
pub mod request;
pub mod respond;
pub mod templates;
pub mod workbook;

use actix_web::{guard, middleware, web};

use crate::core::tables::Tables;
use pages::{advocates, api_guide, centers, compare, estimate, form, misc, sources};

/// Built once at start-up and shared by every worker.
pub struct AppState {
    pub tables: Tables,
    pub templates: minijinja::Environment<'static>,
    /// A fixed today for tests; `None` reads the clock.
    pub today: Option<jiff::civil::Date>,
    /// How long a client has to send a request's whole body (`web::body`).
    pub body_time_limit: std::time::Duration,
    /// Set once the server is stopping: answers then close their connection.
    pub draining: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// The blank form of each language, rendered once a day (`pages::form::BlankForms`).
    pub blank_forms: pages::form::BlankForms,
    /// Every source's words in each language, said once (`parts::sources::SaidSources`).
    pub said_sources: parts::sources::SaidSources,
}

impl AppState {
    /// Today's date (UTC): the web layer reads the clock, the core never does.
    pub fn today(&self) -> jiff::civil::Date {
        self.today
            .unwrap_or_else(|| jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date())
    }
}

/// A route for GET and HEAD: link checkers and monitors ask with HEAD, and get the same
/// status and headers without the body.
fn get() -> actix_web::Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

/// An address and the methods it takes; any other method gets 405 with an `Allow` header.
fn resource(path: &str, allow: &'static str) -> actix_web::Resource {
    web::resource(path).default_service(web::to(move |request: actix_web::HttpRequest| async move {
        let mut response = respond::refusal(
            request.head(),
            actix_web::http::StatusCode::METHOD_NOT_ALLOWED,
            "error-method-not-allowed",
        )
        .response();
        response.headers_mut().insert(
            actix_web::http::header::ALLOW,
            actix_web::http::header::HeaderValue::from_static(allow),
        );
        response
    }))
}

const GET: &str = "GET, HEAD";
const GET_POST: &str = "GET, HEAD, POST";

/// The route table, shared by `main` and the tests.
pub fn app_config(config: &mut web::ServiceConfig) {
    config
        .service(
            resource("/", GET_POST)
                .route(get().to(form::blank_or_prefilled))
                .route(web::post().to(form::with_answers)),
        )
        .service(
            resource("/estimate", GET_POST)
                .route(get().to(estimate::from_query))
                .route(web::post().to(estimate::from_form)),
        )
        .service(
            resource("/estimate.csv", GET_POST)
                .route(get().to(export::estimate))
                .route(web::post().to(export::estimate_posted)),
        )
        .service(
            resource("/estimate.xlsx", GET_POST)
                .route(get().to(workbook::estimate))
                .route(web::post().to(workbook::estimate_posted)),
        )
        .service(
            resource("/estimate/print", GET_POST)
                .route(get().to(estimate::print))
                .route(web::post().to(estimate::print_posted)),
        )
        .service(
            resource("/estimate.json", GET_POST)
                .route(get().to(api::estimate_json))
                .route(web::post().to(api::estimate_json_posted)),
        )
        .service(resource("/api/v1/openapi.json", GET).route(get().to(api::openapi)))
        .service(resource("/api/v1/estimate", "POST").route(web::post().to(api::estimate)))
        .service(resource("/api/v1/estimates", "POST").route(web::post().to(api::batch::estimates)))
        .service(resource("/sources", GET).route(get().to(sources::page)))
        .service(resource("/api", GET).route(get().to(api_guide::page)))
        .service(resource("/advocates", GET).route(get().to(advocates::page)))
        .service(resource("/advocates.csv", GET).route(get().to(advocates::csv)))
        .service(resource("/advocates.json", GET).route(get().to(advocates::json)))
        .service(
            resource("/compare", GET_POST)
                .route(get().to(compare::page_from_query))
                .route(web::post().to(compare::page_from_form)),
        )
        .service(
            resource("/compare.csv", GET_POST)
                .route(get().to(compare::csv_from_query))
                .route(web::post().to(compare::csv_from_form)),
        )
        .service(
            resource("/compare.json", GET_POST)
                .route(get().to(compare::json_from_query))
                .route(web::post().to(compare::json_from_form)),
        )
        .service(
            resource("/compare/print", GET_POST)
                .route(get().to(compare::print_from_query))
                .route(web::post().to(compare::print_from_form)),
        )
        .service(
            resource("/centers", GET_POST)
                .route(get().to(centers::from_query))
                .route(web::post().to(centers::from_form)),
        )
        .service(resource("/api/v1/centers", GET).route(get().to(api::centers)))
        .service(resource("/healthz", GET).route(get().to(misc::healthz)))
        .service(resource("/static/style.css", GET).route(get().to(misc::stylesheet)))
        .default_service(web::to(misc::not_found));
}

/// Headers on every response: no third-party anything, no framing, no referrer.
pub fn security_headers() -> middleware::DefaultHeaders {
    middleware::DefaultHeaders::new()
        .add((
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("X-Frame-Options", "DENY"))
}

/// The access log: method, path without the query string, status and time. Never what
/// people typed: query strings and bodies carry income and diagnosis.
pub fn access_log() -> middleware::Logger {
    middleware::Logger::new("%{method}xi %U %s %Dms")
        .custom_request_replace("method", |request| request.method().to_string())
}

/// The longest query string accepted: a full estimate link is about 1 KB.
pub const MAX_QUERY_BYTES: usize = 8 * 1024;
/// The longest path accepted: the app's own are under 30 characters.
pub const MAX_PATH_BYTES: usize = 1024;

/// Refuses an address whose path or query string is too long with 414, before any handler
/// reads it, so no page repeats a 64 KB address back.
pub async fn limit_address(
    request: actix_web::dev::ServiceRequest,
    next: middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    let too_long = if request.path().len() > MAX_PATH_BYTES {
        Some("error-path-too-long")
    } else if request.query_string().len() > MAX_QUERY_BYTES {
        Some("error-link-too-long")
    } else {
        None
    };
    if let Some(key) = too_long {
        let refused = respond::refusal(request.head(), actix_web::http::StatusCode::URI_TOO_LONG, key);
        return Ok(request.into_response(refused.response()));
    }
    next.call(request)
        .await
        .map(actix_web::dev::ServiceResponse::map_into_boxed_body)
}
