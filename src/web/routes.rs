//! Request handlers: turn requests into core calls and core results into pages or JSON.
//! No arithmetic here.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, CacheControl, CacheDirective, ContentType};
use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::Value;
use minijinja::value::Serde;
use serde::Serialize;

use super::api::ApiEstimate;
use super::compare::{self, CompareView};
use super::export;
use super::views::{AdvocatesView, EstimateView, FormView, SourceView};
use crate::core::estimate::estimate;
use crate::core::input::{FieldErrors, Input, RawInput};
use crate::core::tables::Tables;
use crate::i18n::Lang;

/// The language a page is in, and the switch to the other language that every page shows.
/// The switch repeats the request: a link for a GET, a small form for a POST (so answers
/// sent by POST, such as income, never end up in an address).
#[derive(Serialize)]
struct LangSwitch {
    lang: Lang,
    /// The other language's code and its own name for itself ("Español").
    to: Lang,
    label: String,
    href: Option<String>,
    action: String,
    fields: Vec<(String, String)>,
}

/// `lang=` in the link or form; else the browser's preferred language.
pub fn request_lang(request: &HttpRequest, pairs: &[(String, String)]) -> Lang {
    pairs
        .iter()
        .rev()
        .find(|(name, _)| name == "lang")
        .and_then(|(_, value)| Lang::from_code(value))
        .unwrap_or_else(|| {
            let header = request.headers().get(header::ACCEPT_LANGUAGE);
            Lang::from_accept_language(header.and_then(|value| value.to_str().ok()))
        })
}

impl LangSwitch {
    /// For pages whose only input is the query string.
    fn for_query(request: &HttpRequest) -> Self {
        Self::new(request, &pairs(request.query_string().as_bytes()))
    }

    fn new(request: &HttpRequest, pairs: &[(String, String)]) -> Self {
        let lang = request_lang(request, pairs);
        let to = lang.other();
        let mut fields: Vec<(String, String)> = pairs.iter().filter(|(name, _)| name != "lang").cloned().collect();
        fields.push(("lang".to_string(), to.code().to_string()));
        let path = request.path().to_string();
        let href = (request.method() != actix_web::http::Method::POST).then(|| {
            let query = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(fields.iter())
                .finish();
            format!("{path}?{query}")
        });
        LangSwitch {
            lang,
            to,
            label: crate::i18n::message(to, "language-name", &[]),
            href,
            action: path,
            fields: if request.method() == actix_web::http::Method::POST {
                fields
            } else {
                Vec::new()
            },
        }
    }
}

/// Built once at start-up and shared by every worker.
pub struct AppState {
    pub tables: Tables,
    pub templates: minijinja::Environment<'static>,
    /// A fixed today for tests; `None` reads the clock.
    pub today: Option<jiff::civil::Date>,
}

impl AppState {
    /// Today's date (UTC), `YYYY-MM-DD`: the web layer reads the clock, the core never does.
    pub fn today(&self) -> String {
        self.today
            .unwrap_or_else(|| jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date())
            .to_string()
    }
}

/// Renders a template in the request's language; a template error is logged and answered
/// with a plain 500 page.
fn render(state: &AppState, switch: &LangSwitch, name: &str, status: StatusCode, context: Value) -> HttpResponse {
    let context = minijinja::context! {
        lang => switch.lang.code(),
        switch => Serde(switch),
        ..context
    };
    let result = state
        .templates
        .get_template(name)
        .and_then(|template| template.render(context));
    match result {
        Ok(body) => HttpResponse::build(status)
            .content_type(ContentType::html())
            .insert_header(CacheControl(vec![CacheDirective::NoStore]))
            .insert_header((header::CONTENT_LANGUAGE, switch.lang.code()))
            .insert_header((header::VARY, "Accept-Language"))
            .body(body),
        Err(error) => {
            log::error!("rendering {name} failed: {error:#}");
            HttpResponse::InternalServerError()
                .content_type(ContentType::plaintext())
                .body(crate::i18n::message(switch.lang, "error-page-failed", &[]))
        }
    }
}

fn form_response(
    state: &AppState,
    switch: &LangSwitch,
    raw: &RawInput,
    errors: &FieldErrors,
    status: StatusCode,
) -> HttpResponse {
    let view = FormView::new(&state.tables, switch.lang, raw, errors);
    render(
        state,
        switch,
        "form.html",
        status,
        minijinja::context! { page => Serde(&view) },
    )
}

/// Pairs from a query string or a urlencoded body. Never fails: bad encoding is replaced.
fn pairs(bytes: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(bytes).into_owned().collect()
}

fn raw_from_pairs(pairs: &[(String, String)]) -> RawInput {
    RawInput::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The form with the answers in `bytes` (a query string or a posted body) filled in, no errors.
fn filled_form(state: &AppState, request: &HttpRequest, bytes: &[u8]) -> HttpResponse {
    let pairs = pairs(bytes);
    let switch = LangSwitch::new(request, &pairs);
    form_response(
        state,
        &switch,
        &raw_from_pairs(&pairs),
        &FieldErrors::default(),
        StatusCode::OK,
    )
}

/// `GET /`: the form, prefilled from the query string when a link carries answers.
pub async fn form(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    filled_form(&state, &request, request.query_string().as_bytes())
}

/// `POST /`: the form again with the answers posted from an estimate page ("Change your answers").
pub async fn form_with_answers(state: web::Data<AppState>, request: HttpRequest, body: web::Bytes) -> HttpResponse {
    filled_form(&state, &request, &body)
}

/// The estimate for the answers in `bytes`, rendered with `template` (the page or its print view).
fn estimate_view(state: &AppState, request: &HttpRequest, bytes: &[u8], template: &str) -> HttpResponse {
    let pairs = pairs(bytes);
    let switch = LangSwitch::new(request, &pairs);
    let raw = raw_from_pairs(&pairs);
    // Not an answer: whether share links may carry income and household size.
    let include_income = pairs
        .iter()
        .any(|(name, value)| name == "include_income" && value == "yes");
    match Input::parse(&raw, &state.tables) {
        Ok(input) => {
            let result = estimate(&state.tables, &input);
            let view = EstimateView::new(
                &state.tables,
                switch.lang,
                &raw,
                &input,
                &result,
                state.today(),
                include_income,
            );
            render(
                state,
                &switch,
                template,
                StatusCode::OK,
                minijinja::context! { page => Serde(&view) },
            )
        }
        Err(errors) => form_response(state, &switch, &raw, &errors, StatusCode::UNPROCESSABLE_ENTITY),
    }
}

/// `GET /estimate?…`: the estimate for the answers in the link.
pub async fn estimate_from_query(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    estimate_view(&state, &request, request.query_string().as_bytes(), "estimate.html")
}

/// `GET /estimate/print?…`: the printable summary, then every line, the notes and the sources.
pub async fn estimate_print(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    estimate_view(&state, &request, request.query_string().as_bytes(), "print.html")
}

/// `POST /estimate`: the estimate for the submitted form.
pub async fn estimate_from_form(state: web::Data<AppState>, request: HttpRequest, body: web::Bytes) -> HttpResponse {
    estimate_view(&state, &request, &body, "estimate.html")
}

/// `GET /estimate.csv?…`: the estimate's lines as a spreadsheet file.
pub async fn estimate_csv(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let pairs = pairs(request.query_string().as_bytes());
    let switch = LangSwitch::new(&request, &pairs);
    let raw = raw_from_pairs(&pairs);
    match Input::parse(&raw, &state.tables) {
        Ok(input) => {
            let result = estimate(&state.tables, &input);
            let made_on = state.today();
            match export::estimate_csv(&state.tables, switch.lang, &result, &made_on) {
                Ok(body) => HttpResponse::Ok()
                    .content_type("text/csv; charset=utf-8")
                    .insert_header(CacheControl(vec![CacheDirective::NoStore]))
                    .insert_header((
                        header::CONTENT_DISPOSITION,
                        format!(
                            "attachment; filename=\"{}.csv\"",
                            crate::i18n::message(
                                switch.lang,
                                "csv-file-name",
                                &[("date", crate::i18n::Value::Str(made_on.as_str().into()))]
                            )
                        ),
                    ))
                    .body(body),
                Err(error) => {
                    log::error!("writing the CSV failed: {error}");
                    HttpResponse::InternalServerError()
                        .content_type(ContentType::plaintext())
                        .body(crate::i18n::message(switch.lang, "error-file-failed", &[]))
                }
            }
        }
        Err(errors) => form_response(&state, &switch, &raw, &errors, StatusCode::UNPROCESSABLE_ENTITY),
    }
}

/// `GET /estimate.json?…`: the API's JSON for the answers in a link.
pub async fn estimate_json(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let pairs = pairs(request.query_string().as_bytes());
    let lang = request_lang(&request, &pairs);
    match Input::parse(&raw_from_pairs(&pairs), &state.tables) {
        Ok(input) => {
            let result = estimate(&state.tables, &input);
            HttpResponse::Ok()
                .insert_header(CacheControl(vec![CacheDirective::NoStore]))
                .insert_header((header::CONTENT_LANGUAGE, lang.code()))
                .json(ApiEstimate::new(&state.tables, lang, &result))
        }
        Err(errors) => api_errors(lang, &errors),
    }
}

#[derive(Serialize)]
struct ApiErrors {
    errors: std::collections::BTreeMap<String, Vec<String>>,
}

fn api_errors(lang: Lang, errors: &FieldErrors) -> HttpResponse {
    HttpResponse::UnprocessableEntity()
        .insert_header(CacheControl(vec![CacheDirective::NoStore]))
        .json(ApiErrors {
            errors: super::views::said_errors(lang, errors),
        })
}

/// `POST /api/v1/estimate`: JSON in, JSON out; 422 with a message per field on bad input.
/// The API answers in English unless the caller asks for Spanish with `?lang=es` or
/// `Accept-Language`.
pub async fn api_estimate(state: web::Data<AppState>, request: HttpRequest, body: web::Bytes) -> HttpResponse {
    let lang = request_lang(&request, &pairs(request.query_string().as_bytes()));
    let json: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(json) => json,
        Err(error) => {
            let mut errors = FieldErrors::default();
            errors.add(
                "body",
                crate::text!(
                    "error-json-invalid",
                    detail = crate::core::text::Arg::Verbatim(error.to_string())
                ),
            );
            return api_errors(lang, &errors);
        }
    };
    let raw = match RawInput::from_json(&json) {
        Ok(raw) => raw,
        Err(errors) => return api_errors(lang, &errors),
    };
    match Input::parse(&raw, &state.tables) {
        Ok(input) => {
            let result = estimate(&state.tables, &input);
            HttpResponse::Ok()
                .insert_header(CacheControl(vec![CacheDirective::NoStore]))
                .insert_header((header::CONTENT_LANGUAGE, lang.code()))
                .json(ApiEstimate::new(&state.tables, lang, &result))
        }
        Err(errors) => api_errors(lang, &errors),
    }
}

/// `GET /sources`: every source in the data, in id order.
pub async fn sources(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let switch = LangSwitch::for_query(&request);
    let list: Vec<SourceView> = state
        .tables
        .sources()
        .enumerate()
        .map(|(index, source)| SourceView::new(index + 1, source, switch.lang))
        .collect();
    render(
        &state,
        &switch,
        "sources.html",
        StatusCode::OK,
        minijinja::context! { sources => Serde(&list) },
    )
}

/// `GET /advocates`: equity and access figures for advocates, with sources.
pub async fn advocates(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let switch = LangSwitch::for_query(&request);
    let page = AdvocatesView::new(&state.tables, switch.lang);
    render(
        &state,
        &switch,
        "advocates.html",
        StatusCode::OK,
        minijinja::context! { page => Serde(&page) },
    )
}

/// `GET /compare?a.field=…&b.field=…[&c.field=…]`: two or three scenarios side by side.
pub async fn compare(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let pairs = pairs(request.query_string().as_bytes());
    let switch = LangSwitch::new(&request, &pairs);
    let scenarios = compare::scenarios_from_pairs(&pairs);
    let view = CompareView::new(&state.tables, switch.lang, &scenarios, state.today());
    let status = if scenarios.len() >= 2 && view.complete {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(
        &state,
        &switch,
        "compare.html",
        status,
        minijinja::context! { page => Serde(&view), enough => scenarios.len() >= 2 },
    )
}

/// `GET /api/v1/openapi.json`: the API's OpenAPI document.
pub async fn openapi(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(super::openapi::document(&state.tables))
}

/// `GET /healthz`
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type(ContentType::plaintext()).body("ok")
}

const STYLESHEET: &str = include_str!("../../static/style.css");

/// The stylesheet's address, with a version taken from its content so a new release is never
/// shown with an old cached copy.
pub fn stylesheet_url() -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    STYLESHEET.hash(&mut hasher);
    format!("/static/style.css?v={:016x}", hasher.finish())
}

/// `GET /static/style.css`
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=604800"))
        .body(STYLESHEET)
}

/// Any other route: a plain page with a way back.
pub async fn not_found(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let switch = LangSwitch::for_query(&request);
    render(
        &state,
        &switch,
        "error.html",
        StatusCode::NOT_FOUND,
        minijinja::context! { title => "error-not-found-title", message => "error-not-found-message" },
    )
}
