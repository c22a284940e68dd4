//! The federal medical-expense deduction (IRS Pub. 502): what of the family's costs counts,
//! and how much is above the floor of 7.5% of income. It helps only those who itemize, so the
//! amount is compared with the standard deduction the household would otherwise take.

use rust_decimal::Decimal;
use serde::Serialize;

use super::choices::TravelMode;
use super::input::Input;
use super::lines::{Category, LineId, LineItem};
use super::money::whole;
use super::scenarios::{Scenario, Scenarios};
use super::tables::Tables;
use super::text::{Arg, Text};
use crate::text;

/// The costs that count toward the deduction, and the part above the floor.
#[derive(Debug, Clone, Serialize)]
pub struct TaxDeduction {
    /// The family's share of medical bills.
    pub medical: Scenarios<Decimal>,
    /// Trips: fares, or miles driven at the IRS medical rate.
    pub travel: Scenarios<Decimal>,
    pub parking: Scenarios<Decimal>,
    /// Lodging, up to the IRS limit a night for the patient and one caregiver (the caregiver
    /// alone while the patient is in hospital).
    pub lodging: Scenarios<Decimal>,
    pub counted: Scenarios<Decimal>,
    /// The floor: this percent of income is not deductible.
    pub floor_pct: Decimal,
    pub floor: Decimal,
    /// What may be deducted: counted costs above the floor.
    pub above_floor: Scenarios<Decimal>,
    /// Nightly lodging limit for everyone counted.
    pub lodging_limit_per_night: Decimal,
    /// Nightly lodging limit for one person.
    pub lodging_per_person: Decimal,
    pub medical_mileage: Decimal,
    /// The standard deductions of the tax year: single, head of household, married filing
    /// jointly.
    pub standard: StandardDeductions,
    /// Whether itemizing is likely to beat the standard deduction, on the typical amount.
    pub itemizing: Itemizing,
    pub source_ids: Vec<String>,
}

/// The standard deductions of a tax year.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct StandardDeductions {
    /// The tax year they are for ("2026").
    pub year: i16,
    pub single: Decimal,
    pub head_of_household: Decimal,
    pub joint: Decimal,
    /// True when the household is one person, so only the single figure applies.
    pub one_person: bool,
}

impl StandardDeductions {
    /// The smallest and largest standard deduction this household could take.
    fn range(&self) -> (Decimal, Decimal) {
        if self.one_person {
            (self.single, self.single)
        } else {
            let all = [self.single, self.head_of_household, self.joint];
            let low = all.into_iter().fold(self.single, Decimal::min);
            let high = all.into_iter().fold(self.single, Decimal::max);
            (low, high)
        }
    }
}

/// What itemizing the medical deduction alone would do against the standard deduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Itemizing {
    /// Under the floor: nothing to deduct.
    NothingToDeduct,
    /// Less than any standard deduction the household could take: it helps only with other
    /// itemized costs of at least `gap`.
    UnlikelyToHelp { gap: Decimal },
    /// More than some standard deductions and less than others: it depends on how they file.
    DependsOnFiling,
    /// More than every standard deduction the household could take.
    LikelyToHelp,
}

impl Itemizing {
    fn of(deductible: Decimal, standard: &StandardDeductions) -> Self {
        let (low, high) = standard.range();
        if deductible.is_zero() {
            Itemizing::NothingToDeduct
        } else if deductible <= low {
            Itemizing::UnlikelyToHelp { gap: low - deductible }
        } else if deductible <= high {
            Itemizing::DependsOnFiling
        } else {
            Itemizing::LikelyToHelp
        }
    }
}

/// The deduction for the family's costs, or `None` when no income was entered.
/// `hospital_nights` are the room-nights a caregiver keeps while the patient is in hospital.
pub fn medical_deduction(
    tables: &Tables,
    input: &Input<'_>,
    lines: &[LineItem],
    hospital_nights: Scenarios<u32>,
) -> Option<TaxDeduction> {
    let income = input.household_income()?;
    // The rules of the tax year the treatment starts in (without a start date, today's).
    let rules = tables.tax_rules(input.first_day());
    let zero = Scenarios::ZERO;
    let family = |line: &LineItem| line.family_pays.unwrap_or(zero);
    let medical = Scenarios::sum(
        &lines
            .iter()
            .filter(|l| l.category == Category::Medical)
            .map(family)
            .collect::<Vec<_>>(),
    );
    let line = |id: LineId| lines.iter().find(|l| l.id == id);
    let mileage = rules.medical_mileage.value;
    let travel = line(LineId::Travel).map_or(zero, |l| {
        let paid = family(l);
        match (input.travel_mode(), l.rate) {
            // Driving counts at the medical rate, whatever the estimate's rate per mile.
            (TravelMode::Drive, Some(rate)) => Scenarios::from_fn(|s| {
                let per_mile = *rate.get(s);
                if per_mile > mileage {
                    *paid.get(s) * mileage / per_mile
                } else {
                    *paid.get(s)
                }
            }),
            _ => paid,
        }
    });
    let parking = line(LineId::Parking).map_or(zero, family);
    let companions = Decimal::from(input.caregivers()).min(rules.companions_counted.value);
    let per_person = rules.lodging_per_night_per_person.value;
    let per_night = per_person * (Decimal::ONE + companions);
    // While the patient is in hospital only the companion's night counts.
    let lodging = line(LineId::Lodging).map_or(zero, |l| {
        let paid = family(l);
        Scenarios::from_fn(|s| {
            let in_hospital = Decimal::from(*hospital_nights.get(s)).min(*l.quantity.get(s));
            let limit = (*l.quantity.get(s) - in_hospital) * per_night + in_hospital * per_person * companions;
            (*paid.get(s)).min(limit)
        })
    });
    let counted = medical + travel + parking + lodging;
    let floor = income * rules.income_floor_pct.value / Decimal::ONE_HUNDRED;
    let above_floor = counted.map(|c| (*c - floor).max(Decimal::ZERO));
    let standard = StandardDeductions {
        year: rules.standard_deduction_single.period.from.year(),
        single: rules.standard_deduction_single.value,
        head_of_household: rules.standard_deduction_head.value,
        joint: rules.standard_deduction_joint.value,
        one_person: input.household_size() == Some(1),
    };
    let mut source_ids = Vec::new();
    for figure in [
        &rules.income_floor_pct,
        &rules.lodging_per_night_per_person,
        &rules.companions_counted,
        &rules.medical_mileage,
        &rules.standard_deduction_single,
        &rules.standard_deduction_head,
        &rules.standard_deduction_joint,
    ] {
        for id in figure.source_ids.as_slice() {
            if !source_ids.contains(id) {
                source_ids.push(id.clone());
            }
        }
    }
    Some(TaxDeduction {
        medical,
        travel,
        parking,
        lodging,
        counted,
        floor_pct: rules.income_floor_pct.value,
        floor,
        above_floor,
        lodging_limit_per_night: per_night,
        lodging_per_person: per_person,
        medical_mileage: mileage,
        itemizing: Itemizing::of(above_floor.typical, &standard),
        standard,
        source_ids,
    })
}

impl TaxDeduction {
    /// True when the typical costs are above the floor, so itemizing could help.
    pub fn helps(&self) -> bool {
        !self.above_floor.get(Scenario::Typical).is_zero()
    }

    /// True when the typical deductible amount is more than the income: a deduction can't take
    /// taxable income below zero.
    pub fn exceeds(&self, income: Decimal) -> bool {
        self.above_floor.typical > income
    }

    /// Whether itemizing is likely to help, in words; `None` when there is nothing to deduct.
    pub fn itemizing_text(&self) -> Option<Text> {
        let s = &self.standard;
        // Whole dollars in a sentence; the table above it has the cents.
        let money = |amount: Decimal| Arg::MoneyShort(whole(amount));
        let year = Arg::Verbatim(s.year.to_string());
        let amount = money(self.above_floor.typical);
        Some(match (self.itemizing, s.one_person) {
            (Itemizing::NothingToDeduct, _) => return None,
            (Itemizing::UnlikelyToHelp { gap }, true) => text!(
                "tax-itemizing-unlikely-single",
                amount = amount,
                year = year,
                single = money(s.single),
                gap = money(gap)
            ),
            (Itemizing::UnlikelyToHelp { gap }, false) => text!(
                "tax-itemizing-unlikely",
                amount = amount,
                year = year,
                single = money(s.single),
                head = money(s.head_of_household),
                joint = money(s.joint),
                gap = money(gap)
            ),
            (Itemizing::DependsOnFiling, _) => text!(
                "tax-itemizing-depends",
                amount = amount,
                year = year,
                single = money(s.single),
                head = money(s.head_of_household),
                joint = money(s.joint)
            ),
            (Itemizing::LikelyToHelp, true) => text!(
                "tax-itemizing-likely-single",
                amount = amount,
                year = year,
                single = money(s.single)
            ),
            (Itemizing::LikelyToHelp, false) => text!(
                "tax-itemizing-likely",
                amount = amount,
                year = year,
                joint = money(s.joint)
            ),
        })
    }

    /// The IRS medical mileage rate in cents, as families know it.
    pub fn medical_mileage_cents(&self) -> Decimal {
        self.medical_mileage * Decimal::ONE_HUNDRED
    }
}
