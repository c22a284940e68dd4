//! `GET /compare?a.field=…&b.field=…[&c.field=…]`: two or three households side by side. The
//! core lines them up (`crate::core::comparison`); this page names the columns and rows.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::value::Serde;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::comparison::{Comparison, Difference, MAX_COLUMNS, Row, compare};
use crate::core::input::{DecimalMark, RawInput};
use crate::core::text::Arg;
use crate::i18n::{Lang, say};
use crate::text;
use crate::web::AppState;
use crate::web::pages::estimate::{Fact, situation_of};
use crate::web::parts::share::query_without_household_money;
use crate::web::parts::words::said_date;
use crate::web::request::{Answers, LangSwitch};
use crate::web::respond;

/// The columns' names, which are also their prefixes in the query (`a.center`).
pub const COLUMN_NAMES: [&str; MAX_COLUMNS] = ["a", "b", "c"];

/// The answers of each column present in a query, in `COLUMN_NAMES` order.
pub fn columns_from_pairs(pairs: &[(String, String)], mark: DecimalMark) -> Vec<(&'static str, RawInput)> {
    COLUMN_NAMES
        .iter()
        .filter_map(|&name| {
            let prefix = format!("{name}.");
            let own: Vec<(&str, &str)> = pairs
                .iter()
                .filter_map(|(key, value)| Some((key.strip_prefix(&prefix)?, value.as_str())))
                .collect();
            (!own.is_empty()).then(|| (name, RawInput::from_pairs(own).typed_with(mark)))
        })
        .collect()
}

/// `GET /compare?…`
pub async fn page(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let answers = Answers::from_query(&request);
    let columns = columns_from_pairs(&answers.pairs, answers.raw.decimal_mark());
    let households: Vec<RawInput> = columns.iter().map(|(_, raw)| raw.clone()).collect();
    let comparison = compare(&state.tables, &households, state.today());
    let view = CompareView::new(&state, answers.lang(), &columns, &comparison);
    let enough = columns.len() >= 2;
    let status = if enough && comparison.complete {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    respond::page(
        &state,
        &LangSwitch::for_query(&request),
        "compare.html",
        status,
        minijinja::context! { page => Serde(&view), enough => enough },
    )
}

/// One column's heading.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnView {
    /// "Scenario A".
    pub title: String,
    /// What the column is, in a few words: the center, route, travel and lodging.
    pub summary: String,
    /// `/estimate?…` for this column alone.
    pub link: String,
    /// Messages when the column's answers are wrong; then it has no figures.
    pub errors: Vec<String>,
}

/// A row of figures with its name in the page's language.
#[derive(Debug, Clone, Serialize)]
pub struct RowView {
    pub label: String,
    pub values: Vec<Option<Decimal>>,
    pub differences: Vec<Option<Difference>>,
    pub differs: bool,
}

impl RowView {
    fn new(row: &Row, lang: Lang) -> Self {
        Self {
            label: row.labels.iter().map(|l| say(lang, l)).collect::<Vec<_>>().join(" / "),
            values: row.values.clone(),
            differences: row.differences.clone(),
            differs: row.differs,
        }
    }
}

/// An answer that differs between columns.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerDifferenceView {
    pub label: String,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompareView {
    pub columns: Vec<ColumnView>,
    pub answers: Vec<AnswerDifferenceView>,
    /// The answers every column shares.
    pub shared: Vec<Fact>,
    pub totals: Vec<RowView>,
    pub if_refused: RowView,
    pub family_low: Vec<Option<Decimal>>,
    pub family_high: Vec<Option<Decimal>>,
    pub lines: Vec<RowView>,
    pub complete: bool,
    pub made_on: String,
    pub data_as_of: String,
}

impl CompareView {
    fn new(state: &AppState, lang: Lang, columns: &[(&'static str, RawInput)], comparison: &Comparison) -> Self {
        let rows = |rows: &[Row]| rows.iter().map(|row| RowView::new(row, lang)).collect();
        Self {
            columns: columns
                .iter()
                .zip(&comparison.columns)
                .map(|((name, raw), column)| ColumnView {
                    title: say(
                        lang,
                        &text!("compare-column-title", name = Arg::Verbatim(name.to_uppercase())),
                    ),
                    summary: column
                        .as_ref()
                        .map_or_else(|_| String::new(), |c| say(lang, &c.summary)),
                    link: format!("/estimate?{}", query_without_household_money(raw, lang)),
                    errors: column.as_ref().err().map_or_else(Vec::new, |errors| {
                        errors
                            .as_map()
                            .values()
                            .flat_map(|messages| messages.iter().map(|m| say(lang, m)))
                            .collect()
                    }),
                })
                .collect(),
            answers: comparison
                .answers
                .iter()
                .map(|answer| AnswerDifferenceView {
                    label: say(lang, &answer.label),
                    values: answer
                        .values
                        .iter()
                        .map(|v| v.as_ref().map(|v| say(lang, v)).unwrap_or_default())
                        .collect(),
                })
                .collect(),
            shared: situation_of(&comparison.shared, lang),
            totals: rows(&comparison.totals),
            if_refused: RowView::new(&comparison.if_refused, lang),
            family_low: comparison.family_low.clone(),
            family_high: comparison.family_high.clone(),
            lines: rows(&comparison.lines),
            complete: comparison.complete,
            made_on: said_date(lang, &state.today().to_string()),
            data_as_of: said_date(lang, state.tables.data_as_of()),
        }
    }
}
