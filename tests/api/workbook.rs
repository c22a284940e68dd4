//! The workbook (`/estimate.xlsx`) and the CSV's block that says whose estimate it is.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use serde_json::Value;

use crate::helpers::{DURHAM, TODAY, query, spawn_app};

fn workbook(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes)).expect("the workbook opens")
}

/// The rows of a sheet, as calamine reads them.
fn rows(book: &mut Xlsx<Cursor<Vec<u8>>>, sheet: &str) -> Vec<Vec<Data>> {
    let range = book.worksheet_range(sheet).unwrap_or_else(|e| panic!("{sheet}: {e}"));
    range.rows().map(<[Data]>::to_vec).collect()
}

fn money(json: &Value) -> f64 {
    json.as_str().unwrap().parse().unwrap()
}

#[tokio::test]
async fn the_workbook_opens_and_its_totals_are_the_jsons() {
    let app = spawn_app().await;
    let answers = query(&DURHAM);
    let response = app.get(&format!("/estimate.xlsx?{answers}")).await;
    assert_eq!(response.status().as_u16(), 200);
    let headers = response.headers().clone();
    assert_eq!(
        headers["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(
        headers["content-disposition"],
        format!("attachment; filename=\"car-t-cost-estimate-{TODAY}.xlsx\"").as_str()
    );
    let mut book = workbook(response.bytes().await.unwrap().to_vec());
    assert_eq!(
        book.sheet_names(),
        [
            "Summary",
            "Lines",
            "Plan years",
            "Months",
            "Aid programs",
            "Notes",
            "Sources"
        ]
    );
    let json: Value = app
        .get(&format!("/estimate.json?{answers}"))
        .await
        .json()
        .await
        .unwrap();
    let family = &json["totals"]["family_total"];

    // The line sheet's totals row: money as numbers, equal to the JSON's.
    let lines = rows(&mut book, "Lines");
    let header: Vec<String> = lines[0].iter().map(ToString::to_string).collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let total = lines.iter().find(|row| row[0] == Data::String("total".into())).unwrap();
    for (scenario, name) in [
        ("low", "family_pays_low"),
        ("typical", "family_pays_typical"),
        ("high", "family_pays_high"),
    ] {
        assert_eq!(total[column(name)], Data::Float(money(&family[scenario])), "{scenario}");
    }
    assert_eq!(total[column("sponsor_pays_typical")], Data::Float(425_000.0));
    // Every line of the JSON has its row, and each line's family share is the JSON's.
    assert_eq!(lines.len(), 1 + json["lines"].as_array().unwrap().len() + 1);
    for line in json["lines"].as_array().unwrap() {
        let row = lines
            .iter()
            .find(|row| row[0] == Data::String(line["id"].as_str().unwrap().into()))
            .unwrap();
        match line["family_pays"]["typical"].as_str() {
            Some(amount) => assert_eq!(row[column("family_pays_typical")], Data::Float(amount.parse().unwrap())),
            None => assert_eq!(row[column("family_pays_typical")], Data::Empty),
        }
    }
    // The lodging line: 61 nights at $121, as numbers.
    let lodging = lines
        .iter()
        .find(|row| row[0] == Data::String("lodging".into()))
        .unwrap();
    assert_eq!(lodging[column("quantity_typical")], Data::Float(61.0));
    assert_eq!(lodging[column("rate_typical")], Data::Float(121.0));

    // The summary says whose estimate it is, and its totals are the JSON's too.
    let summary = rows(&mut book, "Summary");
    let value = |label: &str| {
        summary
            .iter()
            .find(|row| row[0] == Data::String(label.into()))
            .map(|row| row[1].clone())
            .unwrap_or_else(|| panic!("no {label} row"))
    };
    assert_eq!(value("Made on"), Data::String(TODAY.to_string()));
    assert!(matches!(value("Data as of"), Data::String(date) if date.starts_with("20")));
    assert_eq!(value("Treatment center"), Data::String("Durham, NC (Duke)".into()));
    assert_eq!(value("The patient's health coverage"), Data::String("Medicaid".into()));
    assert_eq!(value("The family's total"), Data::Float(money(&family["low"])));
    let total_row = summary
        .iter()
        .find(|row| row[0] == Data::String("The family's total".into()))
        .unwrap();
    assert_eq!(total_row[2], Data::Float(money(&family["typical"])));

    // The other sheets hold what the page does.
    let sources = rows(&mut book, "Sources");
    assert_eq!(sources.len() - 1, json["sources"].as_array().unwrap().len());
    let notes = rows(&mut book, "Notes");
    assert_eq!(notes.len() - 1, json["notes"].as_array().unwrap().len());
    let months = rows(&mut book, "Months");
    assert_eq!(months.len() - 1, json["cash_flow"]["months"].as_array().unwrap().len());
    assert!(rows(&mut book, "Plan years").len() > 1);
    let aid = rows(&mut book, "Aid programs");
    let programs = json["aid_programs"]["worth_applying"].as_array().unwrap().len()
        + json["aid_programs"]["likely_not"].as_array().unwrap().len();
    assert_eq!(aid.len() - 1, programs);

    // Nothing in it is a formula: words are text cells.
    for sheet in book.sheet_names() {
        let formulas = book.worksheet_formula(&sheet).unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "{sheet} has a formula"
        );
    }
}

#[tokio::test]
async fn the_workbook_speaks_spanish_and_refuses_bad_answers() {
    let app = spawn_app().await;
    let response = app.get(&format!("/estimate.xlsx?{}&lang=es", query(&DURHAM))).await;
    let book = workbook(response.bytes().await.unwrap().to_vec());
    assert_eq!(book.sheet_names()[0], "Resumen");
    let response = app.get("/estimate.xlsx?condition=sle&center=durham").await;
    assert_eq!(response.status().as_u16(), 422);
}

#[tokio::test]
async fn the_csv_says_whose_estimate_it_is_before_its_lines() {
    let app = spawn_app().await;
    let body = app
        .get(&format!("/estimate.csv?{}", query(&DURHAM)))
        .await
        .text()
        .await
        .unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.trim_start_matches('\u{feff}').as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&records[0][0], "CAR-T Cost & Access Estimator");
    let value = |label: &str| {
        records
            .iter()
            .find(|r| &r[0] == label)
            .map(|r| r[1].to_string())
            .unwrap_or_else(|| panic!("no {label}"))
    };
    assert_eq!(value("Made on"), TODAY.to_string());
    assert_eq!(value("App version"), env!("CARGO_PKG_VERSION"));
    assert_eq!(value("Treatment center"), "Durham, NC (Duke)");
    assert_eq!(value("Or type the distance to the center"), "180");
    // A pay-per answer is listed only with its pay.
    assert_eq!(records.iter().filter(|r| &r[0] == "That pay is").count(), 0);
    // A blank row, then the columns.
    let blank = records.iter().position(|r| r.len() == 1 && r[0].is_empty()).unwrap();
    assert_eq!(&records[blank + 1][0], "line");
}
