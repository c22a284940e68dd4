//! What the household's income changes, worked out against its estimate: a silver plan's
//! lower limit (what it does, or would do, to the total), the Medicaid check (the family's
//! medical share if the patient qualified), and the hospital's financial assistance (the
//! estimate if the hospital's rule at this income is applied: an alternative, never the
//! headline).

use rust_decimal::Decimal;

use super::choices::{InsuranceType, MarketplaceMetal, state_or_code};
use super::estimate::{Alternative, Estimate, totals_only};
use super::income::{
    AssistancePatient, MedicaidCheck, SilverReduction, assistance_rule, medicaid_check, silver_reduction,
};
use super::input::{FieldId, Input, RawInput};
use super::lines::{Category, Totals, totals};
use super::money::whole;
use super::scenarios::Scenarios;
use super::tables::{AssistanceHelp, AssistanceRule, MEDICAID_APPLY_SOURCE_IDS, Ownership, Tables, unique_ids};
use super::text::{Arg, Text};
use super::who_pays::Answer;
use crate::text;

/// A Marketplace silver plan's lower limit at this income, and what it does to the total.
#[derive(Debug, Clone)]
pub struct SilverPlan {
    pub metal: MarketplaceMetal,
    /// The reduced limits of the first plan year.
    pub reduction: SilverReduction,
    /// The legal limit without the reduction, that plan year.
    pub plain_limit: Decimal,
    /// True when the estimate counts the lower limit (the family has a silver plan).
    pub applied: bool,
    /// The family's totals with a silver plan, when the estimate does not count one.
    pub totals_if_silver: Option<Totals>,
    pub text: Text,
}

/// A patient who likely qualifies for Medicaid (or who would in a state that expanded it).
#[derive(Debug, Clone)]
pub struct MedicaidFlag {
    pub check: MedicaidCheck,
    /// The family's share of the medical bills if Medicaid were the patient's plan.
    pub family_medical_if_medicaid: Scenarios<Decimal>,
    pub text: Text,
    pub how_to_apply: Text,
    pub source_ids: Vec<String>,
}

/// What the center's hospital may give at this income, under its state's law or the common
/// policy of nonprofit hospitals.
#[derive(Debug, Clone)]
pub struct FinancialAssistance {
    /// Income in percent of the poverty line.
    pub percent: Decimal,
    pub ownership: Option<Ownership>,
    /// The rule that gives the most at this income, if any does.
    pub rule: Option<AssistanceRule>,
    /// The estimate with the rule applied, when the rule says how much is left to pay.
    pub alternative: Option<Alternative>,
    pub text: Text,
    pub ownership_text: Option<Text>,
    pub question: Text,
    pub source_ids: Vec<String>,
}

/// Everything income changes for one household.
#[derive(Debug, Clone, Default)]
pub struct IncomeEffects {
    pub silver_plan: Option<SilverPlan>,
    pub medicaid: Option<MedicaidFlag>,
    pub financial_assistance: Option<FinancialAssistance>,
}

/// Works out the income effects of one household's estimate (`raw` is what `input` was
/// parsed from: a what-if changes one answer).
pub fn income_effects(tables: &Tables, raw: &RawInput, input: &Input<'_>, estimate: &Estimate) -> IncomeEffects {
    let totals_with = |field: FieldId, value: &str| {
        let mut changed = raw.clone();
        changed.set(field, value);
        if field == FieldId::Insurance {
            // Another plan: the figures typed for this one do not carry over.
            for own in [FieldId::Deductible, FieldId::CoinsurancePct, FieldId::OopMax] {
                changed.set(own, "");
            }
        }
        Input::parse(&changed, tables, input.asked_on())
            .ok()
            .map(|changed| totals_only(tables, &changed).totals)
    };
    IncomeEffects {
        silver_plan: silver_plan(tables, input, estimate, &totals_with),
        medicaid: medicaid_flag(tables, input, estimate, &totals_with),
        financial_assistance: financial_assistance(tables, input, estimate),
    }
}

/// A percent of the poverty line as the page says it: to one place, so an income just over a
/// band's edge (200.4%) never reads as the edge itself.
pub fn shown_percent(percent: Decimal) -> Arg {
    Arg::Percent(to_one_place(percent))
}

/// A percent to one place, half away from zero, as pages show it.
pub fn to_one_place(percent: Decimal) -> Decimal {
    percent
        .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

type TotalsWith<'a> = dyn Fn(FieldId, &str) -> Option<Totals> + 'a;

fn silver_plan(
    tables: &Tables,
    input: &Input<'_>,
    estimate: &Estimate,
    totals_with: &TotalsWith<'_>,
) -> Option<SilverPlan> {
    let begins = estimate.plan.years.first()?.begins;
    let reduction = silver_reduction(tables, input, begins)?;
    let plain_limit = tables.insurance_presets(begins).marketplace.oop_max.value;
    let metal = input.plan_choices().metal;
    // The user's own limit is their plan's: the reduction is already in it.
    let applied = metal == MarketplaceMetal::Silver && input.own_plan().oop_max.is_none();
    let totals_if_silver = (!applied && input.own_plan().oop_max.is_none())
        .then(|| totals_with(FieldId::MarketplaceMetal, MarketplaceMetal::Silver.id()))
        .flatten();
    let pct = shown_percent(reduction.income.percent);
    let year = Arg::Verbatim(reduction.income.guideline_year.to_string());
    let text = match (&totals_if_silver, applied) {
        (_, true) => text!(
            "income-silver-applied",
            pct = pct,
            year = year,
            limit = Arg::MoneyShort(reduction.oop_max),
            plain = Arg::MoneyShort(plain_limit)
        ),
        (Some(silver), false) => text!(
            "income-silver-could",
            pct = pct,
            year = year,
            limit = Arg::MoneyShort(reduction.oop_max),
            plain = Arg::MoneyShort(plain_limit),
            total = Arg::MoneyShort(whole(silver.family_total.typical)),
            now = Arg::MoneyShort(whole(estimate.totals.family_total.typical))
        ),
        (None, false) => text!(
            "income-silver-own-limit",
            pct = pct,
            limit = Arg::MoneyShort(reduction.oop_max)
        ),
    };
    Some(SilverPlan {
        metal,
        reduction,
        plain_limit,
        applied,
        totals_if_silver,
        text,
    })
}

/// The income line of the ACA's Medicaid expansion, for the states that did not adopt it
/// [`kff-medicaid-expansion-2026`].
const EXPANSION_LINE_PCT: u32 = 138;

fn medicaid_flag(
    tables: &Tables,
    input: &Input<'_>,
    estimate: &Estimate,
    totals_with: &TotalsWith<'_>,
) -> Option<MedicaidFlag> {
    let check = medicaid_check(tables, input)?;
    let expansion_line = Decimal::from(EXPANSION_LINE_PCT);
    // Say nothing above the limit, unless the state's choice not to expand is the reason.
    let gap_state = !check.expanded && check.income.percent <= expansion_line;
    if !check.likely && !gap_state {
        return None;
    }
    let medicaid = totals_with(FieldId::Insurance, InsuranceType::Medicaid.id())?;
    let state = state_or_code(check.state);
    let pct = shown_percent(check.income.percent);
    let limit = Arg::Percent(check.limit_pct);
    let money = |amount: Decimal| Arg::MoneyShort(whole(amount));
    let text = if check.likely {
        // Medicaid may refuse some of this care (out of state, or not approved): no saving.
        let no_saving = medicaid.family_medical.typical >= estimate.totals.family_medical.typical;
        Text::new(if no_saving {
            "income-medicaid-likely-no-saving"
        } else {
            "income-medicaid-likely"
        })
        .with("state", state)
        .with("limit", limit)
        .with("pct", pct)
        .with("medicaid", money(medicaid.family_medical.typical))
        .with("now", money(estimate.totals.family_medical.typical))
    } else if check.limit_pct.is_zero() {
        text!(
            "income-medicaid-not-expanded",
            state = state,
            pct = pct,
            line = Arg::Percent(expansion_line)
        )
    } else {
        text!(
            "income-medicaid-not-expanded-limit",
            state = state,
            pct = pct,
            limit = limit,
            line = Arg::Percent(expansion_line)
        )
    };
    let how_to_apply = if check.work_rule {
        text!("income-medicaid-apply-work-rule")
    } else {
        text!("income-medicaid-apply")
    };
    let mut source_ids = check.source_ids.clone();
    source_ids.extend(MEDICAID_APPLY_SOURCE_IDS.iter().map(|id| (*id).to_string()));
    Some(MedicaidFlag {
        family_medical_if_medicaid: medicaid.family_medical,
        check,
        text,
        how_to_apply,
        source_ids,
    })
}

/// Medical costs at or above this percent of income count as high for California's law
/// [`triage-charity-care`, cited by California's rule].
const HIGH_COSTS_PCT: u32 = 10;

/// The highest income the usual nonprofit policy helps.
fn usual_policy_top(tables: &Tables) -> Decimal {
    tables
        .financial_assistance()
        .iter()
        .filter(|rule| rule.is_common_policy())
        .map(|rule| rule.income_to_pct)
        .max()
        .unwrap_or_default()
}

fn financial_assistance(tables: &Tables, input: &Input<'_>, estimate: &Estimate) -> Option<FinancialAssistance> {
    let income = input.household_income()?;
    let level = super::income::income_level(tables, input, input.first_day())?;
    let now = estimate.totals.family_medical;
    if now.typical.is_zero() {
        return None;
    }
    let center = input.center();
    let ownership = center.ownership.as_ref().map(|o| o.ownership);
    let uninsured = input.insurance() == InsuranceType::Uninsured;
    let high_costs = now.typical * Decimal::ONE_HUNDRED >= Decimal::from(HIGH_COSTS_PCT) * income;
    let patient = AssistancePatient {
        hospital_state: &center.state,
        home_state: input.home_state(),
        ownership,
        percent: level.percent,
        uninsured,
        high_costs,
    };
    let rule = assistance_rule(tables, patient).cloned();
    let pct = shown_percent(level.percent);
    let money = |amount: Decimal| Arg::MoneyShort(whole(amount));
    let alternative = rule
        .as_ref()
        .and_then(|r| r.family_pays_pct)
        .map(|left| with_assistance(estimate, left / Decimal::ONE_HUNDRED));
    let by = |rule: &AssistanceRule| {
        if rule.is_common_policy() {
            text!("income-assistance-by-policy")
        } else {
            text!("income-assistance-by-law", state = state_or_code(&rule.state))
        }
    };
    let text = match (&rule, &alternative) {
        // Below the usual policy's top, at a hospital not known to be a nonprofit.
        (None, _) if ownership != Some(Ownership::Nonprofit) && level.percent <= usual_policy_top(tables) => {
            text!("income-assistance-not-nonprofit", pct = pct)
        }
        (None, _) => text!("income-assistance-none", pct = pct),
        (Some(rule), Some(alt)) if rule.help == AssistanceHelp::Free => text!(
            "income-assistance-free",
            pct = pct,
            by = Arg::Capitalized(Box::new(by(rule))),
            then = money(alt.totals.family_medical.typical),
            now = money(now.typical)
        ),
        (Some(rule), Some(alt)) => text!(
            "income-assistance-discount-set",
            pct = pct,
            by = Arg::Capitalized(Box::new(by(rule))),
            off = Arg::Percent(Decimal::ONE_HUNDRED - rule.family_pays_pct.unwrap_or_default()),
            then = money(alt.totals.family_medical.typical),
            now = money(now.typical)
        ),
        (Some(rule), None) if rule.help == AssistanceHelp::FreeOrDiscount => text!(
            "income-assistance-free-or-discount",
            pct = pct,
            by = Arg::Capitalized(Box::new(by(rule))),
            now = money(now.typical)
        ),
        (Some(rule), None) => text!(
            "income-assistance-discount",
            pct = pct,
            by = Arg::Capitalized(Box::new(by(rule))),
            now = money(now.typical)
        ),
    };
    let ownership_text = match ownership {
        Some(Ownership::Nonprofit) => None,
        Some(Ownership::StateLocal) => Some(text!("income-assistance-government")),
        Some(Ownership::ForProfit) => Some(text!("income-assistance-for-profit")),
        None => Some(text!("income-assistance-owner-unknown")),
    };
    let from_rule = rule.iter().flat_map(|r| r.source_ids.iter());
    let from_owner = center.ownership.iter().flat_map(|o| o.source_ids.iter());
    let source_ids = unique_ids(from_rule.chain(from_owner).chain(&level.source_ids));
    Some(FinancialAssistance {
        percent: level.percent,
        ownership,
        rule,
        alternative,
        text,
        ownership_text,
        question: text!("income-assistance-ask"),
        source_ids,
    })
}

/// The estimate's likely outcome with the family's share of each medical bill cut to `left`
/// of itself: the hospital forgives the rest, so the bill is that much lower.
fn with_assistance(estimate: &Estimate, left: Decimal) -> Alternative {
    let cut = |amount: &Scenarios<Decimal>| amount.map(|a| *a * left);
    let mut lines = estimate.lines.clone();
    for line in lines.iter_mut().filter(|l| l.category == Category::Medical) {
        if let (Some(cost), Some(family)) = (line.cost, line.family_pays) {
            let kept = cut(&family);
            line.cost = Some(Scenarios::from_fn(|s| cost.get(s) - (family.get(s) - kept.get(s))));
            line.family_pays = Some(kept);
            for year in &mut line.plan_years {
                let kept = cut(&year.family_pays);
                year.billed = Scenarios::from_fn(|s| year.billed.get(s) - (year.family_pays.get(s) - kept.get(s)));
                year.family_pays = kept;
            }
        }
    }
    let mut plan_years = estimate.plan_years.clone();
    for year in &mut plan_years {
        let kept = cut(&year.family_medical);
        year.billed = Scenarios::from_fn(|s| year.billed.get(s) - (year.family_medical.get(s) - kept.get(s)));
        year.family_cost_sharing = cut(&year.family_cost_sharing);
        year.family_not_covered = cut(&year.family_not_covered);
        year.family_medical = kept;
    }
    Alternative {
        answer: Answer::FinancialAssistance,
        world: estimate.world.clone(),
        totals: totals(&lines),
        lines,
        plan_years,
    }
}

/// The incomes an advocate's brief compares, in percent of the poverty line.
pub const LADDER_PERCENTS: [u32; 3] = [100, 200, 400];

/// The same household at one income on the ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomeStep {
    /// Percent of the poverty line.
    pub percent: u32,
    /// The yearly income at that percent for the household's size.
    pub income: Decimal,
    pub family_total: Scenarios<Decimal>,
    pub family_medical: Scenarios<Decimal>,
    /// The silver plan's lower limit at this income, if a Marketplace household has one.
    pub silver_limit: Option<Decimal>,
    /// Whether the patient would likely qualify for Medicaid at this income.
    pub medicaid_likely: bool,
    /// The family's total with the hospital's financial assistance, when its rule says how much.
    pub with_assistance: Option<Scenarios<Decimal>>,
}

/// The household's estimate at 100%, 200% and 400% of the poverty line, everything else the
/// same, when its size is known and has a guideline: what income changes, side by side.
pub fn income_ladder(tables: &Tables, raw: &RawInput, input: &Input<'_>) -> Option<Vec<IncomeStep>> {
    let size = input.household_size()?;
    let region = super::tables::PovertyRegion::of_state(input.home_state())?;
    let guideline = tables
        .poverty_guideline(region, input.first_day())
        .value
        .for_household(size)?;
    LADDER_PERCENTS
        .iter()
        .map(|&percent| {
            let income = guideline * Decimal::from(percent) / Decimal::ONE_HUNDRED;
            let mut changed = raw.clone();
            changed.set(FieldId::HouseholdIncome, income.normalize().to_string());
            let at = Input::parse(&changed, tables, input.asked_on()).ok()?;
            let estimate = totals_only(tables, &at);
            let silver_limit = estimate
                .plan
                .years
                .first()
                .and_then(|year| silver_reduction(tables, &at, year.begins))
                .map(|r| r.oop_max);
            let medicaid_likely = medicaid_check(tables, &at).is_some_and(|check| check.likely);
            let with_assistance = financial_assistance(tables, &at, &estimate)
                .and_then(|help| help.alternative)
                .map(|alt| alt.totals.family_total);
            Some(IncomeStep {
                percent,
                income,
                family_total: estimate.totals.family_total,
                family_medical: estimate.totals.family_medical,
                silver_limit,
                medicaid_likely,
                with_assistance,
            })
        })
        .collect()
}
