//! Who pays each line: the drafts handed to the payer rules, and the lines that come back
//! with their payers, shares, reasons and sources.

use rust_decimal::Decimal;

use super::Depth;
use super::draft::{Context, Draft, When, dec, merge_sources, money};
use crate::core::choices::{Route, TravelMode, state_or_code};
use crate::core::coverage::Plan;
use crate::core::leave::StatePaidLeave;
use crate::core::lines::{Category, LineId, LineItem, Payer};
use crate::core::scenarios::{Scenario, Scenarios};
use crate::core::tables::{CarePart, CoverageStatus, JourneyParam, Outcome, Tables};
use crate::core::text::{Arg, Text};
use crate::core::who_pays::{
    Answer, Calendar, LineKind, LineShares, LineToPay, PartCoverage, PlanYear, Timing, Trip, World, settle,
    terms_sentence,
};
use crate::text;

impl Context<'_, '_> {
    /// The line as the payer rules see it: its part, its kind and when its bills fall.
    pub(super) fn to_pay(&self, draft: &Draft) -> LineToPay {
        let kind = match draft.id {
            _ if draft.category == Category::Medical => LineKind::Medical,
            LineId::Travel => LineKind::Travel,
            LineId::Lodging => LineKind::Lodging,
            _ => LineKind::OtherNonMedical,
        };
        // Bills are dated from the day the cells are given, which is the same day in all three
        // scenarios, and follow-up care starts on the typical day of discharge. With one calendar
        // for all three, a longer or dearer scenario never puts less in any plan year, so the
        // family's share keeps low <= typical <= high.
        let admission = self.journey.count(JourneyParam::ConditioningNights, Scenario::Typical);
        let discharge = admission + self.journey.count(JourneyParam::HospitalDays, Scenario::Typical);
        let timing = draft.care.map(|(_, when, setting)| {
            Scenarios::from_fn(|s| {
                let hospital = self.journey.count(JourneyParam::HospitalDays, s);
                let follow_up_days = self.journey.count(JourneyParam::FollowUpYears, s).saturating_mul(365);
                let (first_day, days, admission_day) = match when {
                    When::Arrival => (0, 1, None),
                    When::InfusionDay => (admission, 1, None),
                    When::HospitalDays => (admission, hospital, Some(1)),
                    When::DuringStay => (admission + 1.min(hospital.saturating_sub(1)), 1, None),
                    When::AfterDischarge => (discharge, follow_up_days, None),
                };
                Timing {
                    first_day,
                    days,
                    admission_day,
                    setting,
                }
            })
        });
        LineToPay {
            part: match kind {
                LineKind::Travel => Some(CarePart::Travel),
                _ => draft.care.map(|(part, ..)| part),
            },
            cost: draft.cost,
            timing,
            kind,
        }
    }
}

/// Everything needed to decide who pays, in either outcome.
pub(super) struct Payers<'a> {
    to_pay: &'a [LineToPay],
    coverage: &'a [PartCoverage],
    plan: &'a Plan,
    tables: &'a Tables,
    trip: Trip,
    calendar: Calendar,
    route: Route,
    paid_leave: Option<&'a StatePaidLeave>,
    /// Totals only (the levers' what-ifs): lines carry their amounts but no reasons or sources.
    depth: Depth,
}

impl<'a> Payers<'a> {
    pub(super) fn new(
        to_pay: &'a [LineToPay],
        context: &Context<'a, '_>,
        coverage: &'a [PartCoverage],
        plan: &'a Plan,
        calendar: Calendar,
        paid_leave: Option<&'a StatePaidLeave>,
        depth: Depth,
    ) -> Self {
        Self {
            to_pay,
            coverage,
            plan,
            tables: context.tables,
            trip: {
                let travelers = match context.input.travel_mode() {
                    TravelMode::Drive => 1,
                    TravelMode::Fly => 1 + context.input.caregivers(),
                };
                Trip {
                    distance_miles: context.input.distance_miles(),
                    lodging_nights: context.trip(|c| c.lodging_nights),
                    travelers: dec(travelers),
                    ride_travelers: dec(travelers.min(2)),
                }
            },
            calendar,
            route: context.input.route(),
            paid_leave,
            depth,
        }
    }

    /// The lines with their payers, and the plan years, in one outcome (the drafts stay for
    /// the other outcomes).
    pub(super) fn settle(&self, drafts: &[Draft], world: &World, answer: Answer) -> (Vec<LineItem>, Vec<PlanYear>) {
        self.settle_drafts(drafts.iter().cloned(), world, answer)
    }

    /// The same, for the last outcome worked out: each draft's words move into its line
    /// instead of being copied.
    pub(super) fn settle_last(
        &self,
        drafts: Vec<Draft>,
        world: &World,
        answer: Answer,
    ) -> (Vec<LineItem>, Vec<PlanYear>) {
        self.settle_drafts(drafts.into_iter(), world, answer)
    }

    fn settle_drafts(
        &self,
        drafts: impl ExactSizeIterator<Item = Draft>,
        world: &World,
        answer: Answer,
    ) -> (Vec<LineItem>, Vec<PlanYear>) {
        // The timings were worked out from these drafts: one each, in the same order.
        debug_assert_eq!(drafts.len(), self.to_pay.len(), "a draft without its timing");
        let settled = settle(
            self.to_pay,
            world,
            self.coverage,
            self.plan,
            self.tables.travel_benefit_terms(),
            &self.trip,
            &self.calendar,
        );
        let lines = drafts
            .zip(self.to_pay)
            .zip(settled.lines)
            .map(|((draft, to_pay), shares)| self.line(draft, to_pay, shares, answer))
            .collect();
        (lines, settled.plan_years)
    }

    fn line(&self, mut draft: Draft, to_pay: &LineToPay, mut shares: LineShares, answer: Answer) -> LineItem {
        let priced = draft.cost.is_some();
        // State paid leave takes its part of the caregiver's lost pay off the family's share.
        let leave = match self.paid_leave {
            Some(leave) if draft.id == LineId::CaregiverIncome => {
                // Subtracting equal amounts gives -0 in rust_decimal; the family pays 0.
                shares.family = Scenarios::from_fn(|s| {
                    let left = *shares.family.get(s) - *leave.pays.get(s);
                    if left.is_zero() { Decimal::ZERO } else { left }
                });
                leave.pays
            }
            _ => Scenarios::ZERO,
        };
        let mut payer = Vec::new();
        if priced {
            for (who, amounts) in [
                (Payer::Sponsor, &shares.sponsor),
                (Payer::Insurer, &shares.insurer),
                (
                    Payer::MedicaidTransport,
                    &(shares.benefit + negate(&shares.travel_benefit)),
                ),
                (Payer::TravelBenefit, &shares.travel_benefit),
                (Payer::StatePaidLeave, &leave),
                (Payer::Family, &shares.family),
            ] {
                if amounts.iter().any(|a| !a.is_zero()) {
                    payer.push(who);
                }
            }
            if payer.is_empty() {
                payer.push(if shares.resolved == Some(Outcome::Sponsor) {
                    Payer::Sponsor
                } else {
                    Payer::Family
                });
            }
        }
        let coverage = to_pay
            .part
            .and_then(|part| self.coverage.iter().find(|c| c.part == part));
        // The what-ifs need amounts only: no reasons or source lists.
        let full = self.depth == Depth::Full;
        let payer_reason = full.then(|| self.reason(&draft, coverage, &shares, answer)).flatten();
        let own_sources = std::mem::take(&mut draft.sources);
        let sources = if full {
            self.sources(own_sources, &draft, coverage, &shares)
        } else {
            Vec::new()
        };
        let amounts = |value: Scenarios<Decimal>| priced.then_some(value);
        LineItem {
            id: draft.id,
            category: draft.category,
            part: draft.care.map(|(part, ..)| part),
            label: draft.label,
            quantity: draft.quantity,
            quantity_unit: draft.quantity_unit,
            rate: draft.rate,
            rate_unit: draft.rate_unit,
            cost: draft.cost,
            payer,
            payer_reason,
            sponsor_pays: amounts(shares.sponsor),
            insurer_pays: amounts(shares.insurer),
            benefit_pays: amounts(shares.benefit + leave),
            family_pays: amounts(shares.family),
            plan_years: shares.by_year,
            basis: draft.basis,
            question: draft.question,
            sources,
        }
    }

    /// The line's own sources, with those of the coverage rule, state paid leave and travel
    /// benefit that decided who pays it.
    fn sources(
        &self,
        mut sources: Vec<String>,
        draft: &Draft,
        coverage: Option<&PartCoverage>,
        shares: &LineShares,
    ) -> Vec<String> {
        if let Some(c) = coverage.filter(|_| draft.category == Category::Medical || draft.id == LineId::Travel) {
            sources = merge_sources([sources.as_slice(), c.sources.as_slice()]);
        }
        if let Some(leave) = self.paid_leave.filter(|_| draft.id == LineId::CaregiverIncome) {
            sources = merge_sources([sources.as_slice(), leave.source_ids.as_slice()]);
        }
        if shares.travel_benefit.iter().any(|a| !a.is_zero()) {
            sources = merge_sources([
                sources.as_slice(),
                self.tables.travel_benefit_terms().source_ids.as_slice(),
            ]);
        }
        sources
    }

    /// Why the payers of a line pay, in a sentence or two.
    fn reason(
        &self,
        draft: &Draft,
        coverage: Option<&PartCoverage>,
        shares: &LineShares,
        answer: Answer,
    ) -> Option<Text> {
        let paid = |amounts: &Scenarios<Decimal>| amounts.iter().any(|a| !a.is_zero());
        match draft.category {
            Category::Medical => {
                let coverage = coverage?;
                if draft.cost.is_none() {
                    return Some(match (draft.id, self.route) {
                        (LineId::Collection | LineId::Conditioning, Route::Trial) => text!("reason-unpriced-trial"),
                        _ => text!("reason-unpriced"),
                    });
                }
                let outcome = match (coverage.status, answer, shares.resolved) {
                    (CoverageStatus::Uncertain, Answer::AllCovered, _) => Some(text!("reason-if-agrees")),
                    (CoverageStatus::Uncertain, Answer::AllRefused, _) => Some(text!("reason-if-refuses")),
                    (CoverageStatus::Uncertain, Answer::Likely | Answer::OutOfNetwork, Some(Outcome::Covered)) => {
                        Some(text!("reason-counted-paid"))
                    }
                    (CoverageStatus::Uncertain, Answer::Likely | Answer::OutOfNetwork, _) => {
                        Some(text!("reason-counted-not-paid"))
                    }
                    _ => None,
                };
                let share = match shares.resolved {
                    Some(Outcome::Covered) => {
                        let terms = if coverage.out_of_network && !self.plan.in_network {
                            &self.plan.out_of_network
                        } else {
                            &self.plan.terms
                        };
                        Some(terms_sentence(terms))
                    }
                    Some(Outcome::NotCovered) if self.plan.terms.oop_max().is_some() => {
                        Some(text!("reason-billed-in-full-no-limit"))
                    }
                    Some(Outcome::NotCovered) => Some(text!("reason-billed-in-full")),
                    _ => None,
                };
                let reason = match outcome {
                    Some(outcome) => outcome.with("reason", coverage.reason.clone()),
                    None => coverage.reason.clone(),
                };
                Some(Text::join([Some(reason), share]))
            }
            Category::NonMedical => {
                let transport = paid(&(shares.benefit + negate(&shares.travel_benefit)));
                let benefit = paid(&shares.travel_benefit);
                let terms = self.tables.travel_benefit_terms();
                let benefit_sentence = || {
                    text!(
                        "reason-travel-benefit",
                        lodging = money(terms.lodging_per_night_max),
                        miles = Arg::Number(terms.min_distance_miles),
                        benefit = money(self.plan.travel_benefit.unwrap_or_default())
                    )
                };
                let too_close =
                    self.plan.travel_benefit.is_some() && self.trip.distance_miles <= terms.min_distance_miles;
                Some(match draft.id {
                    LineId::Travel if transport => return coverage.map(|c| c.reason.clone()),
                    LineId::Travel | LineId::Lodging if benefit => benefit_sentence(),
                    LineId::Travel | LineId::Lodging if too_close => text!(
                        "reason-travel-benefit-too-close",
                        miles = Arg::Number(terms.min_distance_miles)
                    ),
                    LineId::Travel if shares.resolved == Some(Outcome::Covered) => {
                        text!("reason-medicaid-rides-not-for-this")
                    }
                    // Uncertain and not counted on (Medicaid flights): the rule's own reason.
                    LineId::Travel
                        if coverage.is_some_and(|c| {
                            c.status == CoverageStatus::Uncertain && c.likely == Some(Outcome::NotCovered)
                        }) =>
                    {
                        return coverage.map(|c| c.reason.clone());
                    }
                    LineId::Travel if coverage.is_some_and(|c| c.status == CoverageStatus::Uncertain) => {
                        text!("reason-medicaid-rides-uncertain")
                    }
                    LineId::Travel => return coverage.map(|c| c.reason.clone()),
                    LineId::GroundTransport => text!("reason-ground-transport"),
                    _ => text!("reason-non-medical"),
                })
            }
            Category::LostIncome => Some(match self.paid_leave {
                Some(leave) if draft.id == LineId::CaregiverIncome => leave_sentence(leave),
                _ => text!("reason-lost-pay"),
            }),
        }
    }
}

/// Why state paid leave pays part of the caregiver's lost pay.
fn leave_sentence(leave: &StatePaidLeave) -> Text {
    // The low estimate counts the highest rate; typical and high count the lowest.
    let best = leave.rate_pct.low;
    let counted = leave.rate_pct.typical;
    let rate = if best == counted {
        text!("reason-leave-rate", rate = Arg::Percent(counted))
    } else {
        text!(
            "reason-leave-rate-range",
            counted = Arg::Percent(counted),
            best = Arg::Percent(best)
        )
    };
    text!(
        "reason-leave",
        state = state_or_code(&leave.state),
        program = Arg::Verbatim(leave.program.clone()),
        rate = rate,
        max = money(leave.weekly_max),
        as_of = Arg::Verbatim(leave.max_as_of.clone()),
        weeks = leave.weeks
    )
}

fn negate(amounts: &Scenarios<Decimal>) -> Scenarios<Decimal> {
    amounts.map(|a| -a)
}
