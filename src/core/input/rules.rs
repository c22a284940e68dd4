//! Answers that depend on each other: a hospitality house needs its rate, a limit cannot be
//! below the deductible, a supplement needs Original Medicare, a travel benefit needs a plan
//! that has one, and donor cells are not made for the patient. Checked with `validator` on
//! the typed values, each only when the fields it reads are right.

use validator::{Validate, ValidationError, ValidationErrors};

use super::fields::{Field, FieldId};
use super::raw::FieldErrors;
use super::{Value, Values};
use crate::core::choices::{Cells, InsuranceType, Lodging, YesNo};
use crate::core::text::Text;

impl Validate for Values<'_> {
    fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let right = |ids: &[FieldId]| ids.iter().all(|id| self.is_right(*id));
        let mut refuse = |id: FieldId, key: &'static str| {
            errors.add(Field::of(id).name, ValidationError::new(key).with_message(key.into()));
        };
        let lodging = self.choice(FieldId::Lodging, Lodging::parse, Lodging::Hotel);
        if right(&[FieldId::Lodging, FieldId::LodgingRate])
            && lodging == Lodging::HospitalityHouse
            && self.amount(FieldId::LodgingRate).is_none()
        {
            refuse(FieldId::LodgingRate, "error-hospitality-rate");
        }
        if let (Some(deductible), Some(oop_max)) = (self.amount(FieldId::Deductible), self.amount(FieldId::OopMax))
            && oop_max < deductible
        {
            refuse(FieldId::OopMax, "error-oop-below-deductible");
        }
        let insurance = self.choice(FieldId::Insurance, InsuranceType::parse, InsuranceType::Employer);
        let supplement = self.choice(FieldId::MedicareSupplement, YesNo::parse, YesNo::No) == YesNo::Yes;
        if right(&[FieldId::Insurance, FieldId::MedicareSupplement])
            && supplement
            && insurance != InsuranceType::Medicare
        {
            refuse(FieldId::MedicareSupplement, "error-supplement-needs-medicare");
        }
        if right(&[FieldId::Insurance, FieldId::TravelBenefit]) && self.amount(FieldId::TravelBenefit).is_some() {
            match insurance {
                InsuranceType::Uninsured => refuse(FieldId::TravelBenefit, "error-travel-benefit-uninsured"),
                InsuranceType::Medicare => refuse(FieldId::TravelBenefit, "error-travel-benefit-medicare"),
                _ => {}
            }
        }
        // Pay given twice, the new way and the older weekly field: which one is meant?
        for (pay, weekly) in [
            (FieldId::CaregiverPay, FieldId::CaregiverWeeklyPay),
            (FieldId::PatientPay, FieldId::PatientWeeklyPay),
        ] {
            if self.amount(pay).is_some() && self.amount(weekly).is_some() {
                refuse(weekly, "error-pay-twice");
            }
        }
        let cells = self.choice(FieldId::Cells, Cells::parse, Cells::Autologous);
        if right(&[FieldId::Cells])
            && cells == Cells::Allogeneic
            && matches!(self.get(FieldId::ManufacturingWeeks), Value::Count(_))
        {
            refuse(FieldId::ManufacturingWeeks, "error-manufacturing-donor");
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }
}

/// Adds a message for each rule the answers break.
pub(super) fn check(values: &Values<'_>, errors: &mut FieldErrors) {
    if let Err(broken) = values.validate() {
        for (field, list) in broken.field_errors() {
            for error in list {
                let key = error.message.clone().unwrap_or_default();
                errors.add(&field, Text::keyed(key.into_owned()));
            }
        }
    }
}
