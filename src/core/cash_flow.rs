//! The journey on the calendar and the family's money out month by month (typical estimate),
//! from the start date: the day the patient arrives for the chemotherapy before the cells.
//!
//! Each line's typical family share is spread over the days it falls on, in whole cents with
//! the last day taking the remainder, so the months add up exactly to the estimate. When things
//! happen before and after the stay is our assumption (`assumption-cash-flow`).

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::estimate::{Category, Estimate, LineId, LineItem, Payer};
use super::input::Input;
use super::money::round_cents;
use super::scenarios::Scenario;
use super::tables::JourneyParam;
use super::text::Text;
use crate::text;

/// Days between visits before the treatment (screening visits are a week apart).
const DAYS_BETWEEN_SCREENING_VISITS: i64 = 7;
/// Bills for care arrive about a month after it.
const DAYS_UNTIL_A_BILL: i64 = 30;

/// A dated part of the journey.
#[derive(Debug, Clone, Serialize)]
pub struct Phase {
    pub label: Text,
    pub first: Date,
    pub last: Date,
}

/// What the family pays in one calendar month (typical).
#[derive(Debug, Clone, Serialize)]
pub struct MonthOut {
    pub year: i16,
    pub month: i8,
    pub medical: Decimal,
    /// Travel, lodging, food and care at home.
    pub living: Decimal,
    pub lost_pay: Decimal,
    pub total: Decimal,
}

#[derive(Debug, Clone, Serialize)]
pub struct CashFlow {
    pub phases: Vec<Phase>,
    pub months: Vec<MonthOut>,
    /// Every month added up, by kind (year and month are those of the last month).
    pub total: MonthOut,
    /// The day the patient goes home after the time nearby.
    pub home: Date,
    /// What the family spends before going home, including what a travel benefit pays back later.
    pub up_front_spending: Decimal,
    /// The part of that spending a travel benefit pays back later.
    pub benefit_later: Decimal,
    /// Pay lost before going home, including what state paid leave replaces later.
    pub up_front_lost_pay: Decimal,
    /// The part of that pay state paid leave replaces later.
    pub leave_later: Decimal,
    pub source_ids: Vec<String>,
}

/// Day offsets from the start date, with a weight each.
type Days = Vec<(i64, u32)>;

/// Splits `amount` over the days in proportion to their weights, in cents, the last day
/// taking the remainder so the parts add up exactly.
fn spread(amount: Decimal, days: &Days) -> Vec<(i64, Decimal)> {
    let total: u32 = days.iter().map(|(_, w)| w).sum();
    if total == 0 || amount.is_zero() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(days.len());
    let mut given = Decimal::ZERO;
    let last = days.iter().rposition(|(_, w)| *w > 0).unwrap_or(0);
    for (index, &(day, weight)) in days.iter().enumerate() {
        if weight == 0 {
            continue;
        }
        let part = if index == last {
            amount - given
        } else {
            round_cents(amount * Decimal::from(weight) / Decimal::from(total))
        };
        given += part;
        out.push((day, part));
    }
    out
}

fn range(first: i64, count: i64, weight: u32) -> Days {
    (first..first + count.max(0)).map(|d| (d, weight)).collect()
}

/// The schedule, or `None` without a start date.
pub fn cash_flow(input: &Input<'_>, estimate: &Estimate) -> Option<CashFlow> {
    let start = input.start_date()?;
    let n = |param| i64::from(estimate.journey.count(param, Scenario::Typical));
    let counts = &estimate.counts.typical;
    let caregivers = input.caregivers();
    let far = counts.overnight_trips > 0;

    // The journey in day offsets from the start date.
    let manufacturing_days = 7 * n(JourneyParam::ManufacturingWeeks);
    let collections = n(JourneyParam::CollectionTrips);
    let first_collection = -manufacturing_days - collections.max(1);
    let collection_days: Vec<i64> = (0..collections).map(|i| first_collection + i).collect();
    let evaluations = n(JourneyParam::EvaluationTrips);
    let evaluation_days: Vec<i64> = (0..evaluations)
        .map(|i| first_collection - DAYS_BETWEEN_SCREENING_VISITS * (evaluations - i))
        .collect();
    let conditioning = n(JourneyParam::ConditioningNights);
    let hospital = n(JourneyParam::HospitalDays);
    let nearby = n(JourneyParam::NearbyDays);
    let discharge = conditioning + hospital;
    let home = discharge + nearby;
    let follow_up_span = 365 * n(JourneyParam::FollowUpYears);
    let visits = n(JourneyParam::FollowUpVisits);
    let follow_up_days: Vec<i64> = (1..=visits)
        .map(|k| home + k * follow_up_span / visits.max(1))
        .collect();
    let visit_days: Vec<i64> = evaluation_days
        .iter()
        .chain(&collection_days)
        .chain(&follow_up_days)
        .copied()
        .collect();

    // Where each kind of cost falls.
    let trips: Days = visit_days.iter().map(|&d| (d, 1)).chain([(0, 1)]).collect();
    let mut nights_away = range(0, home, 1);
    if far {
        nights_away.extend(visit_days.iter().map(|&d| (d, 1)));
    }
    let room_nights: Days = nights_away
        .iter()
        .filter(|&&(day, _)| caregivers > 0 || !(conditioning..discharge).contains(&day))
        .copied()
        .collect();
    let mut person_days: Days = range(0, conditioning, 1 + caregivers);
    person_days.extend(range(conditioning, hospital, caregivers));
    person_days.extend(range(discharge, nearby, 1 + caregivers));
    if far {
        person_days.extend(visit_days.iter().map(|&d| (d, 1 + caregivers)));
    }
    let mut days_away = range(0, home, 1);
    for &day in &visit_days {
        days_away.extend(if far { range(day, 2, 1) } else { vec![(day, 1)] });
    }
    let mut patient_away = days_away.clone();
    patient_away.extend(range(home, 7 * n(JourneyParam::RecoveryWeeks), 1));
    let prophylaxis = range(home, 30 * n(JourneyParam::ProphylaxisMonths), 1);
    let follow_up = range(home, follow_up_span, 1);

    // The days care is given; treatment bills come a month after it.
    let days_of = |line: &LineItem| -> Days {
        match line.id {
            LineId::Collection => vec![(collection_days.first().copied().unwrap_or(first_collection), 1)],
            LineId::Conditioning => range(0, conditioning.max(1), 1),
            LineId::Product => vec![(conditioning, 1)],
            LineId::HospitalStay | LineId::Complications => range(conditioning, hospital.max(1), 1),
            LineId::Prophylaxis => prophylaxis.clone(),
            LineId::FollowUpCare => follow_up.clone(),
            LineId::Travel => trips.clone(),
            LineId::Lodging => room_nights.clone(),
            LineId::Parking | LineId::PetCare => nights_away.clone(),
            LineId::Meals => person_days.clone(),
            LineId::ChildCare | LineId::CaregiverIncome => days_away.clone(),
            LineId::PatientIncome => patient_away.clone(),
        }
    };

    let mut dated: Vec<(i64, Category, Decimal)> = Vec::new();
    let (mut up_front_spending, mut up_front_lost_pay) = (Decimal::ZERO, Decimal::ZERO);
    let (mut benefit_later, mut leave_later) = (Decimal::ZERO, Decimal::ZERO);
    for line in &estimate.lines {
        let Some(family) = line.family_pays else { continue };
        let days = days_of(line);
        if line.category == Category::Medical && !line.plan_years.is_empty() {
            // Each plan year's share falls on that year's days of care: a deductible met in the
            // first year leaves later bills in that year to the plan.
            let billed_later = matches!(
                line.id,
                LineId::Collection
                    | LineId::Conditioning
                    | LineId::Product
                    | LineId::HospitalStay
                    | LineId::Complications
            );
            let shift = if billed_later { DAYS_UNTIL_A_BILL } else { 0 };
            for year in &line.plan_years {
                let in_year: Days = days
                    .iter()
                    .filter(|(day, _)| estimate.calendar.year_of(u32::try_from(*day).unwrap_or(0)) == year.plan_year)
                    .copied()
                    .collect();
                let spread_over = if in_year.is_empty() { &days } else { &in_year };
                for (day, amount) in spread(year.family_pays.typical, spread_over) {
                    dated.push((day + shift, line.category, amount));
                }
            }
            continue;
        }
        for (day, amount) in spread(family.typical, &days) {
            dated.push((day, line.category, amount));
        }
        // Before going home the family fronts what a travel benefit pays back later, and lives
        // without the pay that state paid leave replaces later.
        let benefit = line.benefit_pays.map_or(Decimal::ZERO, |b| b.typical);
        let fronted = match line.category {
            Category::NonMedical if line.payer.contains(&Payer::TravelBenefit) => benefit,
            Category::LostIncome => benefit,
            _ => Decimal::ZERO,
        };
        let before_home = |amount: Decimal| -> Decimal {
            spread(amount, &days)
                .into_iter()
                .filter(|(day, _)| *day < home)
                .map(|(_, part)| part)
                .sum()
        };
        let gross = before_home(family.typical + fronted);
        let later = gross - before_home(family.typical);
        match line.category {
            Category::NonMedical => {
                up_front_spending += gross;
                benefit_later += later;
            }
            Category::LostIncome => {
                up_front_lost_pay += gross;
                leave_later += later;
            }
            Category::Medical => {}
        }
    }

    let date_of = |day: i64| start.checked_add(jiff::Span::new().days(day)).unwrap_or(start);
    let mut months: Vec<MonthOut> = Vec::new();
    dated.sort_by_key(|(day, ..)| *day);
    for (day, category, amount) in dated {
        let date = date_of(day);
        let month = match months.last_mut() {
            Some(m) if m.year == date.year() && m.month == date.month() => m,
            _ => {
                months.push(MonthOut {
                    year: date.year(),
                    month: date.month(),
                    medical: Decimal::ZERO,
                    living: Decimal::ZERO,
                    lost_pay: Decimal::ZERO,
                    total: Decimal::ZERO,
                });
                months.last_mut().expect("just pushed")
            }
        };
        match category {
            Category::Medical => month.medical += amount,
            Category::NonMedical => month.living += amount,
            Category::LostIncome => month.lost_pay += amount,
        }
        month.total += amount;
    }

    // Months with nothing to pay are shown too, so the calendar has no gaps.
    let mut filled: Vec<MonthOut> = Vec::with_capacity(months.len());
    for month in months {
        while let Some(last) = filled.last() {
            let (year, next) = if last.month == 12 {
                (last.year + 1, 1)
            } else {
                (last.year, last.month + 1)
            };
            if (year, next) >= (month.year, month.month) {
                break;
            }
            filled.push(MonthOut {
                year,
                month: next,
                medical: Decimal::ZERO,
                living: Decimal::ZERO,
                lost_pay: Decimal::ZERO,
                total: Decimal::ZERO,
            });
        }
        filled.push(month);
    }
    let months = filled;
    let total = months.iter().fold(
        MonthOut {
            year: start.year(),
            month: start.month(),
            medical: Decimal::ZERO,
            living: Decimal::ZERO,
            lost_pay: Decimal::ZERO,
            total: Decimal::ZERO,
        },
        |sum, m| MonthOut {
            year: m.year,
            month: m.month,
            medical: sum.medical + m.medical,
            living: sum.living + m.living,
            lost_pay: sum.lost_pay + m.lost_pay,
            total: sum.total + m.total,
        },
    );

    let mut phases = Vec::new();
    let mut phase = |label: Text, first: i64, count: i64| {
        if count > 0 {
            phases.push(Phase {
                label,
                first: date_of(first),
                last: date_of(first + count - 1),
            });
        }
    };
    if let (Some(&first), Some(&last)) = (evaluation_days.first(), evaluation_days.last()) {
        phase(text!("phase-screening"), first, last - first + 1);
    }
    if let Some(&first) = collection_days.first() {
        phase(text!("phase-collection"), first, collections);
    }
    phase(text!("phase-manufacturing"), -manufacturing_days, manufacturing_days);
    phase(text!("phase-conditioning"), 0, conditioning);
    phase(text!("phase-hospital"), conditioning, hospital);
    phase(text!("phase-nearby"), discharge, nearby);
    phase(text!("phase-recovery"), home, 7 * n(JourneyParam::RecoveryWeeks));
    if let (Some(&first), Some(&last)) = (follow_up_days.first(), follow_up_days.last()) {
        phase(text!("phase-follow-up"), first, last - first + 1);
    }

    Some(CashFlow {
        phases,
        months,
        total,
        home: date_of(home),
        up_front_spending,
        benefit_later,
        up_front_lost_pay,
        leave_later,
        source_ids: vec!["assumption-cash-flow".to_string()],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn spreading_keeps_every_cent() {
        // $100 over three equal days: 33.33 + 33.33 + 33.34.
        let parts = spread(dec!(100), &vec![(0, 1), (1, 1), (2, 1)]);
        assert_eq!(parts, vec![(0, dec!(33.33)), (1, dec!(33.33)), (2, dec!(33.34))]);
        // Weights: 1 and 3.
        let parts = spread(dec!(10), &vec![(5, 1), (6, 3)]);
        assert_eq!(parts, vec![(5, dec!(2.50)), (6, dec!(7.50))]);
        assert!(spread(dec!(10), &Vec::new()).is_empty());
        assert!(spread(dec!(10), &vec![(0, 0)]).is_empty());
    }
}
