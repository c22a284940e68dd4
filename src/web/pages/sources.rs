//! `GET /sources`: every source in the data, with its publisher, date, link and quality.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::value::Serde;

use crate::web::AppState;
use crate::web::parts::sources::SourceView;
use crate::web::request::LangSwitch;
use crate::web::respond;

/// `GET /sources`: every source, in id order.
pub async fn page(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let switch = LangSwitch::for_query(&request);
    let list: Vec<SourceView> = state
        .tables
        .sources()
        .enumerate()
        .map(|(index, source)| SourceView::new(index + 1, source, switch.lang))
        .collect();
    respond::page(
        &state,
        &switch,
        "sources.html",
        StatusCode::OK,
        minijinja::context! { sources => Serde(&list) },
    )
}
