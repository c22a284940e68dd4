//! The form (`GET /`, and `POST /` from "Change your answers"): plain labels, help, the
//! answers as typed and a message beside each wrong field.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::choices::{
    Cells, Condition, CoverageTier, InsuranceType, Lodging, PriceBasis, Route, TravelMode, US_STATES, YesNo, state_name,
};
use crate::core::input::{FieldErrors, PIN_RANGES, RawInput};
use crate::core::tables::{Tables, UnitCostId};
use crate::core::text::Text;
use crate::i18n::{Lang, say};
use crate::web::AppState;
use crate::web::parts::words::{msg, said_errors};
use crate::web::request::Answers;
use crate::web::respond;

/// `GET /`: the form, prefilled from the query string when a link carries answers.
pub async fn blank_or_prefilled(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    respond::form(
        &state,
        &Answers::from_query(&request),
        &FieldErrors::default(),
        StatusCode::OK,
    )
}

/// `POST /`: the form again with the answers posted from an estimate page ("Change your answers").
pub async fn with_answers(state: web::Data<AppState>, request: HttpRequest, body: web::Bytes) -> HttpResponse {
    respond::form(
        &state,
        &Answers::from_body(&request, &body),
        &FieldErrors::default(),
        StatusCode::OK,
    )
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
                label: if c.is_unlisted() {
                    msg(lang, "form-center-other")
                } else {
                    c.display_name()
                },
            })
            .collect();
        // Alphabetical by city, with "a center not listed" last.
        centers.sort_by_key(|c| (c.id == crate::core::tables::UNLISTED_CENTER, c.label.clone()));
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
