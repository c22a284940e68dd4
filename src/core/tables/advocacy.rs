//! Figures for advocates (`advocate_figures.csv`): who gets lupus, myositis and scleroderma, who
//! gets into trials and who lives far from a CAR-T center. Shown on their own page (and its CSV
//! and JSON downloads), not pushed at individual families.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::checks::{nonblank, unique_rows};
use super::reader::{TableText, read_rows};
use super::{DataError, Source, SourceIds};

/// The sources of the Medicare coverage-policy paragraph on the advocates' page (checked at
/// load to be in `sources.csv`).
pub const COVERAGE_POLICY_SOURCE_IDS: [&str; 2] = ["cms-ncd-110-24", "fda-rems-2025"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AdvocateTopic {
    LupusPrevalence,
    MyositisAndScleroderma,
    TrialRepresentation,
    GeographicAccess,
    CaregivingAndCosts,
    CoveragePolicy,
}

impl AdvocateTopic {
    pub const ALL: [AdvocateTopic; 6] = [
        AdvocateTopic::LupusPrevalence,
        AdvocateTopic::MyositisAndScleroderma,
        AdvocateTopic::TrialRepresentation,
        AdvocateTopic::GeographicAccess,
        AdvocateTopic::CaregivingAndCosts,
        AdvocateTopic::CoveragePolicy,
    ];
}

/// A row of `advocate_figures.csv`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AdvocateFigure {
    pub id: String,
    pub topic: AdvocateTopic,
    pub label: String,
    #[serde(with = "super::cells::decimal")]
    pub value: Decimal,
    pub unit: String,
    pub context: String,
    /// Whom the figure is about: the group, place and people counted.
    pub population: String,
    pub source_ids: SourceIds,
    /// The period or date the figure holds for (`2002-2009`, `2018`, `undated`).
    pub as_of: String,
}

pub(super) fn parse_advocate_figures(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<AdvocateFigure>, DataError> {
    let parsed = read_rows(table, Some(sources), |r: &AdvocateFigure| {
        nonblank("id", &r.id)?;
        nonblank("label", &r.label)?;
        nonblank("unit", &r.unit)?;
        nonblank("population", &r.population)?;
        nonblank("as_of", &r.as_of)
    })?;
    unique_rows(table, parsed, "id", |r| r.id.clone())
}
