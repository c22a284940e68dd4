//! `/compare.csv` and `/compare.json`: the comparison's view written as a spreadsheet file or
//! JSON, with what it is, when it was made and its sources, so a cited comparison can be
//! traced.

use std::collections::BTreeMap;

use actix_web::HttpResponse;
use actix_web::http::{StatusCode, header};
use rust_decimal::Decimal;
use serde::Serialize;

use super::CompareRequest;
use super::view::{CompareView, RowView};
use crate::core::comparison::{Comparison, Dimension, Unit};
use crate::core::input::FieldErrors;
use crate::core::money::round_cents;
use crate::core::text::Text;
use crate::i18n::{Lang, say};
use crate::web::AppState;
use crate::web::api::model::{ApiBurden, ApiTotals};
use crate::web::export::{Cell, guard_cell};
use crate::web::parts::share::hidden_answers;
use crate::web::respond;

/// A UTF-8 byte-order mark, so spreadsheet programs read accents correctly.
const BOM: &str = "\u{feff}";

/// A row's values as cells: money as money, percents as numbers rounded to two places, the
/// same figures as the JSON's (a share of income to four places claims more than is known).
fn cells(row: &RowView, values: &[Option<Decimal>]) -> Vec<Cell> {
    values
        .iter()
        .map(|value| match (value, row.unit) {
            (None, _) => Cell::Empty,
            (Some(v), Unit::Money) => Cell::Money(*v),
            (Some(v), Unit::Percent) => Cell::Number(round_cents(*v)),
        })
        .collect()
}

/// What the file is, its columns named by what sets them apart, every row of figures with each
/// later column minus the first, the answers that differ and those shared, then the sources.
pub fn csv(state: &AppState, lang: Lang, view: &CompareView) -> HttpResponse {
    match csv_bytes(state, lang, view) {
        Ok(body) => respond::attachment(
            lang,
            "compare-file-name",
            state.today(),
            "csv",
            "text/csv; charset=utf-8",
        )
        .body(body),
        Err(error) => {
            log::error!("writing the comparison CSV failed: {error}");
            respond::file_failed(lang)
        }
    }
}

fn csv_bytes(state: &AppState, lang: Lang, view: &CompareView) -> Result<Vec<u8>, csv::Error> {
    let said = |key: &'static str| say(lang, &Text::new(key));
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(BOM.as_bytes().to_vec());
    let text_row = |cells: &[String]| cells.iter().map(|cell| guard_cell(cell)).collect::<Vec<_>>();
    for row in [
        [said("site-name"), said("file-about-not-a-bill")],
        [said("compare-title"), String::new()],
        [said("file-about-made-on"), state.today().to_string()],
        [said("file-about-data-as-of"), state.tables.data_as_of().to_string()],
        [said("file-about-version"), view.app_version.to_string()],
        [
            said("compare-file-household-money"),
            said(if view.counts_household_money {
                "compare-file-money-counted"
            } else {
                "compare-file-money-left-out"
            }),
        ],
    ] {
        writer.write_record(text_row(&row))?;
    }
    writer.write_record([""])?;
    let mut header = vec![said("compare-file-row"), said("estimate-col-what")];
    header.extend(
        view.columns
            .iter()
            .map(|c| column_heading(c.title.as_str(), c.label.as_str())),
    );
    header.extend(view.later.iter().map(|c| {
        say(
            lang,
            &crate::text!(
                "compare-minus-a",
                title = crate::core::text::Arg::Verbatim(c.title.clone())
            ),
        )
    }));
    writer.write_record(text_row(&header))?;
    let mut choice = vec![String::new(), said("compare-the-choice")];
    choice.extend(view.columns.iter().map(|c| c.summary.clone()));
    writer.write_record(text_row(&choice))?;
    let rows = view
        .totals
        .iter()
        .chain([&view.if_refused, &view.family_low, &view.family_high])
        .chain(&view.income)
        .chain(&view.lines);
    for row in rows {
        let mut record = vec![Cell::Text(row.id.clone()), Cell::Text(row.label.clone())];
        record.extend(cells(row, &row.values));
        record.extend(cells(row, &row.differences));
        writer.write_record(record.iter().map(Cell::csv_text))?;
    }
    writer.write_record([""])?;
    let mut answers_header = vec![String::new(), said("compare-answers-differ")];
    answers_header.extend(view.columns.iter().map(|c| c.title.clone()));
    writer.write_record(text_row(&answers_header))?;
    for answer in &view.answers {
        let mut record = vec![String::new(), answer.label.clone()];
        record.extend(answer.values.iter().cloned());
        writer.write_record(text_row(&record))?;
    }
    writer.write_record([""])?;
    writer.write_record(text_row(&[String::new(), said("compare-shared")]))?;
    for fact in &view.shared {
        writer.write_record(text_row(&[String::new(), fact.label.clone(), fact.value.clone()]))?;
    }
    writer.write_record([""])?;
    writer.write_record(text_row(&[String::new(), said("xlsx-sheet-sources")]))?;
    for source in &view.sources {
        writer.write_record(text_row(&[
            source.number.to_string(),
            source.said.title.clone(),
            source.said.publisher.clone(),
            source.said.published.clone(),
            source.said.url.clone(),
        ]))?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// "Choice B: Durham, NC · with family".
fn column_heading(title: &str, label: &str) -> String {
    if label.is_empty() {
        title.to_string()
    } else {
        format!("{title}: {label}")
    }
}

/// The comparison as JSON: what it is, each column with its answers, totals and burden (or its
/// errors), and the rows the page shows, each later column minus the first.
#[derive(Debug, Serialize)]
pub struct ApiComparison<'a> {
    pub made_on: String,
    pub data_as_of: &'a str,
    pub version: &'static str,
    /// Whether pay, income and household size count in these figures.
    pub counts_household_money: bool,
    /// The answers that set the columns apart, as their labels name them.
    pub differs_by: &'a [Dimension],
    pub columns: Vec<ApiColumn>,
    /// The family's totals (typical), its range, and what income changes.
    pub rows: Vec<ApiRow<'a>>,
    /// What the family pays of each line, typical.
    pub lines: Vec<ApiRow<'a>>,
    pub answers_that_differ: Vec<ApiAnswer<'a>>,
    pub answers_shared: Vec<ApiAnswer<'a>>,
    pub sources: Vec<ApiSource<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ApiColumn {
    /// `a`, `b` or `c`.
    pub name: &'static str,
    pub title: String,
    pub label: String,
    pub summary: String,
    /// The answers this column was worked out from.
    pub answers: BTreeMap<&'static str, String>,
    pub totals: Option<ApiTotals>,
    pub burden: Option<ApiBurden>,
}

#[derive(Debug, Serialize)]
pub struct ApiRow<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub unit: Unit,
    /// Dollars to the cent or percents to two places; `null` where a column has none.
    pub values: Vec<Option<String>>,
    /// Each later column minus the first.
    pub minus_a: Vec<Option<String>>,
    pub differs: bool,
}

impl<'a> ApiRow<'a> {
    fn new(row: &'a RowView) -> Self {
        let written = |values: &[Option<Decimal>]| {
            values
                .iter()
                .map(|v| v.map(|v| format!("{:.2}", round_cents(v))))
                .collect()
        };
        Self {
            id: &row.id,
            label: &row.label,
            unit: row.unit,
            values: written(&row.values),
            minus_a: written(&row.differences),
            differs: row.differs,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ApiAnswer<'a> {
    pub answer: &'a str,
    pub values: Vec<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct ApiSource<'a> {
    /// The number the page and the CSV give it.
    pub number: usize,
    pub id: &'a str,
    pub title: &'a str,
    pub publisher: &'a str,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `undated`, as the sources table has it.
    pub published: &'a str,
    pub url: &'a str,
}

/// `/compare.json`: 200 with the comparison; 422 with a message per wrong field (`b.center`), or
/// on `columns` when fewer than two were given.
pub fn json(
    state: &AppState,
    asked: &CompareRequest,
    comparison: &Comparison,
    view: &CompareView,
    status: StatusCode,
) -> HttpResponse {
    let lang = asked.answers.lang();
    if !status.is_success() {
        let mut errors = FieldErrors::default();
        if asked.columns.len() < 2 {
            errors.add("columns", crate::text!("compare-not-enough-columns"));
        }
        for ((name, _), column) in asked.columns.iter().zip(&comparison.columns) {
            if let Err(wrong) = column {
                for (field, message) in wrong.messages_in_form_order() {
                    errors.add(&format!("{name}.{field}"), message.clone());
                }
            }
        }
        return respond::api_errors(lang, &errors);
    }
    let columns = asked
        .columns
        .iter()
        .zip(&comparison.columns)
        .zip(&view.columns)
        .map(|(((name, raw), column), shown)| ApiColumn {
            name,
            title: shown.title.clone(),
            label: shown.label.clone(),
            summary: shown.summary.clone(),
            answers: hidden_answers(raw).into_iter().map(|a| (a.name, a.value)).collect(),
            totals: column.as_ref().ok().map(|c| ApiTotals::from(&c.estimate.totals)),
            burden: column
                .as_ref()
                .ok()
                .and_then(|c| c.burden.as_ref())
                .map(ApiBurden::from),
        })
        .collect();
    let body = ApiComparison {
        made_on: state.today().to_string(),
        data_as_of: state.tables.data_as_of(),
        version: view.app_version,
        counts_household_money: view.counts_household_money,
        differs_by: &comparison.differs_by,
        columns,
        rows: view
            .totals
            .iter()
            .chain([&view.if_refused, &view.family_low, &view.family_high])
            .chain(&view.income)
            .map(ApiRow::new)
            .collect(),
        lines: view.lines.iter().map(ApiRow::new).collect(),
        answers_that_differ: view
            .answers
            .iter()
            .map(|a| ApiAnswer {
                answer: &a.label,
                values: a.values.iter().map(String::as_str).collect(),
            })
            .collect(),
        answers_shared: view
            .shared
            .iter()
            .map(|fact| ApiAnswer {
                answer: &fact.label,
                values: vec![fact.value.as_str()],
            })
            .collect(),
        sources: view
            .sources
            .iter()
            .filter_map(|shown| {
                let source = state.tables.source(&shown.said.id)?;
                Some(ApiSource {
                    number: shown.number,
                    id: &source.id,
                    title: &source.title,
                    publisher: &source.publisher,
                    published: &source.published,
                    url: &source.url,
                })
            })
            .collect(),
    };
    respond::no_store()
        .insert_header((header::CONTENT_LANGUAGE, lang.code()))
        .json(body)
}
