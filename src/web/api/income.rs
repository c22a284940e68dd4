//! The JSON of what income changes: a silver plan's lower limit, the Medicaid check and the
//! hospital's financial assistance (its estimate is among the alternatives).

use serde::Serialize;

use super::model::{cents, money};
use crate::core::choices::MarketplaceMetal;
use crate::core::income_effects::{IncomeEffects, IncomeStep};
use crate::core::scenarios::Scenarios;
use crate::core::tables::{AssistanceHelp, Ownership, SilverVariant};
use crate::i18n::{Lang, say};

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiIncome<'a> {
    pub silver_plan: Option<ApiSilverPlan<'a>>,
    pub medicaid: Option<ApiMedicaid<'a>>,
    pub financial_assistance: Option<ApiFinancialAssistance<'a>>,
    /// The same household at 100%, 200% and 400% of the poverty line, when its size is known.
    pub ladder: Option<Vec<ApiIncomeStep>>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiIncomeStep {
    pub poverty_pct: u32,
    pub income: String,
    pub family_total: Scenarios<String>,
    pub family_medical: Scenarios<String>,
    pub silver_oop_max: Option<String>,
    pub medicaid_likely: bool,
    pub family_total_with_assistance: Option<Scenarios<String>>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiSilverPlan<'a> {
    pub metal: MarketplaceMetal,
    pub variant: SilverVariant,
    pub income_poverty_pct: String,
    pub guideline_year: u16,
    pub oop_max: String,
    pub oop_max_family: Option<String>,
    pub plain_oop_max: String,
    /// True when the estimate counts the lower limit.
    pub applied: bool,
    /// The family's total with a silver plan, when the estimate does not count one.
    pub family_total_if_silver: Option<Scenarios<String>>,
    pub text: String,
    pub sources: &'a [String],
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiMedicaid<'a> {
    pub state: &'a str,
    pub expanded: bool,
    pub adult_limit_pct: String,
    pub income_poverty_pct: String,
    pub likely_eligible: bool,
    pub family_medical_if_medicaid: Scenarios<String>,
    pub text: String,
    pub how_to_apply: String,
    pub sources: &'a [String],
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiFinancialAssistance<'a> {
    pub income_poverty_pct: String,
    pub hospital_ownership: Option<Ownership>,
    /// The state whose law gives the help, or none for the common nonprofit policy.
    pub rule_state: Option<&'a str>,
    pub help: Option<AssistanceHelp>,
    pub family_pays_pct: Option<String>,
    pub text: String,
    pub ownership_text: Option<String>,
    pub question: String,
    pub sources: &'a [String],
}

impl<'a> ApiIncome<'a> {
    pub fn new(income: &'a IncomeEffects, ladder: Option<&[IncomeStep]>, lang: Lang) -> Self {
        Self {
            silver_plan: income.silver_plan.as_ref().map(|s| ApiSilverPlan {
                metal: s.metal,
                variant: s.reduction.variant,
                income_poverty_pct: cents(s.reduction.income.percent),
                guideline_year: s.reduction.income.guideline_year,
                oop_max: cents(s.reduction.oop_max),
                oop_max_family: s.reduction.oop_max_family.map(cents),
                plain_oop_max: cents(s.plain_limit),
                applied: s.applied,
                family_total_if_silver: s.totals_if_silver.as_ref().map(|t| money(&t.family_total)),
                text: say(lang, &s.text),
                sources: &s.reduction.source_ids,
            }),
            medicaid: income.medicaid.as_ref().map(|m| ApiMedicaid {
                state: m.check.state,
                expanded: m.check.expanded,
                adult_limit_pct: m.check.limit_pct.normalize().to_string(),
                income_poverty_pct: cents(m.check.income.percent),
                likely_eligible: m.check.likely,
                family_medical_if_medicaid: money(&m.family_medical_if_medicaid),
                text: say(lang, &m.text),
                how_to_apply: say(lang, &m.how_to_apply),
                sources: &m.source_ids,
            }),
            financial_assistance: income.financial_assistance.as_ref().map(|f| ApiFinancialAssistance {
                income_poverty_pct: cents(f.percent),
                hospital_ownership: f.ownership,
                rule_state: f
                    .rule
                    .as_ref()
                    .filter(|r| !r.is_common_policy())
                    .map(|r| r.state.as_str()),
                help: f.rule.as_ref().map(|r| r.help),
                family_pays_pct: f
                    .rule
                    .as_ref()
                    .and_then(|r| r.family_pays_pct)
                    .map(|p| p.normalize().to_string()),
                text: say(lang, &f.text),
                ownership_text: f.ownership_text.as_ref().map(|t| say(lang, t)),
                question: say(lang, &f.question),
                sources: &f.source_ids,
            }),
            ladder: ladder.map(|steps| {
                steps
                    .iter()
                    .map(|step| ApiIncomeStep {
                        poverty_pct: step.percent,
                        income: cents(step.income),
                        family_total: money(&step.family_total),
                        family_medical: money(&step.family_medical),
                        silver_oop_max: step.silver_limit.map(cents),
                        medicaid_likely: step.medicaid_likely,
                        family_total_with_assistance: step.with_assistance.as_ref().map(money),
                    })
                    .collect()
            }),
        }
    }
}
