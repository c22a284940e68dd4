//! The costs of living away from home: travel, lodging, meals, parking, child care and pets.

use rust_decimal::Decimal;

use super::draft::{Context, Draft, merge_sources, money};
use crate::core::choices::{Lodging, TravelMode};
use crate::core::data_gaps::GapKind;
use crate::core::lines::{Category, LineId};
use crate::core::scenarios::{Scenario, Scenarios};
use crate::core::tables::{JourneyParam, PerDiemYear, UnitCostId, UnitCostRow};
use crate::core::text::{Arg, Text};
use crate::text;

impl Context<'_, '_> {
    pub(super) fn travel(&self) -> Draft {
        let typical = self.typical();
        let trips = if typical.sleeps_home {
            text!(
                "line-travel-trips-home",
                trips = typical.round_trips,
                visits = typical.visit_trips,
                stay = typical.stay_trips
            )
        } else {
            text!(
                "line-travel-trips",
                trips = typical.round_trips,
                visits = typical.visit_trips
            )
        };
        match self.input.travel_mode() {
            TravelMode::Drive => {
                // The IRS rates of the tax year of each trip (without a start date, today's).
                // From a ZIP code the miles differ by scenario (the detour factor for roads).
                let miles = self.input.distance().miles;
                let mut rows: Vec<&UnitCostRow> = Vec::new();
                let mut typical_cost = Decimal::ZERO;
                for run in &self.days.trips {
                    let row = self.unit_cost_on(UnitCostId::DrivePerMile, self.day_of(run.first), GapKind::Mileage);
                    let price = row.price().unwrap_or(Scenarios::ZERO);
                    typical_cost += Decimal::TWO * miles.typical * price.typical * Decimal::from(run.weight);
                    if !rows.iter().any(|r| std::ptr::eq(*r, row)) {
                        rows.push(row);
                    }
                }
                if rows.is_empty() {
                    rows.push(self.unit_cost_on(UnitCostId::DrivePerMile, self.first_day, GapKind::Mileage));
                }
                let prices: Vec<Scenarios<Decimal>> =
                    rows.iter().map(|r| r.price().unwrap_or(Scenarios::ZERO)).collect();
                let low = prices.iter().map(|p| p.low).min().unwrap_or_default();
                let high = prices.iter().map(|p| p.high).max().unwrap_or_default();
                let trips_each = self.trip(|c| c.round_trips);
                let quantity = Scenarios::from_fn(|s| *trips_each.get(s) * Decimal::TWO * *miles.get(s));
                let row = rows[0];
                let rate = if rows.len() == 1 {
                    prices[0]
                } else {
                    Scenarios::new(low, typical_cost / quantity.typical, high)
                };
                let basis = text!(
                    "line-drive-basis",
                    trips = trips,
                    miles = Arg::Number(miles.typical),
                    total = Arg::Number(quantity.typical),
                    rate = money(rate.typical),
                    high = money(rate.high)
                );
                let sources = merge_sources(
                    [self.trip_sources(), self.distance_sources().as_slice()]
                        .into_iter()
                        .chain(rows.iter().map(|r| r.source_ids.as_slice())),
                );
                if rows.len() == 1 {
                    return Draft::priced(
                        LineId::Travel,
                        Category::NonMedical,
                        text!("line-drive"),
                        quantity,
                        text!("unit-miles"),
                        rate,
                        row.unit_text(),
                        basis,
                        sources,
                    );
                }
                Draft::costed(
                    LineId::Travel,
                    Category::NonMedical,
                    text!("line-drive"),
                    (quantity, text!("unit-miles")),
                    (rate, row.unit_text()),
                    Scenarios::new(quantity.low * low, typical_cost, quantity.high * high),
                    basis,
                    sources,
                )
            }
            TravelMode::Fly => {
                let row = self.unit_cost_on(UnitCostId::AirfareRoundTrip, self.first_day, GapKind::Airfare);
                let rate = row.price().unwrap_or(Scenarios::ZERO);
                let travelers = 1 + self.input.caregivers();
                let quantity = self.trip(|c| c.round_trips * travelers);
                let basis = text!(
                    "line-fly-basis",
                    trips = trips,
                    travelers = travelers,
                    tickets = self.typical().round_trips * travelers,
                    rate = money(rate.typical)
                );
                Draft::priced(
                    LineId::Travel,
                    Category::NonMedical,
                    text!("line-fly"),
                    quantity,
                    text!("unit-tickets"),
                    rate,
                    row.unit_text(),
                    basis,
                    merge_sources([
                        self.trip_sources(),
                        self.distance_sources().as_slice(),
                        row.source_ids.as_slice(),
                    ]),
                )
            }
        }
    }

    /// Flying: the rides at each end of every flight and between the lodging and the center.
    /// Each kind of ride has its own fare, so the cost is their sum and the rate their average.
    pub(super) fn ground_transport(&self) -> Draft {
        // Ride fares are travel fares: a gap in them is reported as the airfare's kind of gap.
        let airport = self.unit_cost_on(UnitCostId::AirportRide, self.first_day, GapKind::Airfare);
        let local = self.unit_cost_on(UnitCostId::LocalRide, self.first_day, GapKind::Airfare);
        let (airport_fare, local_fare) = (
            airport.price().unwrap_or(Scenarios::ZERO),
            local.price().unwrap_or(Scenarios::ZERO),
        );
        let airport_rides = self.trip(|c| c.airport_rides);
        let local_rides = self.trip(|c| c.local_rides);
        let rides = Scenarios::from_fn(|s| *airport_rides.get(s) + *local_rides.get(s));
        let cost = Scenarios::from_fn(|s| {
            *airport_rides.get(s) * *airport_fare.get(s) + *local_rides.get(s) * *local_fare.get(s)
        });
        let rate = Scenarios::from_fn(|s| {
            let count = *rides.get(s);
            if count.is_zero() {
                Decimal::ZERO
            } else {
                *cost.get(s) / count
            }
        });
        let typical = self.typical();
        let basis = text!(
            "line-ground-basis",
            per_trip = self.tables.counting_rules().airport_rides_per_round_trip,
            per_day = self.tables.counting_rules().city_rides_per_day,
            airport = typical.airport_rides,
            airport_fare = money(airport_fare.typical),
            local = typical.local_rides,
            local_fare = money(local_fare.typical)
        );
        Draft::costed(
            LineId::GroundTransport,
            Category::NonMedical,
            text!("line-ground"),
            (rides, text!("unit-rides")),
            (rate, text!("unit-usd-per-ride")),
            cost,
            basis,
            merge_sources([
                self.trip_sources(),
                airport.source_ids.as_slice(),
                local.source_ids.as_slice(),
            ]),
        )
    }

    /// "61 room-nights (5 before admission + 21 in hospital + 21 nearby + 14 on visit trips)".
    pub(super) fn nights_phrase(&self) -> Text {
        let c = self.typical();
        if c.sleeps_home {
            return text!("line-nights-home", nights = c.lodging_nights);
        }
        let n = |param| self.journey.count(param, Scenario::Typical);
        let in_hospital = (self.input.caregivers() > 0)
            .then(|| text!("line-nights-in-hospital", nights = n(JourneyParam::HospitalDays)));
        let on_trips = (c.overnight_trips > 0).then(|| text!("line-nights-on-trips", nights = c.overnight_trips));
        text!(
            "line-nights",
            nights = c.lodging_nights,
            before = n(JourneyParam::ConditioningNights),
            in_hospital = in_hospital,
            after = n(JourneyParam::NearbyDays),
            on_trips = on_trips
        )
    }

    pub(super) fn lodging(&self) -> Draft {
        let nights = self.trip(|c| c.lodging_nights);
        let (rate, basis, sources, cost) = match (self.input.lodging(), self.input.lodging_rate()) {
            (Lodging::Family, _) => (
                Scenarios::ZERO,
                text!("line-lodging-basis-family", nights = self.nights_phrase()),
                self.trip_sources().to_vec(),
                None,
            ),
            (_, Some(own_rate)) => (
                Scenarios::same(own_rate),
                text!(
                    "line-lodging-basis-own",
                    nights = self.nights_phrase(),
                    rate = money(own_rate)
                ),
                self.trip_sources().to_vec(),
                None,
            ),
            (_, None) => self.gsa_lodging(nights),
        };
        match cost {
            Some(cost) => Draft::costed(
                LineId::Lodging,
                Category::NonMedical,
                text!("line-lodging"),
                (nights, text!("unit-room-nights")),
                (rate, text!("unit-usd-per-night")),
                cost,
                basis,
                sources,
            ),
            None => Draft::priced(
                LineId::Lodging,
                Category::NonMedical,
                text!("line-lodging"),
                nights,
                text!("unit-room-nights"),
                rate,
                text!("unit-usd-per-night"),
                basis,
                sources,
            ),
        }
    }

    /// A hotel at the GSA rate: without a start date, the rates in force today (the year's
    /// average, seasons for low and high); with one, each night at the rate of its own season
    /// and federal fiscal year. Returns the rate, the basis, the sources, and the cost when it
    /// is not nights × rate.
    fn gsa_lodging(
        &self,
        nights: Scenarios<Decimal>,
    ) -> (Scenarios<Decimal>, Text, Vec<String>, Option<Scenarios<Decimal>>) {
        let area = self.input.per_diem_area();
        let place = Arg::Verbatim(area.destination.clone());
        let Some(start) = self.input.start_date() else {
            let year = self.per_diem_on(self.first_day);
            let typical = year.lodging_yearly_average();
            let when = if year.has_seasons() {
                text!("line-lodging-year-average")
            } else {
                text!("line-lodging-all-year")
            };
            return (
                Scenarios::new(year.lodging_lowest(), typical, year.lodging_highest()),
                text!(
                    "line-lodging-basis-gsa",
                    nights = self.nights_phrase(),
                    rate = money(typical),
                    place = place,
                    when = when
                ),
                merge_sources([self.trip_sources(), year.source_ids.as_slice()]),
                None,
            );
        };
        let mut years: Vec<&PerDiemYear> = Vec::new();
        let (mut cheapest, mut dearest) = (Decimal::MAX, Decimal::MIN);
        let total = self.priced_days(&self.days.room_nights, |day| {
            let year = self.per_diem_on(day);
            if !years.iter().any(|y| y.fiscal_year == year.fiscal_year) {
                years.push(year);
            }
            let rate = year.lodging_on(day.month().unsigned_abs(), day.day().unsigned_abs());
            cheapest = cheapest.min(rate);
            dearest = dearest.max(rate);
            rate
        });
        if years.is_empty() {
            years.push(self.per_diem_on(start));
        }
        let low = years.iter().map(|y| y.lodging_lowest()).min().unwrap_or_default();
        let high = years.iter().map(|y| y.lodging_highest()).max().unwrap_or_default();
        let sources =
            merge_sources(std::iter::once(self.trip_sources()).chain(years.iter().map(|y| y.source_ids.as_slice())));
        if cheapest >= dearest {
            // Every night at one rate: nights × that rate, said as before.
            let rate = if cheapest == Decimal::MAX { low } else { cheapest };
            let when = if years.iter().any(|y| y.has_seasons()) {
                text!("line-lodging-season", date = start)
            } else {
                text!("line-lodging-all-year")
            };
            let basis = text!(
                "line-lodging-basis-gsa",
                nights = self.nights_phrase(),
                rate = money(rate),
                place = place,
                when = when
            );
            return (Scenarios::new(low, rate, high), basis, sources, None);
        }
        let average = total / nights.typical;
        let fiscal_years = years
            .iter()
            .map(|y| text!("fiscal-year", year = Arg::Verbatim(y.fiscal_year.to_string())))
            .collect();
        let basis = text!(
            "line-lodging-basis-gsa",
            nights = self.nights_phrase(),
            rate = money(average),
            place = place,
            when = text!("line-lodging-dated", years = Arg::List(fiscal_years))
        );
        let cost = Scenarios::new(nights.low * low, total, nights.high * high);
        (Scenarios::new(low, average, high), basis, sources, Some(cost))
    }

    pub(super) fn meals(&self) -> Draft {
        let area = self.input.per_diem_area();
        let caregivers = self.input.caregivers();
        let person_days = self.trip(|c| c.patient_nights_away + caregivers * c.lodging_nights);
        let c = self.typical();
        // M&IE by the fiscal year of each day away (without a start date, today's).
        let mut years: Vec<&PerDiemYear> = Vec::new();
        let total = self.priced_days(&self.days.person_days, |day| {
            let year = self.per_diem_on(day);
            if !years.iter().any(|y| y.fiscal_year == year.fiscal_year) {
                years.push(year);
            }
            year.meals
        });
        if years.is_empty() {
            years.push(self.per_diem_on(self.first_day));
        }
        let low = years.iter().map(|y| y.meals).min().unwrap_or_default();
        let high = years.iter().map(|y| y.meals).max().unwrap_or_default();
        let uniform = low == high;
        let rate = if uniform { low } else { total / person_days.typical };
        let basis = text!(
            "line-meals-basis",
            days = c.patient_nights_away + caregivers * c.lodging_nights,
            patient = c.patient_nights_away,
            caregiver_days = caregivers * c.lodging_nights,
            caregivers = caregivers,
            rate = money(rate),
            place = Arg::Verbatim(area.destination.clone())
        );
        let sources =
            merge_sources(std::iter::once(self.trip_sources()).chain(years.iter().map(|y| y.source_ids.as_slice())));
        if uniform {
            return Draft::priced(
                LineId::Meals,
                Category::NonMedical,
                text!("line-meals"),
                person_days,
                text!("unit-person-days"),
                Scenarios::same(rate),
                text!("unit-usd-per-person-day"),
                basis,
                sources,
            );
        }
        Draft::costed(
            LineId::Meals,
            Category::NonMedical,
            text!("line-meals"),
            (person_days, text!("unit-person-days")),
            (Scenarios::new(low, rate, high), text!("unit-usd-per-person-day")),
            Scenarios::new(person_days.low * low, total, person_days.high * high),
            basis,
            sources,
        )
    }

    pub(super) fn parking(&self) -> Draft {
        let row = self.tables.unit_cost(UnitCostId::ParkingPerDay);
        let rate = row.price().unwrap_or(Scenarios::ZERO);
        let (days, basis) = match self.input.travel_mode() {
            TravelMode::Drive => (
                self.trip(|c| c.parking_days),
                Text::new(if self.typical().sleeps_home {
                    "line-parking-basis-home"
                } else {
                    "line-parking-basis"
                })
                .with("days", self.typical().parking_days)
                .with("rate", money(rate.typical))
                .with("high", money(rate.high)),
            ),
            TravelMode::Fly => (Scenarios::ZERO, text!("line-parking-basis-fly")),
        };
        Draft::priced(
            LineId::Parking,
            Category::NonMedical,
            text!("line-parking"),
            days,
            text!("unit-days"),
            rate,
            row.unit_text(),
            basis,
            merge_sources([self.trip_sources(), row.source_ids.as_slice()]),
        )
    }

    pub(super) fn child_care(&self, per_day: Decimal) -> Draft {
        let days = self.trip(|c| c.caregiver_days_away);
        let basis = text!(
            "line-child-care-basis",
            days = self.typical().caregiver_days_away,
            rate = money(per_day)
        );
        Draft::priced(
            LineId::ChildCare,
            Category::NonMedical,
            text!("line-child-care"),
            days,
            text!("unit-days"),
            Scenarios::same(per_day),
            text!("unit-usd-per-day"),
            basis,
            self.trip_sources().to_vec(),
        )
    }

    pub(super) fn pet_care(&self) -> Draft {
        let row = self.tables.unit_cost(UnitCostId::PetBoardingPerNight);
        let rate = row.price().unwrap_or(Scenarios::ZERO);
        let pets = self.input.pets();
        let basis = text!(
            "line-pet-care-basis",
            pets = pets,
            nights = self.typical().nights_away,
            pet_nights = pets * self.typical().nights_away,
            rate = money(rate.typical)
        );
        Draft::priced(
            LineId::PetCare,
            Category::NonMedical,
            text!("line-pet-care"),
            self.trip(|c| pets * c.nights_away),
            text!("unit-pet-nights"),
            rate,
            row.unit_text(),
            basis,
            merge_sources([self.trip_sources(), row.source_ids.as_slice()]),
        )
    }
}
