//! Loading the tables: the bundled copy loads, and each kind of doubtful row is refused with
//! its file, line, column and reason.

use super::*;
use crate::data_files::embedded;
use rust_decimal::Decimal;

/// Parses the bundled tables with one file's text replaced.
pub(super) fn parse_with(file: &str, text: &str) -> Result<Tables, DataError> {
    Tables::parse("data", |name| {
        if name == file {
            Ok(text.to_string())
        } else {
            embedded(name).map(str::to_string).ok_or(ReadProblem::Missing)
        }
    })
}

/// The bundled text of `file` with `from` replaced by `to` (which must occur).
pub(super) fn edited(file: &str, from: &str, to: &str) -> String {
    let text = embedded(file).unwrap();
    assert!(text.contains(from), "{from:?} not in {file}");
    text.replacen(from, to, 1)
}

pub(super) fn line_of(file: &str, starts_with: &str) -> u64 {
    let index = embedded(file)
        .unwrap()
        .lines()
        .position(|l| l.starts_with(starts_with))
        .unwrap();
    index as u64 + 1
}

pub(super) fn column(number: usize, name: &str) -> Option<(usize, String)> {
    Some((number, name.to_string()))
}

#[test]
fn a_row_without_a_source_is_refused_with_its_line_and_column() {
    let text = edited(
        "journey.csv",
        "14,21,28,days,2026,seed-myositis-brochure;nis-2018-length-of-stay",
        "14,21,28,days,2026,",
    );
    let error = parse_with("journey.csv", &text).unwrap_err();
    assert_eq!(error.file, "data/journey.csv");
    assert_eq!(error.line, line_of("journey.csv", "hospital_days"));
    assert_eq!(error.column, column(8, "source_ids"));
    assert_eq!(error.reason, "every row must name its source");
}

#[test]
fn an_unknown_source_id_is_refused() {
    let text = edited("unit_costs.csv", "bts-airfare-2025q2", "bts-airfare-2099");
    let error = parse_with("unit_costs.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("unit_costs.csv", "airfare_round_trip"));
    assert_eq!(error.column, column(10, "source_ids"));
    assert!(
        error.reason.contains("unknown source id \"bts-airfare-2099\""),
        "{}",
        error.reason
    );
}

#[test]
fn a_bad_number_is_refused_with_its_column() {
    let text = edited(
        "unit_costs.csv",
        "parking_per_day,Parking at the center per day,0,7.79,",
        "parking_per_day,Parking at the center per day,0,7.7.9,",
    );
    let error = parse_with("unit_costs.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("unit_costs.csv", "parking_per_day"));
    assert_eq!(error.column, column(4, "typical"));

    let text = edited(
        "journey.csv",
        "hospital_days,Days in hospital for the infusion and monitoring,14,",
        "hospital_days,Days in hospital for the infusion and monitoring,two weeks,",
    );
    let error = parse_with("journey.csv", &text).unwrap_err();
    assert_eq!(error.column, column(3, "low"));
    assert!(
        error.reason.contains("\"two weeks\" is not a whole number"),
        "{}",
        error.reason
    );
}

#[test]
fn a_thousands_separator_is_a_bad_number() {
    let text = edited(
        "hospital_day_costs.csv",
        "US,nonprofit,3167,",
        "US,nonprofit,\"3,167\",",
    );
    let error = parse_with("hospital_day_costs.csv", &text).unwrap_err();
    assert_eq!(error.line, 2);
    assert_eq!(error.column, column(3, "cost"));
}

#[test]
fn an_unknown_column_is_refused_on_the_header_line() {
    let text = edited(
        "centers.csv",
        "id,name,city,state,gsa_area,source_ids",
        "id,name,city,state,gsa_area,source_ids,beds",
    )
    .replace('\n', ",\n")
    .replacen("source_ids,beds,\n", "source_ids,beds\n", 1);
    let error = parse_with("centers.csv", &text).unwrap_err();
    assert_eq!(error.line, 1);
    assert_eq!(error.column, column(7, "beds"));
    assert!(error.reason.starts_with("unknown column \"beds\""), "{}", error.reason);
}

#[test]
fn a_missing_column_is_refused() {
    let text: String = embedded("counting_rules.csv")
        .unwrap()
        .lines()
        .map(|line| line.rsplit_once(',').map_or(line, |(kept, _)| kept).to_string() + "\n")
        .collect();
    let error = parse_with("counting_rules.csv", &text).unwrap_err();
    assert_eq!(error.line, 1);
    assert_eq!(error.reason, "missing column \"note\"");
}

#[test]
fn a_row_with_too_many_cells_is_refused() {
    let text = edited(
        "counting_rules.csv",
        "days_away_per_day_trip,1,days,2026-11,assumption-counting,",
        "days_away_per_day_trip,1,days,2026-11,assumption-counting,,extra",
    );
    let error = parse_with("counting_rules.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("counting_rules.csv", "days_away_per_day_trip"));
    assert!(
        error.reason.contains("has 7 cells but the header has 6"),
        "{}",
        error.reason
    );
}

#[test]
fn an_unknown_id_or_choice_is_refused_with_its_column() {
    let text = edited("insurance_presets.csv", "medicaid,oop_max", "medicad,oop_max");
    let error = parse_with("insurance_presets.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("insurance_presets.csv", "medicaid,oop_max"));
    assert_eq!(error.column, column(1, "plan"));
    assert!(
        error.reason.contains("unknown InsuranceType \"medicad\""),
        "{}",
        error.reason
    );

    let text = edited("journey.csv", "nearby_days,", "nearby_weeks,");
    let error = parse_with("journey.csv", &text).unwrap_err();
    assert_eq!(error.column, column(1, "id"));
    assert!(error.reason.contains("nearby_weeks"), "{}", error.reason);
}

#[test]
fn a_missing_or_repeated_row_is_refused() {
    let without: String = embedded("journey.csv")
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("nearby_days"))
        .map(|l| format!("{l}\n"))
        .collect();
    let error = parse_with("journey.csv", &without).unwrap_err();
    assert_eq!(error.reason, "no row for NearbyDays");

    let text = embedded("journey.csv").unwrap().to_string() + "nearby_days,Again,1,2,3,days,2026,assumption-journey,\n";
    let error = parse_with("journey.csv", &text).unwrap_err();
    assert_eq!(error.line, text.lines().count() as u64);
    assert_eq!(error.reason, "NearbyDays is listed twice");
}

#[test]
fn low_typical_high_out_of_order_is_refused() {
    let text = edited("journey.csv", "14,21,28,days", "14,30,28,days");
    let error = parse_with("journey.csv", &text).unwrap_err();
    assert_eq!(error.column, column(5, "high"));
    assert_eq!(error.reason, "must not be less than typical");
}

#[test]
fn a_gap_between_gsa_seasons_is_refused() {
    let text = edited(
        "gsa_per_diem.csv",
        "Philadelphia,Philadelphia,12-01,03-31",
        "Philadelphia,Philadelphia,12-02,03-31",
    );
    let error = parse_with("gsa_per_diem.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("gsa_per_diem.csv", "pa-philadelphia"));
    assert!(error.reason.contains("12-01 falls in 0 seasons"), "{}", error.reason);
}

#[test]
fn a_center_in_an_unknown_gsa_area_is_refused() {
    let text = edited("centers.csv", "nc-durham,", "nc-raleigh,");
    let error = parse_with("centers.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("centers.csv", "durham"));
    assert_eq!(error.column, column(5, "gsa_area"));
}

#[test]
fn a_source_with_a_bad_quality_or_date_is_refused() {
    let text = edited(
        "sources.csv",
        "2025-10-21,2026-11-23,primary",
        "2025-10-21,2026-11-23,official",
    );
    let error = parse_with("sources.csv", &text).unwrap_err();
    assert_eq!(error.column, column(7, "quality"));

    let text = edited(
        "sources.csv",
        "2025-10-21,2026-11-23,primary",
        "21/10/2025,2026-11-23,primary",
    );
    let error = parse_with("sources.csv", &text).unwrap_err();
    assert_eq!(error.column, column(5, "published"));
}

#[test]
fn a_missing_file_is_named() {
    let error = Tables::parse("data", |name| {
        (name != "centers.csv")
            .then(|| embedded(name).unwrap().to_string())
            .ok_or(ReadProblem::Missing)
    })
    .unwrap_err();
    assert_eq!(error.to_string(), "data/centers.csv, line 0: the file is missing");
}

#[test]
fn coverage_rules_must_cover_every_case_exactly_once() {
    let rules = embedded("coverage_rules.csv").unwrap();
    // A second rule for the same case names the line of the first.
    let overlapping = format!("{rules}employer,trial,in,cells,sponsor,,Again.,phsa-2709-trials\n");
    let error = parse_with("coverage_rules.csv", &overlapping).unwrap_err();
    assert_eq!(error.line, overlapping.lines().count() as u64);
    assert_eq!(error.column, column(4, "part"));
    assert!(
        error.reason.starts_with("this rule overlaps the one on line 2"),
        "{error}"
    );

    // A case with no rule is named.
    let without: String = rules
        .lines()
        .filter(|l| !l.starts_with("medicaid,any,any,travel"))
        .map(|l| format!("{l}\n"))
        .collect();
    let error = parse_with("coverage_rules.csv", &without).unwrap_err();
    assert_eq!(error.reason, "no rule for medicaid, trial, in network, Travel");
}

#[test]
fn an_uncertain_rule_must_say_which_outcome_is_likely() {
    let rules = embedded("coverage_rules.csv").unwrap();
    let changed = rules.replacen(
        "employer,trial,in,treatment,uncertain,covered,",
        "employer,trial,in,treatment,uncertain,,",
        1,
    );
    let error = parse_with("coverage_rules.csv", &changed).unwrap_err();
    assert_eq!(
        (error.line, error.column.clone()),
        (3, column(6, "if_uncertain_assume"))
    );

    let changed = rules.replacen(
        "employer,trial,in,treatment,uncertain,covered,",
        "employer,trial,in,treatment,maybe,covered,",
        1,
    );
    let error = parse_with("coverage_rules.csv", &changed).unwrap_err();
    assert_eq!((error.line, error.column), (3, column(5, "status")));

    let changed = rules.replacen(
        "employer,approved,any,cells,uncertain,not_covered",
        "employer,approved,any,cells,sponsor,",
        1,
    );
    let error = parse_with("coverage_rules.csv", &changed).unwrap_err();
    assert_eq!(error.reason, "only the cells in a trial are supplied by the sponsor");
}

#[test]
fn travel_benefit_terms_need_every_figure() {
    let without: String = embedded("travel_benefit_terms.csv")
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("lodging_per_night_max"))
        .map(|l| format!("{l}\n"))
        .collect();
    let error = parse_with("travel_benefit_terms.csv", &without).unwrap_err();
    assert_eq!(error.reason, "no row for LodgingPerNightMax");
    let tables = crate::data_files::load_embedded().unwrap();
    let terms = tables.travel_benefit_terms();
    assert_eq!(
        (
            terms.min_distance_miles,
            terms.lodging_per_night_max,
            terms.typical_episode_max
        ),
        (Decimal::from(100), Decimal::from(50), Decimal::from(10000))
    );
}

#[test]
fn notes_need_every_id_and_a_threshold_only_where_the_rule_compares_one() {
    let without: String = embedded("notes.csv")
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("fmla,"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(parse_with("notes.csv", &without).unwrap_err().reason, "no row for Fmla");
    let text = edited("notes.csv", "distance over 50 miles,50,", "distance over 50 miles,,");
    let error = parse_with("notes.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("notes.csv", "medicaid_rides"));
    assert_eq!(error.column, column(4, "threshold"));
    assert_eq!(error.reason, "this note's trigger needs a threshold");
    let text = edited("notes.csv", "(the caregiver works),,", "(the caregiver works),12,");
    let error = parse_with("notes.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("notes.csv", "fmla"));
    assert_eq!(error.reason, "this note's trigger uses no threshold: leave it empty");
}

#[test]
fn paid_leave_rows_are_checked() {
    let row = "NY,Paid Family Leave (PFL),12,67,67,,1228.53,";
    let line = line_of("paid_leave.csv", "NY,");
    for (to, col, reason) in [
        (
            "NY,Paid Family Leave (PFL),12,67,,,1228.53,",
            column(5, "rate_high_pct"),
            "give both rates or neither",
        ),
        (
            "NY,Paid Family Leave (PFL),12,67,60,,1228.53,",
            column(5, "rate_high_pct"),
            "must not be less than rate_low_pct",
        ),
        (
            "NY,Paid Family Leave (PFL),12,67,101,,1228.53,",
            column(5, "rate_high_pct"),
            "can't be more than 100",
        ),
        (
            "NY,Paid Family Leave (PFL),0,67,67,,1228.53,",
            column(3, "caregiving_weeks"),
            "must be 1 to 52 weeks",
        ),
        (
            "XX,Paid Family Leave (PFL),12,67,67,,1228.53,",
            column(1, "state"),
            "use a two-letter state code",
        ),
    ] {
        let error = parse_with("paid_leave.csv", &edited("paid_leave.csv", row, to)).unwrap_err();
        assert_eq!(
            (error.line, error.column, error.reason.as_str()),
            (line, col, reason),
            "{to}"
        );
    }
    // A second maximum for Delaware whose period overlaps the first is refused.
    let twice = format!(
        "{}DE,Again,6,80,80,,950,2026,2026-06-01,2026-12-31,hylant-pfml-2026,\n",
        embedded("paid_leave.csv").unwrap()
    );
    let error = parse_with("paid_leave.csv", &twice).unwrap_err();
    assert_eq!(error.reason, "DE: this period overlaps the one above it");
    assert_eq!(error.column.map(|(_, name)| name).as_deref(), Some("valid_from"));
    let tables = crate::data_files::load_embedded().unwrap();
    let day = jiff::civil::date(2026, 6, 1);
    assert_eq!(
        tables.paid_leave("NY", day).map(|p| p.value.weekly_max),
        Some(Decimal::new(122853, 2))
    );
    assert!(tables.paid_leave("TX", day).is_none());
}

#[test]
fn tax_rules_need_every_figure() {
    let without: String = embedded("tax_rules.csv")
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("income_floor_pct"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        parse_with("tax_rules.csv", &without).unwrap_err().reason,
        "no row for income_floor_pct"
    );
    let text = edited("tax_rules.csv", "companions_counted,1,", "companions_counted,1.5,");
    let error = parse_with("tax_rules.csv", &text).unwrap_err();
    assert_eq!(error.column, column(2, "value"));
    assert_eq!(error.reason, "must be a whole number of people");
}

#[test]
fn advocate_figures_need_a_number_and_a_known_topic() {
    let text = edited(
        "advocate_figures.csv",
        "lupus_prevalence,Lupus in the US (all people),72.8,",
        "lupus_prevalence,Lupus in the US (all people),about 73,",
    );
    let error = parse_with("advocate_figures.csv", &text).unwrap_err();
    assert_eq!(error.line, line_of("advocate_figures.csv", "sle_prevalence_pooled"));
    assert_eq!(error.column, column(4, "value"));
    let text = edited(
        "advocate_figures.csv",
        "sle_prevalence_pooled,lupus_prevalence,",
        "sle_prevalence_pooled,gossip,",
    );
    let error = parse_with("advocate_figures.csv", &text).unwrap_err();
    assert_eq!(error.column, column(2, "topic"));
}

#[test]
fn errors_read_as_file_line_column_reason() {
    let error = DataError {
        file: "data/journey.csv".into(),
        line: 6,
        column: column(3, "low"),
        reason: "\"x\" is not a whole number of 0 or more".into(),
    };
    assert_eq!(
        error.to_string(),
        "data/journey.csv, line 6, column 3 (low): \"x\" is not a whole number of 0 or more"
    );
}

#[test]
fn seasons_give_lowest_highest_and_yearly_average() {
    let tables = crate::data_files::load_embedded().unwrap();
    let area = tables.per_diem_area(tables.center("philadelphia").unwrap()).unwrap();
    let philadelphia = area.on(jiff::civil::date(2026, 6, 1)).value;
    assert_eq!(philadelphia.fiscal_year, 2026);
    assert_eq!(philadelphia.lodging_lowest(), Decimal::from(156));
    assert_eq!(philadelphia.lodging_highest(), Decimal::from(218));
    assert_eq!(philadelphia.lodging_on(12, 15), Decimal::from(156));
    assert_eq!(philadelphia.lodging_on(2, 29), Decimal::from(156));
    assert_eq!(philadelphia.lodging_on(9, 30), Decimal::from(218));
    // Oct-Nov 61 days x 218 + Dec-Mar 121 x 156 + Apr-Aug 153 x 187 + Sep 30 x 218
    // = 67,325 / 365 = 184.452... -> $184.45
    assert_eq!(
        philadelphia.lodging_yearly_average(),
        "184.45".parse::<Decimal>().unwrap()
    );
    // FY2027 (from 1 October 2026): Oct-Nov 227, Dec-Jun 185, Jul-Aug 174, Sep 227.
    let fy2027 = area.on(jiff::civil::date(2026, 10, 1)).value;
    assert_eq!(
        (fy2027.fiscal_year, fy2027.lodging_on(10, 1)),
        (2027, Decimal::from(227))
    );
    assert_eq!(fy2027.lodging_on(6, 30), Decimal::from(185));
    let durham = tables.per_diem_area(tables.center("durham").unwrap()).unwrap();
    let fy2026 = durham.on(jiff::civil::date(2026, 9, 30));
    assert_eq!(fy2026.value.lodging_yearly_average(), Decimal::from(121));
    assert_eq!(fy2026.value.meals, Decimal::from(74));
    // Rochester MN, FY2026 $127 a night, FY2027 $139.
    let rochester = tables.per_diem_area(tables.center("rochester_mn").unwrap()).unwrap();
    assert_eq!(
        rochester.on(jiff::civil::date(2026, 9, 30)).value.lodging_on(9, 30),
        Decimal::from(127)
    );
    assert_eq!(
        rochester.on(jiff::civil::date(2026, 10, 1)).value.lodging_on(10, 1),
        Decimal::from(139)
    );
    // After the last fiscal year published (FY2027 ends 30 September 2027), FY2027's rates
    // are used and marked as reused.
    let later = rochester.on(jiff::civil::date(2027, 10, 1));
    assert_eq!((later.value.fiscal_year, later.reused_for.is_some()), (2027, true));
}

#[test]
fn a_wire_id_is_the_serde_name() {
    assert_eq!(
        wire_id(&JourneyParam::HospitalVisitsPerWeek),
        "hospital_visits_per_week"
    );
    assert_eq!(wire_id(&UnitCostId::DrivePerMile), "drive_per_mile");
    // Not an enum: the string it serializes as.
    assert_eq!(wire_id(&"durham"), "durham");
    assert_eq!(wire_id(&3), "");
}
