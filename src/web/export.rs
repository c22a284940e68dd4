//! `GET /estimate.csv?…`: the estimate as CSV, one row per line item with every figure, the
//! payers and the sources, safe to open in a spreadsheet.

use actix_web::http::header::{self, ContentType};
use actix_web::{HttpRequest, HttpResponse, web};
use rust_decimal::Decimal;

use crate::core::estimate::Estimate;
use crate::core::lines::{LineItem, Payer};
use crate::core::money::round_cents;
use crate::core::scenarios::Scenarios;
use crate::core::tables::{Tables, wire_id};
use crate::core::text::{Arg, Text};
use crate::i18n::{Lang, say};
use crate::web::AppState;
use crate::web::request::Answers;
use crate::web::respond;

/// `GET /estimate.csv?…`: the estimate's lines as a spreadsheet file.
pub async fn estimate(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let answers = Answers::from_query(&request);
    let lang = answers.lang();
    let report = match crate::core::report::report(&state.tables, &answers.raw, state.today()) {
        Ok(report) => report,
        Err(errors) => return respond::wrong_answers(&state, &answers, &errors),
    };
    let made_on = state.today().to_string();
    match estimate_csv(&state.tables, lang, &report.estimate, &made_on) {
        Ok(body) => respond::no_store()
            .content_type("text/csv; charset=utf-8")
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}.csv\"",
                    crate::i18n::message(
                        lang,
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
                .body(crate::i18n::message(lang, "error-file-failed", &[]))
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

fn money(amounts: Option<&Scenarios<Decimal>>) -> [String; 3] {
    match amounts {
        Some(a) => [a.low, a.typical, a.high].map(|v| format!("{:.2}", round_cents(v))),
        None => [String::new(), String::new(), String::new()],
    }
}

fn amounts(values: Option<&Scenarios<Decimal>>) -> [String; 3] {
    match values {
        Some(v) => [v.low, v.typical, v.high].map(|x| {
            x.round_dp_with_strategy(4, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                .normalize()
                .to_string()
        }),
        None => [String::new(), String::new(), String::new()],
    }
}

fn payer_key(payer: Payer) -> &'static str {
    match payer {
        Payer::Family => "csv-payer-family",
        other => crate::web::parts::words::payer_key(other),
    }
}

fn line_row(tables: &Tables, lang: Lang, line: &LineItem) -> Vec<String> {
    let mut row = vec![wire_id(&line.id), say(lang, &line.label), wire_id(&line.category)];
    row.extend(amounts(Some(&line.quantity)));
    row.push(say(lang, &line.quantity_unit));
    row.extend(amounts(line.rate.as_ref()));
    row.push(say(lang, &line.rate_unit));
    row.extend(money(line.cost.as_ref()));
    row.extend(money(line.sponsor_pays.as_ref()));
    row.extend(money(line.insurer_pays.as_ref()));
    row.extend(money(line.benefit_pays.as_ref()));
    row.extend(money(line.family_pays.as_ref()));
    row.push(line.payer.iter().fold(String::new(), |text, payer| {
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
    }));
    row.push(match &line.question {
        Some(question) => say(
            lang,
            &crate::text!("csv-no-price", basis = line.basis.clone(), question = question.clone()),
        ),
        None => say(lang, &line.basis),
    });
    row.push(line.payer_reason.as_ref().map(|r| say(lang, r)).unwrap_or_default());
    row.push(
        line.sources
            .iter()
            .map(|id| match tables.source(id) {
                Some(source) if !source.url.is_empty() => format!("{} <{}>", source.title, source.url),
                Some(source) => source.title.clone(),
                None => id.clone(),
            })
            .collect::<Vec<_>>()
            .join("; "),
    );
    row
}

/// Columns that hold text; numbers are written by us and need no guard.
const TEXT_COLUMNS: [&str; 6] = ["label", "who_pays", "how_computed", "why_this_payer", "sources", "line"];

fn guarded(row: Vec<String>) -> Vec<String> {
    row.into_iter()
        .zip(CSV_HEADER)
        .map(|(cell, column)| {
            if TEXT_COLUMNS.contains(&column) {
                guard_cell(&cell)
            } else {
                cell
            }
        })
        .collect()
}

/// The totals row: what each payer pays over all lines, and how the file was made.
fn totals_row(lang: Lang, estimate: &Estimate, made_on: &str, data_as_of: &str) -> Vec<String> {
    let t = &estimate.totals;
    let family = t.family_total;
    let mut row = vec![
        "total".to_string(),
        say(lang, &Text::new("csv-all-lines")),
        String::new(),
    ];
    row.extend(std::iter::repeat_n(String::new(), 8));
    row.extend(money(Some(&t.every_cost())));
    row.extend(money(Some(&t.sponsor_pays)));
    row.extend(money(Some(&t.insurer_pays)));
    row.extend(money(Some(&t.benefit_pays)));
    row.extend(money(Some(&family)));
    row.push(String::new());
    row.push(say(
        lang,
        &crate::text!(
            "csv-made-on",
            made_on = Arg::Verbatim(made_on.to_string()),
            data_as_of = Arg::Verbatim(data_as_of.to_string())
        ),
    ));
    row.push(String::new());
    row.push(String::new());
    row
}

/// A UTF-8 byte-order mark, so spreadsheet programs read ×, ÷ and accents correctly.
const BOM: &str = "\u{feff}";

/// The estimate's lines as CSV text, then a totals row.
pub fn estimate_csv(tables: &Tables, lang: Lang, estimate: &Estimate, made_on: &str) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    // Column names in the reader's language: `csv-{column}` in the message files.
    writer.write_record(CSV_HEADER.map(|column| say(lang, &Text::keyed(format!("csv-{column}")))))?;
    for line in &estimate.lines {
        writer.write_record(guarded(line_row(tables, lang, line)))?;
    }
    writer.write_record(guarded(totals_row(lang, estimate, made_on, tables.data_as_of())))?;
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
