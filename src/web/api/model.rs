//! The JSON API's answer: the estimate with money as decimal strings in whole cents.

use rust_decimal::Decimal;
use serde::Serialize;

use super::income::ApiIncome;
use crate::core::aid::AidFit;
use crate::core::burden::{Burden, Flags};
use crate::core::cash_flow::{CashFlow, JourneyDay, MonthOf, Phase};
use crate::core::coverage::Plan;
use crate::core::data_gaps::DataGap;
use crate::core::journey::JourneyStep;
use crate::core::lines::{Category, LineId, LineItem, Payer, Totals};
use crate::core::money::round_cents;
use crate::core::report::Report;
use crate::core::scenarios::Scenarios;
use crate::core::tables::{CarePart, NoteGroup, NoteId, Source, Tables};
use crate::core::text::Text;
use crate::core::who_pays::{Answer, Calendar, LineYear, PartCoverage, PlanYear, World};
use crate::i18n::{Lang, say};

/// Money as a string in whole cents, rounded half away from zero: `"10492.00"`.
pub(super) fn money(amounts: &Scenarios<Decimal>) -> Scenarios<String> {
    amounts.map(|a| format!("{:.2}", round_cents(*a)))
}

/// A quantity or rate as a plain decimal string with at most 4 places: `"0.205"`, `"43.5714"`.
fn amount(values: &Scenarios<Decimal>) -> Scenarios<String> {
    values.map(|v| {
        v.round_dp_with_strategy(4, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            .normalize()
            .to_string()
    })
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiLine {
    pub id: LineId,
    pub category: Category,
    pub part: Option<CarePart>,
    pub label: String,
    pub quantity: Scenarios<String>,
    pub quantity_unit: String,
    pub rate: Option<Scenarios<String>>,
    pub rate_unit: String,
    pub cost: Option<Scenarios<String>>,
    pub payer: Vec<Payer>,
    pub sponsor_pays: Option<Scenarios<String>>,
    pub insurer_pays: Option<Scenarios<String>>,
    pub benefit_pays: Option<Scenarios<String>>,
    pub family_pays: Option<Scenarios<String>>,
    pub plan_years: Vec<ApiLineYear>,
    pub basis: String,
    pub payer_reason: String,
    pub question: Option<String>,
    pub sources: Vec<String>,
}

impl ApiLine {
    fn new(line: &LineItem, lang: Lang) -> Self {
        Self {
            id: line.id,
            category: line.category,
            part: line.part,
            label: say(lang, &line.label),
            quantity: amount(&line.quantity),
            quantity_unit: say(lang, &line.quantity_unit),
            rate: line.rate.as_ref().map(amount),
            rate_unit: say(lang, &line.rate_unit),
            cost: line.cost.as_ref().map(money),
            payer: line.payer.clone(),
            sponsor_pays: line.sponsor_pays.as_ref().map(money),
            insurer_pays: line.insurer_pays.as_ref().map(money),
            benefit_pays: line.benefit_pays.as_ref().map(money),
            family_pays: line.family_pays.as_ref().map(money),
            plan_years: line.plan_years.iter().map(ApiLineYear::from).collect(),
            basis: say(lang, &line.basis),
            payer_reason: line.payer_reason.as_ref().map(|r| say(lang, r)).unwrap_or_default(),
            question: line.question.as_ref().map(|q| say(lang, q)),
            sources: line.sources.clone(),
        }
    }
}

/// A line's medical bills in one plan year.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiLineYear {
    pub plan_year: u32,
    pub billed: Scenarios<String>,
    pub insurer_pays: Scenarios<String>,
    pub family_pays: Scenarios<String>,
}

impl From<&LineYear> for ApiLineYear {
    fn from(year: &LineYear) -> Self {
        Self {
            plan_year: year.plan_year,
            billed: money(&year.billed),
            insurer_pays: money(&year.insurer_pays),
            family_pays: money(&year.family_pays),
        }
    }
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiTotals {
    pub billed_medical: Scenarios<String>,
    pub sponsor_pays: Scenarios<String>,
    pub insurer_pays: Scenarios<String>,
    pub benefit_pays: Scenarios<String>,
    pub family_medical: Scenarios<String>,
    pub non_medical: Scenarios<String>,
    pub lost_income: Scenarios<String>,
    pub family_total: Scenarios<String>,
}

impl From<&Totals> for ApiTotals {
    fn from(t: &Totals) -> Self {
        Self {
            billed_medical: money(&t.billed_medical),
            sponsor_pays: money(&t.sponsor_pays),
            insurer_pays: money(&t.insurer_pays),
            benefit_pays: money(&t.benefit_pays),
            family_medical: money(&t.family_medical),
            non_medical: money(&t.non_medical),
            lost_income: money(&t.lost_income),
            family_total: money(&t.family_total),
        }
    }
}

/// One plan year's medical bills and who pays them.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiPlanYear {
    pub plan_year: u32,
    pub label: String,
    pub billed: Scenarios<String>,
    pub insurer_pays: Scenarios<String>,
    pub family_cost_sharing: Scenarios<String>,
    pub family_not_covered: Scenarios<String>,
    pub family_medical: Scenarios<String>,
    pub limit: Option<String>,
}

impl ApiPlanYear {
    fn new(year: &PlanYear, lang: Lang) -> Self {
        Self {
            plan_year: year.plan_year,
            label: say(lang, &year.label),
            billed: money(&year.billed),
            insurer_pays: money(&year.insurer_pays),
            family_cost_sharing: money(&year.family_cost_sharing),
            family_not_covered: money(&year.family_not_covered),
            family_medical: money(&year.family_medical),
            limit: year.limit.map(|l| format!("{:.2}", round_cents(l))),
        }
    }
}

/// The estimate if the plan agrees to pay for every uncertain part, or refuses them all.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiAlternative<'a> {
    pub answer: Answer,
    pub world: &'a World,
    pub lines: Vec<ApiLine>,
    pub totals: ApiTotals,
    pub plan_years: Vec<ApiPlanYear>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiEstimate<'a> {
    pub lines: Vec<ApiLine>,
    pub totals: ApiTotals,
    pub plan_years: Vec<ApiPlanYear>,
    pub calendar: &'a Calendar,
    pub unpriced: &'a [LineId],
    pub plan: &'a Plan,
    pub coverage: Vec<ApiCoverage<'a>>,
    pub world: &'a World,
    pub alternatives: Vec<ApiAlternative<'a>>,
    pub journey: Vec<ApiJourneyStep<'a>>,
    /// Income as a percent of the poverty guideline and costs as shares of income, when entered.
    pub burden: Option<ApiBurden>,
    /// What the household's income changes: a silver plan's limit, Medicaid, hospital help.
    pub income: ApiIncome<'a>,
    pub notes: Vec<ApiNote<'a>>,
    pub paid_leave: Option<ApiPaidLeave<'a>>,
    pub tax_deduction: Option<ApiTaxDeduction<'a>>,
    pub aid_programs: ApiAidPrograms<'a>,
    /// With a start date: the dated phases and the family's money out by month (typical).
    pub cash_flow: ApiCashFlow<'a>,
    /// Figures not yet published for a year the journey reaches: the year used instead.
    pub data_gaps: Vec<DataGap>,
    /// Answers allowed but probably not what was meant, each with the field it is about.
    pub warnings: Vec<ApiWarning>,
    pub sources: Vec<&'a Source>,
    /// Totals are summed before rounding, so they may differ by a cent from the sum of rounded lines.
    pub rounding: &'static str,
}

impl<'a> ApiEstimate<'a> {
    pub fn new(tables: &'a Tables, lang: Lang, report: &'a Report<'_>) -> Self {
        let estimate = &report.estimate;
        let lines = |lines: &[LineItem]| lines.iter().map(|line| ApiLine::new(line, lang)).collect();
        let years = |years: &[PlanYear]| years.iter().map(|year| ApiPlanYear::new(year, lang)).collect();
        Self {
            lines: lines(&estimate.lines),
            totals: ApiTotals::from(&estimate.totals),
            plan_years: years(&estimate.plan_years),
            calendar: &estimate.calendar,
            unpriced: &estimate.unpriced,
            plan: &estimate.plan,
            coverage: estimate
                .coverage
                .iter()
                .map(|coverage| ApiCoverage {
                    coverage,
                    reason: say(lang, &coverage.reason),
                })
                .collect(),
            world: &estimate.world,
            alternatives: estimate
                .alternatives
                .iter()
                .chain(
                    report
                        .income
                        .financial_assistance
                        .iter()
                        .flat_map(|f| f.alternative.as_ref()),
                )
                .map(|alt| ApiAlternative {
                    answer: alt.answer,
                    world: &alt.world,
                    lines: lines(&alt.lines),
                    totals: ApiTotals::from(&alt.totals),
                    plan_years: years(&alt.plan_years),
                })
                .collect(),
            journey: estimate
                .journey
                .steps
                .iter()
                .map(|step| ApiJourneyStep {
                    step,
                    label: say(lang, &step.label),
                    unit: say(lang, &step.unit),
                    note: say(lang, &step.note),
                })
                .collect(),
            burden: report.burden.as_ref().map(ApiBurden::from),
            income: ApiIncome::new(&report.income, report.income_ladder(), lang),
            notes: report
                .notes
                .iter()
                .map(|note| ApiNote {
                    id: note.id,
                    group: note.group,
                    text: say(lang, &note.text_message()),
                    sources: note.source_ids.as_slice(),
                })
                .collect(),
            paid_leave: estimate.paid_leave.as_ref().map(|leave| ApiPaidLeave {
                state: &leave.state,
                program: &leave.program,
                weeks: leave.weeks,
                rate_pct: amount(&leave.rate_pct),
                weekly_benefit: money(&leave.weekly_benefit),
                pays: money(&leave.pays),
                sources: &leave.source_ids,
            }),
            tax_deduction: report.tax.as_ref().map(|tax| ApiTaxDeduction {
                medical: money(&tax.medical),
                travel: money(&tax.travel),
                parking: money(&tax.parking),
                lodging: money(&tax.lodging),
                counted: money(&tax.counted),
                floor_pct: tax.floor_pct.normalize().to_string(),
                floor: format!("{:.2}", round_cents(tax.floor)),
                above_floor: money(&tax.above_floor),
                standard_deduction: ApiStandardDeduction {
                    year: tax.standard.year,
                    single: format!("{:.2}", round_cents(tax.standard.single)),
                    head_of_household: format!("{:.2}", round_cents(tax.standard.head_of_household)),
                    joint: format!("{:.2}", round_cents(tax.standard.joint)),
                },
                itemizing: tax.itemizing_text().map(|text| say(lang, &text)),
                sources: &tax.source_ids,
            }),
            aid_programs: ApiAidPrograms {
                worth_applying: report
                    .aid
                    .worth_applying
                    .iter()
                    .map(|fit| ApiAidFit::new(fit, lang, true))
                    .collect(),
                likely_not: report
                    .aid
                    .likely_not
                    .iter()
                    .map(|fit| ApiAidFit::new(fit, lang, false))
                    .collect(),
            },
            cash_flow: ApiCashFlow::from(&report.cash_flow),
            data_gaps: report.data_gaps(),
            warnings: report
                .input
                .warnings()
                .iter()
                .map(|w| ApiWarning {
                    field: w.field,
                    message: say(lang, &w.message),
                })
                .collect(),
            sources: report.source_ids().iter().filter_map(|id| tables.source(id)).collect(),
            rounding: "Money is in US dollars, rounded half away from zero to the cent. Totals are added up before rounding.",
        }
    }
}

/// A warning on one answer.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiWarning {
    pub field: &'static str,
    pub message: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiBurden {
    pub income: String,
    /// Income ÷ the poverty guideline × 100, to 2 places; `None` when size or state has none.
    pub poverty_pct: Option<String>,
    pub medical_share_pct: Option<Scenarios<String>>,
    pub out_of_pocket_share_pct: Option<Scenarios<String>>,
    pub flags: Scenarios<Flags>,
    pub sources: Vec<String>,
}

impl From<&Burden> for ApiBurden {
    fn from(burden: &Burden) -> Self {
        let percent = |values: &Scenarios<Decimal>| values.map(|v| format!("{:.2}", round_cents(*v)));
        Self {
            income: format!("{:.2}", round_cents(burden.income)),
            poverty_pct: burden
                .poverty
                .as_ref()
                .ok()
                .map(|p| format!("{:.2}", round_cents(p.percent))),
            medical_share_pct: burden.medical_share.as_ref().map(percent),
            out_of_pocket_share_pct: burden.out_of_pocket_share.as_ref().map(percent),
            flags: burden.flags,
            sources: burden.source_ids.clone(),
        }
    }
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiNote<'a> {
    pub id: NoteId,
    pub group: NoteGroup,
    pub text: String,
    pub sources: &'a [String],
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiPaidLeave<'a> {
    pub state: &'a str,
    pub program: &'a str,
    pub weeks: u32,
    pub rate_pct: Scenarios<String>,
    pub weekly_benefit: Scenarios<String>,
    /// What the leave pays toward the caregiver's lost pay.
    pub pays: Scenarios<String>,
    pub sources: &'a [String],
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiTaxDeduction<'a> {
    pub medical: Scenarios<String>,
    pub travel: Scenarios<String>,
    pub parking: Scenarios<String>,
    pub lodging: Scenarios<String>,
    pub counted: Scenarios<String>,
    pub floor_pct: String,
    pub floor: String,
    pub above_floor: Scenarios<String>,
    /// The tax year's standard deductions, which itemizing has to beat.
    pub standard_deduction: ApiStandardDeduction,
    /// Whether itemizing is likely to help, in words; null when nothing is above the floor.
    pub itemizing: Option<String>,
    pub sources: &'a [String],
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiStandardDeduction {
    pub year: i16,
    pub single: String,
    pub head_of_household: String,
    pub joint: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiAidPrograms<'a> {
    pub worth_applying: Vec<ApiAidFit<'a>>,
    pub likely_not: Vec<ApiAidFit<'a>>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiAidFit<'a> {
    pub id: &'a str,
    pub name: String,
    pub pays_for: String,
    pub check: Vec<String>,
    pub not_for_you: Vec<String>,
    pub sources: &'a [String],
    /// For programs worth applying for: the program's own page to apply or ask, and its phone
    /// lines; null where none was found.
    pub contact_url: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub spanish_phone: Option<&'a str>,
    /// Where the contact was read.
    pub contact_sources: &'a [String],
}

impl<'a> ApiAidFit<'a> {
    /// `with_contact`: programs worth applying for carry their contact, as on the page.
    fn new(fit: &'a AidFit, lang: Lang, with_contact: bool) -> Self {
        let given = |text: &'a str| Some(text).filter(|text| with_contact && !text.is_empty());
        Self {
            id: &fit.program.id,
            name: say(
                lang,
                &Text::data(format!("aid-{}-name", fit.program.id), &fit.program.name),
            ),
            pays_for: say(
                lang,
                &Text::data(format!("aid-{}-pays_for", fit.program.id), &fit.program.pays_for),
            ),
            check: fit.check.iter().map(|text| say(lang, text)).collect(),
            not_for_you: fit.not_for_you.iter().map(|text| say(lang, text)).collect(),
            sources: fit.program.source_ids.as_slice(),
            contact_url: given(&fit.program.contact_url),
            phone: given(&fit.program.phone),
            spanish_phone: given(&fit.program.spanish_phone),
            contact_sources: if with_contact {
                fit.program.contact_source_ids.as_slice()
            } else {
                &[]
            },
        }
    }
}

/// How one part of the care is paid, with the reason in the caller's language.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiCoverage<'a> {
    #[serde(flatten)]
    pub coverage: &'a PartCoverage,
    pub reason: String,
}

/// One journey count, with its words in the caller's language.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiJourneyStep<'a> {
    #[serde(flatten)]
    pub step: &'a JourneyStep,
    pub label: String,
    pub unit: String,
    pub note: String,
}

/// One money amount in whole cents.
pub(super) fn cents(amount: Decimal) -> String {
    format!("{:.2}", round_cents(amount))
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiMonth {
    /// With a start date: the calendar year and month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<i8>,
    /// Without a start date: the 30-day month counted from the first visit (1 is the first).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month_from_first_visit: Option<i64>,
    pub medical: String,
    pub living: String,
    pub lost_pay: String,
    pub total: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiCashFlow<'a> {
    pub phases: &'a [Phase],
    pub months: Vec<ApiMonth>,
    pub home: JourneyDay,
    pub up_front_spending: String,
    pub benefit_later: String,
    pub up_front_lost_pay: String,
    pub leave_later: String,
    pub sources: &'a [String],
}

impl<'a> From<&'a CashFlow> for ApiCashFlow<'a> {
    fn from(flow: &'a CashFlow) -> Self {
        Self {
            phases: &flow.phases,
            months: flow
                .months
                .iter()
                .map(|m| ApiMonth {
                    year: match m.month {
                        MonthOf::Calendar { year, .. } => Some(year),
                        MonthOf::FromFirstVisit(_) => None,
                    },
                    month: match m.month {
                        MonthOf::Calendar { month, .. } => Some(month),
                        MonthOf::FromFirstVisit(_) => None,
                    },
                    month_from_first_visit: match m.month {
                        MonthOf::Calendar { .. } => None,
                        MonthOf::FromFirstVisit(n) => Some(n),
                    },
                    medical: cents(m.medical),
                    living: cents(m.living),
                    lost_pay: cents(m.lost_pay),
                    total: cents(m.total),
                })
                .collect(),
            home: flow.home,
            up_front_spending: cents(flow.up_front_spending),
            benefit_later: cents(flow.benefit_later),
            up_front_lost_pay: cents(flow.up_front_lost_pay),
            leave_later: cents(flow.leave_later),
            sources: &flow.source_ids,
        }
    }
}
