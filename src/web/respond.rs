//! Writing a response: a page in the request's language with the headers every page has, the
//! form again with a message beside each wrong field (422), or the API's errors.

use std::collections::BTreeMap;

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, CacheControl, CacheDirective, ContentType};
use minijinja::Value;
use minijinja::value::Serde;
use serde::Serialize;

use super::AppState;
use super::pages::form::FormView;
use super::parts::words::said_errors;
use super::request::{Answers, LangSwitch};
use crate::core::input::FieldErrors;
use crate::i18n::Lang;

/// Renders a template in the request's language; a template error is logged and answered
/// with a plain 500 page.
pub fn page(state: &AppState, switch: &LangSwitch, name: &str, status: StatusCode, context: Value) -> HttpResponse {
    match rendered(state, switch, name, context) {
        Some(body) => html(status, switch.lang, body),
        None => render_failed(switch.lang),
    }
}

/// A template rendered in the request's language, or `None` (logged) when it fails.
fn rendered(state: &AppState, switch: &LangSwitch, name: &str, context: Value) -> Option<String> {
    let context = minijinja::context! {
        lang => switch.lang.code(),
        switch => Serde(switch),
        ..context
    };
    let result = state
        .templates
        .get_template(name)
        .and_then(|template| template.render(context));
    result
        .inspect_err(|error| log::error!("rendering {name} failed: {error:#}"))
        .ok()
}

/// An HTML page with the headers every page has.
fn html(status: StatusCode, lang: Lang, body: impl actix_web::body::MessageBody + 'static) -> HttpResponse {
    HttpResponse::build(status)
        .content_type(ContentType::html())
        .insert_header(CacheControl(vec![CacheDirective::NoStore]))
        .insert_header((header::CONTENT_LANGUAGE, lang.code()))
        .insert_header((header::VARY, "Accept-Language"))
        .body(body)
}

fn render_failed(lang: Lang) -> HttpResponse {
    HttpResponse::InternalServerError()
        .content_type(ContentType::plaintext())
        .body(crate::i18n::message(lang, "error-page-failed", &[]))
}

/// The form with the answers as typed and a message beside each wrong field.
pub fn form(state: &AppState, answers: &Answers, errors: &FieldErrors, status: StatusCode) -> HttpResponse {
    match form_page(state, answers, errors) {
        Some(body) => html(status, answers.lang(), body),
        None => render_failed(answers.lang()),
    }
}

/// The blank form: rendered the first time it is asked for in a language on a day, then
/// sent as it is (it holds nothing anyone typed).
pub fn blank_form(state: &AppState, answers: &Answers) -> HttpResponse {
    let (lang, today) = (answers.lang(), state.today());
    let page = state
        .blank_forms
        .get_or_render(lang, today, || form_page(state, answers, &FieldErrors::default()));
    match page {
        Some(body) => html(StatusCode::OK, lang, body),
        None => render_failed(lang),
    }
}

fn form_page(state: &AppState, answers: &Answers, errors: &FieldErrors) -> Option<String> {
    // Answers that are right but probably not meant get a warning beside the field.
    let mut warnings = FieldErrors::default();
    if errors.is_empty()
        && let Ok(input) = crate::core::input::Input::parse(&answers.raw, &state.tables, state.today())
    {
        for warning in input.warnings() {
            warnings.add(warning.field, warning.message.clone());
        }
    }
    let (raw, errors, warnings) = (
        answers.raw.for_the_form(),
        errors.for_the_form(),
        warnings.for_the_form(),
    );
    let view = FormView::new(&state.tables, answers.lang(), &raw, (&errors, &warnings), state.today());
    rendered(
        state,
        &answers.switch,
        "form.html",
        minijinja::context! { page => Serde(&view) },
    )
}

/// The form again, status 422: the answers could not be estimated.
pub fn wrong_answers(state: &AppState, answers: &Answers, errors: &FieldErrors) -> HttpResponse {
    form(state, answers, errors, StatusCode::UNPROCESSABLE_ENTITY)
}

/// A file or JSON answer that carries an estimate: never kept by a cache.
pub fn no_store() -> actix_web::HttpResponseBuilder {
    let mut builder = HttpResponse::Ok();
    builder.insert_header(CacheControl(vec![CacheDirective::NoStore]));
    builder
}

/// A file to download, named by the message `name_key` for the day it was made in the
/// reader's language (`car-t-cost-estimate-2026-12-03.csv`); never kept by a cache.
pub fn attachment(
    lang: Lang,
    name_key: &str,
    today: jiff::civil::Date,
    extension: &str,
    media_type: &str,
) -> actix_web::HttpResponseBuilder {
    let name = crate::i18n::message(
        lang,
        name_key,
        &[("date", crate::i18n::Value::Str(today.to_string().into()))],
    );
    let mut builder = no_store();
    builder.content_type(media_type.to_string()).insert_header((
        header::CONTENT_DISPOSITION,
        format!("attachment; filename=\"{name}.{extension}\""),
    ));
    builder
}

/// A file that could not be written: a plain 500 in the reader's language.
pub fn file_failed(lang: Lang) -> HttpResponse {
    HttpResponse::InternalServerError()
        .content_type(ContentType::plaintext())
        .body(crate::i18n::message(lang, "error-file-failed", &[]))
}

#[derive(Serialize)]
struct ApiErrors {
    errors: BTreeMap<String, Vec<String>>,
}

/// The API's 422: a message for each wrong field, in the caller's language.
pub fn api_errors(lang: Lang, errors: &FieldErrors) -> HttpResponse {
    HttpResponse::UnprocessableEntity()
        .insert_header(CacheControl(vec![CacheDirective::NoStore]))
        .json(ApiErrors {
            errors: said_errors(lang, errors),
        })
}

/// A request refused before any answer was read: a status and a short message in the
/// request's language (its `lang=` or the browser's), as JSON on the API's routes and as
/// plain text elsewhere. Never the server's own error text.
#[derive(Debug, Clone)]
pub struct Refusal {
    pub status: StatusCode,
    key: &'static str,
    lang: Lang,
    json: bool,
}

impl Refusal {
    pub fn response(&self) -> HttpResponse {
        let message = crate::i18n::message(self.lang, self.key, &[]);
        let mut response = HttpResponse::build(self.status);
        response
            .insert_header(CacheControl(vec![CacheDirective::NoStore]))
            .insert_header((header::CONTENT_LANGUAGE, self.lang.code()));
        if self.json {
            response.json(ApiErrors {
                errors: BTreeMap::from([("body".to_string(), vec![message])]),
            })
        } else {
            response.content_type(ContentType::plaintext()).body(message)
        }
    }
}

/// The refusal of a request (read from its head only: its body may be what was wrong).
pub fn refusal(head: &actix_web::dev::RequestHead, status: StatusCode, key: &'static str) -> Refusal {
    let query = head.uri.query().unwrap_or("");
    let lang = form_urlencoded::parse(query.as_bytes())
        .filter(|(name, _)| name == "lang")
        .last()
        .and_then(|(_, code)| Lang::from_code(&code))
        .unwrap_or_else(|| {
            let accept = head.headers.get(header::ACCEPT_LANGUAGE);
            Lang::from_accept_language(accept.and_then(|value| value.to_str().ok()))
        });
    let path = head.uri.path();
    Refusal {
        status,
        key,
        lang,
        json: path.starts_with("/api/") || path.ends_with(".json"),
    }
}
