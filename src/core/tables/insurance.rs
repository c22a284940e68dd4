//! `insurance_presets.csv`: typical plan figures by kind of plan.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Source;
use super::checks::{at_most, non_negative, nonblank};
use super::reader::{DataError, RowProblem, SourceIds, TableText, read_rows};
use crate::core::choices::InsuranceType;
use jiff::civil::Date;

use super::period::{Dated, Period, dated_per_key};

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
    #[serde(with = "super::cells::decimal")]
    value: Decimal,
    unit: String,
    as_of: String,
    valid_from: String,
    valid_to: String,
    source_ids: SourceIds,
    #[allow(dead_code)] // documentation for people editing the table
    note: String,
}

/// A preset insurance figure with its provenance. Only what the estimate reads: each plan
/// year takes a copy of every figure in force, so the row's unit, date and note stay in the
/// table (`insurance_presets.csv`), checked at load.
#[derive(Debug, Clone, Serialize)]
pub struct PresetValue {
    pub value: Decimal,
    pub source_ids: SourceIds,
    /// The period the figure holds for.
    pub period: Period,
    /// Set when the figure is used for a day after its period: no newer one is published yet.
    pub reused_for: Option<Date>,
}

/// Every preset figure over time, by plan and item.
#[derive(Debug, Clone)]
pub struct DatedPresets(BTreeMap<(InsuranceType, PresetItem), Dated<PresetValue>>);

impl DatedPresets {
    /// The figures in force on a day (a figure not yet published for it is the latest one,
    /// marked `reused_for`).
    pub fn on(&self, day: Date) -> InsurancePresets {
        let take = |plan: InsuranceType, item: PresetItem| {
            // Loading made sure every plan and item the estimate uses has a row.
            let in_force = self.0[&(plan, item)]
                .on(day)
                .unwrap_or_else(|| unreachable!("a preset without rows"));
            PresetValue {
                reused_for: in_force.reused_for,
                ..in_force.value.clone()
            }
        };
        InsurancePresets {
            employer: EmployerPreset {
                deductible: take(InsuranceType::Employer, PresetItem::Deductible),
                coinsurance_pct: take(InsuranceType::Employer, PresetItem::CoinsurancePct),
                oop_max: take(InsuranceType::Employer, PresetItem::OopMax),
                oop_max_family: take(InsuranceType::Employer, PresetItem::OopMaxFamily),
            },
            marketplace: MarketplacePreset {
                oop_max: take(InsuranceType::Marketplace, PresetItem::OopMax),
                oop_max_family: take(InsuranceType::Marketplace, PresetItem::OopMaxFamily),
            },
            medicare: MedicarePreset {
                part_a_deductible: take(InsuranceType::Medicare, PresetItem::PartADeductible),
                part_a_daily_61_90: take(InsuranceType::Medicare, PresetItem::PartADaily6190),
                part_b_deductible: take(InsuranceType::Medicare, PresetItem::PartBDeductible),
                part_b_coinsurance_pct: take(InsuranceType::Medicare, PresetItem::PartBCoinsurancePct),
                supplement_pays_pct: take(InsuranceType::Medicare, PresetItem::SupplementPaysPct),
            },
            medicare_advantage: CapPreset {
                oop_max: take(InsuranceType::MedicareAdvantage, PresetItem::OopMax),
            },
            medicaid: CapPreset {
                oop_max: take(InsuranceType::Medicaid, PresetItem::OopMax),
            },
        }
    }

    /// Every figure with its plan and item, in order.
    pub fn all(&self) -> impl Iterator<Item = (&(InsuranceType, PresetItem), &Dated<PresetValue>)> {
        self.0.iter()
    }
}

/// The plan and item pairs the estimate uses.
const USED: [(InsuranceType, PresetItem); 12] = [
    (InsuranceType::Employer, PresetItem::Deductible),
    (InsuranceType::Employer, PresetItem::CoinsurancePct),
    (InsuranceType::Employer, PresetItem::OopMax),
    (InsuranceType::Employer, PresetItem::OopMaxFamily),
    (InsuranceType::Marketplace, PresetItem::OopMax),
    (InsuranceType::Marketplace, PresetItem::OopMaxFamily),
    (InsuranceType::Medicare, PresetItem::PartADeductible),
    (InsuranceType::Medicare, PresetItem::PartADaily6190),
    (InsuranceType::Medicare, PresetItem::PartBDeductible),
    (InsuranceType::Medicare, PresetItem::PartBCoinsurancePct),
    (InsuranceType::Medicare, PresetItem::SupplementPaysPct),
    (InsuranceType::MedicareAdvantage, PresetItem::OopMax),
];

/// The typical figures for each kind of plan on one day. Uninsured has none: the family pays all.
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

pub(super) fn parse_insurance_presets(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<DatedPresets, DataError> {
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
        at_most("value", r.value, 1_000_000)?;
        Period::parse(&r.valid_from, &r.valid_to)?;
        if r.plan == InsuranceType::Uninsured {
            return Err(RowProblem::new(
                "plan",
                "uninsured has no presets: the family pays everything",
            ));
        }
        Ok(())
    })?;
    let item_column = rows.column("item");
    if let Some(row) = rows
        .rows
        .iter()
        .find(|r| !USED.contains(&(r.value.plan, r.value.item)) && (r.value.plan, r.value.item) != MEDICAID_LIMIT)
    {
        return Err(table.error(
            row.line,
            item_column,
            format!(
                "the estimate does not use item {:?} for plan {}",
                row.value.item,
                row.value.plan.id()
            ),
        ));
    }
    let keys: Vec<(InsuranceType, PresetItem)> = USED.iter().copied().chain([MEDICAID_LIMIT]).collect();
    let period_of = |r: &PresetRow| Period::parse(&r.valid_from, &r.valid_to).unwrap_or(Period::ALWAYS);
    let dated = dated_per_key(table, rows, &keys, |r| (r.plan, r.item), period_of)?;
    Ok(DatedPresets(
        keys.into_iter()
            .zip(dated)
            .map(|(key, figures)| {
                let values = figures
                    .all()
                    .map(|(period, r)| {
                        (
                            *period,
                            PresetValue {
                                value: r.value,
                                source_ids: r.source_ids.clone(),
                                period: *period,
                                reused_for: None,
                            },
                        )
                    })
                    .collect();
                (key, Dated::new(values))
            })
            .collect(),
    ))
}

/// Medicaid's limit on cost sharing.
const MEDICAID_LIMIT: (InsuranceType, PresetItem) = (InsuranceType::Medicaid, PresetItem::OopMax);
