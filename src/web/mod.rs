//! The thin web layer: routes, view models and templates. Knows nothing about arithmetic.

pub mod api;
pub mod compare;
pub mod export;
pub mod openapi;
pub mod routes;
pub mod templates;
pub mod views;

use actix_web::{middleware, web};

pub use routes::AppState;

/// The route table, shared by `main` and the tests.
pub fn app_config(config: &mut web::ServiceConfig) {
    config
        .route("/", web::get().to(routes::form))
        .route("/", web::post().to(routes::form_with_answers))
        .service(
            web::resource("/estimate")
                .route(web::get().to(routes::estimate_from_query))
                .route(web::post().to(routes::estimate_from_form)),
        )
        .route("/estimate.csv", web::get().to(routes::estimate_csv))
        .route("/estimate/print", web::get().to(routes::estimate_print))
        .route("/estimate.json", web::get().to(routes::estimate_json))
        .route("/api/v1/openapi.json", web::get().to(routes::openapi))
        .service(web::resource("/api/v1/estimate").route(web::post().to(routes::api_estimate)))
        .route("/sources", web::get().to(routes::sources))
        .route("/advocates", web::get().to(routes::advocates))
        .route("/compare", web::get().to(routes::compare))
        .route("/healthz", web::get().to(routes::healthz))
        .route("/static/style.css", web::get().to(routes::stylesheet))
        .default_service(web::to(routes::not_found));
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

/// Refuses a query string longer than [`MAX_QUERY_BYTES`] with 414, before any handler parses it.
pub async fn limit_query_string(
    request: actix_web::dev::ServiceRequest,
    next: middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    if request.query_string().len() > MAX_QUERY_BYTES {
        // The query is not read (it is too long to trust), so the browser's language decides.
        let lang = crate::i18n::Lang::from_accept_language(
            request
                .headers()
                .get(actix_web::http::header::ACCEPT_LANGUAGE)
                .and_then(|value| value.to_str().ok()),
        );
        let response = actix_web::HttpResponse::build(actix_web::http::StatusCode::URI_TOO_LONG)
            .content_type(actix_web::http::header::ContentType::plaintext())
            .body(crate::i18n::message(lang, "error-link-too-long", &[]));
        return Ok(request.into_response(response));
    }
    next.call(request)
        .await
        .map(actix_web::dev::ServiceResponse::map_into_boxed_body)
}
