//! The closed sets of choices a user picks from. Form values, query parameters, JSON and the
//! data tables all use the same ids.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares a choice enum with its wire id and its plain-language label.
macro_rules! choices {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $id:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id used in forms, links, JSON and data files.
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// What the form shows for this choice.
            pub const fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn parse(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let id = String::deserialize(deserializer)?;
                $name::parse(&id).ok_or_else(|| {
                    let expected: Vec<&str> = $name::ALL.iter().map(|c| c.id()).collect();
                    serde::de::Error::custom(format!("unknown {} {id:?}; expected one of {}", stringify!($name), expected.join(", ")))
                })
            }
        }
    };
}

choices!(
    /// The disease being treated.
    Condition {
        Sle => "sle", "Lupus (systemic lupus erythematosus, SLE)";
        LupusNephritis => "lupus_nephritis", "Lupus nephritis (lupus that harms the kidneys)";
        Dermatomyositis => "dermatomyositis", "Dermatomyositis";
        Antisynthetase => "antisynthetase", "Antisynthetase syndrome";
        Polymyositis => "polymyositis", "Polymyositis";
        NecrotizingMyopathy => "necrotizing_myopathy", "Immune-mediated necrotizing myopathy";
        SystemicSclerosis => "systemic_sclerosis", "Scleroderma (systemic sclerosis)";
        InclusionBodyMyositis => "inclusion_body_myositis", "Inclusion body myositis (IBM)";
        Other => "other", "Another autoimmune disease";
    }
);

/// The disease group a condition belongs to, for help that serves one disease.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiseaseGroup {
    Lupus,
    Myositis,
    Scleroderma,
    Other,
}

impl Condition {
    pub fn group(self) -> DiseaseGroup {
        match self {
            Condition::Sle | Condition::LupusNephritis => DiseaseGroup::Lupus,
            Condition::Dermatomyositis
            | Condition::Antisynthetase
            | Condition::Polymyositis
            | Condition::NecrotizingMyopathy
            | Condition::InclusionBodyMyositis => DiseaseGroup::Myositis,
            Condition::SystemicSclerosis => DiseaseGroup::Scleroderma,
            Condition::Other => DiseaseGroup::Other,
        }
    }
}

choices!(
    /// How the patient gets the cells.
    Route {
        Trial => "trial", "In a clinical trial: the study's sponsor supplies the cells";
        Approved => "approved", "Outside a trial: a licensed product is bought";
    }
);

choices!(
    /// Whose cells are used.
    Cells {
        Autologous => "autologous", "Made from the patient's own blood (autologous)";
        Allogeneic => "allogeneic", "Ready-made from a donor's cells (allogeneic)";
    }
);

choices!(
    TravelMode {
        Drive => "drive", "Drive";
        Fly => "fly", "Fly";
    }
);

choices!(
    /// Where the family sleeps near the center.
    Lodging {
        Hotel => "hotel", "Hotel (we use the federal travel rate for the area)";
        HospitalityHouse => "hospitality_house", "Hospitality house or other low-cost room (enter its nightly rate)";
        Family => "family", "With family or friends, at no cost";
    }
);

choices!(
    /// The patient's health coverage.
    InsuranceType {
        Employer => "employer", "Job-based plan (through an employer)";
        Marketplace => "marketplace", "Marketplace plan (HealthCare.gov or your state's)";
        Medicare => "medicare", "Original Medicare";
        MedicareAdvantage => "medicare_advantage", "Medicare Advantage";
        Medicaid => "medicaid", "Medicaid";
        Uninsured => "uninsured", "No health insurance";
    }
);

choices!(
    /// Whom the plan covers: it decides which legal out-of-pocket limit applies.
    CoverageTier {
        SelfOnly => "self_only", "Just the patient (self-only)";
        Family => "family", "The patient and family members (family coverage)";
    }
);

choices!(
    /// A yes-or-no answer.
    YesNo {
        Yes => "yes", "Yes";
        No => "no", "No";
    }
);

choices!(
    /// Which published prices stand in for the cells' price.
    PriceBasis {
        LaunchList => "launch_list", "Launch list prices of approved CAR-T products";
        Medicare2026 => "medicare_2026", "What Medicare pays for approved CAR-T products (2026)";
    }
);

/// U.S. states, the District of Columbia and Puerto Rico: (code, name).
pub const US_STATES: &[(&str, &str)] = &[
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "District of Columbia"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("PR", "Puerto Rico"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
];

/// The name of a state code from [`US_STATES`].
pub fn state_name(code: &str) -> Option<&'static str> {
    US_STATES.iter().find(|(c, _)| *c == code).map(|(_, name)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_unknown_ids_are_refused() {
        for choice in Condition::ALL {
            assert_eq!(Condition::parse(choice.id()), Some(*choice));
        }
        assert_eq!(
            InsuranceType::parse("medicare_advantage"),
            Some(InsuranceType::MedicareAdvantage)
        );
        assert_eq!(Route::parse("Trial"), None);
        assert_eq!(Cells::parse(""), None);
    }

    #[test]
    fn deserializing_an_unknown_id_names_the_choices() {
        let error = serde_json::from_str::<TravelMode>("\"walk\"").unwrap_err().to_string();
        assert!(error.contains("expected one of drive, fly"), "{error}");
    }

    #[test]
    fn state_codes_are_unique_and_named() {
        for (index, (code, _)) in US_STATES.iter().enumerate() {
            assert_eq!(code.len(), 2);
            assert!(US_STATES[..index].iter().all(|(c, _)| c != code), "{code} twice");
        }
        assert_eq!(state_name("HI"), Some("Hawaii"));
        assert_eq!(state_name("XX"), None);
    }
}
