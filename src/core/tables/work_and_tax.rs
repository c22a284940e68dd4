//! State paid family leave (`paid_leave.csv`) and the IRS medical-deduction rules
//! (`tax_rules.csv`).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use jiff::civil::Date;

use super::checks::{at_most, non_negative, nonblank};
use super::period::{Dated, Period, check_in_order, dated_per_key};
use super::reader::{RowProblem, TableText, read_rows};
use super::{DataError, Source, SourceIds};
use crate::core::choices::state_name;

/// A state's paid family leave program, as it applies to a caregiver.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PaidLeaveRow {
    /// Two-letter code of the state where the caregiver works.
    pub state: String,
    pub program: String,
    /// Weeks of paid leave to care for a family member; `None` when no figure is known.
    pub caregiving_weeks: Option<u32>,
    /// The lowest and highest share of weekly pay the state's formula can replace, in percent.
    /// Both `None` when the formula is not known: then no benefit is counted.
    #[serde(with = "super::cells::optional_decimal")]
    pub rate_low_pct: Option<Decimal>,
    #[serde(with = "super::cells::optional_decimal")]
    pub rate_high_pct: Option<Decimal>,
    /// Where only lower earners get the high rate: the yearly pay above which they do not.
    #[serde(with = "super::cells::optional_decimal")]
    pub high_rate_max_yearly_pay: Option<Decimal>,
    #[serde(with = "super::cells::decimal")]
    pub weekly_max: Decimal,
    pub max_as_of: String,
    /// The period the weekly maximum holds for.
    pub valid_from: String,
    pub valid_to: String,
    pub source_ids: SourceIds,
    /// A plain sentence for families, or empty.
    pub note: String,
}

impl PaidLeaveRow {
    /// The period the weekly maximum holds for (checked at load).
    pub fn period(&self) -> Period {
        Period::parse(&self.valid_from, &self.valid_to).unwrap_or(Period::ALWAYS)
    }

    /// Weeks, and the lowest and highest replacement rate, when the program can be counted.
    pub fn countable(&self) -> Option<(u32, Decimal, Decimal)> {
        Some((self.caregiving_weeks?, self.rate_low_pct?, self.rate_high_pct?))
    }
}

pub(super) fn parse_paid_leave(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<Dated<PaidLeaveRow>>, DataError> {
    let parsed = read_rows(table, Some(sources), |r: &PaidLeaveRow| {
        if state_name(&r.state).is_none() {
            return Err(RowProblem::new("state", "use a two-letter state code"));
        }
        nonblank("program", &r.program)?;
        nonblank("max_as_of", &r.max_as_of)?;
        Period::parse(&r.valid_from, &r.valid_to)?;
        non_negative("weekly_max", r.weekly_max)?;
        at_most("weekly_max", r.weekly_max, 100_000)?;
        if let Some(pay) = r.high_rate_max_yearly_pay {
            at_most("high_rate_max_yearly_pay", pay, 10_000_000)?;
        }
        if r.caregiving_weeks.is_some_and(|weeks| weeks == 0 || weeks > 52) {
            return Err(RowProblem::new("caregiving_weeks", "must be 1 to 52 weeks"));
        }
        let hundred = Decimal::ONE_HUNDRED;
        match (r.rate_low_pct, r.rate_high_pct) {
            (None, None) => Ok(()),
            (Some(low), Some(high)) => {
                if low.is_sign_negative() || low.is_zero() {
                    Err(RowProblem::new("rate_low_pct", "must be more than 0"))
                } else if high < low {
                    Err(RowProblem::new("rate_high_pct", "must not be less than rate_low_pct"))
                } else if high > hundred {
                    Err(RowProblem::new("rate_high_pct", "can't be more than 100"))
                } else {
                    Ok(())
                }
            }
            (None, Some(_)) => Err(RowProblem::new("rate_low_pct", "give both rates or neither")),
            (Some(_), None) => Err(RowProblem::new("rate_high_pct", "give both rates or neither")),
        }
    })?;
    // Each state's maximum over time: one figure per state, its periods in order.
    let from_column = parsed.column("valid_from");
    let mut states: Vec<(String, Vec<(u64, PaidLeaveRow)>)> = Vec::new();
    for row in parsed.rows {
        match states.iter_mut().find(|(state, _)| *state == row.value.state) {
            Some((_, rows)) => rows.push((row.line, row.value)),
            None => states.push((row.value.state.clone(), vec![(row.line, row.value)])),
        }
    }
    states
        .into_iter()
        .map(|(state, rows)| {
            let periods: Vec<(u64, Period)> = rows.iter().map(|(line, r)| (*line, r.period())).collect();
            check_in_order(table, from_column.clone(), &state, &periods)?;
            Ok(Dated::new(rows.into_iter().map(|(_, r)| (r.period(), r)).collect()))
        })
        .collect()
}

/// The figures of the IRS medical-expense deduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TaxRuleId {
    IncomeFloorPct,
    LodgingPerNightPerPerson,
    CompanionsCounted,
    MedicalMileage,
    StandardDeductionSingle,
    StandardDeductionJoint,
    StandardDeductionHead,
}

impl TaxRuleId {
    pub const ALL: [TaxRuleId; 7] = [
        TaxRuleId::IncomeFloorPct,
        TaxRuleId::LodgingPerNightPerPerson,
        TaxRuleId::CompanionsCounted,
        TaxRuleId::MedicalMileage,
        TaxRuleId::StandardDeductionSingle,
        TaxRuleId::StandardDeductionJoint,
        TaxRuleId::StandardDeductionHead,
    ];
}

#[derive(Debug, Clone, Deserialize)]
struct TaxRuleRow {
    id: TaxRuleId,
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

/// A tax figure with its sources.
#[derive(Debug, Clone, Serialize)]
pub struct TaxFigure {
    pub value: Decimal,
    pub as_of: String,
    pub source_ids: SourceIds,
    pub period: Period,
    /// Set when the figure is used for a day after its period: no newer one is published yet.
    pub reused_for: Option<Date>,
}

/// The tax rules over time.
#[derive(Debug, Clone)]
pub struct DatedTaxRules(Vec<Dated<TaxFigure>>);

impl DatedTaxRules {
    /// The rules in force on a day (a figure not yet published is the latest, marked).
    pub fn on(&self, day: Date) -> TaxRules {
        let take = |index: usize| {
            // Loading made sure every rule has a row.
            let in_force = self.0[index]
                .on(day)
                .unwrap_or_else(|| unreachable!("a tax rule without rows"));
            TaxFigure {
                reused_for: in_force.reused_for,
                ..in_force.value.clone()
            }
        };
        TaxRules {
            income_floor_pct: take(0),
            lodging_per_night_per_person: take(1),
            companions_counted: take(2),
            medical_mileage: take(3),
            standard_deduction_single: take(4),
            standard_deduction_joint: take(5),
            standard_deduction_head: take(6),
        }
    }

    pub fn all(&self) -> impl Iterator<Item = (TaxRuleId, &Dated<TaxFigure>)> {
        TaxRuleId::ALL.into_iter().zip(&self.0)
    }
}

/// The deduction's rules, typed.
#[derive(Debug, Clone, Serialize)]
pub struct TaxRules {
    /// Only medical costs above this percent of adjusted gross income are deductible.
    pub income_floor_pct: TaxFigure,
    pub lodging_per_night_per_person: TaxFigure,
    /// How many people besides the patient may count lodging (a companion who must travel).
    pub companions_counted: TaxFigure,
    /// The IRS medical mileage rate, USD per mile.
    pub medical_mileage: TaxFigure,
    /// The standard deduction a household takes unless it itemizes: single (or married
    /// filing separately), married filing jointly, head of household.
    pub standard_deduction_single: TaxFigure,
    pub standard_deduction_joint: TaxFigure,
    pub standard_deduction_head: TaxFigure,
}

pub(super) fn parse_tax_rules(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<DatedTaxRules, DataError> {
    let parsed = read_rows(table, Some(sources), |r: &TaxRuleRow| {
        nonblank("unit", &r.unit)?;
        nonblank("as_of", &r.as_of)?;
        Period::parse(&r.valid_from, &r.valid_to)?;
        non_negative("value", r.value)?;
        at_most("value", r.value, 1_000_000)?;
        if r.id == TaxRuleId::IncomeFloorPct && r.value > Decimal::ONE_HUNDRED {
            return Err(RowProblem::new("value", "a percent can't be more than 100"));
        }
        if r.id == TaxRuleId::CompanionsCounted && !r.value.fract().is_zero() {
            return Err(RowProblem::new("value", "must be a whole number of people"));
        }
        Ok(())
    })?;
    let period_of = |r: &TaxRuleRow| Period::parse(&r.valid_from, &r.valid_to).unwrap_or(Period::ALWAYS);
    let dated = dated_per_key(table, parsed, &TaxRuleId::ALL, |r| r.id, period_of)?;
    let figures = dated
        .into_iter()
        .map(|rows| {
            let values = rows
                .all()
                .map(|(period, r)| {
                    let figure = TaxFigure {
                        value: r.value,
                        as_of: r.as_of.clone(),
                        source_ids: r.source_ids.clone(),
                        period: *period,
                        reused_for: None,
                    };
                    (*period, figure)
                })
                .collect();
            Dated::new(values)
        })
        .collect();
    Ok(DatedTaxRules(figures))
}
