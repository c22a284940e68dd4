//! Pay lost while away or recovering.

use rust_decimal::Decimal;

use super::draft::{Context, Draft, dec, merge_sources};
use crate::core::input::{Earnings, pay_arg};
use crate::core::lines::{Category, LineId};
use crate::core::scenarios::{Scenario, Scenarios};
use crate::core::tables::JourneyParam;
use crate::core::text::{Arg, Text};
use crate::text;

impl Context<'_, '_> {
    /// Pay lost while away: working days away beyond paid leave × daily pay.
    pub(super) fn lost_pay(&self, id: LineId, earnings: Earnings) -> Draft {
        let patient = id == LineId::PatientIncome;
        let label = if patient {
            text!("line-patient-income")
        } else {
            text!("line-caregiver-income")
        };
        let days_away = if patient {
            self.trip(|c| c.patient_days_away)
        } else {
            self.trip(|c| c.caregiver_days_away)
        };
        let week = dec(self.tables.counting_rules().working_days_per_week);
        let seven = Decimal::from(7);
        let paid = dec(earnings.paid_leave_days);
        let mut sources = self.trip_sources().to_vec();
        if patient {
            sources = merge_sources([
                sources.as_slice(),
                self.journey_sources(&[JourneyParam::RecoveryWeeks]).as_slice(),
            ]);
        }
        let no_loss = |reason: Text| {
            Draft::priced(
                id,
                Category::LostIncome,
                label.clone(),
                Scenarios::ZERO,
                text!("unit-unpaid-days"),
                Scenarios::ZERO,
                text!("unit-usd-per-working-day"),
                reason,
                sources.clone(),
            )
        };
        if !patient && self.input.caregivers() == 0 {
            return no_loss(text!("line-income-no-caregiver"));
        }
        let Some(weekly) = earnings.weekly_pay else {
            return no_loss(if patient {
                text!("line-income-no-pay-patient")
            } else {
                text!("line-income-no-pay-caregiver")
            });
        };
        // Kept exact: unpaid days = days × week/7 − paid; cost = (week·days − 7·paid) × weekly / (7·week).
        let unpaid_days = days_away.map(|days| (days * week / seven - paid).max(Decimal::ZERO));
        let cost = days_away.map(|days| (days * week - seven * paid).max(Decimal::ZERO) * weekly / (seven * week));
        let typical_days = self.counts.typical;
        let days_typical = if patient {
            typical_days.patient_days_away
        } else {
            typical_days.caregiver_days_away
        };
        let recovery = patient.then(|| {
            text!(
                "line-income-recovery",
                weeks = self.journey.count(JourneyParam::RecoveryWeeks, Scenario::Typical)
            )
        });
        let only_one = (!patient && self.input.caregivers() > 1).then(|| text!("line-income-only-one-caregiver"));
        let basis = text!(
            "line-income-basis",
            days = days_typical,
            recovery = recovery,
            working_days = Arg::Number(dec(days_typical) * week / seven),
            week = Arg::Number(week),
            paid = Arg::Number(paid),
            unpaid = Arg::Number(unpaid_days.typical),
            rate = pay_arg(weekly / week),
            weekly = pay_arg(weekly)
        );
        let pay_used = earnings
            .given
            .and_then(|given| given.how_weekly())
            .map(|how| text!("line-income-pay-used", how = how));
        let basis = Text::join([pay_used, Some(basis), only_one]);
        Draft {
            id,
            category: Category::LostIncome,
            label,
            quantity: unpaid_days,
            quantity_unit: text!("unit-unpaid-days"),
            rate: Some(Scenarios::same(weekly / week)),
            rate_unit: text!("unit-usd-per-working-day"),
            cost: Some(cost),
            basis,
            question: None,
            sources,
            care: None,
        }
    }
}
