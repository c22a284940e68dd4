//! View models: what each page prints, prepared in Rust so templates only lay it out.
//! Money stays `Decimal` here and is formatted by the template filters.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::aid::AidFit;
use crate::core::burden::{Burden, NoPovertyLevel};
use crate::core::cash_flow::CashFlow;
use crate::core::choices::{
    Cells, Condition, CoverageTier, InsuranceType, Lodging, PriceBasis, Route, TravelMode, US_STATES, YesNo, state_name,
};
use crate::core::coverage::{Figure, Plan, PlanTerms};
use crate::core::estimate::{Category, Estimate, LineId, LineItem, Payer, Totals};
use crate::core::input::{FieldErrors, Input, PIN_RANGES, RawInput};
use crate::core::money::{format_number, format_usd, format_usd_short};
use crate::core::scenarios::Scenarios;
use crate::core::sensitivity::{AskWhom, Lever, what_would_change};
use crate::core::tables::{AdvocateTopic, CarePart, CoverageStatus, NoteGroup, NoteId};
use crate::core::tables::{Quality, Source, Tables, UnitCostId};
use crate::core::tax::TaxDeduction;
use crate::core::who_pays::{Answer, PartCoverage, PlanYear, Resolved};
use crate::i18n::Lang;

/// An option of a select or radio group.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

fn choices<T: Copy>(all: &[T], id: fn(T) -> &'static str, label: fn(T) -> &'static str) -> Vec<Choice> {
    all.iter()
        .map(|c| Choice {
            id: id(*c).to_string(),
            label: label(*c).to_string(),
        })
        .collect()
}

/// Everything the form's selects and radios offer.
#[derive(Debug, Clone, Serialize)]
pub struct FormOptions {
    pub conditions: Vec<Choice>,
    pub routes: Vec<Choice>,
    pub cells: Vec<Choice>,
    pub price_bases: Vec<Choice>,
    pub centers: Vec<Choice>,
    pub states: Vec<Choice>,
    pub travel_modes: Vec<Choice>,
    pub lodgings: Vec<Choice>,
    pub insurances: Vec<Choice>,
    pub coverage_tiers: Vec<Choice>,
    pub yes_no: Vec<Choice>,
}

impl FormOptions {
    pub fn new(tables: &Tables, lang: Lang) -> Self {
        let _ = lang;
        let mut centers: Vec<Choice> = tables
            .centers()
            .iter()
            .map(|c| Choice {
                id: c.id.clone(),
                label: c.display_name(),
            })
            .collect();
        // Alphabetical by city, with "a center not listed" last.
        centers.sort_by_key(|c| (c.id == "other", c.label.clone()));
        Self {
            conditions: choices(Condition::ALL, Condition::id, Condition::label),
            routes: choices(Route::ALL, Route::id, Route::label),
            cells: choices(Cells::ALL, Cells::id, Cells::label),
            price_bases: choices(PriceBasis::ALL, PriceBasis::id, PriceBasis::label),
            centers,
            states: US_STATES
                .iter()
                .map(|(code, name)| Choice {
                    id: code.to_string(),
                    label: name.to_string(),
                })
                .collect(),
            travel_modes: choices(TravelMode::ALL, TravelMode::id, TravelMode::label),
            lodgings: choices(Lodging::ALL, Lodging::id, Lodging::label),
            insurances: choices(InsuranceType::ALL, InsuranceType::id, InsuranceType::label),
            coverage_tiers: choices(CoverageTier::ALL, CoverageTier::id, CoverageTier::label),
            yes_no: choices(YesNo::ALL, YesNo::id, YesNo::label),
        }
    }
}

/// A journey count the user may pin, with its usual range as a hint.
#[derive(Debug, Clone, Serialize)]
pub struct PinView {
    pub name: &'static str,
    pub label: String,
    pub unit: String,
    pub low: u32,
    pub typical: u32,
    pub high: u32,
    pub min: u32,
    pub max: u32,
}

/// A link from the error summary to the wrong field.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorLink {
    pub field: String,
    pub message: String,
}

/// Sourced figures shown as hints beside fields.
#[derive(Debug, Clone, Serialize)]
pub struct FormHints {
    pub median_weekly_pay: Option<Decimal>,
    pub employer_deductible: Decimal,
    pub employer_coinsurance_pct: Decimal,
    pub aca_oop_max: Decimal,
    pub typical_travel_benefit: Decimal,
    pub travel_benefit_min_miles: Decimal,
}

#[derive(Debug, Clone, Serialize)]
pub struct FormView<'a> {
    pub form: &'a RawInput,
    pub errors: &'a FieldErrors,
    pub error_summary: Vec<ErrorLink>,
    pub options: FormOptions,
    pub pins: Vec<PinView>,
    pub hints: FormHints,
}

/// The order fields appear on the form, so the error summary follows it.
const FORM_ORDER: [&str; 37] = [
    "body",
    "condition",
    "route",
    "cells",
    "center",
    "home_state",
    "distance_miles",
    "travel_mode",
    "lodging",
    "lodging_rate",
    "caregivers",
    "caregiver_weekly_pay",
    "caregiver_paid_leave_days",
    "caregiver_work_state",
    "patient_weekly_pay",
    "patient_paid_leave_days",
    "child_care_per_day",
    "pets",
    "household_size",
    "household_income",
    "insurance",
    "in_network",
    "coverage_tier",
    "medicare_supplement",
    "travel_benefit",
    "deductible",
    "coinsurance_pct",
    "oop_max",
    "start_date",
    "evaluation_trips",
    "manufacturing_weeks",
    "conditioning_nights",
    "hospital_days",
    "nearby_days",
    "recovery_weeks",
    "follow_up_visits",
    "prophylaxis_months",
];

impl<'a> FormView<'a> {
    pub fn new(tables: &Tables, lang: Lang, form: &'a RawInput, errors: &'a FieldErrors) -> Self {
        let mut fields: Vec<&str> = errors.fields().collect();
        fields.sort_by_key(|f| FORM_ORDER.iter().position(|o| o == f).unwrap_or(FORM_ORDER.len()));
        let error_summary = fields
            .into_iter()
            .flat_map(|field| {
                errors
                    .get(field)
                    .unwrap_or_default()
                    .iter()
                    .map(move |message| ErrorLink {
                        field: field.to_string(),
                        message: message.clone(),
                    })
            })
            .collect();
        let pins = PIN_RANGES
            .iter()
            .map(|(param, min, max, _)| {
                let row = tables.journey(*param);
                PinView {
                    name: pin_name(*param),
                    label: row.label.clone(),
                    unit: row.unit.clone(),
                    low: row.low,
                    typical: row.typical,
                    high: row.high,
                    min: *min,
                    max: *max,
                }
            })
            .collect();
        let presets = tables.insurance_presets();
        Self {
            form,
            errors,
            error_summary,
            options: FormOptions::new(tables, lang),
            pins,
            hints: FormHints {
                median_weekly_pay: tables.unit_cost(UnitCostId::MedianWeeklyPay).typical,
                employer_deductible: presets.employer.deductible.value,
                employer_coinsurance_pct: presets.employer.coinsurance_pct.value,
                aca_oop_max: presets.employer.oop_max.value,
                typical_travel_benefit: tables.travel_benefit_terms().typical_episode_max,
                travel_benefit_min_miles: tables.travel_benefit_terms().min_distance_miles,
            },
        }
    }
}

fn pin_name(param: crate::core::tables::JourneyParam) -> &'static str {
    use crate::core::tables::JourneyParam as P;
    match param {
        P::EvaluationTrips => "evaluation_trips",
        P::CollectionTrips => "collection_trips",
        P::ManufacturingWeeks => "manufacturing_weeks",
        P::ConditioningNights => "conditioning_nights",
        P::HospitalDays => "hospital_days",
        P::NearbyDays => "nearby_days",
        P::RecoveryWeeks => "recovery_weeks",
        P::FollowUpVisits => "follow_up_visits",
        P::FollowUpYears => "follow_up_years",
        P::ProphylaxisMonths => "prophylaxis_months",
        P::TocilizumabDoses => "tocilizumab_doses",
    }
}

/// A source as listed on a page, numbered in order of first use.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub number: usize,
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    pub published: String,
    pub retrieved: String,
    pub quality: Quality,
    pub quality_label: &'static str,
    pub note: String,
}

impl SourceView {
    pub fn new(number: usize, source: &Source) -> Self {
        Self {
            number,
            id: source.id.clone(),
            title: source.title.clone(),
            publisher: source.publisher.clone(),
            url: source.url.clone(),
            published: source.published.clone(),
            retrieved: source.retrieved.clone(),
            quality: source.quality,
            quality_label: match source.quality {
                Quality::Primary => "Primary source",
                Quality::Secondary => "Reported by a secondary source",
                Quality::Assumption => "Assumption",
            },
            note: source.note.clone(),
        }
    }
}

/// A numbered reference to a source from a line or figure.
#[derive(Debug, Clone, Serialize)]
pub struct SourceRef {
    pub number: usize,
    pub assumption: bool,
}

/// Numbers sources in order of first use and turns id lists into references.
struct SourceNumbers<'a> {
    tables: &'a Tables,
    order: Vec<String>,
}

impl SourceNumbers<'_> {
    /// References in number order, so a line reads "[1, 6, 9*]".
    fn refs(&self, ids: &[String]) -> Vec<SourceRef> {
        let mut refs: Vec<SourceRef> = ids
            .iter()
            .filter_map(|id| {
                let number = self.order.iter().position(|o| o == id)? + 1;
                let assumption = self.tables.source(id).is_some_and(|s| s.quality == Quality::Assumption);
                Some(SourceRef { number, assumption })
            })
            .collect();
        refs.sort_by_key(|r| r.number);
        refs.dedup_by_key(|r| r.number);
        refs
    }

    fn views(&self) -> Vec<SourceView> {
        self.order
            .iter()
            .enumerate()
            .filter_map(|(index, id)| self.tables.source(id).map(|s| SourceView::new(index + 1, s)))
            .collect()
    }
}

/// What one payer pays of a line, typical scenario.
#[derive(Debug, Clone, Serialize)]
pub struct PayerAmount {
    pub who: &'static str,
    pub typical: Decimal,
}

#[derive(Debug, Clone, Serialize)]
pub struct LineView {
    pub id: String,
    pub label: String,
    pub basis: String,
    pub payer_text: String,
    pub payer_reason: String,
    /// Each payer's typical share, when more than one pays.
    pub split: Vec<PayerAmount>,
    pub cost: Option<Scenarios<Decimal>>,
    pub family_pays: Option<Scenarios<Decimal>>,
    pub question: Option<String>,
    pub sources: Vec<SourceRef>,
    pub uses_assumption: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct LineGroup {
    pub title: &'static str,
    pub intro: &'static str,
    pub lines: Vec<LineView>,
    /// The family's share of this group, for the group's last row.
    pub family_total: Scenarios<Decimal>,
}

/// "Label: value" facts about the household, for the page and for print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub label: &'static str,
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanFigureView {
    pub label: &'static str,
    pub explanation: &'static str,
    pub value: String,
    pub origin: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanView {
    pub name: &'static str,
    pub summary: String,
    pub figures: Vec<PlanFigureView>,
    /// Set when the center is out of network: what that means and what to ask for.
    pub out_of_network: bool,
    pub network_sources: Vec<SourceRef>,
}

/// A note for this family, with its sources.
#[derive(Debug, Clone, Serialize)]
pub struct NoteView {
    pub id: NoteId,
    pub text: String,
    pub sources: Vec<SourceRef>,
}

/// The notes of one group.
#[derive(Debug, Clone, Serialize)]
pub struct NoteGroupView {
    pub title: &'static str,
    pub notes: Vec<NoteView>,
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
    pub sources: Vec<SourceRef>,
}

/// An aid program and how it fits the family.
#[derive(Debug, Clone, Serialize)]
pub struct AidView {
    pub name: String,
    pub pays_for: String,
    pub limits: String,
    pub how_to_apply: String,
    pub check: Vec<String>,
    /// Why it likely does not fit, to follow "because": "it is only for people with cancer."
    pub because: String,
    pub last_checked: String,
    pub sources: Vec<SourceRef>,
}

/// Who pays one part of the care, and why.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageView {
    pub part: &'static str,
    pub who: &'static str,
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
    pub plan_years: Vec<PlanYear>,
}

#[derive(Debug, Clone, Serialize)]
pub struct JourneyView {
    pub label: String,
    pub unit: String,
    pub counts: Scenarios<u32>,
    pub pinned: bool,
    pub skipped: bool,
    pub note: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnpricedView {
    pub label: String,
    pub question: String,
}

/// One coloured part of a bar: a category of the family's costs in one scenario.
#[derive(Debug, Clone, Serialize)]
pub struct ChartSegment {
    /// CSS class that colours it.
    pub class: &'static str,
    pub x: Decimal,
    pub width: Decimal,
}

/// One scenario's bar.
#[derive(Debug, Clone, Serialize)]
pub struct ChartBar {
    pub label: &'static str,
    pub y: u32,
    /// The baseline of the bar's texts.
    pub text_y: u32,
    pub segments: Vec<ChartSegment>,
    pub total: Decimal,
    /// Where the total's text goes, just past the bar.
    pub total_x: Decimal,
}

/// The family's costs by category for low, typical and high, as an SVG bar chart; every
/// coordinate is worked out here so the template only places them.
#[derive(Debug, Clone, Serialize)]
pub struct ChartView {
    pub bars: Vec<ChartBar>,
    /// The chart's text alternative.
    pub description: String,
}

/// Chart geometry, in SVG user units.
const CHART_LABEL_WIDTH: u32 = 80;
const CHART_BAR_SPACE: u32 = 420;
const CHART_ROW_HEIGHT: u32 = 40;

impl ChartView {
    pub fn new(totals: &Totals) -> Self {
        let largest = totals.family_total.high.max(Decimal::ONE);
        let scale = Decimal::from(CHART_BAR_SPACE) / largest;
        let width = |amount: Decimal| (amount.max(Decimal::ZERO) * scale).round_dp(1);
        let bars = [
            (
                "Low",
                totals.family_medical.low,
                totals.non_medical.low,
                totals.lost_income.low,
                totals.family_total.low,
            ),
            (
                "Typical",
                totals.family_medical.typical,
                totals.non_medical.typical,
                totals.lost_income.typical,
                totals.family_total.typical,
            ),
            (
                "High",
                totals.family_medical.high,
                totals.non_medical.high,
                totals.lost_income.high,
                totals.family_total.high,
            ),
        ]
        .into_iter()
        .enumerate()
        .map(|(row, (label, medical, non_medical, lost, total))| {
            let mut x = Decimal::from(CHART_LABEL_WIDTH);
            let segments = [("seg-medical", medical), ("seg-living", non_medical), ("seg-pay", lost)]
                .into_iter()
                .map(|(class, amount)| {
                    let segment = ChartSegment {
                        class,
                        x,
                        width: width(amount),
                    };
                    x += segment.width;
                    segment
                })
                .collect();
            let y = 10 + u32::try_from(row).unwrap_or(0) * CHART_ROW_HEIGHT;
            ChartBar {
                label,
                y,
                text_y: y + 19,
                segments,
                total,
                total_x: x + Decimal::from(6),
            }
        })
        .collect();
        let part = |name: &str, amounts: &Scenarios<Decimal>| {
            format!(
                "{name} {} (low {}, high {})",
                format_usd(amounts.typical),
                format_usd(amounts.low),
                format_usd(amounts.high)
            )
        };
        let description = format!(
            "Your family's costs in the typical estimate: {}; {}; {}. Total {} (low {}, high {}).",
            part("medical bills", &totals.family_medical),
            part("travel, lodging, food and care at home", &totals.non_medical),
            part("lost pay", &totals.lost_income),
            format_usd(totals.family_total.typical),
            format_usd(totals.family_total.low),
            format_usd(totals.family_total.high),
        );
        Self { bars, description }
    }
}

/// Links that reproduce the estimate. They leave out income and household size unless the
/// user asked to include them, so a link passed on does not carry the family's income.
#[derive(Debug, Clone, Serialize)]
pub struct ShareLinks {
    /// `/estimate?…`: this estimate.
    pub estimate: String,
    /// `/?…`: the form, filled in with these answers.
    pub form: String,
    pub csv: String,
    pub json: String,
    /// `/estimate/print?…`: the printable summary.
    pub print: String,
    pub includes_income: bool,
    /// True when income or household size was entered (so there is something to include).
    pub has_income: bool,
}

/// The answers a link leaves out unless the user ticks "include income".
pub const INCOME_FIELDS: [&str; 2] = ["household_size", "household_income"];

impl ShareLinks {
    pub fn new(raw: &RawInput, include_income: bool) -> Self {
        let answers = hidden_answers(raw);
        let has_income = answers.iter().any(|a| INCOME_FIELDS.contains(&a.name));
        let shared: Vec<&HiddenField> = answers
            .iter()
            .filter(|a| include_income || !INCOME_FIELDS.contains(&a.name))
            .collect();
        let query = {
            let mut serializer = form_urlencoded::Serializer::new(String::new());
            for answer in &shared {
                serializer.append_pair(answer.name, &answer.value);
            }
            serializer.finish()
        };
        Self {
            estimate: format!("/estimate?{query}"),
            form: format!("/?{query}"),
            csv: format!("/estimate.csv?{query}"),
            json: format!("/estimate.json?{query}"),
            print: format!("/estimate/print?{query}"),
            includes_income: include_income && has_income,
            has_income,
        }
    }
}

/// A hidden form field that carries an answer to "Change your answers".
#[derive(Debug, Clone, Serialize)]
pub struct HiddenField {
    pub name: &'static str,
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EstimateView {
    pub heading: String,
    pub totals: Totals,
    pub groups: Vec<LineGroup>,
    pub unpriced: Vec<UnpricedView>,
    pub situation: Vec<Fact>,
    pub plan: PlanView,
    pub coverage: Vec<CoverageView>,
    pub alternatives: Vec<AlternativeView>,
    /// Out of network: the family's totals with a single-case agreement.
    pub with_agreement: Option<Totals>,
    pub plan_years: Vec<PlanYear>,
    pub plan_years_rule: String,
    pub benefit_note: Option<String>,
    pub burden: Option<BurdenView>,
    pub notes: Vec<NoteGroupView>,
    pub leave: Option<LeaveView>,
    pub tax: Option<TaxView>,
    pub aid_worth_applying: Vec<AidView>,
    pub aid_likely_not: Vec<AidView>,
    /// True when the plan's deductible or coinsurance is our worst-case stand-in.
    pub assumed_plan: bool,
    pub journey: Vec<JourneyView>,
    pub sources: Vec<SourceView>,
    pub has_assumptions: bool,
    pub trial: bool,
    pub answers: Vec<HiddenField>,
    pub share: ShareLinks,
    pub chart: ChartView,
    /// The lines that cost the family most (typical), largest first, for the printed summary.
    pub top_lines: Vec<TopLine>,
    /// The answers that move the family's total most, with the question that settles each.
    pub levers: Vec<LeverView>,
    /// Choices for the "compare with another choice" form.
    pub options: FormOptions,
    /// The answers a comparison carries (income left out), and the current value of each
    /// answer the comparison form lets the user change.
    pub compare_answers: Vec<HiddenField>,
    pub compare_now: CompareNow,
    pub cash_flow: Option<CashFlowView>,
    pub made_on: String,
    pub data_as_of: String,
    pub app_version: &'static str,
}

/// The current answers the comparison form starts from.
#[derive(Debug, Clone, Serialize)]
pub struct CompareNow {
    pub center: String,
    pub distance_miles: String,
    pub route: &'static str,
    pub travel_mode: &'static str,
    pub lodging: &'static str,
    pub lodging_rate: String,
}

/// A dated phase of the journey.
#[derive(Debug, Clone, Serialize)]
pub struct PhaseView {
    pub label: &'static str,
    pub first: String,
    pub last: String,
}

/// One month of money out.
#[derive(Debug, Clone, Serialize)]
pub struct MonthView {
    /// "March 2027".
    pub label: String,
    pub medical: Decimal,
    pub living: Decimal,
    pub lost_pay: Decimal,
    pub total: Decimal,
}

/// The journey on the calendar and the family's money out by month.
#[derive(Debug, Clone, Serialize)]
pub struct CashFlowView {
    pub phases: Vec<PhaseView>,
    pub months: Vec<MonthView>,
    /// The sums over all months.
    pub total: MonthView,
    pub home: String,
    pub up_front_spending: Decimal,
    /// What a travel benefit pays back later, when it does.
    pub benefit_later: Option<Decimal>,
    /// Pay lost before going home, when any is.
    pub up_front_lost_pay: Option<Decimal>,
    /// What state paid leave replaces later, when it does.
    pub leave_later: Option<Decimal>,
    /// The month with the family's largest medical bills, if any.
    pub largest_bill: Option<MonthView>,
    pub sources: Vec<SourceRef>,
}

/// "March 2, 2027".
fn long_date(date: jiff::civil::Date) -> String {
    date.strftime("%B %-d, %Y").to_string()
}

fn cash_flow_view(flow: &CashFlow, numbers: &SourceNumbers<'_>) -> CashFlowView {
    let months: Vec<MonthView> = flow
        .months
        .iter()
        .map(|m| MonthView {
            label: jiff::civil::date(m.year, m.month, 1).strftime("%B %Y").to_string(),
            medical: m.medical,
            living: m.living,
            lost_pay: m.lost_pay,
            total: m.total,
        })
        .collect();
    CashFlowView {
        phases: flow
            .phases
            .iter()
            .map(|p| PhaseView {
                label: p.label,
                first: long_date(p.first),
                last: long_date(p.last),
            })
            .collect(),
        total: MonthView {
            label: "All months".to_string(),
            medical: flow.total.medical,
            living: flow.total.living,
            lost_pay: flow.total.lost_pay,
            total: flow.total.total,
        },
        largest_bill: months
            .iter()
            .filter(|m| m.medical > Decimal::ZERO)
            .max_by_key(|m| m.medical)
            .cloned(),
        months,
        home: long_date(flow.home),
        up_front_spending: flow.up_front_spending,
        benefit_later: Some(flow.benefit_later).filter(|a| !a.is_zero()),
        up_front_lost_pay: Some(flow.up_front_lost_pay).filter(|a| !a.is_zero()),
        leave_later: Some(flow.leave_later).filter(|a| !a.is_zero()),
        sources: numbers.refs(&flow.source_ids),
    }
}

/// One answer that moves the total.
#[derive(Debug, Clone, Serialize)]
pub struct LeverView {
    pub what: String,
    pub from: String,
    pub to: String,
    pub total_from: Decimal,
    pub total_to: Decimal,
    pub swing: Decimal,
    /// "the trial coordinator", "your insurer" and the like.
    pub ask: &'static str,
    pub question: &'static str,
}

impl From<Lever> for LeverView {
    fn from(lever: Lever) -> Self {
        Self {
            ask: match lever.ask {
                AskWhom::TrialCoordinator => "the trial coordinator (study team)",
                AskWhom::CareTeam => "the care team",
                AskWhom::Insurer => "your insurer, and the center's financial counselor",
                AskWhom::SocialWorker => "the center's social worker",
            },
            what: lever.what,
            from: lever.from,
            to: lever.to,
            total_from: lever.total_from,
            total_to: lever.total_to,
            swing: lever.swing,
            question: lever.question,
        }
    }
}

/// A line and what the family pays of it, typical.
#[derive(Debug, Clone, Serialize)]
pub struct TopLine {
    pub label: String,
    pub family_typical: Decimal,
}

/// How many lines the printed summary lists.
const TOP_LINES: usize = 5;

fn top_lines(estimate: &Estimate) -> Vec<TopLine> {
    let mut lines: Vec<TopLine> = estimate
        .lines
        .iter()
        .filter_map(|line| {
            let family_typical = line.family_pays?.typical;
            (family_typical > Decimal::ZERO).then(|| TopLine {
                label: line.label.clone(),
                family_typical,
            })
        })
        .collect();
    // Stable: equal amounts keep the page's line order.
    lines.sort_by_key(|line| std::cmp::Reverse(line.family_typical));
    lines.truncate(TOP_LINES);
    lines
}

impl EstimateView {
    pub fn new(
        tables: &Tables,
        lang: Lang,
        raw: &RawInput,
        input: &Input<'_>,
        estimate: &Estimate,
        made_on: String,
        include_income: bool,
    ) -> Self {
        let numbers = SourceNumbers {
            tables,
            order: estimate.source_ids(),
        };
        let line_view = |line: &LineItem| {
            let sources = numbers.refs(&line.sources);
            LineView {
                id: serde_json::to_value(line.id)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                label: line.label.clone(),
                basis: line.basis.clone(),
                payer_text: payer_text(&line.payer),
                payer_reason: line.payer_reason.clone(),
                split: payer_split(line),
                cost: line.cost,
                family_pays: line.family_pays,
                question: line.question.clone(),
                uses_assumption: sources.iter().any(|s| s.assumption),
                sources,
            }
        };
        let group = |category: Category, title: &'static str, intro: &'static str, family_total: Scenarios<Decimal>| {
            LineGroup {
                title,
                intro,
                lines: estimate
                    .lines
                    .iter()
                    .filter(|l| l.category == category)
                    .map(line_view)
                    .collect(),
                family_total,
            }
        };
        let t = &estimate.totals;
        let groups = vec![
            group(
                Category::Medical,
                "Medical care",
                "Bills for the cells, the hospital, medicines and follow-up care.",
                t.family_medical,
            ),
            group(
                Category::NonMedical,
                "Travel, lodging, food and care at home",
                "Costs of being away from home, which health plans rarely pay.",
                t.non_medical,
            ),
            group(
                Category::LostIncome,
                "Lost pay",
                "Pay lost while away from work or recovering.",
                t.lost_income,
            ),
        ];
        let unpriced = estimate
            .lines
            .iter()
            .filter(|l| l.cost.is_none())
            .map(|l| UnpricedView {
                label: l.label.clone(),
                question: l.question.clone().unwrap_or_default(),
            })
            .collect();
        let journey: Vec<JourneyView> = estimate
            .journey
            .steps
            .iter()
            .map(|step| JourneyView {
                label: step.label.clone(),
                unit: step.unit.clone(),
                counts: step.counts,
                pinned: step.pinned,
                skipped: step.skipped,
                note: step.note.clone(),
                sources: numbers.refs(&step.sources.0),
            })
            .collect();
        let coverage = estimate
            .coverage
            .iter()
            .map(|c| coverage_view(c, estimate, &numbers))
            .collect();
        let alternatives = estimate
            .alternatives
            .iter()
            .map(|alt| AlternativeView {
                condition: alternative_condition(&estimate.coverage, alt.answer),
                totals: alt.totals,
                plan_years: alt.plan_years.clone(),
            })
            .collect();
        let plan_years_rule = match input.start_date() {
            Some(_) => {
                "Each plan year is a calendar year, as most plans are (an assumption: check when your plan year starts). Deductibles and yearly limits start again each plan year."
            }
            None => {
                "Without a start date, we count the first plan year from the first day of treatment, then 365 days at a time (an assumption). Enter a start date to see calendar years: a stay over New Year can mean two deductibles."
            }
        };
        let plan_years_rule = format!(
            "{plan_years_rule} Later years use this year's plan figures, because later ones are not published yet."
        );
        let benefit_note = benefit_note(estimate);
        let sources = numbers.views();
        Self {
            heading: format!(
                "{} treated at {}",
                input.condition().label(),
                input.center().display_name()
            ),
            totals: estimate.totals,
            groups,
            unpriced,
            situation: situation(input),
            plan: plan_view(&estimate.plan, &estimate.coverage, &numbers),
            coverage,
            alternatives,
            with_agreement: estimate.with_agreement,
            plan_years: estimate.plan_years.clone(),
            plan_years_rule,
            benefit_note,
            burden: estimate
                .burden
                .as_ref()
                .map(|b| burden_view(b, tables, input, &numbers)),
            notes: note_groups(estimate, &numbers),
            leave: leave_view(estimate, &numbers),
            tax: estimate.tax.as_ref().map(|deduction| TaxView {
                deduction: deduction.clone(),
                mileage_cents: deduction.medical_mileage * Decimal::ONE_HUNDRED,
                exceeds_income: input
                    .household_income()
                    .is_some_and(|income| deduction.above_floor.typical > income),
                helps: deduction.helps(),
                sources: numbers.refs(&deduction.source_ids),
            }),
            aid_worth_applying: estimate
                .aid
                .worth_applying
                .iter()
                .map(|f| aid_view(f, &numbers))
                .collect(),
            aid_likely_not: estimate.aid.likely_not.iter().map(|f| aid_view(f, &numbers)).collect(),
            assumed_plan: matches!(
                &estimate.plan.terms,
                PlanTerms::Standard { deductible, coinsurance_pct, .. } if deductible.assumed || coinsurance_pct.assumed
            ),
            journey,
            has_assumptions: sources.iter().any(|s| s.quality == Quality::Assumption),
            sources,
            trial: input.route() == Route::Trial,
            answers: hidden_answers(raw),
            share: ShareLinks::new(raw, include_income),
            chart: ChartView::new(&estimate.totals),
            top_lines: top_lines(estimate),
            options: FormOptions::new(tables, lang),
            cash_flow: estimate.cash_flow.as_ref().map(|flow| cash_flow_view(flow, &numbers)),
            compare_now: CompareNow {
                center: input.center().id.clone(),
                distance_miles: raw.distance_miles.trim().to_string(),
                route: input.route().id(),
                travel_mode: input.travel_mode().id(),
                lodging: input.lodging().id(),
                lodging_rate: raw.lodging_rate.trim().to_string(),
            },
            compare_answers: hidden_answers(raw)
                .into_iter()
                .filter(|a| !INCOME_FIELDS.contains(&a.name))
                .collect(),
            levers: what_would_change(tables, raw, input, estimate)
                .into_iter()
                .map(LeverView::from)
                .collect(),
            made_on,
            data_as_of: tables.data_as_of().to_string(),
            app_version: env!("CARGO_PKG_VERSION"),
        }
    }
}

fn payer_name(payer: Payer) -> &'static str {
    match payer {
        Payer::Sponsor => "Trial sponsor",
        Payer::Insurer => "Insurance",
        Payer::TravelBenefit => "Travel benefit",
        Payer::MedicaidTransport => "Medicaid rides",
        Payer::StatePaidLeave => "State paid leave",
        Payer::Family => "Your family",
    }
}

/// The payer as named mid-sentence, after "then".
fn payer_name_after(payer: Payer) -> &'static str {
    match payer {
        Payer::Sponsor => "the trial sponsor",
        Payer::Insurer => "insurance",
        Payer::TravelBenefit => "the travel benefit",
        Payer::MedicaidTransport => "Medicaid rides",
        Payer::StatePaidLeave => "state paid leave",
        Payer::Family => "your family",
    }
}

fn payer_text(payers: &[Payer]) -> String {
    match payers {
        [] => "Ask (see below)".to_string(),
        [Payer::Insurer, Payer::Family] => "Insurance, then your family's share".to_string(),
        [first, rest @ ..] => {
            let mut text = payer_name(*first).to_string();
            for payer in rest {
                text.push_str(", then ");
                text.push_str(payer_name_after(*payer));
            }
            text
        }
    }
}

/// Each payer's typical amount, when a line is shared.
fn payer_split(line: &LineItem) -> Vec<PayerAmount> {
    if line.payer.len() < 2 {
        return Vec::new();
    }
    let typical = |amounts: &Option<Scenarios<Decimal>>| amounts.map_or(Decimal::ZERO, |a| a.typical);
    line.payer
        .iter()
        .map(|payer| PayerAmount {
            who: payer_name(*payer),
            typical: match payer {
                Payer::Sponsor => typical(&line.sponsor_pays),
                Payer::Insurer => typical(&line.insurer_pays),
                Payer::TravelBenefit | Payer::MedicaidTransport | Payer::StatePaidLeave => typical(&line.benefit_pays),
                Payer::Family => typical(&line.family_pays),
            },
        })
        .collect()
}

fn part_name(part: CarePart) -> &'static str {
    match part {
        CarePart::Cells => "The CAR-T cells",
        CarePart::Treatment => "The treatment stay (chemotherapy, hospital, side effects)",
        CarePart::Ongoing => "Care after treatment (follow-up, medicines)",
        CarePart::Travel => "Getting to the center",
    }
}

fn note_groups(estimate: &Estimate, numbers: &SourceNumbers<'_>) -> Vec<NoteGroupView> {
    NoteGroup::ALL
        .iter()
        .map(|&group| NoteGroupView {
            title: match group {
                NoteGroup::AboutTheTreatment => "About the treatment",
                NoteGroup::Insurance => "Insurance",
                NoteGroup::MoneyHelp => "Help with money",
                NoteGroup::WorkCaregiving => "Work and caregiving",
                NoteGroup::AccessEquity => "Getting care, and help for your disease",
            },
            notes: estimate
                .notes
                .iter()
                .filter(|n| n.group == group)
                .map(|n| NoteView {
                    id: n.id,
                    text: n.text.clone(),
                    sources: numbers.refs(&n.source_ids.0),
                })
                .collect(),
        })
        .filter(|g| !g.notes.is_empty())
        .collect()
}

fn leave_view(estimate: &Estimate, numbers: &SourceNumbers<'_>) -> Option<LeaveView> {
    let program = estimate.leave_program.as_ref()?;
    let state = state_name(&program.state).unwrap_or(&program.state);
    let summary = match &estimate.paid_leave {
        Some(leave) => {
            let capped = if leave.capped {
                format!(
                    " At the caregiver's pay this is held to the weekly maximum of {}.",
                    format_usd(leave.weekly_max)
                )
            } else {
                String::new()
            };
            format!(
                "The caregiver works in {state}. The state's paid family leave program, {}, pays part of a worker's pay while they care for family: here about {} a week for up to {}.{capped} We use the weekly maximum for {}; states often raise it. We have taken the leave off the caregiver's lost pay. The caregiver must qualify and apply.",
                program.program,
                format_usd(leave.weekly_benefit.typical),
                if leave.weeks == 1 {
                    "1 week".to_string()
                } else {
                    format!("{} weeks", leave.weeks)
                },
                leave.max_as_of,
            )
        }
        None => format!(
            "The caregiver works in {state}, which has a paid family leave program, {}. We have no benefit figures we can count for it, so it is not taken off the caregiver's lost pay. Ask the state's paid leave office.",
            program.program
        ),
    };
    Some(LeaveView {
        summary,
        pays: estimate.paid_leave.as_ref().map(|l| l.pays),
        note: program.note.clone(),
        sources: numbers.refs(&program.source_ids.0),
    })
}

fn aid_view(fit: &AidFit, numbers: &SourceNumbers<'_>) -> AidView {
    AidView {
        name: fit.program.name.clone(),
        pays_for: fit.program.pays_for.clone(),
        limits: fit.program.limits.clone(),
        how_to_apply: fit.program.how_to_apply.clone(),
        check: fit.check.clone(),
        because: because(&fit.not_for_you),
        last_checked: fit.program.last_checked.clone(),
        sources: numbers.refs(&fit.program.source_ids.0),
    }
}

/// The reasons as one run of text after "because": the first lowercased, the rest after "Also,".
fn because(reasons: &[String]) -> String {
    let lower_first = |text: &str| {
        let mut chars = text.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_lowercase().chain(chars).collect::<String>()
        })
    };
    reasons
        .iter()
        .enumerate()
        .map(|(index, reason)| {
            if index == 0 {
                lower_first(reason)
            } else {
                format!("Also, {}", lower_first(reason))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn burden_view(burden: &Burden, tables: &Tables, input: &Input<'_>, numbers: &SourceNumbers<'_>) -> BurdenView {
    let thresholds = tables.burden_thresholds();
    let poverty_text = match &burden.poverty {
        Ok(level) => format!(
            "Your income is {}% of the {} federal poverty guideline for a household of {} ({} a year).",
            format_number(level.percent, 0),
            level.year,
            input.household_size().unwrap_or(1),
            format_usd(level.guideline)
        ),
        Err(NoPovertyLevel::NotEntered) => {
            "Enter how many people are in the household to compare your income with the federal poverty guideline."
                .to_string()
        }
        Err(NoPovertyLevel::NoGuidelineForSize) => format!(
            "{} has its own federal poverty guideline, and we could not find its 2026 figure for a household of {}, so we can't show your income as a percent of it. Hospitals and aid programs will look it up for you.",
            state_name(input.home_state()).unwrap_or(input.home_state()),
            input.household_size().unwrap_or(1)
        ),
        Err(NoPovertyLevel::NoGuidelineForState) => {
            "We have no federal poverty guideline for your home state, so we can't show your income as a percent of it."
                .to_string()
        }
    };
    let mut findings = Vec::new();
    let typical = burden.flags.typical;
    let high = burden.flags.high;
    if typical.severe {
        findings.push("In the typical estimate, your share of medical bills is 25% of your income or more. Health agencies (WHO and the World Bank) call this severe, catastrophic health spending.".to_string());
    } else if typical.catastrophic {
        findings.push("In the typical estimate, your share of medical bills is 10% of your income or more. Health agencies (WHO and the World Bank) call this catastrophic health spending.".to_string());
    } else if high.severe {
        findings.push("In the high estimate, your share of medical bills reaches 25% of your income, which health agencies call severe, catastrophic health spending.".to_string());
    } else if high.catastrophic {
        findings.push("In the high estimate, your share of medical bills reaches 10% of your income, which health agencies call catastrophic health spending.".to_string());
    }
    if typical.underinsured {
        findings.push(if input.insurance() == InsuranceType::Uninsured {
            "By a common U.S. measure (the Commonwealth Fund's), even a family with insurance that paid this much out of pocket would count as underinsured: the costs are large next to your income.".to_string()
        } else {
            "By a common U.S. measure (the Commonwealth Fund's), these costs would make your family underinsured: what you pay out of pocket is large next to your income, even with insurance.".to_string()
        });
    }
    if findings.is_empty() {
        findings.push(
            "Your share of medical bills stays under 10% of your income in the typical and high estimates.".to_string(),
        );
    }
    // The health measures count medical bills only; travel, lodging and food can be larger.
    if let Some(all) = burden.out_of_pocket_share
        && !typical.catastrophic
        && all.typical >= thresholds.catastrophic_pct.value
    {
        findings.push(format!(
            "Counting travel, lodging and food as well, your costs come to {}% of your income in the typical estimate. The health spending measures (WHO and Commonwealth Fund) count only medical bills, so they leave these costs out.",
            format_number(all.typical, 1)
        ));
    }
    BurdenView {
        income: burden.income,
        poverty_text,
        medical_share: burden.medical_share,
        out_of_pocket_share: burden.out_of_pocket_share,
        findings,
        sources: numbers.refs(&burden.source_ids),
    }
}

/// "Already taken off: ..." when a travel benefit or Medicaid rides pay part of the trip.
fn benefit_note(estimate: &Estimate) -> Option<String> {
    let travel_benefits: Vec<Scenarios<Decimal>> = estimate
        .lines
        .iter()
        .filter(|l| l.category == Category::NonMedical)
        .filter_map(|l| l.benefit_pays)
        .collect();
    let benefit = Scenarios::sum(&travel_benefits);
    if benefit.iter().all(Decimal::is_zero) {
        return None;
    }
    let pays = |payer: Payer| estimate.lines.iter().any(|l| l.payer.contains(&payer));
    let who = match (pays(Payer::TravelBenefit), pays(Payer::MedicaidTransport)) {
        (true, true) => "Medicaid rides and the plan's travel benefit pay",
        (false, true) => "Medicaid rides pay",
        _ => "the plan's travel benefit pays",
    };
    let amount = if benefit.low == benefit.high {
        format!("{} in every scenario", format_usd(benefit.typical))
    } else {
        format!(
            "{} (typical; {} to {})",
            format_usd(benefit.typical),
            format_usd(benefit.low),
            format_usd(benefit.high)
        )
    };
    let limits = if pays(Payer::TravelBenefit) {
        " A travel benefit pays trips first, then lodging up to its nightly limit, until the amount you entered is used."
    } else {
        ""
    };
    Some(format!(
        "Already taken off the travel costs above: {who} {amount}.{limits}"
    ))
}

fn coverage_view(coverage: &PartCoverage, estimate: &Estimate, numbers: &SourceNumbers<'_>) -> CoverageView {
    let world = &estimate.world;
    let paid_by = |payer: Payer| {
        estimate
            .lines
            .iter()
            .any(|l| l.id == LineId::Travel && l.payer.contains(&payer))
    };
    let who = match (coverage.status, world.of(coverage.part)) {
        _ if coverage.part == CarePart::Travel => {
            match (paid_by(Payer::MedicaidTransport), paid_by(Payer::TravelBenefit)) {
                (true, _) if coverage.status == CoverageStatus::Uncertain => {
                    "Medicaid rides, if approved (not certain)"
                }
                (true, _) => "Medicaid rides",
                (false, true) => "The plan's travel benefit, then your family",
                (false, false) => "Your family",
            }
        }
        (CoverageStatus::Sponsor, _) => "The trial's sponsor",
        (CoverageStatus::Uncertain, Resolved::Covered) => "Your plan, if it agrees (not certain)",
        (CoverageStatus::Uncertain, _) => "Your family, unless the plan agrees (not certain)",
        (_, Resolved::Covered) if estimate.plan.terms.oop_max() == Some(Decimal::ZERO) => {
            "Your plan, at no cost to you"
        }
        (_, Resolved::Covered) => "Your plan, after your share",
        _ => "Your family",
    };
    CoverageView {
        part: part_name(coverage.part),
        who,
        uncertain: coverage.status == CoverageStatus::Uncertain,
        reason: coverage.reason.clone(),
        sources: numbers.refs(&coverage.sources),
    }
}

/// "If your plan agrees to pay for the cells and the treatment stay" and the like.
fn alternative_condition(coverage: &[PartCoverage], answer: Answer) -> String {
    let names: Vec<&str> = coverage
        .iter()
        .filter(|c| c.status == CoverageStatus::Uncertain)
        .map(|c| match c.part {
            CarePart::Cells => "the cells",
            CarePart::Treatment => "the treatment stay",
            CarePart::Ongoing => "the care after treatment",
            CarePart::Travel => "rides to the center",
        })
        .collect();
    let list = match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    match answer {
        Answer::AllRefused => format!("If your plan refuses to pay for {list}"),
        _ => format!("If your plan agrees to pay for {list}"),
    }
}

/// Every non-empty answer, to post back to the form for "Change your answers".
fn hidden_answers(raw: &RawInput) -> Vec<HiddenField> {
    let values = serde_json::to_value(raw).unwrap_or_default();
    RawInput::field_names()
        .iter()
        .filter_map(|name| {
            let value = values.get(*name)?.as_str()?.trim();
            (!value.is_empty()).then(|| HiddenField {
                name,
                value: value.to_string(),
            })
        })
        .collect()
}

fn plural_people(size: u32) -> String {
    if size == 1 {
        "1 person".to_string()
    } else {
        format!("{size} people")
    }
}

fn money_per_week(pay: Option<Decimal>, paid_days: u32) -> String {
    match pay {
        Some(pay) => format!(
            "{} a week, {} paid days off",
            format_usd_short(pay),
            format_number(Decimal::from(paid_days), 0)
        ),
        None => "not entered (no lost pay counted)".to_string(),
    }
}

pub fn situation(input: &Input<'_>) -> Vec<Fact> {
    let mut facts = vec![
        Fact {
            label: "Disease",
            value: input.condition().label().to_string(),
        },
        Fact {
            label: "Treatment",
            value: format!(
                "{}. Cells: {}.",
                input.route().label(),
                input.cells().label().to_lowercase()
            ),
        },
        Fact {
            label: "Center",
            value: input.center().display_name(),
        },
        Fact {
            label: "Home",
            value: format!(
                "{}, {} miles away (one way)",
                state_name(input.home_state()).unwrap_or(input.home_state()),
                format_number(input.distance_miles(), 1)
            ),
        },
        Fact {
            label: "Travel",
            value: input.travel_mode().label().to_string(),
        },
        Fact {
            label: "Staying",
            value: match input.lodging_rate() {
                Some(rate) if input.lodging() != Lodging::Family => {
                    format!("{}: {} a night", input.lodging().label(), format_usd_short(rate))
                }
                _ => input.lodging().label().to_string(),
            },
        },
        Fact {
            label: "Adults travelling with the patient",
            value: input.caregivers().to_string(),
        },
        Fact {
            label: "Caregiver's pay",
            value: money_per_week(input.caregiver().weekly_pay, input.caregiver().paid_leave_days),
        },
        Fact {
            label: "Patient's pay",
            value: money_per_week(input.patient().weekly_pay, input.patient().paid_leave_days),
        },
    ];
    if input.caregiver_work_state() != input.home_state() {
        facts.push(Fact {
            label: "Caregiver works in",
            value: state_name(input.caregiver_work_state())
                .unwrap_or(input.caregiver_work_state())
                .to_string(),
        });
    }
    if let Some(income) = input.household_income() {
        facts.push(Fact {
            label: "Household income",
            value: match input.household_size() {
                Some(size) => format!("{} a year, {}", format_usd(income), plural_people(size)),
                None => format!("{} a year", format_usd(income)),
            },
        });
    }
    if let Some(per_day) = input.child_care_per_day() {
        facts.push(Fact {
            label: "Child care",
            value: format!("{} a day", format_usd_short(per_day)),
        });
    }
    if input.pets() > 0 {
        facts.push(Fact {
            label: "Pets",
            value: input.pets().to_string(),
        });
    }
    let choices = input.plan_choices();
    let mut coverage = input.insurance().label().to_string();
    match input.insurance() {
        InsuranceType::Uninsured => {}
        InsuranceType::Medicare => {
            coverage.push_str(if choices.medicare_supplement {
                ", with a supplement (Medigap) plan"
            } else {
                ", no supplement plan"
            });
        }
        insurance => {
            if matches!(insurance, InsuranceType::Employer | InsuranceType::Marketplace) {
                coverage.push_str(match choices.tier {
                    CoverageTier::SelfOnly => ", covering just the patient",
                    CoverageTier::Family => ", family coverage",
                });
            }
            coverage.push_str(if choices.in_network {
                "; the center is in the network"
            } else {
                "; the center is out of network"
            });
        }
    }
    facts.push(Fact {
        label: "Health coverage",
        value: coverage,
    });
    if let Some(amount) = choices.travel_benefit {
        facts.push(Fact {
            label: "Travel benefit",
            value: format!("{} for the treatment", format_usd_short(amount)),
        });
    }
    if let Some(date) = input.start_date() {
        facts.push(Fact {
            label: "Treatment starts",
            value: long_date(date),
        });
    }
    facts.push(Fact {
        label: "Prices used for the cells",
        value: input.price_basis().label().to_string(),
    });
    facts
}

fn figure_view(
    label: &'static str,
    explanation: &'static str,
    figure: &Figure,
    value: String,
    note: &str,
    numbers: &SourceNumbers<'_>,
) -> PlanFigureView {
    let origin = if figure.from_user {
        "You entered this.".to_string()
    } else if figure.assumed {
        "Not known: we assume the worst case. Enter your plan's figure for a closer estimate.".to_string()
    } else {
        note.to_string()
    };
    PlanFigureView {
        label,
        explanation,
        value,
        origin,
        sources: numbers.refs(&figure.sources.0),
    }
}

fn standard_summary(insurance: InsuranceType, assumed: bool) -> String {
    let rule = "You pay the deductible first, then your coinsurance share of each bill, until you reach the out-of-pocket limit for the year.";
    match insurance {
        InsuranceType::Medicaid => "Medicaid charges nothing or only small copays for covered care, so we count $0. Ask your state Medicaid office whether you will owe any copays.".to_string(),
        InsuranceType::Marketplace if assumed => format!(
            "We found no published typical deductible or coinsurance for bronze, silver or gold Marketplace plans, so unless you enter your plan's figures we assume the worst case: you pay every bill until you reach the out-of-pocket limit. {rule}"
        ),
        _ if assumed => format!(
            "We have no published typical deductible for this kind of plan, so unless you enter your plan's figures we assume the worst case: you pay every bill until you reach the out-of-pocket limit. {rule}"
        ),
        _ => rule.to_string(),
    }
}

fn plan_view(plan: &Plan, coverage: &[PartCoverage], numbers: &SourceNumbers<'_>) -> PlanView {
    let pct = |f: &Figure| format!("{}%", format_number(f.value, 2));
    let usd = |f: &Figure| format_usd(f.value);
    let note_of = |f: &Figure| {
        f.sources
            .0
            .first()
            .and_then(|id| numbers.tables.source(id))
            .map(|s| s.note.clone())
            .unwrap_or_default()
    };
    let name = plan.insurance.label();
    let out_of_network = !plan.in_network && coverage.iter().any(|c| c.out_of_network);
    let network_sources = numbers.refs(&[
        "triage-single-case-agreements".to_string(),
        "manatt-out-of-network".to_string(),
    ]);
    let (summary, figures) = match &plan.terms {
        PlanTerms::Standard {
            deductible,
            coinsurance_pct,
            oop_max,
        } => {
            let mut figures = vec![
                figure_view(
                    "Deductible",
                    "what you pay each year before the plan starts to share costs",
                    deductible,
                    usd(deductible),
                    &note_of(deductible),
                    numbers,
                ),
                figure_view(
                    "Coinsurance",
                    "your share of each bill after the deductible",
                    coinsurance_pct,
                    pct(coinsurance_pct),
                    &note_of(coinsurance_pct),
                    numbers,
                ),
            ];
            if let Some(oop_max) = oop_max {
                let mut view = figure_view(
                    "Out-of-pocket limit",
                    "the most the patient pays in a year for covered care in the plan's network",
                    oop_max,
                    usd(oop_max),
                    &note_of(oop_max),
                    numbers,
                );
                if plan.tier == CoverageTier::Family && !oop_max.from_user {
                    view.origin = format!(
                        "{} On family coverage no one person pays more than this in a year, even if the family's limit is higher.",
                        view.origin
                    );
                }
                figures.push(view);
            }
            if let Some(family) = &plan.family_limit {
                figures.push(figure_view(
                    "Family out-of-pocket limit",
                    "the most the whole family pays in a year; the patient alone is held to the limit above",
                    family,
                    usd(family),
                    &note_of(family),
                    numbers,
                ));
            }
            (
                standard_summary(plan.insurance, deductible.assumed || coinsurance_pct.assumed),
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
                    "Part A deductible",
                    "what you pay once for a hospital stay of up to 60 days, even if it runs into a new year",
                    part_a_deductible,
                    usd(part_a_deductible),
                    &note_of(part_a_deductible),
                    numbers,
                ),
                figure_view(
                    "Part A daily amount",
                    "what you pay for each hospital day from day 61 to day 90",
                    part_a_daily_61_90,
                    usd(part_a_daily_61_90),
                    &note_of(part_a_daily_61_90),
                    numbers,
                ),
                figure_view(
                    "Part B deductible",
                    "what you pay each year for care outside the hospital before Medicare shares costs",
                    part_b_deductible,
                    usd(part_b_deductible),
                    &note_of(part_b_deductible),
                    numbers,
                ),
                figure_view(
                    "Part B coinsurance",
                    "your share of care outside the hospital after the deductible",
                    part_b_coinsurance_pct,
                    pct(part_b_coinsurance_pct),
                    &note_of(part_b_coinsurance_pct),
                    numbers,
                ),
            ];
            if let Some(supplement) = supplement_pays_pct {
                figures.push(figure_view(
                    "Supplement (Medigap) plan",
                    "the share of Medicare's deductibles and coinsurance we count the supplement as paying",
                    supplement,
                    pct(supplement),
                    &note_of(supplement),
                    numbers,
                ));
            }
            if let Some(oop_max) = oop_max {
                figures.push(figure_view(
                    "Out-of-pocket limit",
                    "a yearly limit you entered",
                    oop_max,
                    usd(oop_max),
                    "",
                    numbers,
                ));
            }
            let summary = if supplement_pays_pct.is_some() {
                "Original Medicare has no yearly limit on what you pay; a supplement (Medigap) plan pays some or all of it. Its monthly premium is not counted here."
            } else {
                "Original Medicare has no yearly limit on what you pay. A supplement (Medigap) plan would pay some or all of it: choose Yes on the form to compare."
            };
            (summary.to_string(), figures)
        }
        PlanTerms::Uninsured => (
            "Without insurance the family is billed for all care the trial sponsor does not pay. Ask the hospital about financial assistance (charity care) before treatment starts.".to_string(),
            Vec::new(),
        ),
    };
    PlanView {
        name,
        summary,
        figures,
        out_of_network,
        network_sources,
    }
}

/// One figure on the advocates' page.
#[derive(Debug, Clone, Serialize)]
pub struct AdvocateFigureView {
    pub label: String,
    /// The value as published, with thousands separated: "230.9", "204,295".
    pub value: String,
    pub unit: String,
    pub context: String,
    pub as_of: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AdvocateTopicView {
    pub title: &'static str,
    pub figures: Vec<AdvocateFigureView>,
}

/// The page of equity and access figures for advocates.
#[derive(Debug, Clone, Serialize)]
pub struct AdvocatesView {
    pub topics: Vec<AdvocateTopicView>,
    /// Sources of the coverage-policy paragraph.
    pub policy_sources: Vec<SourceRef>,
    pub sources: Vec<SourceView>,
}

/// The sources of the Medicare coverage-policy paragraph on the advocates' page.
const POLICY_SOURCE_IDS: [&str; 2] = ["cms-ncd-110-24", "fda-rems-2025"];

impl AdvocatesView {
    pub fn new(tables: &Tables, lang: Lang) -> Self {
        let _ = lang;
        let mut order: Vec<String> = Vec::new();
        let figures = tables.advocate_figures();
        for id in figures
            .iter()
            .flat_map(|f| f.source_ids.0.iter().map(String::as_str))
            .chain(POLICY_SOURCE_IDS)
        {
            if tables.source(id).is_some() && !order.iter().any(|o| o == id) {
                order.push(id.to_string());
            }
        }
        let numbers = SourceNumbers { tables, order };
        let topics = AdvocateTopic::ALL
            .iter()
            .map(|&topic| AdvocateTopicView {
                title: match topic {
                    AdvocateTopic::LupusPrevalence => "Who gets lupus",
                    AdvocateTopic::TrialRepresentation => "Who gets into trials",
                    AdvocateTopic::GeographicAccess => "How far people live from CAR-T",
                    AdvocateTopic::CaregivingAndCosts => "Caregivers and costs",
                    AdvocateTopic::CoveragePolicy => "Coverage policy",
                },
                figures: figures
                    .iter()
                    .filter(|f| f.topic == topic)
                    .map(|f| AdvocateFigureView {
                        label: f.label.clone(),
                        value: format_number(f.value, f.value.normalize().scale()),
                        unit: f.unit.clone(),
                        context: f.context.clone(),
                        as_of: f.as_of.clone(),
                        sources: numbers.refs(&f.source_ids.0),
                    })
                    .collect(),
            })
            .filter(|t| !t.figures.is_empty())
            .collect();
        let policy_ids: Vec<String> = POLICY_SOURCE_IDS.iter().map(|id| id.to_string()).collect();
        Self {
            topics,
            policy_sources: numbers.refs(&policy_ids),
            sources: numbers.views(),
        }
    }
}

/// The wrong fields' messages in the reader's language, for the form and the API.
pub fn said_errors(lang: Lang, errors: &FieldErrors) -> std::collections::BTreeMap<String, Vec<String>> {
    let _ = lang;
    errors
        .fields()
        .map(|field| (field.to_string(), errors.get(field).unwrap_or_default().to_vec()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn totals(medical: Scenarios<Decimal>, living: Scenarios<Decimal>, pay: Scenarios<Decimal>) -> Totals {
        Totals {
            billed_medical: medical,
            sponsor_pays: Scenarios::ZERO,
            insurer_pays: Scenarios::ZERO,
            benefit_pays: Scenarios::ZERO,
            family_medical: medical,
            non_medical: living,
            lost_income: pay,
            family_total: medical + living + pay,
        }
    }

    #[test]
    fn chart_bars_are_to_scale_with_the_high_total_filling_the_space() {
        // High total 1,000 fills 420 units: 1 dollar = 0.42 units.
        let chart = ChartView::new(&totals(
            Scenarios::new(dec!(100), dec!(250), dec!(500)),
            Scenarios::new(dec!(50), dec!(100), dec!(300)),
            Scenarios::new(dec!(0), dec!(50), dec!(200)),
        ));
        let typical = &chart.bars[1];
        assert_eq!(typical.label, "Typical");
        let widths: Vec<Decimal> = typical.segments.iter().map(|s| s.width).collect();
        assert_eq!(widths, vec![dec!(105.0), dec!(42.0), dec!(21.0)]);
        let starts: Vec<Decimal> = typical.segments.iter().map(|s| s.x).collect();
        assert_eq!(starts, vec![dec!(80), dec!(185.0), dec!(227.0)]);
        assert_eq!(typical.total_x, dec!(254.0));
        let high: Decimal = chart.bars[2].segments.iter().map(|s| s.width).sum();
        assert_eq!(high, dec!(420.0));
        assert!(
            chart
                .description
                .contains("medical bills $250.00 (low $100.00, high $500.00)")
        );
        assert!(
            chart
                .description
                .contains("Total $400.00 (low $150.00, high $1,000.00)")
        );
    }

    #[test]
    fn a_chart_of_nothing_has_empty_bars() {
        let chart = ChartView::new(&totals(Scenarios::ZERO, Scenarios::ZERO, Scenarios::ZERO));
        assert!(chart.bars.iter().flat_map(|b| &b.segments).all(|s| s.width.is_zero()));
    }
}
