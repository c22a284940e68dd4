//! Loading tables of dated figures: overlapping or unordered periods refused, and how each
//! row's dating is read for the freshness check.

use super::dating::{Dating, read_dating};
use super::reader::TableText;
use super::tests::parse_with;
use crate::data_files::embedded;

/// Two rows of the same figure whose periods overlap are refused in every dated table, at
/// the later row's `valid_from`: here the last row of each file, given again.
#[test]
fn every_dated_table_refuses_a_figure_given_twice_for_one_period() {
    for file in [
        "unit_costs.csv",
        "insurance_presets.csv",
        "tax_rules.csv",
        "paid_leave.csv",
        "conditioning_regimens.csv",
        "product_prices.csv",
    ] {
        let text = embedded(file).unwrap();
        let last = text.lines().last().unwrap();
        let twice = format!("{}{last}\n", text.trim_end_matches('\n').to_string() + "\n");
        let error = parse_with(file, &twice).unwrap_err();
        assert_eq!(error.line, twice.lines().count() as u64, "{file}: {}", error.reason);
        assert_eq!(
            error.column.map(|(_, name)| name).as_deref(),
            Some("valid_from"),
            "{file}: {}",
            error.reason
        );
        assert!(error.reason.contains("overlaps"), "{file}: {}", error.reason);
    }
}

/// GSA's periods are whole fiscal years, so a rate given twice for one year is a second season
/// over the same days, and a year listed after a later one is out of order.
#[test]
fn gsa_rates_given_twice_or_out_of_order_are_refused() {
    let text = embedded("gsa_per_diem.csv").unwrap();
    let last = text.lines().last().unwrap();
    let twice = format!("{text}{last}\n");
    let error = parse_with("gsa_per_diem.csv", &twice).unwrap_err();
    assert_eq!(error.line, twice.lines().count() as u64);
    assert!(error.reason.contains("falls in 2 seasons"), "{}", error.reason);
    // Durham's FY2026 row again after its FY2027 row.
    let fy2026 = text
        .lines()
        .find(|l| l.starts_with("nc-durham,") && l.contains("2025-10-01"))
        .unwrap();
    let fy2027 = text
        .lines()
        .find(|l| l.starts_with("nc-durham,") && l.contains("2026-10-01"))
        .unwrap();
    let swapped = text.replace(&format!("{fy2026}\n{fy2027}"), &format!("{fy2027}\n{fy2026}"));
    assert_ne!(swapped, text);
    let error = parse_with("gsa_per_diem.csv", &swapped).unwrap_err();
    assert!(
        error.reason.contains("starts before the one above it"),
        "{}",
        error.reason
    );
    assert_eq!(error.column.map(|(_, name)| name).as_deref(), Some("valid_from"));
}

/// A row's dating is read from whichever columns its table has; a row with none is undated.
#[test]
fn each_row_is_dated_by_its_period_year_or_data_date() {
    let text = "id,value,valid_from,valid_to,as_of\n\
                a,1,2026-01-01,2026-12-31,\n\
                a,2,2027-01-01,,\n\
                b,3,,,2022\n\
                c,4,,,\n";
    let table = TableText {
        file: "data/x.csv",
        text,
    };
    let rows = read_dating(&table, &["id"]).unwrap();
    let dating: Vec<(&str, &Dating)> = rows.iter().map(|r| (r.figure.as_str(), &r.dating)).collect();
    assert!(matches!(dating[0], ("a", Dating::Period(p)) if p.to.is_some()));
    assert!(matches!(dating[1], ("a", Dating::Period(p)) if p.to.is_none()));
    assert_eq!(dating[2], ("b", &Dating::AsOf("2022".to_string())));
    assert_eq!(dating[3], ("c", &Dating::Undated));
    assert_eq!(rows[3].line, 5);
    let years = "region,year\nalaska,2025\nalaska,2026\n";
    let rows = read_dating(
        &TableText {
            file: "data/p.csv",
            text: years,
        },
        &["region"],
    )
    .unwrap();
    assert_eq!(rows[1].dating, Dating::Year(2026));
}
