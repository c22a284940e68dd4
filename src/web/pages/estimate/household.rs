//! The household's side: its answers in words, its burden against income, state paid leave
//! and the medical-expense tax deduction.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::burden::Burden;
use crate::core::estimate::Estimate;
use crate::core::facts::facts;
use crate::core::income_effects::{IncomeEffects, IncomeStep};
use crate::core::input::Input;
use crate::core::lines::Totals;
use crate::core::money::whole;
use crate::core::scenarios::Scenarios;
use crate::core::tax::TaxDeduction;
use crate::core::text::Arg;
use crate::core::text::Text;
use crate::i18n::{Lang, say};
use crate::text;
use crate::web::parts::sources::{SourceNumbers, SourceRef};

/// "Label: value" facts about the household, for the page and for print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// The household's costs against its income.
#[derive(Debug, Clone, Serialize)]
pub struct BurdenView {
    pub income: Decimal,
    /// "150% of the 2026 federal poverty guideline for a household of 4 ($33,000)", or why not.
    pub poverty_text: String,
    pub medical_share: Option<Scenarios<Decimal>>,
    pub out_of_pocket_share: Option<Scenarios<Decimal>>,
    /// One sentence per threshold the typical or high estimate reaches.
    pub findings: Vec<String>,
    pub sources: Vec<SourceRef>,
}

/// The caregiver's state paid leave.
#[derive(Debug, Clone, Serialize)]
pub struct LeaveView {
    /// "New York's Paid Family Leave pays 67% of weekly pay, …", or why nothing is counted.
    pub summary: String,
    /// What the leave pays toward the caregiver's lost pay, when it can be counted.
    pub pays: Option<Scenarios<Decimal>>,
    pub note: String,
    pub sources: Vec<SourceRef>,
}

/// The medical-expense deduction.
#[derive(Debug, Clone, Serialize)]
pub struct TaxView {
    pub deduction: TaxDeduction,
    /// True when the typical deductible amount is more than the income: a deduction can't
    /// take taxable income below zero.
    pub exceeds_income: bool,
    /// The IRS medical mileage rate in cents, as families know it.
    pub mileage_cents: Decimal,
    pub helps: bool,
    /// Whether itemizing is likely to beat the standard deduction, when there is something to deduct.
    pub itemizing: Option<String>,
    pub sources: Vec<SourceRef>,
}

/// The household's answers in the page's language.
pub fn situation(input: &Input<'_>, lang: Lang) -> Vec<Fact> {
    situation_of(&facts(input), lang)
}

/// Answers in words, in the page's language.
pub fn situation_of(facts: &[crate::core::facts::Fact], lang: Lang) -> Vec<Fact> {
    facts
        .iter()
        .map(|fact| Fact {
            label: say(lang, &fact.label),
            value: say(lang, &fact.value),
        })
        .collect()
}

pub fn burden_view(burden: &Burden, numbers: &SourceNumbers<'_>) -> BurdenView {
    let lang = numbers.lang;
    BurdenView {
        income: burden.income,
        poverty_text: say(lang, &burden.poverty_text),
        medical_share: burden.medical_share,
        out_of_pocket_share: burden.out_of_pocket_share,
        findings: burden.findings.iter().map(|f| say(lang, f)).collect(),
        sources: numbers.refs(&burden.source_ids),
    }
}

pub fn leave_view(estimate: &Estimate, numbers: &SourceNumbers<'_>) -> Option<LeaveView> {
    let lang = numbers.lang;
    let program = estimate.leave_program.as_ref()?;
    Some(LeaveView {
        summary: say(lang, &estimate.leave_summary()?),
        pays: estimate.paid_leave.as_ref().map(|l| l.pays),
        note: say(lang, &Text::data(format!("leave-{}", program.state), &program.note)),
        sources: numbers.refs(program.source_ids.as_slice()),
    })
}

pub fn tax_view(deduction: &TaxDeduction, input: &Input<'_>, numbers: &SourceNumbers<'_>) -> TaxView {
    TaxView {
        deduction: deduction.clone(),
        mileage_cents: deduction.medical_mileage_cents(),
        exceeds_income: input.household_income().is_some_and(|income| deduction.exceeds(income)),
        helps: deduction.helps(),
        itemizing: deduction.itemizing_text().map(|text| say(numbers.lang, &text)),
        sources: numbers.refs(&deduction.source_ids),
    }
}

/// What the household's income changes, in the page's language.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IncomeView {
    pub silver_plan: Option<IncomeItem>,
    pub medicaid: Option<IncomeItem>,
    /// True when the patient likely qualifies for Medicaid: the top of the page says so.
    pub medicaid_likely: bool,
    pub financial_assistance: Option<IncomeItem>,
    /// The estimate with the hospital's help, when its rule says how much is left to pay.
    pub assistance_totals: Option<Totals>,
    /// The same household at 100%, 200% and 400% of the poverty line.
    pub ladder: Vec<LadderRow>,
}

/// One income of the ladder, as the page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct LadderRow {
    /// "200% ($54,640)".
    pub income: String,
    pub family_total: Decimal,
    pub family_medical: Decimal,
    /// What else holds at this income: a silver plan's limit, Medicaid, the hospital's help.
    pub also: Vec<String>,
}

/// One thing income changes: what it does, and what to do about it.
#[derive(Debug, Clone, Serialize)]
pub struct IncomeItem {
    pub text: String,
    /// What to do or ask, and anything else to know.
    pub more: Vec<String>,
    pub sources: Vec<SourceRef>,
}

pub fn income_view(income: &IncomeEffects, ladder: Option<&[IncomeStep]>, numbers: &SourceNumbers<'_>) -> IncomeView {
    let lang = numbers.lang;
    IncomeView {
        silver_plan: income.silver_plan.as_ref().map(|s| IncomeItem {
            text: say(lang, &s.text),
            more: Vec::new(),
            sources: numbers.refs(&s.reduction.source_ids),
        }),
        medicaid: income.medicaid.as_ref().map(|m| IncomeItem {
            text: say(lang, &m.text),
            more: vec![say(lang, &m.how_to_apply)],
            sources: numbers.refs(&m.source_ids),
        }),
        medicaid_likely: income.medicaid.as_ref().is_some_and(|m| m.check.likely),
        financial_assistance: income.financial_assistance.as_ref().map(|f| IncomeItem {
            text: say(lang, &f.text),
            more: f
                .ownership_text
                .iter()
                .chain([&f.question])
                .map(|t| say(lang, t))
                .collect(),
            sources: numbers.refs(&f.source_ids),
        }),
        assistance_totals: income
            .financial_assistance
            .as_ref()
            .and_then(|f| f.alternative.as_ref())
            .map(|alt| alt.totals),
        ladder: ladder
            .unwrap_or_default()
            .iter()
            .map(|step| ladder_row(step, lang))
            .collect(),
    }
}

fn ladder_row(step: &IncomeStep, lang: Lang) -> LadderRow {
    let money = |amount: Decimal| Arg::MoneyShort(whole(amount));
    let also: Vec<Text> = [
        step.silver_limit
            .map(|limit| text!("ladder-silver", limit = money(limit))),
        step.medicaid_likely.then(|| text!("ladder-medicaid")),
        step.with_assistance
            .map(|total| text!("ladder-assistance", total = money(total.typical))),
    ]
    .into_iter()
    .flatten()
    .collect();
    LadderRow {
        income: say(
            lang,
            &text!(
                "ladder-income",
                pct = Arg::Percent(Decimal::from(step.percent)),
                income = money(step.income)
            ),
        ),
        family_total: step.family_total.typical,
        family_medical: step.family_medical.typical,
        also: also.iter().map(|t| say(lang, t)).collect(),
    }
}
