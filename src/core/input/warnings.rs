//! Answers that are allowed but probably not what the family meant: the estimate is made, and
//! a warning beside the field (and at the top of the page, and in the JSON) says what to check.

use rust_decimal::Decimal;
use serde::Serialize;

use super::fields::{Field, FieldId};
use super::{Earnings, Input};
use crate::core::choices::PayPer;
use crate::core::text::{Arg, Text};
use crate::text;

/// Hours at the minimum wage below which a week's pay looks like pay per hour.
const HOURS_OF_MINIMUM_WAGE: u32 = 10;

/// One warning, on one field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    pub field: &'static str,
    /// Said in the reader's language by the web layer.
    #[serde(skip)]
    pub message: Text,
}

fn warn(id: FieldId, message: Text) -> Warning {
    Warning {
        field: Field::of(id).name,
        message,
    }
}

/// The field a person's pay was given in: the amount, or the older weekly field.
fn pay_field(earnings: &Earnings, pay: FieldId, weekly: FieldId) -> FieldId {
    if earnings.given.is_some() { pay } else { weekly }
}

/// The warnings for valid answers. `minimum_wage` is the federal minimum wage an hour.
pub(super) fn warnings(input: &Input<'_>, minimum_wage: Option<Decimal>) -> Vec<Warning> {
    let mut found = Vec::new();
    let people = [
        (
            input.caregiver(),
            FieldId::CaregiverPay,
            FieldId::CaregiverWeeklyPay,
            input.caregivers() > 0,
        ),
        (input.patient(), FieldId::PatientPay, FieldId::PatientWeeklyPay, true),
    ];
    // A week's pay below 10 hours at the federal minimum wage: probably pay per hour.
    if let Some(wage) = minimum_wage {
        let floor = wage * Decimal::from(HOURS_OF_MINIMUM_WAGE);
        for (earnings, pay, weekly, counted) in people {
            let per_hour = earnings.given.is_some_and(|g| g.per == PayPer::Hour);
            if let Some(week) = earnings.weekly_pay
                && counted
                && !per_hour
                && week > Decimal::ZERO
                && week < floor
            {
                found.push(warn(
                    pay_field(&earnings, pay, weekly),
                    text!(
                        "warning-pay-looks-hourly",
                        pay = Arg::MoneyShort(week),
                        floor = Arg::MoneyShort(floor),
                        wage = Arg::MoneyShort(wage),
                        hours = HOURS_OF_MINIMUM_WAGE
                    ),
                ));
            }
        }
    }
    // Pay above the household's income: one of the two is probably not a year's.
    if let Some(income) = input.household_income() {
        let yearly = |earnings: &Earnings| earnings.weekly_pay.map(|week| week * Decimal::from(52));
        let caregiver = yearly(&input.caregiver()).filter(|_| input.caregivers() > 0);
        let patient = yearly(&input.patient());
        if let Some(pay) = caregiver
            && pay > income
        {
            let field = pay_field(&input.caregiver(), FieldId::CaregiverPay, FieldId::CaregiverWeeklyPay);
            found.push(warn(
                field,
                text!(
                    "warning-caregiver-pay-above-income",
                    pay = Arg::MoneyShort(pay.round_dp(0)),
                    income = Arg::MoneyShort(income)
                ),
            ));
        } else if let Some(both) = match (caregiver, patient) {
            (None, None) => None,
            (a, b) => Some(a.unwrap_or_default() + b.unwrap_or_default()),
        } && both > income
        {
            found.push(warn(
                FieldId::HouseholdIncome,
                text!(
                    "warning-income-below-pay",
                    pay = Arg::MoneyShort(both.round_dp(0)),
                    income = Arg::MoneyShort(income)
                ),
            ));
        }
    }
    // No caregiver: the centers require one.
    if input.caregivers() == 0 {
        found.push(warn(FieldId::Caregivers, text!("warning-no-caregiver")));
    }
    found
}
