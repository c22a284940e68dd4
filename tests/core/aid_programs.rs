//! Aid programs sorted into "worth applying" and "likely not for you, because …".

use cart_estimator::core::aid::{AidFit, AidPrograms};

use crate::fixtures::{English, report, tables};

/// A trial patient with lupus, driving 180 miles to Durham, employer plan.
const BASE: [(&str, &str); 8] = [
    ("condition", "sle"),
    ("route", "trial"),
    ("center", "durham"),
    ("home_state", "NC"),
    ("distance_miles", "180"),
    ("travel_mode", "drive"),
    ("caregivers", "1"),
    ("insurance", "employer"),
];

fn aid(changes: &[(&str, &str)]) -> AidPrograms {
    let pairs: Vec<(&str, &str)> = BASE.iter().chain(changes).copied().collect();
    report(&pairs).aid
}

fn worth<'a>(aid: &'a AidPrograms, id: &str) -> Option<&'a AidFit> {
    aid.worth_applying.iter().find(|f| f.program.id == id)
}

/// The reasons a program likely does not fit; panics if it is listed as worth applying.
fn not_for_you(aid: &AidPrograms, id: &str) -> Vec<String> {
    let fit = aid
        .likely_not
        .iter()
        .find(|f| f.program.id == id)
        .unwrap_or_else(|| panic!("{id} should be listed as likely not for you"));
    assert!(!fit.not_for_you.is_empty());
    fit.not_for_you.iter().map(English::en).collect()
}

#[test]
fn every_program_is_listed_once() {
    let tables = tables();
    let aid = aid(&[]);
    let listed = aid.worth_applying.len() + aid.likely_not.len();
    assert_eq!(listed, tables.aid_programs().len());
    assert!(aid.worth_applying.iter().all(|f| f.not_for_you.is_empty()));
}

#[test]
fn cancer_only_programs_are_not_for_autoimmune_patients() {
    let aid = aid(&[]);
    for id in ["acs_hope_lodge", "corporate_angel_network"] {
        assert_eq!(not_for_you(&aid, id), vec!["It is only for people with cancer."]);
    }
    assert_eq!(
        not_for_you(&aid, "blood_cancer_united"),
        vec!["It is only for people with blood cancer."]
    );
}

#[test]
fn disease_funds_follow_the_diagnosis() {
    let lupus = aid(&[]);
    assert!(worth(&lupus, "lfa_chapter_funds").is_some());
    assert_eq!(
        not_for_you(&lupus, "msu_financial_assistance"),
        vec!["It is only for people with myositis."]
    );
    let myositis = aid(&[("condition", "dermatomyositis")]);
    assert!(worth(&myositis, "msu_financial_assistance").is_some());
    assert_eq!(
        not_for_you(&myositis, "lfa_chapter_funds"),
        vec!["It is only for people with lupus."]
    );
}

#[test]
fn income_limits_against_the_poverty_guideline() {
    // Mercy Medical Angels: at or below 300% of the guideline. Three people: 15,960 + 2 × 5,680
    // = $27,320; 300% = $81,960.
    let at = |income: &'static str| aid(&[("household_size", "3"), ("household_income", income)]);
    let fits = at("81960");
    let fit = worth(&fits, "mercy_medical_angels").expect("at the limit it fits");
    assert!(
        fit.check.is_empty(),
        "with income known there is nothing to check: {:?}",
        fit.check
    );
    assert_eq!(
        not_for_you(&at("81961"), "mercy_medical_angels"),
        vec![
            "Household income must be at or below 300% of the poverty level ($81,960 a year for your household); yours is just above it."
                .to_string()
        ]
    );
    // $100,000 is 366.03% of $27,320.
    assert!(not_for_you(&at("100000"), "mercy_medical_angels")[0].ends_with("; yours is about 366%."));
    // Without income we can't tell: worth applying, with the limit to check.
    let unknown = aid(&[]);
    let fit = worth(&unknown, "mercy_medical_angels").expect("worth applying");
    assert_eq!(
        fit.check.iter().map(English::en).collect::<Vec<_>>(),
        vec!["Household income must be at or below 300% of the poverty level."]
    );
}

#[test]
fn distance_rules() {
    // Mercy Medical Angels: ground trips of 50 miles or more.
    assert!(worth(&aid(&[("distance_miles", "50")]), "mercy_medical_angels").is_some());
    assert_eq!(
        not_for_you(&aid(&[("distance_miles", "49")]), "mercy_medical_angels"),
        vec!["It helps only when the trip is 50 miles or more one way."]
    );
}

#[test]
fn volunteer_pilots_fly_shorter_trips() {
    assert!(worth(&aid(&[("distance_miles", "750")]), "angel_flight").is_some());
    assert_eq!(
        not_for_you(&aid(&[("distance_miles", "751")]), "angel_flight"),
        vec!["It usually helps only with trips of up to about 750 miles one way."]
    );
}

#[test]
fn coverage_and_route_rules() {
    assert!(worth(&aid(&[("insurance", "medicaid")]), "medicaid_transportation").is_some());
    assert_eq!(
        not_for_you(&aid(&[]), "medicaid_transportation"),
        vec!["It is only for people with Medicaid."]
    );
    assert!(worth(&aid(&[]), "healthwell_foundation").is_some());
    for id in ["healthwell_foundation", "pan_foundation"] {
        assert_eq!(
            not_for_you(&aid(&[("insurance", "uninsured")]), id),
            vec!["It is only for people who have health insurance."]
        );
    }
    assert!(worth(&aid(&[]), "trial_sponsor_support").is_some());
    assert_eq!(
        not_for_you(&aid(&[("route", "approved")]), "trial_sponsor_support"),
        vec!["It is for people in a clinical trial."]
    );
}

#[test]
fn local_programs_only_near_their_centers() {
    assert!(worth(&aid(&[("center", "philadelphia")]), "hosts_for_hospitals").is_some());
    assert_eq!(
        not_for_you(&aid(&[]), "hosts_for_hospitals"),
        vec!["It works only near Philadelphia."]
    );
}

#[test]
fn unclear_eligibility_is_worth_asking_and_listed_after_sure_fits() {
    let aid = aid(&[]);
    let fit = worth(&aid, "bmt_infonet_fund").expect("worth asking");
    assert_eq!(
        fit.check.iter().map(English::en).collect::<Vec<_>>(),
        vec!["Ask whether people getting CAR-T for an autoimmune disease can get this help."]
    );
    let first_with_check = aid.worth_applying.iter().position(|f| !f.check.is_empty()).unwrap();
    assert!(
        aid.worth_applying[first_with_check..]
            .iter()
            .all(|f| !f.check.is_empty())
    );
    assert!(first_with_check > 0, "programs with nothing to check come first");
}

#[test]
fn the_patients_age_sorts_programs_with_age_limits() {
    // Ronald McDonald House: 18 or younger at most houses, up to 21 at some.
    let rmh = "ronald_mcdonald_house";
    let adult = aid(&[("patient_age", "24")]);
    assert_eq!(not_for_you(&adult, rmh), vec!["It is for patients 21 or younger."]);
    for age in ["9", "21"] {
        let fit = worth(&aid(&[("patient_age", age)]), rmh).cloned();
        let fit = fit.unwrap_or_else(|| panic!("worth applying at {age}"));
        assert!(fit.check.is_empty(), "nothing to check at {age}: {:?}", fit.check);
    }
    // Without an age, the limit is something to check.
    let unknown = worth(&aid(&[]), rmh).cloned().expect("worth applying without an age");
    let checks: Vec<String> = unknown.check.iter().map(English::en).collect();
    assert_eq!(checks, vec!["The patient must be 21 or younger."]);
    // Hope Lodge is for adults (and for cancer only): a child gets both reasons.
    let child = aid(&[("patient_age", "12")]);
    assert_eq!(
        not_for_you(&child, "acs_hope_lodge"),
        vec!["It is only for people with cancer.", "It is for patients 18 or older."]
    );
    // Programs without an age limit do not move.
    let ages = [aid(&[("patient_age", "5")]), aid(&[("patient_age", "80")])];
    for aid in &ages {
        assert!(worth(aid, "mercy_medical_angels").is_some());
    }
}
