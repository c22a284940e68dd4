//! The journey and the family's money out month by month (typical estimate). With a start
//! date (the day the patient arrives for the chemotherapy before the cells) it is on the
//! calendar; without one, weeks and 30-day months are counted from the first visit.
//!
//! Each line's typical family share is spread over the days it falls on, in whole cents with
//! the last day taking the remainder, so the months add up exactly to the estimate. When things
//! happen before and after the stay is our assumption (`assumption-cash-flow`).

use std::collections::BTreeMap;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::estimate::Estimate;
use super::input::Input;
use super::journey_days::{Days, JourneyDays, Run, one_day, range, within};
use super::lines::{Category, LineId, LineItem, Payer};
use super::money::round_cents;
use super::text::Text;
use crate::text;

/// Bills for care arrive about a month after it.
const DAYS_UNTIL_A_BILL: i64 = 30;

/// Days in a month counted from the first visit, when there is no start date.
const DAYS_PER_UNDATED_MONTH: i64 = 30;

/// A day of the journey: its date when the start date is known, otherwise counted from the
/// first visit (day 1, in week 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum JourneyDay {
    Date(Date),
    FromFirstVisit { day: i64, week: i64 },
}

/// The month money falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MonthOf {
    Calendar {
        year: i16,
        month: i8,
    },
    /// 30-day months counted from the first visit, the first being 1.
    FromFirstVisit(i64),
}

impl MonthOf {
    fn next(self) -> Self {
        match self {
            MonthOf::Calendar { year, month: 12 } => MonthOf::Calendar {
                year: year + 1,
                month: 1,
            },
            MonthOf::Calendar { year, month } => MonthOf::Calendar { year, month: month + 1 },
            MonthOf::FromFirstVisit(n) => MonthOf::FromFirstVisit(n + 1),
        }
    }
}

/// Turns the journey's day numbers (0 = the start) into dates, or into days, weeks and months
/// from the first visit.
#[derive(Debug, Clone, Copy)]
struct Clock {
    start: Option<Date>,
    /// The first visit's day number; no money falls earlier.
    first_day: i64,
}

impl Clock {
    fn day(self, day: i64) -> JourneyDay {
        match self.start {
            Some(start) => JourneyDay::Date(start.checked_add(jiff::Span::new().days(day)).unwrap_or(start)),
            None => {
                let from_first = (day - self.first_day).max(0);
                JourneyDay::FromFirstVisit {
                    day: from_first + 1,
                    week: from_first / 7 + 1,
                }
            }
        }
    }

    /// The month `day` falls in, and how many days of that month are left from it (at least 1).
    fn month_at(self, day: i64) -> (MonthOf, i64) {
        match self.day(day) {
            JourneyDay::Date(date) => (
                MonthOf::Calendar {
                    year: date.year(),
                    month: date.month(),
                },
                i64::from(date.days_in_month() - date.day() + 1),
            ),
            JourneyDay::FromFirstVisit { day, .. } => {
                let offset = day - 1;
                (
                    MonthOf::FromFirstVisit(offset / DAYS_PER_UNDATED_MONTH + 1),
                    DAYS_PER_UNDATED_MONTH - offset % DAYS_PER_UNDATED_MONTH,
                )
            }
        }
    }
}

/// A part of the journey, from its first day to its last.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Phase {
    pub label: Text,
    pub first: JourneyDay,
    pub last: JourneyDay,
}

/// What the family pays in one month (typical).
#[derive(Debug, Clone, Serialize)]
pub struct MonthOut {
    pub month: MonthOf,
    pub medical: Decimal,
    /// Travel, lodging, food and care at home.
    pub living: Decimal,
    pub lost_pay: Decimal,
    pub total: Decimal,
}

#[derive(Debug, Clone, Serialize)]
pub struct CashFlow {
    /// True when the journey is on the calendar (a start date was given).
    pub dated: bool,
    pub phases: Vec<Phase>,
    pub months: Vec<MonthOut>,
    /// Every month added up, by kind (the month is the last one).
    pub total: MonthOut,
    /// The day the patient goes home after the time nearby.
    pub home: JourneyDay,
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

/// `each` on every one of `count` days from `first`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Share {
    first: i64,
    count: i64,
    each: Decimal,
}

/// Splits `amount` over the days in proportion to their weights, in cents, the last day
/// taking the remainder so the parts add up exactly.
fn spread(amount: Decimal, days: &[Run]) -> Vec<Share> {
    let total: i64 = days.iter().map(|run| i64::from(run.weight) * run.count.max(0)).sum();
    if total == 0 || amount.is_zero() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(days.len() + 1);
    let mut given = Decimal::ZERO;
    let last = days
        .iter()
        .rposition(|run| run.weight > 0 && run.count > 0)
        .unwrap_or(0);
    for (index, run) in days.iter().enumerate() {
        if run.weight == 0 || run.count <= 0 {
            continue;
        }
        let each = round_cents(amount * Decimal::from(run.weight) / Decimal::from(total));
        let whole = if index == last { run.count - 1 } else { run.count };
        if whole > 0 {
            out.push(Share {
                first: run.first,
                count: whole,
                each,
            });
            given += each * Decimal::from(whole);
        }
        if index == last {
            out.push(Share {
                first: run.end() - 1,
                count: 1,
                each: amount - given,
            });
        }
    }
    out
}

/// What the shares put on the days before `day`.
fn before(shares: &[Share], day: i64) -> Decimal {
    shares
        .iter()
        .map(|share| share.each * Decimal::from((day - share.first).clamp(0, share.count)))
        .sum()
}

fn empty_month(month: MonthOf) -> MonthOut {
    MonthOut {
        month,
        medical: Decimal::ZERO,
        living: Decimal::ZERO,
        lost_pay: Decimal::ZERO,
        total: Decimal::ZERO,
    }
}

/// The schedule: on the calendar from the start date, or counted from the first visit.
pub fn cash_flow(input: &Input<'_>, estimate: &Estimate) -> CashFlow {
    let days = JourneyDays::new(&estimate.journey, &estimate.counts.typical, input.caregivers());
    let JourneyDays {
        evaluation_days,
        collection_days,
        follow_up_days,
        manufacturing_days,
        conditioning,
        hospital,
        nearby,
        discharge,
        home,
        ..
    } = days.clone();
    let collections = i64::try_from(collection_days.len()).unwrap_or(0);
    let first_collection = days.first_collection;
    let recovery_days = days.recovery_days;
    let JourneyDays {
        trips,
        nights_away,
        parking_days,
        room_nights,
        person_days,
        days_away,
        patient_away,
        prophylaxis,
        follow_up,
        ..
    } = days;

    // The days care is given; treatment bills come a month after it.
    let days_of = |line: &LineItem| -> Days {
        match line.id {
            LineId::Collection => vec![one_day(collection_days.first().copied().unwrap_or(first_collection))],
            LineId::Conditioning => range(0, conditioning.max(1), 1),
            LineId::Product => vec![one_day(conditioning)],
            LineId::HospitalStay | LineId::Complications => range(conditioning, hospital.max(1), 1),
            LineId::Prophylaxis => prophylaxis.clone(),
            LineId::FollowUpCare => follow_up.clone(),
            LineId::Travel | LineId::GroundTransport => trips.clone(),
            LineId::Lodging => room_nights.clone(),
            LineId::Parking => parking_days.clone(),
            LineId::PetCare => nights_away.clone(),
            LineId::Meals => person_days.clone(),
            LineId::ChildCare | LineId::CaregiverIncome => days_away.clone(),
            LineId::PatientIncome => patient_away.clone(),
        }
    };

    let mut dated: Vec<(Share, Category)> = Vec::new();
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
                // Days before the start count in the first plan year.
                let first = match year.plan_year {
                    0 => i64::MIN,
                    y => i64::from(estimate.calendar.year_start_day(y)),
                };
                let end = i64::from(estimate.calendar.year_start_day(year.plan_year + 1));
                let in_year = within(&days, first, end);
                let spread_over = if in_year.is_empty() { &days } else { &in_year };
                for share in spread(year.family_pays.typical, spread_over) {
                    dated.push((
                        Share {
                            first: share.first + shift,
                            ..share
                        },
                        line.category,
                    ));
                }
            }
            continue;
        }
        dated.extend(
            spread(family.typical, &days)
                .into_iter()
                .map(|share| (share, line.category)),
        );
        // Before going home the family fronts what a travel benefit pays back later, and lives
        // without the pay that state paid leave replaces later.
        let benefit = line.benefit_pays.map_or(Decimal::ZERO, |b| b.typical);
        let fronted = match line.category {
            Category::NonMedical if line.payer.contains(&Payer::TravelBenefit) => benefit,
            Category::LostIncome => benefit,
            _ => Decimal::ZERO,
        };
        let before_home = |amount: Decimal| before(&spread(amount, &days), home);
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

    let first_visit = evaluation_days
        .first()
        .copied()
        .unwrap_or(first_collection)
        .min(first_collection)
        .min(-manufacturing_days)
        .min(0);
    let clock = Clock {
        start: input.start_date(),
        first_day: dated.iter().map(|(share, _)| share.first).fold(first_visit, i64::min),
    };
    // Each share, cut at month ends; months kept in order.
    let mut by_month: BTreeMap<MonthOf, MonthOut> = BTreeMap::new();
    for (share, category) in dated {
        let mut day = share.first;
        let mut left = share.count;
        while left > 0 {
            let (key, days_left) = clock.month_at(day);
            let in_month = days_left.min(left);
            let amount = share.each * Decimal::from(in_month);
            let month = by_month.entry(key).or_insert_with(|| empty_month(key));
            match category {
                Category::Medical => month.medical += amount,
                Category::NonMedical => month.living += amount,
                Category::LostIncome => month.lost_pay += amount,
            }
            month.total += amount;
            left -= in_month;
            day += in_month;
        }
    }

    // Every month from the first to the last, those with nothing to pay included.
    let mut months: Vec<MonthOut> = Vec::with_capacity(by_month.len());
    for month in by_month.into_values() {
        while let Some(next) = months.last().map(|last| last.month.next())
            && next < month.month
        {
            months.push(empty_month(next));
        }
        months.push(month);
    }
    let first_month = clock.month_at(first_visit).0;
    let total = months.iter().fold(empty_month(first_month), |sum, m| MonthOut {
        month: m.month,
        medical: sum.medical + m.medical,
        living: sum.living + m.living,
        lost_pay: sum.lost_pay + m.lost_pay,
        total: sum.total + m.total,
    });

    let mut phases = Vec::new();
    let mut phase = |label: Text, first: i64, count: i64| {
        if count > 0 {
            phases.push(Phase {
                label,
                first: clock.day(first),
                last: clock.day(first + count - 1),
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
    phase(text!("phase-recovery"), home, recovery_days);
    if let (Some(&first), Some(&last)) = (follow_up_days.first(), follow_up_days.last()) {
        phase(text!("phase-follow-up"), first, last - first + 1);
    }

    CashFlow {
        dated: clock.start.is_some(),
        phases,
        months,
        total,
        home: clock.day(home),
        up_front_spending,
        benefit_later,
        up_front_lost_pay,
        leave_later,
        source_ids: vec!["assumption-cash-flow".to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::journey_days::Run;
    use rust_decimal_macros::dec;

    #[test]
    fn spreading_keeps_every_cent() {
        // $100 over three equal days: 33.33 + 33.33 + 33.34.
        let parts = spread(dec!(100), &range(0, 3, 1));
        let share = |first, count, each| Share { first, count, each };
        assert_eq!(parts, vec![share(0, 2, dec!(33.33)), share(2, 1, dec!(33.34))]);
        // Weights 1 and 3; the last day takes the remainder even when it comes first in time.
        let days = [
            one_day(5),
            Run {
                weight: 3,
                ..one_day(6)
            },
            one_day(0),
        ];
        let parts = spread(dec!(10), &days);
        assert_eq!(
            parts,
            vec![share(5, 1, dec!(2)), share(6, 1, dec!(6)), share(0, 1, dec!(2))]
        );
        assert_eq!(before(&parts, 6), dec!(4));
        assert!(spread(dec!(10), &[]).is_empty());
        assert!(
            spread(
                dec!(10),
                &[Run {
                    weight: 0,
                    ..one_day(0)
                }]
            )
            .is_empty()
        );
    }
}
