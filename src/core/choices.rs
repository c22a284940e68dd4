//! The closed sets of choices a user picks from. Form values, query parameters, JSON and the
//! data tables all use the same ids.

use crate::core::text::Text;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Declares a choice enum with its wire id and its plain-language label.
macro_rules! choices {
    ($(#[$meta:meta])* $name:ident $prefix:literal { $($variant:ident => $id:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every id, in `ALL` order.
            pub const IDS: &'static [&'static str] = &[$($id),+];

            /// What each label's message key starts with: the id follows.
            pub const LABELS: &'static str = concat!("choice-", $prefix, "-");

            /// The id used in forms, links, JSON and data files.
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// What the form shows for this choice: `choice-{kind}-{id}` in the message files.
            pub const fn label(self) -> Text {
                match self { $($name::$variant => Text::new(concat!("choice-", $prefix, "-", $id))),+ }
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

        /// In the API's schema: one of the ids.
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "enum": $name::IDS })
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
    Condition "condition" {
        Sle => "sle";
        LupusNephritis => "lupus_nephritis";
        Dermatomyositis => "dermatomyositis";
        Antisynthetase => "antisynthetase";
        Polymyositis => "polymyositis";
        NecrotizingMyopathy => "necrotizing_myopathy";
        SystemicSclerosis => "systemic_sclerosis";
        InclusionBodyMyositis => "inclusion_body_myositis";
        Other => "other";
    }
);

/// The disease group a condition belongs to, for help that serves one disease.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
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
    Route "route" {
        Trial => "trial";
        Approved => "approved";
    }
);

choices!(
    /// Whose cells are used.
    Cells "cells" {
        Autologous => "autologous";
        Allogeneic => "allogeneic";
    }
);

choices!(
    TravelMode "travel-mode" {
        Drive => "drive";
        Fly => "fly";
    }
);

choices!(
    /// Where the family sleeps near the center.
    Lodging "lodging" {
        Hotel => "hotel";
        HospitalityHouse => "hospitality_house";
        Family => "family";
    }
);

choices!(
    /// The patient's health coverage.
    InsuranceType "insurance-type" {
        Employer => "employer";
        Marketplace => "marketplace";
        Medicare => "medicare";
        MedicareAdvantage => "medicare_advantage";
        Medicaid => "medicaid";
        Uninsured => "uninsured";
    }
);

choices!(
    /// A Marketplace plan's metal level: a silver plan bought with income from 100% to 250% of
    /// the poverty line comes with a lower yearly limit (cost-sharing reductions).
    MarketplaceMetal "marketplace-metal" {
        Bronze => "bronze";
        Silver => "silver";
        Gold => "gold";
        Platinum => "platinum";
        Unsure => "unsure";
    }
);

choices!(
    /// Whom the plan covers: it decides which legal out-of-pocket limit applies.
    CoverageTier "coverage-tier" {
        SelfOnly => "self_only";
        Family => "family";
    }
);

choices!(
    /// What an amount of pay is per.
    PayPer "pay-per" {
        Hour => "hour";
        Week => "week";
        Month => "month";
        Year => "year";
    }
);

choices!(
    /// Where the family sleeps during the weeks of treatment: near the center, at home (driving
    /// in), or what is usual for the drive.
    StayNearby "stay" {
        Usual => "usual";
        Lodging => "lodging";
        Home => "home";
    }
);

choices!(
    /// How the family will travel, or "what is usual for the distance" when they have not decided.
    TravelChoice "travel" {
        Usual => "usual";
        Drive => "drive";
        Fly => "fly";
    }
);

choices!(
    /// Whether the center is in the plan's network: families often cannot know.
    NetworkAnswer "network" {
        Yes => "yes";
        No => "no";
        Unsure => "unsure";
    }
);

choices!(
    /// A yes-or-no answer.
    YesNo "yes-no" {
        Yes => "yes";
        No => "no";
    }
);

choices!(
    /// Which published prices stand in for the cells' price.
    PriceBasis "price-basis" {
        LaunchList => "launch_list";
        Medicare2026 => "medicare_2026";
    }
);

/// U.S. states, the District of Columbia and Puerto Rico; their names are `state-{code}`.
pub const US_STATES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
    "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
];

/// The name of a state code from [`US_STATES`].
pub fn state_name(code: &str) -> Option<Text> {
    US_STATES.contains(&code).then(|| Text::keyed(format!("state-{code}")))
}

/// A state's name in the reader's language, or the code as it is if it is not a state.
pub fn state_or_code(code: &str) -> crate::core::text::Arg {
    state_name(code).map_or_else(|| crate::core::text::Arg::Verbatim(code.to_string()), Into::into)
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
        for (index, code) in US_STATES.iter().enumerate() {
            assert_eq!(code.len(), 2);
            assert!(US_STATES[..index].iter().all(|c| c != code), "{code} twice");
        }
        assert_eq!(state_name("HI"), Some(Text::new("state-HI")));
        assert_eq!(state_name("XX"), None);
    }
}
