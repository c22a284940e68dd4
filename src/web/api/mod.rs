//! The JSON API: `POST /api/v1/estimate` (JSON in, JSON out), `POST /api/v1/estimates` (many
//! households at once, `batch`), `GET /estimate.json?…` (the same answer for the answers in a
//! link), `GET /api/v1/centers?…` (every center for the answers) and `GET /api/v1/openapi.json`.

pub mod batch;
pub mod centers;
pub mod income;
pub mod model;
pub mod openapi;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};

use crate::core::input::{FieldErrors, RawInput};
use crate::core::report::report;
use crate::core::text::Arg;
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::body::Body;
use crate::web::request::{Answers, pairs, request_lang};
use crate::web::respond;
use model::ApiEstimate;

/// The report for the answers as JSON, or the API's 422.
fn answer(state: &AppState, lang: Lang, raw: &RawInput) -> HttpResponse {
    match report(&state.tables, raw, state.today()) {
        Ok(report) => respond::no_store()
            .insert_header((header::CONTENT_LANGUAGE, lang.code()))
            .json(ApiEstimate::new(&state.tables, lang, &report)),
        Err(errors) => respond::api_errors(lang, &errors),
    }
}

/// `GET /estimate.json?…`: the API's JSON for the answers in a link.
pub async fn estimate_json(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let answers = Answers::from_query(&request);
    answer(&state, answers.lang(), &answers.raw)
}

/// `POST /estimate.json`: the same for answers posted from the estimate page (a form), so pay
/// and income stay out of the address.
pub async fn estimate_json_posted(state: web::Data<AppState>, request: HttpRequest, Body(body): Body) -> HttpResponse {
    let answers = Answers::from_body(&request, &body);
    answer(&state, answers.lang(), &answers.raw)
}

/// `POST /api/v1/estimate`: JSON in, JSON out; 422 with a message per field on bad input.
/// The API answers in English unless the caller asks for Spanish with `?lang=es` or
/// `Accept-Language`.
pub async fn estimate(state: web::Data<AppState>, request: HttpRequest, Body(body): Body) -> HttpResponse {
    if !sends_json(&request) {
        return not_json(&request);
    }
    let lang = request_lang(&request, &pairs(request.query_string().as_bytes()));
    let json = match read_json(&body) {
        Ok(json) => json,
        Err(errors) => return respond::api_errors(lang, &errors),
    };
    match RawInput::from_json(&json) {
        Ok(raw) => answer(&state, lang, &raw),
        Err(errors) => respond::api_errors(lang, &errors),
    }
}

/// The body as JSON, or the error on `body` saying where it stops being JSON.
fn read_json(body: &[u8]) -> Result<serde_json::Value, FieldErrors> {
    serde_json::from_slice(body).map_err(|error| {
        let mut errors = FieldErrors::default();
        errors.add(
            "body",
            crate::text!("error-json-invalid", detail = Arg::Verbatim(error.to_string())),
        );
        errors
    })
}

/// The 415 for a body that does not say it is JSON.
fn not_json(request: &HttpRequest) -> HttpResponse {
    respond::refusal(
        request.head(),
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "error-body-not-json",
    )
    .response()
}

/// True when the body says it is JSON (`application/json`, or a `+json` type): the API reads
/// nothing else, so a form or text sent by mistake is told so (415) rather than guessed at.
fn sends_json(request: &HttpRequest) -> bool {
    use actix_web::HttpMessage;
    use actix_web::mime;
    request.mime_type().ok().flatten().is_some_and(|kind| {
        kind.type_() == mime::APPLICATION && (kind.subtype() == mime::JSON || kind.suffix() == Some(mime::JSON))
    })
}

/// `GET /api/v1/centers?…`: every center for the answers, cheapest first; 422 as for the estimate.
pub async fn centers(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let answers = Answers::from_query(&request);
    match crate::core::centers::rank_centers(&state.tables, &answers.raw, state.today()) {
        Ok(ranking) => respond::no_store()
            .insert_header((header::CONTENT_LANGUAGE, answers.lang().code()))
            .json(centers::ApiCenters::new(&ranking)),
        Err(errors) => respond::api_errors(answers.lang(), &errors),
    }
}

/// `GET /api/v1/openapi.json`: the API's OpenAPI document.
pub async fn openapi(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(openapi::document(&state.tables, state.today()))
}
