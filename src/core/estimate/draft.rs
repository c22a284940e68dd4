//! A line before its payers are known, and what the line builders read.

use std::cell::{OnceCell, RefCell};

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::core::coverage::Setting;
use crate::core::data_gaps::DataGap;
use crate::core::input::Input;
use crate::core::journey::{Journey, TripCounts};
use crate::core::journey_days::JourneyDays;
use crate::core::lines::{Category, LineId};
use crate::core::scenarios::Scenarios;
use crate::core::tables::{CarePart, JourneyParam, Tables, UnitCostId};
use crate::core::text::{Arg, Text};

/// A line before payers are assigned.
#[derive(Clone)]
pub(super) struct Draft {
    pub(super) id: LineId,
    pub(super) category: Category,
    pub(super) label: Text,
    pub(super) quantity: Scenarios<Decimal>,
    pub(super) quantity_unit: Text,
    pub(super) rate: Option<Scenarios<Decimal>>,
    pub(super) rate_unit: Text,
    pub(super) cost: Option<Scenarios<Decimal>>,
    pub(super) basis: Text,
    pub(super) question: Option<Text>,
    pub(super) sources: Vec<String>,
    /// For medical lines: the part of the care, when its bills fall and where it is given.
    pub(super) care: Option<(CarePart, When, Setting)>,
}

impl Draft {
    /// A line whose cost is quantity x rate in every scenario.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn priced(
        id: LineId,
        category: Category,
        label: Text,
        quantity: Scenarios<Decimal>,
        quantity_unit: Text,
        rate: Scenarios<Decimal>,
        rate_unit: Text,
        basis: Text,
        sources: Vec<String>,
    ) -> Self {
        let cost = Scenarios::from_fn(|s| quantity.get(s) * rate.get(s));
        Self {
            id,
            category,
            label,
            quantity,
            quantity_unit,
            rate: Some(rate),
            rate_unit,
            cost: Some(cost),
            basis,
            question: None,
            sources,
            care: None,
        }
    }

    /// A line whose cost is worked out otherwise (a rate that changes over the days it
    /// covers): the rate shown is the average, the cost is exact.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn costed(
        id: LineId,
        category: Category,
        label: Text,
        (quantity, quantity_unit): (Scenarios<Decimal>, Text),
        (rate, rate_unit): (Scenarios<Decimal>, Text),
        cost: Scenarios<Decimal>,
        basis: Text,
        sources: Vec<String>,
    ) -> Self {
        Self {
            id,
            category,
            label,
            quantity,
            quantity_unit,
            rate: Some(rate),
            rate_unit,
            cost: Some(cost),
            basis,
            question: None,
            sources,
            care: None,
        }
    }

    /// Marks a medical line with its part of the care, its timing and its setting.
    pub(super) fn care(mut self, part: CarePart, when: When, setting: Setting) -> Self {
        self.care = Some((part, when, setting));
        self
    }
}

/// When a medical line's bills fall, relative to the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum When {
    /// The day the family arrives for conditioning (day 0).
    Arrival,
    /// The day of admission, when the cells are given.
    InfusionDay,
    /// Every day of the hospital stay.
    HospitalDays,
    /// Early in the stay (side effects come in the first days).
    DuringStay,
    /// Spread over the follow-up years from the day of discharge.
    AfterDischarge,
}

/// Everything the line builders read.
pub(super) struct Context<'a, 't> {
    pub(super) tables: &'a Tables,
    pub(super) input: &'a Input<'t>,
    pub(super) journey: &'a Journey,
    pub(super) counts: &'a Scenarios<TripCounts>,
    /// The journey's days (typical), which price dated nights and trips.
    pub(super) days: &'a JourneyDays,
    /// The first day figures are looked up for: the start date, or today without one.
    pub(super) first_day: Date,
    /// Figures not out yet for a year the journey reaches, noted as the lines are drafted.
    pub(super) gaps: RefCell<Vec<DataGap>>,
    pub(super) trip_sources: OnceCell<Vec<String>>,
}

pub(super) fn dec(n: u32) -> Decimal {
    Decimal::from(n)
}

pub(super) fn money(amount: Decimal) -> Arg {
    Arg::MoneyShort(amount)
}

/// Joins source-id lists without repeats, keeping the order of first use.
pub(super) fn merge_sources<'a>(lists: impl IntoIterator<Item = &'a [String]>) -> Vec<String> {
    crate::core::tables::unique_ids(lists.into_iter().flatten())
}

impl Context<'_, '_> {
    pub(super) fn count(&self, param: JourneyParam) -> Scenarios<u32> {
        self.journey.step(param).counts
    }

    pub(super) fn trip(&self, f: impl Fn(&TripCounts) -> u32) -> Scenarios<Decimal> {
        self.counts.map(|c| dec(f(c)))
    }

    /// Where the distance comes from: the ZIP points, the hospital's address and the detour
    /// factor when worked out from a ZIP code, and the drive-or-fly rule when the family left
    /// the way of travel to the distance.
    pub(super) fn distance_sources(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .input
            .zip_distance()
            .map(|d| d.source_ids.clone())
            .unwrap_or_default();
        if !self.input.travel_chosen() {
            ids.extend(self.tables.distance_rules().fly_above_miles.source_ids.iter().cloned());
        }
        ids
    }

    pub(super) fn unit_sources(&self, id: UnitCostId) -> &[String] {
        self.tables.unit_cost(id).source_ids.as_slice()
    }

    pub(super) fn journey_sources(&self, params: &[JourneyParam]) -> Vec<String> {
        self.journey.sources_of(params)
    }

    /// Sources of every count that decides trips and nights away (most lines cite them:
    /// worked out once).
    pub(super) fn trip_sources(&self) -> &[String] {
        self.trip_sources.get_or_init(|| self.merged_trip_sources())
    }

    fn merged_trip_sources(&self) -> Vec<String> {
        merge_sources([
            self.journey_sources(&[
                JourneyParam::EvaluationTrips,
                JourneyParam::CollectionTrips,
                JourneyParam::ConditioningNights,
                JourneyParam::HospitalDays,
                JourneyParam::NearbyDays,
                JourneyParam::FollowUpVisits,
            ])
            .as_slice(),
            self.tables.counting_rules().source_ids.as_slice(),
        ])
    }

    pub(super) fn typical(&self) -> &TripCounts {
        &self.counts.typical
    }

    /// A line for an item with no sourced price: listed, never invented.
    pub(super) fn unpriced(
        &self,
        id: LineId,
        label: Text,
        unit_cost: UnitCostId,
        quantity: Scenarios<Decimal>,
        quantity_unit: Text,
    ) -> Draft {
        let row = self.tables.unit_cost(unit_cost);
        Draft {
            id,
            category: Category::Medical,
            label,
            quantity,
            quantity_unit,
            rate: None,
            rate_unit: row.unit_text(),
            cost: None,
            basis: row.note_text(),
            question: None,
            sources: row.source_ids.to_vec(),
            care: None,
        }
    }
}
