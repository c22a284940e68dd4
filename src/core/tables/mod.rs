//! The data tables: every figure the estimate uses, each row with its source, unit and date.
//!
//! `Tables::parse` takes the text of the CSV files (embedded in the binary or read from a
//! folder by the caller) and refuses any doubtful table with file, line and column.

mod advocacy;
mod aid;
mod cells;
mod coverage_rules;
mod household;
mod notes;
mod reader;
mod work_and_tax;

use std::collections::BTreeMap;

use crate::core::text::Text;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub use advocacy::{AdvocateFigure, AdvocateTopic, COVERAGE_POLICY_SOURCE_IDS};
pub use aid::{AidKind, AidProgram, Flag, NeedsInsurance, Serves};
pub use coverage_rules::{
    CarePart, CoverageRule, CoverageRules, CoverageStatus, NetworkScope, Outcome, TravelBenefitTerms,
};
pub use household::{BurdenThresholds, PovertyGuideline, PovertyRegion, Threshold};
pub use notes::{Note, NoteGroup, NoteId};
pub use reader::DataError;
pub use reader::SourceIds;
use reader::{Parsed, RowProblem, TableText, read_rows};
pub use work_and_tax::{PaidLeaveRow, TaxFigure, TaxRuleId, TaxRules};

use super::choices::{InsuranceType, PriceBasis};
use super::scenarios::Scenarios;

/// The files `Tables::parse` needs, in the order they are read.
pub const TABLE_FILES: [&str; 18] = [
    "sources.csv",
    "product_prices.csv",
    "journey.csv",
    "unit_costs.csv",
    "counting_rules.csv",
    "gsa_per_diem.csv",
    "centers.csv",
    "hospital_day_costs.csv",
    "insurance_presets.csv",
    "coverage_rules.csv",
    "travel_benefit_terms.csv",
    "poverty_guidelines.csv",
    "burden_thresholds.csv",
    "notes.csv",
    "aid_programs.csv",
    "paid_leave.csv",
    "tax_rules.csv",
    "advocate_figures.csv",
];

/// How much a source can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quality {
    /// The publisher's own text or file.
    Primary,
    /// A third party reporting the figure.
    Secondary,
    /// Our own estimate, or a weak source: shown as an assumption.
    Assumption,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Empty for documents without a public address (the project's seed documents).
    pub url: String,
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `undated`.
    pub published: String,
    /// The day the figure was taken into this project.
    pub retrieved: String,
    pub quality: Quality,
    pub note: String,
}

/// The publisher named in `sources.csv` for the project's own assumptions.
pub const THIS_PROJECT: &str = "CAR-T Cost & Access Estimator team";

impl Source {
    /// True for our own assumptions, whose publisher is this project.
    pub fn by_this_project(&self) -> bool {
        self.publisher == THIS_PROJECT
    }
}

/// A journey count the user can pin (days, nights, trips, months...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JourneyParam {
    EvaluationTrips,
    CollectionTrips,
    ManufacturingWeeks,
    ConditioningNights,
    HospitalDays,
    NearbyDays,
    RecoveryWeeks,
    FollowUpVisits,
    FollowUpYears,
    ProphylaxisMonths,
    TocilizumabDoses,
}

impl JourneyParam {
    pub const ALL: [JourneyParam; 11] = [
        JourneyParam::EvaluationTrips,
        JourneyParam::CollectionTrips,
        JourneyParam::ManufacturingWeeks,
        JourneyParam::ConditioningNights,
        JourneyParam::HospitalDays,
        JourneyParam::NearbyDays,
        JourneyParam::RecoveryWeeks,
        JourneyParam::FollowUpVisits,
        JourneyParam::FollowUpYears,
        JourneyParam::ProphylaxisMonths,
        JourneyParam::TocilizumabDoses,
    ];
}

/// A row of `journey.csv`: a count with its low / typical / high.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JourneyRow {
    pub id: JourneyParam,
    pub label: String,
    pub low: u32,
    pub typical: u32,
    pub high: u32,
    pub unit: String,
    pub as_of: String,
    pub source_ids: SourceIds,
    pub note: String,
}

impl JourneyRow {
    pub fn counts(&self) -> Scenarios<u32> {
        Scenarios::new(self.low, self.typical, self.high)
    }

    pub fn label_text(&self) -> Text {
        Text::data(format!("journey-{}-label", wire_id(&self.id)), &self.label)
    }

    pub fn unit_text(&self) -> Text {
        Text::data(format!("journey-{}-unit", wire_id(&self.id)), &self.unit)
    }

    pub fn note_text(&self) -> Text {
        Text::data(format!("journey-{}-note", wire_id(&self.id)), &self.note)
    }
}

/// The id a value has in the data files (its serde name): `hospital_days`.
pub fn wire_id<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Unit prices the estimate multiplies by quantities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitCostId {
    DrivePerMile,
    AirfareRoundTrip,
    ParkingPerDay,
    PetBoardingPerNight,
    TocilizumabDose,
    FollowUpCarePerYear,
    ApheresisCollection,
    ConditioningChemotherapy,
    ProphylaxisPerMonth,
    MedianWeeklyPay,
}

impl UnitCostId {
    pub const ALL: [UnitCostId; 10] = [
        UnitCostId::DrivePerMile,
        UnitCostId::AirfareRoundTrip,
        UnitCostId::ParkingPerDay,
        UnitCostId::PetBoardingPerNight,
        UnitCostId::TocilizumabDose,
        UnitCostId::FollowUpCarePerYear,
        UnitCostId::ApheresisCollection,
        UnitCostId::ConditioningChemotherapy,
        UnitCostId::ProphylaxisPerMonth,
        UnitCostId::MedianWeeklyPay,
    ];
}

/// A row of `unit_costs.csv`. Empty low / typical / high means no sourced price exists.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UnitCostRow {
    pub id: UnitCostId,
    pub label: String,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub low: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub typical: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub high: Option<Decimal>,
    pub unit: String,
    pub as_of: String,
    pub source_ids: SourceIds,
    pub note: String,
}

impl UnitCostRow {
    /// The price in each scenario, or `None` when no sourced price exists.
    pub fn price(&self) -> Option<Scenarios<Decimal>> {
        Some(Scenarios::new(self.low?, self.typical?, self.high?))
    }

    pub fn label_text(&self) -> Text {
        Text::data(format!("unit_cost-{}-label", wire_id(&self.id)), &self.label)
    }

    pub fn unit_text(&self) -> Text {
        Text::data(format!("unit_cost-{}-unit", wire_id(&self.id)), &self.unit)
    }

    pub fn note_text(&self) -> Text {
        Text::data(format!("unit_cost-{}-note", wire_id(&self.id)), &self.note)
    }
}

/// A row of `product_prices.csv`: one way of pricing the cells.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProductPriceRow {
    pub basis: PriceBasis,
    pub label: String,
    #[serde(with = "rust_decimal::serde::str")]
    pub low: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub typical: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub high: Decimal,
    pub unit: String,
    pub as_of: String,
    pub source_ids: SourceIds,
    pub note: String,
}

impl ProductPriceRow {
    pub fn label_text(&self) -> Text {
        Text::data(format!("price-{}-label", self.basis.id()), &self.label)
    }

    pub fn unit_text(&self) -> Text {
        Text::data(format!("price-{}-unit", self.basis.id()), &self.unit)
    }

    pub fn note_text(&self) -> Text {
        Text::data(format!("price-{}-note", self.basis.id()), &self.note)
    }

    pub fn price(&self) -> Scenarios<Decimal> {
        Scenarios::new(self.low, self.typical, self.high)
    }
}

/// Thresholds and counting conventions; each is a labelled assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountingRuleId {
    OvernightTripMinMiles,
    DaysAwayPerOvernightTrip,
    DaysAwayPerDayTrip,
    WorkingDaysPerWeek,
    TreatmentTrips,
}

impl CountingRuleId {
    pub const ALL: [CountingRuleId; 5] = [
        CountingRuleId::OvernightTripMinMiles,
        CountingRuleId::DaysAwayPerOvernightTrip,
        CountingRuleId::DaysAwayPerDayTrip,
        CountingRuleId::WorkingDaysPerWeek,
        CountingRuleId::TreatmentTrips,
    ];
}

#[derive(Debug, Clone, Deserialize)]
struct CountingRuleRow {
    id: CountingRuleId,
    #[serde(with = "rust_decimal::serde::str")]
    value: Decimal,
    unit: String,
    source_ids: SourceIds,
    #[allow(dead_code)] // documentation for people editing the table
    note: String,
}

/// The counting rules, typed.
#[derive(Debug, Clone)]
pub struct CountingRules {
    pub overnight_trip_min_miles: Decimal,
    pub days_away_per_overnight_trip: u32,
    pub days_away_per_day_trip: u32,
    pub working_days_per_week: u32,
    pub treatment_trips: u32,
    pub source_ids: SourceIds,
}

#[derive(Debug, Clone, Deserialize)]
struct PerDiemRow {
    area: String,
    state: String,
    destination: String,
    county: String,
    season_begin: String,
    season_end: String,
    #[serde(with = "rust_decimal::serde::str")]
    lodging: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    meals: Decimal,
    #[allow(dead_code)]
    unit: String,
    valid_from: String,
    valid_to: String,
    source_ids: SourceIds,
}

/// A month and day, as GSA seasons are written (`10-01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MonthDay {
    pub month: u8,
    pub day: u8,
}

impl MonthDay {
    pub fn parse(text: &str) -> Option<Self> {
        let (month, day) = text.split_once('-')?;
        if month.len() != 2 || day.len() != 2 {
            return None;
        }
        let (month, day): (u8, u8) = (month.parse().ok()?, day.parse().ok()?);
        let days_in_month = *DAYS_IN_MONTH.get(usize::from(month).checked_sub(1)?)?;
        (1..=days_in_month).contains(&day).then_some(Self { month, day })
    }
}

/// Days per month in a non-leap year; GSA seasons treat 29 February as part of 28 February's season.
const DAYS_IN_MONTH: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Every day of a non-leap year, in calendar order.
fn days_of_year() -> impl Iterator<Item = MonthDay> {
    (1u8..=12).flat_map(|month| (1..=DAYS_IN_MONTH[usize::from(month - 1)]).map(move |day| MonthDay { month, day }))
}

/// One lodging season of a GSA area. Seasons may wrap around the new year (1 Oct - 31 Mar).
#[derive(Debug, Clone, Serialize)]
pub struct LodgingSeason {
    pub begin: MonthDay,
    pub end: MonthDay,
    pub rate: Decimal,
}

impl LodgingSeason {
    pub fn contains(&self, day: MonthDay) -> bool {
        if self.begin <= self.end {
            self.begin <= day && day <= self.end
        } else {
            day >= self.begin || day <= self.end
        }
    }
}

/// A GSA per-diem area: hotel rate by season and the daily meals and incidentals rate (M&IE).
#[derive(Debug, Clone, Serialize)]
pub struct PerDiemArea {
    pub id: String,
    pub state: String,
    pub destination: String,
    pub county: String,
    pub seasons: Vec<LodgingSeason>,
    pub meals: Decimal,
    pub valid_from: String,
    pub valid_to: String,
    pub source_ids: SourceIds,
}

impl PerDiemArea {
    /// The rate on a given day of the year (29 February counts as 28 February).
    pub fn lodging_on(&self, month: u8, day: u8) -> Decimal {
        let day = MonthDay {
            month,
            day: if month == 2 && day == 29 { 28 } else { day },
        };
        self.seasons
            .iter()
            .find(|season| season.contains(day))
            .map_or_else(|| self.lodging_lowest(), |season| season.rate)
    }

    pub fn lodging_lowest(&self) -> Decimal {
        self.seasons.iter().map(|s| s.rate).min().unwrap_or_default()
    }

    pub fn lodging_highest(&self) -> Decimal {
        self.seasons.iter().map(|s| s.rate).max().unwrap_or_default()
    }

    /// The average nightly rate over a (non-leap) year, each season weighted by its days,
    /// to the cent. This is a derived parameter, so it is rounded once, here.
    pub fn lodging_yearly_average(&self) -> Decimal {
        let total: Decimal = days_of_year().map(|day| self.lodging_on(day.month, day.day)).sum();
        super::money::round_cents(total / Decimal::from(365))
    }

    pub fn has_seasons(&self) -> bool {
        self.seasons.len() > 1
    }
}

#[derive(Debug, Clone, Deserialize)]
struct CenterRow {
    id: String,
    name: String,
    city: String,
    state: String,
    gsa_area: String,
    source_ids: SourceIds,
}

/// A treatment center (a city with an academic CAR-T program) and its GSA area.
#[derive(Debug, Clone, Serialize)]
pub struct Center {
    pub id: String,
    pub name: String,
    pub city: String,
    /// Empty for the "a center not listed" row.
    pub state: String,
    pub gsa_area: String,
    pub source_ids: SourceIds,
}

/// The id of the row for a center not in the list, which uses national figures.
pub const UNLISTED_CENTER: &str = "other";

impl Center {
    /// True for the row that stands for "a center not listed here".
    pub fn is_unlisted(&self) -> bool {
        self.id == UNLISTED_CENTER
    }

    /// "Durham, NC (Duke)", or the name alone when there is no city.
    pub fn display_name(&self) -> String {
        if self.city.is_empty() {
            self.name.clone()
        } else {
            format!("{}, {} ({})", self.city, self.state, self.name)
        }
    }
}

/// Who owns the hospitals a cost-per-day figure averages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Ownership {
    Nonprofit,
    ForProfit,
    StateLocal,
}

#[derive(Debug, Clone, Deserialize)]
struct HospitalDayCostRow {
    region: String,
    ownership: Ownership,
    #[serde(with = "rust_decimal::serde::str")]
    cost: Decimal,
    #[allow(dead_code)]
    unit: String,
    data_year: String,
    source_ids: SourceIds,
}

/// What hospitals spend per patient day, for a region (`US` or a state) and ownership.
#[derive(Debug, Clone, Serialize)]
pub struct HospitalDayCost {
    pub region: String,
    pub ownership: Ownership,
    pub cost: Decimal,
    pub data_year: String,
    pub source_ids: SourceIds,
}

/// The U.S. region code in `hospital_day_costs.csv`.
pub const NATIONAL: &str = "US";

/// Which preset figure a row of `insurance_presets.csv` gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PresetItem {
    Deductible,
    CoinsurancePct,
    OopMax,
    OopMaxFamily,
    PartADeductible,
    #[serde(rename = "part_a_daily_61_90")]
    PartADaily6190,
    PartBDeductible,
    PartBCoinsurancePct,
    SupplementPaysPct,
}

#[derive(Debug, Clone, Deserialize)]
struct PresetRow {
    plan: InsuranceType,
    item: PresetItem,
    #[serde(with = "rust_decimal::serde::str")]
    value: Decimal,
    unit: String,
    as_of: String,
    source_ids: SourceIds,
    note: String,
}

/// A preset insurance figure with its provenance.
#[derive(Debug, Clone, Serialize)]
pub struct PresetValue {
    pub value: Decimal,
    pub unit: String,
    pub as_of: String,
    pub note: String,
    pub source_ids: SourceIds,
}

/// The typical figures for each kind of plan. Uninsured has none: the family pays all.
#[derive(Debug, Clone)]
pub struct InsurancePresets {
    pub employer: EmployerPreset,
    pub marketplace: MarketplacePreset,
    pub medicare: MedicarePreset,
    pub medicare_advantage: CapPreset,
    pub medicaid: CapPreset,
}

#[derive(Debug, Clone)]
pub struct EmployerPreset {
    pub deductible: PresetValue,
    pub coinsurance_pct: PresetValue,
    /// The legal limit for one person (self-only coverage, and each person on family coverage).
    pub oop_max: PresetValue,
    /// The legal limit for a whole family.
    pub oop_max_family: PresetValue,
}

/// Marketplace plans: only the legal limits are sourced.
#[derive(Debug, Clone)]
pub struct MarketplacePreset {
    pub oop_max: PresetValue,
    pub oop_max_family: PresetValue,
}

/// A plan for which only the yearly out-of-pocket limit has a source.
#[derive(Debug, Clone)]
pub struct CapPreset {
    pub oop_max: PresetValue,
}

#[derive(Debug, Clone)]
pub struct MedicarePreset {
    pub part_a_deductible: PresetValue,
    pub part_a_daily_61_90: PresetValue,
    pub part_b_deductible: PresetValue,
    pub part_b_coinsurance_pct: PresetValue,
    /// The share of Medicare's cost sharing a supplement (Medigap) plan pays: an assumption.
    pub supplement_pays_pct: PresetValue,
}

/// Every table, loaded and checked.
#[derive(Debug, Clone)]
pub struct Tables {
    sources: BTreeMap<String, Source>,
    products: Vec<ProductPriceRow>,
    journey: Vec<JourneyRow>,
    unit_costs: Vec<UnitCostRow>,
    counting: CountingRules,
    per_diem: BTreeMap<String, PerDiemArea>,
    centers: Vec<Center>,
    hospital_day_costs: Vec<HospitalDayCost>,
    national_nonprofit: HospitalDayCost,
    national_for_profit: HospitalDayCost,
    insurance: InsurancePresets,
    coverage_rules: CoverageRules,
    travel_benefit: TravelBenefitTerms,
    poverty: Vec<PovertyGuideline>,
    thresholds: BurdenThresholds,
    notes: Vec<Note>,
    aid_programs: Vec<AidProgram>,
    paid_leave: Vec<PaidLeaveRow>,
    tax_rules: TaxRules,
    advocate_figures: Vec<AdvocateFigure>,
}

impl Tables {
    /// Parses every table. `text_of` returns a file's text by its name in [`TABLE_FILES`];
    /// `folder` is how errors name the folder (`data`, or the `--data-dir` path).
    pub fn parse(folder: &str, text_of: impl Fn(&str) -> Option<String>) -> Result<Self, DataError> {
        let load = |name: &str| {
            let file = format!("{}/{name}", folder.trim_end_matches('/'));
            match text_of(name) {
                Some(text) => Ok((file, text)),
                None => Err(DataError {
                    file,
                    line: 0,
                    column: None,
                    reason: "the file is missing".to_string(),
                }),
            }
        };
        let (file, text) = load("sources.csv")?;
        let sources = parse_sources(&TableText {
            file: &file,
            text: &text,
        })?;
        let (file, text) = load("product_prices.csv")?;
        let products = parse_products(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("journey.csv")?;
        let journey = parse_journey(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("unit_costs.csv")?;
        let unit_costs = parse_unit_costs(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("counting_rules.csv")?;
        let counting = parse_counting_rules(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("gsa_per_diem.csv")?;
        let per_diem = parse_per_diem(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("centers.csv")?;
        let centers = parse_centers(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
            &per_diem,
        )?;
        let (file, text) = load("hospital_day_costs.csv")?;
        let hospital_table = TableText {
            file: &file,
            text: &text,
        };
        let hospital_day_costs = parse_hospital_day_costs(&hospital_table, &sources)?;
        let national = |ownership: Ownership| {
            hospital_day_costs
                .iter()
                .find(|c| c.region == NATIONAL && c.ownership == ownership)
                .cloned()
                .ok_or_else(|| {
                    hospital_table.error(1, None, format!("no national (US) row for {ownership:?} hospitals"))
                })
        };
        let national_nonprofit = national(Ownership::Nonprofit)?;
        let national_for_profit = national(Ownership::ForProfit)?;
        let (file, text) = load("insurance_presets.csv")?;
        let insurance = parse_insurance_presets(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("coverage_rules.csv")?;
        let coverage_rules = coverage_rules::parse_coverage_rules(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("travel_benefit_terms.csv")?;
        let travel_benefit = coverage_rules::parse_travel_benefit_terms(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("poverty_guidelines.csv")?;
        let poverty = household::parse_poverty_guidelines(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("burden_thresholds.csv")?;
        let thresholds = household::parse_burden_thresholds(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("notes.csv")?;
        let notes = notes::parse_notes(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("aid_programs.csv")?;
        let aid_programs = aid::parse_aid_programs(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
            &centers,
        )?;
        let (file, text) = load("paid_leave.csv")?;
        let paid_leave = work_and_tax::parse_paid_leave(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("tax_rules.csv")?;
        let tax_rules = work_and_tax::parse_tax_rules(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        let (file, text) = load("advocate_figures.csv")?;
        let advocate_figures = advocacy::parse_advocate_figures(
            &TableText {
                file: &file,
                text: &text,
            },
            &sources,
        )?;
        Ok(Self {
            sources,
            products,
            journey,
            unit_costs,
            counting,
            per_diem,
            centers,
            hospital_day_costs,
            national_nonprofit,
            national_for_profit,
            insurance,
            coverage_rules,
            travel_benefit,
            poverty,
            thresholds,
            notes,
            aid_programs,
            paid_leave,
            tax_rules,
            advocate_figures,
        })
    }

    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.sources.values()
    }

    /// The newest date a figure was taken into the data (`YYYY-MM-DD`): the data's version.
    pub fn data_as_of(&self) -> &str {
        self.sources.values().map(|s| s.retrieved.as_str()).max().unwrap_or("")
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    pub fn product_price(&self, basis: PriceBasis) -> &ProductPriceRow {
        // Parsing guarantees one row per basis, in `PriceBasis::ALL` order.
        &self.products[position(PriceBasis::ALL, basis)]
    }

    pub fn journey(&self, param: JourneyParam) -> &JourneyRow {
        &self.journey[position(&JourneyParam::ALL, param)]
    }

    pub fn unit_cost(&self, id: UnitCostId) -> &UnitCostRow {
        &self.unit_costs[position(&UnitCostId::ALL, id)]
    }

    pub fn counting_rules(&self) -> &CountingRules {
        &self.counting
    }

    pub fn centers(&self) -> &[Center] {
        &self.centers
    }

    pub fn center(&self, id: &str) -> Option<&Center> {
        self.centers.iter().find(|c| c.id == id)
    }

    /// The GSA area of a center. Parsing guarantees every center's area exists.
    pub fn per_diem_area(&self, center: &Center) -> Option<&PerDiemArea> {
        self.per_diem.get(&center.gsa_area)
    }

    /// The cost per inpatient day for a region and ownership, if the data has it.
    pub fn hospital_day_cost(&self, region: &str, ownership: Ownership) -> Option<&HospitalDayCost> {
        self.hospital_day_costs
            .iter()
            .find(|c| c.region == region && c.ownership == ownership)
    }

    /// The U.S. cost per inpatient day at nonprofit hospitals (always present).
    pub fn national_nonprofit_day_cost(&self) -> &HospitalDayCost {
        &self.national_nonprofit
    }

    /// The U.S. cost per inpatient day at for-profit hospitals (always present).
    pub fn national_for_profit_day_cost(&self) -> &HospitalDayCost {
        &self.national_for_profit
    }

    pub fn coverage_rules(&self) -> &CoverageRules {
        &self.coverage_rules
    }

    /// The poverty guideline of a region (loading made sure each region has one).
    pub fn poverty_guideline(&self, region: PovertyRegion) -> &PovertyGuideline {
        &self.poverty[position(&PovertyRegion::ALL, region)]
    }

    /// Every note, in table order (loading made sure each note id has one row).
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    pub fn note(&self, id: NoteId) -> &Note {
        &self.notes[position(&NoteId::ALL, id)]
    }

    /// Every aid program, in table order.
    pub fn aid_programs(&self) -> &[AidProgram] {
        &self.aid_programs
    }

    /// The paid family leave program of the state where someone works, if it has one.
    pub fn paid_leave(&self, state: &str) -> Option<&PaidLeaveRow> {
        self.paid_leave.iter().find(|row| row.state == state)
    }

    pub fn tax_rules(&self) -> &TaxRules {
        &self.tax_rules
    }

    pub fn advocate_figures(&self) -> &[AdvocateFigure] {
        &self.advocate_figures
    }

    pub fn burden_thresholds(&self) -> &BurdenThresholds {
        &self.thresholds
    }

    pub fn travel_benefit_terms(&self) -> &TravelBenefitTerms {
        &self.travel_benefit
    }

    pub fn insurance_presets(&self) -> &InsurancePresets {
        &self.insurance
    }
}

/// Index of `item` in `all`. Only called with complete `ALL` arrays, so the item is present.
fn position<T: PartialEq>(all: &[T], item: T) -> usize {
    all.iter().position(|candidate| *candidate == item).unwrap_or(0)
}

fn nonblank(column: &'static str, value: &str) -> Result<(), RowProblem> {
    if value.trim().is_empty() {
        Err(RowProblem::new(column, "must not be empty"))
    } else {
        Ok(())
    }
}

fn non_negative(column: &'static str, value: Decimal) -> Result<(), RowProblem> {
    if value.is_sign_negative() {
        Err(RowProblem::new(column, "must not be negative"))
    } else {
        Ok(())
    }
}

fn ordered<T: PartialOrd>(low: T, typical: T, high: T) -> Result<(), RowProblem> {
    if low > typical {
        Err(RowProblem::new("typical", "must not be less than low"))
    } else if typical > high {
        Err(RowProblem::new("high", "must not be less than typical"))
    } else {
        Ok(())
    }
}

fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [year] => digits(year, 4),
        [year, month] => digits(year, 4) && digits(month, 2),
        [year, month, day] => digits(year, 4) && digits(month, 2) && digits(day, 2),
        _ => false,
    }
}

fn parse_sources(table: &TableText<'_>) -> Result<BTreeMap<String, Source>, DataError> {
    let rows = read_rows::<Source>(table, None, |s| {
        if s.id.is_empty()
            || !s
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(RowProblem::new("id", "use lowercase letters, digits and '-'"));
        }
        nonblank("title", &s.title)?;
        nonblank("publisher", &s.publisher)?;
        if !(s.url.is_empty() || s.url.starts_with("https://") || s.url.starts_with("http://")) {
            return Err(RowProblem::new(
                "url",
                "must start with https:// or http://, or be empty",
            ));
        }
        if s.published != "undated" && !is_date(&s.published) {
            return Err(RowProblem::new(
                "published",
                "use YYYY, YYYY-MM, YYYY-MM-DD or 'undated'",
            ));
        }
        if !(is_date(&s.retrieved) && s.retrieved.len() == 10) {
            return Err(RowProblem::new("retrieved", "use YYYY-MM-DD"));
        }
        Ok(())
    })?;
    let id_column = rows.column("id");
    let mut sources = BTreeMap::new();
    for row in rows.rows {
        if sources.contains_key(&row.value.id) {
            return Err(table.error(
                row.line,
                id_column.clone(),
                format!("source {:?} is listed twice", row.value.id),
            ));
        }
        sources.insert(row.value.id.clone(), row.value);
    }
    Ok(sources)
}

/// The rows in table order, refusing a key listed twice.
fn unique_rows<K: PartialEq + std::fmt::Debug, T>(
    table: &TableText<'_>,
    parsed: Parsed<T>,
    key_column: &str,
    key: impl Fn(&T) -> K,
) -> Result<Vec<T>, DataError> {
    let column = parsed.column(key_column);
    let mut rows: Vec<T> = Vec::with_capacity(parsed.rows.len());
    for row in parsed.rows {
        let k = key(&row.value);
        if rows.iter().any(|r| key(r) == k) {
            return Err(table.error(row.line, column, format!("{k:?} is listed twice")));
        }
        rows.push(row.value);
    }
    Ok(rows)
}

/// Puts one row per key in `all` order, refusing duplicates, unknown keys and gaps.
fn one_row_per_key<K: Copy + PartialEq + std::fmt::Debug, T>(
    table: &TableText<'_>,
    parsed: Parsed<T>,
    key_column: &str,
    all: &[K],
    key: impl Fn(&T) -> K,
) -> Result<Vec<T>, DataError> {
    let column = parsed.column(key_column);
    let mut slots: Vec<Option<T>> = all.iter().map(|_| None).collect();
    for row in parsed.rows {
        let k = key(&row.value);
        let index = position(all, k);
        if slots[index].is_some() {
            return Err(table.error(row.line, column, format!("{k:?} is listed twice")));
        }
        slots[index] = Some(row.value);
    }
    slots
        .into_iter()
        .zip(all)
        .map(|(slot, k)| slot.ok_or_else(|| table.error(1, None, format!("no row for {k:?}"))))
        .collect()
}

fn parse_products(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<ProductPriceRow>, DataError> {
    let rows = read_rows::<ProductPriceRow>(table, Some(sources), |r| {
        nonblank("label", &r.label)?;
        nonblank("unit", &r.unit)?;
        nonblank("as_of", &r.as_of)?;
        non_negative("low", r.low)?;
        ordered(r.low, r.typical, r.high)
    })?;
    one_row_per_key(table, rows, "basis", PriceBasis::ALL, |r| r.basis)
}

fn parse_journey(table: &TableText<'_>, sources: &BTreeMap<String, Source>) -> Result<Vec<JourneyRow>, DataError> {
    let rows = read_rows::<JourneyRow>(table, Some(sources), |r| {
        nonblank("label", &r.label)?;
        nonblank("unit", &r.unit)?;
        nonblank("as_of", &r.as_of)?;
        if r.high > 1000 {
            return Err(RowProblem::new("high", "is not a believable count"));
        }
        ordered(r.low, r.typical, r.high)
    })?;
    one_row_per_key(table, rows, "id", &JourneyParam::ALL, |r| r.id)
}

fn parse_unit_costs(table: &TableText<'_>, sources: &BTreeMap<String, Source>) -> Result<Vec<UnitCostRow>, DataError> {
    let rows = read_rows::<UnitCostRow>(table, Some(sources), |r| {
        nonblank("label", &r.label)?;
        nonblank("unit", &r.unit)?;
        nonblank("as_of", &r.as_of)?;
        match (r.low, r.typical, r.high) {
            (None, None, None) => Ok(()),
            (Some(low), Some(typical), Some(high)) => {
                non_negative("low", low)?;
                ordered(low, typical, high)
            }
            _ => Err(RowProblem::new(
                "low",
                "give low, typical and high, or leave all three empty when no sourced price exists",
            )),
        }
    })?;
    one_row_per_key(table, rows, "id", &UnitCostId::ALL, |r| r.id)
}

fn parse_counting_rules(table: &TableText<'_>, sources: &BTreeMap<String, Source>) -> Result<CountingRules, DataError> {
    let rows = read_rows::<CountingRuleRow>(table, Some(sources), |r| {
        nonblank("unit", &r.unit)?;
        non_negative("value", r.value)?;
        let whole = r.value.fract().is_zero() && r.value <= Decimal::from(1000);
        if r.id != CountingRuleId::OvernightTripMinMiles && !whole {
            return Err(RowProblem::new("value", "must be a whole number up to 1000"));
        }
        if r.id == CountingRuleId::WorkingDaysPerWeek && !(Decimal::ONE..=Decimal::from(7)).contains(&r.value) {
            return Err(RowProblem::new("value", "must be from 1 to 7"));
        }
        Ok(())
    })?;
    let mut source_ids: Vec<String> = Vec::new();
    for row in &rows.rows {
        for id in &row.value.source_ids.0 {
            if !source_ids.contains(id) {
                source_ids.push(id.clone());
            }
        }
    }
    let rows = one_row_per_key(table, rows, "id", &CountingRuleId::ALL, |r| r.id)?;
    let whole = |id: CountingRuleId| -> u32 {
        // Checked above to be a whole number from 0 to 1000.
        rows[position(&CountingRuleId::ALL, id)].value.try_into().unwrap_or(0)
    };
    Ok(CountingRules {
        overnight_trip_min_miles: rows[position(&CountingRuleId::ALL, CountingRuleId::OvernightTripMinMiles)].value,
        days_away_per_overnight_trip: whole(CountingRuleId::DaysAwayPerOvernightTrip),
        days_away_per_day_trip: whole(CountingRuleId::DaysAwayPerDayTrip),
        working_days_per_week: whole(CountingRuleId::WorkingDaysPerWeek),
        treatment_trips: whole(CountingRuleId::TreatmentTrips),
        source_ids: SourceIds(source_ids),
    })
}

fn parse_per_diem(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<BTreeMap<String, PerDiemArea>, DataError> {
    let rows = read_rows::<PerDiemRow>(table, Some(sources), |r| {
        nonblank("area", &r.area)?;
        nonblank("destination", &r.destination)?;
        if r.lodging <= Decimal::ZERO {
            return Err(RowProblem::new("lodging", "must be more than 0"));
        }
        if r.meals <= Decimal::ZERO {
            return Err(RowProblem::new("meals", "must be more than 0"));
        }
        match (r.season_begin.is_empty(), r.season_end.is_empty()) {
            (true, true) => {}
            (false, false) => {
                if MonthDay::parse(&r.season_begin).is_none() {
                    return Err(RowProblem::new("season_begin", "use MM-DD, e.g. 10-01"));
                }
                if MonthDay::parse(&r.season_end).is_none() {
                    return Err(RowProblem::new("season_end", "use MM-DD, e.g. 03-31"));
                }
            }
            (true, false) => {
                return Err(RowProblem::new(
                    "season_begin",
                    "give both ends of the season or neither",
                ));
            }
            (false, true) => return Err(RowProblem::new("season_end", "give both ends of the season or neither")),
        }
        if !(is_date(&r.valid_from) && is_date(&r.valid_to)) {
            return Err(RowProblem::new(
                "valid_from",
                "use YYYY-MM-DD for valid_from and valid_to",
            ));
        }
        Ok(())
    })?;
    let meals_column = rows.column("meals");
    let season_column = rows.column("season_begin");
    let mut areas: BTreeMap<String, (u64, PerDiemArea)> = BTreeMap::new();
    for row in rows.rows {
        let r = row.value;
        let all_year = MonthDay { month: 10, day: 1 };
        let season = LodgingSeason {
            begin: MonthDay::parse(&r.season_begin).unwrap_or(all_year),
            end: MonthDay::parse(&r.season_end).unwrap_or(MonthDay { month: 9, day: 30 }),
            rate: r.lodging,
        };
        match areas.get_mut(&r.area) {
            None => {
                areas.insert(
                    r.area.clone(),
                    (
                        row.line,
                        PerDiemArea {
                            id: r.area,
                            state: r.state,
                            destination: r.destination,
                            county: r.county,
                            seasons: vec![season],
                            meals: r.meals,
                            valid_from: r.valid_from,
                            valid_to: r.valid_to,
                            source_ids: r.source_ids,
                        },
                    ),
                );
            }
            Some((_, area)) => {
                if area.meals != r.meals {
                    return Err(table.error(row.line, meals_column, "differs from the area's earlier rows"));
                }
                area.seasons.push(season);
            }
        }
    }
    // Each day of the year must fall in exactly one season of each area.
    for (first_line, area) in areas.values() {
        for day in days_of_year() {
            let count = area.seasons.iter().filter(|s| s.contains(day)).count();
            if count != 1 {
                return Err(table.error(
                    *first_line,
                    season_column.clone(),
                    format!(
                        "area {:?}: {:02}-{:02} falls in {count} seasons; seasons must cover the year once",
                        area.id, day.month, day.day
                    ),
                ));
            }
        }
    }
    if !areas.contains_key("standard") {
        return Err(table.error(1, None, "no row for the standard rate (area \"standard\")"));
    }
    Ok(areas.into_iter().map(|(id, (_, area))| (id, area)).collect())
}

fn parse_centers(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
    per_diem: &BTreeMap<String, PerDiemArea>,
) -> Result<Vec<Center>, DataError> {
    let rows = read_rows::<CenterRow>(table, Some(sources), |r| {
        if r.id.is_empty()
            || !r
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(RowProblem::new("id", "use lowercase letters, digits and '_'"));
        }
        nonblank("name", &r.name)?;
        if !(r.state.is_empty() || super::choices::state_name(&r.state).is_some()) {
            return Err(RowProblem::new("state", "must be a two-letter state code"));
        }
        if !per_diem.contains_key(&r.gsa_area) {
            return Err(RowProblem::new(
                "gsa_area",
                format!("no area {:?} in gsa_per_diem.csv", r.gsa_area),
            ));
        }
        Ok(())
    })?;
    let id_column = rows.column("id");
    let mut centers: Vec<Center> = Vec::with_capacity(rows.rows.len());
    for row in rows.rows {
        let r = row.value;
        if centers.iter().any(|c| c.id == r.id) {
            return Err(table.error(row.line, id_column, format!("center {:?} is listed twice", r.id)));
        }
        centers.push(Center {
            id: r.id,
            name: r.name,
            city: r.city,
            state: r.state,
            gsa_area: r.gsa_area,
            source_ids: r.source_ids,
        });
    }
    if centers.is_empty() {
        return Err(table.error(1, None, "no centers"));
    }
    Ok(centers)
}

fn parse_hospital_day_costs(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<HospitalDayCost>, DataError> {
    let rows = read_rows::<HospitalDayCostRow>(table, Some(sources), |r| {
        if !(r.region == NATIONAL || super::choices::state_name(&r.region).is_some()) {
            return Err(RowProblem::new("region", "must be US or a two-letter state code"));
        }
        if r.cost <= Decimal::ZERO {
            return Err(RowProblem::new("cost", "must be more than 0"));
        }
        nonblank("data_year", &r.data_year)
    })?;
    let region_column = rows.column("region");
    let mut costs: Vec<HospitalDayCost> = Vec::with_capacity(rows.rows.len());
    for row in rows.rows {
        let r = row.value;
        if costs.iter().any(|c| c.region == r.region && c.ownership == r.ownership) {
            return Err(table.error(row.line, region_column, "this region and ownership are listed twice"));
        }
        costs.push(HospitalDayCost {
            region: r.region,
            ownership: r.ownership,
            cost: r.cost,
            data_year: r.data_year,
            source_ids: r.source_ids,
        });
    }
    Ok(costs)
}

fn parse_insurance_presets(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<InsurancePresets, DataError> {
    let rows = read_rows::<PresetRow>(table, Some(sources), |r| {
        nonblank("unit", &r.unit)?;
        nonblank("as_of", &r.as_of)?;
        non_negative("value", r.value)?;
        let percent = matches!(
            r.item,
            PresetItem::CoinsurancePct | PresetItem::PartBCoinsurancePct | PresetItem::SupplementPaysPct
        );
        if percent && r.value > Decimal::ONE_HUNDRED {
            return Err(RowProblem::new("value", "a percentage must be from 0 to 100"));
        }
        if r.plan == InsuranceType::Uninsured {
            return Err(RowProblem::new(
                "plan",
                "uninsured has no presets: the family pays everything",
            ));
        }
        Ok(())
    })?;
    let item_column = rows.column("item");
    let mut found: BTreeMap<(InsuranceType, PresetItem), (u64, PresetValue)> = BTreeMap::new();
    for row in rows.rows {
        let key = (row.value.plan, row.value.item);
        if found.contains_key(&key) {
            return Err(table.error(row.line, item_column, "this plan and item are listed twice"));
        }
        let r = row.value;
        found.insert(
            key,
            (
                row.line,
                PresetValue {
                    value: r.value,
                    unit: r.unit,
                    as_of: r.as_of,
                    note: r.note,
                    source_ids: r.source_ids,
                },
            ),
        );
    }
    let mut take = |plan: InsuranceType, item: PresetItem| {
        found
            .remove(&(plan, item))
            .map(|(_, value)| value)
            .ok_or_else(|| table.error(1, None, format!("no row for plan {} item {item:?}", plan.id())))
    };
    let presets = InsurancePresets {
        employer: EmployerPreset {
            deductible: take(InsuranceType::Employer, PresetItem::Deductible)?,
            coinsurance_pct: take(InsuranceType::Employer, PresetItem::CoinsurancePct)?,
            oop_max: take(InsuranceType::Employer, PresetItem::OopMax)?,
            oop_max_family: take(InsuranceType::Employer, PresetItem::OopMaxFamily)?,
        },
        marketplace: MarketplacePreset {
            oop_max: take(InsuranceType::Marketplace, PresetItem::OopMax)?,
            oop_max_family: take(InsuranceType::Marketplace, PresetItem::OopMaxFamily)?,
        },
        medicare: MedicarePreset {
            part_a_deductible: take(InsuranceType::Medicare, PresetItem::PartADeductible)?,
            part_a_daily_61_90: take(InsuranceType::Medicare, PresetItem::PartADaily6190)?,
            part_b_deductible: take(InsuranceType::Medicare, PresetItem::PartBDeductible)?,
            part_b_coinsurance_pct: take(InsuranceType::Medicare, PresetItem::PartBCoinsurancePct)?,
            supplement_pays_pct: take(InsuranceType::Medicare, PresetItem::SupplementPaysPct)?,
        },
        medicare_advantage: CapPreset {
            oop_max: take(InsuranceType::MedicareAdvantage, PresetItem::OopMax)?,
        },
        medicaid: CapPreset {
            oop_max: take(InsuranceType::Medicaid, PresetItem::OopMax)?,
        },
    };
    if let Some(((plan, item), (line, _))) = found.into_iter().next() {
        return Err(table.error(
            line,
            item_column,
            format!("the estimate does not use item {item:?} for plan {}", plan.id()),
        ));
    }
    Ok(presets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data_files::embedded;

    /// Parses the bundled tables with one file's text replaced.
    fn parse_with(file: &str, text: &str) -> Result<Tables, DataError> {
        Tables::parse("data", |name| {
            if name == file {
                Some(text.to_string())
            } else {
                embedded(name).map(str::to_string)
            }
        })
    }

    /// The bundled text of `file` with `from` replaced by `to` (which must occur).
    fn edited(file: &str, from: &str, to: &str) -> String {
        let text = embedded(file).unwrap();
        assert!(text.contains(from), "{from:?} not in {file}");
        text.replacen(from, to, 1)
    }

    fn line_of(file: &str, starts_with: &str) -> u64 {
        let index = embedded(file)
            .unwrap()
            .lines()
            .position(|l| l.starts_with(starts_with))
            .unwrap();
        index as u64 + 1
    }

    fn column(number: usize, name: &str) -> Option<(usize, String)> {
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
        assert_eq!(error.column, column(8, "source_ids"));
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
            "days_away_per_day_trip,1,days,assumption-counting,",
            "days_away_per_day_trip,1,days,assumption-counting,,extra",
        );
        let error = parse_with("counting_rules.csv", &text).unwrap_err();
        assert_eq!(error.line, line_of("counting_rules.csv", "days_away_per_day_trip"));
        assert!(
            error.reason.contains("has 6 cells but the header has 5"),
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

        let text =
            embedded("journey.csv").unwrap().to_string() + "nearby_days,Again,1,2,3,days,2026,assumption-journey,\n";
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
            (name != "centers.csv").then(|| embedded(name).unwrap().to_string())
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
        let twice = format!(
            "{}DE,Again,6,80,80,,900,2026,hylant-pfml-2026,\n",
            embedded("paid_leave.csv").unwrap()
        );
        let error = parse_with("paid_leave.csv", &twice).unwrap_err();
        assert_eq!(error.reason, "\"DE\" is listed twice");
        let tables = crate::data_files::load_embedded().unwrap();
        assert_eq!(
            tables.paid_leave("NY").map(|p| p.weekly_max),
            Some(Decimal::new(122853, 2))
        );
        assert!(tables.paid_leave("TX").is_none());
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
            "no row for IncomeFloorPct"
        );
        let text = edited("tax_rules.csv", "companions_counted,1,", "companions_counted,1.5,");
        let error = parse_with("tax_rules.csv", &text).unwrap_err();
        assert_eq!(error.column, column(2, "value"));
        assert_eq!(error.reason, "must be a whole number of people");
    }

    #[test]
    fn aid_programs_are_checked() {
        let text = edited("aid_programs.csv", "any,no,no,philadelphia,", "any,no,no,atlantis,");
        let error = parse_with("aid_programs.csv", &text).unwrap_err();
        assert_eq!(error.line, line_of("aid_programs.csv", "hosts_for_hospitals"));
        assert_eq!(error.column, column(11, "only_at_centers"));
        assert_eq!(error.reason, "unknown center \"atlantis\": use an id from centers.csv");
        let text = edited(
            "aid_programs.csv",
            "Mercy Medical Angels,travel,any,",
            "Mercy Medical Angels,travel,pets,",
        );
        let error = parse_with("aid_programs.csv", &text).unwrap_err();
        assert_eq!(error.line, line_of("aid_programs.csv", "mercy_medical_angels"));
        assert_eq!(error.column, column(4, "serves"));
        let text = edited("aid_programs.csv", "travel,any,300,50,", "travel,any,3OO,50,");
        let error = parse_with("aid_programs.csv", &text).unwrap_err();
        assert_eq!(error.column, column(5, "income_limit_fpl_pct"));
        let text = edited("aid_programs.csv", "travel,any,,,750,", "travel,any,,800,750,");
        let error = parse_with("aid_programs.csv", &text).unwrap_err();
        assert_eq!(error.column, column(7, "max_distance_miles"));
        assert_eq!(error.reason, "must not be less than min_distance_miles");
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
        let philadelphia = tables.per_diem_area(tables.center("philadelphia").unwrap()).unwrap();
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
        let durham = tables.per_diem_area(tables.center("durham").unwrap()).unwrap();
        assert_eq!(durham.lodging_yearly_average(), Decimal::from(121));
        assert_eq!(durham.meals, Decimal::from(74));
    }
}
