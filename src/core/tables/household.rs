//! Figures for the household's burden: the HHS poverty guidelines (`poverty_guidelines.csv`)
//! and the thresholds that call a cost catastrophic or a family underinsured
//! (`burden_thresholds.csv`).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use jiff::civil::Date;

use super::checks::{at_most, non_negative, nonblank, one_row_per_key};
use super::period::{Dated, Period, dated_per_key};
use super::reader::{RowProblem, TableText, read_rows};
use super::{DataError, Source, SourceIds};

/// Where the HHS poverty guideline differs: Alaska and Hawaii have their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PovertyRegion {
    /// The 48 contiguous states and DC.
    Contiguous,
    Alaska,
    Hawaii,
}

impl PovertyRegion {
    pub const ALL: [PovertyRegion; 3] = [PovertyRegion::Contiguous, PovertyRegion::Alaska, PovertyRegion::Hawaii];

    /// The region of a home state; `None` where HHS publishes no guideline in our data (Puerto Rico).
    pub fn of_state(code: &str) -> Option<Self> {
        match code {
            "AK" => Some(Self::Alaska),
            "HI" => Some(Self::Hawaii),
            "PR" => None,
            _ => Some(Self::Contiguous),
        }
    }
}

/// One region's poverty guideline.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PovertyGuideline {
    pub region: PovertyRegion,
    pub year: u16,
    #[serde(with = "super::cells::decimal")]
    pub first_person: Decimal,
    /// `None` when no sourced amount exists: then only one-person households get a figure.
    #[serde(with = "super::cells::optional_decimal")]
    pub each_additional: Option<Decimal>,
    pub unit: String,
    pub source_ids: SourceIds,
    pub note: String,
}

impl PovertyGuideline {
    /// The guidelines hold for their calendar year (HHS publishes each January).
    pub fn period(&self) -> Period {
        let year = i16::try_from(self.year).unwrap_or(i16::MAX);
        Period {
            from: Date::new(year, 1, 1).unwrap_or(Date::MIN),
            to: Date::new(year, 12, 31).ok(),
        }
    }

    /// The guideline for a household of `size` people, if the data give one.
    pub fn for_household(&self, size: u32) -> Option<Decimal> {
        match size {
            0 => None,
            1 => Some(self.first_person),
            _ => self
                .each_additional
                .map(|each| self.first_person + each * Decimal::from(size - 1)),
        }
    }
}

/// The burden thresholds, each a percent (of income, or of the poverty guideline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ThresholdId {
    Catastrophic,
    Severe,
    Underinsured,
    UnderinsuredLowIncome,
    LowIncomePoverty,
}

impl ThresholdId {
    pub const ALL: [ThresholdId; 5] = [
        ThresholdId::Catastrophic,
        ThresholdId::Severe,
        ThresholdId::Underinsured,
        ThresholdId::UnderinsuredLowIncome,
        ThresholdId::LowIncomePoverty,
    ];
}

#[derive(Debug, Clone, Deserialize)]
struct ThresholdRow {
    id: ThresholdId,
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

/// A threshold with its sources.
#[derive(Debug, Clone, Serialize)]
pub struct Threshold {
    pub value: Decimal,
    pub source_ids: SourceIds,
}

/// The thresholds, typed.
#[derive(Debug, Clone, Serialize)]
pub struct BurdenThresholds {
    pub catastrophic_pct: Threshold,
    pub severe_pct: Threshold,
    pub underinsured_pct: Threshold,
    pub underinsured_low_income_pct: Threshold,
    pub low_income_poverty_pct: Threshold,
}

pub(super) fn parse_poverty_guidelines(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<Dated<PovertyGuideline>>, DataError> {
    let parsed = read_rows(table, Some(sources), |r: &PovertyGuideline| {
        nonblank("unit", &r.unit)?;
        non_negative("first_person", r.first_person)?;
        if r.first_person.is_zero() {
            return Err(RowProblem::new("first_person", "must be more than 0"));
        }
        at_most("first_person", r.first_person, 1_000_000)?;
        if let Some(each) = r.each_additional {
            non_negative("each_additional", each)?;
            at_most("each_additional", each, 1_000_000)?;
        }
        if !(2000..=2100).contains(&r.year) {
            return Err(RowProblem::new("year", "must be a year from 2000 to 2100"));
        }
        Ok(())
    })?;
    dated_per_key(
        table,
        parsed,
        &PovertyRegion::ALL,
        |r| r.region,
        PovertyGuideline::period,
    )
}

pub(super) fn parse_burden_thresholds(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<BurdenThresholds, DataError> {
    let parsed = read_rows(table, Some(sources), |r: &ThresholdRow| {
        nonblank("unit", &r.unit)?;
        non_negative("value", r.value)?;
        at_most("value", r.value, 1_000)
    })?;
    let rows = one_row_per_key(table, parsed, "id", &ThresholdId::ALL, |r| r.id)?;
    let take = |index: usize| Threshold {
        value: rows[index].value,
        source_ids: rows[index].source_ids.clone(),
    };
    Ok(BurdenThresholds {
        catastrophic_pct: take(0),
        severe_pct: take(1),
        underinsured_pct: take(2),
        underinsured_low_income_pct: take(3),
        low_income_poverty_pct: take(4),
    })
}
