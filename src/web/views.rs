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
use crate::core::money::{format_number, format_usd};
use crate::core::scenarios::Scenarios;
use crate::core::sensitivity::{AskWhom, Lever, what_would_change};
use crate::core::tables::{AdvocateTopic, CarePart, CoverageStatus, NoteGroup, NoteId};
use crate::core::tables::{Quality, Source, Tables, UnitCostId};
use crate::core::tax::TaxDeduction;
use crate::core::text::{Arg, Text};
use crate::core::who_pays::{Answer, PartCoverage, PlanYear, Resolved};
use crate::i18n::{Lang, say};
use crate::text;

/// A message with no values, in the page's language.
fn msg(lang: Lang, key: &'static str) -> String {
    say(lang, &Text::new(key))
}

/// An option of a select or radio group.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

fn choices<T: Copy>(lang: Lang, all: &[T], id: fn(T) -> &'static str, label: fn(T) -> Text) -> Vec<Choice> {
    all.iter()
        .map(|c| Choice {
            id: id(*c).to_string(),
            label: say(lang, &label(*c)),
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
        let mut centers: Vec<Choice> = tables
            .centers()
            .iter()
            .map(|c| Choice {
                id: c.id.clone(),
                label: if c.id == "other" {
                    msg(lang, "form-center-other")
                } else {
                    c.display_name()
                },
            })
            .collect();
        // Alphabetical by city, with "a center not listed" last.
        centers.sort_by_key(|c| (c.id == "other", c.label.clone()));
        Self {
            conditions: choices(lang, Condition::ALL, Condition::id, Condition::label),
            routes: choices(lang, Route::ALL, Route::id, Route::label),
            cells: choices(lang, Cells::ALL, Cells::id, Cells::label),
            price_bases: choices(lang, PriceBasis::ALL, PriceBasis::id, PriceBasis::label),
            centers,
            states: US_STATES
                .iter()
                .map(|code| Choice {
                    id: code.to_string(),
                    label: state_name(code).map(|name| say(lang, &name)).unwrap_or_default(),
                })
                .collect(),
            travel_modes: choices(lang, TravelMode::ALL, TravelMode::id, TravelMode::label),
            lodgings: choices(lang, Lodging::ALL, Lodging::id, Lodging::label),
            insurances: choices(lang, InsuranceType::ALL, InsuranceType::id, InsuranceType::label),
            coverage_tiers: choices(lang, CoverageTier::ALL, CoverageTier::id, CoverageTier::label),
            yes_no: choices(lang, YesNo::ALL, YesNo::id, YesNo::label),
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
    /// Each wrong field's messages, in the page's language.
    pub errors: std::collections::BTreeMap<String, Vec<String>>,
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
                        message: say(lang, message),
                    })
            })
            .collect();
        let pins = PIN_RANGES
            .iter()
            .map(|(param, min, max, _)| {
                let row = tables.journey(*param);
                PinView {
                    name: pin_name(*param),
                    label: say(lang, &row.label_text()),
                    unit: say(lang, &row.unit_text()),
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
            errors: said_errors(lang, errors),
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
    pub quality_label: String,
    pub note: String,
}

impl SourceView {
    pub fn new(number: usize, source: &Source, lang: Lang) -> Self {
        Self {
            number,
            id: source.id.clone(),
            title: source.title.clone(),
            // Our own assumptions are published by this app, whose name is said in the page's language.
            publisher: if source.publisher == OUR_NAME {
                msg(lang, "source-our-team")
            } else {
                source.publisher.clone()
            },
            url: source.url.clone(),
            published: if source.published == "undated" {
                msg(lang, "source-undated")
            } else {
                said_date(lang, &source.published)
            },
            retrieved: said_date(lang, &source.retrieved),
            quality: source.quality,
            quality_label: msg(
                lang,
                match source.quality {
                    Quality::Primary => "source-quality-primary",
                    Quality::Secondary => "source-quality-secondary",
                    Quality::Assumption => "source-quality-assumption",
                },
            ),
            note: if source.note.is_empty() {
                String::new()
            } else {
                say(lang, &Text::data(format!("source-{}", source.id), &source.note))
            },
        }
    }
}

/// The publisher named in `sources.csv` for the app's own assumptions.
const OUR_NAME: &str = "CAR-T Cost & Access Estimator team";

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
    lang: Lang,
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
            .filter_map(|(index, id)| self.tables.source(id).map(|s| SourceView::new(index + 1, s, self.lang)))
            .collect()
    }
}

/// What one payer pays of a line, typical scenario.
#[derive(Debug, Clone, Serialize)]
pub struct PayerAmount {
    pub who: String,
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
    pub title: String,
    pub intro: String,
    pub lines: Vec<LineView>,
    /// The family's share of this group, for the group's last row.
    pub family_total: Scenarios<Decimal>,
}

/// "Label: value" facts about the household, for the page and for print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

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
    pub title: String,
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

fn plan_year_views(lang: Lang, years: &[PlanYear]) -> Vec<PlanYearView> {
    years
        .iter()
        .map(|year| PlanYearView {
            label: say(lang, &year.label),
            year: year.clone(),
        })
        .collect()
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
    pub label: String,
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
    pub fn new(totals: &Totals, lang: Lang) -> Self {
        let largest = totals.family_total.high.max(Decimal::ONE);
        let scale = Decimal::from(CHART_BAR_SPACE) / largest;
        let width = |amount: Decimal| (amount.max(Decimal::ZERO) * scale).round_dp(1);
        let bars = [
            (
                msg(lang, "chart-low"),
                totals.family_medical.low,
                totals.non_medical.low,
                totals.lost_income.low,
                totals.family_total.low,
            ),
            (
                msg(lang, "chart-typical"),
                totals.family_medical.typical,
                totals.non_medical.typical,
                totals.lost_income.typical,
                totals.family_total.typical,
            ),
            (
                msg(lang, "chart-high"),
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
        let three = |text: Text, amounts: &Scenarios<Decimal>| {
            text.with("typical", Arg::Money(amounts.typical))
                .with("low", Arg::Money(amounts.low))
                .with("high", Arg::Money(amounts.high))
        };
        let description = say(
            lang,
            &three(
                text!(
                    "chart-description",
                    medical = three(text!("chart-medical"), &totals.family_medical),
                    living = three(text!("chart-living"), &totals.non_medical),
                    pay = three(text!("chart-pay"), &totals.lost_income)
                ),
                &totals.family_total,
            ),
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
    pub fn new(raw: &RawInput, include_income: bool, lang: Lang) -> Self {
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
            serializer.append_pair("lang", lang.code());
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
    pub plan_years: Vec<PlanYearView>,
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
    pub label: String,
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
    /// A month between visits with nothing to pay, shown as one short row.
    pub nothing_to_pay: bool,
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

fn cash_flow_view(flow: &CashFlow, numbers: &SourceNumbers<'_>) -> CashFlowView {
    let lang = numbers.lang;
    let long_date = |date| crate::i18n::long_date(lang, date);
    let months: Vec<MonthView> = flow
        .months
        .iter()
        .map(|m| MonthView {
            label: say(
                lang,
                &text!(
                    "month-year",
                    month = Text::keyed(format!("month-{}", m.month)),
                    year = Arg::Verbatim(m.year.to_string())
                ),
            ),
            medical: m.medical,
            living: m.living,
            lost_pay: m.lost_pay,
            total: m.total,
            nothing_to_pay: m.medical.is_zero() && m.living.is_zero() && m.lost_pay.is_zero(),
        })
        .collect();
    CashFlowView {
        phases: flow
            .phases
            .iter()
            .map(|p| PhaseView {
                label: say(lang, &p.label),
                first: long_date(p.first),
                last: long_date(p.last),
            })
            .collect(),
        total: MonthView {
            label: msg(lang, "cash-flow-all-months"),
            medical: flow.total.medical,
            living: flow.total.living,
            lost_pay: flow.total.lost_pay,
            total: flow.total.total,
            nothing_to_pay: false,
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
    pub ask: String,
    pub question: String,
}

impl LeverView {
    fn new(lever: &Lever, lang: Lang) -> Self {
        Self {
            ask: msg(
                lang,
                match lever.ask {
                    AskWhom::TrialCoordinator => "ask-trial-coordinator",
                    AskWhom::CareTeam => "ask-care-team",
                    AskWhom::Insurer => "ask-insurer",
                    AskWhom::SocialWorker => "ask-social-worker",
                },
            ),
            // It starts the item; only its first letter changes ("Medicaid" keeps its capital).
            what: say(
                lang,
                &Text::new("verbatim").with("text", Arg::Capitalized(Box::new(lever.what.clone()))),
            ),
            from: say(lang, &lever.from),
            to: say(lang, &lever.to),
            total_from: lever.total_from,
            total_to: lever.total_to,
            swing: lever.swing,
            question: say(lang, &lever.question),
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

fn top_lines(estimate: &Estimate, lang: Lang) -> Vec<TopLine> {
    let mut lines: Vec<TopLine> = estimate
        .lines
        .iter()
        .filter_map(|line| {
            let family_typical = line.family_pays?.typical;
            (family_typical > Decimal::ZERO).then(|| TopLine {
                label: say(lang, &line.label),
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
            lang,
        };
        let line_view = |line: &LineItem| {
            let sources = numbers.refs(&line.sources);
            LineView {
                id: serde_json::to_value(line.id)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                label: say(lang, &line.label),
                basis: say(lang, &line.basis),
                payer_text: payer_text(lang, &line.payer),
                payer_reason: say(lang, &line.payer_reason),
                split: payer_split(lang, line),
                cost: line.cost,
                family_pays: line.family_pays,
                question: line.question.as_ref().map(|q| say(lang, q)),
                uses_assumption: sources.iter().any(|s| s.assumption),
                sources,
            }
        };
        let group = |category: Category, title: &'static str, intro: &'static str, family_total: Scenarios<Decimal>| {
            LineGroup {
                title: msg(lang, title),
                intro: msg(lang, intro),
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
                "group-medical",
                "group-medical-intro",
                t.family_medical,
            ),
            group(
                Category::NonMedical,
                "group-living",
                "group-living-intro",
                t.non_medical,
            ),
            group(Category::LostIncome, "group-pay", "group-pay-intro", t.lost_income),
        ];
        let unpriced = estimate
            .lines
            .iter()
            .filter(|l| l.cost.is_none())
            .map(|l| UnpricedView {
                label: say(lang, &l.label),
                question: l.question.as_ref().map(|q| say(lang, q)).unwrap_or_default(),
            })
            .collect();
        let journey: Vec<JourneyView> = estimate
            .journey
            .steps
            .iter()
            .map(|step| JourneyView {
                label: say(lang, &step.label),
                unit: say(lang, &step.unit),
                counts: step.counts,
                pinned: step.pinned,
                skipped: step.skipped,
                note: say(lang, &step.note),
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
                condition: alternative_condition(lang, &estimate.coverage, alt.answer),
                totals: alt.totals,
                plan_years: plan_year_views(lang, &alt.plan_years),
            })
            .collect();
        let plan_years_rule = msg(
            lang,
            match input.start_date() {
                Some(_) => "plan-years-rule-calendar",
                None => "plan-years-rule-from-start",
            },
        );
        let benefit_note = benefit_note(lang, estimate);
        let sources = numbers.views();
        Self {
            heading: say(
                lang,
                &text!(
                    "estimate-heading",
                    condition = input.condition().label(),
                    center = if input.center().id == "other" {
                        Arg::from(text!("form-center-other"))
                    } else {
                        Arg::Verbatim(input.center().display_name())
                    }
                ),
            ),
            totals: estimate.totals,
            groups,
            unpriced,
            situation: situation(input, lang),
            plan: plan_view(&estimate.plan, &estimate.coverage, &numbers),
            coverage,
            alternatives,
            with_agreement: estimate.with_agreement,
            plan_years: plan_year_views(lang, &estimate.plan_years),
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
            share: ShareLinks::new(raw, include_income, lang),
            chart: ChartView::new(&estimate.totals, lang),
            top_lines: top_lines(estimate, lang),
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
                .iter()
                .map(|lever| LeverView::new(lever, lang))
                .collect(),
            made_on: said_date(lang, &made_on),
            data_as_of: said_date(lang, tables.data_as_of()),
            app_version: env!("CARGO_PKG_VERSION"),
        }
    }
}

/// The payer's name in the message files: `payer-family`.
pub fn payer_key(payer: Payer) -> &'static str {
    match payer {
        Payer::Sponsor => "payer-sponsor",
        Payer::Insurer => "payer-insurer",
        Payer::TravelBenefit => "payer-travel-benefit",
        Payer::MedicaidTransport => "payer-medicaid-transport",
        Payer::StatePaidLeave => "payer-state-paid-leave",
        Payer::Family => "payer-family",
    }
}

/// The payer as named mid-sentence, after "then".
fn payer_key_after(payer: Payer) -> &'static str {
    match payer {
        Payer::Sponsor => "payer-after-sponsor",
        Payer::Insurer => "payer-after-insurer",
        Payer::TravelBenefit => "payer-after-travel-benefit",
        Payer::MedicaidTransport => "payer-after-medicaid-transport",
        Payer::StatePaidLeave => "payer-after-state-paid-leave",
        Payer::Family => "payer-after-family",
    }
}

pub fn payer_text(lang: Lang, payers: &[Payer]) -> String {
    match payers {
        [] => msg(lang, "payer-ask"),
        [Payer::Insurer, Payer::Family] => msg(lang, "payer-insurer-then-family"),
        [first, rest @ ..] => rest.iter().fold(msg(lang, payer_key(*first)), |text, payer| {
            say(
                lang,
                &text!(
                    "payer-then",
                    first = Arg::Verbatim(text),
                    next = Text::new(payer_key_after(*payer))
                ),
            )
        }),
    }
}

/// Each payer's typical amount, when a line is shared.
fn payer_split(lang: Lang, line: &LineItem) -> Vec<PayerAmount> {
    if line.payer.len() < 2 {
        return Vec::new();
    }
    let typical = |amounts: &Option<Scenarios<Decimal>>| amounts.map_or(Decimal::ZERO, |a| a.typical);
    line.payer
        .iter()
        .map(|payer| PayerAmount {
            who: msg(lang, payer_key(*payer)),
            typical: match payer {
                Payer::Sponsor => typical(&line.sponsor_pays),
                Payer::Insurer => typical(&line.insurer_pays),
                Payer::TravelBenefit | Payer::MedicaidTransport | Payer::StatePaidLeave => typical(&line.benefit_pays),
                Payer::Family => typical(&line.family_pays),
            },
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

fn note_groups(estimate: &Estimate, numbers: &SourceNumbers<'_>) -> Vec<NoteGroupView> {
    NoteGroup::ALL
        .iter()
        .map(|&group| NoteGroupView {
            title: msg(
                numbers.lang,
                match group {
                    NoteGroup::AboutTheTreatment => "notes-about-the-treatment",
                    NoteGroup::Insurance => "notes-insurance",
                    NoteGroup::MoneyHelp => "notes-money-help",
                    NoteGroup::WorkCaregiving => "notes-work-caregiving",
                    NoteGroup::AccessEquity => "notes-access-equity",
                },
            ),
            notes: estimate
                .notes
                .iter()
                .filter(|n| n.group == group)
                .map(|n| NoteView {
                    id: n.id,
                    text: say(numbers.lang, &n.text_message()),
                    sources: numbers.refs(&n.source_ids.0),
                })
                .collect(),
        })
        .filter(|g| !g.notes.is_empty())
        .collect()
}

fn leave_view(estimate: &Estimate, numbers: &SourceNumbers<'_>) -> Option<LeaveView> {
    let lang = numbers.lang;
    let program = estimate.leave_program.as_ref()?;
    let state = crate::core::estimate::state_or_code(&program.state);
    let name = Arg::Verbatim(program.program.clone());
    let summary = match &estimate.paid_leave {
        Some(leave) => {
            let capped = if leave.capped {
                text!("leave-capped", max = Arg::Money(leave.weekly_max))
            } else {
                text!("nothing")
            };
            text!(
                "leave-summary",
                state = state,
                program = name,
                weekly = Arg::Money(leave.weekly_benefit.typical),
                weeks = leave.weeks,
                capped = capped,
                as_of = Arg::Verbatim(leave.max_as_of.clone())
            )
        }
        None => text!("leave-summary-no-figures", state = state, program = name),
    };
    Some(LeaveView {
        summary: say(lang, &summary),
        pays: estimate.paid_leave.as_ref().map(|l| l.pays),
        note: say(lang, &Text::data(format!("leave-{}", program.state), &program.note)),
        sources: numbers.refs(&program.source_ids.0),
    })
}

fn aid_view(fit: &AidFit, numbers: &SourceNumbers<'_>) -> AidView {
    let lang = numbers.lang;
    let prose =
        |column: &str, english: &str| say(lang, &Text::data(format!("aid-{}-{column}", fit.program.id), english));
    AidView {
        name: prose("name", &fit.program.name),
        pays_for: prose("pays_for", &fit.program.pays_for),
        limits: prose("limits", &fit.program.limits),
        how_to_apply: prose("how_to_apply", &fit.program.how_to_apply),
        check: fit.check.iter().map(|c| say(lang, c)).collect(),
        because: because(lang, &fit.not_for_you),
        last_checked: fit.program.last_checked.clone(),
        sources: numbers.refs(&fit.program.source_ids.0),
    }
}

/// The reasons as one run of text after "because": the first lowercased, the rest after "Also,".
fn because(lang: Lang, reasons: &[Text]) -> String {
    let reasons: Vec<String> = reasons.iter().map(|r| say(lang, r)).collect();
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
                say(lang, &text!("aid-also", reason = Arg::Verbatim(lower_first(reason))))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn burden_view(burden: &Burden, tables: &Tables, input: &Input<'_>, numbers: &SourceNumbers<'_>) -> BurdenView {
    let lang = numbers.lang;
    let thresholds = tables.burden_thresholds();
    let size = input.household_size().unwrap_or(1);
    let poverty_text = match &burden.poverty {
        Ok(level) => text!(
            "burden-poverty",
            pct = Arg::Percent(crate::core::money::whole(level.percent)),
            year = Arg::Verbatim(level.year.to_string()),
            people = size,
            guideline = Arg::Money(level.guideline)
        ),
        Err(NoPovertyLevel::NotEntered) => text!("burden-poverty-no-size"),
        Err(NoPovertyLevel::NoGuidelineForSize) => text!(
            "burden-poverty-no-figure",
            state = crate::core::estimate::state_or_code(input.home_state()),
            people = size
        ),
        Err(NoPovertyLevel::NoGuidelineForState) => text!("burden-poverty-no-state"),
    };
    let poverty_text = say(lang, &poverty_text);
    let mut findings: Vec<String> = Vec::new();
    let typical = burden.flags.typical;
    let high = burden.flags.high;
    let finding = |key: &'static str| msg(lang, key);
    if typical.severe {
        findings.push(finding("burden-typical-severe"));
    } else if typical.catastrophic {
        findings.push(finding("burden-typical-catastrophic"));
    } else if high.severe {
        findings.push(finding("burden-high-severe"));
    } else if high.catastrophic {
        findings.push(finding("burden-high-catastrophic"));
    }
    if typical.underinsured {
        findings.push(if input.insurance() == InsuranceType::Uninsured {
            finding("burden-underinsured-uninsured")
        } else {
            finding("burden-underinsured")
        });
    }
    if findings.is_empty() {
        findings.push(finding("burden-under-10"));
    }
    // The health measures count medical bills only; travel, lodging and food can be larger.
    if let Some(all) = burden.out_of_pocket_share
        && !typical.catastrophic
        && all.typical >= thresholds.catastrophic_pct.value
    {
        findings.push(say(
            lang,
            &text!(
                "burden-all-costs",
                pct = Arg::Percent(
                    all.typical
                        .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                )
            ),
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
fn benefit_note(lang: Lang, estimate: &Estimate) -> Option<String> {
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
        (true, true) => text!("benefit-note-who-both"),
        (false, true) => text!("benefit-note-who-medicaid"),
        _ => text!("benefit-note-who-benefit"),
    };
    let amount = if benefit.low == benefit.high {
        text!("benefit-note-amount-same", amount = Arg::Money(benefit.typical))
    } else {
        text!(
            "benefit-note-amount-range",
            typical = Arg::Money(benefit.typical),
            low = Arg::Money(benefit.low),
            high = Arg::Money(benefit.high)
        )
    };
    let limits = if pays(Payer::TravelBenefit) {
        text!("benefit-note-limits")
    } else {
        text!("nothing")
    };
    Some(say(
        lang,
        &Text::join([text!("benefit-note", who = who, amount = amount), limits]),
    ))
}

fn coverage_view(coverage: &PartCoverage, estimate: &Estimate, numbers: &SourceNumbers<'_>) -> CoverageView {
    let lang = numbers.lang;
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
                (true, _) if coverage.status == CoverageStatus::Uncertain => "who-medicaid-rides-if-approved",
                (true, _) => "who-medicaid-rides",
                (false, true) => "who-travel-benefit-then-family",
                (false, false) => "who-family",
            }
        }
        (CoverageStatus::Sponsor, _) => "who-sponsor",
        (CoverageStatus::Uncertain, Resolved::Covered) => "who-plan-if-agrees",
        (CoverageStatus::Uncertain, _) => "who-family-unless-plan-agrees",
        (_, Resolved::Covered) if estimate.plan.terms.oop_max() == Some(Decimal::ZERO) => "who-plan-no-cost",
        (_, Resolved::Covered) => "who-plan-after-share",
        _ => "who-family",
    };
    CoverageView {
        part: msg(lang, part_key(coverage.part)),
        who: msg(lang, who),
        uncertain: coverage.status == CoverageStatus::Uncertain,
        reason: say(lang, &coverage.reason),
        sources: numbers.refs(&coverage.sources),
    }
}

/// "If your plan agrees to pay for the cells and the treatment stay" and the like.
fn alternative_condition(lang: Lang, coverage: &[PartCoverage], answer: Answer) -> String {
    let names: Vec<Text> = coverage
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
    say(
        lang,
        &match answer {
            Answer::AllRefused => text!("alternative-refuses", parts = parts),
            _ => text!("alternative-agrees", parts = parts),
        },
    )
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

fn money_per_week(pay: Option<Decimal>, paid_days: u32) -> Text {
    match pay {
        Some(pay) => text!("fact-pay", pay = Arg::MoneyShort(pay), days = paid_days),
        None => text!("fact-pay-none"),
    }
}

/// The household's answers as "label: value" facts, in the page's language.
pub fn situation(input: &Input<'_>, lang: Lang) -> Vec<Fact> {
    let fact = |label: &'static str, value: Text| Fact {
        label: msg(lang, label),
        value: say(lang, &value),
    };
    let state = |code: &str| crate::core::estimate::state_or_code(code);
    let mut facts = vec![
        fact("fact-disease", input.condition().label()),
        fact(
            "fact-treatment",
            text!(
                "fact-treatment-value",
                route = input.route().label(),
                cells = input.cells().label()
            ),
        ),
        fact(
            "fact-center",
            if input.center().id == "other" {
                text!("form-center-other")
            } else {
                text!("verbatim", text = Arg::Verbatim(input.center().display_name()))
            },
        ),
        fact(
            "fact-home",
            text!(
                "fact-home-value",
                state = state(input.home_state()),
                miles = Arg::Number(input.distance_miles())
            ),
        ),
        fact("fact-travel", input.travel_mode().label()),
        fact(
            "fact-staying",
            match input.lodging_rate() {
                Some(rate) if input.lodging() != Lodging::Family => text!(
                    "fact-staying-rate",
                    lodging = input.lodging().label(),
                    rate = Arg::MoneyShort(rate)
                ),
                _ => input.lodging().label(),
            },
        ),
        fact(
            "fact-caregivers",
            text!("verbatim", text = Arg::Verbatim(input.caregivers().to_string())),
        ),
        fact(
            "fact-caregiver-pay",
            money_per_week(input.caregiver().weekly_pay, input.caregiver().paid_leave_days),
        ),
        fact(
            "fact-patient-pay",
            money_per_week(input.patient().weekly_pay, input.patient().paid_leave_days),
        ),
    ];
    if input.caregiver_work_state() != input.home_state() {
        facts.push(fact(
            "fact-caregiver-works-in",
            text!("verbatim", text = state(input.caregiver_work_state())),
        ));
    }
    if let Some(income) = input.household_income() {
        facts.push(fact(
            "fact-income",
            match input.household_size() {
                Some(size) => text!("fact-income-value-size", income = Arg::Money(income), people = size),
                None => text!("fact-income-value", income = Arg::Money(income)),
            },
        ));
    }
    if let Some(per_day) = input.child_care_per_day() {
        facts.push(fact(
            "fact-child-care",
            text!("fact-child-care-value", rate = Arg::MoneyShort(per_day)),
        ));
    }
    if input.pets() > 0 {
        facts.push(fact(
            "fact-pets",
            text!("verbatim", text = Arg::Verbatim(input.pets().to_string())),
        ));
    }
    let choices = input.plan_choices();
    let mut coverage = vec![input.insurance().label()];
    match input.insurance() {
        InsuranceType::Uninsured => {}
        InsuranceType::Medicare => {
            coverage.push(if choices.medicare_supplement {
                text!("fact-coverage-supplement")
            } else {
                text!("fact-coverage-no-supplement")
            });
        }
        insurance => {
            if matches!(insurance, InsuranceType::Employer | InsuranceType::Marketplace) {
                coverage.push(match choices.tier {
                    CoverageTier::SelfOnly => text!("fact-coverage-self-only"),
                    CoverageTier::Family => text!("fact-coverage-family"),
                });
            }
            coverage.push(if choices.in_network {
                text!("fact-coverage-in-network")
            } else {
                text!("fact-coverage-out-of-network")
            });
        }
    }
    facts.push(Fact {
        label: msg(lang, "fact-coverage"),
        value: coverage.iter().map(|part| say(lang, part)).collect(),
    });
    if let Some(amount) = choices.travel_benefit {
        facts.push(fact(
            "fact-travel-benefit",
            text!("fact-travel-benefit-value", amount = Arg::MoneyShort(amount)),
        ));
    }
    if let Some(date) = input.start_date() {
        facts.push(fact("fact-start", text!("verbatim", text = Arg::Date(date))));
    }
    facts.push(fact("fact-prices", input.price_basis().label()));
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
        sources: numbers.refs(&figure.sources.0),
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

fn plan_view(plan: &Plan, coverage: &[PartCoverage], numbers: &SourceNumbers<'_>) -> PlanView {
    let lang = numbers.lang;
    let pct = |f: &Figure| crate::i18n::percent(lang, f.value);
    let usd = |f: &Figure| format_usd(f.value);
    let note_of = |f: &Figure| {
        f.sources
            .0
            .first()
            .and_then(|id| numbers.tables.source(id))
            .map(|s| say(lang, &Text::data(format!("source-{}", s.id), &s.note)))
            .unwrap_or_default()
    };
    let name = say(lang, &plan.insurance.label());
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
    pub title: String,
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
        let numbers = SourceNumbers { tables, order, lang };
        let topics = AdvocateTopic::ALL
            .iter()
            .map(|&topic| AdvocateTopicView {
                title: msg(
                    lang,
                    match topic {
                        AdvocateTopic::LupusPrevalence => "advocates-topic-lupus-prevalence",
                        AdvocateTopic::TrialRepresentation => "advocates-topic-trial-representation",
                        AdvocateTopic::GeographicAccess => "advocates-topic-geographic-access",
                        AdvocateTopic::CaregivingAndCosts => "advocates-topic-caregiving-and-costs",
                        AdvocateTopic::CoveragePolicy => "advocates-topic-coverage-policy",
                    },
                ),
                figures: figures
                    .iter()
                    .filter(|f| f.topic == topic)
                    .map(|f| AdvocateFigureView {
                        label: say(lang, &Text::data(format!("advocate-{}-label", f.id), &f.label)),
                        value: format_number(f.value, f.value.normalize().scale()),
                        unit: say(lang, &Text::data(format!("advocate-{}-unit", f.id), &f.unit)),
                        context: say(lang, &Text::data(format!("advocate-{}-context", f.id), &f.context)),
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

/// A `YYYY-MM-DD` date written out in the reader's language; anything else as it is.
pub fn said_date(lang: Lang, text: &str) -> String {
    text.parse()
        .map_or_else(|_| text.to_string(), |date| crate::i18n::long_date(lang, date))
}

/// The wrong fields' messages in the reader's language, for the form and the API.
pub fn said_errors(lang: Lang, errors: &FieldErrors) -> std::collections::BTreeMap<String, Vec<String>> {
    errors
        .fields()
        .map(|field| {
            let messages = errors.get(field).unwrap_or_default();
            (field.to_string(), messages.iter().map(|m| say(lang, m)).collect())
        })
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
        let chart = ChartView::new(
            &totals(
                Scenarios::new(dec!(100), dec!(250), dec!(500)),
                Scenarios::new(dec!(50), dec!(100), dec!(300)),
                Scenarios::new(dec!(0), dec!(50), dec!(200)),
            ),
            Lang::En,
        );
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
        let chart = ChartView::new(&totals(Scenarios::ZERO, Scenarios::ZERO, Scenarios::ZERO), Lang::En);
        assert!(chart.bars.iter().flat_map(|b| &b.segments).all(|s| s.width.is_zero()));
    }
}
