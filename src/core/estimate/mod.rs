//! The estimate: a pure function from valid input and the tables to itemized low / typical /
//! high lines, who pays each, the plan years and the totals, in the likely outcome of the
//! plan's decisions and in the others.
//!
//! The lines are drafted by kind of cost (`medical`, `living`, `lost_pay`), then `payers`
//! hands them to the payer rules (`crate::core::who_pays`) and sums the totals.

mod dated;
mod draft;
mod living;
mod lost_pay;
mod medical;
mod payers;
mod summary;

use std::cell::{OnceCell, RefCell};

use jiff::civil::Date;
use serde::Serialize;

use crate::core::choices::{Cells, MarketplaceMetal, TravelMode};
use crate::core::coverage::Plan;
use crate::core::data_gaps::{DataGap, GapKind, note};
use crate::core::income::{SilverReduction, silver_reduction, with_silver_limits};
use crate::core::input::Input;
use crate::core::journey::{Journey, TripCounts};
use crate::core::journey_days::JourneyDays;
use crate::core::leave::{StatePaidLeave, state_paid_leave};
use crate::core::lines::{LineId, LineItem, Totals, totals};
use crate::core::scenarios::Scenarios;
use crate::core::tables::{CoverageStatus, PaidLeaveRow, Tables};
use crate::core::who_pays::{Answer, Calendar, LineToPay, PartCoverage, PlanYear, World};
use draft::Context;
use payers::Payers;

/// The estimate if the uncertain coverage decisions all go one way.
#[derive(Debug, Clone, Serialize)]
pub struct Alternative {
    /// Whether the plan agrees to pay for every uncertain part, or refuses them all.
    pub answer: Answer,
    /// How each part is paid in this outcome.
    pub world: World,
    pub lines: Vec<LineItem>,
    pub totals: Totals,
    pub plan_years: Vec<PlanYear>,
}

/// The whole estimate.
#[derive(Debug, Clone, Serialize)]
pub struct Estimate {
    pub lines: Vec<LineItem>,
    pub totals: Totals,
    /// Medical bills and shares by plan year.
    pub plan_years: Vec<PlanYear>,
    pub calendar: Calendar,
    pub journey: Journey,
    pub counts: Scenarios<TripCounts>,
    pub plan: Plan,
    /// The coverage rule for each part of the care.
    pub coverage: Vec<PartCoverage>,
    /// How each part is paid in the outcome shown first (the likely one).
    pub world: World,
    /// When some coverage is uncertain, the outcomes where the plan agrees to pay for every
    /// uncertain part and where it refuses them all (those that differ from the one shown first).
    pub alternatives: Vec<Alternative>,
    /// Out of network: the totals with a single-case agreement (the plan's in-network terms).
    pub with_agreement: Option<Totals>,
    /// The paid family leave program of the state where the caregiver works, if it has one.
    pub leave_program: Option<PaidLeaveRow>,
    /// What that program pays toward the caregiver's lost pay, when it can be counted.
    pub paid_leave: Option<StatePaidLeave>,
    /// Lines with no sourced price: not in the totals, so the family's share may be higher.
    pub unpriced: Vec<LineId>,
    /// Figures not published yet for a year the journey reaches, with the year used instead.
    pub data_gaps: Vec<DataGap>,
}

impl Estimate {
    pub fn line(&self, id: LineId) -> Option<&LineItem> {
        self.lines.iter().find(|line| line.id == id)
    }

    /// The outcome with this answer to the uncertain questions, if it differs from the first.
    pub fn alternative(&self, answer: Answer) -> Option<&Alternative> {
        self.alternatives.iter().find(|alt| alt.answer == answer)
    }
}

/// Works out the estimate. Pure: same tables and input, same estimate.
pub fn estimate(tables: &Tables, input: &Input<'_>) -> Estimate {
    build(tables, input, Depth::Full)
}

/// The family's totals alone, in the outcome the estimate counts: for asking "what if this one
/// answer changed" many times without the notes, aid, tax, timeline and other outcomes.
pub fn family_totals(tables: &Tables, input: &Input<'_>) -> Totals {
    totals_only(tables, input).totals
}

/// The lines and totals in the outcome the estimate counts, without the other outcomes the
/// full estimate works out (for ranking every center).
pub fn totals_only(tables: &Tables, input: &Input<'_>) -> Estimate {
    build(tables, input, Depth::TotalsOnly)
}

/// The most plan years whose terms are worked out: the longest journey (two years of
/// follow-up after the longest stay) ends in the fourth; a bill after the last uses its terms.
const PLAN_YEARS: u32 = 5;

/// The plan years the lines' bills fall in (at least one, at most `PLAN_YEARS`): only those
/// have terms, limits or figures not yet out to tell of, so no others are worked out.
fn plan_years_reached(lines: &[LineToPay], calendar: &Calendar) -> u32 {
    let last_day = lines
        .iter()
        .filter_map(|line| line.timing.as_ref())
        .flat_map(Scenarios::iter)
        .map(|t| t.first_day.saturating_add(t.days.max(1) - 1))
        .max()
        .unwrap_or(0);
    // The last plan year begun by then, looked for among the first PLAN_YEARS only.
    (1..PLAN_YEARS)
        .take_while(|&year| calendar.year_start_day(year) <= last_day)
        .last()
        .map_or(1, |year| year + 1)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    Full,
    TotalsOnly,
}

fn build(tables: &Tables, input: &Input<'_>, depth: Depth) -> Estimate {
    let full = depth == Depth::Full;
    let journey = Journey::resolve(tables, input);
    let rules = tables.counting_rules();
    let reach = input.reach();
    let counts = Scenarios::from_fn(|s| TripCounts::count(&journey, rules, *reach.get(s), input.caregivers(), s));
    let calendar = Calendar {
        start: input.start_date(),
    };
    let days = JourneyDays::new(&journey, &counts.typical, input.caregivers());
    let context = Context {
        tables,
        input,
        journey: &journey,
        counts: &counts,
        days: &days,
        first_day: input.first_day(),
        gaps: RefCell::new(Vec::new()),
        trip_sources: OnceCell::new(),
    };

    let mut drafts = Vec::with_capacity(15);
    if input.cells() == Cells::Autologous {
        drafts.push(context.collection());
    }
    drafts.push(context.conditioning());
    drafts.push(context.product());
    drafts.push(context.hospital_stay());
    drafts.push(context.complications());
    drafts.push(context.prophylaxis());
    drafts.push(context.follow_up_care());
    drafts.push(context.travel());
    if input.travel_mode() == TravelMode::Fly {
        drafts.push(context.ground_transport());
    }
    drafts.push(context.lodging());
    drafts.push(context.meals());
    drafts.push(context.parking());
    if let Some(per_day) = input.child_care_per_day() {
        drafts.push(context.child_care(per_day));
    }
    if input.pets() > 0 {
        drafts.push(context.pet_care());
    }
    drafts.push(context.lost_pay(LineId::CaregiverIncome, input.caregiver()));
    drafts.push(context.lost_pay(LineId::PatientIncome, input.patient()));

    let to_pay: Vec<LineToPay> = drafts.iter().map(|d| context.to_pay(d)).collect();
    let year_begins: Vec<Date> = (0..plan_years_reached(&to_pay, &calendar))
        .map(|y| calendar.year_begins(y, input.first_day()))
        .collect();
    // A Marketplace silver plan's lower limits, plan year by plan year, when income qualifies.
    let reductions: Vec<Option<SilverReduction>> = year_begins
        .iter()
        .map(|&begins| silver_reduction(tables, input, begins))
        .collect();
    // A limit the user typed is their plan's own: the reduction is already in it.
    let metal = match input.own_plan().oop_max {
        Some(_) => MarketplaceMetal::Unsure,
        None => input.plan_choices().metal,
    };
    let plan = Plan::by_year(
        input.insurance(),
        input.own_plan(),
        input.plan_choices(),
        |day| {
            let reduction = year_begins
                .iter()
                .position(|&begins| begins == day)
                .and_then(|year| reductions[year].as_ref());
            with_silver_limits(tables.insurance_presets(day), metal, reduction)
        },
        &year_begins,
    );

    // The leave in force when the stay begins; a maximum past its period is the latest known.
    let leave_in_force = (input.caregivers() > 0 && input.caregiver().weekly_pay.is_some())
        .then(|| tables.paid_leave(input.caregiver_work_state(), input.first_day()))
        .flatten();
    if let Some(in_force) = leave_in_force.as_ref().filter(|l| l.reused_for.is_some()) {
        note(
            &mut context.gaps.borrow_mut(),
            DataGap {
                kind: GapKind::PaidLeave,
                parameter: format!("paid_leave:{}", in_force.value.state),
                year_needed: input.first_day().year(),
                year_used: in_force.period.to.unwrap_or(in_force.period.from).year(),
            },
        );
    }
    let leave_program = leave_in_force.map(|l| l.value);
    let paid_leave = leave_program.and_then(|program| {
        let lost = drafts.iter().find(|d| d.id == LineId::CaregiverIncome)?;
        state_paid_leave(
            program,
            input.caregiver().weekly_pay?,
            lost.quantity,
            lost.cost?,
            rules.working_days_per_week,
        )
    });

    let coverage = PartCoverage::for_plan(tables, &plan, input.route(), input.travel_mode());
    let payers = Payers::new(
        &to_pay,
        &context,
        &coverage,
        &plan,
        calendar,
        paid_leave.as_ref(),
        depth,
    );
    let world = World::new(&coverage, Answer::Likely);
    // Totals only works out no other outcome, so the drafts' words move into its lines.
    let (lines, plan_years) = if full {
        payers.settle(&drafts, &world, Answer::Likely)
    } else {
        payers.settle_last(std::mem::take(&mut drafts), &world, Answer::Likely)
    };
    let line_totals = totals(&lines);
    let uncertain = coverage.iter().any(|c| c.status == CoverageStatus::Uncertain);
    let alternatives = if full && uncertain {
        [Answer::AllCovered, Answer::AllRefused]
            .into_iter()
            .map(|answer| {
                let world = World::new(&coverage, answer);
                let (lines, plan_years) = payers.settle(&drafts, &world, answer);
                Alternative {
                    answer,
                    totals: totals(&lines),
                    world,
                    lines,
                    plan_years,
                }
            })
            // An outcome that costs the family the same as the first (the same answers, or
            // coverage at 100% with no limit) is not a different answer.
            .filter(|alt| alt.totals.family_total != line_totals.family_total)
            .collect()
    } else {
        Vec::new()
    };
    // Not sure the center is in network: the likely outcome if it is not, beside the first.
    let mut alternatives = alternatives;
    if full && !input.plan_choices().network_known && plan.in_network {
        let outside = Plan {
            in_network: false,
            ..plan.clone()
        };
        let coverage = PartCoverage::for_plan(tables, &outside, input.route(), input.travel_mode());
        let world = World::new(&coverage, Answer::OutOfNetwork);
        let (lines, plan_years) = Payers::new(
            &to_pay,
            &context,
            &coverage,
            &outside,
            calendar,
            paid_leave.as_ref(),
            depth,
        )
        .settle(&drafts, &world, Answer::OutOfNetwork);
        let out = Alternative {
            answer: Answer::OutOfNetwork,
            totals: totals(&lines),
            world,
            lines,
            plan_years,
        };
        // Plans without a network (Original Medicare, no insurance) come out the same.
        if out.totals.family_total != line_totals.family_total {
            alternatives.push(out);
        }
    }
    // Out of network, what a single-case agreement (in-network terms at this center) would give.
    let with_agreement = (full && coverage.iter().any(|c| c.out_of_network)).then(|| {
        let in_network = Plan {
            in_network: true,
            ..plan.clone()
        };
        let coverage = PartCoverage::for_plan(tables, &in_network, input.route(), input.travel_mode());
        let (lines, _) = Payers::new(
            &to_pay,
            &context,
            &coverage,
            &in_network,
            calendar,
            paid_leave.as_ref(),
            depth,
        )
        .settle(&drafts, &World::new(&coverage, Answer::Likely), Answer::Likely);
        totals(&lines)
    });
    let unpriced = lines.iter().filter(|l| l.cost.is_none()).map(|l| l.id).collect();
    let mut data_gaps = context.gaps.take();
    for year in &plan_years {
        let terms = plan.year(year.plan_year);
        let reduction = reductions.get(year.plan_year as usize).and_then(Option::as_ref);
        let reduced = reduction.filter(|_| metal == MarketplaceMetal::Silver);
        for gap in &terms.reused {
            // The reduced limits say for themselves which of their figures are not out.
            if reduced.is_none() || !gap.parameter.starts_with("insurance_presets:marketplace") {
                note(&mut data_gaps, gap.clone());
            }
        }
        for gap in reduced.map(|r| r.gaps(terms.begins)).unwrap_or_default() {
            note(&mut data_gaps, gap);
        }
    }
    Estimate {
        lines,
        totals: line_totals,
        plan_years,
        calendar,
        journey,
        counts,
        plan,
        coverage,
        world,
        alternatives,
        with_agreement,
        leave_program: leave_program.cloned(),
        paid_leave,
        unpriced,
        data_gaps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::coverage::Setting;
    use crate::core::tables::CarePart;
    use crate::core::who_pays::{LineKind, Timing};

    fn billed(first_day: u32, days: u32) -> LineToPay {
        let timing = Timing {
            first_day,
            days,
            admission_day: None,
            setting: Setting::Outpatient,
        };
        LineToPay {
            part: Some(CarePart::Treatment),
            cost: None,
            timing: Some(Scenarios::new(
                timing,
                timing,
                Timing {
                    days: days + 1,
                    ..timing
                },
            )),
            kind: LineKind::Medical,
        }
    }

    #[test]
    fn plan_years_reach_as_far_as_the_last_bill_of_any_scenario() {
        // Calendar years from 1 March 2027: the first plan year has 306 days (to 31 December).
        let calendar = Calendar {
            start: Some(jiff::civil::date(2027, 3, 1)),
        };
        let no_bills = [LineToPay {
            part: None,
            cost: None,
            timing: None,
            kind: LineKind::Travel,
        }];
        assert_eq!(plan_years_reached(&no_bills, &calendar), 1);
        // Days 0..=305 are 2027; the high scenario's one more day reaches 1 January 2028.
        assert_eq!(plan_years_reached(&[billed(0, 305)], &calendar), 1);
        assert_eq!(plan_years_reached(&[billed(0, 306)], &calendar), 2);
        // Day 306 + 366 (2028 is a leap year) is 1 January 2029.
        assert_eq!(plan_years_reached(&[billed(0, 10), billed(306, 366)], &calendar), 3);
        // Without a start date, 365-day years; never more than PLAN_YEARS are worked out.
        let undated = Calendar { start: None };
        assert_eq!(plan_years_reached(&[billed(365, 1)], &undated), 2);
        assert_eq!(plan_years_reached(&[billed(0, 365 * 9)], &undated), PLAN_YEARS);
    }
}
