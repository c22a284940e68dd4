//! What the user tells us. `RawInput` keeps every field as the text typed, so a form with
//! mistakes comes back exactly as entered; `Input::parse` turns it into a valid `Input` or a
//! message for each wrong field ("parse, don't validate"). Every field is declared once, in
//! `fields`; `values` turns one field's text into its value and `rules` checks the answers
//! that depend on each other.

mod fields;
mod raw;
mod rules;
mod values;

use std::collections::BTreeMap;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::choices::{Cells, Condition, CoverageTier, InsuranceType, Lodging, PriceBasis, Route, TravelMode, YesNo};
use super::tables::{Center, JourneyParam, PerDiemArea, Tables};
use crate::text;
pub use fields::{ChoiceStyle, FIELDS, Field, FieldId, Kind, Section, pin_field};
pub use raw::{FieldErrors, RawInput};
pub use values::{AmountField, AmountUnit, CountField, CountUnit, MAX_FIELD_LEN};

/// One field's value once its text is read: blank, or the typed value.
#[derive(Debug, Clone, Copy)]
enum Value<'t> {
    Blank,
    /// The text could not be read; its message is in the errors.
    Wrong,
    Id(&'static str),
    Center(&'t Center),
    Amount(Decimal),
    Count(u32),
    Date(Date),
}

/// Every field's value, by field.
pub(crate) struct Values<'t>(Vec<Value<'t>>);

impl<'t> Values<'t> {
    /// Reads each field's text once, collecting a message for each that is wrong.
    fn read(raw: &RawInput, tables: &'t Tables, errors: &mut FieldErrors) -> Self {
        let values = raw
            .iter()
            .map(|(field, text)| {
                let value = match field.kind {
                    Kind::Choice {
                        ids, required, error, ..
                    } => values::parse_choice(text, ids, required, error).map(|id| id.map_or(Value::Blank, Value::Id)),
                    Kind::State { required, error, .. } => {
                        values::parse_state(text, required, error).map(|code| code.map_or(Value::Blank, Value::Id))
                    }
                    Kind::Center { .. } => values::not_too_long(text).and_then(|id| {
                        tables
                            .center(id)
                            .map(Value::Center)
                            .ok_or_else(|| text!("error-choose-center"))
                    }),
                    Kind::Amount(amount) => amount.parse(text).map(|a| a.map_or(Value::Blank, Value::Amount)),
                    Kind::Count(count) | Kind::Pin(_, count) => {
                        count.parse(text).map(|n| n.map_or(Value::Blank, Value::Count))
                    }
                    Kind::Date => values::parse_date(text).map(|d| d.map_or(Value::Blank, Value::Date)),
                };
                value.unwrap_or_else(|message| {
                    errors.add(field.name, message);
                    Value::Wrong
                })
            })
            .collect();
        Self(values)
    }

    fn get(&self, id: FieldId) -> Value<'t> {
        self.0[id as usize]
    }

    /// True when the field's text was read (blank or not).
    pub(crate) fn is_right(&self, id: FieldId) -> bool {
        !matches!(self.get(id), Value::Wrong)
    }

    /// A choice, or `default` when blank.
    pub(crate) fn choice<T>(&self, id: FieldId, parse: fn(&str) -> Option<T>, default: T) -> T {
        match self.get(id) {
            Value::Id(id) => parse(id).unwrap_or(default),
            _ => default,
        }
    }

    fn state(&self, id: FieldId) -> Option<&'static str> {
        match self.get(id) {
            Value::Id(code) => Some(code),
            _ => None,
        }
    }

    pub(crate) fn amount(&self, id: FieldId) -> Option<Decimal> {
        match self.get(id) {
            Value::Amount(amount) => Some(amount),
            _ => None,
        }
    }

    pub(crate) fn count(&self, id: FieldId) -> Option<u32> {
        match self.get(id) {
            Value::Count(count) => Some(count),
            _ => None,
        }
    }

    fn date(&self, id: FieldId) -> Option<Date> {
        match self.get(id) {
            Value::Date(date) => Some(date),
            _ => None,
        }
    }

    fn center(&self) -> Option<&'t Center> {
        match self.get(FieldId::Center) {
            Value::Center(center) => Some(center),
            _ => None,
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
        let mut errors = FieldErrors::default();
        let values = Values::read(raw, tables, &mut errors);
        // Checks across fields run even when some fields are wrong, so every mistake shows at
        // once; each runs only when the fields it reads are themselves right.
        rules::check(&values, &mut errors);
        let center = values.center();
        let area = center.and_then(|c| tables.per_diem_area(c));
        let home_state = values.state(FieldId::HomeState);
        let (Some(center), Some(area), Some(home_state)) = (center, area, home_state) else {
            // Only after a center or state error: both are read against the same tables.
            if errors.is_empty() {
                errors.add("center", text!("error-center-from-list"));
            }
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let pins = FIELDS
            .iter()
            .filter_map(|field| match field.kind {
                Kind::Pin(param, _) => Some((param, values.count(field.id)?)),
                _ => None,
            })
            .collect();
        let earnings = |pay: FieldId, days: FieldId| Earnings {
            weekly_pay: values.amount(pay),
            paid_leave_days: values.count(days).unwrap_or(0),
        };
        Ok(Self {
            condition: values.choice(FieldId::Condition, Condition::parse, Condition::Other),
            route: values.choice(FieldId::Route, Route::parse, Route::Trial),
            cells: values.choice(FieldId::Cells, Cells::parse, Cells::Autologous),
            price_basis: values.choice(FieldId::PriceBasis, PriceBasis::parse, PriceBasis::LaunchList),
            center,
            area,
            home_state,
            distance_miles: values.amount(FieldId::DistanceMiles).unwrap_or_default(),
            travel_mode: values.choice(FieldId::TravelMode, TravelMode::parse, TravelMode::Drive),
            lodging: values.choice(FieldId::Lodging, Lodging::parse, Lodging::Hotel),
            lodging_rate: values.amount(FieldId::LodgingRate),
            caregivers: values.count(FieldId::Caregivers).unwrap_or(1),
            caregiver: earnings(FieldId::CaregiverWeeklyPay, FieldId::CaregiverPaidLeaveDays),
            caregiver_work_state: values.state(FieldId::CaregiverWorkState),
            patient: earnings(FieldId::PatientWeeklyPay, FieldId::PatientPaidLeaveDays),
            child_care_per_day: values.amount(FieldId::ChildCarePerDay),
            pets: values.count(FieldId::Pets).unwrap_or(0),
            household_size: values.count(FieldId::HouseholdSize),
            household_income: values.amount(FieldId::HouseholdIncome),
            insurance: values.choice(FieldId::Insurance, InsuranceType::parse, InsuranceType::Employer),
            own_plan: OwnPlanFigures {
                deductible: values.amount(FieldId::Deductible),
                coinsurance_pct: values.amount(FieldId::CoinsurancePct),
                oop_max: values.amount(FieldId::OopMax),
            },
            plan_choices: PlanChoices {
                tier: values.choice(FieldId::CoverageTier, CoverageTier::parse, CoverageTier::SelfOnly),
                in_network: values.choice(FieldId::InNetwork, YesNo::parse, YesNo::Yes) == YesNo::Yes,
                medicare_supplement: values.choice(FieldId::MedicareSupplement, YesNo::parse, YesNo::No) == YesNo::Yes,
                travel_benefit: values.amount(FieldId::TravelBenefit),
            },
            start_date: values.date(FieldId::StartDate),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::Text;
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
        let long = "9".repeat(MAX_FIELD_LEN as usize + 1);
        assert_eq!(
            message(&[("pets", &long)], "pets"),
            "This answer is too long: please shorten it."
        );
    }

    #[test]
    fn pairs_ignore_unknown_names_and_keep_the_last_repeat() {
        let raw = RawInput::from_pairs([("submit", "Estimate"), ("pets", "1"), ("pets", "2")]);
        assert_eq!(&raw[FieldId::Pets], "2");
        assert_eq!(&raw[FieldId::Route], "trial", "defaults stay");
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
            (&raw[FieldId::InNetwork], &raw[FieldId::MedicareSupplement]),
            ("no", "yes")
        );

        let body = serde_json::json!({"distance_miles": 180.5, "condition": "sle", "pets": 2});
        let raw = RawInput::from_json(&body).unwrap();
        assert_eq!((&raw[FieldId::DistanceMiles], &raw[FieldId::Pets]), ("180.5", "2"));

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
        let names: Vec<&str> = RawInput::field_names().collect();
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
