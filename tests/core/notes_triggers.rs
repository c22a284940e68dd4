//! Every note's trigger: one household that shows the note and one, as alike as possible,
//! that does not.

use cart_estimator::core::tables::NoteId;

use crate::fixtures::report;

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

fn shows(changes: &[(&str, &str)], note: NoteId) -> bool {
    let pairs: Vec<(&str, &str)> = BASE.iter().chain(changes).copied().collect();
    report(&pairs).notes.iter().any(|n| n.id == note)
}

/// Notes every family sees.
const ALWAYS: [NoteId; 4] = [
    NoteId::NotApprovedYet,
    NoteId::CancerOnlyHelp,
    NoteId::CellTherapyFunds,
    NoteId::Fundraising,
];

/// Answers changed from `BASE`: with the first the note shows, with the second it does not.
type Trigger = (
    NoteId,
    &'static [(&'static str, &'static str)],
    &'static [(&'static str, &'static str)],
);

/// Every note's trigger, as alike as possible on both sides of its rule.
const TRIGGERS: &[Trigger] = &[
    (NoteId::TrialPrivatePlans, &[], &[("route", "approved")]),
    (
        NoteId::TrialPrivatePlans,
        &[("insurance", "marketplace")],
        &[("insurance", "medicaid")],
    ),
    (NoteId::ApprovedPrivatePlans, &[("route", "approved")], &[]),
    (NoteId::TrialMedicare, &[("insurance", "medicare")], &[]),
    (
        NoteId::TrialMedicare,
        &[("insurance", "medicare_advantage")],
        &[("insurance", "medicare"), ("route", "approved")],
    ),
    (
        NoteId::TrialMedicareAdvantage,
        &[("insurance", "medicare_advantage")],
        &[("insurance", "medicare")],
    ),
    (
        NoteId::ApprovedMedicare,
        &[("insurance", "medicare"), ("route", "approved")],
        &[("insurance", "medicare")],
    ),
    (
        NoteId::TrialMedicaid,
        &[("insurance", "medicaid")],
        &[("insurance", "medicaid"), ("route", "approved")],
    ),
    // Out of state: home in Virginia, center in North Carolina, outside a trial.
    (
        NoteId::MedicaidOutOfState,
        &[("insurance", "medicaid"), ("route", "approved"), ("home_state", "VA")],
        &[("insurance", "medicaid"), ("route", "approved")],
    ),
    (
        NoteId::MedicaidOutOfState,
        &[("insurance", "medicaid"), ("route", "approved"), ("home_state", "VA")],
        &[("insurance", "medicaid"), ("route", "trial"), ("home_state", "VA")],
    ),
    // Rides: more than 50 miles.
    (
        NoteId::MedicaidRides,
        &[("insurance", "medicaid"), ("distance_miles", "51")],
        &[("insurance", "medicaid"), ("distance_miles", "50")],
    ),
    (NoteId::MedicaidRides, &[("insurance", "medicaid")], &[]),
    (NoteId::OutOfNetwork, &[("in_network", "no")], &[("in_network", "yes")]),
    (
        NoteId::OutOfNetwork,
        &[("insurance", "medicare_advantage"), ("in_network", "no")],
        &[("insurance", "medicaid"), ("in_network", "no")],
    ),
    (NoteId::PriorApproval, &[], &[("insurance", "medicare")]),
    (
        NoteId::TravelBenefit,
        &[("distance_miles", "101")],
        &[("distance_miles", "100")],
    ),
    (NoteId::TravelBenefit, &[], &[("insurance", "uninsured")]),
    (NoteId::AskTheSponsor, &[], &[("route", "approved")]),
    (NoteId::Uninsured, &[("insurance", "uninsured")], &[]),
    // Uninsured trial patient in Durham: the family's typical medical share is in the tens of
    // thousands, far above 10% of $40,000 and far below 10% of $10,000,000.
    (
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
    ),
    (
        NoteId::CatastrophicCost,
        &[("insurance", "uninsured"), ("household_income", "40000")],
        &[("insurance", "uninsured")],
    ),
    // Two people: guideline 15,960 + 5,680 = $21,640. $30,000 is 139% of it; $60,000 is 277%.
    // Uninsured, the family's share is underinsured-size at either income.
    (
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
    ),
    // Two people: guideline $21,640. 200% = $43,280; 400% = $86,560.
    (
        NoteId::CharityCareLowIncome,
        &[("household_income", "43280"), ("household_size", "2")],
        &[("household_income", "43281"), ("household_size", "2")],
    ),
    (
        NoteId::CharityCareMiddleIncome,
        &[("household_income", "43281"), ("household_size", "2")],
        &[("household_income", "43280"), ("household_size", "2")],
    ),
    (
        NoteId::CharityCareMiddleIncome,
        &[("household_income", "86560"), ("household_size", "2")],
        &[("household_income", "86561"), ("household_size", "2")],
    ),
    // Without household size there is no percent of poverty.
    (
        NoteId::CharityCareLowIncome,
        &[("household_income", "20000"), ("household_size", "2")],
        &[("household_income", "20000")],
    ),
    // A family from Nevada treated in Los Angeles gets California's rule; one from California
    // treated in Seattle gets Washington's.
    (
        NoteId::CharityCareCalifornia,
        &[("center", "los_angeles"), ("home_state", "NV")],
        &[("center", "seattle"), ("home_state", "CA")],
    ),
    (NoteId::CharityCareColorado, &[("center", "aurora")], &[]),
    (
        NoteId::CharityCareWashington,
        &[("center", "seattle"), ("home_state", "CA")],
        &[("center", "los_angeles"), ("home_state", "WA")],
    ),
    // Uninsured: costs far above 7.5% of $50,000; with $10 million income they are below it.
    (
        NoteId::TaxDeduction,
        &[("insurance", "uninsured"), ("household_income", "50000")],
        &[("insurance", "uninsured"), ("household_income", "10000000")],
    ),
    (NoteId::TaxDeduction, &[("household_income", "50000")], &[]),
    // Health savings accounts come with private plans, when the deduction would help.
    (
        NoteId::HealthSavingsAccount,
        &[("household_income", "50000")],
        &[("household_income", "50000"), ("insurance", "medicaid")],
    ),
    (
        NoteId::HealthSavingsAccount,
        &[("household_income", "50000")],
        &[("household_income", "10000000")],
    ),
    (
        NoteId::StayNearTheCenter,
        &[("distance_miles", "61")],
        &[("distance_miles", "60")],
    ),
    (
        NoteId::FewerCompleteFarAway,
        &[("distance_miles", "121")],
        &[("distance_miles", "120")],
    ),
    (NoteId::CaregiverRequired, &[("caregivers", "0")], &[]),
    (NoteId::MedicareAge, &[("patient_age", "65")], &[("patient_age", "64")]),
    (
        NoteId::MedicareAge,
        &[("patient_age", "70"), ("insurance", "uninsured")],
        &[("patient_age", "70"), ("insurance", "medicare")],
    ),
    (NoteId::Fmla, &[("caregiver_weekly_pay", "900")], &[]),
    (
        NoteId::Fmla,
        &[("caregiver_weekly_pay", "900")],
        &[("caregiver_weekly_pay", "900"), ("caregivers", "0")],
    ),
    // A parent's leave for an adult son or daughter has a disability rule; for a child it does not.
    (
        NoteId::FmlaAdultPatient,
        &[("caregiver_weekly_pay", "900"), ("patient_age", "18")],
        &[("caregiver_weekly_pay", "900"), ("patient_age", "17")],
    ),
    (
        NoteId::FmlaAdultPatient,
        &[("caregiver_weekly_pay", "900"), ("patient_age", "40")],
        &[("caregiver_weekly_pay", "900")],
    ),
    (
        NoteId::FmlaChildPatient,
        &[("caregiver_weekly_pay", "900"), ("patient_age", "17")],
        &[("caregiver_weekly_pay", "900"), ("patient_age", "18")],
    ),
    (
        NoteId::FmlaChildPatient,
        &[("caregiver_weekly_pay", "900"), ("patient_age", "9")],
        &[("patient_age", "9")],
    ),
    (NoteId::PatientLeave, &[("patient_weekly_pay", "800")], &[]),
    // Under $600 a week (about $15 an hour for 40 hours), for the caregiver or the patient.
    (
        NoteId::LowWageLeaveRisk,
        &[("caregiver_weekly_pay", "599.99")],
        &[("caregiver_weekly_pay", "600")],
    ),
    (
        NoteId::LowWageLeaveRisk,
        &[("patient_weekly_pay", "450")],
        &[("caregiver_weekly_pay", "450"), ("caregivers", "0")],
    ),
    (NoteId::MyositisSupport, &[("condition", "dermatomyositis")], &[]),
    (
        NoteId::MyositisSupport,
        &[("condition", "inclusion_body_myositis")],
        &[("condition", "systemic_sclerosis")],
    ),
    (
        NoteId::LupusChapters,
        &[("condition", "lupus_nephritis")],
        &[("condition", "polymyositis")],
    ),
    (
        NoteId::InclusionBodyMyositis,
        &[("condition", "inclusion_body_myositis")],
        &[("condition", "dermatomyositis")],
    ),
];

#[test]
fn notes_for_everyone_always_show() {
    for note in ALWAYS {
        assert!(shows(&[], note));
        assert!(shows(&[("route", "approved"), ("insurance", "uninsured")], note));
    }
}

#[test]
fn each_note_shows_on_one_side_of_its_trigger_and_not_the_other() {
    for (note, fires, quiet) in TRIGGERS {
        assert!(shows(fires, *note), "{note:?} should show for {fires:?}");
        assert!(!shows(quiet, *note), "{note:?} should not show for {quiet:?}");
    }
}

#[test]
fn every_note_is_in_the_table() {
    for id in NoteId::ALL {
        assert!(
            ALWAYS.contains(&id) || TRIGGERS.iter().any(|(note, ..)| *note == id),
            "{id:?} has no trigger in the table"
        );
    }
}
