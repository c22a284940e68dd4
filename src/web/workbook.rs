//! `GET /estimate.xlsx?…`: the estimate as a workbook a social worker can attach to an
//! application. Sheets: what it is and the answers and totals, every line, plan years, the
//! months of the timeline, aid programs, notes and sources. Money is a number with a currency
//! format; words are written as text cells, never as formulas, so nothing in them can run.

use jiff::civil::Date;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use crate::core::cash_flow::MonthOf;
use crate::core::input::RawInput;
use crate::core::money::round_cents;
use crate::core::report::Report;
use crate::core::scenarios::Scenarios;
use crate::core::tables::{Tables, wire_id};
use crate::core::text::Text;
use crate::i18n::{Lang, say};
use crate::web::AppState;
use crate::web::api::model::ApiEstimate;
use crate::web::export::{CSV_HEADER, Cell, about_rows, line_cells, totals_cells};
use crate::web::request::Answers;
use crate::web::respond;

/// The formats every sheet shares.
struct Formats {
    heading: Format,
    money: Format,
    number: Format,
}

/// A sheet being filled row by row.
struct Sheet<'w> {
    sheet: &'w mut Worksheet,
    row: u32,
}

impl Sheet<'_> {
    fn write(&mut self, cells: &[Cell], formats: &Formats) -> Result<(), XlsxError> {
        for (column, cell) in (0u16..).zip(cells) {
            match cell {
                Cell::Text(text) => self.sheet.write_string(self.row, column, text).map(|_| ())?,
                // A spreadsheet number is a binary float: amounts are rounded to the cent
                // first, and cents up to 10^13 dollars are exact in it.
                Cell::Money(amount) => self
                    .sheet
                    .write_number_with_format(self.row, column, as_number(round_cents(*amount)), &formats.money)
                    .map(|_| ())?,
                Cell::Number(value) => self
                    .sheet
                    .write_number_with_format(self.row, column, as_number(*value), &formats.number)
                    .map(|_| ())?,
                Cell::Empty => {}
            }
        }
        self.row += 1;
        Ok(())
    }

    fn heading(&mut self, titles: &[String], formats: &Formats) -> Result<(), XlsxError> {
        for (column, title) in (0u16..).zip(titles) {
            self.sheet
                .write_string_with_format(self.row, column, title, &formats.heading)?;
        }
        self.row += 1;
        Ok(())
    }
}

fn as_number(value: Decimal) -> f64 {
    value.to_f64().unwrap_or_default()
}

fn text(words: String) -> Cell {
    Cell::Text(words)
}

fn scenario_cells(label: String, amounts: &Scenarios<Decimal>) -> Vec<Cell> {
    vec![
        text(label),
        Cell::Money(amounts.low),
        Cell::Money(amounts.typical),
        Cell::Money(amounts.high),
    ]
}

/// A new sheet named in the reader's language, with its columns made readable.
fn add_sheet<'w>(
    workbook: &'w mut Workbook,
    lang: Lang,
    name: &'static str,
    widths: &[f64],
) -> Result<Sheet<'w>, XlsxError> {
    let sheet = workbook.add_worksheet();
    sheet.set_name(say(lang, &Text::new(name)))?;
    for (column, width) in (0u16..).zip(widths) {
        sheet.set_column_width(column, *width)?;
    }
    Ok(Sheet { sheet, row: 0 })
}

/// `GET /estimate.xlsx?…`: the workbook for the answers in the link, or the form with errors.
pub async fn estimate(
    state: actix_web::web::Data<AppState>,
    request: actix_web::HttpRequest,
) -> actix_web::HttpResponse {
    workbook_for(&state, &Answers::from_query(&request))
}

/// `POST /estimate.xlsx`: the same for answers posted from the estimate page, so pay and income
/// stay out of the address.
pub async fn estimate_posted(
    state: actix_web::web::Data<AppState>,
    request: actix_web::HttpRequest,
    crate::web::body::Body(body): crate::web::body::Body,
) -> actix_web::HttpResponse {
    workbook_for(&state, &Answers::from_body(&request, &body))
}

fn workbook_for(state: &AppState, answers: &Answers) -> actix_web::HttpResponse {
    let lang = answers.lang();
    let report = match crate::core::report::report(&state.tables, &answers.raw, state.today()) {
        Ok(report) => report,
        Err(errors) => return respond::wrong_answers(state, answers, &errors),
    };
    match estimate_workbook(&state.tables, lang, &answers.raw, &report, state.today()) {
        Ok(bytes) => respond::attachment(lang, "csv-file-name", state.today(), "xlsx", XLSX_TYPE).body(bytes),
        Err(error) => {
            log::error!("writing the workbook failed: {error}");
            respond::file_failed(lang)
        }
    }
}

/// The media type of an `.xlsx` file.
const XLSX_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The workbook for a report, as the bytes of an `.xlsx` file.
pub fn estimate_workbook(
    tables: &Tables,
    lang: Lang,
    raw: &RawInput,
    report: &Report<'_>,
    today: Date,
) -> Result<Vec<u8>, XlsxError> {
    let said = |key: &'static str| say(lang, &Text::new(key));
    let formats = Formats {
        heading: Format::new().set_bold(),
        money: Format::new().set_num_format("$#,##0.00"),
        number: Format::new().set_num_format("#,##0.####"),
    };
    let estimate = &report.estimate;
    let api = ApiEstimate::new(tables, lang, report);
    let mut workbook = Workbook::new();
    // The file says the day it was made, not the second: nothing more about when it was asked.
    let made = ExcelDateTime::from_ymd(today.year() as u16, today.month() as u8, today.day() as u8)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(said("site-name"))
            .set_creation_datetime(&made),
    );
    let scenario_heading = || vec![String::new(), said("xlsx-low"), said("xlsx-typical"), said("xlsx-high")];

    // What the file is, the answers, and the totals.
    let mut sheet = add_sheet(&mut workbook, lang, "xlsx-sheet-summary", &[44.0, 18.0, 18.0, 18.0])?;
    for [label, value] in about_rows(tables, lang, raw, today) {
        sheet.write(&[text(label), text(value)], &formats)?;
    }
    sheet.row += 1;
    sheet.heading(&scenario_heading(), &formats)?;
    let totals = &estimate.totals;
    for (key, amounts) in [
        ("xlsx-total-billed-medical", &totals.billed_medical),
        ("xlsx-total-sponsor-pays", &totals.sponsor_pays),
        ("xlsx-total-insurer-pays", &totals.insurer_pays),
        ("xlsx-total-benefit-pays", &totals.benefit_pays),
        ("xlsx-total-family-medical", &totals.family_medical),
        ("xlsx-total-non-medical", &totals.non_medical),
        ("xlsx-total-lost-income", &totals.lost_income),
        ("xlsx-total-family-total", &totals.family_total),
    ] {
        sheet.write(&scenario_cells(said(key), amounts), &formats)?;
    }

    // Every line, as in the CSV.
    let mut sheet = add_sheet(&mut workbook, lang, "xlsx-sheet-lines", &[14.0, 40.0])?;
    let columns: Vec<String> = CSV_HEADER
        .iter()
        .map(|column| say(lang, &Text::keyed(format!("csv-{column}"))))
        .collect();
    sheet.heading(&columns, &formats)?;
    for line in &estimate.lines {
        sheet.write(&line_cells(tables, lang, line), &formats)?;
    }
    let made_on = today.to_string();
    sheet.write(&totals_cells(lang, estimate, &made_on, tables.data_as_of()), &formats)?;

    // Medical bills by plan year.
    let mut sheet = add_sheet(
        &mut workbook,
        lang,
        "xlsx-sheet-plan-years",
        &[30.0, 36.0, 16.0, 16.0, 16.0],
    )?;
    let mut heading = vec![said("xlsx-plan-year")];
    heading.extend(scenario_heading());
    sheet.heading(&heading, &formats)?;
    for year in &estimate.plan_years {
        let label = say(lang, &year.label);
        for (key, amounts) in [
            ("xlsx-year-billed", &year.billed),
            ("xlsx-year-insurer-pays", &year.insurer_pays),
            ("xlsx-year-cost-sharing", &year.family_cost_sharing),
            ("xlsx-year-not-covered", &year.family_not_covered),
            ("xlsx-year-family-medical", &year.family_medical),
        ] {
            let mut cells = vec![text(label.clone())];
            cells.extend(scenario_cells(said(key), amounts));
            sheet.write(&cells, &formats)?;
        }
        if let Some(limit) = year.limit {
            let limit = Scenarios::same(limit);
            let mut cells = vec![text(label.clone())];
            cells.extend(scenario_cells(said("xlsx-year-limit"), &limit));
            sheet.write(&cells, &formats)?;
        }
    }

    // Month by month, typical case.
    let mut sheet = add_sheet(
        &mut workbook,
        lang,
        "xlsx-sheet-months",
        &[16.0, 16.0, 16.0, 16.0, 16.0],
    )?;
    sheet.heading(
        &[
            said("xlsx-month"),
            said("xlsx-month-medical"),
            said("xlsx-month-living"),
            said("xlsx-month-lost-pay"),
            said("xlsx-month-total"),
        ],
        &formats,
    )?;
    for month in &report.cash_flow.months {
        let name = match month.month {
            MonthOf::Calendar { year, month } => format!("{year}-{month:02}"),
            MonthOf::FromFirstVisit(n) => say(
                lang,
                &crate::text!(
                    "xlsx-month-from-first-visit",
                    n = crate::core::text::Arg::Count(n.unsigned_abs())
                ),
            ),
        };
        sheet.write(
            &[
                text(name),
                Cell::Money(month.medical),
                Cell::Money(month.living),
                Cell::Money(month.lost_pay),
                Cell::Money(month.total),
            ],
            &formats,
        )?;
    }

    // Aid programs.
    let mut sheet = add_sheet(
        &mut workbook,
        lang,
        "xlsx-sheet-aid",
        &[22.0, 36.0, 44.0, 60.0, 36.0, 16.0, 16.0],
    )?;
    sheet.heading(
        &[
            said("xlsx-aid-fit"),
            said("xlsx-aid-program"),
            said("xlsx-aid-pays-for"),
            said("xlsx-aid-check"),
            said("xlsx-aid-website"),
            said("xlsx-aid-phone"),
            said("xlsx-aid-spanish-phone"),
        ],
        &formats,
    )?;
    let fits = [
        ("xlsx-aid-worth-applying", &api.aid_programs.worth_applying),
        ("xlsx-aid-likely-not", &api.aid_programs.likely_not),
    ];
    for (fit, programs) in fits {
        for program in programs.iter() {
            let reasons = if program.check.is_empty() {
                &program.not_for_you
            } else {
                &program.check
            };
            sheet.write(
                &[
                    text(said(fit)),
                    text(program.name.clone()),
                    text(program.pays_for.clone()),
                    text(reasons.join(" ")),
                    text(program.contact_url.unwrap_or_default().to_string()),
                    text(program.phone.unwrap_or_default().to_string()),
                    text(program.spanish_phone.unwrap_or_default().to_string()),
                ],
                &formats,
            )?;
        }
    }

    // Notes.
    let mut sheet = add_sheet(&mut workbook, lang, "xlsx-sheet-notes", &[24.0, 100.0, 30.0])?;
    sheet.heading(
        &[said("xlsx-note-group"), said("xlsx-note"), said("xlsx-sources")],
        &formats,
    )?;
    for note in &api.notes {
        sheet.write(
            &[
                text(wire_id(&note.group)),
                text(note.text.clone()),
                text(note.sources.join("; ")),
            ],
            &formats,
        )?;
    }

    // Sources.
    let mut sheet = add_sheet(
        &mut workbook,
        lang,
        "xlsx-sheet-sources",
        &[28.0, 60.0, 30.0, 12.0, 12.0, 14.0, 50.0],
    )?;
    sheet.heading(
        &[
            said("xlsx-source-id"),
            said("xlsx-source-title"),
            said("xlsx-source-publisher"),
            said("xlsx-source-published"),
            said("xlsx-source-retrieved"),
            said("xlsx-source-quality"),
            said("xlsx-source-address"),
        ],
        &formats,
    )?;
    for source in &api.sources {
        sheet.write(
            &[
                text(source.id.clone()),
                text(source.title.clone()),
                text(source.publisher.clone()),
                text(source.published.clone()),
                text(source.retrieved.clone()),
                text(wire_id(&source.quality)),
                text(source.url.clone()),
            ],
            &formats,
        )?;
    }
    workbook.save_to_buffer()
}
