//! The journey's days, counted from the start date (day 0, the day the family arrives for the
//! chemotherapy before the cells), typical scenario: when each trip, night away, room-night,
//! person-day away and day off work falls. The timeline spreads money over them, and the rates
//! in force on each day (GSA fiscal years, the IRS's tax years) price them. When things happen
//! before and after the stay is our assumption (`assumption-cash-flow`).

use super::journey::{Journey, TripCounts, visits_in};
use super::scenarios::Scenario;
use super::tables::JourneyParam;

/// Days between visits before the treatment (screening visits are a week apart).
const DAYS_BETWEEN_SCREENING_VISITS: i64 = 7;

/// Consecutive days counted from the start date, each with the same weight. The journey is
/// kept as runs rather than single days so that two years of follow-up cost a few operations,
/// not hundreds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub first: i64,
    pub count: i64,
    pub weight: u32,
}

impl Run {
    pub fn end(self) -> i64 {
        self.first + self.count
    }
}

pub type Days = Vec<Run>;

pub fn range(first: i64, count: i64, weight: u32) -> Days {
    if count > 0 {
        vec![Run { first, count, weight }]
    } else {
        Vec::new()
    }
}

pub fn one_day(first: i64) -> Run {
    Run {
        first,
        count: 1,
        weight: 1,
    }
}

/// The days of `days` that fall in `lo..hi`, in the same order.
pub fn within(days: &[Run], lo: i64, hi: i64) -> Days {
    days.iter()
        .filter_map(|run| {
            let first = run.first.max(lo);
            let end = run.end().min(hi);
            (end > first).then_some(Run {
                first,
                count: end - first,
                ..*run
            })
        })
        .collect()
}

/// The days of `days` outside `lo..hi`, in the same order.
pub fn outside(days: &[Run], lo: i64, hi: i64) -> Days {
    days.iter()
        .flat_map(|run| [within(&[*run], i64::MIN, lo), within(&[*run], hi, i64::MAX)])
        .flatten()
        .collect()
}

/// The journey's days, typical scenario.
#[derive(Debug, Clone)]
pub struct JourneyDays {
    pub evaluation_days: Vec<i64>,
    pub collection_days: Vec<i64>,
    /// The first collection day, also when there is none (donor cells).
    pub first_collection: i64,
    pub follow_up_days: Vec<i64>,
    pub manufacturing_days: i64,
    pub conditioning: i64,
    pub hospital: i64,
    pub nearby: i64,
    /// The day the patient leaves hospital, and the day the family goes home.
    pub discharge: i64,
    pub home: i64,
    pub recovery_days: i64,
    /// Each round trip, on the day it starts.
    pub trips: Days,
    pub nights_away: Days,
    /// Days the car is parked at the center.
    pub parking_days: Days,
    pub room_nights: Days,
    /// Person-days away outside the hospital, weighted by the people away.
    pub person_days: Days,
    pub days_away: Days,
    pub patient_away: Days,
    pub prophylaxis: Days,
    pub follow_up: Days,
}

impl JourneyDays {
    pub fn new(journey: &Journey, counts: &TripCounts, caregivers: u32) -> Self {
        let n = |param| i64::from(journey.count(param, Scenario::Typical));
        let far = counts.overnight_trips > 0;
        let manufacturing_days = 7 * n(JourneyParam::ManufacturingWeeks);
        let collections = n(JourneyParam::CollectionTrips);
        let first_collection = -manufacturing_days - collections.max(1);
        let collection_days: Vec<i64> = (0..collections).map(|i| first_collection + i).collect();
        let evaluations = n(JourneyParam::EvaluationTrips);
        let evaluation_days: Vec<i64> = (0..evaluations)
            .map(|i| first_collection - DAYS_BETWEEN_SCREENING_VISITS * (evaluations - i))
            .collect();
        let conditioning = n(JourneyParam::ConditioningNights);
        let hospital = n(JourneyParam::HospitalDays);
        let nearby = n(JourneyParam::NearbyDays);
        let discharge = conditioning + hospital;
        let home = discharge + nearby;
        let follow_up_span = 365 * n(JourneyParam::FollowUpYears);
        let visits = n(JourneyParam::FollowUpVisits);
        let follow_up_days: Vec<i64> = (1..=visits)
            .map(|k| home + k * follow_up_span / visits.max(1))
            .collect();
        let visit_days: Vec<i64> = evaluation_days
            .iter()
            .chain(&collection_days)
            .chain(&follow_up_days)
            .copied()
            .collect();
        // Sleeping at home: a drive in each day of chemotherapy, the caregiver's trips to the
        // hospital and the clinic visits after it, each spread evenly over its weeks.
        let stay_trip_days: Vec<i64> = if counts.sleeps_home {
            let spread =
                |first: i64, days: i64, visits: i64| (0..visits).map(move |k| first + k * days / visits.max(1));
            let per_week = |param| journey.count(param, Scenario::Typical);
            let hospital_trips = if caregivers > 0 {
                i64::from(visits_in(
                    hospital as u32,
                    per_week(JourneyParam::HospitalVisitsPerWeek),
                ))
            } else {
                0
            };
            let nearby_visits = i64::from(visits_in(nearby as u32, per_week(JourneyParam::NearbyVisitsPerWeek)));
            (0..conditioning)
                .chain(spread(conditioning, hospital, hospital_trips))
                .chain(spread(discharge, nearby, nearby_visits))
                .collect()
        } else {
            Vec::new()
        };
        let trips: Days = visit_days
            .iter()
            .chain(&stay_trip_days)
            .map(|&d| one_day(d))
            .chain([one_day(0)])
            .collect();
        let mut nights_away = if counts.sleeps_home {
            Vec::new()
        } else {
            range(0, home, 1)
        };
        if far {
            nights_away.extend(visit_days.iter().map(|&d| one_day(d)));
        }
        let parking_days: Days = if counts.sleeps_home {
            let mut days: Days = stay_trip_days.iter().map(|&d| one_day(d)).collect();
            days.extend(within(&nights_away, i64::MIN, i64::MAX));
            days
        } else {
            nights_away.clone()
        };
        // With no caregiver, nobody needs the room while the patient is in the hospital.
        let room_nights: Days = if caregivers > 0 || counts.sleeps_home {
            nights_away.clone()
        } else {
            outside(&nights_away, conditioning, discharge)
        };
        let mut person_days: Days = Vec::new();
        if !counts.sleeps_home {
            person_days.extend(range(0, conditioning, 1 + caregivers));
            person_days.extend(range(conditioning, hospital, caregivers));
            person_days.extend(range(discharge, nearby, 1 + caregivers));
        }
        if far {
            person_days.extend(visit_days.iter().map(|&d| Run {
                weight: 1 + caregivers,
                ..one_day(d)
            }));
        }
        let mut days_away = range(0, home, 1);
        for &day in &visit_days {
            days_away.extend(range(day, if far { 2 } else { 1 }, 1));
        }
        let recovery_days = 7 * n(JourneyParam::RecoveryWeeks);
        let mut patient_away = days_away.clone();
        patient_away.extend(range(home, recovery_days, 1));
        Self {
            evaluation_days,
            collection_days,
            first_collection,
            follow_up_days,
            manufacturing_days,
            conditioning,
            hospital,
            nearby,
            discharge,
            home,
            recovery_days,
            trips,
            nights_away,
            parking_days,
            room_nights,
            person_days,
            days_away,
            patient_away,
            prophylaxis: range(home, 30 * n(JourneyParam::ProphylaxisMonths), 1),
            follow_up: range(home, follow_up_span, 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_cut_to_a_window_keep_their_order() {
        let days = [
            Run {
                first: 10,
                count: 5,
                weight: 2,
            },
            one_day(0),
            Run {
                first: 3,
                count: 4,
                weight: 1,
            },
        ];
        assert_eq!(
            within(&days, 2, 12),
            vec![
                Run {
                    first: 10,
                    count: 2,
                    weight: 2
                },
                Run {
                    first: 3,
                    count: 4,
                    weight: 1
                }
            ]
        );
        assert_eq!(
            outside(&days, 4, 11),
            vec![
                Run {
                    first: 11,
                    count: 4,
                    weight: 2
                },
                one_day(0),
                Run {
                    first: 3,
                    count: 1,
                    weight: 1
                }
            ]
        );
    }
}
