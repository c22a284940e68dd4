//! `insurance_presets.csv`: typical plan figures by kind of plan.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Source;
use super::checks::{non_negative, nonblank};
use super::reader::{DataError, RowProblem, SourceIds, TableText, read_rows};
use crate::core::choices::InsuranceType;

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

pub(super) fn parse_insurance_presets(
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
