//! State paid family leave for the caregiver: a share of their weekly pay, up to the state's
//! weekly maximum, for the state's number of caregiving weeks. FMLA, by contrast, protects the
//! job but pays nothing, so it changes no figure.

use rust_decimal::Decimal;
use serde::Serialize;

use super::money::round_cents;
use super::scenarios::{Scenario, Scenarios};
use super::tables::PaidLeaveRow;

/// What a state's paid leave pays toward the caregiver's lost pay.
#[derive(Debug, Clone, Serialize)]
pub struct StatePaidLeave {
    pub state: String,
    pub program: String,
    pub weeks: u32,
    /// The share of pay replaced in each scenario, in percent.
    pub rate_pct: Scenarios<Decimal>,
    /// The weekly benefit: the share of pay, capped at the state's weekly maximum.
    pub weekly_benefit: Scenarios<Decimal>,
    pub weekly_max: Decimal,
    pub max_as_of: String,
    /// True when the typical weekly benefit is held down by the weekly maximum.
    pub capped: bool,
    /// Working days the leave pays for.
    pub days: Scenarios<Decimal>,
    /// What the leave pays, never more than the pay lost.
    pub pays: Scenarios<Decimal>,
    pub source_ids: Vec<String>,
}

/// The leave a program pays toward `lost_pay` (over `unpaid_days` working days), or `None` when
/// the program's weeks or rates are not known. The formulas depend on the state's average wage,
/// which we do not have, so the low estimate of the family's cost takes the highest rate the
/// formula can give and the typical and high estimates the lowest.
pub fn state_paid_leave(
    program: &PaidLeaveRow,
    weekly_pay: Decimal,
    unpaid_days: Scenarios<Decimal>,
    lost_pay: Scenarios<Decimal>,
    working_days_per_week: u32,
) -> Option<StatePaidLeave> {
    let (weeks, rate_low, mut rate_high) = program.countable()?;
    // Where the high rate is only for lower earners, higher earners get the low rate.
    if program
        .high_rate_max_yearly_pay
        .is_some_and(|limit| weekly_pay * Decimal::from(52) > limit)
    {
        rate_high = rate_low;
    }
    if working_days_per_week == 0 {
        return None;
    }
    let week = Decimal::from(working_days_per_week);
    let rate_pct = Scenarios::from_fn(|s| if s == Scenario::Low { rate_high } else { rate_low });
    let weekly_benefit = rate_pct.map(|rate| (weekly_pay * *rate / Decimal::ONE_HUNDRED).min(program.weekly_max));
    let most_days = Decimal::from(weeks) * week;
    let days = unpaid_days.map(|d| (*d).min(most_days).max(Decimal::ZERO));
    // The state pays whole cents; a cent amount also keeps lost pay = leave + family exact.
    let pays = Scenarios::from_fn(|s| round_cents(*days.get(s) * *weekly_benefit.get(s) / week).min(*lost_pay.get(s)));
    Some(StatePaidLeave {
        state: program.state.clone(),
        program: program.program.clone(),
        weeks,
        rate_pct,
        weekly_benefit,
        weekly_max: program.weekly_max,
        max_as_of: program.max_as_of.clone(),
        capped: weekly_pay * rate_low / Decimal::ONE_HUNDRED > program.weekly_max,
        days,
        pays,
        source_ids: program.source_ids.to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::tables::SourceIds;
    use rust_decimal_macros::dec;

    fn program(weeks: Option<u32>, low: Option<Decimal>, high: Option<Decimal>, max: Decimal) -> PaidLeaveRow {
        PaidLeaveRow {
            state: "NY".into(),
            program: "Paid Family Leave".into(),
            caregiving_weeks: weeks,
            rate_low_pct: low,
            rate_high_pct: high,
            high_rate_max_yearly_pay: None,
            weekly_max: max,
            max_as_of: "2026".into(),
            valid_from: "2026-01-01".into(),
            valid_to: "2026-12-31".into(),
            source_ids: SourceIds::from(vec!["ny-pfl-2026".to_string()]),
            note: String::new(),
        }
    }

    #[test]
    fn replacement_is_capped_at_the_weekly_maximum() {
        // 67% of $2,000 = $1,340 a week, above the $1,228.53 maximum, so the maximum is paid:
        // 10 unpaid days = 2 weeks → 2 × 1,228.53 = 2,457.06.
        let row = program(Some(12), Some(dec!(67)), Some(dec!(67)), dec!(1228.53));
        let days = Scenarios::same(dec!(10));
        let lost = Scenarios::same(dec!(4000));
        let leave = state_paid_leave(&row, dec!(2000), days, lost, 5).unwrap();
        assert_eq!(leave.weekly_benefit, Scenarios::same(dec!(1228.53)));
        assert_eq!(leave.pays, Scenarios::same(dec!(2457.06)));
        assert!(leave.capped);
    }

    #[test]
    fn below_the_maximum_the_rate_applies() {
        // 67% of $1,000 = $670 a week; 10 unpaid days = 2 weeks → $1,340.
        let row = program(Some(12), Some(dec!(67)), Some(dec!(67)), dec!(1228.53));
        let leave = state_paid_leave(
            &row,
            dec!(1000),
            Scenarios::same(dec!(10)),
            Scenarios::same(dec!(2000)),
            5,
        )
        .unwrap();
        assert_eq!(leave.pays, Scenarios::same(dec!(1340)));
        assert!(!leave.capped);
    }

    #[test]
    fn leave_stops_after_its_weeks_and_a_range_of_rates_gives_a_range() {
        // Delaware-like: 6 weeks = 30 working days at most. Pay $1,000 a week; rates 50–80%,
        // max $900. Low uses 80% ($800), typical and high 50% ($500).
        // Low: 20 days → 4 weeks × 800 = 3,200. Typical: 40 days → capped at 30 → 6 × 500 = 3,000.
        // High: 60 days → 30 → 3,000.
        let row = program(Some(6), Some(dec!(50)), Some(dec!(80)), dec!(900));
        let days = Scenarios::new(dec!(20), dec!(40), dec!(60));
        let lost = Scenarios::new(dec!(4000), dec!(8000), dec!(12000));
        let leave = state_paid_leave(&row, dec!(1000), days, lost, 5).unwrap();
        assert_eq!(leave.days, Scenarios::new(dec!(20), dec!(30), dec!(30)));
        assert_eq!(leave.pays, Scenarios::new(dec!(3200), dec!(3000), dec!(3000)));
    }

    #[test]
    fn a_program_without_known_rates_or_weeks_counts_nothing() {
        let days = Scenarios::same(dec!(10));
        let lost = Scenarios::same(dec!(2000));
        assert!(state_paid_leave(&program(Some(12), None, None, dec!(1000)), dec!(1000), days, lost, 5).is_none());
        let no_weeks = program(None, Some(dec!(60)), Some(dec!(60)), dec!(1000));
        assert!(state_paid_leave(&no_weeks, dec!(1000), days, lost, 5).is_none());
    }

    #[test]
    fn the_high_rate_only_for_lower_earners() {
        // California-like: 70%, or 90% below about $63,000 a year; max $1,681.
        let mut row = program(Some(8), Some(dec!(70)), Some(dec!(90)), dec!(1681));
        row.high_rate_max_yearly_pay = Some(dec!(63000));
        let days = Scenarios::same(dec!(5));
        let lost = Scenarios::same(dec!(100000));
        // $1,000 a week = $52,000 a year: low 90% = $900, typical 70% = $700.
        let lower = state_paid_leave(&row, dec!(1000), days, lost, 5).unwrap();
        assert_eq!(lower.weekly_benefit, Scenarios::new(dec!(900), dec!(700), dec!(700)));
        // $1,500 a week = $78,000 a year: 70% = $1,050 in every scenario.
        let higher = state_paid_leave(&row, dec!(1500), days, lost, 5).unwrap();
        assert_eq!(higher.weekly_benefit, Scenarios::same(dec!(1050)));
    }

    #[test]
    fn leave_never_pays_more_than_the_pay_lost() {
        let row = program(Some(12), Some(dec!(100)), Some(dec!(100)), dec!(5000));
        let leave = state_paid_leave(
            &row,
            dec!(1000),
            Scenarios::same(dec!(5)),
            Scenarios::same(dec!(999)),
            5,
        )
        .unwrap();
        assert_eq!(leave.pays, Scenarios::same(dec!(999)));
    }
}
