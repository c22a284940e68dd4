//! Prices: `product_prices.csv` (the cells), `unit_costs.csv` (per mile, per night, per dose…)
//! and `hospital_day_costs.csv` (what hospitals spend per patient day).

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::checks::{MAX_LABEL_CHARS, at_most, at_most_chars, non_negative, nonblank, ordered};
use super::period::{Dated, Period, dated_per_key};
use super::reader::{DataError, RowProblem, SourceIds, TableText, read_rows};
use super::{Source, wire_id};
use crate::core::choices::PriceBasis;
use crate::core::scenarios::Scenarios;
use crate::core::text::{RowTexts, Text};

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
    /// Fludarabine, per 50 mg billed (HCPCS J9185).
    #[serde(rename = "fludarabine_per_50mg")]
    FludarabinePer50mg,
    /// Cyclophosphamide, per 5 mg billed (HCPCS J9075).
    #[serde(rename = "cyclophosphamide_per_5mg")]
    CyclophosphamidePer5mg,
    ProphylaxisPerMonth,
    MedianWeeklyPay,
    /// A ride to or from an airport (flying families), per ride.
    AirportRide,
    /// A short city ride between lodging and the center, per ride.
    LocalRide,
    /// The federal minimum wage, USD per hour: a floor for checking pay that looks per hour.
    FederalMinimumWage,
}

impl UnitCostId {
    pub const ALL: [UnitCostId; 14] = [
        UnitCostId::DrivePerMile,
        UnitCostId::AirfareRoundTrip,
        UnitCostId::ParkingPerDay,
        UnitCostId::PetBoardingPerNight,
        UnitCostId::TocilizumabDose,
        UnitCostId::FollowUpCarePerYear,
        UnitCostId::ApheresisCollection,
        UnitCostId::FludarabinePer50mg,
        UnitCostId::CyclophosphamidePer5mg,
        UnitCostId::ProphylaxisPerMonth,
        UnitCostId::MedianWeeklyPay,
        UnitCostId::AirportRide,
        UnitCostId::LocalRide,
        UnitCostId::FederalMinimumWage,
    ];
}

/// A row of `unit_costs.csv`. Empty low / typical / high means no sourced price exists.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UnitCostRow {
    pub id: UnitCostId,
    pub label: String,
    #[serde(with = "super::cells::optional_decimal")]
    pub low: Option<Decimal>,
    #[serde(with = "super::cells::optional_decimal")]
    pub typical: Option<Decimal>,
    #[serde(with = "super::cells::optional_decimal")]
    pub high: Option<Decimal>,
    pub unit: String,
    pub as_of: String,
    /// The period the figure holds for (`valid_to` empty: until a newer row is added).
    pub valid_from: String,
    pub valid_to: String,
    pub source_ids: SourceIds,
    pub note: String,
    /// The label, unit and note as messages, built once.
    #[serde(skip)]
    texts: RowTexts,
}

impl UnitCostRow {
    /// The period the figure holds for (checked at load).
    pub fn period(&self) -> Period {
        Period::parse(&self.valid_from, &self.valid_to).unwrap_or(Period::ALWAYS)
    }

    /// The price in each scenario, or `None` when no sourced price exists.
    pub fn price(&self) -> Option<Scenarios<Decimal>> {
        Some(Scenarios::new(self.low?, self.typical?, self.high?))
    }

    pub fn label_text(&self) -> Text {
        self.texts
            .label
            .get(|| format!("unit_cost-{}-label", wire_id(&self.id)), &self.label)
    }

    pub fn unit_text(&self) -> Text {
        self.texts
            .unit
            .get(|| format!("unit_cost-{}-unit", wire_id(&self.id)), &self.unit)
    }

    pub fn note_text(&self) -> Text {
        self.texts
            .note
            .get(|| format!("unit_cost-{}-note", wire_id(&self.id)), &self.note)
    }
}

/// A row of `product_prices.csv`: one way of pricing the cells.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProductPriceRow {
    pub basis: PriceBasis,
    pub label: String,
    #[serde(with = "super::cells::decimal")]
    pub low: Decimal,
    #[serde(with = "super::cells::decimal")]
    pub typical: Decimal,
    #[serde(with = "super::cells::decimal")]
    pub high: Decimal,
    pub unit: String,
    pub as_of: String,
    /// The period a payment limit holds for (a quarter); both empty for a price that does not
    /// expire, such as a launch price.
    pub valid_from: String,
    pub valid_to: String,
    pub source_ids: SourceIds,
    pub note: String,
    /// The label, unit and note as messages, built once.
    #[serde(skip)]
    texts: RowTexts,
}

impl ProductPriceRow {
    /// The period the price holds for (checked at load); a price with no period, such as a
    /// launch price, holds on every day.
    pub fn period(&self) -> Period {
        if self.valid_from.is_empty() {
            return Period::ALWAYS;
        }
        Period::parse(&self.valid_from, &self.valid_to).unwrap_or(Period::ALWAYS)
    }

    pub fn label_text(&self) -> Text {
        self.texts
            .label
            .get(|| format!("price-{}-label", self.basis.id()), &self.label)
    }

    pub fn unit_text(&self) -> Text {
        self.texts
            .unit
            .get(|| format!("price-{}-unit", self.basis.id()), &self.unit)
    }

    pub fn note_text(&self) -> Text {
        self.texts
            .note
            .get(|| format!("price-{}-note", self.basis.id()), &self.note)
    }

    pub fn price(&self) -> Scenarios<Decimal> {
        Scenarios::new(self.low, self.typical, self.high)
    }
}

/// Who owns the hospitals a cost-per-day figure averages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema)]
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
    #[serde(with = "super::cells::decimal")]
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

pub(super) fn parse_products(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<Dated<ProductPriceRow>>, DataError> {
    let rows = read_rows::<ProductPriceRow>(table, Some(sources), |r| {
        nonblank("label", &r.label)?;
        at_most_chars("label", &r.label, MAX_LABEL_CHARS)?;
        at_most("high", r.high, 10_000_000)?;
        nonblank("unit", &r.unit)?;
        nonblank("as_of", &r.as_of)?;
        if !(r.valid_from.is_empty() && r.valid_to.is_empty()) {
            Period::parse(&r.valid_from, &r.valid_to)?;
        }
        non_negative("low", r.low)?;
        ordered(r.low, r.typical, r.high)
    })?;
    dated_per_key(table, rows, PriceBasis::ALL, |r| r.basis, ProductPriceRow::period)
}

pub(super) fn parse_unit_costs(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<Dated<UnitCostRow>>, DataError> {
    let rows = read_rows::<UnitCostRow>(table, Some(sources), |r| {
        nonblank("label", &r.label)?;
        at_most_chars("label", &r.label, MAX_LABEL_CHARS)?;
        nonblank("unit", &r.unit)?;
        nonblank("as_of", &r.as_of)?;
        Period::parse(&r.valid_from, &r.valid_to)?;
        match (r.low, r.typical, r.high) {
            (None, None, None) => Ok(()),
            (Some(low), Some(typical), Some(high)) => {
                non_negative("low", low)?;
                at_most("high", high, 1_000_000)?;
                ordered(low, typical, high)
            }
            _ => Err(RowProblem::new(
                "low",
                "give low, typical and high, or leave all three empty when no sourced price exists",
            )),
        }
    })?;
    dated_per_key(table, rows, &UnitCostId::ALL, |r| r.id, UnitCostRow::period)
}

pub(super) fn parse_hospital_day_costs(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<HospitalDayCost>, DataError> {
    let rows = read_rows::<HospitalDayCostRow>(table, Some(sources), |r| {
        if !(r.region == NATIONAL || crate::core::choices::state_name(&r.region).is_some()) {
            return Err(RowProblem::new("region", "must be US or a two-letter state code"));
        }
        if r.cost <= Decimal::ZERO {
            return Err(RowProblem::new("cost", "must be more than 0"));
        }
        at_most("cost", r.cost, 100_000)?;
        nonblank("data_year", &r.data_year)
    })?;
    let region_column = rows.column("region");
    let mut costs: Vec<HospitalDayCost> = Vec::with_capacity(rows.rows.len());
    let mut seen: BTreeSet<(String, Ownership)> = BTreeSet::new();
    for row in rows.rows {
        let r = row.value;
        if !seen.insert((r.region.clone(), r.ownership)) {
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

/// The U.S. row for hospitals of this ownership, which every estimate needs.
pub(super) fn national_day_cost(
    table: &TableText<'_>,
    costs: &[HospitalDayCost],
    ownership: Ownership,
) -> Result<HospitalDayCost, DataError> {
    costs
        .iter()
        .find(|c| c.region == NATIONAL && c.ownership == ownership)
        .cloned()
        .ok_or_else(|| table.error(1, None, format!("no national (US) row for {ownership:?} hospitals")))
}

/// A scenario of `conditioning_regimens.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
enum RegimenScenario {
    Low,
    Typical,
    High,
}

/// The chemotherapy before the cells in one scenario: doses by body surface, and how many days.
#[derive(Debug, Clone, Deserialize)]
pub struct ConditioningRegimen {
    scenario: RegimenScenario,
    #[serde(with = "super::cells::decimal")]
    pub body_surface_m2: Decimal,
    #[serde(with = "super::cells::decimal")]
    pub fludarabine_mg_per_m2: Decimal,
    pub fludarabine_days: u32,
    #[serde(with = "super::cells::decimal")]
    pub cyclophosphamide_mg_per_m2: Decimal,
    pub cyclophosphamide_days: u32,
    pub valid_from: String,
    pub valid_to: String,
    pub source_ids: SourceIds,
    #[allow(dead_code)] // documentation for people editing the table
    note: String,
}

pub(super) fn parse_conditioning_regimens(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Scenarios<Dated<ConditioningRegimen>>, DataError> {
    let rows = read_rows::<ConditioningRegimen>(table, Some(sources), |r| {
        Period::parse(&r.valid_from, &r.valid_to)?;
        if !(Decimal::ONE..=Decimal::from(3)).contains(&r.body_surface_m2) {
            return Err(RowProblem::new("body_surface_m2", "must be from 1 to 3 m²"));
        }
        for (column, dose) in [
            ("fludarabine_mg_per_m2", r.fludarabine_mg_per_m2),
            ("cyclophosphamide_mg_per_m2", r.cyclophosphamide_mg_per_m2),
        ] {
            if dose <= Decimal::ZERO || dose > Decimal::from(3000) {
                return Err(RowProblem::new(column, "must be more than 0 and at most 3,000 mg/m²"));
            }
        }
        for (column, days) in [
            ("fludarabine_days", r.fludarabine_days),
            ("cyclophosphamide_days", r.cyclophosphamide_days),
        ] {
            if !(1..=10).contains(&days) {
                return Err(RowProblem::new(column, "must be from 1 to 10 days"));
            }
        }
        Ok(())
    })?;
    let all = [RegimenScenario::Low, RegimenScenario::Typical, RegimenScenario::High];
    let period_of = |r: &ConditioningRegimen| Period::parse(&r.valid_from, &r.valid_to).unwrap_or(Period::ALWAYS);
    let mut regimens = dated_per_key(table, rows, &all, |r| r.scenario, period_of)?.into_iter();
    match (regimens.next(), regimens.next(), regimens.next()) {
        (Some(low), Some(typical), Some(high)) => Ok(Scenarios::new(low, typical, high)),
        _ => Err(table.error(1, None, "give a low, a typical and a high row")),
    }
}
