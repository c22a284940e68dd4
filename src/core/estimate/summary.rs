//! What the estimate says in a few words about who pays: each part of the care, the benefits
//! already taken off, and the outcomes where the plan decides the other way.

use rust_decimal::Decimal;

use super::{Alternative, Estimate};
use crate::core::choices::state_or_code;
use crate::core::lines::{Category, LineId, Payer};
use crate::core::scenarios::Scenarios;
use crate::core::tables::Outcome;
use crate::core::tables::{CarePart, CoverageStatus};
use crate::core::text::{Arg, Text};
use crate::core::who_pays::{Answer, PartCoverage};
use crate::text;

impl Estimate {
    /// Who pays one part of the care in the outcome shown first: "Your plan, after your share".
    pub fn who_pays_part(&self, coverage: &PartCoverage) -> Text {
        let paid_by = |payer: Payer| {
            self.lines
                .iter()
                .any(|l| l.id == LineId::Travel && l.payer.contains(&payer))
        };
        Text::new(match (coverage.status, self.world.of(coverage.part)) {
            _ if coverage.part == CarePart::Travel => {
                match (paid_by(Payer::MedicaidTransport), paid_by(Payer::TravelBenefit)) {
                    (true, _) if coverage.status == CoverageStatus::Uncertain => "who-medicaid-rides-if-approved",
                    (true, _) => "who-medicaid-rides",
                    (false, true) => "who-travel-benefit-then-family",
                    (false, false) => "who-family",
                }
            }
            (CoverageStatus::Sponsor, _) => "who-sponsor",
            (CoverageStatus::Uncertain, Outcome::Covered) => "who-plan-if-agrees",
            (CoverageStatus::Uncertain, _) => "who-family-unless-plan-agrees",
            (_, Outcome::Covered) if self.plan.terms.oop_max() == Some(Decimal::ZERO) => "who-plan-no-cost",
            (_, Outcome::Covered) => "who-plan-after-share",
            _ => "who-family",
        })
    }

    /// "Already taken off: …" when a travel benefit or Medicaid rides pay part of the trip.
    pub fn benefit_note(&self) -> Option<Text> {
        let travel_benefits: Vec<Scenarios<Decimal>> = self
            .lines
            .iter()
            .filter(|l| l.category == Category::NonMedical)
            .filter_map(|l| l.benefit_pays)
            .collect();
        let benefit = Scenarios::sum(&travel_benefits);
        if benefit.iter().all(Decimal::is_zero) {
            return None;
        }
        let pays = |payer: Payer| self.lines.iter().any(|l| l.payer.contains(&payer));
        let who = match (pays(Payer::TravelBenefit), pays(Payer::MedicaidTransport)) {
            (true, true) => text!("benefit-note-who-both"),
            (false, true) => text!("benefit-note-who-medicaid"),
            _ => text!("benefit-note-who-benefit"),
        };
        // Shown in the family's summary, so in whole dollars like the totals beside it.
        let dollars = |amount: Decimal| Arg::MoneyShort(crate::core::money::whole(amount));
        let amount = if benefit.low == benefit.high {
            text!("benefit-note-amount-same", amount = dollars(benefit.typical))
        } else {
            text!(
                "benefit-note-amount-range",
                typical = dollars(benefit.typical),
                low = dollars(benefit.low),
                high = dollars(benefit.high)
            )
        };
        let limits = pays(Payer::TravelBenefit).then(|| text!("benefit-note-limits"));
        Some(Text::join([
            Some(text!("benefit-note", who = who, amount = amount)),
            limits,
        ]))
    }

    /// What the caregiver's state paid leave pays, or that its figures are not in the data.
    pub fn leave_summary(&self) -> Option<Text> {
        let program = self.leave_program.as_ref()?;
        let state = state_or_code(&program.state);
        let name = Arg::Verbatim(program.program.clone());
        Some(match &self.paid_leave {
            Some(leave) => text!(
                "leave-summary",
                state = state,
                program = name,
                weekly = Arg::Money(leave.weekly_benefit.typical),
                weeks = leave.weeks,
                capped = leave
                    .capped
                    .then(|| text!("leave-capped", max = Arg::Money(leave.weekly_max))),
                as_of = Arg::Verbatim(leave.max_as_of.clone())
            ),
            None => text!("leave-summary-no-figures", state = state, program = name),
        })
    }

    /// "If your plan agrees to pay for the cells and the treatment stay" and the like.
    pub fn alternative_condition(&self, alternative: &Alternative) -> Text {
        let names: Vec<Text> = self
            .coverage
            .iter()
            .filter(|c| c.status == CoverageStatus::Uncertain)
            .map(|c| {
                Text::new(match c.part {
                    CarePart::Cells => "alternative-cells",
                    CarePart::Treatment => "alternative-treatment",
                    CarePart::Ongoing => "alternative-ongoing",
                    CarePart::Travel => "alternative-travel",
                })
            })
            .collect();
        let parts = Arg::List(names);
        match alternative.answer {
            Answer::OutOfNetwork => text!("alternative-out-of-network"),
            Answer::FinancialAssistance => text!("alternative-financial-assistance"),
            Answer::AllRefused => text!("alternative-refuses", parts = parts),
            _ => text!("alternative-agrees", parts = parts),
        }
    }
}
