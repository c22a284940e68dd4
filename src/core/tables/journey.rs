//! `journey.csv` (how long each step takes) and `counting_rules.csv` (how trips, nights and
//! days away are counted).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::checks::{MAX_LABEL_CHARS, at_most_chars, non_negative, nonblank, one_row_per_key, ordered, position};
use super::reader::{DataError, RowProblem, SourceIds, TableText, read_rows};
use super::{Source, wire_id};
use crate::core::scenarios::Scenarios;
use crate::core::text::{RowTexts, Text};

/// A journey count the user can pin (days, nights, trips, months...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema)]
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
    /// Clinic visits a week in the weeks near the center, for a family sleeping at home.
    NearbyVisitsPerWeek,
    /// Trips a week to the hospital while the patient is in it, for a caregiver sleeping at home.
    HospitalVisitsPerWeek,
}

impl JourneyParam {
    pub const ALL: [JourneyParam; 13] = [
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
        JourneyParam::NearbyVisitsPerWeek,
        JourneyParam::HospitalVisitsPerWeek,
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
    /// The label, unit and note as messages, built once.
    #[serde(skip)]
    texts: RowTexts,
}

impl JourneyRow {
    pub fn counts(&self) -> Scenarios<u32> {
        Scenarios::new(self.low, self.typical, self.high)
    }

    pub fn label_text(&self) -> Text {
        self.texts
            .label
            .get(|| format!("journey-{}-label", wire_id(&self.id)), &self.label)
    }

    pub fn unit_text(&self) -> Text {
        self.texts
            .unit
            .get(|| format!("journey-{}-unit", wire_id(&self.id)), &self.unit)
    }

    pub fn note_text(&self) -> Text {
        self.texts
            .note
            .get(|| format!("journey-{}-note", wire_id(&self.id)), &self.note)
    }
}

/// Thresholds and counting conventions; each is a labelled assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountingRuleId {
    DaysAwayPerOvernightTrip,
    DaysAwayPerDayTrip,
    WorkingDaysPerWeek,
    TreatmentTrips,
    AirportRidesPerRoundTrip,
    CityRidesPerDay,
}

impl CountingRuleId {
    pub const ALL: [CountingRuleId; 6] = [
        CountingRuleId::DaysAwayPerOvernightTrip,
        CountingRuleId::DaysAwayPerDayTrip,
        CountingRuleId::WorkingDaysPerWeek,
        CountingRuleId::TreatmentTrips,
        CountingRuleId::AirportRidesPerRoundTrip,
        CountingRuleId::CityRidesPerDay,
    ];
}

#[derive(Debug, Clone, Deserialize)]
struct CountingRuleRow {
    id: CountingRuleId,
    #[serde(with = "super::cells::decimal")]
    value: Decimal,
    unit: String,
    /// When the figure was last known to hold; read by the freshness check (`tables::dating`).
    #[allow(dead_code)]
    as_of: String,
    source_ids: SourceIds,
    #[allow(dead_code)] // documentation for people editing the table
    note: String,
}

/// The counting rules, typed.
#[derive(Debug, Clone)]
pub struct CountingRules {
    pub days_away_per_overnight_trip: u32,
    pub days_away_per_day_trip: u32,
    pub working_days_per_week: u32,
    pub treatment_trips: u32,
    /// Flying: rides to or from an airport for each flown round trip.
    pub airport_rides_per_round_trip: u32,
    /// Flying: city rides between the lodging and the center each clinic or treatment day.
    pub city_rides_per_day: u32,
    pub source_ids: SourceIds,
}

pub(super) fn parse_journey(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<JourneyRow>, DataError> {
    let rows = read_rows::<JourneyRow>(table, Some(sources), |r| {
        nonblank("label", &r.label)?;
        at_most_chars("label", &r.label, MAX_LABEL_CHARS)?;
        nonblank("unit", &r.unit)?;
        nonblank("as_of", &r.as_of)?;
        if r.high > 1000 {
            return Err(RowProblem::new("high", "is not a believable count"));
        }
        // The FDA asks for 15 years of follow-up after a gene therapy such as CAR-T.
        if r.id == JourneyParam::FollowUpYears && r.high > 15 {
            return Err(RowProblem::new("high", "follow-up lasts at most 15 years"));
        }
        ordered(r.low, r.typical, r.high)
    })?;
    one_row_per_key(table, rows, "id", &JourneyParam::ALL, |r| r.id)
}

pub(super) fn parse_counting_rules(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<CountingRules, DataError> {
    let rows = read_rows::<CountingRuleRow>(table, Some(sources), |r| {
        nonblank("unit", &r.unit)?;
        non_negative("value", r.value)?;
        let whole = r.value.fract().is_zero() && r.value <= Decimal::from(1000);
        if !whole {
            return Err(RowProblem::new("value", "must be a whole number up to 1000"));
        }
        if r.id == CountingRuleId::WorkingDaysPerWeek && !(Decimal::ONE..=Decimal::from(7)).contains(&r.value) {
            return Err(RowProblem::new("value", "must be from 1 to 7"));
        }
        Ok(())
    })?;
    // The sources every trip count cites; the rides rules are cited by the rides line alone.
    let rides = [
        CountingRuleId::AirportRidesPerRoundTrip,
        CountingRuleId::CityRidesPerDay,
    ];
    let mut source_ids: Vec<String> = Vec::new();
    for row in rows.rows.iter().filter(|row| !rides.contains(&row.value.id)) {
        for id in row.value.source_ids.as_slice() {
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
        days_away_per_overnight_trip: whole(CountingRuleId::DaysAwayPerOvernightTrip),
        days_away_per_day_trip: whole(CountingRuleId::DaysAwayPerDayTrip),
        working_days_per_week: whole(CountingRuleId::WorkingDaysPerWeek),
        treatment_trips: whole(CountingRuleId::TreatmentTrips),
        airport_rides_per_round_trip: whole(CountingRuleId::AirportRidesPerRoundTrip),
        city_rides_per_day: whole(CountingRuleId::CityRidesPerDay),
        source_ids: SourceIds::from(source_ids),
    })
}
