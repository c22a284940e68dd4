//! `/compare`: two or three households side by side, from a link (`a.field=…&b.field=…`) or
//! posted from the estimate page's form, as a page, a print view, CSV or JSON. The core lines
//! them up (`crate::core::comparison`); `view` names the columns and rows, and `files` writes
//! the same view as CSV and JSON.

mod files;
mod view;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::value::Serde;

use crate::core::comparison::{MAX_COLUMNS, compare};
use crate::core::input::{DecimalMark, FieldId, RawInput};
use crate::web::AppState;
use crate::web::body::Body;
use crate::web::parts::share::{has_household_money, without_household_money};
use crate::web::request::Answers;
use crate::web::respond;
use view::CompareView;

/// The columns' names, which are also their prefixes in the query (`a.center`).
pub const COLUMN_NAMES: [&str; MAX_COLUMNS] = ["a", "b", "c"];

/// The answers the estimate page's comparison form lets each other column change; the rest
/// are the estimate's own.
pub const COMPARE_CHOICES: [FieldId; 7] = [
    FieldId::Center,
    FieldId::DistanceMiles,
    FieldId::Route,
    FieldId::TravelMode,
    FieldId::Lodging,
    FieldId::LodgingRate,
    FieldId::HouseholdIncome,
];

/// The answers of each column present in a query, in `COLUMN_NAMES` order. The third column
/// is left out when its center is blank: the estimate page's form offers it that way.
pub fn columns_from_pairs(pairs: &[(String, String)], mark: DecimalMark) -> Vec<(&'static str, RawInput)> {
    COLUMN_NAMES
        .iter()
        .enumerate()
        .filter_map(|(index, &name)| {
            let prefix = format!("{name}.");
            let own: Vec<(&str, &str)> = pairs
                .iter()
                .filter_map(|(key, value)| Some((key.strip_prefix(&prefix)?, value.as_str())))
                .collect();
            let raw = RawInput::from_pairs(own.iter().copied()).typed_with(mark);
            let asked = !own.is_empty() && (index < 2 || !raw[FieldId::Center].trim().is_empty());
            asked.then_some((name, raw))
        })
        .collect()
}

/// A comparison as asked for: each column's answers, and whether they count the household's
/// money (pay, income and household size).
pub struct CompareRequest {
    pub answers: Answers,
    pub columns: Vec<(&'static str, RawInput)>,
    /// True when some column counts pay, income or household size.
    pub counts_household_money: bool,
    /// A posted form carried household money without the box to count it ticked: it was left
    /// out, and the page says so.
    pub household_money_left_out: bool,
    /// ... and a later column's income had been changed: surely meant to count.
    pub income_changes_left_out: bool,
}

impl CompareRequest {
    /// A link counts what it carries: whoever wrote it put the money in. A posted form always
    /// carries the household's money, and counts it only when its box is ticked.
    pub fn new(answers: Answers) -> Self {
        let mut columns = columns_from_pairs(&answers.pairs, answers.raw.decimal_mark());
        let carried = columns.iter().any(|(_, raw)| has_household_money(raw));
        let left_out = answers.switch.posted() && !answers.include_household_money() && carried;
        let incomes: Vec<&str> = columns
            .iter()
            .map(|(_, raw)| raw[FieldId::HouseholdIncome].trim())
            .collect();
        let income_changed = incomes.windows(2).any(|pair| pair[0] != pair[1]);
        if left_out {
            for (_, raw) in &mut columns {
                *raw = without_household_money(raw);
            }
        }
        Self {
            counts_household_money: carried && !left_out,
            household_money_left_out: left_out,
            income_changes_left_out: left_out && income_changed,
            columns,
            answers,
        }
    }

    /// At least two columns, each with right answers.
    fn status(&self, complete: bool) -> StatusCode {
        if self.columns.len() >= 2 && complete {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        }
    }
}

/// What a comparison is sent as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Page,
    Print,
    Csv,
    Json,
}

fn respond(state: &AppState, asked: &CompareRequest, output: Output) -> HttpResponse {
    let households: Vec<RawInput> = asked.columns.iter().map(|(_, raw)| raw.clone()).collect();
    let comparison = compare(&state.tables, &households, state.today());
    let status = asked.status(comparison.complete);
    let view = CompareView::new(state, asked, &comparison);
    match output {
        Output::Json => files::json(state, asked, &comparison, &view, status),
        Output::Csv if status.is_success() => files::csv(state, asked.answers.lang(), &view),
        // Wrong answers: the page, with a message in each wrong column.
        Output::Page | Output::Csv => page(state, asked, &view, "compare.html", status),
        Output::Print => page(state, asked, &view, "compare_print.html", status),
    }
}

fn page(
    state: &AppState,
    asked: &CompareRequest,
    view: &CompareView,
    template: &str,
    status: StatusCode,
) -> HttpResponse {
    respond::page(
        state,
        &asked.answers.switch,
        template,
        status,
        minijinja::context! { page => Serde(view), enough => asked.columns.len() >= 2 },
    )
}

fn from_query(state: &AppState, request: &HttpRequest, output: Output) -> HttpResponse {
    respond(state, &CompareRequest::new(Answers::from_query(request)), output)
}

fn from_body(state: &AppState, request: &HttpRequest, body: &[u8], output: Output) -> HttpResponse {
    respond(state, &CompareRequest::new(Answers::from_body(request, body)), output)
}

/// `GET /compare?…`
pub async fn page_from_query(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    from_query(&state, &request, Output::Page)
}

/// `POST /compare`: from the estimate page's form, so pay and income stay out of addresses.
pub async fn page_from_form(state: web::Data<AppState>, request: HttpRequest, Body(body): Body) -> HttpResponse {
    from_body(&state, &request, &body, Output::Page)
}

/// `GET /compare/print?…`: the comparison on paper.
pub async fn print_from_query(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    from_query(&state, &request, Output::Print)
}

/// `POST /compare/print`
pub async fn print_from_form(state: web::Data<AppState>, request: HttpRequest, Body(body): Body) -> HttpResponse {
    from_body(&state, &request, &body, Output::Print)
}

/// `GET /compare.csv?…`
pub async fn csv_from_query(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    from_query(&state, &request, Output::Csv)
}

/// `POST /compare.csv`
pub async fn csv_from_form(state: web::Data<AppState>, request: HttpRequest, Body(body): Body) -> HttpResponse {
    from_body(&state, &request, &body, Output::Csv)
}

/// `GET /compare.json?…`
pub async fn json_from_query(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    from_query(&state, &request, Output::Json)
}

/// `POST /compare.json`
pub async fn json_from_form(state: web::Data<AppState>, request: HttpRequest, Body(body): Body) -> HttpResponse {
    from_body(&state, &request, &body, Output::Json)
}
