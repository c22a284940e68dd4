//! The notes shown beside an estimate (`notes.csv`): each with its group, its plain-language
//! text, its sources and, where its trigger compares a figure, the threshold it uses.

use std::collections::BTreeMap;

use crate::core::text::Text;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::checks::{is_date, nonblank, one_row_per_key};
use super::reader::{RowProblem, TableText, read_rows};
use super::{DataError, Source, SourceIds};

/// Every note the rule engine knows. Each has one row in `notes.csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoteId {
    NotApprovedYet,
    InclusionBodyMyositis,
    TrialPrivatePlans,
    ApprovedPrivatePlans,
    TrialMedicare,
    TrialMedicareAdvantage,
    ApprovedMedicare,
    MedicareAge,
    TrialMedicaid,
    MedicaidOutOfState,
    MedicaidRides,
    OutOfNetwork,
    PriorApproval,
    TravelBenefit,
    AskTheSponsor,
    Uninsured,
    CatastrophicCost,
    Underinsured,
    CharityCareLowIncome,
    CharityCareMiddleIncome,
    CharityCareCalifornia,
    CharityCareColorado,
    CharityCareWashington,
    TaxDeduction,
    HealthSavingsAccount,
    Fundraising,
    StayNearTheCenter,
    CaregiverRequired,
    Fmla,
    FmlaAdultPatient,
    FmlaChildPatient,
    PatientLeave,
    LowWageLeaveRisk,
    MyositisSupport,
    LupusChapters,
    CancerOnlyHelp,
    CellTherapyFunds,
    FewerCompleteFarAway,
}

impl NoteId {
    pub const ALL: [NoteId; 38] = [
        NoteId::NotApprovedYet,
        NoteId::InclusionBodyMyositis,
        NoteId::TrialPrivatePlans,
        NoteId::ApprovedPrivatePlans,
        NoteId::TrialMedicare,
        NoteId::TrialMedicareAdvantage,
        NoteId::ApprovedMedicare,
        NoteId::MedicareAge,
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
        NoteId::FmlaAdultPatient,
        NoteId::FmlaChildPatient,
        NoteId::PatientLeave,
        NoteId::LowWageLeaveRisk,
        NoteId::MyositisSupport,
        NoteId::LupusChapters,
        NoteId::CancerOnlyHelp,
        NoteId::CellTherapyFunds,
        NoteId::FewerCompleteFarAway,
    ];

    /// Notes whose trigger compares a figure with the row's `threshold`.
    pub fn needs_threshold(self) -> bool {
        matches!(
            self,
            NoteId::MedicaidRides
                | NoteId::TravelBenefit
                | NoteId::CharityCareLowIncome
                | NoteId::CharityCareMiddleIncome
                | NoteId::StayNearTheCenter
                | NoteId::LowWageLeaveRisk
                | NoteId::MedicareAge
                | NoteId::FmlaAdultPatient
                | NoteId::FmlaChildPatient
                | NoteId::FewerCompleteFarAway
        )
    }
}

/// How the page groups notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoteGroup {
    AboutTheTreatment,
    Insurance,
    MoneyHelp,
    WorkCaregiving,
    AccessEquity,
}

impl NoteGroup {
    pub const ALL: [NoteGroup; 5] = [
        NoteGroup::AboutTheTreatment,
        NoteGroup::Insurance,
        NoteGroup::MoneyHelp,
        NoteGroup::WorkCaregiving,
        NoteGroup::AccessEquity,
    ];
}

/// A row of `notes.csv`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Note {
    pub id: NoteId,
    pub group: NoteGroup,
    /// When the note shows, in words, for people editing the table.
    pub trigger: String,
    /// The figure the trigger compares with (miles or percent), for notes that compare one.
    #[serde(with = "super::cells::optional_decimal")]
    pub threshold: Option<Decimal>,
    pub text: String,
    pub source_ids: SourceIds,
    pub last_checked: String,
}

impl Note {
    /// The note's words: English from the data file, other languages as `note-{id}`.
    pub fn text_message(&self) -> Text {
        Text::data(format!("note-{}", super::wire_id(&self.id)), &self.text)
    }
}

pub(super) fn parse_notes(table: &TableText<'_>, sources: &BTreeMap<String, Source>) -> Result<Vec<Note>, DataError> {
    let parsed = read_rows(table, Some(sources), |r: &Note| {
        nonblank("trigger", &r.trigger)?;
        nonblank("text", &r.text)?;
        if !is_date(&r.last_checked) {
            return Err(RowProblem::new("last_checked", "use YYYY-MM-DD"));
        }
        match (r.id.needs_threshold(), r.threshold) {
            (true, None) => Err(RowProblem::new("threshold", "this note's trigger needs a threshold")),
            (false, Some(_)) => Err(RowProblem::new(
                "threshold",
                "this note's trigger uses no threshold: leave it empty",
            )),
            (_, Some(value)) if value.is_sign_negative() => Err(RowProblem::new("threshold", "can't be negative")),
            _ => Ok(()),
        }
    })?;
    one_row_per_key(table, parsed, "id", &NoteId::ALL, |r| r.id)
}
