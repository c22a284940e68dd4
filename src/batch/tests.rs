use std::sync::LazyLock;

use super::*;
use crate::data_files::load_embedded;

static TABLES: LazyLock<Tables> = LazyLock::new(|| load_embedded().expect("bundled tables"));
const TODAY: Date = jiff::civil::date(2026, 6, 1);

const HEADER: &str = "condition,route,center,home_state,distance_miles,insurance,household_size,household_income";
const GOOD: &str = "lupus_nephritis,approved,durham,NC,180,employer,3,52000";
const BAD: &str = "lupus_nephritis,trial,durham,NC,-5,medicaid,3,52000";

fn run_on(text: &str, threads: usize) -> Result<(String, Counts), BatchError> {
    let mut output = Vec::new();
    let counts = estimate_csv(&TABLES, TODAY, threads, text.as_bytes(), &mut output, None)?;
    Ok((String::from_utf8(output).expect("UTF-8 out"), counts))
}

/// The value of `column` in each output row.
fn column(output: &str, column: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(output.as_bytes());
    let at = reader.headers().unwrap().iter().position(|c| c == column).unwrap();
    reader.records().map(|r| r.unwrap()[at].to_string()).collect()
}

#[test]
fn rows_come_out_in_the_order_they_went_in_on_every_thread() {
    // Distances 1 to 500: each row's figures differ, so a row out of place shows.
    let mut file = String::from("condition,route,center,home_state,distance_miles,insurance\n");
    for miles in 1..=500 {
        file.push_str(&format!("sle,trial,durham,NC,{miles},employer\n"));
    }
    let (one, _) = run_on(&file, 1).unwrap();
    let (four, counts) = run_on(&file, 4).unwrap();
    assert_eq!(one, four);
    assert_eq!(
        counts,
        Counts {
            households: 500,
            refused: 0
        }
    );
    let miles = column(&four, "distance_miles");
    assert_eq!(miles, (1..=500).map(|m| m.to_string()).collect::<Vec<_>>());
}

#[test]
fn a_bad_household_gets_its_errors_and_the_others_their_figures() {
    let (output, counts) = run_on(&format!("{HEADER}\n{GOOD}\n{BAD}\n{GOOD}\n"), 2).unwrap();
    assert_eq!(
        counts,
        Counts {
            households: 3,
            refused: 1
        }
    );
    let errors = column(&output, "error");
    assert_eq!(errors[0], "");
    assert!(errors[1].starts_with("distance_miles: "), "{}", errors[1]);
    assert_eq!(errors[2], "");
    let totals = column(&output, "family_total_typical");
    assert_eq!(totals[0], totals[2]);
    assert_eq!(totals[1], "");
    assert_eq!(
        totals[0].split_once('.').map(|(_, cents)| cents.len()),
        Some(2),
        "{}",
        totals[0]
    );
    assert_eq!(column(&output, "poverty_pct")[0], "190.34");
    assert_eq!(column(&output, "catastrophic_high")[0], "true");
}

#[test]
fn a_row_that_cannot_be_read_is_refused_and_a_short_one_is_blank_at_the_end() {
    let long = format!("{GOOD},extra");
    let short = "lupus_nephritis,trial,durham,NC,180,medicaid";
    let mut bytes = format!("{HEADER}\n{long}\n{short}\n").into_bytes();
    // A Latin-1 é where UTF-8 is expected.
    bytes.extend_from_slice(b"lupus_nephritis,trial,durham,NC,180,medicaid,3,\xe9\n");
    let mut output = Vec::new();
    let counts = estimate_csv(&TABLES, TODAY, 1, bytes.as_slice(), &mut output, None).unwrap();
    let output = String::from_utf8(output).unwrap();
    assert_eq!(
        counts,
        Counts {
            households: 3,
            refused: 2
        }
    );
    let errors = column(&output, "error");
    assert!(errors[0].contains("has 9 cells"), "{}", errors[0]);
    assert_eq!(errors[1], "");
    assert!(errors[2].contains("not UTF-8"), "{}", errors[2]);
}

#[test]
fn a_column_that_is_not_a_field_stops_the_run() {
    let error = run_on("condition,center,househld_size\nsle,durham,3\n", 1).unwrap_err();
    assert!(
        error.to_string().contains("\"househld_size\" is not a field"),
        "{error}"
    );
    let error = run_on("condition,condition\nsle,sle\n", 1).unwrap_err();
    assert!(error.to_string().contains("twice"), "{error}");
    assert!(matches!(run_on("", 1), Err(BatchError::Header(_))));
}

#[test]
fn a_spreadsheets_byte_order_mark_and_formulas_are_handled() {
    let (output, counts) = run_on(
        &format!("\u{feff}{HEADER}\n=1+1,trial,durham,NC,180,medicaid,3,52000\n"),
        1,
    )
    .unwrap();
    assert_eq!(counts.refused, 1);
    assert_eq!(column(&output, "condition"), ["'=1+1"]);
    assert!(output.starts_with("condition,"));
}

#[test]
fn no_output_column_is_also_a_field() {
    let header = Columns::read(&ByteRecord::from(vec!["condition"]))
        .unwrap()
        .output_header();
    for name in &header[1..] {
        assert!(
            !crate::core::input::RawInput::field_names().any(|field| field == name),
            "{name}"
        );
    }
}
