//! Reading answers: what is accepted, and the message for each kind of mistake.

use super::*;

/// The day the answers are given in these tests.
const TODAY: Date = jiff::civil::date(2026, 12, 2);
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
    match Input::parse(&RawInput::from_pairs(pairs), &tables, TODAY) {
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
    let input = Input::parse(&RawInput::from_pairs(GOOD), &tables, TODAY).unwrap();
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
    let errors = Input::parse(&RawInput::with_defaults(), &tables, TODAY).unwrap_err();
    let fields: Vec<&str> = errors.fields().collect();
    assert_eq!(fields, vec!["center", "condition", "distance_miles", "home_state"]);
    assert_eq!(
        english(errors.get("distance_miles").unwrap()),
        "Type your ZIP code above, or the distance to the center (one way, in miles)."
    );
    assert_eq!(
        english(errors.get("home_state").unwrap()),
        "Type your ZIP code, or choose the state you live in."
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
    assert!(message(&[("caregiver_weekly_pay", "1e3")], "caregiver_weekly_pay").starts_with("Enter the weekly pay"));
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
        message(&[("lodging_rate", "40.5051"), ("lodging", "hotel")], "lodging_rate"),
        "Use at most 2 digits after the decimal point for the nightly rate."
    );
}

#[test]
fn money_may_be_written_with_a_dollar_sign_and_commas() {
    let tables = tables();
    let pairs = GOOD
        .iter()
        .copied()
        .chain([("caregiver_weekly_pay", " $1,204.50 "), ("coinsurance_pct", "20%")]);
    let input = Input::parse(&RawInput::from_pairs(pairs), &tables, TODAY).unwrap();
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
fn control_characters_are_refused_in_every_kind_of_field_and_left_out_of_the_form() {
    let hidden = "This answer has hidden control characters in it (they can come from copying and pasting). Please type it again.";
    for (field, text) in [
        ("distance_miles", "18\u{0}0"),
        ("condition", "sle\u{1b}"),
        ("home_zip", "27\u{202e}710"),
        ("start_date", "2027-03-01\u{200b}"),
        ("pets", "\u{7f}1"),
    ] {
        assert_eq!(message(&[(field, text)], field), hidden, "{field}");
    }
    // Spaces, tabs and line ends around an answer are trimmed as always, not refused.
    assert!(errors_with(&[("distance_miles", "\t180\r\n")]).is_empty());
    let raw = RawInput::from_pairs([("distance_miles", "18\u{0}0"), ("home_zip", "27\u{202e}710")]);
    let shown = raw.for_the_form();
    assert_eq!(&shown[FieldId::DistanceMiles], "180");
    assert_eq!(&shown[FieldId::HomeZip], "27710");
}

#[test]
fn pairs_ignore_unknown_names_and_keep_the_last_repeat() {
    let raw = RawInput::from_pairs([("submit", "Estimate"), ("pets", "1"), ("pets", "2")]);
    assert_eq!(&raw[FieldId::Pets], "2");
    assert_eq!(&raw[FieldId::Route], "trial", "defaults stay");
}

#[test]
fn json_takes_numbers_and_text_and_names_unknown_fields() {
    let body = serde_json::json!({"distance_miles": 180, "condition": "sle", "in_netwerk": true, "caregivers": null});
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
