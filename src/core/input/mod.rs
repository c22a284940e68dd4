//! What the user tells us. `RawInput` keeps every field as the text typed, so a form with
//! mistakes comes back exactly as entered; `Input::parse` turns it into a valid `Input` or a
//! message for each wrong field ("parse, don't validate"). Every field is declared once, in
//! `fields`; `values` turns one field's text into its value and `rules` checks the answers
//! that depend on each other.

mod fields;
mod kinds;
mod place;
mod raw;
mod rules;
mod sections;
#[cfg(test)]
mod tests;
mod values;
mod warnings;

use std::collections::BTreeMap;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::choices::{
    Cells, Condition, CoverageTier, InsuranceType, Lodging, MarketplaceMetal, NetworkAnswer, PayPer, PriceBasis, Route,
    StayNearby, TravelChoice, TravelMode, YesNo,
};
use super::distance::{Distance, Reach, ZipDistance};
use super::scenarios::Scenarios;
use super::tables::{Center, JourneyParam, PerDiemArea, Tables, ZipPoint};
use crate::text;
pub use fields::{ChoiceStyle, FIELDS, Field, FieldId, Kind, Section, pin_field};
pub use raw::{FieldErrors, RawInput};
pub use values::{
    AmountField, AmountUnit, CountField, CountUnit, DecimalMark, MAX_FIELD_LEN, NumberProblem, parse_zip, read_number,
    without_control_characters,
};
pub use warnings::Warning;

/// One field's value once its text is read: blank, or the typed value.
#[derive(Debug, Clone, Copy)]
enum Value<'t> {
    Blank,
    /// The text could not be read; its message is in the errors.
    Wrong,
    Id(&'static str),
    Center(&'t Center),
    Zip(&'t ZipPoint),
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
                if let Err(message) = values::no_control_characters(text) {
                    errors.add(field.name, message);
                    return Value::Wrong;
                }
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
                    Kind::Zip => values::parse_zip(text).and_then(|zip| match zip {
                        None => Ok(Value::Blank),
                        Some(zip) => tables.zip_point(zip).map(Value::Zip).ok_or_else(|| {
                            text!("error-zip-unknown", zip = crate::core::text::Arg::Verbatim(zip.into()))
                        }),
                    }),
                    Kind::Amount(amount) => amount
                        .parse(text, raw.decimal_mark())
                        .map(|a| a.map_or(Value::Blank, Value::Amount)),
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

    fn zip(&self) -> Option<&'t ZipPoint> {
        match self.get(FieldId::HomeZip) {
            Value::Zip(zip) => Some(zip),
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

/// Hours in a week of work when pay is given by the hour and no hours are entered.
pub const DEFAULT_HOURS_PER_WEEK: u32 = 40;

/// Pay as the user gave it: an amount per hour, week, month or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PayGiven {
    pub amount: Decimal,
    pub per: PayPer,
    /// For pay by the hour.
    pub hours_per_week: u32,
}

impl PayGiven {
    /// The same pay a week: hours × hourly pay, a month's × 12 ÷ 52, a year's ÷ 52.
    pub fn weekly(&self) -> Decimal {
        match self.per {
            PayPer::Hour => self.amount * Decimal::from(self.hours_per_week),
            PayPer::Week => self.amount,
            PayPer::Month => self.amount * Decimal::from(12) / Decimal::from(52),
            PayPer::Year => self.amount / Decimal::from(52),
        }
    }
}

impl PayGiven {
    /// How the weekly pay was worked out: "$17.50 an hour × 40 hours a week = $700 a week";
    /// nothing when the pay was given by the week.
    pub fn how_weekly(&self) -> Option<crate::core::text::Text> {
        use crate::core::text::Arg;
        let key = match self.per {
            PayPer::Week => return None,
            PayPer::Hour => "pay-weekly-from-hour",
            PayPer::Month => "pay-weekly-from-month",
            PayPer::Year => "pay-weekly-from-year",
        };
        Some(
            crate::core::text::Text::new(key)
                .with("amount", Arg::MoneyShort(self.amount))
                .with("hours", Arg::Count(u64::from(self.hours_per_week)))
                .with("weekly", pay_arg(self.weekly())),
        )
    }
}

/// An amount of pay as said: exact when it is whole cents, else to the cent ($692.31).
pub fn pay_arg(amount: Decimal) -> crate::core::text::Arg {
    if amount.round_dp(2) == amount {
        crate::core::text::Arg::MoneyShort(amount)
    } else {
        crate::core::text::Arg::Money(amount)
    }
}

/// Earnings and paid days off of one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Earnings {
    /// `None` when not entered: no lost pay is counted.
    pub weekly_pay: Option<Decimal>,
    /// The pay as given, when it was given per hour, month or year (or per week in the new fields).
    pub given: Option<PayGiven>,
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
    /// Whether the center is counted as in the plan's network (yes, or not sure).
    pub in_network: bool,
    /// False when the family is not sure: the estimate then also shows the out-of-network outcome.
    pub network_known: bool,
    /// Original Medicare with a supplement (Medigap) plan.
    pub medicare_supplement: bool,
    /// The plan's travel and lodging benefit for the episode, in dollars, if it has one.
    pub travel_benefit: Option<Decimal>,
    /// A Marketplace plan's metal level (or not sure).
    pub metal: MarketplaceMetal,
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
    home_zip: Option<&'t ZipPoint>,
    distance: Distance,
    travel_mode: TravelMode,
    /// When the family left the way of travel to the distance: the one-way miles beyond which
    /// we count flying. `None` when they chose.
    travel_by_distance: Option<Decimal>,
    lodging: Lodging,
    stay_nearby: StayNearby,
    /// Per scenario: whether visits need a night away and whether the family sleeps at home.
    reach: Scenarios<Reach>,
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
    /// The day the answers were given.
    asked_on: Date,
    pins: BTreeMap<JourneyParam, u32>,
    patient_age: Option<u32>,
    /// Answers allowed but probably not meant.
    warnings: Vec<Warning>,
}

impl<'t> Input<'t> {
    /// Checks every field and returns the input, or a message for each wrong field.
    /// `asked_on` is the day the answers are given (today): figures are those in force from
    /// then on, and dates are read against it.
    pub fn parse(raw: &RawInput, tables: &'t Tables, asked_on: Date) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let values = Values::read(raw, tables, &mut errors);
        // Checks across fields run even when some fields are wrong, so every mistake shows at
        // once; each runs only when the fields it reads are themselves right.
        rules::check(&values, &mut errors);
        let center = values.center();
        let area = center.and_then(|c| tables.per_diem_area(c));
        let home_zip = values.zip();
        let home_state = place::home_state(&values, home_zip, &mut errors);
        let distance = place::distance(&values, tables, center, home_zip, &mut errors);
        let (Some(center), Some(area), Some(home_state), Some(distance)) = (center, area, home_state, distance) else {
            // Only after a center, state or distance error: all are read against the same tables.
            if errors.is_empty() {
                errors.add("center", text!("error-center-from-list"));
            }
            return Err(errors);
        };
        // A start date already past is a mistake, not a plan.
        if let Some(start) = values.date(FieldId::StartDate)
            && start < asked_on
        {
            errors.add(
                Field::of(FieldId::StartDate).name,
                text!(
                    "error-date-past",
                    date = crate::core::text::Arg::Date(start),
                    today = crate::core::text::Arg::Date(asked_on)
                ),
            );
        }
        place::check_drive(&values, home_state, center, &mut errors);
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
        // Pay by amount and period, or (the older field) by the week.
        let earnings = |[pay, per, hours, weekly, days]: [FieldId; 5]| {
            let given = values.amount(pay).map(|amount| PayGiven {
                amount,
                per: values.choice(per, PayPer::parse, PayPer::Week),
                hours_per_week: values.count(hours).unwrap_or(DEFAULT_HOURS_PER_WEEK),
            });
            Earnings {
                weekly_pay: given.map(|g| g.weekly()).or(values.amount(weekly)),
                given,
                paid_leave_days: values.count(days).unwrap_or(0),
            }
        };
        let (travel_mode, travel_by_distance) = place::travel_mode(&values, tables, &distance);
        let stay_nearby = values.choice(FieldId::StayNearby, StayNearby::parse, StayNearby::Usual);
        let reach = Reach::of(tables.distance_rules(), distance.miles, stay_nearby, travel_mode);
        Ok(Self {
            condition: values.choice(FieldId::Condition, Condition::parse, Condition::Other),
            route: values.choice(FieldId::Route, Route::parse, Route::Trial),
            cells: values.choice(FieldId::Cells, Cells::parse, Cells::Autologous),
            price_basis: values.choice(FieldId::PriceBasis, PriceBasis::parse, PriceBasis::LaunchList),
            center,
            area,
            home_state,
            home_zip,
            travel_mode,
            travel_by_distance,
            distance,
            lodging: values.choice(FieldId::Lodging, Lodging::parse, Lodging::Hotel),
            stay_nearby,
            reach,
            lodging_rate: values.amount(FieldId::LodgingRate),
            caregivers: values.count(FieldId::Caregivers).unwrap_or(1),
            caregiver: earnings([
                FieldId::CaregiverPay,
                FieldId::CaregiverPayPer,
                FieldId::CaregiverHoursPerWeek,
                FieldId::CaregiverWeeklyPay,
                FieldId::CaregiverPaidLeaveDays,
            ]),
            caregiver_work_state: values.state(FieldId::CaregiverWorkState),
            patient: earnings([
                FieldId::PatientPay,
                FieldId::PatientPayPer,
                FieldId::PatientHoursPerWeek,
                FieldId::PatientWeeklyPay,
                FieldId::PatientPaidLeaveDays,
            ]),
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
                in_network: values.choice(FieldId::InNetwork, NetworkAnswer::parse, NetworkAnswer::Unsure)
                    != NetworkAnswer::No,
                network_known: values.choice(FieldId::InNetwork, NetworkAnswer::parse, NetworkAnswer::Unsure)
                    != NetworkAnswer::Unsure,
                medicare_supplement: values.choice(FieldId::MedicareSupplement, YesNo::parse, YesNo::No) == YesNo::Yes,
                travel_benefit: values.amount(FieldId::TravelBenefit),
                metal: values.choice(
                    FieldId::MarketplaceMetal,
                    MarketplaceMetal::parse,
                    MarketplaceMetal::Unsure,
                ),
            },
            start_date: values.date(FieldId::StartDate),
            asked_on,
            pins,
            patient_age: values.count(FieldId::PatientAge),
            warnings: Vec::new(),
        }
        .with_warnings(tables))
    }

    fn with_warnings(mut self, tables: &Tables) -> Self {
        let wage = tables.unit_cost(super::tables::UnitCostId::FederalMinimumWage).typical;
        self.warnings = warnings::warnings(&self, wage);
        self
    }

    /// Answers that are allowed but probably not what was meant, each on its field.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The patient's age in years, if given.
    pub fn patient_age(&self) -> Option<u32> {
        self.patient_age
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
    /// The typical one-way distance, which decides overnight trips, aid and notes.
    pub fn distance_miles(&self) -> Decimal {
        self.distance.miles.typical
    }
    /// The distance per scenario, and how it was worked out.
    pub fn distance(&self) -> &Distance {
        &self.distance
    }
    pub fn home_zip(&self) -> Option<&'t ZipPoint> {
        self.home_zip
    }
    /// The distance from the home ZIP code, when it came from there.
    pub fn zip_distance(&self) -> Option<&ZipDistance> {
        self.distance.from_zip.as_ref()
    }
    pub fn travel_mode(&self) -> TravelMode {
        self.travel_mode
    }
    /// False when the way of travel was left to the distance (see `fly_above_miles`).
    pub fn travel_chosen(&self) -> bool {
        self.travel_by_distance.is_none()
    }
    /// The answer as given: drive, fly, or what is usual for the distance.
    pub fn travel_choice(&self) -> TravelChoice {
        match (self.travel_by_distance, self.travel_mode) {
            (Some(_), _) => TravelChoice::Usual,
            (None, TravelMode::Drive) => TravelChoice::Drive,
            (None, TravelMode::Fly) => TravelChoice::Fly,
        }
    }
    /// When the way of travel was left to the distance: we count flying beyond these miles.
    pub fn travel_by_distance(&self) -> Option<Decimal> {
        self.travel_by_distance
    }
    pub fn lodging(&self) -> Lodging {
        self.lodging
    }
    /// Where the family sleeps during the stay, as answered (usual: by the drive's length).
    pub fn stay_nearby(&self) -> StayNearby {
        self.stay_nearby
    }
    /// Per scenario: the miles, whether a visit needs a night away, whether the family
    /// sleeps at home during the stay.
    pub fn reach(&self) -> Scenarios<Reach> {
        self.reach
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
    /// The day the answers were given (today).
    pub fn asked_on(&self) -> Date {
        self.asked_on
    }
    /// The first day figures are looked up for: the start date, or today without one.
    pub fn first_day(&self) -> Date {
        self.start_date.unwrap_or(self.asked_on)
    }
    /// The value the user pinned for a journey count, if any.
    pub fn pin(&self, param: JourneyParam) -> Option<u32> {
        self.pins.get(&param).copied()
    }
}
