//! Every note's trigger: one household that shows the note and one, as alike as possible,
//! that does not.

use cart_estimator::core::estimate::{Estimate, estimate};
use cart_estimator::core::input::{Input, RawInput};
use cart_estimator::core::tables::{NoteId, Tables};
use cart_estimator::data_files::load_embedded;

fn tables() -> Tables {
    load_embedded().expect("bundled tables load")
}

/// A trial patient with lupus, driving 180 miles to Durham with one caregiver, employer plan.
const BASE: [(&str, &str); 9] = [
    ("condition", "sle"),
    ("route", "trial"),
    ("center", "durham"),
    ("home_state", "NC"),
    ("distance_miles", "180"),
    ("travel_mode", "drive"),
    ("lodging", "hotel"),
    ("caregivers", "1"),
    ("insurance", "employer"),
];

fn run(tables: &Tables, changes: &[(&str, &str)]) -> Estimate {
    let pairs = BASE.iter().chain(changes.iter()).copied();
    let raw = RawInput::from_pairs(pairs);
    let input = Input::parse(&raw, tables).unwrap_or_else(|e| panic!("input refused: {e:?}"));
    estimate(tables, &input)
}

fn shows(tables: &Tables, changes: &[(&str, &str)], note: NoteId) -> bool {
    run(tables, changes).notes.iter().any(|n| n.id == note)
}

/// Asserts the note shows for `fires` and not for `quiet`.
fn check(note: NoteId, fires: &[(&str, &str)], quiet: &[(&str, &str)]) {
    let tables = tables();
    assert!(shows(&tables, fires, note), "{note:?} should show for {fires:?}");
    assert!(!shows(&tables, quiet, note), "{note:?} should not show for {quiet:?}");
}

#[test]
fn notes_for_everyone_always_show() {
    let tables = tables();
    for note in [
        NoteId::NotApprovedYet,
        NoteId::CancerOnlyHelp,
        NoteId::CellTherapyFunds,
        NoteId::Fundraising,
    ] {
        assert!(shows(&tables, &[], note));
        assert!(shows(
            &tables,
            &[("route", "approved"), ("insurance", "uninsured")],
            note
        ));
    }
}

#[test]
fn trial_rules_for_private_plans() {
    check(NoteId::TrialPrivatePlans, &[], &[("route", "approved")]);
    check(
        NoteId::TrialPrivatePlans,
        &[("insurance", "marketplace")],
        &[("insurance", "medicaid")],
    );
}

#[test]
fn outside_a_trial_private_plans_call_it_experimental() {
    check(NoteId::ApprovedPrivatePlans, &[("route", "approved")], &[]);
}

#[test]
fn medicare_in_and_out_of_trials() {
    check(NoteId::TrialMedicare, &[("insurance", "medicare")], &[]);
    check(
        NoteId::TrialMedicare,
        &[("insurance", "medicare_advantage")],
        &[("insurance", "medicare"), ("route", "approved")],
    );
    check(
        NoteId::TrialMedicareAdvantage,
        &[("insurance", "medicare_advantage")],
        &[("insurance", "medicare")],
    );
    check(
        NoteId::ApprovedMedicare,
        &[("insurance", "medicare"), ("route", "approved")],
        &[("insurance", "medicare")],
    );
}

#[test]
fn medicaid_trials_out_of_state_care_and_rides() {
    check(
        NoteId::TrialMedicaid,
        &[("insurance", "medicaid")],
        &[("insurance", "medicaid"), ("route", "approved")],
    );
    // Out of state: home in Virginia, center in North Carolina, outside a trial.
    check(
        NoteId::MedicaidOutOfState,
        &[("insurance", "medicaid"), ("route", "approved"), ("home_state", "VA")],
        &[("insurance", "medicaid"), ("route", "approved")],
    );
    check(
        NoteId::MedicaidOutOfState,
        &[("insurance", "medicaid"), ("route", "approved"), ("home_state", "VA")],
        &[("insurance", "medicaid"), ("route", "trial"), ("home_state", "VA")],
    );
    // Rides: more than 50 miles.
    check(
        NoteId::MedicaidRides,
        &[("insurance", "medicaid"), ("distance_miles", "51")],
        &[("insurance", "medicaid"), ("distance_miles", "50")],
    );
    check(NoteId::MedicaidRides, &[("insurance", "medicaid")], &[]);
}

#[test]
fn network_and_prior_approval() {
    check(NoteId::OutOfNetwork, &[("in_network", "no")], &[("in_network", "yes")]);
    check(
        NoteId::OutOfNetwork,
        &[("insurance", "medicare_advantage"), ("in_network", "no")],
        &[("insurance", "medicaid"), ("in_network", "no")],
    );
    check(NoteId::PriorApproval, &[], &[("insurance", "medicare")]);
}

#[test]
fn travel_benefit_over_100_miles_with_a_private_plan() {
    check(
        NoteId::TravelBenefit,
        &[("distance_miles", "101")],
        &[("distance_miles", "100")],
    );
    check(NoteId::TravelBenefit, &[], &[("insurance", "uninsured")]);
}

#[test]
fn trial_sponsor_and_uninsured() {
    check(NoteId::AskTheSponsor, &[], &[("route", "approved")]);
    check(NoteId::Uninsured, &[("insurance", "uninsured")], &[]);
}

#[test]
fn catastrophic_cost_at_ten_percent_of_income() {
    // Uninsured trial patient in Durham: the family's typical medical share is in the tens of
    // thousands, far above 10% of $40,000 and far below 10% of $10,000,000.
    check(
        NoteId::CatastrophicCost,
        &[
            ("insurance", "uninsured"),
            ("household_income", "40000"),
            ("household_size", "2"),
        ],
        &[
            ("insurance", "uninsured"),
            ("household_income", "10000000"),
            ("household_size", "2"),
        ],
    );
    check(
        NoteId::CatastrophicCost,
        &[("insurance", "uninsured"), ("household_income", "40000")],
        &[("insurance", "uninsured")],
    );
}

#[test]
fn underinsured_only_under_200_percent_of_poverty() {
    // Two people: guideline 15,960 + 5,680 = $21,640. $30,000 is 139% of it; $60,000 is 277%.
    // Uninsured, the family's share is underinsured-size at either income.
    check(
        NoteId::Underinsured,
        &[
            ("insurance", "uninsured"),
            ("household_income", "30000"),
            ("household_size", "2"),
        ],
        &[
            ("insurance", "uninsured"),
            ("household_income", "60000"),
            ("household_size", "2"),
        ],
    );
}

#[test]
fn charity_care_by_percent_of_poverty() {
    // Two people: guideline $21,640. 200% = $43,280; 400% = $86,560.
    let at = |income: &'static str| [("household_income", income), ("household_size", "2")];
    check(NoteId::CharityCareLowIncome, &at("43280"), &at("43281"));
    check(NoteId::CharityCareMiddleIncome, &at("43281"), &at("43280"));
    check(NoteId::CharityCareMiddleIncome, &at("86560"), &at("86561"));
    // Without household size there is no percent of poverty.
    check(
        NoteId::CharityCareLowIncome,
        &at("20000"),
        &[("household_income", "20000")],
    );
}

#[test]
fn state_charity_care_laws_follow_the_centers_state() {
    // A family from Nevada treated in Los Angeles gets California's rule; one from California
    // treated in Seattle gets Washington's.
    check(
        NoteId::CharityCareCalifornia,
        &[("center", "los_angeles"), ("home_state", "NV")],
        &[("center", "seattle"), ("home_state", "CA")],
    );
    check(NoteId::CharityCareColorado, &[("center", "aurora")], &[]);
    check(
        NoteId::CharityCareWashington,
        &[("center", "seattle"), ("home_state", "CA")],
        &[("center", "los_angeles"), ("home_state", "WA")],
    );
}

#[test]
fn tax_deduction_only_when_costs_pass_the_floor() {
    // Uninsured: costs far above 7.5% of $50,000; with $10 million income they are below it.
    check(
        NoteId::TaxDeduction,
        &[("insurance", "uninsured"), ("household_income", "50000")],
        &[("insurance", "uninsured"), ("household_income", "10000000")],
    );
    check(NoteId::TaxDeduction, &[("household_income", "50000")], &[]);
    // Health savings accounts come with private plans, when the deduction would help.
    check(
        NoteId::HealthSavingsAccount,
        &[("household_income", "50000")],
        &[("household_income", "50000"), ("insurance", "medicaid")],
    );
    check(
        NoteId::HealthSavingsAccount,
        &[("household_income", "50000")],
        &[("household_income", "10000000")],
    );
}

#[test]
fn distance_notes() {
    check(
        NoteId::StayNearTheCenter,
        &[("distance_miles", "61")],
        &[("distance_miles", "60")],
    );
    check(
        NoteId::FewerCompleteFarAway,
        &[("distance_miles", "121")],
        &[("distance_miles", "120")],
    );
}

#[test]
fn caregiving_and_work_notes() {
    check(NoteId::CaregiverRequired, &[("caregivers", "0")], &[]);
    check(NoteId::Fmla, &[("caregiver_weekly_pay", "900")], &[]);
    check(
        NoteId::Fmla,
        &[("caregiver_weekly_pay", "900")],
        &[("caregiver_weekly_pay", "900"), ("caregivers", "0")],
    );
    check(NoteId::PatientLeave, &[("patient_weekly_pay", "800")], &[]);
    // Under $600 a week (about $15 an hour for 40 hours), for the caregiver or the patient.
    check(
        NoteId::LowWageLeaveRisk,
        &[("caregiver_weekly_pay", "599.99")],
        &[("caregiver_weekly_pay", "600")],
    );
    check(
        NoteId::LowWageLeaveRisk,
        &[("patient_weekly_pay", "450")],
        &[("caregiver_weekly_pay", "450"), ("caregivers", "0")],
    );
}

#[test]
fn disease_notes() {
    check(NoteId::MyositisSupport, &[("condition", "dermatomyositis")], &[]);
    check(
        NoteId::MyositisSupport,
        &[("condition", "inclusion_body_myositis")],
        &[("condition", "systemic_sclerosis")],
    );
    check(
        NoteId::LupusChapters,
        &[("condition", "lupus_nephritis")],
        &[("condition", "polymyositis")],
    );
    check(
        NoteId::InclusionBodyMyositis,
        &[("condition", "inclusion_body_myositis")],
        &[("condition", "dermatomyositis")],
    );
}

#[test]
fn every_note_has_a_test_above() {
    // A new note id must come with a trigger test: this list is the ids tested in this file.
    let tested = [
        NoteId::NotApprovedYet,
        NoteId::TrialPrivatePlans,
        NoteId::ApprovedPrivatePlans,
        NoteId::TrialMedicare,
        NoteId::TrialMedicareAdvantage,
        NoteId::ApprovedMedicare,
        NoteId::TrialMedicaid,
        NoteId::MedicaidOutOfState,
        NoteId::MedicaidRides,
        NoteId::OutOfNetwork,
        NoteId::PriorApproval,
        NoteId::TravelBenefit,
        NoteId::AskTheSponsor,
        NoteId::Uninsured,
        NoteId::CatastrophicCost,
        NoteId::Underinsured,
        NoteId::CharityCareLowIncome,
        NoteId::CharityCareMiddleIncome,
        NoteId::CharityCareCalifornia,
        NoteId::CharityCareColorado,
        NoteId::CharityCareWashington,
        NoteId::TaxDeduction,
        NoteId::HealthSavingsAccount,
        NoteId::Fundraising,
        NoteId::StayNearTheCenter,
        NoteId::CaregiverRequired,
        NoteId::Fmla,
        NoteId::PatientLeave,
        NoteId::LowWageLeaveRisk,
        NoteId::MyositisSupport,
        NoteId::LupusChapters,
        NoteId::InclusionBodyMyositis,
        NoteId::CancerOnlyHelp,
        NoteId::CellTherapyFunds,
        NoteId::FewerCompleteFarAway,
    ];
    for id in NoteId::ALL {
        assert!(tested.contains(&id), "{id:?} has no trigger test");
    }
}
