//! The journey in numbers: each phase's length per scenario, and the trips, nights and days
//! away that follow from it under the counting rules.

use super::text::Text;
use serde::Serialize;

use super::choices::Cells;
use super::distance::Reach;
use super::input::Input;
use super::scenarios::{Scenario, Scenarios};
use super::tables::{CountingRules, JourneyParam, SourceIds, Tables};

/// One journey count as used: the table's low / typical / high, or the user's pin.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct JourneyStep {
    pub id: JourneyParam,
    /// Words are said in the reader's language by the web layer.
    #[serde(skip)]
    pub label: Text,
    #[serde(skip)]
    pub unit: Text,
    pub counts: Scenarios<u32>,
    /// True when the user fixed this count; then low = typical = high.
    pub pinned: bool,
    /// True when the count is zero because of the cell type (allogeneic: no collection or manufacturing).
    pub skipped: bool,
    #[serde(skip)]
    pub note: Text,
    pub sources: SourceIds,
}

/// Every journey count, in table order.
#[derive(Debug, Clone, Serialize)]
pub struct Journey {
    pub steps: Vec<JourneyStep>,
}

impl Journey {
    /// The journey for this input: pins replace table values; allogeneic cells skip
    /// collection and manufacturing.
    pub fn resolve(tables: &Tables, input: &Input<'_>) -> Self {
        let steps = JourneyParam::ALL
            .iter()
            .map(|&param| {
                let row = tables.journey(param);
                let skipped = input.cells() == Cells::Allogeneic
                    && matches!(param, JourneyParam::CollectionTrips | JourneyParam::ManufacturingWeeks);
                let pin = input.pin(param);
                let counts = if skipped {
                    Scenarios::same(0)
                } else {
                    pin.map_or_else(|| row.counts(), Scenarios::same)
                };
                JourneyStep {
                    id: param,
                    label: row.label_text(),
                    unit: row.unit_text(),
                    counts,
                    pinned: pin.is_some() && !skipped,
                    skipped,
                    note: row.note_text(),
                    sources: if pin.is_some() {
                        SourceIds::default()
                    } else {
                        row.source_ids.clone()
                    },
                }
            })
            .collect();
        Self { steps }
    }

    pub fn step(&self, param: JourneyParam) -> &JourneyStep {
        // `resolve` builds one step per parameter in `JourneyParam::ALL` order.
        let index = JourneyParam::ALL.iter().position(|p| *p == param).unwrap_or(0);
        &self.steps[index]
    }

    pub fn count(&self, param: JourneyParam, scenario: Scenario) -> u32 {
        *self.step(param).counts.get(scenario)
    }

    /// The source ids of the given steps, without repeats.
    pub fn sources_of(&self, params: &[JourneyParam]) -> Vec<String> {
        let mut ids = Vec::new();
        for param in params {
            for id in self.step(*param).sources.as_slice() {
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        }
        ids
    }
}

/// Trips, nights and days away in one scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TripCounts {
    /// Screening + collection + follow-up trips (each a visit, not the long treatment stay).
    pub visit_trips: u32,
    /// Visit trips plus the treatment trip.
    pub round_trips: u32,
    /// Visit trips that need a night away (the center is far).
    pub overnight_trips: u32,
    /// Visit trips done in a day.
    pub day_trips: u32,
    /// Conditioning nights + hospital days + days nearby: the long stay near the center (none
    /// when the family sleeps at home).
    pub stay_nights: u32,
    /// The family sleeps at home during the stay and drives in.
    pub sleeps_home: bool,
    /// The days of the stay (conditioning, hospital, nearby) the family drives in from home
    /// instead of sleeping near the center: the round trips of a family sleeping at home.
    pub stay_trips: u32,
    /// Nights away from home: the long stay (unless sleeping at home) plus one per overnight
    /// trip (pets need boarding on all of them).
    pub nights_away: u32,
    /// Days the car is parked at the center: each night away, or, sleeping at home, each
    /// drive in and each overnight trip.
    pub parking_days: u32,
    /// Flying: rides to and from airports (4 a round trip in `counting_rules.csv`).
    pub airport_rides: u32,
    /// Flying: city rides between the lodging and the center (2 a day in `counting_rules.csv`)
    /// each clinic or treatment day near the center and each overnight visit.
    pub local_rides: u32,
    /// Room-nights: the nights away, less the hospital nights when no caregiver keeps a room.
    pub lodging_nights: u32,
    /// Nights the patient is away outside the hospital (meals in hospital are not counted).
    pub patient_nights_away: u32,
    /// Days each travelling caregiver is away from home and work.
    pub caregiver_days_away: u32,
    /// Days the patient is away from work: the caregiver's days plus recovery at home.
    pub patient_days_away: u32,
}

/// Visits in `days` at `per_week`, to the nearest whole visit (halves up).
pub fn visits_in(days: u32, per_week: u32) -> u32 {
    (days * per_week + 3) / 7
}

impl TripCounts {
    pub fn count(journey: &Journey, rules: &CountingRules, reach: Reach, caregivers: u32, scenario: Scenario) -> Self {
        let n = |param| journey.count(param, scenario);
        let visit_trips =
            n(JourneyParam::EvaluationTrips) + n(JourneyParam::CollectionTrips) + n(JourneyParam::FollowUpVisits);
        let (overnight_trips, day_trips) = if reach.overnight {
            (visit_trips, 0)
        } else {
            (0, visit_trips)
        };
        let stay_days =
            n(JourneyParam::ConditioningNights) + n(JourneyParam::HospitalDays) + n(JourneyParam::NearbyDays);
        // Sleeping at home: a drive in for each day of chemotherapy, the caregiver's trips to
        // the hospital, and the clinic visits of the weeks nearby.
        let stay_trips = if reach.sleeps_home {
            let hospital_trips = if caregivers > 0 {
                visits_in(n(JourneyParam::HospitalDays), n(JourneyParam::HospitalVisitsPerWeek))
            } else {
                0
            };
            n(JourneyParam::ConditioningNights)
                + hospital_trips
                + visits_in(n(JourneyParam::NearbyDays), n(JourneyParam::NearbyVisitsPerWeek))
        } else {
            0
        };
        let stay_nights = if reach.sleeps_home { 0 } else { stay_days };
        // The caregiver is with the patient the whole stay, at home or near the center.
        let caregiver_days_away =
            stay_days + overnight_trips * rules.days_away_per_overnight_trip + day_trips * rules.days_away_per_day_trip;
        let nights_away = stay_nights + overnight_trips;
        let round_trips = visit_trips + rules.treatment_trips + stay_trips;
        let (airport_rides, local_rides) = if reach.flies {
            let hospital_visits = if caregivers > 0 {
                visits_in(n(JourneyParam::HospitalDays), n(JourneyParam::HospitalVisitsPerWeek))
            } else {
                0
            };
            // Chemotherapy days, the caregiver's trips to the hospital, admission and discharge
            // (one day), the clinic visits after it, and each visit trip.
            let days = n(JourneyParam::ConditioningNights)
                + hospital_visits
                + 1
                + visits_in(n(JourneyParam::NearbyDays), n(JourneyParam::NearbyVisitsPerWeek))
                + overnight_trips;
            (
                rules.airport_rides_per_round_trip * round_trips,
                rules.city_rides_per_day * days,
            )
        } else {
            (0, 0)
        };
        Self {
            visit_trips,
            round_trips,
            airport_rides,
            local_rides,
            overnight_trips,
            day_trips,
            stay_nights,
            sleeps_home: reach.sleeps_home,
            stay_trips,
            nights_away,
            parking_days: if reach.sleeps_home {
                stay_trips + overnight_trips
            } else {
                nights_away
            },
            lodging_nights: if caregivers > 0 || reach.sleeps_home {
                stay_nights + overnight_trips
            } else {
                stay_nights - n(JourneyParam::HospitalDays) + overnight_trips
            },
            patient_nights_away: if reach.sleeps_home {
                overnight_trips
            } else {
                n(JourneyParam::ConditioningNights) + n(JourneyParam::NearbyDays) + overnight_trips
            },
            caregiver_days_away,
            patient_days_away: caregiver_days_away + 7 * n(JourneyParam::RecoveryWeeks),
        }
    }
}
