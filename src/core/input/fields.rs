//! Every answer the estimate takes, declared once: its name in forms, links and JSON, what kind
//! of value it holds and its limits, its default, where it sits on the form and the words that
//! ask for it, and whether it is household money (left out of share links). The raw input,
//! parsing, the order of errors, share links, the OpenAPI document and the form all read this.

pub use super::kinds::{ChoiceStyle, Kind};
pub use super::sections::Section;
use super::values::{AmountField, AmountUnit, CountField, CountUnit};
use crate::core::choices::{
    Cells, Condition, CoverageTier, InsuranceType, Lodging, MarketplaceMetal, NetworkAnswer, PayPer, PriceBasis, Route,
    StayNearby, TravelChoice, YesNo,
};
use crate::core::tables::JourneyParam;

/// One answer.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub id: FieldId,
    /// Its name in forms, links and JSON.
    pub name: &'static str,
    pub kind: Kind,
    /// What a blank form starts with.
    pub default: &'static str,
    /// Household money stays out of share links unless the user asks.
    pub household_money: bool,
    pub section: Section,
    /// The question, as a message key.
    pub label: &'static str,
    /// Help under the question, as a message key.
    pub help: Option<&'static str>,
    /// A paragraph the form shows just before the question, as a message key.
    pub lead: Option<&'static str>,
    /// Still read, but no longer asked on the form: an older way to give the answer this
    /// field now holds (the form shows a value or message of the old field in the new one).
    pub replaced_by: Option<FieldId>,
}

impl Field {
    /// The field of a name, if it is one.
    pub fn named(name: &str) -> Option<&'static Field> {
        FIELDS.iter().find(|field| field.name == name)
    }

    pub fn of(id: FieldId) -> &'static Field {
        &FIELDS[id as usize]
    }

    /// True when the estimate cannot be worked out without this answer.
    pub fn required(&self) -> bool {
        match self.kind {
            Kind::Choice { required, .. } | Kind::State { required, .. } => required,
            Kind::Center { .. } => true,
            Kind::Amount(amount) => amount.required,
            Kind::Count(_) | Kind::Date | Kind::Pin(..) | Kind::Zip => false,
        }
    }
}

/// Declares the fields, in the order the form asks them, and the `FieldId` of each.
macro_rules! fields {
    ($($id:ident { $($key:ident: $value:expr),* $(,)? })+) => {
        /// Each answer, in form order; `FIELDS[id as usize]` is its declaration.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum FieldId { $($id),+ }

        /// Every field, in the order the form asks them.
        pub const FIELDS: &[Field] = &[$(Field {
            id: FieldId::$id,
            $($key: $value,)*
            ..BLANK
        }),+];
    };
}

/// What a declaration leaves out: no default, not household money, no help.
const BLANK: Field = Field {
    id: FieldId::Condition,
    name: "",
    kind: Kind::Date,
    default: "",
    household_money: false,
    section: Section::Treatment,
    label: "",
    help: None,
    lead: None,
    replaced_by: None,
};

const fn buttons(ids: &'static [&'static str], labels: &'static str, error: &'static str) -> Kind {
    Kind::Choice {
        ids,
        labels,
        required: false,
        error,
        style: ChoiceStyle::Buttons,
        placeholder: None,
    }
}

const fn dollars(max: i64, what: &'static str, example: &'static str) -> Kind {
    Kind::Amount(AmountField {
        max,
        required: false,
        what,
        example,
        unit: AmountUnit::Dollars,
    })
}

const fn count(min: u32, max: u32, what: &'static str, unit: CountUnit) -> Kind {
    Kind::Count(CountField { min, max, what, unit })
}

const fn pin(param: JourneyParam, min: u32, max: u32, what: &'static str) -> Kind {
    Kind::Pin(
        param,
        CountField {
            min,
            max,
            what,
            unit: CountUnit::Journey,
        },
    )
}

fields! {
    Condition {
        name: "condition",
        kind: Kind::Choice {
            ids: Condition::IDS,
            labels: Condition::LABELS,
            required: true,
            error: "error-choose-condition",
            style: ChoiceStyle::List,
            placeholder: Some("form-condition-placeholder"),
        },
        label: "form-condition",
        help: Some("form-condition-help"),
    }
    Route {
        name: "route",
        kind: buttons(Route::IDS, Route::LABELS, "error-choose-route"),
        default: "trial",
        label: "form-route",
        help: Some("form-route-help"),
    }
    Cells {
        name: "cells",
        kind: buttons(Cells::IDS, Cells::LABELS, "error-choose-cells"),
        default: "autologous",
        label: "form-cells",
        help: Some("form-cells-help"),
    }
    PatientAge {
        name: "patient_age",
        kind: count(0, 120, "what-patient-s-age", CountUnit::Years),
        label: "form-patient-age",
        help: Some("form-patient-age-help"),
    }
    PriceBasis {
        name: "price_basis",
        kind: Kind::Choice {
            ids: PriceBasis::IDS,
            labels: PriceBasis::LABELS,
            required: false,
            error: "error-choose-price-basis",
            style: ChoiceStyle::List,
            placeholder: None,
        },
        default: "launch_list",
        label: "form-price-basis",
        help: Some("form-price-basis-help"),
    }
    Center {
        name: "center",
        kind: Kind::Center { placeholder: "form-center-placeholder" },
        section: Section::Travel,
        label: "form-center",
        help: Some("form-center-help"),
    }
    HomeZip {
        name: "home_zip",
        kind: Kind::Zip,
        section: Section::Travel,
        label: "form-home-zip",
        help: Some("form-home-zip-help"),
    }
    HomeState {
        name: "home_state",
        kind: Kind::State { required: false, error: "error-choose-home-state", placeholder: "form-state-placeholder" },
        section: Section::Travel,
        label: "form-home-state",
        help: Some("form-home-state-help"),
    }
    DistanceMiles {
        name: "distance_miles",
        kind: Kind::Amount(AmountField {
            max: 6_000,
            required: false,
            what: "what-one-way-distance-in-miles",
            example: "180",
            unit: AmountUnit::Miles,
        }),
        section: Section::Travel,
        label: "form-distance",
        help: Some("form-distance-help"),
    }
    TravelMode {
        name: "travel_mode",
        kind: buttons(TravelChoice::IDS, TravelChoice::LABELS, "error-choose-travel-mode"),
        default: "usual",
        section: Section::Travel,
        label: "form-travel-mode",
    }
    Lodging {
        name: "lodging",
        kind: buttons(Lodging::IDS, Lodging::LABELS, "error-choose-lodging"),
        default: "hotel",
        section: Section::Travel,
        label: "form-lodging",
        help: Some("form-lodging-help"),
    }
    StayNearby {
        name: "stay_nearby",
        kind: buttons(StayNearby::IDS, StayNearby::LABELS, "error-choose-stay-nearby"),
        default: "usual",
        section: Section::Travel,
        label: "form-stay-nearby",
        help: Some("form-stay-nearby-help"),
    }
    LodgingRate {
        name: "lodging_rate",
        kind: dollars(2_000, "what-nightly-rate", "40"),
        section: Section::Travel,
        label: "form-lodging-rate",
        help: Some("form-lodging-rate-help"),
    }
    Caregivers {
        name: "caregivers",
        kind: count(0, 4, "what-number-of-adults-travelling-with-the-patient", CountUnit::None),
        default: "1",
        section: Section::Travel,
        label: "form-caregivers",
        help: Some("form-caregivers-help"),
    }
    CaregiverPay {
        name: "caregiver_pay",
        kind: dollars(1_000_000, "what-pay-before-taxes", "17.50"),
        household_money: true,
        section: Section::Work,
        label: "form-caregiver-pay",
        help: Some("form-caregiver-pay-help"),
    }
    CaregiverPayPer {
        name: "caregiver_pay_per",
        kind: buttons(PayPer::IDS, PayPer::LABELS, "error-choose-pay-per"),
        default: "week",
        section: Section::Work,
        label: "form-pay-per",
    }
    CaregiverHoursPerWeek {
        name: "caregiver_hours_per_week",
        kind: count(1, 100, "what-hours-worked-a-week", CountUnit::None),
        section: Section::Work,
        label: "form-hours-per-week",
        help: Some("form-hours-per-week-help"),
    }
    CaregiverWeeklyPay {
        name: "caregiver_weekly_pay",
        kind: dollars(50_000, "what-weekly-pay-before-taxes", "1204.50"),
        household_money: true,
        section: Section::Work,
        label: "form-caregiver-weekly-pay",
        replaced_by: Some(FieldId::CaregiverPay),
    }
    CaregiverPaidLeaveDays {
        name: "caregiver_paid_leave_days",
        kind: count(0, 365, "what-paid-days-off", CountUnit::Days),
        section: Section::Work,
        label: "form-caregiver-days-off",
        help: Some("form-days-off-help"),
    }
    CaregiverWorkState {
        name: "caregiver_work_state",
        kind: Kind::State { required: false, error: "error-choose-work-state", placeholder: "form-work-state-placeholder" },
        section: Section::Work,
        label: "form-work-state",
        help: Some("form-work-state-help"),
    }
    PatientPay {
        name: "patient_pay",
        kind: dollars(1_000_000, "what-pay-before-taxes", "17.50"),
        household_money: true,
        section: Section::Work,
        label: "form-patient-pay",
    }
    PatientPayPer {
        name: "patient_pay_per",
        kind: buttons(PayPer::IDS, PayPer::LABELS, "error-choose-pay-per"),
        default: "week",
        section: Section::Work,
        label: "form-pay-per",
    }
    PatientHoursPerWeek {
        name: "patient_hours_per_week",
        kind: count(1, 100, "what-hours-worked-a-week", CountUnit::None),
        section: Section::Work,
        label: "form-hours-per-week",
        help: Some("form-hours-per-week-help"),
    }
    PatientWeeklyPay {
        name: "patient_weekly_pay",
        kind: dollars(50_000, "what-weekly-pay-before-taxes", "1204.50"),
        household_money: true,
        section: Section::Work,
        label: "form-patient-weekly-pay",
        replaced_by: Some(FieldId::PatientPay),
    }
    PatientPaidLeaveDays {
        name: "patient_paid_leave_days",
        kind: count(0, 365, "what-paid-days-off", CountUnit::Days),
        section: Section::Work,
        label: "form-patient-days-off",
    }
    ChildCarePerDay {
        name: "child_care_per_day",
        kind: dollars(2_000, "what-cost-of-child-care-per-day", "60"),
        section: Section::Home,
        label: "form-child-care",
        help: Some("form-child-care-help"),
    }
    Pets {
        name: "pets",
        kind: count(0, 10, "what-number-of-pets", CountUnit::None),
        section: Section::Home,
        label: "form-pets",
    }
    HouseholdSize {
        name: "household_size",
        kind: count(1, 20, "what-number-of-people-in-the-household", CountUnit::None),
        household_money: true,
        section: Section::Income,
        label: "form-household-size",
        help: Some("form-household-size-help"),
    }
    HouseholdIncome {
        name: "household_income",
        kind: dollars(10_000_000, "what-household-s-yearly-income-before-taxes", "52000"),
        household_money: true,
        section: Section::Income,
        label: "form-household-income",
        help: Some("form-household-income-help"),
    }
    Insurance {
        name: "insurance",
        kind: Kind::Choice {
            ids: InsuranceType::IDS,
            labels: InsuranceType::LABELS,
            required: false,
            error: "error-choose-insurance",
            style: ChoiceStyle::List,
            placeholder: None,
        },
        default: "employer",
        section: Section::Insurance,
        label: "form-insurance",
    }
    MarketplaceMetal {
        name: "marketplace_metal",
        kind: buttons(MarketplaceMetal::IDS, MarketplaceMetal::LABELS, "error-choose-marketplace-metal"),
        default: "unsure",
        section: Section::Insurance,
        label: "form-marketplace-metal",
        help: Some("form-marketplace-metal-help"),
    }
    InNetwork {
        name: "in_network",
        kind: buttons(NetworkAnswer::IDS, NetworkAnswer::LABELS, "error-choose-in-network"),
        default: "unsure",
        section: Section::Insurance,
        label: "form-in-network",
        help: Some("form-in-network-help"),
    }
    CoverageTier {
        name: "coverage_tier",
        kind: buttons(CoverageTier::IDS, CoverageTier::LABELS, "error-choose-coverage-tier"),
        default: "self_only",
        section: Section::Insurance,
        label: "form-coverage-tier",
        help: Some("form-coverage-tier-help"),
    }
    MedicareSupplement {
        name: "medicare_supplement",
        kind: buttons(YesNo::IDS, YesNo::LABELS, "error-choose-supplement"),
        default: "no",
        section: Section::Insurance,
        label: "form-supplement",
        help: Some("form-supplement-help"),
    }
    TravelBenefit {
        name: "travel_benefit",
        kind: dollars(1_000_000, "what-travel-benefit", "10000"),
        section: Section::Insurance,
        label: "form-travel-benefit",
        help: Some("form-travel-benefit-help"),
    }
    Deductible {
        name: "deductible",
        kind: dollars(100_000, "what-deductible", "1787"),
        section: Section::Insurance,
        label: "form-deductible",
        help: Some("form-deductible-help"),
        lead: Some("form-plan-figures-help"),
    }
    CoinsurancePct {
        name: "coinsurance_pct",
        kind: Kind::Amount(AmountField {
            max: 100,
            required: false,
            what: "what-coinsurance-percent",
            example: "20",
            unit: AmountUnit::Percent,
        }),
        section: Section::Insurance,
        label: "form-coinsurance",
        help: Some("form-coinsurance-help"),
    }
    OopMax {
        name: "oop_max",
        kind: dollars(1_000_000, "what-out-of-pocket-limit", "9200"),
        section: Section::Insurance,
        label: "form-oop-max",
        help: Some("form-oop-max-help"),
    }
    StartDate {
        name: "start_date",
        kind: Kind::Date,
        section: Section::When,
        label: "form-start-date",
        help: Some("form-start-date-help"),
    }
    EvaluationTrips {
        name: "evaluation_trips",
        kind: pin(JourneyParam::EvaluationTrips, 0, 10, "what-number-of-screening-trips"),
        section: Section::Steps,
    }
    ManufacturingWeeks {
        name: "manufacturing_weeks",
        kind: pin(JourneyParam::ManufacturingWeeks, 0, 26, "what-weeks-while-the-cells-are-made"),
        section: Section::Steps,
    }
    ConditioningNights {
        name: "conditioning_nights",
        kind: pin(JourneyParam::ConditioningNights, 0, 14, "what-nights-before-admission"),
        section: Section::Steps,
    }
    HospitalDays {
        name: "hospital_days",
        kind: pin(JourneyParam::HospitalDays, 1, 90, "what-days-in-hospital"),
        section: Section::Steps,
    }
    NearbyDays {
        name: "nearby_days",
        kind: pin(JourneyParam::NearbyDays, 0, 120, "what-days-staying-nearby"),
        section: Section::Steps,
    }
    RecoveryWeeks {
        name: "recovery_weeks",
        kind: pin(JourneyParam::RecoveryWeeks, 0, 52, "what-weeks-of-recovery-at-home"),
        section: Section::Steps,
    }
    FollowUpVisits {
        name: "follow_up_visits",
        kind: pin(JourneyParam::FollowUpVisits, 0, 60, "what-number-of-follow-up-visits"),
        section: Section::Steps,
    }
    ProphylaxisMonths {
        name: "prophylaxis_months",
        kind: pin(JourneyParam::ProphylaxisMonths, 0, 24, "what-months-of-infection-prevention-medicines"),
        section: Section::Steps,
    }
}

/// The field that pins a journey count, if the user may pin it.
pub fn pin_field(param: JourneyParam) -> Option<&'static Field> {
    FIELDS
        .iter()
        .find(|field| matches!(field.kind, Kind::Pin(p, _) if p == param))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_sits_at_its_own_id_and_names_are_unique() {
        for (index, field) in FIELDS.iter().enumerate() {
            assert_eq!(field.id as usize, index, "{}", field.name);
            assert!(!field.name.is_empty());
            assert!(
                FIELDS[..index].iter().all(|f| f.name != field.name),
                "{} twice",
                field.name
            );
        }
    }

    #[test]
    fn defaults_are_answers_the_field_accepts() {
        for field in FIELDS {
            if let Kind::Choice { ids, .. } = field.kind {
                assert!(
                    field.default.is_empty() || ids.contains(&field.default),
                    "{}",
                    field.name
                );
            }
        }
    }

    #[test]
    fn every_field_but_a_pin_has_a_question() {
        for field in FIELDS {
            assert_eq!(
                field.label.is_empty(),
                matches!(field.kind, Kind::Pin(..)),
                "{}",
                field.name
            );
        }
    }
}
