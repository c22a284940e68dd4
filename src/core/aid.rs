//! Which aid programs fit this family: "worth applying" (with what to check first) or
//! "likely not for you, because …". Never a promise: programs decide for themselves.

use rust_decimal::Decimal;
use serde::Serialize;

use super::burden::Burden;
use super::choices::{DiseaseGroup, InsuranceType, Route};
use super::input::Input;
use super::money::whole;
use super::tables::{AidProgram, NeedsInsurance, Serves, Tables};
use super::text::{Arg, Text};
use crate::text;

/// One program and how it fits.
#[derive(Debug, Clone, Serialize)]
pub struct AidFit {
    pub program: AidProgram,
    /// Why the program likely does not fit; empty when it may fit.
    pub not_for_you: Vec<Text>,
    /// What to check before counting on it, for programs that may fit.
    pub check: Vec<Text>,
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
    let only = |who: &'static str| Text::new(who);
    match (program.serves, group) {
        (Serves::Any, _)
        | (Serves::Lupus, DiseaseGroup::Lupus)
        | (Serves::Myositis, DiseaseGroup::Myositis)
        | (Serves::Scleroderma, DiseaseGroup::Scleroderma) => {}
        (Serves::CancerOnly, _) => not_for_you.push(only("aid-only-cancer")),
        (Serves::BloodCancerOnly, _) => not_for_you.push(only("aid-only-blood-cancer")),
        (Serves::Lupus, _) => not_for_you.push(only("aid-only-lupus")),
        (Serves::Myositis, _) => not_for_you.push(only("aid-only-myositis")),
        (Serves::Scleroderma, _) => not_for_you.push(only("aid-only-scleroderma")),
        (Serves::Check, _) => {
            check.push(text!("aid-check-autoimmune"));
        }
    }
    match program.needs_insurance {
        NeedsInsurance::Any => {}
        NeedsInsurance::Medicaid if input.insurance() != InsuranceType::Medicaid => {
            not_for_you.push(text!("aid-only-medicaid"));
        }
        NeedsInsurance::Insured if input.insurance() == InsuranceType::Uninsured => {
            not_for_you.push(text!("aid-only-insured"));
        }
        NeedsInsurance::Medicaid | NeedsInsurance::Insured => {}
    }
    if program.trial_only.is_yes() && input.route() != Route::Trial {
        not_for_you.push(text!("aid-only-trial"));
    }
    let centers = program.centers();
    if !centers.is_empty() && !centers.contains(&input.center().id) {
        let cities = centers
            .iter()
            .filter_map(|id| tables.center(id))
            .map(|c| text!("verbatim", text = Arg::Verbatim(c.city.clone())))
            .collect();
        not_for_you.push(text!("aid-only-near", cities = Arg::List(cities)));
    }
    if let Some(miles) = program.min_distance_miles
        && input.distance_miles() < miles
    {
        not_for_you.push(text!("aid-min-distance", miles = Arg::Number(whole(miles))));
    }
    if let Some(miles) = program.max_distance_miles
        && input.distance_miles() > miles
    {
        not_for_you.push(text!("aid-max-distance", miles = Arg::Number(whole(miles))));
    }
    if let Some(limit) = program.income_limit_fpl_pct {
        let level = burden.and_then(|b| b.poverty.as_ref().ok());
        match level {
            Some(level) if level.percent > limit => {
                let shown = whole(level.percent);
                // Just over the limit, a rounded percent would read as equal to it.
                let yours = if shown == whole(limit) {
                    text!("aid-income-yours-just-above")
                } else {
                    text!("aid-income-yours", pct = Arg::Percent(shown))
                };
                not_for_you.push(text!(
                    "aid-income-over",
                    limit = Arg::Percent(whole(limit)),
                    amount = Arg::MoneyShort(level.guideline * limit / Decimal::ONE_HUNDRED),
                    yours = yours
                ));
            }
            Some(_) => {}
            None => check.push(text!("aid-income-limit", limit = Arg::Percent(whole(limit)))),
        }
    }
    age_fit(program, input.patient_age(), &mut not_for_you, &mut check);
    AidFit {
        program: program.clone(),
        not_for_you,
        check,
    }
}

/// A program's age limits against the patient's age; without an age, what to check.
fn age_fit(program: &AidProgram, age: Option<u32>, not_for_you: &mut Vec<Text>, check: &mut Vec<Text>) {
    let years = |n: u32| Arg::Number(Decimal::from(n));
    match (age, program.min_age, program.max_age) {
        (_, None, None) => {}
        (Some(age), Some(min), _) if age < min => not_for_you.push(text!("aid-min-age", years = years(min))),
        (Some(age), _, Some(max)) if age > max => not_for_you.push(text!("aid-max-age", years = years(max))),
        (Some(_), _, _) => {}
        (None, Some(min), None) => check.push(text!("aid-age-at-least", years = years(min))),
        (None, None, Some(max)) => check.push(text!("aid-age-at-most", years = years(max))),
        (None, Some(min), Some(max)) => check.push(text!("aid-age-between", min = years(min), max = years(max))),
    }
}
