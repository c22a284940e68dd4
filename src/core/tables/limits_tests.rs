//! The limits every cell is read within (issue 22): numbers too large to be true, numbers
//! with an exponent or not numbers at all, overlong text, files that cannot be read, and
//! tables far longer than the bundled ones, which must load in time proportional to their rows.

use super::reader::unique_ids;
use super::tests::{column, edited, line_of, parse_with};
use super::*;
use crate::data_files::embedded;

/// The air fare the outside review loaded: `Decimal::MAX`, which made every flying estimate
/// panic with "Multiplication overflowed".
const HUGE: &str = "79228162514264337593543950335";

fn airfare(low_typical_high: &str) -> Result<Tables, DataError> {
    let text = edited("unit_costs.csv", "ticket per traveler,470,470,470,", low_typical_high);
    parse_with("unit_costs.csv", &text)
}

#[test]
fn an_overflowing_fare_is_refused_with_file_line_and_column() {
    // As the review wrote it: low, typical and high alike, so that they are in order.
    let error = airfare(&format!("ticket per traveler,{HUGE},{HUGE},{HUGE},")).unwrap_err();
    assert_eq!(error.file, "data/unit_costs.csv");
    assert_eq!(error.line, line_of("unit_costs.csv", "airfare_round_trip"));
    assert_eq!(error.column, column(3, "low"));
    assert_eq!(
        error.reason,
        "\"79228162514264337593…\" is larger than the most this column allows (100,000,000)"
    );
    // Below every table's limit but above this column's.
    let error = airfare("ticket per traveler,470,470,5000000,").unwrap_err();
    assert_eq!(error.column, column(5, "high"));
    assert_eq!(
        error.reason,
        "5000000 is larger than the most this column allows (1,000,000)"
    );
}

#[test]
fn a_number_with_an_exponent_is_refused() {
    let error = airfare("ticket per traveler,470,4.7e2,470,").unwrap_err();
    assert_eq!(error.column, column(4, "typical"));
    assert_eq!(
        error.reason,
        "\"4.7e2\" has an exponent: write the number out in plain digits (470)"
    );
}

#[test]
fn a_bad_number_says_what_was_wrong() {
    let reason = |cells: &str| airfare(cells).unwrap_err().reason;
    assert_eq!(
        reason("ticket per traveler,470,12x,470,"),
        "\"12x\" is not a number: write digits with an optional point, like 1234.50"
    );
    assert_eq!(
        reason("ticket per traveler,-470,470,470,"),
        "\"-470\" is negative: this column must be 0 or more"
    );
    assert_eq!(
        reason("ticket per traveler,470,470.0000001,470,"),
        "\"470.0000001\" has 7 digits after the point; write at most 6"
    );
    assert_eq!(
        reason("ticket per traveler,470,.5,470,"),
        "\".5\" is not a number: write digits with an optional point, like 1234.50"
    );
    // A whole number: a count of days.
    let days = |cell: &str| {
        let text = edited(
            "journey.csv",
            "Days in hospital for the infusion and monitoring,14,",
            &format!("Days in hospital for the infusion and monitoring,{cell},"),
        );
        parse_with("journey.csv", &text).unwrap_err()
    };
    let error = days("1e1");
    assert_eq!(error.column, column(3, "low"));
    assert_eq!(
        error.reason,
        "\"1e1\" is not a whole number: write digits only, like 14"
    );
    assert_eq!(
        days("4294967296").reason,
        "\"4294967296\" is larger than the most this column allows (100,000)"
    );
    assert_eq!(days("-1").reason, "\"-1\" is negative: this column counts from 0");
}

#[test]
fn the_bundled_numbers_read_as_before() {
    for (cell, value) in [("470", "470"), ("0.205", "0.205"), ("13.50", "13.50"), ("007", "7")] {
        let read = super::cells::plain_decimal(cell).unwrap();
        assert_eq!(read.to_string(), value);
    }
    assert_eq!(
        super::cells::plain_decimal("100000000").unwrap(),
        super::cells::MAX_DECIMAL
    );
    assert!(super::cells::plain_decimal("100000000.000001").is_err());
    let zeros = format!("{}1.5", "0".repeat(1_000));
    assert_eq!(super::cells::plain_decimal(&zeros).unwrap().to_string(), "1.5");
    assert_eq!(
        super::cells::plain_decimal("").unwrap_err(),
        "the cell is empty: write a number, like 1234.50"
    );
}

#[test]
fn an_overlong_text_cell_is_refused() {
    // 50 MB in a center's name: every table refuses a cell over 2,000 characters.
    let duke = "durham,Duke,Durham,";
    let name = "x".repeat(50 * 1024 * 1024);
    let text = edited("centers.csv", duke, &format!("durham,{name},Durham,"));
    let error = parse_with("centers.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("centers.csv", "durham,"));
    assert_eq!(error.column, column(2, "name"));
    assert_eq!(
        error.reason,
        "this cell is 52,428,800 characters long; a cell may hold at most 2,000"
    );
    // A name the form lists has a tighter limit.
    let text = edited("centers.csv", duke, &format!("durham,{},Durham,", "é".repeat(201)));
    let error = parse_with("centers.csv", &text).unwrap_err();
    assert_eq!(error.column, column(2, "name"));
    assert_eq!(
        error.reason,
        "this cell is 201 characters long; this column allows at most 200"
    );
    // The ZIP table, read record by record, has the same limit.
    let long = edited(
        "zip_points.csv",
        "00601,18.180555,-66.749961,PR,\n",
        &format!("00601,18.180555,-66.749961,PR,{}\n", "NC;".repeat(700)),
    );
    let error = parse_with("zip_points.csv", &long).unwrap_err();
    assert_eq!((error.line, error.column.clone()), (2, column(5, "other_states")));
    assert!(
        error.reason.starts_with("this cell is 2,100 characters long"),
        "{error}"
    );
}

#[test]
fn each_reason_a_file_cannot_be_read_is_its_own() {
    let problems = [
        ReadProblem::Missing,
        ReadProblem::Folder,
        ReadProblem::NotUtf8 { line: 3 },
        ReadProblem::Unreadable("Permission denied (os error 13)".to_string()),
    ];
    let errors: Vec<DataError> = problems
        .iter()
        .map(|problem| {
            Tables::parse("tables/", |name| {
                if name == "centers.csv" {
                    Err(problem.clone())
                } else {
                    embedded(name).map(str::to_string).ok_or(ReadProblem::Missing)
                }
            })
            .unwrap_err()
        })
        .collect();
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "tables/centers.csv, line 0: the file is missing",
            "tables/centers.csv, line 0: this is a folder, not a file",
            "tables/centers.csv, line 3: the file is not UTF-8 text (this line has the first byte \
             that is not): save it as UTF-8",
            "tables/centers.csv, line 0: the file cannot be read: Permission denied (os error 13)",
        ]
    );
}

/// The bundled `centers.csv` with `extra` more rows: Duke's, with new ids (as `benches/load.rs`).
fn centers_with(extra: usize) -> String {
    let text = embedded("centers.csv").unwrap();
    let duke = text.lines().find_map(|line| line.strip_prefix("durham,")).unwrap();
    let mut out = String::with_capacity(text.len() + extra * (duke.len() + 16));
    out.push_str(text);
    for number in 0..extra {
        out.push_str(&format!("generated_{number},{duke}\n"));
    }
    out
}

#[test]
fn a_hundred_thousand_more_centers_load() {
    // Loading is linear in the rows; the time is a benchmark figure (BENCHMARKS.md,
    // "Loading the tables"), not a test. Before the fix, duplicates were looked for by a scan
    // of every earlier row: about a minute for these rows in a release build.
    let tables = parse_with("centers.csv", &centers_with(100_000)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        tables.centers().len(),
        embedded("centers.csv").unwrap().lines().count() - 1 + 100_000
    );
    let last = tables.center("generated_99999").unwrap();
    assert_eq!((last.name.as_str(), last.gsa_area.as_str()), ("Duke", "nc-durham"));
    // A repeated id is still refused, on the repeat's line.
    let duke = embedded("centers.csv")
        .unwrap()
        .lines()
        .find_map(|line| line.strip_prefix("durham,"))
        .unwrap();
    let repeated = format!("{}generated_10,{duke}\n", centers_with(1_000));
    let error = parse_with("centers.csv", &repeated).unwrap_err();
    assert_eq!(error.line, repeated.lines().count() as u64);
    assert_eq!(
        (error.column, error.reason.as_str()),
        (column(1, "id"), "\"generated_10\" is listed twice")
    );
}

#[test]
fn unique_ids_keep_the_first_of_each_in_order() {
    let ids: Vec<String> = (0..40)
        .chain(0..40)
        .chain([3, 50, 3])
        .map(|n| format!("s{n}"))
        .collect();
    let expected: Vec<String> = (0..40).chain([50]).map(|n| format!("s{n}")).collect();
    assert_eq!(unique_ids(&ids), expected);
    let few: Vec<String> = ["b", "a", "b"].map(String::from).to_vec();
    assert_eq!(unique_ids(&few), ["b", "a"]);
}
