//! Which notes apply: a rule per note, reading the answers and the estimate. The notes'
//! text, sources and thresholds are data (`notes.csv`); the rules are here, each tested.

use rust_decimal::Decimal;

use super::burden::Burden;
use super::choices::{Condition, DiseaseGroup, InsuranceType, Route};
use super::input::Input;
use super::lines::Totals;
use super::tables::{Note, NoteId, Tables};
use super::tax::TaxDeduction;

/// What the rules read besides the answers.
pub struct Facts<'a> {
    pub totals: &'a Totals,
    pub burden: Option<&'a Burden>,
    pub tax: Option<&'a TaxDeduction>,
}

/// The notes that apply, in table order.
pub fn select(tables: &Tables, input: &Input<'_>, facts: &Facts<'_>) -> Vec<NoteId> {
    tables
        .notes()
        .iter()
        .filter(|note| applies(tables, note, input, facts))
        .map(|note| note.id)
        .collect()
}

fn private(insurance: InsuranceType) -> bool {
    matches!(insurance, InsuranceType::Employer | InsuranceType::Marketplace)
}

fn medicare(insurance: InsuranceType) -> bool {
    matches!(insurance, InsuranceType::Medicare | InsuranceType::MedicareAdvantage)
}

/// True when the note's rule holds for this family.
pub fn applies(tables: &Tables, note: &Note, input: &Input<'_>, facts: &Facts<'_>) -> bool {
    let insurance = input.insurance();
    let trial = input.route() == Route::Trial;
    let threshold = note.threshold.unwrap_or_default();
    let farther_than = |miles: Decimal| input.distance_miles() > miles;
    let poverty_percent = facts.burden.and_then(|b| b.poverty.as_ref().ok()).map(|p| p.percent);
    let typical_flags = facts.burden.map(|b| b.flags.typical);
    let age = input.patient_age().map(Decimal::from);
    let caregiver_works = input.caregivers() > 0 && input.caregiver().weekly_pay.is_some();
    match note.id {
        NoteId::NotApprovedYet | NoteId::CancerOnlyHelp | NoteId::CellTherapyFunds | NoteId::Fundraising => true,
        // The hospital's state law applies, whatever the home state.
        NoteId::CharityCareCalifornia => input.center().state == "CA",
        NoteId::CharityCareColorado => input.center().state == "CO",
        NoteId::CharityCareWashington => input.center().state == "WA",
        NoteId::TrialPrivatePlans => trial && private(insurance),
        NoteId::ApprovedPrivatePlans => !trial && private(insurance),
        NoteId::TrialMedicare => trial && medicare(insurance),
        NoteId::TrialMedicareAdvantage => trial && insurance == InsuranceType::MedicareAdvantage,
        NoteId::ApprovedMedicare => !trial && medicare(insurance),
        NoteId::MedicareAge => !medicare(insurance) && age.is_some_and(|age| age >= threshold),
        NoteId::TrialMedicaid => trial && insurance == InsuranceType::Medicaid,
        NoteId::MedicaidOutOfState => {
            let center_state = input.center().state.as_str();
            insurance == InsuranceType::Medicaid
                && !trial
                && !center_state.is_empty()
                && center_state != input.home_state()
        }
        NoteId::MedicaidRides => insurance == InsuranceType::Medicaid && farther_than(threshold),
        NoteId::OutOfNetwork => {
            (private(insurance) || insurance == InsuranceType::MedicareAdvantage) && !input.plan_choices().in_network
        }
        NoteId::PriorApproval => private(insurance),
        NoteId::TravelBenefit => private(insurance) && farther_than(threshold),
        NoteId::AskTheSponsor => trial,
        NoteId::Uninsured => insurance == InsuranceType::Uninsured,
        NoteId::CatastrophicCost => typical_flags.is_some_and(|f| f.catastrophic),
        // The Commonwealth Fund's lower threshold for incomes under 200% of the guideline.
        NoteId::Underinsured => {
            let line = tables.burden_thresholds().low_income_poverty_pct.value;
            typical_flags.is_some_and(|f| f.underinsured) && poverty_percent.is_some_and(|p| p < line)
        }
        NoteId::CharityCareLowIncome => poverty_percent.is_some_and(|p| p <= threshold),
        // Above the low-income note's line, up to this one's.
        NoteId::CharityCareMiddleIncome => {
            let lower = tables.note(NoteId::CharityCareLowIncome).threshold.unwrap_or_default();
            poverty_percent.is_some_and(|p| p > lower && p <= threshold)
        }
        NoteId::TaxDeduction => facts.tax.is_some_and(TaxDeduction::helps),
        NoteId::HealthSavingsAccount => private(insurance) && facts.tax.is_some_and(TaxDeduction::helps),
        NoteId::StayNearTheCenter => farther_than(threshold),
        NoteId::CaregiverRequired => input.caregivers() == 0,
        NoteId::Fmla => caregiver_works,
        NoteId::FmlaAdultPatient => caregiver_works && age.is_some_and(|age| age >= threshold),
        NoteId::FmlaChildPatient => caregiver_works && age.is_some_and(|age| age < threshold),
        NoteId::PatientLeave => input.patient().weekly_pay.is_some(),
        NoteId::LowWageLeaveRisk => {
            let caregiver = input.caregiver().weekly_pay.filter(|_| input.caregivers() > 0);
            [caregiver, input.patient().weekly_pay]
                .into_iter()
                .flatten()
                .any(|pay| pay < threshold)
        }
        NoteId::MyositisSupport => input.condition().group() == DiseaseGroup::Myositis,
        NoteId::LupusChapters => input.condition().group() == DiseaseGroup::Lupus,
        NoteId::InclusionBodyMyositis => input.condition() == Condition::InclusionBodyMyositis,
        NoteId::FewerCompleteFarAway => farther_than(threshold),
    }
}
