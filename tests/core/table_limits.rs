//! Tables at their limits: every price, rate, count and distance rule at the most (or, for
//! the road speed, the least) its column allows, and the most extreme households the form
//! accepts. The estimate and the whole report (levers, timeline, plan years, burden, tax) never
//! overflow: docs/model.md, "Why no sum can overflow".

use cart_estimator::core::estimate::estimate;
use cart_estimator::core::input::{Input, RawInput};
use cart_estimator::core::report::report_for;
use cart_estimator::core::tables::{ReadProblem, Tables, UnitCostId};
use cart_estimator::data_files::embedded;
use rust_decimal::Decimal;

use crate::fixtures::TODAY;

/// `text` with the non-blank cells that `value` names changed: it is given the column's name
/// and the row's first two cells (`employer,deductible`).
fn rewritten(text: &str, value: impl Fn(&str, &str) -> Option<&'static str>) -> String {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&headers).unwrap();
    for record in reader.records() {
        let record = record.unwrap();
        let key = format!("{},{}", &record[0], &record[1]);
        let cells = headers
            .iter()
            .zip(record.iter())
            .map(|(column, cell)| match value(column, &key) {
                Some(new) if !cell.is_empty() => new,
                _ => cell,
            });
        writer.write_record(cells).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

/// The most each figure may be, table by table (for the road speed, the least: the most hours).
fn most(file: &str, column: &str, key: &str) -> Option<&'static str> {
    let scenario = matches!(column, "low" | "typical" | "high");
    match file {
        "unit_costs.csv" if scenario => Some("1000000"),
        "product_prices.csv" if scenario => Some("10000000"),
        "journey.csv" if scenario => Some(if key.starts_with("follow_up_years") {
            "15"
        } else {
            "1000"
        }),
        "hospital_day_costs.csv" if column == "cost" => Some("100000"),
        "gsa_per_diem.csv" if matches!(column, "lodging" | "meals") => Some("10000"),
        "counting_rules.csv" if column == "value" => Some(if key.starts_with("working_days_per_week") {
            "7"
        } else {
            "1000"
        }),
        "conditioning_regimens.csv" => match column {
            "body_surface_m2" => Some("3"),
            "fludarabine_mg_per_m2" | "cyclophosphamide_mg_per_m2" => Some("3000"),
            "fludarabine_days" | "cyclophosphamide_days" => Some("10"),
            _ => None,
        },
        "insurance_presets.csv" if column == "value" => Some(if key.ends_with("_pct") { "100" } else { "1000000" }),
        "tax_rules.csv" if column == "value" => Some(if key.starts_with("income_floor_pct") {
            "100"
        } else {
            "1000000"
        }),
        "travel_benefit_terms.csv" if column == "value" => Some("1000000"),
        "poverty_guidelines.csv" if matches!(column, "first_person" | "each_additional") => Some("1000000"),
        "cost_sharing_reductions.csv" if matches!(column, "oop_max" | "oop_max_family") => Some("1000000"),
        "paid_leave.csv" => match column {
            "caregiving_weeks" => Some("52"),
            "rate_low_pct" | "rate_high_pct" => Some("100"),
            "high_rate_max_yearly_pay" => Some("10000000"),
            "weekly_max" => Some("100000"),
            _ => None,
        },
        "distance_rules.csv" if scenario => match key.split(',').next() {
            Some("road_detour_factor") => Some("3"),
            Some("earth_radius_miles" | "fly_above_miles") => Some("10000"),
            Some("road_speed_mph") => Some("0.000001"),
            _ => None,
        },
        _ => None,
    }
}

/// The least each figure may be, table by table (0, or the least above it).
fn least(file: &str, column: &str, key: &str) -> Option<&'static str> {
    let scenario = matches!(column, "low" | "typical" | "high");
    let tiny = "0.000001";
    match file {
        "unit_costs.csv" | "product_prices.csv" | "journey.csv" if scenario => Some("0"),
        "hospital_day_costs.csv" if column == "cost" => Some(tiny),
        "gsa_per_diem.csv" if matches!(column, "lodging" | "meals") => Some(tiny),
        "counting_rules.csv" if column == "value" => Some(if key.starts_with("working_days_per_week") {
            "1"
        } else {
            "0"
        }),
        "conditioning_regimens.csv" => match column {
            "body_surface_m2" | "fludarabine_days" | "cyclophosphamide_days" => Some("1"),
            "fludarabine_mg_per_m2" | "cyclophosphamide_mg_per_m2" => Some(tiny),
            _ => None,
        },
        "insurance_presets.csv" | "tax_rules.csv" | "travel_benefit_terms.csv" if column == "value" => Some("0"),
        "poverty_guidelines.csv" if column == "first_person" => Some(tiny),
        "poverty_guidelines.csv" if column == "each_additional" => Some("0"),
        "cost_sharing_reductions.csv" if matches!(column, "oop_max" | "oop_max_family") => Some(tiny),
        "paid_leave.csv" => match column {
            "caregiving_weeks" => Some("1"),
            "rate_low_pct" | "rate_high_pct" => Some(tiny),
            "high_rate_max_yearly_pay" | "weekly_max" => Some("0"),
            _ => None,
        },
        "distance_rules.csv" if scenario => match key.split(',').next() {
            Some("road_detour_factor") => Some("1"),
            Some("earth_radius_miles" | "fly_above_miles" | "road_speed_mph") => Some(tiny),
            _ => None,
        },
        _ => None,
    }
}

fn tables_with(figure: fn(&str, &str, &str) -> Option<&'static str>) -> Tables {
    Tables::parse("data", |name| {
        let text = embedded(name).ok_or(ReadProblem::Missing)?;
        Ok(rewritten(text, |column, key| figure(name, column, key)))
    })
    .unwrap_or_else(|e| panic!("the tables at their limits load: {e}"))
}

/// The most the form accepts of everything, far from the center.
const EXTREME: [Answer; 29] = [
    ("condition", "lupus_nephritis"),
    ("route", "approved"),
    ("cells", "autologous"),
    ("center", "durham"),
    ("home_zip", "96813"),
    ("lodging", "hotel"),
    ("lodging_rate", "2000"),
    ("caregivers", "4"),
    // $1,000,000 an hour for 100 hours: $100,000,000 a week.
    ("caregiver_pay", "1000000"),
    ("caregiver_pay_per", "hour"),
    ("caregiver_hours_per_week", "100"),
    ("caregiver_paid_leave_days", "0"),
    ("caregiver_work_state", "CA"),
    ("patient_pay", "1000000"),
    ("patient_pay_per", "hour"),
    ("patient_hours_per_week", "100"),
    ("child_care_per_day", "2000"),
    ("pets", "10"),
    ("household_size", "20"),
    ("household_income", "10000000"),
    ("start_date", "2027-03-01"),
    ("evaluation_trips", "10"),
    ("manufacturing_weeks", "26"),
    ("conditioning_nights", "14"),
    ("hospital_days", "90"),
    ("nearby_days", "120"),
    ("recovery_weeks", "52"),
    ("follow_up_visits", "60"),
    ("prophylaxis_months", "24"),
];

/// An answer as the form sends it: the field's name and what was typed.
type Answer = (&'static str, &'static str);

/// The most extreme households the form accepts, and the worked example.
fn households() -> Vec<Vec<Answer>> {
    // Driving 6,000 miles from California, or flying from Honolulu (or Anchorage).
    let drive = [
        ("home_zip", ""),
        ("home_state", "CA"),
        ("distance_miles", "6000"),
        ("travel_mode", "drive"),
    ];
    let cases: [(&[Answer], &[Answer]); 6] = [
        (&[], &[("insurance", "uninsured"), ("travel_mode", "fly")]),
        (
            &drive,
            &[
                ("insurance", "employer"),
                ("deductible", "100000"),
                ("oop_max", "1000000"),
                ("travel_benefit", "1000000"),
            ],
        ),
        (
            &[],
            &[
                ("insurance", "marketplace"),
                ("travel_mode", "usual"),
                ("coverage_tier", "family"),
            ],
        ),
        (
            &[],
            &[
                ("insurance", "medicare"),
                ("home_zip", "99501"),
                ("travel_mode", "fly"),
                ("medicare_supplement", "no"),
            ],
        ),
        (&drive, &[("insurance", "medicaid")]),
        // Donor cells: no weeks of manufacturing to pin.
        (
            &[],
            &[
                ("insurance", "medicare_advantage"),
                ("lodging", "family"),
                ("route", "trial"),
                ("cells", "allogeneic"),
                ("manufacturing_weeks", ""),
            ],
        ),
    ];
    let mut all: Vec<Vec<Answer>> = cases
        .iter()
        .map(|(place, changes)| EXTREME.iter().chain(*place).chain(*changes).copied().collect())
        .collect();
    all.push(crate::fixtures::DURHAM.to_vec());
    all
}

/// Each household's estimate and whole report; the highest total of every cost of each.
fn every_report(tables: &Tables) -> Vec<Decimal> {
    households()
        .iter()
        .map(|pairs| {
            let raw = RawInput::from_pairs(pairs.iter().copied());
            let input = Input::parse(&raw, tables, TODAY).unwrap_or_else(|e| panic!("{pairs:?} refused: {e:?}"));
            let highest = estimate(tables, &input).totals.every_cost().high;
            let report = report_for(tables, &raw, input);
            assert_eq!(report.estimate.totals.every_cost().high, highest, "{pairs:?}");
            // The parts of the page built on demand: what would change the total, the family
            // at other incomes, the figures not yet published, the sources.
            let _ = (
                report.levers(),
                report.income_ladder(),
                report.data_gaps(),
                report.source_ids(),
            );
            highest
        })
        .collect()
}

#[test]
fn the_most_extreme_households_do_not_overflow_tables_at_their_most() {
    let tables = tables_with(most);
    assert_eq!(
        tables.unit_cost(UnitCostId::AirfareRoundTrip).typical,
        Some(Decimal::from(1_000_000))
    );
    for highest in every_report(&tables) {
        // Far below Decimal::MAX (about 7.9e28) and the bound docs/model.md works out (2.5e25).
        assert!(
            highest > Decimal::from(1_000_000) && highest < Decimal::from(10_u64.pow(15)),
            "{highest}"
        );
    }
}

#[test]
fn no_estimate_divides_by_zero_with_tables_at_their_least() {
    let tables = tables_with(least);
    assert_eq!(
        tables.unit_cost(UnitCostId::AirfareRoundTrip).typical,
        Some(Decimal::ZERO)
    );
    for highest in every_report(&tables) {
        assert!(!highest.is_sign_negative(), "{highest}");
    }
}
