//! The small routes: `/healthz`, the stylesheet and the page for an unknown address.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpRequest, HttpResponse, web};

use crate::web::AppState;
use crate::web::request::LangSwitch;
use crate::web::respond;

/// `GET /healthz`
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type(ContentType::plaintext()).body("ok")
}

const STYLESHEET: &str = include_str!("../../../static/style.css");

/// The stylesheet's version (`v=…`), taken from its content so a new release is never shown
/// with an old cached copy.
static STYLESHEET_VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    STYLESHEET.hash(&mut hasher);
    format!("v={:016x}", hasher.finish())
});

/// The stylesheet's address, with its version.
pub fn stylesheet_url() -> String {
    format!("/static/style.css?{}", *STYLESHEET_VERSION)
}

/// `GET /static/style.css`: kept a year under its versioned address (the content of that
/// address never changes), a day under any other.
pub async fn stylesheet(request: HttpRequest) -> HttpResponse {
    let versioned = request.query_string() == STYLESHEET_VERSION.as_str();
    let cache = if versioned {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=86400"
    };
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, cache))
        .body(STYLESHEET)
}

/// Any other route: a plain page with a way back.
pub async fn not_found(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let switch = LangSwitch::for_query(&request);
    respond::page(
        &state,
        &switch,
        "error.html",
        StatusCode::NOT_FOUND,
        minijinja::context! { title => "error-not-found-title", message => "error-not-found-message" },
    )
}
