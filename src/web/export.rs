//! `GET /estimate.csv?…`: the estimate as CSV, one row per line item with every figure, the
//! payers and the sources, safe to open in a spreadsheet.

use actix_web::{HttpRequest, HttpResponse, web};
use rust_decimal::Decimal;

use jiff::civil::Date;

use crate::core::choices::state_name;
use crate::core::estimate::Estimate;
use crate::core::input::{Field, Kind, RawInput};
use crate::core::lines::{LineItem, Payer};
use crate::core::money::round_cents;
use crate::core::scenarios::Scenarios;
use crate::core::tables::{Tables, wire_id};
use crate::core::text::{Arg, Text};
use crate::i18n::{Lang, say};
use crate::web::AppState;
use crate::web::body::Body;
use crate::web::pages::form::question;
use crate::web::parts::share::hidden_answers;
use crate::web::request::Answers;
use crate::web::respond;

/// `GET /estimate.csv?…`: the estimate's lines as a spreadsheet file.
pub async fn estimate(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    csv_for(&state, &Answers::from_query(&request))
}

/// `POST /estimate.csv`: the same for answers posted from the estimate page, so pay and income
/// stay out of the address.
pub async fn estimate_posted(state: web::Data<AppState>, request: HttpRequest, Body(body): Body) -> HttpResponse {
    csv_for(&state, &Answers::from_body(&request, &body))
}

fn csv_for(state: &AppState, answers: &Answers) -> HttpResponse {
    let lang = answers.lang();
    let report = match crate::core::report::report(&state.tables, &answers.raw, state.today()) {
        Ok(report) => report,
        Err(errors) => return respond::wrong_answers(state, answers, &errors),
    };
    match estimate_csv(&state.tables, lang, &answers.raw, &report.estimate, state.today()) {
        Ok(body) => {
            respond::attachment(lang, "csv-file-name", state.today(), "csv", "text/csv; charset=utf-8").body(body)
        }
        Err(error) => {
            log::error!("writing the CSV failed: {error}");
            respond::file_failed(lang)
        }
    }
}

/// The CSV header, in column order.
pub const CSV_HEADER: [&str; 30] = [
    "line",
    "label",
    "category",
    "quantity_low",
    "quantity_typical",
    "quantity_high",
    "quantity_unit",
    "rate_low",
    "rate_typical",
    "rate_high",
    "rate_unit",
    "cost_low",
    "cost_typical",
    "cost_high",
    "sponsor_pays_low",
    "sponsor_pays_typical",
    "sponsor_pays_high",
    "insurer_pays_low",
    "insurer_pays_typical",
    "insurer_pays_high",
    "benefit_pays_low",
    "benefit_pays_typical",
    "benefit_pays_high",
    "family_pays_low",
    "family_pays_typical",
    "family_pays_high",
    "who_pays",
    "how_computed",
    "why_this_payer",
    "sources",
];

/// A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
/// as a formula; a leading apostrophe makes it plain text (OWASP's advice for CSV injection).
pub fn guard_cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// One cell of an exported table: words, a plain number, money, or nothing. The CSV writes
/// each as text; the workbook keeps numbers and money as numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// A quantity or rate: shown with at most 4 decimals.
    Number(Decimal),
    /// An amount in dollars: shown in whole cents, rounded half away from zero.
    Money(Decimal),
    Empty,
}

impl Cell {
    /// As the CSV writes it: money in whole cents, numbers with at most 4 decimals, words made
    /// safe from spreadsheets that would run them as formulas.
    pub fn csv_text(&self) -> String {
        match self {
            Cell::Text(text) => guard_cell(text),
            Cell::Number(value) => value
                .round_dp_with_strategy(4, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                .normalize()
                .to_string(),
            Cell::Money(amount) => format!("{:.2}", round_cents(*amount)),
            Cell::Empty => String::new(),
        }
    }
}

fn money(amounts: Option<&Scenarios<Decimal>>) -> [Cell; 3] {
    match amounts {
        Some(a) => [a.low, a.typical, a.high].map(Cell::Money),
        None => [Cell::Empty, Cell::Empty, Cell::Empty],
    }
}

fn amounts(values: Option<&Scenarios<Decimal>>) -> [Cell; 3] {
    match values {
        Some(v) => [v.low, v.typical, v.high].map(Cell::Number),
        None => [Cell::Empty, Cell::Empty, Cell::Empty],
    }
}

fn payer_key(payer: Payer) -> &'static str {
    match payer {
        Payer::Family => "csv-payer-family",
        other => crate::web::parts::words::payer_key(other),
    }
}

/// A line item's row, in [`CSV_HEADER`]'s order.
pub fn line_cells(tables: &Tables, lang: Lang, line: &LineItem) -> Vec<Cell> {
    let text = |words: String| Cell::Text(words);
    let mut row = vec![
        text(wire_id(&line.id)),
        text(say(lang, &line.label)),
        text(wire_id(&line.category)),
    ];
    row.extend(amounts(Some(&line.quantity)));
    row.push(text(say(lang, &line.quantity_unit)));
    row.extend(amounts(line.rate.as_ref()));
    row.push(text(say(lang, &line.rate_unit)));
    row.extend(money(line.cost.as_ref()));
    row.extend(money(line.sponsor_pays.as_ref()));
    row.extend(money(line.insurer_pays.as_ref()));
    row.extend(money(line.benefit_pays.as_ref()));
    row.extend(money(line.family_pays.as_ref()));
    row.push(text(line.payer.iter().fold(String::new(), |text, payer| {
        let name = say(lang, &Text::new(payer_key(*payer)));
        if text.is_empty() {
            name
        } else {
            say(
                lang,
                &crate::text!(
                    "csv-payer-then",
                    first = Arg::Verbatim(text),
                    next = Arg::Verbatim(name)
                ),
            )
        }
    })));
    row.push(text(match &line.question {
        Some(question) => say(
            lang,
            &crate::text!("csv-no-price", basis = line.basis.clone(), question = question.clone()),
        ),
        None => say(lang, &line.basis),
    }));
    row.push(text(
        line.payer_reason.as_ref().map(|r| say(lang, r)).unwrap_or_default(),
    ));
    row.push(text(
        line.sources
            .iter()
            .map(|id| match tables.source(id) {
                Some(source) if !source.url.is_empty() => format!("{} <{}>", source.title, source.url),
                Some(source) => source.title.clone(),
                None => id.clone(),
            })
            .collect::<Vec<_>>()
            .join("; "),
    ));
    row
}

/// The totals row: what each payer pays over all lines, and how the file was made.
pub fn totals_cells(lang: Lang, estimate: &Estimate, made_on: &str, data_as_of: &str) -> Vec<Cell> {
    let t = &estimate.totals;
    let family = t.family_total;
    let mut row = vec![
        Cell::Text("total".to_string()),
        Cell::Text(say(lang, &Text::new("csv-all-lines"))),
        Cell::Empty,
    ];
    row.extend(std::iter::repeat_n(Cell::Empty, 8));
    row.extend(money(Some(&t.every_cost())));
    row.extend(money(Some(&t.sponsor_pays)));
    row.extend(money(Some(&t.insurer_pays)));
    row.extend(money(Some(&t.benefit_pays)));
    row.extend(money(Some(&family)));
    row.push(Cell::Empty);
    row.push(Cell::Text(say(
        lang,
        &crate::text!(
            "csv-made-on",
            made_on = Arg::Verbatim(made_on.to_string()),
            data_as_of = Arg::Verbatim(data_as_of.to_string())
        ),
    )));
    row.push(Cell::Empty);
    row.push(Cell::Empty);
    row
}

/// A UTF-8 byte-order mark, so spreadsheet programs read ×, ÷ and accents correctly.
const BOM: &str = "\u{feff}";

/// What the file is and whose it is, before its figures: the app, the day it was made, the
/// data's date and version, and every answer used (as the reader would read it).
pub fn about_rows(tables: &Tables, lang: Lang, raw: &RawInput, today: Date) -> Vec<[String; 2]> {
    let said = |key: &'static str| say(lang, &Text::new(key));
    let mut rows = vec![
        [said("site-name"), said("file-about-not-a-bill")],
        [said("file-about-made-on"), today.to_string()],
        [said("file-about-data-as-of"), tables.data_as_of().to_string()],
        [said("file-about-version"), env!("CARGO_PKG_VERSION").to_string()],
        [said("file-about-answers"), String::new()],
    ];
    let answers = hidden_answers(raw);
    let given = |name: &str| answers.iter().any(|answer| answer.name == name);
    for answer in &answers {
        let Some(field) = Field::named(answer.name) else {
            continue;
        };
        // "That pay is: a week" says nothing without the pay it qualifies.
        if let Some(amount) = answer.name.strip_suffix("_per")
            && !given(amount)
        {
            continue;
        }
        let (question, _) = question(tables, lang, today, field);
        rows.push([question, said_answer(tables, lang, field, &answer.value)]);
    }
    rows
}

/// An answer as the form shows it: a choice by its label, a state or center by its name.
fn said_answer(tables: &Tables, lang: Lang, field: &Field, value: &str) -> String {
    match field.kind {
        Kind::Choice { labels, .. } => say(lang, &Text::keyed(format!("{labels}{value}"))),
        Kind::State { .. } => state_name(value).map_or_else(|| value.to_string(), |name| say(lang, &name)),
        Kind::Center { .. } => tables
            .center(value)
            .map_or_else(|| value.to_string(), |c| c.display_name()),
        _ => value.to_string(),
    }
}

/// The estimate as CSV text: what the file is and the answers used, a blank row, then a row
/// per line and a totals row.
pub fn estimate_csv(
    tables: &Tables,
    lang: Lang,
    raw: &RawInput,
    estimate: &Estimate,
    today: Date,
) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(BOM.as_bytes().to_vec());
    for row in about_rows(tables, lang, raw, today) {
        writer.write_record(row.iter().map(|cell| guard_cell(cell)))?;
    }
    writer.write_record([""])?;
    // Column names in the reader's language: `csv-{column}` in the message files.
    writer.write_record(CSV_HEADER.map(|column| say(lang, &Text::keyed(format!("csv-{column}")))))?;
    let made_on = today.to_string();
    let rows = estimate
        .lines
        .iter()
        .map(|line| line_cells(tables, lang, line))
        .chain(std::iter::once(totals_cells(
            lang,
            estimate,
            &made_on,
            tables.data_as_of(),
        )));
    for row in rows {
        writer.write_record(row.iter().map(Cell::csv_text))?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_made_plain_text() {
        for risky in ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(guard_cell(risky), format!("'{risky}"));
        }
        for safe in ["Lodging", "10492.00", "", "a=b"] {
            assert_eq!(guard_cell(safe), safe);
        }
    }
}
