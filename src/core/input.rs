//! What the user tells us. `RawInput` keeps every field as the text typed, so a form with
//! mistakes comes back exactly as entered; `Input::parse` turns it into a valid `Input` or
//! a message for each wrong field ("parse, don't validate").

use std::collections::BTreeMap;

use super::text::{Arg, Text};
use crate::text;
use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidateArgs, ValidationError, ValidationErrors};

use super::choices::{
    Cells, Condition, CoverageTier, InsuranceType, Lodging, PriceBasis, Route, TravelMode, YesNo, state_name,
};
use super::tables::{Center, JourneyParam, PerDiemArea, Tables};

/// Longest text kept for any field; longer input is refused rather than echoed back.
pub const MAX_FIELD_LEN: usize = 100;

/// The form exactly as typed. Form fields, query parameters and JSON use these names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
#[validate(context = Tables)]
pub struct RawInput {
    #[validate(custom(function = "check_condition"))]
    pub condition: String,
    #[validate(custom(function = "check_route"))]
    pub route: String,
    #[validate(custom(function = "check_cells"))]
    pub cells: String,
    #[validate(custom(function = "check_price_basis"))]
    pub price_basis: String,
    #[validate(custom(function = "check_center", use_context))]
    pub center: String,
    #[validate(custom(function = "check_home_state"))]
    pub home_state: String,
    #[validate(custom(function = "check_distance"))]
    pub distance_miles: String,
    #[validate(custom(function = "check_travel_mode"))]
    pub travel_mode: String,
    #[validate(custom(function = "check_lodging"))]
    pub lodging: String,
    #[validate(custom(function = "check_lodging_rate"))]
    pub lodging_rate: String,
    #[validate(custom(function = "check_caregivers"))]
    pub caregivers: String,
    #[validate(custom(function = "check_weekly_pay"))]
    pub caregiver_weekly_pay: String,
    #[validate(custom(function = "check_paid_leave"))]
    pub caregiver_paid_leave_days: String,
    #[validate(custom(function = "check_work_state"))]
    pub caregiver_work_state: String,
    #[validate(custom(function = "check_weekly_pay"))]
    pub patient_weekly_pay: String,
    #[validate(custom(function = "check_paid_leave"))]
    pub patient_paid_leave_days: String,
    #[validate(custom(function = "check_child_care"))]
    pub child_care_per_day: String,
    #[validate(custom(function = "check_pets"))]
    pub pets: String,
    #[validate(custom(function = "check_household_size"))]
    pub household_size: String,
    #[validate(custom(function = "check_household_income"))]
    pub household_income: String,
    #[validate(custom(function = "check_insurance"))]
    pub insurance: String,
    #[validate(custom(function = "check_deductible"))]
    pub deductible: String,
    #[validate(custom(function = "check_coinsurance"))]
    pub coinsurance_pct: String,
    #[validate(custom(function = "check_oop_max"))]
    pub oop_max: String,
    #[validate(custom(function = "check_coverage_tier"))]
    pub coverage_tier: String,
    #[validate(custom(function = "check_in_network"))]
    pub in_network: String,
    #[validate(custom(function = "check_medicare_supplement"))]
    pub medicare_supplement: String,
    #[validate(custom(function = "check_travel_benefit"))]
    pub travel_benefit: String,
    #[validate(custom(function = "check_start_date"))]
    pub start_date: String,
    #[validate(custom(function = "check_evaluation_trips"))]
    pub evaluation_trips: String,
    #[validate(custom(function = "check_manufacturing_weeks"))]
    pub manufacturing_weeks: String,
    #[validate(custom(function = "check_conditioning_nights"))]
    pub conditioning_nights: String,
    #[validate(custom(function = "check_hospital_days"))]
    pub hospital_days: String,
    #[validate(custom(function = "check_nearby_days"))]
    pub nearby_days: String,
    #[validate(custom(function = "check_recovery_weeks"))]
    pub recovery_weeks: String,
    #[validate(custom(function = "check_follow_up_visits"))]
    pub follow_up_visits: String,
    #[validate(custom(function = "check_prophylaxis_months"))]
    pub prophylaxis_months: String,
}

/// A message for each wrong field, keyed by field name.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct FieldErrors(BTreeMap<String, Vec<Text>>);

impl FieldErrors {
    pub fn add(&mut self, field: &str, message: Text) {
        self.0.entry(field.to_string()).or_default().push(message);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&[Text]> {
        self.0.get(field).map(Vec::as_slice)
    }

    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn as_map(&self) -> &BTreeMap<String, Vec<Text>> {
        &self.0
    }
}

/// The message a check put in a `ValidationError`: its key, and its values as params.
fn message_of(error: &ValidationError) -> Text {
    let key = error.message.as_deref().unwrap_or("error-invalid").to_string();
    let mut text = Text::keyed(key);
    for (name, value) in &error.params {
        let arg = match (name.as_ref(), value) {
            ("what", serde_json::Value::String(what)) => Arg::from(Text::keyed(what.clone())),
            ("What", serde_json::Value::String(what)) => Arg::Capitalized(Box::new(Text::keyed(what.clone()))),
            (_, serde_json::Value::Number(n)) => Arg::Count(n.as_u64().unwrap_or_default()),
            (_, serde_json::Value::String(s)) => Arg::Verbatim(s.clone()),
            _ => continue,
        };
        let name: &'static str = match name.as_ref() {
            "what" => "what",
            "What" => "What",
            "example" => "example",
            "min" => "min",
            "max" => "max",
            "limit" => "limit",
            _ => continue,
        };
        text = text.with(name, arg);
    }
    text
}

impl From<ValidationErrors> for FieldErrors {
    fn from(errors: ValidationErrors) -> Self {
        let mut out = FieldErrors::default();
        for (field, list) in errors.field_errors() {
            for error in list {
                out.add(&field, message_of(error));
            }
        }
        out
    }
}

impl RawInput {
    /// The form as first shown: the choices most families start from, numbers left blank.
    pub fn with_defaults() -> Self {
        Self {
            route: Route::Trial.id().into(),
            cells: Cells::Autologous.id().into(),
            price_basis: PriceBasis::LaunchList.id().into(),
            travel_mode: TravelMode::Drive.id().into(),
            lodging: Lodging::Hotel.id().into(),
            caregivers: "1".into(),
            insurance: InsuranceType::Employer.id().into(),
            coverage_tier: CoverageTier::SelfOnly.id().into(),
            in_network: YesNo::Yes.id().into(),
            medicare_supplement: YesNo::No.id().into(),
            ..Self::default()
        }
    }

    /// The names of every field, as used in forms, links and JSON.
    pub fn field_names() -> &'static [&'static str] {
        serde_aux::serde_introspection::serde_introspect::<RawInput>()
    }

    /// Builds the input from form or query pairs on top of the defaults. Unknown names are
    /// ignored (a submit button, a tracking parameter); for a repeated name the last wins.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut values = serde_json::to_value(Self::with_defaults()).unwrap_or_default();
        if let Some(map) = values.as_object_mut() {
            for (name, value) in pairs {
                if let Some(slot) = map.get_mut(name) {
                    *slot = serde_json::Value::String(value.to_string());
                }
            }
        }
        serde_json::from_value(values).unwrap_or_else(|_| Self::with_defaults())
    }

    /// Builds the input from a JSON object. Numbers and booleans are taken as their text;
    /// unknown names and nested values are field errors, so API users learn of typos.
    pub fn from_json(body: &serde_json::Value) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let Some(object) = body.as_object() else {
            errors.add("body", text!("error-json-not-object"));
            return Err(errors);
        };
        let names = Self::field_names();
        let mut pairs: Vec<(&str, String)> = Vec::with_capacity(object.len());
        for (name, value) in object {
            if !names.contains(&name.as_str()) {
                errors.add(name, text!("error-json-unknown-field"));
                continue;
            }
            let text = match value {
                serde_json::Value::String(text) => text.clone(),
                serde_json::Value::Number(number) => number.to_string(),
                // Yes-or-no fields take JSON booleans too.
                serde_json::Value::Bool(flag) => if *flag { YesNo::Yes } else { YesNo::No }.id().to_string(),
                serde_json::Value::Null => String::new(),
                serde_json::Value::Array(_) | serde_json::Value::Object(_) => {
                    errors.add(name, text!("error-json-single-value"));
                    continue;
                }
            };
            pairs.push((name, text));
        }
        if errors.is_empty() {
            Ok(Self::from_pairs(
                pairs.iter().map(|(name, text)| (*name, text.as_str())),
            ))
        } else {
            Err(errors)
        }
    }
}

/// Earnings and paid days off of one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Earnings {
    /// `None` when not entered: no lost pay is counted.
    pub weekly_pay: Option<Decimal>,
    pub paid_leave_days: u32,
}

/// The user's own plan figures; each replaces the preset of the plan type when given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct OwnPlanFigures {
    pub deductible: Option<Decimal>,
    /// Percent, 0 to 100.
    pub coinsurance_pct: Option<Decimal>,
    pub oop_max: Option<Decimal>,
}

/// How the patient is insured, beyond the plan type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlanChoices {
    pub tier: CoverageTier,
    /// Whether the center is in the plan's network.
    pub in_network: bool,
    /// Original Medicare with a supplement (Medigap) plan.
    pub medicare_supplement: bool,
    /// The plan's travel and lodging benefit for the episode, in dollars, if it has one.
    pub travel_benefit: Option<Decimal>,
}

/// Valid input, with the center and its GSA area looked up. Only `Input::parse` makes one.
#[derive(Debug, Clone)]
pub struct Input<'t> {
    condition: Condition,
    route: Route,
    cells: Cells,
    price_basis: PriceBasis,
    center: &'t Center,
    area: &'t PerDiemArea,
    home_state: &'static str,
    distance_miles: Decimal,
    travel_mode: TravelMode,
    lodging: Lodging,
    lodging_rate: Option<Decimal>,
    caregivers: u32,
    caregiver: Earnings,
    /// Where the caregiver works, when it is not the home state.
    caregiver_work_state: Option<&'static str>,
    patient: Earnings,
    child_care_per_day: Option<Decimal>,
    pets: u32,
    household_size: Option<u32>,
    household_income: Option<Decimal>,
    insurance: InsuranceType,
    own_plan: OwnPlanFigures,
    plan_choices: PlanChoices,
    start_date: Option<Date>,
    pins: BTreeMap<JourneyParam, u32>,
}

impl<'t> Input<'t> {
    /// Checks every field and returns the input, or a message for each wrong field.
    pub fn parse(raw: &RawInput, tables: &'t Tables) -> Result<Self, FieldErrors> {
        let mut errors: FieldErrors = raw
            .validate_with_args(tables)
            .map_or_else(Into::into, |()| FieldErrors::default());
        // Checks across fields run even when some fields are wrong, so every mistake shows at
        // once; each runs only when the fields it reads are themselves well formed.
        let well_formed: Vec<&str> = RawInput::field_names()
            .iter()
            .copied()
            .filter(|name| errors.get(name).is_none())
            .collect();
        let valid = |names: &[&str]| names.iter().all(|name| well_formed.contains(name));
        let lodging = choice(Lodging::parse, &raw.lodging, Lodging::Hotel);
        let lodging_rate = LODGING_RATE.parse(&raw.lodging_rate).ok().flatten();
        if valid(&["lodging", "lodging_rate"]) && lodging == Lodging::HospitalityHouse && lodging_rate.is_none() {
            errors.add("lodging_rate", text!("error-hospitality-rate"));
        }
        let own_plan = OwnPlanFigures {
            deductible: DEDUCTIBLE.parse(&raw.deductible).ok().flatten(),
            coinsurance_pct: COINSURANCE.parse(&raw.coinsurance_pct).ok().flatten(),
            oop_max: OOP_MAX.parse(&raw.oop_max).ok().flatten(),
        };
        if let (Some(deductible), Some(oop_max)) = (own_plan.deductible, own_plan.oop_max)
            && valid(&["deductible", "oop_max"])
            && oop_max < deductible
        {
            errors.add("oop_max", text!("error-oop-below-deductible"));
        }
        let insurance = choice(InsuranceType::parse, &raw.insurance, InsuranceType::Employer);
        let plan_choices = PlanChoices {
            tier: choice(CoverageTier::parse, &raw.coverage_tier, CoverageTier::SelfOnly),
            in_network: choice(YesNo::parse, &raw.in_network, YesNo::Yes) == YesNo::Yes,
            medicare_supplement: choice(YesNo::parse, &raw.medicare_supplement, YesNo::No) == YesNo::Yes,
            travel_benefit: TRAVEL_BENEFIT.parse(&raw.travel_benefit).ok().flatten(),
        };
        if valid(&["insurance", "medicare_supplement"])
            && plan_choices.medicare_supplement
            && insurance != InsuranceType::Medicare
        {
            errors.add("medicare_supplement", text!("error-supplement-needs-medicare"));
        }
        if valid(&["insurance", "travel_benefit"]) && plan_choices.travel_benefit.is_some() {
            match insurance {
                InsuranceType::Uninsured => errors.add("travel_benefit", text!("error-travel-benefit-uninsured")),
                InsuranceType::Medicare => errors.add("travel_benefit", text!("error-travel-benefit-medicare")),
                _ => {}
            }
        }
        let cells = choice(Cells::parse, &raw.cells, Cells::Autologous);
        let mut pins = BTreeMap::new();
        for (param, range, text) in pin_fields(raw) {
            if let Ok(Some(value)) = range.parse(text) {
                pins.insert(param, value);
            }
        }
        if valid(&["cells"]) && cells == Cells::Allogeneic && pins.contains_key(&JourneyParam::ManufacturingWeeks) {
            errors.add("manufacturing_weeks", text!("error-manufacturing-donor"));
        }
        let center = tables.center(raw.center.trim());
        let area = center.and_then(|c| tables.per_diem_area(c));
        let home_state = US_STATE_CODES
            .iter()
            .copied()
            .find(|code| *code == raw.home_state.trim());
        let (Some(center), Some(area), Some(home_state)) = (center, area, home_state) else {
            // Only after a center or state error: validation checks both against the same tables.
            if errors.is_empty() {
                errors.add("center", text!("error-center-from-list"));
            }
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            condition: choice(Condition::parse, &raw.condition, Condition::Other),
            route: choice(Route::parse, &raw.route, Route::Trial),
            cells,
            price_basis: choice(PriceBasis::parse, &raw.price_basis, PriceBasis::LaunchList),
            center,
            area,
            home_state,
            distance_miles: DISTANCE.parse(&raw.distance_miles).ok().flatten().unwrap_or_default(),
            travel_mode: choice(TravelMode::parse, &raw.travel_mode, TravelMode::Drive),
            lodging,
            lodging_rate,
            caregivers: CAREGIVERS.parse(&raw.caregivers).ok().flatten().unwrap_or(1),
            caregiver: Earnings {
                weekly_pay: WEEKLY_PAY.parse(&raw.caregiver_weekly_pay).ok().flatten(),
                paid_leave_days: PAID_LEAVE
                    .parse(&raw.caregiver_paid_leave_days)
                    .ok()
                    .flatten()
                    .unwrap_or(0),
            },
            caregiver_work_state: US_STATE_CODES
                .iter()
                .copied()
                .find(|code| *code == raw.caregiver_work_state.trim()),
            patient: Earnings {
                weekly_pay: WEEKLY_PAY.parse(&raw.patient_weekly_pay).ok().flatten(),
                paid_leave_days: PAID_LEAVE
                    .parse(&raw.patient_paid_leave_days)
                    .ok()
                    .flatten()
                    .unwrap_or(0),
            },
            child_care_per_day: CHILD_CARE.parse(&raw.child_care_per_day).ok().flatten(),
            pets: PETS.parse(&raw.pets).ok().flatten().unwrap_or(0),
            household_size: HOUSEHOLD_SIZE.parse(&raw.household_size).ok().flatten(),
            household_income: HOUSEHOLD_INCOME.parse(&raw.household_income).ok().flatten(),
            insurance,
            own_plan,
            plan_choices,
            start_date: parse_date(&raw.start_date).ok().flatten(),
            pins,
        })
    }

    pub fn condition(&self) -> Condition {
        self.condition
    }
    pub fn route(&self) -> Route {
        self.route
    }
    pub fn cells(&self) -> Cells {
        self.cells
    }
    pub fn price_basis(&self) -> PriceBasis {
        self.price_basis
    }
    pub fn center(&self) -> &'t Center {
        self.center
    }
    pub fn per_diem_area(&self) -> &'t PerDiemArea {
        self.area
    }
    pub fn home_state(&self) -> &'static str {
        self.home_state
    }
    pub fn distance_miles(&self) -> Decimal {
        self.distance_miles
    }
    pub fn travel_mode(&self) -> TravelMode {
        self.travel_mode
    }
    pub fn lodging(&self) -> Lodging {
        self.lodging
    }
    /// The nightly rate the user gave, if any (required for a hospitality house).
    pub fn lodging_rate(&self) -> Option<Decimal> {
        self.lodging_rate
    }
    /// Adults travelling with the patient.
    pub fn caregivers(&self) -> u32 {
        self.caregivers
    }
    /// The main caregiver's earnings (the one whose pay is entered).
    pub fn caregiver(&self) -> Earnings {
        self.caregiver
    }
    /// The state whose paid leave rules apply to the caregiver: where they work, or home.
    pub fn caregiver_work_state(&self) -> &'static str {
        self.caregiver_work_state.unwrap_or(self.home_state)
    }
    pub fn patient(&self) -> Earnings {
        self.patient
    }
    pub fn child_care_per_day(&self) -> Option<Decimal> {
        self.child_care_per_day
    }
    pub fn pets(&self) -> u32 {
        self.pets
    }
    /// People in the household, if given (for the poverty guideline).
    pub fn household_size(&self) -> Option<u32> {
        self.household_size
    }
    /// The household's yearly income before taxes, if given.
    pub fn household_income(&self) -> Option<Decimal> {
        self.household_income
    }
    pub fn insurance(&self) -> InsuranceType {
        self.insurance
    }
    pub fn own_plan(&self) -> OwnPlanFigures {
        self.own_plan
    }
    pub fn plan_choices(&self) -> PlanChoices {
        self.plan_choices
    }
    pub fn start_date(&self) -> Option<Date> {
        self.start_date
    }
    /// The value the user pinned for a journey count, if any.
    pub fn pin(&self, param: JourneyParam) -> Option<u32> {
        self.pins.get(&param).copied()
    }
}

const US_STATE_CODES: [&str; super::choices::US_STATES.len()] = {
    let mut codes = [""; super::choices::US_STATES.len()];
    let mut index = 0;
    while index < codes.len() {
        codes[index] = super::choices::US_STATES[index];
        index += 1;
    }
    codes
};

/// The parsed value of a choice that validation already accepted (blank means the default).
fn choice<T>(parse: fn(&str) -> Option<T>, text: &str, default: T) -> T {
    parse(text.trim()).unwrap_or(default)
}

/// A check's error: `key` is its message in the message files.
fn error(code: &'static str, key: &'static str) -> ValidationError {
    ValidationError::new(code).with_message(key.into())
}

/// An error whose message names the field (`{ $what }`) and other values.
fn error_with(
    code: &'static str,
    key: &'static str,
    what: &'static str,
    values: &[(&'static str, serde_json::Value)],
) -> ValidationError {
    let mut error = error(code, key);
    error.add_param("what".into(), &what);
    error.add_param("What".into(), &what);
    for (name, value) in values {
        error.add_param((*name).into(), value);
    }
    error
}

fn too_long(text: &str) -> Result<(), ValidationError> {
    if text.chars().count() > MAX_FIELD_LEN {
        Err(error("too_long", "error-too-long"))
    } else {
        Ok(())
    }
}

/// A choice field: `required` when blank is not allowed (no default).
fn check_choice<T>(
    text: &str,
    parse: fn(&str) -> Option<T>,
    required: bool,
    message: &'static str,
) -> Result<(), ValidationError> {
    too_long(text)?;
    let text = text.trim();
    if text.is_empty() && !required {
        return Ok(());
    }
    parse(text).map(|_| ()).ok_or_else(|| error("choice", message))
}

fn check_condition(text: &str) -> Result<(), ValidationError> {
    check_choice(text, Condition::parse, true, "error-choose-condition")
}
fn check_route(text: &str) -> Result<(), ValidationError> {
    check_choice(text, Route::parse, false, "error-choose-route")
}
fn check_cells(text: &str) -> Result<(), ValidationError> {
    check_choice(text, Cells::parse, false, "error-choose-cells")
}
fn check_price_basis(text: &str) -> Result<(), ValidationError> {
    check_choice(text, PriceBasis::parse, false, "error-choose-price-basis")
}
fn check_travel_mode(text: &str) -> Result<(), ValidationError> {
    check_choice(text, TravelMode::parse, false, "error-choose-travel-mode")
}
fn check_lodging(text: &str) -> Result<(), ValidationError> {
    check_choice(text, Lodging::parse, false, "error-choose-lodging")
}
fn check_insurance(text: &str) -> Result<(), ValidationError> {
    check_choice(text, InsuranceType::parse, false, "error-choose-insurance")
}
fn check_coverage_tier(text: &str) -> Result<(), ValidationError> {
    check_choice(text, CoverageTier::parse, false, "error-choose-coverage-tier")
}
fn check_in_network(text: &str) -> Result<(), ValidationError> {
    check_choice(text, YesNo::parse, false, "error-choose-in-network")
}
fn check_medicare_supplement(text: &str) -> Result<(), ValidationError> {
    check_choice(text, YesNo::parse, false, "error-choose-supplement")
}
fn check_home_state(text: &str) -> Result<(), ValidationError> {
    too_long(text)?;
    state_name(text.trim())
        .map(|_| ())
        .ok_or_else(|| error("choice", "error-choose-home-state"))
}
fn check_work_state(text: &str) -> Result<(), ValidationError> {
    too_long(text)?;
    let code = text.trim();
    if code.is_empty() || state_name(code).is_some() {
        Ok(())
    } else {
        Err(error("choice", "error-choose-work-state"))
    }
}
fn check_center(text: &str, tables: &Tables) -> Result<(), ValidationError> {
    too_long(text)?;
    tables
        .center(text.trim())
        .map(|_| ())
        .ok_or_else(|| error("choice", "error-choose-center"))
}

/// An amount from 0 to `max` (dollars, miles or percent); `$`, `%` and thousands commas are allowed.
#[derive(Clone, Copy)]
struct AmountField {
    max: i64,
    required: bool,
    /// What the field holds, as it reads mid-sentence: "the one-way distance in miles".
    what: &'static str,
    /// A value to show as an example: "180".
    example: &'static str,
}

impl AmountField {
    fn parse(&self, text: &str) -> Result<Option<Decimal>, ValidationError> {
        too_long(text)?;
        let cleaned: String = text
            .trim()
            .chars()
            .filter(|c| !matches!(c, '$' | ',' | ' ' | '%'))
            .collect();
        if cleaned.is_empty() {
            return if self.required {
                Err(error_with("required", "error-enter", self.what, &[]))
            } else {
                Ok(None)
            };
        }
        let amount = parse_plain_decimal(&cleaned).ok_or_else(|| {
            error_with(
                "number",
                "error-amount-not-number",
                self.what,
                &[("example", self.example.into())],
            )
        })?;
        if amount.is_sign_negative() {
            return Err(error_with("range", "error-negative", self.what, &[]));
        }
        if amount.scale() > 2 {
            return Err(error_with("number", "error-cents", self.what, &[]));
        }
        if amount > Decimal::from(self.max) {
            return Err(error_with(
                "range",
                "error-too-high",
                self.what,
                &[("limit", group_thousands(self.max).into())],
            ));
        }
        Ok(Some(amount))
    }

    fn check(&self, text: &str) -> Result<(), ValidationError> {
        self.parse(text).map(|_| ())
    }
}

/// A whole number from `min` to `max`; blank means "not given".
#[derive(Clone, Copy)]
struct CountField {
    min: u32,
    max: u32,
    what: &'static str,
}

impl CountField {
    fn parse(&self, text: &str) -> Result<Option<u32>, ValidationError> {
        too_long(text)?;
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let value: u32 = match text.parse::<i64>() {
            Ok(value) if value < 0 => {
                return Err(error_with("range", "error-negative", self.what, &[]));
            }
            Ok(value) => u32::try_from(value).unwrap_or(u32::MAX),
            Err(_) => {
                return Err(error_with(
                    "number",
                    "error-count-not-number",
                    self.what,
                    &[("example", self.min.max(2).min(self.max).to_string().into())],
                ));
            }
        };
        if value < self.min || value > self.max {
            return Err(error_with(
                "range",
                "error-count-range",
                self.what,
                &[("min", self.min.into()), ("max", self.max.into())],
            ));
        }
        Ok(Some(value))
    }

    fn check(&self, text: &str) -> Result<(), ValidationError> {
        self.parse(text).map(|_| ())
    }
}

/// A plain decimal (digits and at most one point), never scientific notation.
fn parse_plain_decimal(text: &str) -> Option<Decimal> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let plain = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.chars().filter(|c| *c == '.').count() <= 1
        && body.chars().any(|c| c.is_ascii_digit())
        && body.len() <= 20;
    if plain { text.parse().ok() } else { None }
}

fn group_thousands(value: i64) -> String {
    super::money::format_number(Decimal::from(value), 0)
}

const DISTANCE: AmountField = AmountField {
    max: 6_000,
    required: true,
    what: "what-one-way-distance-in-miles",
    example: "180",
};
const LODGING_RATE: AmountField = AmountField {
    max: 2_000,
    required: false,
    what: "what-nightly-rate",
    example: "40",
};
const WEEKLY_PAY: AmountField = AmountField {
    max: 50_000,
    required: false,
    what: "what-weekly-pay-before-taxes",
    example: "1204 or 1204.50",
};
const CHILD_CARE: AmountField = AmountField {
    max: 2_000,
    required: false,
    what: "what-cost-of-child-care-per-day",
    example: "60",
};
const DEDUCTIBLE: AmountField = AmountField {
    max: 100_000,
    required: false,
    what: "what-deductible",
    example: "1787",
};
const OOP_MAX: AmountField = AmountField {
    max: 1_000_000,
    required: false,
    what: "what-out-of-pocket-limit",
    example: "9200",
};
const COINSURANCE: AmountField = AmountField {
    max: 100,
    required: false,
    what: "what-coinsurance-percent",
    example: "20",
};
const TRAVEL_BENEFIT: AmountField = AmountField {
    max: 1_000_000,
    required: false,
    what: "what-travel-benefit",
    example: "10000",
};
const HOUSEHOLD_INCOME: AmountField = AmountField {
    max: 10_000_000,
    required: false,
    what: "what-household-s-yearly-income-before-taxes",
    example: "52000",
};
const HOUSEHOLD_SIZE: CountField = CountField {
    min: 1,
    max: 20,
    what: "what-number-of-people-in-the-household",
};
const CAREGIVERS: CountField = CountField {
    min: 0,
    max: 4,
    what: "what-number-of-adults-travelling-with-the-patient",
};
const PAID_LEAVE: CountField = CountField {
    min: 0,
    max: 365,
    what: "what-paid-days-off",
};
const PETS: CountField = CountField {
    min: 0,
    max: 10,
    what: "what-number-of-pets",
};

/// The journey counts a user may pin: the range each accepts and what it is called in messages.
pub const PIN_RANGES: [(JourneyParam, u32, u32, &str); 8] = [
    (JourneyParam::EvaluationTrips, 0, 10, "what-number-of-screening-trips"),
    (
        JourneyParam::ManufacturingWeeks,
        0,
        26,
        "what-weeks-while-the-cells-are-made",
    ),
    (JourneyParam::ConditioningNights, 0, 14, "what-nights-before-admission"),
    (JourneyParam::HospitalDays, 1, 90, "what-days-in-hospital"),
    (JourneyParam::NearbyDays, 0, 120, "what-days-staying-nearby"),
    (JourneyParam::RecoveryWeeks, 0, 52, "what-weeks-of-recovery-at-home"),
    (JourneyParam::FollowUpVisits, 0, 60, "what-number-of-follow-up-visits"),
    (
        JourneyParam::ProphylaxisMonths,
        0,
        24,
        "what-months-of-infection-prevention-medicines",
    ),
];

fn pin_range(param: JourneyParam) -> CountField {
    let (_, min, max, what) =
        PIN_RANGES
            .iter()
            .copied()
            .find(|(p, ..)| *p == param)
            .unwrap_or((param, 0, 0, "what-this-number"));
    CountField { min, max, what }
}

fn pin_fields(raw: &RawInput) -> [(JourneyParam, CountField, &str); 8] {
    use JourneyParam as P;
    [
        (P::EvaluationTrips, pin_range(P::EvaluationTrips), &raw.evaluation_trips),
        (
            P::ManufacturingWeeks,
            pin_range(P::ManufacturingWeeks),
            &raw.manufacturing_weeks,
        ),
        (
            P::ConditioningNights,
            pin_range(P::ConditioningNights),
            &raw.conditioning_nights,
        ),
        (P::HospitalDays, pin_range(P::HospitalDays), &raw.hospital_days),
        (P::NearbyDays, pin_range(P::NearbyDays), &raw.nearby_days),
        (P::RecoveryWeeks, pin_range(P::RecoveryWeeks), &raw.recovery_weeks),
        (P::FollowUpVisits, pin_range(P::FollowUpVisits), &raw.follow_up_visits),
        (
            P::ProphylaxisMonths,
            pin_range(P::ProphylaxisMonths),
            &raw.prophylaxis_months,
        ),
    ]
}

fn check_distance(text: &str) -> Result<(), ValidationError> {
    DISTANCE.check(text)
}
fn check_lodging_rate(text: &str) -> Result<(), ValidationError> {
    LODGING_RATE.check(text)
}
fn check_weekly_pay(text: &str) -> Result<(), ValidationError> {
    WEEKLY_PAY.check(text)
}
fn check_child_care(text: &str) -> Result<(), ValidationError> {
    CHILD_CARE.check(text)
}
fn check_deductible(text: &str) -> Result<(), ValidationError> {
    DEDUCTIBLE.check(text)
}
fn check_oop_max(text: &str) -> Result<(), ValidationError> {
    OOP_MAX.check(text)
}
fn check_coinsurance(text: &str) -> Result<(), ValidationError> {
    COINSURANCE.check(text)
}
fn check_travel_benefit(text: &str) -> Result<(), ValidationError> {
    TRAVEL_BENEFIT.check(text)
}
fn check_household_size(text: &str) -> Result<(), ValidationError> {
    HOUSEHOLD_SIZE.check(text)
}
fn check_household_income(text: &str) -> Result<(), ValidationError> {
    HOUSEHOLD_INCOME.check(text)
}
fn check_caregivers(text: &str) -> Result<(), ValidationError> {
    CAREGIVERS.check(text)
}
fn check_paid_leave(text: &str) -> Result<(), ValidationError> {
    PAID_LEAVE.check(text)
}
fn check_pets(text: &str) -> Result<(), ValidationError> {
    PETS.check(text)
}
fn check_evaluation_trips(text: &str) -> Result<(), ValidationError> {
    pin_range(JourneyParam::EvaluationTrips).check(text)
}
fn check_manufacturing_weeks(text: &str) -> Result<(), ValidationError> {
    pin_range(JourneyParam::ManufacturingWeeks).check(text)
}
fn check_conditioning_nights(text: &str) -> Result<(), ValidationError> {
    pin_range(JourneyParam::ConditioningNights).check(text)
}
fn check_hospital_days(text: &str) -> Result<(), ValidationError> {
    pin_range(JourneyParam::HospitalDays).check(text)
}
fn check_nearby_days(text: &str) -> Result<(), ValidationError> {
    pin_range(JourneyParam::NearbyDays).check(text)
}
fn check_recovery_weeks(text: &str) -> Result<(), ValidationError> {
    pin_range(JourneyParam::RecoveryWeeks).check(text)
}
fn check_follow_up_visits(text: &str) -> Result<(), ValidationError> {
    pin_range(JourneyParam::FollowUpVisits).check(text)
}
fn check_prophylaxis_months(text: &str) -> Result<(), ValidationError> {
    pin_range(JourneyParam::ProphylaxisMonths).check(text)
}

/// Earliest and latest start dates accepted: the data describe 2025-2027 prices.
const FIRST_START: Date = jiff::civil::date(2025, 1, 1);
const LAST_START: Date = jiff::civil::date(2035, 12, 31);

fn parse_date(text: &str) -> Result<Option<Date>, ValidationError> {
    too_long(text)?;
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let shape_ok = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let date: Date = shape_ok
        .then(|| text.parse().ok())
        .flatten()
        .ok_or_else(|| error("date", "error-date-format"))?;
    if date < FIRST_START || date > LAST_START {
        return Err(error("range", "error-date-range"));
    }
    Ok(Some(date))
}

fn check_start_date(text: &str) -> Result<(), ValidationError> {
    parse_date(text).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn tables() -> Tables {
        crate::data_files::load_embedded().unwrap()
    }

    const GOOD: [(&str, &str); 4] = [
        ("condition", "sle"),
        ("center", "durham"),
        ("home_state", "NC"),
        ("distance_miles", "180"),
    ];

    /// Errors for the good input with some fields changed.
    fn errors_with(changes: &[(&str, &str)]) -> FieldErrors {
        let tables = tables();
        let pairs = GOOD.iter().chain(changes.iter()).copied();
        match Input::parse(&RawInput::from_pairs(pairs), &tables) {
            Ok(_) => FieldErrors::default(),
            Err(errors) => errors,
        }
    }

    fn message(changes: &[(&str, &str)], field: &str) -> String {
        let errors = errors_with(changes);
        let list = errors
            .get(field)
            .unwrap_or_else(|| panic!("no error on {field}: {errors:?}"));
        assert_eq!(errors.fields().count(), 1, "only {field} should be wrong: {errors:?}");
        english(list)
    }

    /// The messages as an English reader sees them.
    fn english(list: &[Text]) -> String {
        list.iter()
            .map(|text| crate::i18n::say(crate::i18n::Lang::En, text))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_defaults_with_the_four_required_fields_are_valid() {
        let tables = tables();
        let input = Input::parse(&RawInput::from_pairs(GOOD), &tables).unwrap();
        assert_eq!(input.route(), Route::Trial);
        assert_eq!(input.cells(), Cells::Autologous);
        assert_eq!(input.caregivers(), 1);
        assert_eq!(input.insurance(), InsuranceType::Employer);
        assert_eq!(input.distance_miles(), dec!(180));
        assert_eq!(input.caregiver().weekly_pay, None);
        assert_eq!(input.center().city, "Durham");
    }

    #[test]
    fn an_empty_form_names_each_required_field() {
        let tables = tables();
        let errors = Input::parse(&RawInput::with_defaults(), &tables).unwrap_err();
        let fields: Vec<&str> = errors.fields().collect();
        assert_eq!(fields, vec!["center", "condition", "distance_miles", "home_state"]);
        assert_eq!(
            english(errors.get("distance_miles").unwrap()),
            "Enter the one-way distance in miles."
        );
    }

    #[test]
    fn letters_in_a_number_are_refused() {
        assert_eq!(
            message(&[("distance_miles", "far")], "distance_miles"),
            "Enter the one-way distance in miles as a number, like 180."
        );
        assert_eq!(
            message(&[("caregivers", "one")], "caregivers"),
            "Enter the number of adults travelling with the patient as a whole number, like 2."
        );
        assert!(
            message(&[("caregiver_weekly_pay", "1e3")], "caregiver_weekly_pay").starts_with("Enter the weekly pay")
        );
    }

    #[test]
    fn negative_and_out_of_range_numbers_are_refused() {
        assert_eq!(
            message(&[("distance_miles", "-5")], "distance_miles"),
            "The one-way distance in miles can't be negative."
        );
        assert_eq!(
            message(&[("distance_miles", "6000.01")], "distance_miles"),
            "The one-way distance in miles looks too high: enter at most 6,000."
        );
        assert_eq!(
            message(&[("hospital_days", "0")], "hospital_days"),
            "Enter the days in hospital from 1 to 90."
        );
        assert_eq!(
            message(&[("hospital_days", "91")], "hospital_days"),
            "Enter the days in hospital from 1 to 90."
        );
        assert_eq!(
            message(&[("caregivers", "5")], "caregivers"),
            "Enter the number of adults travelling with the patient from 0 to 4."
        );
        assert_eq!(
            message(&[("coinsurance_pct", "120")], "coinsurance_pct"),
            "The coinsurance percent looks too high: enter at most 100."
        );
        assert_eq!(
            message(&[("lodging_rate", "40.505"), ("lodging", "hotel")], "lodging_rate"),
            "Use at most 2 digits after the point for the nightly rate."
        );
    }

    #[test]
    fn money_may_be_written_with_a_dollar_sign_and_commas() {
        let tables = tables();
        let pairs = GOOD
            .iter()
            .copied()
            .chain([("caregiver_weekly_pay", " $1,204.50 "), ("coinsurance_pct", "20%")]);
        let input = Input::parse(&RawInput::from_pairs(pairs), &tables).unwrap();
        assert_eq!(input.caregiver().weekly_pay, Some(dec!(1204.50)));
        assert_eq!(input.own_plan().coinsurance_pct, Some(dec!(20)));
    }

    #[test]
    fn unknown_choices_are_refused() {
        assert!(message(&[("center", "hogwarts")], "center").starts_with("Choose the treatment center"));
        assert_eq!(
            message(&[("home_state", "ZZ")], "home_state"),
            "Choose the state you live in."
        );
        assert_eq!(
            message(&[("insurance", "medicare_part_z")], "insurance"),
            "Choose the patient's health coverage."
        );
        assert_eq!(
            message(&[("condition", "")], "condition"),
            "Choose the disease being treated."
        );
    }

    #[test]
    fn a_hospitality_house_needs_its_rate() {
        assert!(
            message(&[("lodging", "hospitality_house")], "lodging_rate")
                .starts_with("Enter what the hospitality house charges")
        );
        assert!(errors_with(&[("lodging", "hospitality_house"), ("lodging_rate", "0")]).is_empty());
    }

    #[test]
    fn the_limit_cannot_be_below_the_deductible() {
        assert!(
            message(&[("deductible", "5000"), ("oop_max", "3000")], "oop_max")
                .starts_with("The out-of-pocket limit can't be lower")
        );
    }

    #[test]
    fn a_wrong_field_does_not_hide_a_mistake_across_fields() {
        let errors = errors_with(&[("medicare_supplement", "yes"), ("travel_benefit", "-5"), ("pets", "x")]);
        let fields: Vec<&str> = errors.fields().collect();
        assert_eq!(fields, vec!["medicare_supplement", "pets", "travel_benefit"]);
        // A check across fields waits until the fields it reads are right.
        let errors = errors_with(&[("insurance", "medicare_part_z"), ("medicare_supplement", "yes")]);
        assert_eq!(errors.fields().collect::<Vec<_>>(), vec!["insurance"]);
    }

    #[test]
    fn plan_details_must_fit_the_plan_type() {
        assert!(message(&[("medicare_supplement", "yes")], "medicare_supplement").contains("Original Medicare only"));
        assert!(errors_with(&[("insurance", "medicare"), ("medicare_supplement", "yes")]).is_empty());
        assert!(
            message(
                &[("insurance", "uninsured"), ("travel_benefit", "5000")],
                "travel_benefit"
            )
            .starts_with("A travel benefit comes with a health plan")
        );
        assert_eq!(
            message(&[("in_network", "maybe")], "in_network"),
            "Choose Yes or No: is the center in the plan's network?"
        );
        assert_eq!(
            message(&[("coverage_tier", "couple")], "coverage_tier"),
            "Choose whether the plan covers just the patient or the family too."
        );
        assert_eq!(
            message(&[("travel_benefit", "-5")], "travel_benefit"),
            "The travel benefit can't be negative."
        );
        assert!(
            errors_with(&[
                ("travel_benefit", "$10,000"),
                ("in_network", "no"),
                ("coverage_tier", "family")
            ])
            .is_empty()
        );
    }

    #[test]
    fn donor_cells_take_no_manufacturing_pin() {
        assert!(
            message(
                &[("cells", "allogeneic"), ("manufacturing_weeks", "3")],
                "manufacturing_weeks"
            )
            .contains("leave this blank")
        );
    }

    #[test]
    fn dates_must_be_real_and_in_range() {
        assert_eq!(
            message(&[("start_date", "03/15/2026")], "start_date"),
            "Enter the treatment date as year-month-day, like 2026-03-15."
        );
        assert_eq!(
            message(&[("start_date", "2026-02-30")], "start_date"),
            "Enter the treatment date as year-month-day, like 2026-03-15."
        );
        assert_eq!(
            message(&[("start_date", "2040-01-01")], "start_date"),
            "Enter a treatment date from 2025 to 2035."
        );
        assert!(errors_with(&[("start_date", "2028-02-29")]).is_empty());
    }

    #[test]
    fn very_long_text_is_refused_not_echoed_at_length() {
        let long = "9".repeat(MAX_FIELD_LEN + 1);
        assert_eq!(
            message(&[("pets", &long)], "pets"),
            "This answer is too long: please shorten it."
        );
    }

    #[test]
    fn pairs_ignore_unknown_names_and_keep_the_last_repeat() {
        let raw = RawInput::from_pairs([("submit", "Estimate"), ("pets", "1"), ("pets", "2")]);
        assert_eq!(raw.pets, "2");
        assert_eq!(raw.route, "trial", "defaults stay");
    }

    #[test]
    fn json_takes_numbers_and_text_and_names_unknown_fields() {
        let body =
            serde_json::json!({"distance_miles": 180, "condition": "sle", "in_netwerk": true, "caregivers": null});
        let raw = RawInput::from_json(&body).unwrap_err();
        assert_eq!(
            english(raw.get("in_netwerk").unwrap()),
            "This is not a field of the estimate."
        );

        let body = serde_json::json!({"in_network": false, "medicare_supplement": true});
        let raw = RawInput::from_json(&body).unwrap();
        assert_eq!(
            (raw.in_network.as_str(), raw.medicare_supplement.as_str()),
            ("no", "yes")
        );

        let body = serde_json::json!({"distance_miles": 180.5, "condition": "sle", "pets": 2});
        let raw = RawInput::from_json(&body).unwrap();
        assert_eq!((raw.distance_miles.as_str(), raw.pets.as_str()), ("180.5", "2"));

        let errors = RawInput::from_json(&serde_json::json!({"pets": [1, 2]})).unwrap_err();
        assert_eq!(
            english(errors.get("pets").unwrap()),
            "Give a single value (text or a number)."
        );
        let errors = RawInput::from_json(&serde_json::json!([1])).unwrap_err();
        assert!(errors.get("body").is_some());
    }

    #[test]
    fn field_names_are_the_documented_ones() {
        let names = RawInput::field_names();
        for name in [
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
            "in_network",
            "travel_benefit",
            "hospital_days",
            "nearby_days",
            "follow_up_visits",
            "start_date",
        ] {
            assert!(names.contains(&name), "{name}");
        }
    }
}
