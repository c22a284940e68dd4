//! The plan's figures, who pays each part of the care, the outcomes where the plan decides
//! the other way, and the plan years.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::choices::{CoverageTier, InsuranceType};
use crate::core::coverage::{Figure, Plan, PlanTerms};
use crate::core::estimate::{Alternative, Estimate};
use crate::core::lines::Totals;
use crate::core::money::{format_usd, whole};
use crate::core::tables::{CarePart, CoverageStatus, NoteId};
use crate::core::text::{Arg, Text};
use crate::core::who_pays::{Answer, PartCoverage, PlanYear};
use crate::i18n::{Lang, say};
use crate::text;
use crate::web::parts::sources::{SourceNumbers, SourceRef};
use crate::web::parts::words::msg;

#[derive(Debug, Clone, Serialize)]
pub struct PlanFigureView {
    pub label: String,
    pub explanation: String,
    pub value: String,
    pub origin: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    pub name: String,
    pub summary: String,
    pub figures: Vec<PlanFigureView>,
    /// Set when the center is out of network: what that means and what to ask for.
    pub out_of_network: bool,
    pub network_sources: Vec<SourceRef>,
}

/// Who pays one part of the care, and why.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageView {
    pub part: String,
    pub who: String,
    pub uncertain: bool,
    pub reason: String,
    pub sources: Vec<SourceRef>,
}

/// The family's costs if the uncertain decisions go the other way.
#[derive(Debug, Clone, Serialize)]
pub struct AlternativeView {
    /// "If the plan pays for the treatment stay" and the like.
    pub condition: String,
    pub totals: Totals,
    pub plan_years: Vec<PlanYearView>,
}

/// A plan year's medical bills, with its label in the page's language.
#[derive(Debug, Clone, Serialize)]
pub struct PlanYearView {
    pub label: String,
    #[serde(flatten)]
    pub year: PlanYear,
}

pub fn plan_year_views(lang: Lang, years: &[PlanYear]) -> Vec<PlanYearView> {
    years
        .iter()
        .map(|year| PlanYearView {
            label: say(lang, &year.label),
            year: year.clone(),
        })
        .collect()
}

fn part_key(part: CarePart) -> &'static str {
    match part {
        CarePart::Cells => "part-cells",
        CarePart::Treatment => "part-treatment",
        CarePart::Ongoing => "part-ongoing",
        CarePart::Travel => "part-travel",
    }
}

fn figure_view(
    label: &'static str,
    explanation: &'static str,
    figure: &Figure,
    value: String,
    note: &str,
    numbers: &SourceNumbers<'_>,
) -> PlanFigureView {
    let lang = numbers.lang;
    let origin = if figure.from_user {
        msg(lang, "figure-you-entered")
    } else if figure.assumed {
        msg(lang, "figure-assumed")
    } else {
        note.to_string()
    };
    PlanFigureView {
        label: msg(lang, label),
        explanation: msg(lang, explanation),
        value,
        origin,
        sources: numbers.refs(figure.sources.as_slice()),
    }
}

fn standard_summary(insurance: InsuranceType, assumed: bool) -> &'static str {
    match insurance {
        InsuranceType::Medicaid => "plan-summary-medicaid",
        InsuranceType::Marketplace if assumed => "plan-summary-marketplace-assumed",
        _ if assumed => "plan-summary-assumed",
        _ => "plan-summary-standard",
    }
}

pub fn plan_view(plan: &Plan, coverage: &[PartCoverage], numbers: &SourceNumbers<'_>) -> PlanView {
    let lang = numbers.lang;
    let pct = |f: &Figure| crate::i18n::percent(lang, f.value);
    let usd = |f: &Figure| format_usd(f.value);
    let note_of = |f: &Figure| {
        f.sources
            .first()
            .and_then(|id| numbers.tables.source(id))
            .map(|s| say(lang, &Text::data(format!("source-{}", s.id), &s.note)))
            .unwrap_or_default()
    };
    let name = say(lang, &plan.insurance.label());
    let out_of_network = !plan.in_network && coverage.iter().any(|c| c.out_of_network);
    // The advice on out-of-network care has the sources of the note that gives it.
    let network_sources = numbers.refs(numbers.tables.note(NoteId::OutOfNetwork).source_ids.as_slice());
    let (summary, figures) = match &plan.terms {
        PlanTerms::Standard {
            deductible,
            coinsurance_pct,
            oop_max,
        } => {
            let mut figures = vec![
                figure_view(
                    "figure-deductible",
                    "figure-deductible-explanation",
                    deductible,
                    usd(deductible),
                    &note_of(deductible),
                    numbers,
                ),
                figure_view(
                    "figure-coinsurance",
                    "figure-coinsurance-explanation",
                    coinsurance_pct,
                    pct(coinsurance_pct),
                    &note_of(coinsurance_pct),
                    numbers,
                ),
            ];
            if let Some(oop_max) = oop_max {
                let mut view = figure_view(
                    "figure-oop-max",
                    "figure-oop-max-explanation",
                    oop_max,
                    usd(oop_max),
                    &note_of(oop_max),
                    numbers,
                );
                if plan.tier == CoverageTier::Family && !oop_max.from_user {
                    view.origin = say(
                        lang,
                        &text!("figure-oop-family-note", origin = Arg::Verbatim(view.origin.clone())),
                    );
                }
                figures.push(view);
            }
            if let Some(family) = &plan.family_limit {
                figures.push(figure_view(
                    "figure-family-oop-max",
                    "figure-family-oop-max-explanation",
                    family,
                    usd(family),
                    &note_of(family),
                    numbers,
                ));
            }
            (
                msg(
                    lang,
                    standard_summary(plan.insurance, deductible.assumed || coinsurance_pct.assumed),
                ),
                figures,
            )
        }
        PlanTerms::OriginalMedicare {
            part_a_deductible,
            part_a_daily_61_90,
            part_b_deductible,
            part_b_coinsurance_pct,
            supplement_pays_pct,
            oop_max,
        } => {
            let mut figures = vec![
                figure_view(
                    "figure-part-a-deductible",
                    "figure-part-a-deductible-explanation",
                    part_a_deductible,
                    usd(part_a_deductible),
                    &note_of(part_a_deductible),
                    numbers,
                ),
                figure_view(
                    "figure-part-a-daily",
                    "figure-part-a-daily-explanation",
                    part_a_daily_61_90,
                    usd(part_a_daily_61_90),
                    &note_of(part_a_daily_61_90),
                    numbers,
                ),
                figure_view(
                    "figure-part-b-deductible",
                    "figure-part-b-deductible-explanation",
                    part_b_deductible,
                    usd(part_b_deductible),
                    &note_of(part_b_deductible),
                    numbers,
                ),
                figure_view(
                    "figure-part-b-coinsurance",
                    "figure-part-b-coinsurance-explanation",
                    part_b_coinsurance_pct,
                    pct(part_b_coinsurance_pct),
                    &note_of(part_b_coinsurance_pct),
                    numbers,
                ),
            ];
            if let Some(supplement) = supplement_pays_pct {
                figures.push(figure_view(
                    "figure-supplement",
                    "figure-supplement-explanation",
                    supplement,
                    pct(supplement),
                    &note_of(supplement),
                    numbers,
                ));
            }
            if let Some(oop_max) = oop_max {
                figures.push(figure_view(
                    "figure-medicare-oop-max",
                    "figure-medicare-oop-max-explanation",
                    oop_max,
                    usd(oop_max),
                    "",
                    numbers,
                ));
            }
            let summary = if supplement_pays_pct.is_some() {
                "plan-summary-medicare-supplement"
            } else {
                "plan-summary-medicare"
            };
            (msg(lang, summary), figures)
        }
        PlanTerms::Uninsured => (msg(lang, "plan-summary-uninsured"), Vec::new()),
    };
    PlanView {
        name,
        summary,
        figures,
        out_of_network,
        network_sources,
    }
}

/// Who pays each part of the care, and why.
pub fn coverage_views(estimate: &Estimate, numbers: &SourceNumbers<'_>) -> Vec<CoverageView> {
    let lang = numbers.lang;
    estimate
        .coverage
        .iter()
        .map(|coverage| CoverageView {
            part: msg(lang, part_key(coverage.part)),
            who: say(lang, &estimate.who_pays_part(coverage)),
            uncertain: coverage.status == CoverageStatus::Uncertain,
            reason: say(lang, &coverage.reason),
            sources: numbers.refs(&coverage.sources),
        })
        .collect()
}

/// The family's costs in each outcome where the plan decides the other way.
/// The outcomes of the plan's uncertain decisions (the network question is shown on its own).
pub fn alternatives(estimate: &Estimate, lang: Lang) -> Vec<AlternativeView> {
    estimate
        .alternatives
        .iter()
        .filter(|alt| alt.answer != Answer::OutOfNetwork)
        .map(|alt| alternative_view(estimate, alt, lang))
        .collect()
}

/// When the family is not sure the center is in network: the outcome if it is not.
pub fn out_of_network(estimate: &Estimate, lang: Lang) -> Option<AlternativeView> {
    let alt = estimate.alternative(Answer::OutOfNetwork)?;
    Some(alternative_view(estimate, alt, lang))
}

fn alternative_view(estimate: &Estimate, alt: &Alternative, lang: Lang) -> AlternativeView {
    AlternativeView {
        condition: say(lang, &estimate.alternative_condition(alt)),
        totals: alt.totals,
        plan_years: plan_year_views(lang, &alt.plan_years),
    }
}

/// Who pays the medical bills the family does not, in one sentence for the top of the page,
/// in whole dollars like the headline.
pub fn rest_paid(totals: &Totals, trial: bool, uninsured: bool, lang: Lang) -> String {
    let dollars = |amount: Decimal| Arg::MoneyShort(whole(amount));
    let billed = dollars(totals.billed_medical.typical);
    let sponsor = dollars(totals.sponsor_pays.typical);
    let insurer = dollars(totals.insurer_pays.typical);
    let text = match (trial, uninsured) {
        (true, false) => text!(
            "estimate-rest-trial",
            billed = billed,
            sponsor = sponsor,
            insurer = insurer
        ),
        (true, true) => text!("estimate-rest-trial-uninsured", billed = billed, sponsor = sponsor),
        (false, false) => text!("estimate-rest", billed = billed, insurer = insurer),
        (false, true) => text!("estimate-rest-uninsured", billed = billed),
    };
    say(lang, &text)
}
