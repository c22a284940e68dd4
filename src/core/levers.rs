//! What would change this number: the answers that move the family's typical total most,
//! each worked out by running the estimate again with that one answer changed.

use rust_decimal::Decimal;
use serde::Serialize;

use super::choices::{Lodging, Route, StayNearby, TravelMode};
use super::estimate::{Estimate, family_totals};
use super::input::{FieldId, Input, RawInput, pin_field};
use super::tables::{CarePart, CoverageStatus, JourneyParam, Tables};
use super::text::Text;
use crate::text;

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
    pub what: Text,
    /// The two settings compared, in plain words.
    pub from: Text,
    pub to: Text,
    /// The family's typical total with each setting.
    pub total_from: Decimal,
    pub total_to: Decimal,
    /// How far apart the two totals are.
    pub swing: Decimal,
    pub ask: AskWhom,
    pub question: Text,
}

/// How many levers the page shows at most.
pub const MAX_LEVERS: usize = 5;

/// The levers that move the family's typical total, largest first, at most [`MAX_LEVERS`].
pub fn what_would_change(tables: &Tables, raw: &RawInput, input: &Input<'_>, current: &Estimate) -> Vec<Lever> {
    let total_with = |change: &dyn Fn(&mut RawInput)| {
        let mut changed = raw.clone();
        change(&mut changed);
        Input::parse(&changed, tables, input.asked_on())
            .ok()
            .map(|input| family_totals(tables, &input).family_total.typical)
    };
    let mut levers = Vec::new();
    let trial = input.route() == Route::Trial;

    // Journey lengths the user did not enter: the table's shortest against its longest.
    let journey_levers: [(JourneyParam, Text, AskWhom, Text); 4] = [
        (
            JourneyParam::FollowUpVisits,
            text!("lever-follow-up"),
            AskWhom::TrialCoordinator,
            text!("lever-follow-up-ask"),
        ),
        (
            JourneyParam::NearbyDays,
            text!("lever-nearby"),
            AskWhom::TrialCoordinator,
            text!("lever-nearby-ask"),
        ),
        (
            JourneyParam::HospitalDays,
            text!("lever-hospital"),
            AskWhom::CareTeam,
            text!("lever-hospital-ask"),
        ),
        (
            JourneyParam::RecoveryWeeks,
            text!("lever-recovery"),
            AskWhom::CareTeam,
            text!("lever-recovery-ask"),
        ),
    ];
    for (param, what, ask, question) in journey_levers {
        if input.pin(param).is_some() || (param == JourneyParam::RecoveryWeeks && input.patient().weekly_pay.is_none())
        {
            continue;
        }
        let ask = if trial { ask } else { AskWhom::CareTeam };
        let row = tables.journey(param);
        let Some(field) = pin_field(param) else {
            continue;
        };
        let set = |value: u32| move |r: &mut RawInput| r.set(field.id, value.to_string());
        if let (Some(low), Some(high)) = (total_with(&set(row.low)), total_with(&set(row.high))) {
            levers.push(Lever {
                what: what.clone(),
                from: text!("lever-amount", count = row.low, unit = row.unit_text()),
                to: text!("lever-amount", count = row.high, unit = row.unit_text()),
                total_from: low,
                total_to: high,
                swing: (high - low).abs(),
                ask,
                question: question.clone(),
            });
        }
    }

    // Sleeping at home needs the study team's yes: what staying near the center would cost.
    if input.reach().typical.sleeps_home
        && let Some(near) = total_with(&|r| r.set(FieldId::StayNearby, StayNearby::Lodging.id()))
    {
        let home = current.totals.family_total.typical;
        levers.push(Lever {
            what: text!("lever-stay"),
            from: text!("lever-stay-home"),
            to: text!("lever-stay-near"),
            total_from: home,
            total_to: near,
            swing: (near - home).abs(),
            ask: if trial {
                AskWhom::TrialCoordinator
            } else {
                AskWhom::CareTeam
            },
            question: text!("lever-stay-ask"),
        });
    }

    if input.lodging() == Lodging::Hotel
        && !input.reach().typical.sleeps_home
        && let Some(free) = total_with(&|r| r.set(FieldId::Lodging, Lodging::Family.id()))
    {
        let hotel = current.totals.family_total.typical;
        levers.push(Lever {
            what: text!("lever-lodging"),
            from: text!("lever-lodging-hotel"),
            to: text!("lever-lodging-free"),
            total_from: hotel,
            total_to: free,
            swing: (hotel - free).abs(),
            ask: AskWhom::SocialWorker,
            question: if trial {
                text!("lever-lodging-ask-trial")
            } else {
                text!("lever-lodging-ask")
            },
        });
    }

    let other_mode = match input.travel_mode() {
        TravelMode::Drive => TravelMode::Fly,
        TravelMode::Fly => TravelMode::Drive,
    };
    // Flying is a real choice only for trips long enough to need a night away.
    let far = input.distance_miles() > tables.distance_rules().overnight_after_miles().typical;
    if far && let Some(other) = total_with(&|r| r.set(FieldId::TravelMode, other_mode.id())) {
        let now = current.totals.family_total.typical;
        let name = |mode: TravelMode| match mode {
            TravelMode::Drive => text!("lever-travel-driving"),
            TravelMode::Fly => text!("lever-travel-flying"),
        };
        levers.push(Lever {
            what: text!("lever-travel"),
            from: name(input.travel_mode()),
            to: name(other_mode),
            total_from: now,
            total_to: other,
            swing: (now - other).abs(),
            ask: if trial {
                AskWhom::TrialCoordinator
            } else {
                AskWhom::SocialWorker
            },
            question: if trial {
                text!("lever-travel-ask-trial")
            } else {
                text!("lever-travel-ask")
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
                text!("lever-medicaid-rides")
            } else {
                text!("lever-plan")
            },
            from: text!("lever-plan-pays"),
            to: text!("lever-plan-refuses"),
            total_from: least,
            total_to: most,
            swing: most - least,
            ask: AskWhom::Insurer,
            question: match (rides_only, trial) {
                (true, _) => text!("lever-medicaid-rides-ask"),
                (false, true) => {
                    text!("lever-plan-ask-trial")
                }
                (false, false) => {
                    text!("lever-plan-ask")
                }
            },
        });
    }
    if let Some(agreement) = &current.with_agreement {
        let now = current.totals.family_total.typical;
        levers.push(Lever {
            what: text!("lever-network"),
            from: text!("lever-network-out"),
            to: text!("lever-network-agreement"),
            total_from: now,
            total_to: agreement.family_total.typical,
            swing: (now - agreement.family_total.typical).abs(),
            ask: AskWhom::Insurer,
            question: text!("lever-network-ask"),
        });
    }

    levers.retain(|lever| !lever.swing.is_zero());
    // Stable: equal swings keep the order above.
    levers.sort_by_key(|lever| std::cmp::Reverse(lever.swing));
    levers.truncate(MAX_LEVERS);
    levers
}
