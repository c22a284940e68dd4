//! Who pays each line: the coverage rules for the plan, route and network decide whether the
//! sponsor, the insurer or the family pays each part of the care (`parts`); medical bills are
//! dated on the journey, split by plan year (`plan_years`) and shared under the plan's terms;
//! travel benefits and Medicaid transportation pay their part of the trip.

mod parts;
mod plan_years;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::choices::InsuranceType;
use crate::core::coverage::{Bill, Plan, PlanTerms, Setting, family_shares};
use crate::core::scenarios::{Scenario, Scenarios};
use crate::core::tables::{CarePart, Outcome, TravelBenefitTerms};
use crate::core::text::{Arg, Text};
use crate::text;
pub use parts::{Answer, PartCoverage, World};
pub use plan_years::{Calendar, LineYear, PlanYear, Timing};
use plan_years::{Chunk, split_by_year};

/// A line as the payer rules see it.
pub struct LineToPay {
    pub part: Option<CarePart>,
    pub cost: Option<Scenarios<Decimal>>,
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
    pub resolved: Option<Outcome>,
    pub by_year: Vec<LineYear>,
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
    lines: &[LineToPay],
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
                    .flat_map(|&s| per_scenario.get(s)[index].years.years())
                    .collect();
                all.sort_unstable();
                all.dedup();
                all
            };
            let year_value = |year: u32, f: fn(&YearShare) -> Decimal| {
                Scenarios::from_fn(|s| per_scenario.get(s)[index].years.get(year).map_or(Decimal::ZERO, f))
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
                            .filter_map(|l| l.years.get(year))
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
                        plan.year(year).terms.oop_max()
                    } else {
                        plan.year(year).out_of_network.oop_max()
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
    years: ByYear,
}

/// A line's shares in each plan year it has bills in. Plan years are few and counted from
/// 0, so they index a list instead of keying a map (this runs for every line of every estimate).
#[derive(Debug, Clone, Default)]
struct ByYear(Vec<Option<YearShare>>);

impl ByYear {
    fn entry(&mut self, year: u32) -> &mut YearShare {
        let index = year as usize;
        if self.0.len() <= index {
            self.0.resize(index + 1, None);
        }
        self.0[index].get_or_insert_default()
    }

    fn get(&self, year: u32) -> Option<&YearShare> {
        self.0.get(year as usize).and_then(Option::as_ref)
    }

    /// The plan years with bills, in order.
    fn years(&self) -> impl Iterator<Item = u32> + '_ {
        (0u32..).zip(&self.0).filter(|(_, y)| y.is_some()).map(|(year, _)| year)
    }
}

#[allow(clippy::too_many_arguments)]
fn settle_scenario(
    lines: &[LineToPay],
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
                    Outcome::Sponsor => share.sponsor = cost,
                    Outcome::NotCovered => {
                        share.family = cost;
                        for chunk in split_by_year(cost, timing, calendar) {
                            let year = share.years.entry(chunk.plan_year);
                            year.billed += chunk.amount;
                            year.not_covered += chunk.amount;
                        }
                    }
                    Outcome::Covered => {
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
        let year = share.years.entry(chunk.plan_year);
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
    // Each kind of terms, plan year by plan year.
    let in_network: Vec<&PlanTerms> = plan.years.iter().map(|y| &y.terms).collect();
    let out_of_network: Vec<&PlanTerms> = plan.years.iter().map(|y| &y.out_of_network).collect();
    let original_medicare: Vec<&PlanTerms> = plan
        .years
        .iter()
        .map(|y| y.original_medicare.as_ref().unwrap_or(&y.terms))
        .collect();
    let terms = [
        in_network.as_slice(),
        out_of_network.as_slice(),
        original_medicare.as_slice(),
    ];
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
fn shares_under(bills: &[CoveredBill], terms: [&[&PlanTerms]; 3], key: impl Fn(Group) -> usize) -> Vec<Decimal> {
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
    lines: &[LineToPay],
    world: &World,
    plan: &Plan,
    terms: &TravelBenefitTerms,
    trip: &Trip,
    s: Scenario,
    shares: &mut [ScenarioShare],
) {
    // Rides and travel benefits come with covered care: when the plan refuses the treatment,
    // they do not pay for the trips to it.
    let treatment_paid = world.of(CarePart::Treatment) != Outcome::NotCovered;
    let transport = world.of(CarePart::Travel) == Outcome::Covered && treatment_paid;
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
