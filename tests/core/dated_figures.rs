//! Figures on the calendar: each cost priced with the figure in force on its day, and a year
//! whose figures are not out yet said as such (issue 17).

use cart_estimator::core::data_gaps::GapKind;
use cart_estimator::core::estimate::estimate;
use cart_estimator::core::input::Input;
use cart_estimator::core::lines::LineId;
use cart_estimator::core::scenarios::Scenarios;
use cart_estimator::core::tables::{Dating, FIGURE_TABLES, Period, TableFile};
use jiff::civil::date;
use rust_decimal_macros::dec;

use crate::fixtures::{English, durham_with, estimate_for, raw, tables};

/// Mayo Clinic, Rochester MN, 80 miles away (visits are day trips), a hotel, one caregiver,
/// from 21 September 2026: 5 nights before admission, 10 days in hospital, 5 nearby.
const ACROSS_1_OCTOBER: [(&str, &str); 8] = [
    ("center", "rochester_mn"),
    ("home_state", "WI"),
    ("distance_miles", "80"),
    // 80 miles is a drive of 1.6 hours: the family would sleep at home; this test is about
    // the nights near the center.
    ("stay_nearby", "lodging"),
    ("conditioning_nights", "5"),
    ("hospital_days", "10"),
    ("nearby_days", "5"),
    ("start_date", "2026-09-21"),
];

#[test]
fn a_stay_across_1_october_pays_each_fiscal_years_rate_for_its_nights() {
    let e = estimate_for(&durham_with(&ACROSS_1_OCTOBER));
    let lodging = e.line(LineId::Lodging).unwrap();
    // 5 + 10 + 5 = 20 room-nights, 21 September to 10 October: 10 nights in FY2026 at $127 and
    // 10 in FY2027 at $139: 1,270 + 1,390 = 2,660. Low and high price all 20 nights at the
    // lower and the higher of the two rates: 2,540 and 2,780.
    assert_eq!(lodging.quantity, Scenarios::same(dec!(20)));
    assert_eq!(lodging.cost, Some(Scenarios::new(dec!(2540), dec!(2660), dec!(2780))));
    // The typical rate shown is the average night: 2,660 / 20 = 133.
    assert_eq!(lodging.rate.unwrap().typical, dec!(133));
    assert!(
        lodging.basis.en().contains("(FY2026 and FY2027)"),
        "{}",
        lodging.basis.en()
    );
    for year in ["gsa-per-diem-fy2026", "gsa-per-diem-fy2027"] {
        assert!(lodging.sources.iter().any(|s| s == year), "{year}");
    }
    // Meals are $80 a day in both years: (patient 5 + 5 nights away, caregiver 20) × 80.
    assert_eq!(e.line(LineId::Meals).unwrap().cost, Some(Scenarios::same(dec!(2400))));
    // Both fiscal years are published, so no GSA figure is reused; the visits run into 2027
    // and 2028, whose IRS mileage rates are not out, so 2026's are used and said to be.
    assert!(e.data_gaps.iter().all(|g| g.kind != GapKind::GsaPerDiem));
    let mileage: Vec<(i16, i16)> = e
        .data_gaps
        .iter()
        .filter(|g| g.kind == GapKind::Mileage)
        .map(|g| (g.year_needed, g.year_used))
        .collect();
    assert!(
        mileage.contains(&(2027, 2026)) && mileage.contains(&(2028, 2026)),
        "{mileage:?}"
    );

    // The same stay a year later is all in FY2027: 20 × 139 = 2,780.
    let mut later = durham_with(&ACROSS_1_OCTOBER);
    later.push(("start_date", "2027-01-11"));
    let later = estimate_for(&later);
    assert_eq!(later.line(LineId::Lodging).unwrap().cost.unwrap().typical, dec!(2780));
}

#[test]
fn a_marketplace_plan_from_march_2027_has_2027s_limit_and_reuses_it_for_2028() {
    let e = estimate_for(&durham_with(&[
        ("start_date", "2027-03-01"),
        ("insurance", "marketplace"),
    ]));
    // Marketplace plans run by calendar year. 2027's legal limit for one person is $12,000;
    // 2028's is not out, so 2027's is used and recorded as reused.
    let years: Vec<(String, Option<rust_decimal::Decimal>)> =
        e.plan_years.iter().map(|y| (y.label.en(), y.limit)).collect();
    assert_eq!(years[0], ("2027".to_string(), Some(dec!(12000))));
    assert_eq!(years[1], ("2028".to_string(), Some(dec!(12000))));
    let plan: Vec<(String, i16, i16)> = e
        .data_gaps
        .iter()
        .filter(|g| g.kind == GapKind::PlanFigure)
        .map(|g| (g.parameter.clone(), g.year_needed, g.year_used))
        .collect();
    assert!(
        plan.contains(&("insurance_presets:marketplace".to_string(), 2028, 2027)),
        "{plan:?}"
    );
    assert!(
        plan.iter().all(|(_, needed, _)| *needed != 2027),
        "2027's figures are out"
    );
    // The family's first year stops at the 2027 limit: the stay alone passes it.
    assert_eq!(e.plan_years[0].family_cost_sharing.typical, dec!(12000));
}

#[test]
fn without_a_start_date_the_figures_are_those_in_force_today() {
    // Asked on 2 December 2026, in FY2027: Durham's hotel rate is FY2027's $124 (FY2026's $121
    // ended on 30 September), and 2027's plan limit holds from 1 January.
    let answers = raw(&durham_with(&[("insurance", "marketplace")]));
    let input = Input::parse(&answers, tables(), date(2026, 12, 2)).unwrap();
    let e = estimate(tables(), &input);
    let lodging = e.line(LineId::Lodging).unwrap();
    assert_eq!(lodging.rate, Some(Scenarios::same(dec!(124))));
    assert_eq!(lodging.cost.unwrap().typical, dec!(61) * dec!(124));
    assert!(lodging.sources.iter().any(|s| s == "gsa-per-diem-fy2027"));
    assert!(!lodging.sources.iter().any(|s| s == "gsa-per-diem-fy2026"));
    // Plan year 1 runs from today: 2026's $10,600 is in force on its first day.
    assert_eq!(e.plan_years[0].limit, Some(dec!(10600)));
}

/// Every figure the estimate could use on any day of the next two years says when it holds:
/// a period, a guideline year or the date of its data. A year not published yet is fine (the
/// latest figure is reused and said to be); a figure with no date at all is not.
#[test]
fn every_figure_in_use_over_the_next_two_years_is_dated() {
    let mut undated: Vec<String> = Vec::new();
    let mut checked = 0;
    for table in tables().dating() {
        let mut day = crate::fixtures::TODAY;
        let last = day.saturating_add(jiff::Span::new().years(2));
        while day <= last {
            for row in table.in_use_on(day) {
                checked += 1;
                if row.dating == Dating::Undated {
                    let what = format!("{}, line {} ({})", table.table.name(), row.line, row.figure);
                    if !undated.contains(&what) {
                        undated.push(what);
                    }
                }
            }
            day = day.saturating_add(jiff::Span::new().days(7));
        }
    }
    assert!(undated.is_empty(), "figures with no period: {undated:#?}");
    // Every table of figures was looked at, on every week.
    assert_eq!(tables().dating().len(), FIGURE_TABLES.len());
    assert!(checked > 100 * 105, "{checked}");
}

/// On a day past a period's end, the latest figure is the one in use (GSA's FY2027 rates for
/// a night in FY2028), and a figure whose period holds the day is used as it is.
#[test]
fn the_figure_in_use_is_the_one_holding_the_day_or_the_latest() {
    let gsa = dating_of(TableFile::GsaPerDiem);
    let durham = |day| -> Vec<Dating> {
        gsa.in_use_on(day)
            .into_iter()
            .filter(|row| row.figure == "nc-durham")
            .map(|row| row.dating.clone())
            .collect()
    };
    let fy = |from: &str, to: &str| Dating::Period(Period::parse(from, to).unwrap());
    assert_eq!(durham(date(2026, 6, 1)), [fy("2025-10-01", "2026-09-30")]);
    assert_eq!(durham(date(2026, 12, 2)), [fy("2026-10-01", "2027-09-30")]);
    assert_eq!(durham(date(2028, 1, 15)), [fy("2026-10-01", "2027-09-30")]);
    // The Sources page lists both fiscal years.
    assert_eq!(
        gsa.periods(),
        [fy("2025-10-01", "2026-09-30"), fy("2026-10-01", "2027-09-30")].map(|d| match d {
            Dating::Period(p) => p,
            _ => unreachable!(),
        })
    );
}

/// Medicare's CAR-T payment limits hold for a quarter (Q2 2026: April to June). Used for a
/// treatment after that quarter they are recorded as reused; a launch price does not expire.
#[test]
fn medicares_quarterly_product_limit_is_said_to_be_reused_after_its_quarter() {
    let product_gaps = |start: &str, basis: &str| -> Vec<(String, i16, i16)> {
        estimate_for(&durham_with(&[
            ("route", "approved"),
            ("price_basis", basis),
            ("start_date", start),
        ]))
        .data_gaps
        .iter()
        .filter(|g| g.parameter.starts_with("product_prices:"))
        .map(|g| (g.parameter.clone(), g.year_needed, g.year_used))
        .collect()
    };
    // Inside the quarter (TODAY is 1 June 2026): nothing reused.
    assert_eq!(product_gaps("2026-06-15", "medicare_2026"), vec![]);
    // A treatment in the autumn of 2026 and one in 2027 both reuse Q2 2026's limits.
    let autumn = product_gaps("2026-10-05", "medicare_2026");
    assert_eq!(autumn, vec![("product_prices:medicare_2026".to_string(), 2026, 2026)]);
    let next_year = product_gaps("2027-03-01", "medicare_2026");
    assert_eq!(
        next_year,
        vec![("product_prices:medicare_2026".to_string(), 2027, 2026)]
    );
    assert_eq!(product_gaps("2027-03-01", "launch_list"), vec![]);
    // Reused within its own year, the sentence names the quarter, not "2026's for 2026".
    let e = estimate_for(&durham_with(&[
        ("route", "approved"),
        ("price_basis", "medicare_2026"),
        ("start_date", "2026-10-05"),
    ]));
    let said: Vec<String> = cart_estimator::core::data_gaps::sentences(&e.data_gaps)
        .iter()
        .map(|t| t.en())
        .collect();
    assert!(
        said.iter()
            .any(|s| s.contains("for 2026 we use the latest we found, from an earlier quarter of 2026")),
        "{said:#?}"
    );
}

/// Aid programs' limits are dated by the day each program's own page was last read.
#[test]
fn aid_programs_are_dated_by_the_day_they_were_checked() {
    let aid = dating_of(TableFile::AidPrograms);
    assert!(!aid.rows.is_empty());
    assert!(
        aid.rows
            .iter()
            .all(|row| matches!(&row.dating, Dating::AsOf(day) if day.len() == 10))
    );
}

/// How the rows of a table of figures are dated.
fn dating_of(file: TableFile) -> &'static cart_estimator::core::tables::TableDating {
    tables()
        .dating()
        .iter()
        .find(|t| t.table == file)
        .unwrap_or_else(|| panic!("{} is a table of figures", file.name()))
}
