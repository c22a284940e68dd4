//! View models: what each page prints, prepared in Rust so templates only lay it out.
//! Money stays `Decimal` here and is formatted by the template filters.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::choices::{
    Cells, Condition, InsuranceType, Lodging, PriceBasis, Route, TravelMode, US_STATES, state_name,
};
use crate::core::coverage::{Figure, PlanTerms};
use crate::core::estimate::{Category, Estimate, LineItem, Payer, Totals};
use crate::core::input::{FieldErrors, Input, PIN_RANGES, RawInput};
use crate::core::money::{format_number, format_usd, format_usd_short};
use crate::core::scenarios::Scenarios;
use crate::core::tables::{Quality, Source, Tables, UnitCostId};

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
}

impl FormOptions {
    pub fn new(tables: &Tables) -> Self {
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
const FORM_ORDER: [&str; 30] = [
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
    "patient_weekly_pay",
    "patient_paid_leave_days",
    "child_care_per_day",
    "pets",
    "insurance",
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
    pub fn new(tables: &Tables, form: &'a RawInput, errors: &'a FieldErrors) -> Self {
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
            options: FormOptions::new(tables),
            pins,
            hints: FormHints {
                median_weekly_pay: tables.unit_cost(UnitCostId::MedianWeeklyPay).typical,
                employer_deductible: presets.employer.deductible.value,
                employer_coinsurance_pct: presets.employer.coinsurance_pct.value,
                aca_oop_max: presets.employer.oop_max.value,
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

#[derive(Debug, Clone, Serialize)]
pub struct LineView {
    pub id: String,
    pub label: String,
    pub basis: String,
    pub payer_text: &'static str,
    pub payer_reason: String,
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
#[derive(Debug, Clone, Serialize)]
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
    pub journey: Vec<JourneyView>,
    pub sources: Vec<SourceView>,
    pub has_assumptions: bool,
    pub trial: bool,
    pub answers: Vec<HiddenField>,
    pub made_on: String,
}

impl EstimateView {
    pub fn new(tables: &Tables, raw: &RawInput, input: &Input<'_>, estimate: &Estimate, made_on: String) -> Self {
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
            plan: plan_view(input.insurance(), &estimate.plan, &numbers),
            journey,
            has_assumptions: sources.iter().any(|s| s.quality == Quality::Assumption),
            sources,
            trial: input.route() == Route::Trial,
            answers: hidden_answers(raw),
            made_on,
        }
    }
}

fn payer_text(payers: &[Payer]) -> &'static str {
    match payers {
        [Payer::Sponsor] => "Trial sponsor",
        [Payer::Insurer] => "Insurance",
        [Payer::Insurer, Payer::Family] => "Insurance, then your family's share",
        [Payer::Family] => "Your family",
        _ => "Ask (see below)",
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

fn situation(input: &Input<'_>) -> Vec<Fact> {
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
    facts.push(Fact {
        label: "Health coverage",
        value: input.insurance().label().to_string(),
    });
    if let Some(date) = input.start_date() {
        facts.push(Fact {
            label: "Treatment starts",
            value: date.to_string(),
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
    let rule = "You pay the deductible first, then your coinsurance share of each bill, until you reach the out-of-pocket limit. Care outside the plan's network can cost more and may not count toward the limit.";
    match insurance {
        InsuranceType::Medicaid => "Medicaid charges nothing or only small copays for covered care, so we count $0. Ask your state Medicaid office whether you will owe any copays.".to_string(),
        _ if assumed => format!(
            "We have no published typical deductible for this kind of plan, so unless you enter your plan's figures we assume the worst case: you pay every bill until you reach the out-of-pocket limit. {rule}"
        ),
        _ => rule.to_string(),
    }
}

fn plan_view(insurance: InsuranceType, terms: &PlanTerms, numbers: &SourceNumbers<'_>) -> PlanView {
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
    match terms {
        PlanTerms::Standard {
            deductible,
            coinsurance_pct,
            oop_max,
        } => PlanView {
            name: insurance.label(),
            summary: standard_summary(insurance, deductible.assumed || coinsurance_pct.assumed),
            figures: vec![
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
                figure_view(
                    "Out-of-pocket limit",
                    "the most you pay in a year for covered care in the plan's network",
                    oop_max,
                    usd(oop_max),
                    &note_of(oop_max),
                    numbers,
                ),
            ],
        },
        PlanTerms::OriginalMedicare {
            part_a_deductible,
            part_a_daily_61_90,
            part_b_deductible,
            part_b_coinsurance_pct,
            oop_max,
        } => {
            let mut figures = vec![
                figure_view(
                    "Part A deductible",
                    "what you pay for a hospital stay of up to 60 days",
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
            if let Some(oop_max) = oop_max {
                figures.push(figure_view(
                    "Out-of-pocket limit",
                    "a yearly limit you entered, for example from a supplement plan",
                    oop_max,
                    usd(oop_max),
                    "",
                    numbers,
                ));
            }
            PlanView {
                name: insurance.label(),
                summary: "Original Medicare has no yearly limit on what you pay unless you have a supplement (Medigap) plan.".to_string(),
                figures,
            }
        }
        PlanTerms::Uninsured => PlanView {
            name: insurance.label(),
            summary: "Without insurance the family is billed for all care the trial sponsor does not pay. Ask the hospital about financial assistance (charity care) before treatment starts.".to_string(),
            figures: Vec::new(),
        },
    }
}
