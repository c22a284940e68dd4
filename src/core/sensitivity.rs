//! What would change this number: the answers that move the family's typical total most,
//! each worked out by running the estimate again with that one answer changed.

use rust_decimal::Decimal;
use serde::Serialize;

use super::choices::{Lodging, Route, TravelMode};
use super::estimate::{Estimate, family_totals};
use super::input::{Input, RawInput};
use super::tables::{CarePart, CoverageStatus, JourneyParam, Tables};

/// Who can answer the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AskWhom {
    TrialCoordinator,
    CareTeam,
    Insurer,
    SocialWorker,
}

/// One answer that moves the total, and the question that settles it.
#[derive(Debug, Clone, Serialize)]
pub struct Lever {
    /// What changes, in plain words.
    pub what: String,
    /// The two settings compared, in plain words.
    pub from: String,
    pub to: String,
    /// The family's typical total with each setting.
    pub total_from: Decimal,
    pub total_to: Decimal,
    /// How far apart the two totals are.
    pub swing: Decimal,
    pub ask: AskWhom,
    pub question: &'static str,
}

/// How many levers the page shows at most.
pub const MAX_LEVERS: usize = 5;

/// The levers that move the family's typical total, largest first, at most [`MAX_LEVERS`].
pub fn what_would_change(tables: &Tables, raw: &RawInput, input: &Input<'_>, current: &Estimate) -> Vec<Lever> {
    let total_with = |change: &dyn Fn(&mut RawInput)| {
        let mut changed = raw.clone();
        change(&mut changed);
        Input::parse(&changed, tables)
            .ok()
            .map(|input| family_totals(tables, &input).family_total.typical)
    };
    let mut levers = Vec::new();
    let trial = input.route() == Route::Trial;

    // Journey lengths the user did not enter: the table's shortest against its longest.
    let journey_levers: [(JourneyParam, &str, AskWhom, &'static str); 4] = [
        (
            JourneyParam::FollowUpVisits,
            "follow-up visits at the center",
            AskWhom::TrialCoordinator,
            "How many follow-up visits are at the center, and can some be done near home?",
        ),
        (
            JourneyParam::NearbyDays,
            "days living near the center after leaving the hospital",
            AskWhom::TrialCoordinator,
            "How long must we stay near the center after the hospital stay?",
        ),
        (
            JourneyParam::HospitalDays,
            "days in the hospital",
            AskWhom::CareTeam,
            "How many days in the hospital does the plan of care expect?",
        ),
        (
            JourneyParam::RecoveryWeeks,
            "weeks of recovery at home before going back to work",
            AskWhom::CareTeam,
            "How soon can the patient go back to work?",
        ),
    ];
    for (param, what, ask, question) in journey_levers {
        if input.pin(param).is_some() || (param == JourneyParam::RecoveryWeeks && input.patient().weekly_pay.is_none())
        {
            continue;
        }
        let ask = if trial { ask } else { AskWhom::CareTeam };
        let row = tables.journey(param);
        let set = |value: u32| {
            move |r: &mut RawInput| {
                let text = value.to_string();
                match param {
                    JourneyParam::FollowUpVisits => r.follow_up_visits = text,
                    JourneyParam::NearbyDays => r.nearby_days = text,
                    JourneyParam::HospitalDays => r.hospital_days = text,
                    _ => r.recovery_weeks = text,
                }
            }
        };
        if let (Some(low), Some(high)) = (total_with(&set(row.low)), total_with(&set(row.high))) {
            levers.push(Lever {
                what: what.to_string(),
                from: format!("{} {}", row.low, row.unit),
                to: format!("{} {}", row.high, row.unit),
                total_from: low,
                total_to: high,
                swing: (high - low).abs(),
                ask,
                question,
            });
        }
    }

    if input.lodging() == Lodging::Hotel
        && let Some(free) = total_with(&|r| r.lodging = Lodging::Family.id().to_string())
    {
        let hotel = current.totals.family_total.typical;
        levers.push(Lever {
            what: "where you stay near the center".to_string(),
            from: "a hotel".to_string(),
            to: "free housing (family, friends or a free hospitality house)".to_string(),
            total_from: hotel,
            total_to: free,
            swing: (hotel - free).abs(),
            ask: AskWhom::SocialWorker,
            question: if trial {
                "Is there a hospitality house or other low-cost housing near the center, and does the study help pay for lodging?"
            } else {
                "Is there a hospitality house or other low-cost housing near the center?"
            },
        });
    }

    let other_mode = match input.travel_mode() {
        TravelMode::Drive => TravelMode::Fly,
        TravelMode::Fly => TravelMode::Drive,
    };
    // Flying is a real choice only for trips long enough to need a night away.
    let far = input.distance_miles() > tables.counting_rules().overnight_trip_min_miles;
    if far && let Some(other) = total_with(&|r| r.travel_mode = other_mode.id().to_string()) {
        let now = current.totals.family_total.typical;
        let name = |mode: TravelMode| match mode {
            TravelMode::Drive => "driving",
            TravelMode::Fly => "flying",
        };
        levers.push(Lever {
            what: "how you travel".to_string(),
            from: name(input.travel_mode()).to_string(),
            to: name(other_mode).to_string(),
            total_from: now,
            total_to: other,
            swing: (now - other).abs(),
            ask: if trial {
                AskWhom::TrialCoordinator
            } else {
                AskWhom::SocialWorker
            },
            question: if trial {
                "Will the study book or pay back travel, and which way does it prefer?"
            } else {
                "Which way is cheaper for each trip, and is there help with travel costs?"
            },
        });
    }

    // The plan's own decisions, from the outcomes the estimate already worked out.
    if !current.alternatives.is_empty() {
        // Which decision it is: Medicaid rides, or the care itself.
        let rides_only = current
            .coverage
            .iter()
            .filter(|c| c.status == CoverageStatus::Uncertain)
            .all(|c| c.part == CarePart::Travel);
        let totals = current
            .alternatives
            .iter()
            .map(|alt| alt.totals.family_total.typical)
            .chain([current.totals.family_total.typical]);
        let (least, most) = totals.fold((Decimal::MAX, Decimal::MIN), |(lo, hi), t| (lo.min(t), hi.max(t)));
        levers.push(Lever {
            what: if rides_only {
                "whether Medicaid pays for rides to the center".to_string()
            } else {
                "what your plan agrees to pay for".to_string()
            },
            from: "if it pays".to_string(),
            to: "if it refuses".to_string(),
            total_from: least,
            total_to: most,
            swing: most - least,
            ask: AskWhom::Insurer,
            question: match (rides_only, trial) {
                (true, _) => "Will Medicaid arrange or pay for rides to the center? Ask for the approval in writing.",
                (false, true) => {
                    "Will the plan pay for this care in this trial? Ask for the answer in writing before you start."
                }
                (false, false) => {
                    "Will the plan pay for CAR-T for this disease? Ask for prior approval in writing before you start."
                }
            },
        });
    }
    if let Some(agreement) = &current.with_agreement {
        let now = current.totals.family_total.typical;
        levers.push(Lever {
            what: "whether the plan treats the center as in network".to_string(),
            from: "out of network".to_string(),
            to: "in network, through a single-case agreement".to_string(),
            total_from: now,
            total_to: agreement.family_total.typical,
            swing: (now - agreement.family_total.typical).abs(),
            ask: AskWhom::Insurer,
            question: "Will the plan agree to a single-case agreement or a network gap exception for this center?",
        });
    }

    levers.retain(|lever| !lever.swing.is_zero());
    // Stable: equal swings keep the order above.
    levers.sort_by_key(|lever| std::cmp::Reverse(lever.swing));
    levers.truncate(MAX_LEVERS);
    levers
}
