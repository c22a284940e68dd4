//! `GET /sources`: how current each table of figures is, then every source in the data, with
//! its publisher, date, link and quality.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::value::Serde;
use serde::Serialize;

use crate::core::tables::{Period, Quality, TableDating, Tables};
use crate::core::text::{Arg, Text};
use crate::i18n::{Lang, say};
use crate::text;
use crate::web::AppState;
use crate::web::parts::sources::SourceView;
use crate::web::parts::words::said_date;
use crate::web::request::LangSwitch;
use crate::web::respond;

/// A table of figures as the Sources page lists it.
#[derive(Debug, Serialize)]
struct TableCurrency {
    title: String,
    /// The periods its figures hold for, and the dates of figures that do not expire.
    holds_for: Vec<String>,
    usual_update: String,
    refs: Vec<SourceLink>,
}

/// A link to a source in the page's own list.
#[derive(Debug, Serialize)]
struct SourceLink {
    number: usize,
    id: String,
    assumption: bool,
}

/// "October 1, 2025 to September 30, 2026"; "from January 1, 2025 until newer figures".
fn said_period(lang: Lang, period: &Period) -> String {
    let said = match period.to {
        Some(to) => text!("table-period", from = Arg::Date(period.from), to = Arg::Date(to)),
        None => text!("table-period-open", from = Arg::Date(period.from)),
    };
    say(lang, &said)
}

fn currency(table: &TableDating, tables: &Tables, lang: Lang) -> TableCurrency {
    let mut holds_for: Vec<String> = table.periods().iter().map(|p| said_period(lang, p)).collect();
    let verbatim = |text: String| Text::new("verbatim").with("text", Arg::Verbatim(text));
    let years = table.years();
    if !years.is_empty() {
        let years = years.into_iter().map(|y| verbatim(y.to_string())).collect();
        holds_for.push(say(lang, &text!("table-guideline-years", years = Arg::List(years))));
    }
    let dates = table.data_dates();
    if !dates.is_empty() {
        let dates: Vec<Text> = dates.into_iter().map(|date| verbatim(said_date(lang, &date))).collect();
        holds_for.push(say(lang, &text!("table-data-of", dates = Arg::List(dates))));
    }
    let refs = table
        .update
        .source_ids
        .iter()
        .filter_map(|id| {
            let number = tables.sources().position(|s| &s.id == id)? + 1;
            let source = tables.source(id)?;
            Some(SourceLink {
                number,
                id: id.clone(),
                assumption: source.quality == Quality::Assumption,
            })
        })
        .collect();
    TableCurrency {
        title: say(lang, &table.update.title_text()),
        holds_for,
        usual_update: say(lang, &table.update.usual_update_text()),
        refs,
    }
}

/// `GET /sources`: the tables' currency, then every source, in id order.
pub async fn page(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let switch = LangSwitch::for_query(&request);
    let tables = &state.tables;
    let currency: Vec<TableCurrency> = tables
        .dating()
        .iter()
        .map(|table| currency(table, tables, switch.lang))
        .collect();
    let list: Vec<SourceView> = tables
        .sources()
        .enumerate()
        .filter_map(|(index, source)| {
            let said = state.said_sources.get(switch.lang, &source.id)?.clone();
            Some(SourceView {
                number: index + 1,
                said,
            })
        })
        .collect();
    respond::page(
        &state,
        &switch,
        "sources.html",
        StatusCode::OK,
        minijinja::context! { sources => Serde(&list), tables => Serde(&currency) },
    )
}
