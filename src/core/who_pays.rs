//! Who pays each line: the coverage rules for the plan, route and network decide whether the
//! sponsor, the insurer or the family pays each part of the care; medical bills are dated on
//! the journey, split by plan year and shared under the plan's terms; travel benefits and
//! Medicaid transportation pay their part of the trip.

use std::collections::BTreeMap;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::choices::InsuranceType;
use super::coverage::{Bill, Plan, PlanTerms, Setting, family_shares};
use super::money::round_cents;
use super::scenarios::{Scenario, Scenarios};
use super::tables::{CarePart, CoverageStatus, Outcome, Tables, TravelBenefitTerms};
use super::text::{Arg, Text};
use crate::text;

/// Days in a plan year when no start date is given.
const DAYS_PER_PLAN_YEAR: u32 = 365;

/// How one part of the care is paid, and why, as the rules say.
#[derive(Debug, Clone, Serialize)]
pub struct PartCoverage {
    pub part: CarePart,
    pub status: CoverageStatus,
    /// For an uncertain part, the outcome shown first.
    pub likely: Option<Outcome>,
    /// True when the plan's out-of-network terms apply (a plan with a network, and the center
    /// outside it).
    pub out_of_network: bool,
    /// True for Medicare Advantage members' routine care in a trial: Original Medicare pays it,
    /// and the plan pays the difference when its own cost sharing is lower.
    pub original_medicare_pays: bool,
    /// Said in the reader's language by the web layer.
    #[serde(skip)]
    pub reason: Text,
    pub sources: Vec<String>,
}

impl PartCoverage {
    /// The rules for every part, for this plan and route.
    pub fn for_plan(tables: &Tables, plan: &Plan, route: super::choices::Route) -> Vec<Self> {
        CarePart::ALL
            .iter()
            .map(|&part| {
                let rule = tables
                    .coverage_rules()
                    .get(plan.insurance, route, plan.in_network, part);
                Self {
                    part,
                    status: rule.status,
                    likely: rule.if_uncertain_assume,
                    // Out of network matters only for plans with networks; Medicaid pays a
                    // provider in full or not at all, and Original Medicare has no network.
                    out_of_network: !plan.in_network
                        && matches!(
                            plan.insurance,
                            InsuranceType::Employer | InsuranceType::Marketplace | InsuranceType::MedicareAdvantage
                        ),
                    original_medicare_pays: plan.insurance == InsuranceType::MedicareAdvantage
                        && route == super::choices::Route::Trial
                        && part == CarePart::Treatment,
                    reason: rule.reason.clone(),
                    sources: rule.source_ids.0.clone(),
                }
            })
            .collect()
    }
}

/// Who pays a part in one of the outcomes shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolved {
    Sponsor,
    Covered,
    NotCovered,
}

/// One set of answers to the uncertain questions: the likely one, or the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct World {
    pub parts: Vec<(CarePart, Resolved)>,
}

/// Which answer to the uncertain coverage questions an outcome takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Each uncertain part as the rules think likely: the outcome shown first.
    Likely,
    /// The plan agrees to pay for every uncertain part.
    AllCovered,
    /// The plan refuses every uncertain part.
    AllRefused,
}

impl World {
    pub fn new(coverage: &[PartCoverage], answer: Answer) -> Self {
        let parts = coverage
            .iter()
            .map(|c| {
                let resolved = match (c.status, answer) {
                    (CoverageStatus::Sponsor, _) => Resolved::Sponsor,
                    (CoverageStatus::Covered, _) => Resolved::Covered,
                    (CoverageStatus::NotCovered, _) => Resolved::NotCovered,
                    (CoverageStatus::Uncertain, Answer::AllCovered) => Resolved::Covered,
                    (CoverageStatus::Uncertain, Answer::AllRefused) => Resolved::NotCovered,
                    (CoverageStatus::Uncertain, Answer::Likely) => match c.likely {
                        Some(Outcome::Covered) => Resolved::Covered,
                        _ => Resolved::NotCovered,
                    },
                };
                (c.part, resolved)
            })
            .collect();
        Self { parts }
    }

    pub fn of(&self, part: CarePart) -> Resolved {
        self.parts
            .iter()
            .find(|(p, _)| *p == part)
            .map_or(Resolved::NotCovered, |(_, r)| *r)
    }
}

/// Plan years: calendar years when a start date is given, else 365-day years from the
/// first day of treatment (both labelled assumptions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
struct Chunk {
    plan_year: u32,
    first_day: u32,
    amount: Decimal,
    hospital_days: Option<(u32, u32)>,
}

/// Splits a cost spread evenly over its days into one chunk per plan year. Each chunk is a
/// bill in whole cents (rounded half away from zero) and the last takes the remainder, so the
/// chunks add up exactly to the cost.
fn split_by_year(cost: Decimal, timing: Timing, calendar: &Calendar) -> Vec<Chunk> {
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

/// A line as the payer rules see it.
pub struct LineToPay<'a> {
    pub part: Option<CarePart>,
    pub cost: Option<&'a Scenarios<Decimal>>,
    /// Set for priced medical lines: when their bills fall.
    pub timing: Option<Scenarios<Timing>>,
    pub kind: LineKind,
}

/// What kind of line it is, for the lines paid by benefits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Medical,
    Travel,
    /// Lodging, with its room-nights per scenario.
    Lodging,
    OtherNonMedical,
}

/// One line's share, per scenario, in one outcome.
#[derive(Debug, Clone, Serialize)]
pub struct LineShares {
    pub sponsor: Scenarios<Decimal>,
    pub insurer: Scenarios<Decimal>,
    pub benefit: Scenarios<Decimal>,
    /// What the travel benefit pays of `benefit` (the rest is Medicaid transportation).
    pub travel_benefit: Scenarios<Decimal>,
    pub family: Scenarios<Decimal>,
    pub resolved: Option<Resolved>,
    pub by_year: Vec<LineYear>,
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

/// Everything the payer rules decide for one outcome.
pub struct Settled {
    pub lines: Vec<LineShares>,
    pub plan_years: Vec<PlanYear>,
}

/// What the benefits see of the trip.
pub struct Trip {
    pub distance_miles: Decimal,
    /// Room-nights near the center, per scenario.
    pub lodging_nights: Scenarios<Decimal>,
    /// People the travel line pays for, and how many of them Medicaid rides pay for (the
    /// patient and one helper). One car carries everyone, so a drive counts as one.
    pub travelers: Decimal,
    pub ride_travelers: Decimal,
}

/// Decides who pays each line in one outcome.
pub fn settle(
    lines: &[LineToPay<'_>],
    world: &World,
    coverage: &[PartCoverage],
    plan: &Plan,
    benefit_terms: &TravelBenefitTerms,
    trip: &Trip,
    calendar: &Calendar,
) -> Settled {
    let group_of = |part: CarePart| {
        let flags = coverage.iter().find(|c| c.part == part);
        if flags.is_some_and(|c| c.original_medicare_pays) {
            Group::OriginalMedicare
        } else if flags.is_some_and(|c| c.out_of_network) {
            Group::OutOfNetwork
        } else {
            Group::InNetwork
        }
    };
    let per_scenario: Scenarios<Vec<ScenarioShare>> =
        Scenarios::from_fn(|s| settle_scenario(lines, world, plan, benefit_terms, trip, calendar, s, &group_of));

    let shares = lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let pick = |f: fn(&ScenarioShare) -> Decimal| Scenarios::from_fn(|s| f(&per_scenario.get(s)[index]));
            let years: Vec<u32> = {
                let mut all: Vec<u32> = Scenario::ALL
                    .iter()
                    .flat_map(|&s| per_scenario.get(s)[index].years.keys().copied())
                    .collect();
                all.sort_unstable();
                all.dedup();
                all
            };
            let year_value = |year: u32, f: fn(&YearShare) -> Decimal| {
                Scenarios::from_fn(|s| per_scenario.get(s)[index].years.get(&year).map_or(Decimal::ZERO, f))
            };
            LineShares {
                sponsor: pick(|x| x.sponsor),
                insurer: pick(|x| x.insurer),
                benefit: pick(|x| x.transport + x.travel_benefit),
                travel_benefit: pick(|x| x.travel_benefit),
                family: pick(|x| x.family),
                resolved: line.part.map(|p| world.of(p)),
                by_year: years
                    .into_iter()
                    .map(|year| LineYear {
                        plan_year: year,
                        billed: year_value(year, |y| y.billed),
                        insurer_pays: year_value(year, |y| y.insurer),
                        family_pays: year_value(year, |y| y.cost_sharing + y.not_covered),
                    })
                    .collect(),
            }
        })
        .collect::<Vec<_>>();

    let last_year = shares.iter().flat_map(|l| l.by_year.iter().map(|y| y.plan_year)).max();
    let plan_years = last_year.map_or_else(Vec::new, |last| {
        (0..=last)
            .map(|year| {
                let sum = |f: fn(&YearShare) -> Decimal| {
                    Scenarios::from_fn(|s| {
                        per_scenario
                            .get(s)
                            .iter()
                            .filter_map(|l| l.years.get(&year))
                            .map(f)
                            .sum()
                    })
                };
                let cost_sharing = sum(|y| y.cost_sharing);
                let not_covered = sum(|y| y.not_covered);
                PlanYear {
                    plan_year: year,
                    label: calendar.label(year),
                    billed: sum(|y| y.billed),
                    insurer_pays: sum(|y| y.insurer),
                    family_cost_sharing: cost_sharing,
                    family_not_covered: not_covered,
                    family_medical: cost_sharing + not_covered,
                    limit: if plan.in_network {
                        plan.terms.oop_max()
                    } else {
                        plan.out_of_network.oop_max()
                    },
                }
            })
            .collect()
    });
    Settled {
        lines: shares,
        plan_years,
    }
}

/// Which terms a covered bill is shared under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    InNetwork,
    OutOfNetwork,
    /// Medicare Advantage trial routine care: the lower of Original Medicare's share and the plan's.
    OriginalMedicare,
}

/// A covered bill: its line, its part of the year, where it is given and its terms.
type CoveredBill = (usize, Chunk, Setting, Group);

#[derive(Debug, Clone, Default)]
struct YearShare {
    billed: Decimal,
    insurer: Decimal,
    cost_sharing: Decimal,
    not_covered: Decimal,
}

#[derive(Debug, Clone, Default)]
struct ScenarioShare {
    sponsor: Decimal,
    insurer: Decimal,
    transport: Decimal,
    travel_benefit: Decimal,
    family: Decimal,
    years: BTreeMap<u32, YearShare>,
}

#[allow(clippy::too_many_arguments)]
fn settle_scenario(
    lines: &[LineToPay<'_>],
    world: &World,
    plan: &Plan,
    benefit_terms: &TravelBenefitTerms,
    trip: &Trip,
    calendar: &Calendar,
    s: Scenario,
    group_of: &dyn Fn(CarePart) -> Group,
) -> Vec<ScenarioShare> {
    let mut shares: Vec<ScenarioShare> = lines.iter().map(|_| ScenarioShare::default()).collect();
    // Covered bills, dated and split by plan year.
    let mut covered: Vec<CoveredBill> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let Some(cost) = line.cost.map(|c| *c.get(s)) else {
            continue;
        };
        let share = &mut shares[index];
        match (line.kind, line.part) {
            (LineKind::Medical, Some(part)) => {
                let timing = line.timing.as_ref().map_or(
                    Timing {
                        first_day: 0,
                        days: 1,
                        admission_day: None,
                        setting: Setting::Outpatient,
                    },
                    |t| *t.get(s),
                );
                match world.of(part) {
                    Resolved::Sponsor => share.sponsor = cost,
                    Resolved::NotCovered => {
                        share.family = cost;
                        for chunk in split_by_year(cost, timing, calendar) {
                            let year = share.years.entry(chunk.plan_year).or_default();
                            year.billed += chunk.amount;
                            year.not_covered += chunk.amount;
                        }
                    }
                    Resolved::Covered => {
                        for chunk in split_by_year(cost, timing, calendar) {
                            covered.push((index, chunk, timing.setting, group_of(part)));
                        }
                    }
                }
            }
            _ => share.family = cost,
        }
    }
    // Date order decides which bill meets the deductible first; ties keep line order.
    covered.sort_by_key(|(index, chunk, ..)| (chunk.first_day, *index));
    for (bill, family) in covered.iter().zip(family_shares_of(&covered, plan)) {
        let (index, chunk, ..) = bill;
        let share = &mut shares[*index];
        share.family += family;
        share.insurer += chunk.amount - family;
        let year = share.years.entry(chunk.plan_year).or_default();
        year.billed += chunk.amount;
        year.insurer += chunk.amount - family;
        year.cost_sharing += family;
    }
    pay_benefits(lines, world, plan, benefit_terms, trip, s, &mut shares);
    shares
}

/// The family's share of each covered bill, in order. In-network and out-of-network bills
/// are shared under their own terms, each with its own deductible and limit. Medicare
/// Advantage trial routine care is billed to Original Medicare and the plan pays the difference
/// when its own cost sharing is lower: each plan year the family pays the lower of the two ways.
fn family_shares_of(bills: &[CoveredBill], plan: &Plan) -> Vec<Decimal> {
    let original_medicare = plan.original_medicare.as_ref().unwrap_or(&plan.terms);
    let terms = [&plan.terms, &plan.out_of_network, original_medicare];
    let plan_terms = shares_under(bills, terms, |group| match group {
        Group::InNetwork | Group::OriginalMedicare => 0,
        Group::OutOfNetwork => 1,
    });
    if plan.original_medicare.is_none() || !bills.iter().any(|b| b.3 == Group::OriginalMedicare) {
        return plan_terms;
    }
    let through_medicare = shares_under(bills, terms, |group| match group {
        Group::InNetwork => 0,
        Group::OutOfNetwork => 1,
        Group::OriginalMedicare => 2,
    });
    let year_total = |shares: &[Decimal], year: u32| -> Decimal {
        bills
            .iter()
            .zip(shares)
            .filter(|(b, _)| b.1.plan_year == year)
            .map(|(_, share)| *share)
            .sum()
    };
    bills
        .iter()
        .enumerate()
        .map(|(i, bill)| {
            let year = bill.1.plan_year;
            if year_total(&through_medicare, year) < year_total(&plan_terms, year) {
                through_medicare[i]
            } else {
                plan_terms[i]
            }
        })
        .collect()
}

/// Shares each set of bills (by `key`) under its own terms, each with its own deductibles and limits.
fn shares_under(bills: &[CoveredBill], terms: [&PlanTerms; 3], key: impl Fn(Group) -> usize) -> Vec<Decimal> {
    let mut out = vec![Decimal::ZERO; bills.len()];
    for (k, terms) in terms.into_iter().enumerate() {
        let picked: Vec<usize> = (0..bills.len()).filter(|&i| key(bills[i].3) == k).collect();
        let list: Vec<Bill> = picked
            .iter()
            .map(|&i| {
                let (_, chunk, setting, _) = bills[i];
                Bill {
                    amount: chunk.amount,
                    setting,
                    plan_year: chunk.plan_year,
                    hospital_days: chunk.hospital_days,
                }
            })
            .collect();
        for (i, family) in picked.into_iter().zip(family_shares(terms, &list)) {
            out[i] = family;
        }
    }
    out
}

/// Medicaid transportation pays the trips to covered care; an insurer's travel benefit pays
/// what is left of the trips, then lodging up to its nightly limit, up to the amount entered.
fn pay_benefits(
    lines: &[LineToPay<'_>],
    world: &World,
    plan: &Plan,
    terms: &TravelBenefitTerms,
    trip: &Trip,
    s: Scenario,
    shares: &mut [ScenarioShare],
) {
    // Rides and travel benefits come with covered care: when the plan refuses the treatment,
    // they do not pay for the trips to it.
    let treatment_paid = world.of(CarePart::Treatment) != Resolved::NotCovered;
    let transport = world.of(CarePart::Travel) == Resolved::Covered && treatment_paid;
    let mut budget = match plan.travel_benefit {
        Some(amount)
            if treatment_paid
                && plan.insurance != InsuranceType::Uninsured
                && trip.distance_miles > terms.min_distance_miles =>
        {
            amount
        }
        _ => Decimal::ZERO,
    };
    for (line, share) in lines.iter().zip(shares.iter_mut()) {
        match line.kind {
            LineKind::Travel => {
                if transport && !trip.travelers.is_zero() {
                    // The travel cost is a whole number of fares per traveler, so this is exact.
                    share.transport = share.family / trip.travelers * trip.ride_travelers;
                    share.family -= share.transport;
                }
                let paid = share.family.min(budget);
                budget -= paid;
                share.travel_benefit = paid;
                share.family -= paid;
            }
            LineKind::Lodging => {
                let allowed = (*trip.lodging_nights.get(s) * terms.lodging_per_night_max).min(share.family);
                let paid = allowed.min(budget);
                budget -= paid;
                share.travel_benefit = paid;
                share.family -= paid;
            }
            LineKind::Medical | LineKind::OtherNonMedical => {}
        }
    }
}

/// One short sentence on the family's share of a covered bill under the plan's terms.
pub fn terms_sentence(terms: &PlanTerms) -> Text {
    match terms {
        PlanTerms::Uninsured => text!("terms-uninsured"),
        PlanTerms::Standard {
            deductible,
            coinsurance_pct,
            oop_max,
        } => {
            if deductible.value.is_zero() && coinsurance_pct.value.is_zero() {
                return text!("terms-nothing");
            }
            match oop_max {
                Some(cap) => text!("terms-up-to-limit", limit = Arg::MoneyShort(cap.value)),
                None => text!("terms-no-limit"),
            }
        }
        PlanTerms::OriginalMedicare {
            supplement_pays_pct, ..
        } => match supplement_pays_pct {
            Some(pct) => text!("terms-medicare-supplement", pct = Arg::Percent(pct.value)),
            None => text!("terms-medicare"),
        },
    }
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
