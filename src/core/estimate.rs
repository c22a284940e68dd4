//! The estimate: a pure function from valid input and the tables to itemized low / typical /
//! high costs, who pays each line, and the totals.

use rust_decimal::Decimal;
use serde::Serialize;

use super::choices::{Cells, InsuranceType, Lodging, Route, TravelMode};
use super::coverage::{Bill, PlanTerms, Setting, family_shares};
use super::input::{Earnings, Input};
use super::journey::{Journey, TripCounts};
use super::money::{format_number, format_usd_short};
use super::scenarios::{Scenario, Scenarios};
use super::tables::{JourneyParam, Ownership, Tables, UnitCostId};

/// The line items, in journey order within each category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineId {
    Collection,
    Conditioning,
    Product,
    HospitalStay,
    Complications,
    Prophylaxis,
    FollowUpCare,
    Travel,
    Lodging,
    Meals,
    Parking,
    ChildCare,
    PetCare,
    CaregiverIncome,
    PatientIncome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Bills for care: the cells, the hospital, medicines, follow-up.
    Medical,
    /// Travel, lodging, meals, parking and care at home.
    NonMedical,
    /// Pay lost while away or recovering.
    LostIncome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Payer {
    Sponsor,
    Insurer,
    Family,
}

/// One line of the estimate. `cost` is `None` when no sourced price exists; then
/// `question` says what to ask, and the line adds nothing to the totals.
#[derive(Debug, Clone, Serialize)]
pub struct LineItem {
    pub id: LineId,
    pub category: Category,
    pub label: String,
    pub quantity: Scenarios<Decimal>,
    pub quantity_unit: String,
    pub rate: Option<Scenarios<Decimal>>,
    pub rate_unit: String,
    pub cost: Option<Scenarios<Decimal>>,
    pub payer: Vec<Payer>,
    pub sponsor_pays: Option<Scenarios<Decimal>>,
    pub insurer_pays: Option<Scenarios<Decimal>>,
    pub family_pays: Option<Scenarios<Decimal>>,
    /// How the cost was worked out, in one plain sentence (typical figures).
    pub basis: String,
    /// Why this payer pays, in one plain sentence.
    pub payer_reason: String,
    pub question: Option<String>,
    pub sources: Vec<String>,
}

/// What each party pays, summed over the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Every priced medical line, whoever pays it.
    pub billed_medical: Scenarios<Decimal>,
    pub sponsor_pays: Scenarios<Decimal>,
    pub insurer_pays: Scenarios<Decimal>,
    /// The family's share of medical bills.
    pub family_medical: Scenarios<Decimal>,
    /// Travel, lodging, meals, parking and care at home.
    pub non_medical: Scenarios<Decimal>,
    pub lost_income: Scenarios<Decimal>,
    /// family_medical + non_medical + lost_income.
    pub family_total: Scenarios<Decimal>,
}

/// The whole estimate.
#[derive(Debug, Clone, Serialize)]
pub struct Estimate {
    pub lines: Vec<LineItem>,
    pub totals: Totals,
    pub journey: Journey,
    pub counts: Scenarios<TripCounts>,
    pub plan: PlanTerms,
    /// Lines with no sourced price: not in the totals, so the family's share may be higher.
    pub unpriced: Vec<LineId>,
}

impl Estimate {
    /// Every source id the estimate uses, in order of first use.
    pub fn source_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        let from_lines = self.lines.iter().flat_map(|line| line.sources.iter().cloned());
        let from_journey = self
            .journey
            .steps
            .iter()
            .flat_map(|step| step.sources.0.iter().cloned());
        for id in from_lines.chain(from_journey).chain(self.plan.source_ids()) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    pub fn line(&self, id: LineId) -> Option<&LineItem> {
        self.lines.iter().find(|line| line.id == id)
    }
}

/// Works out the estimate. Pure: same tables and input, same estimate.
pub fn estimate(tables: &Tables, input: &Input<'_>) -> Estimate {
    let journey = Journey::resolve(tables, input);
    let rules = tables.counting_rules();
    let counts = Scenarios::from_fn(|s| TripCounts::count(&journey, rules, input.distance_miles(), s));
    let plan = PlanTerms::resolve(input.insurance(), input.own_plan(), tables.insurance_presets());
    let context = Context {
        tables,
        input,
        journey: &journey,
        counts: &counts,
    };

    let mut drafts = Vec::with_capacity(15);
    if input.cells() == Cells::Autologous {
        drafts.push(context.collection());
    }
    drafts.push(context.conditioning());
    drafts.push(context.product());
    drafts.push(context.hospital_stay());
    drafts.push(context.complications());
    drafts.push(context.prophylaxis());
    drafts.push(context.follow_up_care());
    drafts.push(context.travel());
    drafts.push(context.lodging());
    drafts.push(context.meals());
    drafts.push(context.parking());
    if let Some(per_day) = input.child_care_per_day() {
        drafts.push(context.child_care(per_day));
    }
    if input.pets() > 0 {
        drafts.push(context.pet_care());
    }
    drafts.push(context.lost_pay(LineId::CaregiverIncome, input.caregiver()));
    drafts.push(context.lost_pay(LineId::PatientIncome, input.patient()));

    let lines = assign_payers(drafts, &plan, input);
    let totals = totals(&lines);
    let unpriced = lines.iter().filter(|l| l.cost.is_none()).map(|l| l.id).collect();
    Estimate {
        lines,
        totals,
        journey,
        counts,
        plan,
        unpriced,
    }
}

/// A line before payers are assigned.
struct Draft {
    id: LineId,
    category: Category,
    label: String,
    quantity: Scenarios<Decimal>,
    quantity_unit: String,
    rate: Option<Scenarios<Decimal>>,
    rate_unit: String,
    cost: Option<Scenarios<Decimal>>,
    basis: String,
    question: Option<String>,
    sources: Vec<String>,
    /// Where the care is given, for medical lines billed to insurance.
    setting: Option<Setting>,
}

impl Draft {
    /// A line whose cost is quantity x rate in every scenario.
    #[allow(clippy::too_many_arguments)]
    fn priced(
        id: LineId,
        category: Category,
        label: &str,
        quantity: Scenarios<Decimal>,
        quantity_unit: &str,
        rate: Scenarios<Decimal>,
        rate_unit: &str,
        basis: String,
        sources: Vec<String>,
    ) -> Self {
        let cost = Scenarios::from_fn(|s| quantity.get(s) * rate.get(s));
        Self {
            id,
            category,
            label: label.to_string(),
            quantity,
            quantity_unit: quantity_unit.to_string(),
            rate: Some(rate),
            rate_unit: rate_unit.to_string(),
            cost: Some(cost),
            basis,
            question: None,
            sources,
            setting: None,
        }
    }

    fn in_setting(mut self, setting: Setting) -> Self {
        self.setting = Some(setting);
        self
    }
}

/// Everything the line builders read.
struct Context<'a, 't> {
    tables: &'a Tables,
    input: &'a Input<'t>,
    journey: &'a Journey,
    counts: &'a Scenarios<TripCounts>,
}

fn dec(n: u32) -> Decimal {
    Decimal::from(n)
}

/// "1 dose", "2 doses".
fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{} {}", format_number(dec(n), 0), if n == 1 { one } else { many })
}

/// Joins source-id lists without repeats, keeping the order of first use.
fn merge_sources<'a>(lists: impl IntoIterator<Item = &'a [String]>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in lists.into_iter().flatten() {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    ids
}

impl Context<'_, '_> {
    fn count(&self, param: JourneyParam) -> Scenarios<u32> {
        self.journey.step(param).counts
    }

    fn trip(&self, f: impl Fn(&TripCounts) -> u32) -> Scenarios<Decimal> {
        self.counts.map(|c| dec(f(c)))
    }

    fn unit_sources(&self, id: UnitCostId) -> &[String] {
        &self.tables.unit_cost(id).source_ids.0
    }

    fn journey_sources(&self, params: &[JourneyParam]) -> Vec<String> {
        self.journey.sources_of(params)
    }

    /// Sources of every count that decides trips and nights away.
    fn trip_sources(&self) -> Vec<String> {
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
            self.tables.counting_rules().source_ids.0.as_slice(),
        ])
    }

    fn typical(&self) -> &TripCounts {
        &self.counts.typical
    }

    /// A line for an item with no sourced price: listed, never invented.
    fn unpriced(
        &self,
        id: LineId,
        label: &str,
        unit_cost: UnitCostId,
        quantity: Scenarios<Decimal>,
        quantity_unit: &str,
    ) -> Draft {
        let row = self.tables.unit_cost(unit_cost);
        Draft {
            id,
            category: Category::Medical,
            label: label.to_string(),
            quantity,
            quantity_unit: quantity_unit.to_string(),
            rate: None,
            rate_unit: row.unit.clone(),
            cost: None,
            basis: row.note.clone(),
            question: None,
            sources: row.source_ids.0.clone(),
            setting: None,
        }
    }

    fn collection(&self) -> Draft {
        let mut draft = self.unpriced(
            LineId::Collection,
            "Collecting the patient's T cells (apheresis)",
            UnitCostId::ApheresisCollection,
            self.count(JourneyParam::CollectionTrips).map(|n| dec(*n)),
            "collections",
        );
        draft.question = Some(match self.input.route() {
            Route::Trial => "Ask the trial coordinator whether the study pays for collecting your cells, and what you might be billed.",
            Route::Approved => "Ask the center's financial counselor whether collecting your cells is included in the product price or billed separately.",
        }.to_string());
        draft.in_setting(Setting::Outpatient)
    }

    fn conditioning(&self) -> Draft {
        let mut draft = self.unpriced(
            LineId::Conditioning,
            "Chemotherapy before the cells are given (conditioning)",
            UnitCostId::ConditioningChemotherapy,
            Scenarios::same(Decimal::ONE),
            "course",
        );
        draft.question = Some(
            "Ask what the chemotherapy before the infusion (fludarabine and cyclophosphamide) will cost, and whether the trial or your insurance pays for it."
                .to_string(),
        );
        draft.in_setting(Setting::Outpatient)
    }

    fn product(&self) -> Draft {
        let row = self.tables.product_price(self.input.price_basis());
        let price = row.price();
        let range = format!(
            "{} to {} (typical {})",
            format_usd_short(price.low),
            format_usd_short(price.high),
            format_usd_short(price.typical)
        );
        let basis = match self.input.route() {
            Route::Trial => format!(
                "The trial's sponsor supplies the cells. What they are worth, going by {}: {range}.",
                row.label
            ),
            Route::Approved => format!(
                "One treatment with a licensed CAR-T product, priced by {}: {range}. No CAR-T product is approved for these diseases yet.",
                row.label
            ),
        };
        Draft::priced(
            LineId::Product,
            Category::Medical,
            "The CAR-T cells (the product)",
            Scenarios::same(Decimal::ONE),
            "treatment",
            price,
            &row.unit,
            basis,
            row.source_ids.0.clone(),
        )
        .in_setting(Setting::Inpatient)
    }

    fn hospital_stay(&self) -> Draft {
        let tables = self.tables;
        let state = self.input.center().state.as_str();
        let state_cost = tables
            .hospital_day_cost(state, Ownership::Nonprofit)
            .filter(|_| !state.is_empty());
        let national_nonprofit = tables.national_nonprofit_day_cost();
        let national_for_profit = tables.national_for_profit_day_cost();
        let typical = state_cost.unwrap_or(national_nonprofit);
        let rate = Scenarios::new(
            national_for_profit.cost.min(typical.cost),
            typical.cost,
            national_nonprofit.cost.max(typical.cost),
        );
        let days = self.count(JourneyParam::HospitalDays);
        let where_from = match state_cost {
            Some(cost) => format!(
                "nonprofit hospitals in {} spend per patient day ({})",
                cost.region, cost.data_year
            ),
            None if state.is_empty() => {
                format!("U.S. nonprofit hospitals spend per patient day ({})", typical.data_year)
            }
            None => format!(
                "U.S. nonprofit hospitals spend per patient day ({}); we have no figure for {state}",
                typical.data_year
            ),
        };
        let basis = format!(
            "{} in hospital × {} a day, what {where_from}. Low uses {}, the U.S. for-profit figure, where lower.",
            plural(days.typical, "day", "days"),
            format_usd_short(rate.typical),
            format_usd_short(national_for_profit.cost),
        );
        let mut sources = self.journey_sources(&[JourneyParam::HospitalDays]);
        for row in [typical, national_for_profit, national_nonprofit] {
            sources = merge_sources([sources.as_slice(), row.source_ids.0.as_slice()]);
        }
        Draft::priced(
            LineId::HospitalStay,
            Category::Medical,
            "Hospital stay for the infusion and monitoring",
            days.map(|n| dec(*n)),
            "days",
            rate,
            "USD per day",
            basis,
            sources,
        )
        .in_setting(Setting::Inpatient)
    }

    fn complications(&self) -> Draft {
        let row = self.tables.unit_cost(UnitCostId::TocilizumabDose);
        let doses = self.count(JourneyParam::TocilizumabDoses);
        let rate = row.price().unwrap_or(Scenarios::ZERO);
        let basis = format!(
            "Treatment for cytokine release syndrome (CRS), a reaction to the cells with fever and low blood pressure: {} of tocilizumab at {} each. Low: none; high: {}, the most the label allows.",
            plural(doses.typical, "dose", "doses"),
            format_usd_short(rate.typical),
            plural(doses.high, "dose", "doses"),
        );
        Draft::priced(
            LineId::Complications,
            Category::Medical,
            "Treating side effects in hospital (CRS)",
            doses.map(|n| dec(*n)),
            "doses",
            rate,
            &row.unit,
            basis,
            merge_sources([
                self.journey_sources(&[JourneyParam::TocilizumabDoses]).as_slice(),
                self.unit_sources(UnitCostId::TocilizumabDose),
            ]),
        )
        .in_setting(Setting::Inpatient)
    }

    fn prophylaxis(&self) -> Draft {
        let months = self.count(JourneyParam::ProphylaxisMonths);
        let mut draft = self.unpriced(
            LineId::Prophylaxis,
            "Medicines to prevent infection after treatment",
            UnitCostId::ProphylaxisPerMonth,
            months.map(|n| dec(*n)),
            "months",
        );
        draft.basis = format!(
            "{} of antiviral, antibiotic and antifungal medicines. {}",
            plural(months.typical, "month", "months"),
            draft.basis
        );
        draft.sources = merge_sources([
            self.journey_sources(&[JourneyParam::ProphylaxisMonths]).as_slice(),
            draft.sources.as_slice(),
        ]);
        draft.question = Some(
            "Ask the center's pharmacist which infection-prevention medicines you will take, for how many months, and what your plan charges for each a month."
                .to_string(),
        );
        draft.in_setting(Setting::Outpatient)
    }

    fn follow_up_care(&self) -> Draft {
        let row = self.tables.unit_cost(UnitCostId::FollowUpCarePerYear);
        let years = self.count(JourneyParam::FollowUpYears);
        let rate = row.price().unwrap_or(Scenarios::ZERO);
        let basis = format!(
            "{} × {} a year, the medical cost per year after CAR-T in a German lupus study. High: {} a year, the cost before CAR-T, if the disease comes back. German costs, so a rough guide.",
            plural(years.typical, "year", "years"),
            format_usd_short(rate.typical),
            format_usd_short(rate.high),
        );
        Draft::priced(
            LineId::FollowUpCare,
            Category::Medical,
            "Follow-up care (visits, tests, treatment)",
            years.map(|n| dec(*n)),
            "years",
            rate,
            &row.unit,
            basis,
            merge_sources([
                self.journey_sources(&[JourneyParam::FollowUpYears]).as_slice(),
                self.unit_sources(UnitCostId::FollowUpCarePerYear),
            ]),
        )
        .in_setting(Setting::Outpatient)
    }

    fn travel(&self) -> Draft {
        let typical = self.typical();
        let trips = format!(
            "{} ({} + the treatment stay)",
            plural(typical.round_trips, "round trip", "round trips"),
            plural(typical.visit_trips, "visit", "visits"),
        );
        match self.input.travel_mode() {
            TravelMode::Drive => {
                let row = self.tables.unit_cost(UnitCostId::DrivePerMile);
                let rate = row.price().unwrap_or(Scenarios::ZERO);
                let miles = self.input.distance_miles();
                let quantity = self.trip(|c| c.round_trips).map(|trips| trips * Decimal::TWO * miles);
                let basis = format!(
                    "{trips} × 2 × {} miles = {} miles × {} a mile, the IRS medical rate (gas and oil). High uses the IRS business rate, {} a mile, the full cost of running a car.",
                    format_number(miles, 1),
                    format_number(quantity.typical, 1),
                    format_usd_short(rate.typical),
                    format_usd_short(rate.high),
                );
                Draft::priced(
                    LineId::Travel,
                    Category::NonMedical,
                    "Driving to and from the center",
                    quantity,
                    "miles",
                    rate,
                    &row.unit,
                    basis,
                    merge_sources([self.trip_sources().as_slice(), row.source_ids.0.as_slice()]),
                )
            }
            TravelMode::Fly => {
                let row = self.tables.unit_cost(UnitCostId::AirfareRoundTrip);
                let rate = row.price().unwrap_or(Scenarios::ZERO);
                let travelers = 1 + self.input.caregivers();
                let quantity = self.trip(|c| c.round_trips * travelers);
                let basis = format!(
                    "{trips} × {} = {} × {}, the average U.S. round-trip fare.",
                    plural(travelers, "traveler", "travelers"),
                    plural(self.typical().round_trips * travelers, "ticket", "tickets"),
                    format_usd_short(rate.typical),
                );
                Draft::priced(
                    LineId::Travel,
                    Category::NonMedical,
                    "Flying to and from the center",
                    quantity,
                    "tickets",
                    rate,
                    &row.unit,
                    basis,
                    merge_sources([self.trip_sources().as_slice(), row.source_ids.0.as_slice()]),
                )
            }
        }
    }

    /// "61 room-nights (5 before admission + 21 in hospital + 21 nearby + 14 on visit trips)".
    fn nights_phrase(&self) -> String {
        let c = self.typical();
        let n = |param| dec(self.journey.count(param, Scenario::Typical));
        let mut parts = vec![
            format!(
                "{} before admission",
                format_number(n(JourneyParam::ConditioningNights), 0)
            ),
            format!(
                "{} while the patient is in hospital",
                format_number(n(JourneyParam::HospitalDays), 0)
            ),
            format!("{} nearby after", format_number(n(JourneyParam::NearbyDays), 0)),
        ];
        if c.overnight_trips > 0 {
            parts.push(format!("{} on visit trips", format_number(dec(c.overnight_trips), 0)));
        }
        format!(
            "{} ({})",
            plural(c.lodging_nights, "room-night", "room-nights"),
            parts.join(" + ")
        )
    }

    fn lodging(&self) -> Draft {
        let area = self.input.per_diem_area();
        let nights = self.trip(|c| c.lodging_nights);
        let gsa_sources = area.source_ids.0.clone();
        let (rate, basis, sources) = match (self.input.lodging(), self.input.lodging_rate()) {
            (Lodging::Family, _) => (
                Scenarios::ZERO,
                format!("{}, staying with family or friends at no cost.", self.nights_phrase()),
                self.trip_sources(),
            ),
            (_, Some(own_rate)) => (
                Scenarios::same(own_rate),
                format!(
                    "{} × {} a night, the rate you entered.",
                    self.nights_phrase(),
                    format_usd_short(own_rate)
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
                    (_, false) => "the same all year".to_string(),
                    (Some(date), true) => format!(
                        "the season of your start date, {date}; low and high are the cheapest and dearest seasons"
                    ),
                    (None, true) => {
                        "the average over the year; low and high are the cheapest and dearest seasons".to_string()
                    }
                };
                (
                    rate,
                    format!(
                        "{} × {} a night, the federal (GSA) hotel rate for {}, {when}. One room is shared.",
                        self.nights_phrase(),
                        format_usd_short(typical),
                        area.destination,
                    ),
                    merge_sources([self.trip_sources().as_slice(), gsa_sources.as_slice()]),
                )
            }
        };
        Draft::priced(
            LineId::Lodging,
            Category::NonMedical,
            "Lodging near the center",
            nights,
            "room-nights",
            rate,
            "USD per night",
            basis,
            sources,
        )
    }

    fn meals(&self) -> Draft {
        let area = self.input.per_diem_area();
        let caregivers = self.input.caregivers();
        let person_days = self.trip(|c| c.patient_nights_away + caregivers * c.lodging_nights);
        let c = self.typical();
        let basis = format!(
            "{} away ({} for the patient, not counting days in hospital, + {} for {}) × {} a day, the federal (GSA) meals rate for {}. Day trips add no meals.",
            plural(
                c.patient_nights_away + caregivers * c.lodging_nights,
                "person-day",
                "person-days"
            ),
            format_number(dec(c.patient_nights_away), 0),
            format_number(dec(caregivers * c.lodging_nights), 0),
            plural(caregivers, "caregiver", "caregivers"),
            format_usd_short(area.meals),
            area.destination,
        );
        Draft::priced(
            LineId::Meals,
            Category::NonMedical,
            "Meals while away from home",
            person_days,
            "person-days",
            Scenarios::same(area.meals),
            "USD per person-day",
            basis,
            merge_sources([self.trip_sources().as_slice(), area.source_ids.0.as_slice()]),
        )
    }

    fn parking(&self) -> Draft {
        let row = self.tables.unit_cost(UnitCostId::ParkingPerDay);
        let rate = row.price().unwrap_or(Scenarios::ZERO);
        let (days, basis) = match self.input.travel_mode() {
            TravelMode::Drive => (
                self.trip(|c| c.lodging_nights),
                format!(
                    "{} near the center × {} a day, the average at cancer centers. Low: free parking (a third of centers); high: {} a day.",
                    plural(self.typical().lodging_nights, "day", "days"),
                    format_usd_short(rate.typical),
                    format_usd_short(rate.high),
                ),
            ),
            TravelMode::Fly => (
                Scenarios::ZERO,
                "You fly, so no parking at the center is counted.".to_string(),
            ),
        };
        Draft::priced(
            LineId::Parking,
            Category::NonMedical,
            "Parking at the center",
            days,
            "days",
            rate,
            &row.unit,
            basis,
            merge_sources([self.trip_sources().as_slice(), row.source_ids.0.as_slice()]),
        )
    }

    fn child_care(&self, per_day: Decimal) -> Draft {
        let days = self.trip(|c| c.caregiver_days_away);
        let basis = format!(
            "{} the family is away × {} a day, the amount you entered.",
            plural(self.typical().caregiver_days_away, "day", "days"),
            format_usd_short(per_day),
        );
        Draft::priced(
            LineId::ChildCare,
            Category::NonMedical,
            "Child care at home",
            days,
            "days",
            Scenarios::same(per_day),
            "USD per day",
            basis,
            self.trip_sources(),
        )
    }

    fn pet_care(&self) -> Draft {
        let row = self.tables.unit_cost(UnitCostId::PetBoardingPerNight);
        let rate = row.price().unwrap_or(Scenarios::ZERO);
        let pets = self.input.pets();
        let basis = format!(
            "{} × {} away = {} × {} a night, from pet-boarding price guides (an assumption).",
            plural(pets, "pet", "pets"),
            plural(self.typical().lodging_nights, "night", "nights"),
            plural(pets * self.typical().lodging_nights, "pet-night", "pet-nights"),
            format_usd_short(rate.typical),
        );
        Draft::priced(
            LineId::PetCare,
            Category::NonMedical,
            "Pet care at home",
            self.trip(|c| pets * c.lodging_nights),
            "pet-nights",
            rate,
            &row.unit,
            basis,
            merge_sources([self.trip_sources().as_slice(), row.source_ids.0.as_slice()]),
        )
    }

    /// Pay lost while away: working days away beyond paid leave × daily pay.
    fn lost_pay(&self, id: LineId, earnings: Earnings) -> Draft {
        let patient = id == LineId::PatientIncome;
        let (label, who) = if patient {
            ("Patient's lost pay", "the patient")
        } else {
            ("Caregiver's lost pay", "the caregiver")
        };
        let days_away = if patient {
            self.trip(|c| c.patient_days_away)
        } else {
            self.trip(|c| c.caregiver_days_away)
        };
        let week = dec(self.tables.counting_rules().working_days_per_week);
        let seven = Decimal::from(7);
        let paid = dec(earnings.paid_leave_days);
        let mut sources = self.trip_sources();
        if patient {
            sources = merge_sources([
                sources.as_slice(),
                self.journey_sources(&[JourneyParam::RecoveryWeeks]).as_slice(),
            ]);
        }
        let no_loss = |reason: String| {
            Draft::priced(
                id,
                Category::LostIncome,
                label,
                Scenarios::ZERO,
                "unpaid working days",
                Scenarios::ZERO,
                "USD per working day",
                reason,
                sources.clone(),
            )
        };
        if !patient && self.input.caregivers() == 0 {
            return no_loss("No caregiver travels with the patient, so no caregiver pay is lost.".to_string());
        }
        let Some(weekly) = earnings.weekly_pay else {
            return no_loss(format!(
                "No weekly pay was entered for {who}, so no lost pay is counted."
            ));
        };
        // Kept exact: unpaid days = days × week/7 − paid; cost = (week·days − 7·paid) × weekly / (7·week).
        let unpaid_days = days_away.map(|days| (days * week / seven - paid).max(Decimal::ZERO));
        let cost = days_away.map(|days| (days * week - seven * paid).max(Decimal::ZERO) * weekly / (seven * week));
        let typical_days = self.counts.typical;
        let days_typical = if patient {
            typical_days.patient_days_away
        } else {
            typical_days.caregiver_days_away
        };
        let recovery = if patient {
            format!(
                ", including {} at home",
                plural(
                    self.journey.count(JourneyParam::RecoveryWeeks, Scenario::Typical),
                    "week",
                    "weeks"
                )
            )
        } else {
            String::new()
        };
        let basis = format!(
            "{} away{recovery} = {} working days ({} of every 7), minus {} paid days off = {} unpaid days × {} a day ({} a week ÷ {}).{}",
            plural(days_typical, "day", "days"),
            format_number(dec(days_typical) * week / seven, 2),
            format_number(week, 0),
            format_number(paid, 0),
            format_number(unpaid_days.typical, 2),
            format_usd_short(weekly / week),
            format_usd_short(weekly),
            format_number(week, 0),
            if patient || self.input.caregivers() <= 1 {
                ""
            } else {
                " Only the caregiver whose pay you entered is counted."
            },
        );
        Draft {
            id,
            category: Category::LostIncome,
            label: label.to_string(),
            quantity: unpaid_days,
            quantity_unit: "unpaid working days".to_string(),
            rate: Some(Scenarios::same(weekly / week)),
            rate_unit: "USD per working day".to_string(),
            cost: Some(cost),
            basis,
            question: None,
            sources,
            setting: None,
        }
    }
}

/// Decides who pays each line: the sponsor supplies the cells in a trial; other medical
/// bills go to the insurer with the family's cost sharing; everything else is the family's.
fn assign_payers(drafts: Vec<Draft>, plan: &PlanTerms, input: &Input<'_>) -> Vec<LineItem> {
    let sponsor_pays = |draft: &Draft| input.route() == Route::Trial && draft.id == LineId::Product;
    let insured: Vec<usize> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.category == Category::Medical && d.cost.is_some() && !sponsor_pays(d))
        .map(|(index, _)| index)
        .collect();
    // The family's share of each insured bill, per scenario, in journey order.
    let shares: Scenarios<Vec<Decimal>> = Scenarios::from_fn(|s| {
        let bills: Vec<Bill> = insured
            .iter()
            .map(|&index| {
                let draft = &drafts[index];
                Bill {
                    amount: draft.cost.as_ref().map_or(Decimal::ZERO, |c| *c.get(s)),
                    setting: draft.setting.unwrap_or(Setting::Outpatient),
                    hospital_days: if draft.id == LineId::HospitalStay {
                        u32::try_from(*draft.quantity.get(s)).unwrap_or(0)
                    } else {
                        0
                    },
                }
            })
            .collect();
        family_shares(plan, &bills)
    });
    let uninsured = input.insurance() == InsuranceType::Uninsured;

    drafts
        .into_iter()
        .enumerate()
        .map(|(index, draft)| {
            let zero = draft.cost.map(|_| Scenarios::ZERO);
            let (payer, sponsor, insurer, family, reason) = if sponsor_pays(&draft) {
                (
                    vec![Payer::Sponsor],
                    draft.cost,
                    zero,
                    zero,
                    "Trial sponsors supply the cells they are testing free of charge.".to_string(),
                )
            } else if let Some(position) = insured.iter().position(|&i| i == index) {
                let cost = draft.cost.unwrap_or(Scenarios::ZERO);
                let family = Scenarios::from_fn(|s| shares.get(s).get(position).copied().unwrap_or(*cost.get(s)));
                let insurer = Scenarios::from_fn(|s| cost.get(s) - family.get(s));
                let (payer, reason) = if uninsured {
                    (vec![Payer::Family], "Without insurance the family is billed for all care.".to_string())
                } else if family.iter().all(Decimal::is_zero) {
                    (vec![Payer::Insurer], "Your insurance pays this in full under the plan figures used.".to_string())
                } else {
                    (
                        vec![Payer::Insurer, Payer::Family],
                        match input.route() {
                            Route::Trial => "Routine care in a trial is billed to your insurance; you pay the deductible and coinsurance, up to your plan's yearly limit.".to_string(),
                            Route::Approved => "Billed to your insurance; you pay the deductible and coinsurance, up to your plan's yearly limit.".to_string(),
                        },
                    )
                };
                (payer, zero, Some(insurer), Some(family), reason)
            } else if draft.cost.is_none() {
                let reason = match (draft.id, input.route()) {
                    (LineId::Collection | LineId::Conditioning, Route::Trial) => "Often paid by the trial, but this depends on the study: ask.",
                    _ => "Who pays depends on your plan and the center: ask.",
                };
                (Vec::new(), None, None, None, reason.to_string())
            } else {
                let reason = match draft.category {
                    Category::LostIncome => "Pay lost while away from work falls on the family.",
                    _ => "Health plans rarely pay for travel, lodging and meals, so we count them as the family's.",
                };
                (vec![Payer::Family], zero, zero, draft.cost, reason.to_string())
            };
            LineItem {
                id: draft.id,
                category: draft.category,
                label: draft.label,
                quantity: draft.quantity,
                quantity_unit: draft.quantity_unit,
                rate: draft.rate,
                rate_unit: draft.rate_unit,
                cost: draft.cost,
                payer,
                sponsor_pays: sponsor,
                insurer_pays: insurer,
                family_pays: family,
                basis: draft.basis,
                payer_reason: reason,
                question: draft.question,
                sources: draft.sources,
            }
        })
        .collect()
}

fn totals(lines: &[LineItem]) -> Totals {
    let sum = |pick: &dyn Fn(&LineItem) -> Option<Scenarios<Decimal>>, category: Option<Category>| {
        let picked: Vec<Scenarios<Decimal>> = lines
            .iter()
            .filter(|line| category.is_none_or(|c| line.category == c))
            .filter_map(pick)
            .collect();
        Scenarios::sum(&picked)
    };
    let billed_medical = sum(&|l| l.cost, Some(Category::Medical));
    let sponsor_pays = sum(&|l| l.sponsor_pays, None);
    let insurer_pays = sum(&|l| l.insurer_pays, None);
    let family_medical = sum(&|l| l.family_pays, Some(Category::Medical));
    let non_medical = sum(&|l| l.family_pays, Some(Category::NonMedical));
    let lost_income = sum(&|l| l.family_pays, Some(Category::LostIncome));
    Totals {
        billed_medical,
        sponsor_pays,
        insurer_pays,
        family_medical,
        non_medical,
        lost_income,
        family_total: family_medical + non_medical + lost_income,
    }
}
