//! Plan years and when bills fall in them: calendar years from a start date, or 365-day years
//! from the first day of treatment; a cost spread over days is split into one bill per year.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::coverage::Setting;
use crate::core::money::round_cents;
use crate::core::scenarios::Scenarios;
use crate::core::text::{Arg, Text};
use crate::text;

/// Days in a plan year when no start date is given.
const DAYS_PER_PLAN_YEAR: u32 = 365;

/// Plan years: calendar years when a start date is given, else 365-day years from the
/// first day of treatment (both labelled assumptions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Calendar {
    pub start: Option<Date>,
}

impl Calendar {
    /// The day (counted from the start of treatment) on which plan year `year` begins.
    pub fn year_start_day(&self, year: u32) -> u32 {
        if year == 0 {
            return 0;
        }
        match self.start {
            None => DAYS_PER_PLAN_YEAR.saturating_mul(year),
            // The rest of the start's year, then whole years; counted with day-of-year
            // arithmetic because this runs for every bill of every estimate.
            Some(start) => {
                let rest_of_first = u32::try_from(start.days_in_year() - start.day_of_year() + 1).unwrap_or(0);
                (1..year)
                    .try_fold(rest_of_first, |days, later| {
                        let y = i16::try_from(later).ok().and_then(|y| start.year().checked_add(y))?;
                        let length = Date::new(y, 1, 1).ok()?.days_in_year();
                        days.checked_add(u32::try_from(length).ok()?)
                    })
                    .unwrap_or(u32::MAX)
            }
        }
    }

    /// The day plan year `year` begins: the start date, then 1 January of each later year;
    /// without a start date, every 365 days from `first_day` (today).
    pub fn year_begins(&self, year: u32, first_day: Date) -> Date {
        match self.start {
            Some(start) if year == 0 => start,
            Some(start) => i16::try_from(year)
                .ok()
                .and_then(|y| start.year().checked_add(y))
                .and_then(|y| Date::new(y, 1, 1).ok())
                .unwrap_or(Date::MAX),
            None => first_day
                .checked_add(jiff::Span::new().days(i64::from(DAYS_PER_PLAN_YEAR) * i64::from(year)))
                .unwrap_or(Date::MAX),
        }
    }

    /// The plan year a day falls in.
    pub fn year_of(&self, day: u32) -> u32 {
        let mut year = 0;
        while self.year_start_day(year + 1) <= day {
            year += 1;
        }
        year
    }

    /// "2027" with a start date, else "Plan year 2".
    pub fn label(&self, year: u32) -> Text {
        match self.start {
            Some(start) => text!(
                "plan-year-calendar",
                year = Arg::Verbatim((i32::from(start.year()) + i32::try_from(year).unwrap_or(0)).to_string())
            ),
            None => text!("plan-year-number", number = year + 1),
        }
    }
}

/// When a medical line's cost falls on the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// First day, counted from the day the family arrives for conditioning (day 0).
    pub first_day: u32,
    /// How many days the cost is spread over (1 for a one-day bill).
    pub days: u32,
    /// Set for hospital days: the number of the first day within the admission (from 1).
    pub admission_day: Option<u32>,
    pub setting: Setting,
}

/// A part of a line's cost that falls in one plan year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Chunk {
    pub(super) plan_year: u32,
    pub(super) first_day: u32,
    pub(super) amount: Decimal,
    pub(super) hospital_days: Option<(u32, u32)>,
}

/// Splits a cost spread evenly over its days into one chunk per plan year. Each chunk is a
/// bill in whole cents (rounded half away from zero) and the last takes the remainder, so the
/// chunks add up exactly to the cost.
pub(super) fn split_by_year(cost: Decimal, timing: Timing, calendar: &Calendar) -> Vec<Chunk> {
    let days = timing.days.max(1);
    let end = timing.first_day.saturating_add(days);
    let mut chunks = Vec::new();
    let mut day = timing.first_day;
    let mut allotted = Decimal::ZERO;
    while day < end {
        let year = calendar.year_of(day);
        let next = calendar.year_start_day(year + 1).min(end);
        let span = next - day;
        let amount = if next == end {
            cost - allotted
        } else {
            round_cents(cost * Decimal::from(span) / Decimal::from(days))
        };
        allotted += amount;
        let hospital_days = timing.admission_day.map(|first| {
            let offset = day - timing.first_day;
            (first + offset, first + offset + span - 1)
        });
        chunks.push(Chunk {
            plan_year: year,
            first_day: day,
            amount,
            hospital_days,
        });
        day = next;
    }
    chunks
}

/// One line's bills in one plan year.
#[derive(Debug, Clone, Serialize)]
pub struct LineYear {
    pub plan_year: u32,
    pub billed: Scenarios<Decimal>,
    pub insurer_pays: Scenarios<Decimal>,
    pub family_pays: Scenarios<Decimal>,
}

/// A plan year's medical bills and who pays them.
#[derive(Debug, Clone, Serialize)]
pub struct PlanYear {
    pub plan_year: u32,
    /// Said in the reader's language by the web layer.
    #[serde(skip)]
    pub label: Text,
    /// Medical bills dated in this year, other than what the sponsor supplies.
    pub billed: Scenarios<Decimal>,
    pub insurer_pays: Scenarios<Decimal>,
    /// The family's deductible and coinsurance on covered care (what the yearly limit caps).
    pub family_cost_sharing: Scenarios<Decimal>,
    /// Care the plan does not cover, billed to the family in full.
    pub family_not_covered: Scenarios<Decimal>,
    pub family_medical: Scenarios<Decimal>,
    /// The yearly limit on cost sharing: the plan's in-network limit, or out of network the
    /// limit the user entered, if any.
    pub limit: Option<Decimal>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn on(year: i16, month: i8, day: i8) -> Calendar {
        Calendar {
            start: Some(jiff::civil::date(year, month, day)),
        }
    }

    #[test]
    fn plan_years_are_calendar_years_from_a_start_date() {
        let calendar = on(2026, 12, 20);
        // 12 days to 1 January 2027, then 365 more to 1 January 2028.
        assert_eq!(calendar.year_start_day(1), 12);
        assert_eq!(calendar.year_start_day(2), 377);
        assert_eq!(calendar.year_of(11), 0);
        assert_eq!(calendar.year_of(12), 1);
        assert_eq!(
            calendar.label(1),
            text!("plan-year-calendar", year = Arg::Verbatim("2027".into()))
        );
        // 2028 is a leap year: 366 days to 1 January 2029.
        assert_eq!(calendar.year_start_day(3), 743);
    }

    #[test]
    fn without_a_date_each_plan_year_is_365_days_from_day_0() {
        let calendar = Calendar { start: None };
        assert_eq!(calendar.year_start_day(1), 365);
        assert_eq!(calendar.year_of(364), 0);
        assert_eq!(calendar.year_of(365), 1);
        assert_eq!(calendar.label(0), text!("plan-year-number", number = 1u32));
    }

    #[test]
    fn a_stay_across_new_year_splits_by_days_and_numbers_the_admission_days() {
        // 21 days from day 5, new year on day 12: 7 days in 2026, 14 in 2027, at $3,167 a day.
        let timing = Timing {
            first_day: 5,
            days: 21,
            admission_day: Some(1),
            setting: Setting::Inpatient,
        };
        let chunks = split_by_year(dec!(66507), timing, &on(2026, 12, 20));
        assert_eq!(chunks.len(), 2);
        assert_eq!((chunks[0].plan_year, chunks[0].amount), (0, dec!(22169)));
        assert_eq!((chunks[1].plan_year, chunks[1].amount), (1, dec!(44338)));
        assert_eq!(chunks[0].hospital_days, Some((1, 7)));
        assert_eq!(chunks[1].hospital_days, Some((8, 21)));
        assert_eq!(chunks[1].first_day, 12);
    }

    #[test]
    fn spread_costs_add_up_exactly_even_when_the_split_is_uneven() {
        // $7,164 over 730 days from day 26, plan years of 365 days: 339, 365 and 26 days.
        let timing = Timing {
            first_day: 26,
            days: 730,
            admission_day: None,
            setting: Setting::Outpatient,
        };
        let chunks = split_by_year(dec!(7164), timing, &Calendar { start: None });
        let years: Vec<u32> = chunks.iter().map(|c| c.plan_year).collect();
        assert_eq!(years, vec![0, 1, 2]);
        assert_eq!(chunks[1].amount, dec!(3582));
        // 7,164 x 339 / 730 = 2,428,596 / 730 = 3,326.8438..., billed as $3,326.84;
        // the last chunk takes the remainder: 7,164 - 3,326.84 - 3,582 = 255.16.
        assert_eq!(chunks[0].amount, dec!(3326.84));
        assert_eq!(chunks[2].amount, dec!(255.16));
        assert_eq!(chunks.iter().map(|c| c.amount).sum::<Decimal>(), dec!(7164));
    }
}
