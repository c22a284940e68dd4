//! Which aid programs fit this family: "worth applying" (with what to check first) or
//! "likely not for you, because …". Never a promise: programs decide for themselves.

use rust_decimal::Decimal;
use serde::Serialize;

use super::burden::Burden;
use super::choices::{DiseaseGroup, InsuranceType, Route};
use super::input::Input;
use super::money::{format_number, format_usd_short};
use super::tables::{AidProgram, NeedsInsurance, Serves, Tables};

/// One program and how it fits.
#[derive(Debug, Clone, Serialize)]
pub struct AidFit {
    pub program: AidProgram,
    /// Why the program likely does not fit; empty when it may fit.
    pub not_for_you: Vec<String>,
    /// What to check before counting on it, for programs that may fit.
    pub check: Vec<String>,
}

/// The programs, sorted for the page.
#[derive(Debug, Clone, Serialize)]
pub struct AidPrograms {
    /// Programs that may fit: those with nothing to check first, then the rest, in table order.
    pub worth_applying: Vec<AidFit>,
    pub likely_not: Vec<AidFit>,
}

pub fn sort_programs(tables: &Tables, input: &Input<'_>, burden: Option<&Burden>) -> AidPrograms {
    let (mut worth_applying, likely_not): (Vec<AidFit>, Vec<AidFit>) = tables
        .aid_programs()
        .iter()
        .map(|program| fit(tables, program, input, burden))
        .partition(|fit| fit.not_for_you.is_empty());
    // A stable sort keeps table order within each kind.
    worth_applying.sort_by_key(|fit| !fit.check.is_empty());
    AidPrograms {
        worth_applying,
        likely_not,
    }
}

/// How one program fits the family.
pub fn fit(tables: &Tables, program: &AidProgram, input: &Input<'_>, burden: Option<&Burden>) -> AidFit {
    let mut not_for_you = Vec::new();
    let mut check = Vec::new();
    let group = input.condition().group();
    let only = |who: &str| format!("It is only for people with {who}.");
    match (program.serves, group) {
        (Serves::Any, _)
        | (Serves::Lupus, DiseaseGroup::Lupus)
        | (Serves::Myositis, DiseaseGroup::Myositis)
        | (Serves::Scleroderma, DiseaseGroup::Scleroderma) => {}
        (Serves::CancerOnly, _) => not_for_you.push(only("cancer")),
        (Serves::BloodCancerOnly, _) => not_for_you.push(only("blood cancer")),
        (Serves::Lupus, _) => not_for_you.push(only("lupus")),
        (Serves::Myositis, _) => not_for_you.push(only("myositis")),
        (Serves::Scleroderma, _) => not_for_you.push(only("scleroderma")),
        (Serves::Check, _) => {
            check.push("Ask whether people getting CAR-T for an autoimmune disease can get this help.".to_string());
        }
    }
    match program.needs_insurance {
        NeedsInsurance::Any => {}
        NeedsInsurance::Medicaid if input.insurance() != InsuranceType::Medicaid => {
            not_for_you.push("It is only for people with Medicaid.".to_string());
        }
        NeedsInsurance::Insured if input.insurance() == InsuranceType::Uninsured => {
            not_for_you.push("It is only for people who have health insurance.".to_string());
        }
        NeedsInsurance::Medicaid | NeedsInsurance::Insured => {}
    }
    if program.trial_only.is_yes() && input.route() != Route::Trial {
        not_for_you.push("It is for people in a clinical trial.".to_string());
    }
    let centers = program.centers();
    if !centers.is_empty() && !centers.contains(&input.center().id) {
        not_for_you.push(format!(
            "It works only near {}.",
            centers
                .iter()
                .filter_map(|id| tables.center(id))
                .map(|c| c.city.as_str())
                .collect::<Vec<_>>()
                .join(" and ")
        ));
    }
    if let Some(miles) = program.min_distance_miles
        && input.distance_miles() < miles
    {
        not_for_you.push(format!(
            "It helps only when the trip is {} miles or more one way.",
            format_number(miles, 0)
        ));
    }
    if let Some(miles) = program.max_distance_miles
        && input.distance_miles() > miles
    {
        not_for_you.push(format!(
            "It usually helps only with trips of up to about {} miles one way.",
            format_number(miles, 0)
        ));
    }
    if let Some(limit) = program.income_limit_fpl_pct {
        let level = burden.and_then(|b| b.poverty.as_ref().ok());
        match level {
            Some(level) if level.percent > limit => {
                let shown = format_number(level.percent, 0);
                // Just over the limit, a rounded percent would read as equal to it.
                let yours = if shown == format_number(limit, 0) {
                    "yours is just above it".to_string()
                } else {
                    format!("yours is about {shown}%")
                };
                not_for_you.push(format!(
                    "Household income must be at or below {}% of the poverty level ({} a year for your household); {yours}.",
                    format_number(limit, 0),
                    format_usd_short(level.guideline * limit / Decimal::ONE_HUNDRED),
                ));
            }
            Some(_) => {}
            None => check.push(format!(
                "Household income must be at or below {}% of the poverty level.",
                format_number(limit, 0)
            )),
        }
    }
    if program.children_only.is_yes() {
        check.push("It is for children and teens.".to_string());
    }
    AidFit {
        program: program.clone(),
        not_for_you,
        check,
    }
}
