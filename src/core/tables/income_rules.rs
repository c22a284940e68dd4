//! The rules where income changes the bill: `cost_sharing_reductions.csv` (the lower yearly
//! limits of Marketplace silver plans by income), `medicaid_adults.csv` (which states expanded
//! Medicaid, and the adult income limit) and `financial_assistance.csv` (the free or discounted
//! care hospitals give by income: the common policy and the state laws that set floors).

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Source;
use super::checks::{at_most, non_negative, nonblank, unique_rows};
use super::period::{Dated, InForce, Period, dated_per_key};
use super::reader::{DataError, RowProblem, SourceIds, TableText, read_rows};
use crate::core::choices::{US_STATES, state_name};

/// The three silver plans with cost-sharing reductions, by the plan's actuarial value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema)]
pub enum SilverVariant {
    #[serde(rename = "silver_94")]
    Silver94,
    #[serde(rename = "silver_87")]
    Silver87,
    #[serde(rename = "silver_73")]
    Silver73,
}

impl SilverVariant {
    /// In order of income, lowest first.
    pub const ALL: [Self; 3] = [Self::Silver94, Self::Silver87, Self::Silver73];
}

/// One income band's reduced out-of-pocket limit for a plan year.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct CostSharingReduction {
    pub variant: SilverVariant,
    /// The band holds from this percent of the poverty line...
    #[serde(with = "super::cells::decimal")]
    pub income_from_pct: Decimal,
    /// ...up to and including this one.
    #[serde(with = "super::cells::decimal")]
    pub income_to_pct: Decimal,
    /// The limit for self-only coverage (and for each person on family coverage).
    #[serde(with = "super::cells::decimal")]
    pub oop_max: Decimal,
    /// The limit for a whole family, when a good source gives it.
    #[serde(with = "super::cells::optional_decimal")]
    pub oop_max_family: Option<Decimal>,
    pub as_of: String,
    pub valid_from: String,
    pub valid_to: String,
    pub source_ids: SourceIds,
    pub note: String,
}

impl CostSharingReduction {
    fn period(&self) -> Period {
        Period::parse(&self.valid_from, &self.valid_to).unwrap_or(Period::ALWAYS)
    }

    /// True when income at `percent` of the poverty line falls in this band.
    pub fn holds_at(&self, percent: Decimal) -> bool {
        self.income_from_pct <= percent && percent <= self.income_to_pct
    }
}

/// Every band's limits over time, in `SilverVariant::ALL` order.
#[derive(Debug, Clone)]
pub struct CostSharingReductions(Vec<Dated<CostSharingReduction>>);

impl CostSharingReductions {
    /// The band for income at `percent` of the poverty line, with the limit in force on `day`
    /// (the latest published, marked `reused_for`, when that year's is not out). An income on
    /// the line between two bands gets the lower band, as the law reads ("not more than 150%").
    pub fn band(&self, percent: Decimal, day: Date) -> Option<InForce<'_, CostSharingReduction>> {
        self.0
            .iter()
            .filter_map(|dated| dated.on(day))
            .find(|in_force| in_force.value.holds_at(percent))
    }
}

/// The law that sets which year's poverty guidelines Marketplace help uses: cited with every
/// reduced limit, so loading makes sure `sources.csv` has it.
pub const GUIDELINE_TIMING_SOURCE_IDS: [&str; 1] = ["usc-36b-poverty-line"];

/// Where to apply for Medicaid: cited with every Medicaid check.
pub const MEDICAID_APPLY_SOURCE_IDS: [&str; 2] = ["medicaid-gov-contact", "myhealthinsurance-medicaid"];

/// Refuses a table whose rules cite a source `sources.csv` does not have.
fn cited(table: &TableText<'_>, sources: &BTreeMap<String, Source>, ids: &[&str]) -> Result<(), DataError> {
    match ids.iter().find(|id| !sources.contains_key(**id)) {
        Some(missing) => Err(table.error(1, None, format!("source {missing:?} is not in sources.csv"))),
        None => Ok(()),
    }
}

pub(super) fn parse_cost_sharing_reductions(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<CostSharingReductions, DataError> {
    cited(table, sources, &GUIDELINE_TIMING_SOURCE_IDS)?;
    let parsed = read_rows(table, Some(sources), |r: &CostSharingReduction| {
        nonblank("as_of", &r.as_of)?;
        Period::parse(&r.valid_from, &r.valid_to)?;
        non_negative("income_from_pct", r.income_from_pct)?;
        if r.income_to_pct <= r.income_from_pct {
            return Err(RowProblem::new("income_to_pct", "must be more than income_from_pct"));
        }
        at_most("income_to_pct", r.income_to_pct, 1_000)?;
        at_most("oop_max", r.oop_max, 1_000_000)?;
        if let Some(family) = r.oop_max_family {
            at_most("oop_max_family", family, 1_000_000)?;
        }
        if r.oop_max.is_zero() || r.oop_max.is_sign_negative() {
            return Err(RowProblem::new("oop_max", "must be more than 0"));
        }
        if r.oop_max_family.is_some_and(|family| family < r.oop_max) {
            return Err(RowProblem::new("oop_max_family", "must not be less than oop_max"));
        }
        Ok(())
    })?;
    // The bands follow one another: each begins where the one below it ends.
    let from_column = parsed.column("income_from_pct");
    let band_tops: BTreeSet<(SilverVariant, Decimal)> = parsed
        .rows
        .iter()
        .map(|r| (r.value.variant, r.value.income_to_pct))
        .collect();
    for row in &parsed.rows {
        let index = SilverVariant::ALL
            .iter()
            .position(|v| *v == row.value.variant)
            .unwrap_or(0);
        if index > 0 {
            let below = SilverVariant::ALL[index - 1];
            let meets = band_tops.contains(&(below, row.value.income_from_pct));
            if !meets {
                return Err(table.error(
                    row.line,
                    from_column.clone(),
                    "must be where the band below it ends (its income_to_pct)",
                ));
            }
        }
    }
    let dated = dated_per_key(
        table,
        parsed,
        &SilverVariant::ALL,
        |r| r.variant,
        CostSharingReduction::period,
    )?;
    Ok(CostSharingReductions(dated))
}

/// A state's Medicaid for adults under 65 who are not disabled or pregnant.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct MedicaidAdults {
    pub state: String,
    /// Whether the state expanded Medicaid under the ACA.
    #[serde(deserialize_with = "yes_no")]
    pub expanded: bool,
    /// Adults with income up to this percent of the poverty line qualify on income (0: adults
    /// without children do not qualify on income alone).
    #[serde(with = "super::cells::decimal")]
    pub adult_limit_pct: Decimal,
    /// Adults must also work or meet another activity rule (Georgia Pathways).
    #[serde(deserialize_with = "yes_no")]
    pub work_rule: bool,
    pub as_of: String,
    pub source_ids: SourceIds,
    pub note: String,
}

fn yes_no<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    match String::deserialize(deserializer)?.as_str() {
        "yes" => Ok(true),
        "no" => Ok(false),
        other => Err(serde::de::Error::custom(format!("{other:?}: write yes or no"))),
    }
}

/// States without an income limit for adults in the federal poverty guidelines: Puerto Rico's
/// Medicaid uses its own poverty level.
const MEDICAID_WITHOUT_ROW: [&str; 1] = ["PR"];

pub(super) fn parse_medicaid_adults(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<MedicaidAdults>, DataError> {
    cited(table, sources, &MEDICAID_APPLY_SOURCE_IDS)?;
    let parsed = read_rows(table, Some(sources), |r: &MedicaidAdults| {
        if state_name(&r.state).is_none() || MEDICAID_WITHOUT_ROW.contains(&r.state.as_str()) {
            return Err(RowProblem::new("state", "use a two-letter code of a state or DC"));
        }
        nonblank("as_of", &r.as_of)?;
        non_negative("adult_limit_pct", r.adult_limit_pct)?;
        at_most("adult_limit_pct", r.adult_limit_pct, 1_000)
    })?;
    let rows = unique_rows(table, parsed, "state", |r| r.state.clone())?;
    if let Some(missing) = US_STATES
        .iter()
        .find(|code| !MEDICAID_WITHOUT_ROW.contains(code) && !rows.iter().any(|r| r.state == **code))
    {
        return Err(table.error(1, None, format!("no row for {missing}")));
    }
    Ok(rows)
}

/// Which patients a financial-assistance rule covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AssistancePatients {
    All,
    /// Uninsured patients who live in the law's state (Illinois).
    UninsuredResidents,
    /// Uninsured patients, or insured ones with high medical costs (California).
    UninsuredOrHighCosts,
}

/// What a financial-assistance rule gives in its income band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AssistanceHelp {
    /// A discount; `family_pays_pct` says how much is left when the rule sets it.
    Discount,
    /// Free or discounted care: the hospital's policy says which.
    FreeOrDiscount,
    Free,
}

/// One income band of a hospital financial-assistance rule: the common nonprofit policy
/// (`state` blank) or a state's law, which binds every hospital in that state.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AssistanceRule {
    pub state: String,
    pub patients: AssistancePatients,
    pub help: AssistanceHelp,
    /// The band holds from this percent of the poverty line up to and including the next.
    #[serde(with = "super::cells::decimal")]
    pub income_from_pct: Decimal,
    #[serde(with = "super::cells::decimal")]
    pub income_to_pct: Decimal,
    /// The share of its bill the family still pays, when the rule sets it (0 for free care).
    #[serde(with = "super::cells::optional_decimal")]
    pub family_pays_pct: Option<Decimal>,
    pub as_of: String,
    pub source_ids: SourceIds,
    pub note: String,
}

impl AssistanceRule {
    /// True for the common policy of nonprofit hospitals, not a state's law.
    pub fn is_common_policy(&self) -> bool {
        self.state.is_empty()
    }

    pub fn holds_at(&self, percent: Decimal) -> bool {
        self.income_from_pct <= percent && percent <= self.income_to_pct
    }
}

pub(super) fn parse_financial_assistance(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<AssistanceRule>, DataError> {
    let parsed = read_rows(table, Some(sources), |r: &AssistanceRule| {
        if !r.state.is_empty() && state_name(&r.state).is_none() {
            return Err(RowProblem::new(
                "state",
                "use a two-letter state code, or leave blank for the common policy",
            ));
        }
        nonblank("as_of", &r.as_of)?;
        non_negative("income_from_pct", r.income_from_pct)?;
        if r.income_to_pct <= r.income_from_pct {
            return Err(RowProblem::new("income_to_pct", "must be more than income_from_pct"));
        }
        at_most("income_to_pct", r.income_to_pct, 1_000)?;
        match (r.help, r.family_pays_pct) {
            (AssistanceHelp::Free, Some(pct)) if pct.is_zero() => Ok(()),
            (AssistanceHelp::Free, _) => Err(RowProblem::new("family_pays_pct", "free care leaves 0 to pay")),
            (AssistanceHelp::FreeOrDiscount, Some(_)) => Err(RowProblem::new(
                "family_pays_pct",
                "leave blank: the hospital's policy says how much",
            )),
            (_, Some(pct)) if pct.is_sign_negative() || pct >= Decimal::ONE_HUNDRED => Err(RowProblem::new(
                "family_pays_pct",
                "a discount leaves more than 0 and less than 100 percent",
            )),
            _ => Ok(()),
        }
    })?;
    let rows = unique_rows(table, parsed, "income_from_pct", |r| {
        (r.state.clone(), r.income_from_pct)
    })?;
    if !rows.iter().any(AssistanceRule::is_common_policy) {
        return Err(table.error(1, None, "no row for the common policy (state left blank)"));
    }
    Ok(rows)
}
