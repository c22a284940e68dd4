//! How each part of the care is paid: the coverage rule for the plan, route and network, and
//! the outcome of every part under one answer to the plan's uncertain decisions.

use serde::Serialize;

use crate::core::choices::{InsuranceType, Route, TravelMode};
use crate::core::coverage::Plan;
use crate::core::tables::{CarePart, CoverageStatus, Outcome, Tables};
use crate::core::text::Text;

/// Where Medicaid's rule for long trips is read: approval first, also for out-of-state care.
const MEDICAID_FLIGHT_SOURCES: [&str; 2] = ["medicaid-transportation", "utah-medicaid-travel"];

/// How one part of the care is paid, and why, as the rules say.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
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
    pub fn for_plan(tables: &Tables, plan: &Plan, route: Route, mode: TravelMode) -> Vec<Self> {
        CarePart::ALL
            .iter()
            .map(|&part| {
                let rule = tables
                    .coverage_rules()
                    .get(plan.insurance, route, plan.in_network, part);
                // Medicaid pays for flights only with approval first, which families may not
                // get: the headline does not count on it, and the other outcome shows it.
                let flights_need_approval = part == CarePart::Travel
                    && plan.insurance == InsuranceType::Medicaid
                    && mode == TravelMode::Fly
                    && rule.status == CoverageStatus::Uncertain;
                if flights_need_approval {
                    let mut sources = rule.source_ids.to_vec();
                    sources.extend(MEDICAID_FLIGHT_SOURCES.iter().map(|s| s.to_string()));
                    return Self {
                        part,
                        status: rule.status,
                        likely: Some(Outcome::NotCovered),
                        out_of_network: false,
                        original_medicare_pays: false,
                        reason: crate::text!("reason-medicaid-flights"),
                        sources,
                    };
                }
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
                        && route == Route::Trial
                        && part == CarePart::Treatment,
                    reason: rule.reason.clone(),
                    sources: rule.source_ids.to_vec(),
                }
            })
            .collect()
    }
}

/// One set of answers to the uncertain questions: the likely one, or the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct World {
    pub parts: Vec<(CarePart, Outcome)>,
}

/// Which answer to the uncertain coverage questions an outcome takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Each uncertain part as the rules think likely: the outcome shown first.
    Likely,
    /// The plan agrees to pay for every uncertain part.
    AllCovered,
    /// The plan refuses every uncertain part.
    AllRefused,
    /// The likely outcome if the center turns out not to be in the plan's network (the family
    /// was not sure).
    OutOfNetwork,
    /// The likely outcome with the hospital's financial assistance at the household's income.
    FinancialAssistance,
}

impl World {
    pub fn new(coverage: &[PartCoverage], answer: Answer) -> Self {
        let parts = coverage
            .iter()
            .map(|c| {
                let resolved = match (c.status, answer) {
                    (CoverageStatus::Sponsor, _) => Outcome::Sponsor,
                    (CoverageStatus::Covered, _) => Outcome::Covered,
                    (CoverageStatus::NotCovered, _) => Outcome::NotCovered,
                    (CoverageStatus::Uncertain, Answer::AllCovered) => Outcome::Covered,
                    (CoverageStatus::Uncertain, Answer::AllRefused) => Outcome::NotCovered,
                    (
                        CoverageStatus::Uncertain,
                        Answer::Likely | Answer::OutOfNetwork | Answer::FinancialAssistance,
                    ) => match c.likely {
                        Some(Outcome::Covered) => Outcome::Covered,
                        _ => Outcome::NotCovered,
                    },
                };
                (c.part, resolved)
            })
            .collect();
        Self { parts }
    }

    pub fn of(&self, part: CarePart) -> Outcome {
        self.parts
            .iter()
            .find(|(p, _)| *p == part)
            .map_or(Outcome::NotCovered, |(_, r)| *r)
    }
}
