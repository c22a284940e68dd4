//! The costs of living away from home: travel, lodging, meals, parking, child care and pets.

use rust_decimal::Decimal;

use super::draft::{Context, Draft, merge_sources, money};
use crate::core::choices::{Lodging, TravelMode};
use crate::core::lines::{Category, LineId};
use crate::core::scenarios::{Scenario, Scenarios};
use crate::core::tables::{JourneyParam, UnitCostId};
use crate::core::text::{Arg, Text};
use crate::text;

impl Context<'_, '_> {
    pub(super) fn travel(&self) -> Draft {
        let typical = self.typical();
        let trips = text!(
            "line-travel-trips",
            trips = typical.round_trips,
            visits = typical.visit_trips
        );
        match self.input.travel_mode() {
            TravelMode::Drive => {
                let row = self.tables.unit_cost(UnitCostId::DrivePerMile);
                let rate = row.price().unwrap_or(Scenarios::ZERO);
                let miles = self.input.distance_miles();
                let quantity = self.trip(|c| c.round_trips).map(|trips| trips * Decimal::TWO * miles);
                let basis = text!(
                    "line-drive-basis",
                    trips = trips,
                    miles = Arg::Number(miles),
                    total = Arg::Number(quantity.typical),
                    rate = money(rate.typical),
                    high = money(rate.high)
                );
                Draft::priced(
                    LineId::Travel,
                    Category::NonMedical,
                    text!("line-drive"),
                    quantity,
                    text!("unit-miles"),
                    rate,
                    row.unit_text(),
                    basis,
                    merge_sources([self.trip_sources().as_slice(), row.source_ids.0.as_slice()]),
                )
            }
            TravelMode::Fly => {
                let row = self.tables.unit_cost(UnitCostId::AirfareRoundTrip);
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
                    merge_sources([self.trip_sources().as_slice(), row.source_ids.0.as_slice()]),
                )
            }
        }
    }

    /// "61 room-nights (5 before admission + 21 in hospital + 21 nearby + 14 on visit trips)".
    pub(super) fn nights_phrase(&self) -> Text {
        let c = self.typical();
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
        let area = self.input.per_diem_area();
        let nights = self.trip(|c| c.lodging_nights);
        let gsa_sources = area.source_ids.0.clone();
        let (rate, basis, sources) = match (self.input.lodging(), self.input.lodging_rate()) {
            (Lodging::Family, _) => (
                Scenarios::ZERO,
                text!("line-lodging-basis-family", nights = self.nights_phrase()),
                self.trip_sources(),
            ),
            (_, Some(own_rate)) => (
                Scenarios::same(own_rate),
                text!(
                    "line-lodging-basis-own",
                    nights = self.nights_phrase(),
                    rate = money(own_rate)
                ),
                self.trip_sources(),
            ),
            (_, None) => {
                let typical = match self.input.start_date() {
                    Some(date) => area.lodging_on(date.month().unsigned_abs(), date.day().unsigned_abs()),
                    None => area.lodging_yearly_average(),
                };
                let rate = Scenarios::new(area.lodging_lowest(), typical, area.lodging_highest());
                let when = match (self.input.start_date(), area.has_seasons()) {
                    (_, false) => text!("line-lodging-all-year"),
                    (Some(date), true) => text!("line-lodging-season", date = date),
                    (None, true) => text!("line-lodging-year-average"),
                };
                (
                    rate,
                    text!(
                        "line-lodging-basis-gsa",
                        nights = self.nights_phrase(),
                        rate = money(typical),
                        place = Arg::Verbatim(area.destination.clone()),
                        when = when
                    ),
                    merge_sources([self.trip_sources().as_slice(), gsa_sources.as_slice()]),
                )
            }
        };
        Draft::priced(
            LineId::Lodging,
            Category::NonMedical,
            text!("line-lodging"),
            nights,
            text!("unit-room-nights"),
            rate,
            text!("unit-usd-per-night"),
            basis,
            sources,
        )
    }

    pub(super) fn meals(&self) -> Draft {
        let area = self.input.per_diem_area();
        let caregivers = self.input.caregivers();
        let person_days = self.trip(|c| c.patient_nights_away + caregivers * c.lodging_nights);
        let c = self.typical();
        let basis = text!(
            "line-meals-basis",
            days = c.patient_nights_away + caregivers * c.lodging_nights,
            patient = c.patient_nights_away,
            caregiver_days = caregivers * c.lodging_nights,
            caregivers = caregivers,
            rate = money(area.meals),
            place = Arg::Verbatim(area.destination.clone())
        );
        Draft::priced(
            LineId::Meals,
            Category::NonMedical,
            text!("line-meals"),
            person_days,
            text!("unit-person-days"),
            Scenarios::same(area.meals),
            text!("unit-usd-per-person-day"),
            basis,
            merge_sources([self.trip_sources().as_slice(), area.source_ids.0.as_slice()]),
        )
    }

    pub(super) fn parking(&self) -> Draft {
        let row = self.tables.unit_cost(UnitCostId::ParkingPerDay);
        let rate = row.price().unwrap_or(Scenarios::ZERO);
        let (days, basis) = match self.input.travel_mode() {
            TravelMode::Drive => (
                self.trip(|c| c.nights_away),
                text!(
                    "line-parking-basis",
                    days = self.typical().nights_away,
                    rate = money(rate.typical),
                    high = money(rate.high)
                ),
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
            merge_sources([self.trip_sources().as_slice(), row.source_ids.0.as_slice()]),
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
            self.trip_sources(),
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
            merge_sources([self.trip_sources().as_slice(), row.source_ids.0.as_slice()]),
        )
    }
}
