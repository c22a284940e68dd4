//! The estimate: a pure function from valid input and the tables to itemized low / typical /
//! high costs, who pays each line, per plan year, and the totals.

use rust_decimal::Decimal;
use serde::Serialize;

use super::aid::{AidPrograms, sort_programs};
use super::burden::Burden;
use super::cash_flow::{CashFlow, cash_flow};
use super::choices::{Cells, Lodging, Route, TravelMode};
use super::coverage::{Plan, Setting};
use super::input::{Earnings, Input};
use super::journey::{Journey, TripCounts};
use super::leave::{StatePaidLeave, state_paid_leave};
use super::notes;
use super::scenarios::{Scenario, Scenarios};
use super::tables::{CarePart, CoverageStatus, JourneyParam, Note, Ownership, PaidLeaveRow, Tables, UnitCostId};
use super::tax::{TaxDeduction, medical_deduction};
use super::text::{Arg, Text};
use super::who_pays::{
    Answer, Calendar, LineKind, LineShares, LineToPay, LineYear, PartCoverage, PlanYear, Resolved, Timing, Trip, World,
    settle, terms_sentence,
};
use crate::text;

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
    /// The insurer's travel and lodging benefit.
    TravelBenefit,
    /// Medicaid's non-emergency medical transportation.
    MedicaidTransport,
    /// The state's paid family leave, toward the caregiver's lost pay.
    StatePaidLeave,
    Family,
}

/// One line of the estimate. `cost` is `None` when no sourced price exists; then
/// `question` says what to ask, and the line adds nothing to the totals.
/// For a priced line, cost = sponsor + insurer + benefit + family in every scenario.
#[derive(Debug, Clone, Serialize)]
pub struct LineItem {
    pub id: LineId,
    pub category: Category,
    /// The part of the care a medical line belongs to, for the coverage rules.
    pub part: Option<CarePart>,
    pub label: Text,
    pub quantity: Scenarios<Decimal>,
    pub quantity_unit: Text,
    pub rate: Option<Scenarios<Decimal>>,
    pub rate_unit: Text,
    pub cost: Option<Scenarios<Decimal>>,
    pub payer: Vec<Payer>,
    pub sponsor_pays: Option<Scenarios<Decimal>>,
    pub insurer_pays: Option<Scenarios<Decimal>>,
    /// What a travel benefit, Medicaid transportation or state paid leave pays.
    pub benefit_pays: Option<Scenarios<Decimal>>,
    pub family_pays: Option<Scenarios<Decimal>>,
    /// Medical bills by plan year.
    pub plan_years: Vec<LineYear>,
    /// How the cost was worked out, in one plain sentence (typical figures).
    pub basis: Text,
    /// Why this payer pays, in a plain sentence or two.
    pub payer_reason: Text,
    pub question: Option<Text>,
    pub sources: Vec<String>,
}

/// What each party pays, summed over the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Every priced medical line, whoever pays it.
    pub billed_medical: Scenarios<Decimal>,
    pub sponsor_pays: Scenarios<Decimal>,
    pub insurer_pays: Scenarios<Decimal>,
    /// Travel benefits, Medicaid transportation and state paid leave.
    pub benefit_pays: Scenarios<Decimal>,
    /// The family's share of medical bills.
    pub family_medical: Scenarios<Decimal>,
    /// The family's share of travel, lodging, meals, parking and care at home.
    pub non_medical: Scenarios<Decimal>,
    pub lost_income: Scenarios<Decimal>,
    /// family_medical + non_medical + lost_income.
    pub family_total: Scenarios<Decimal>,
}

/// The estimate if the uncertain coverage decisions all go one way.
#[derive(Debug, Clone, Serialize)]
pub struct Alternative {
    /// Whether the plan agrees to pay for every uncertain part, or refuses them all.
    pub answer: Answer,
    /// How each part is paid in this outcome.
    pub world: World,
    pub lines: Vec<LineItem>,
    pub totals: Totals,
    pub plan_years: Vec<PlanYear>,
}

/// The whole estimate.
#[derive(Debug, Clone, Serialize)]
pub struct Estimate {
    pub lines: Vec<LineItem>,
    pub totals: Totals,
    /// Medical bills and shares by plan year.
    pub plan_years: Vec<PlanYear>,
    pub calendar: Calendar,
    pub journey: Journey,
    pub counts: Scenarios<TripCounts>,
    pub plan: Plan,
    /// The coverage rule for each part of the care.
    pub coverage: Vec<PartCoverage>,
    /// How each part is paid in the outcome shown first (the likely one).
    pub world: World,
    /// When some coverage is uncertain, the outcomes where the plan agrees to pay for every
    /// uncertain part and where it refuses them all (those that differ from the one shown first).
    pub alternatives: Vec<Alternative>,
    /// Out of network: the totals with a single-case agreement (the plan's in-network terms).
    pub with_agreement: Option<Totals>,
    /// The household's burden against its income, when income was entered.
    pub burden: Option<Burden>,
    /// The notes that apply to this family, in table order.
    pub notes: Vec<Note>,
    /// The paid family leave program of the state where the caregiver works, if it has one.
    pub leave_program: Option<PaidLeaveRow>,
    /// What that program pays toward the caregiver's lost pay, when it can be counted.
    pub paid_leave: Option<StatePaidLeave>,
    /// The medical-expense tax deduction, when income was entered.
    pub tax: Option<TaxDeduction>,
    /// Aid programs sorted for this family.
    pub aid: AidPrograms,
    /// The journey on the calendar and money out by month, when a start date was given.
    pub cash_flow: Option<CashFlow>,
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
        let from_coverage = self.coverage.iter().flat_map(|c| c.sources.iter().cloned());
        let from_burden = self.burden.iter().flat_map(|b| b.source_ids.iter().cloned());
        let from_notes = self.notes.iter().flat_map(|n| n.source_ids.0.iter().cloned());
        let from_leave = self.leave_program.iter().flat_map(|p| p.source_ids.0.iter().cloned());
        let from_tax = self.tax.iter().flat_map(|t| t.source_ids.iter().cloned());
        let from_cash_flow = self.cash_flow.iter().flat_map(|c| c.source_ids.iter().cloned());
        let from_aid = self
            .aid
            .worth_applying
            .iter()
            .chain(&self.aid.likely_not)
            .flat_map(|fit| fit.program.source_ids.0.iter().cloned());
        for id in from_lines
            .chain(from_journey)
            .chain(from_coverage)
            .chain(self.plan.source_ids())
            .chain(from_burden)
            .chain(from_notes)
            .chain(from_leave)
            .chain(from_tax)
            .chain(from_aid)
            .chain(from_cash_flow)
        {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    pub fn line(&self, id: LineId) -> Option<&LineItem> {
        self.lines.iter().find(|line| line.id == id)
    }

    /// The outcome with this answer to the uncertain questions, if it differs from the first.
    pub fn alternative(&self, answer: Answer) -> Option<&Alternative> {
        self.alternatives.iter().find(|alt| alt.answer == answer)
    }
}

/// Works out the estimate. Pure: same tables and input, same estimate.
pub fn estimate(tables: &Tables, input: &Input<'_>) -> Estimate {
    build(tables, input, Depth::Full)
}

/// The family's totals alone, in the outcome the estimate counts: for asking "what if this one
/// answer changed" many times without the notes, aid, tax, timeline and other outcomes.
pub fn family_totals(tables: &Tables, input: &Input<'_>) -> Totals {
    build(tables, input, Depth::TotalsOnly).totals
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    Full,
    TotalsOnly,
}

fn build(tables: &Tables, input: &Input<'_>, depth: Depth) -> Estimate {
    let full = depth == Depth::Full;
    let journey = Journey::resolve(tables, input);
    let rules = tables.counting_rules();
    let counts =
        Scenarios::from_fn(|s| TripCounts::count(&journey, rules, input.distance_miles(), input.caregivers(), s));
    let plan = Plan::resolve(
        input.insurance(),
        input.own_plan(),
        input.plan_choices(),
        tables.insurance_presets(),
    );
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

    let leave_program = (input.caregivers() > 0 && input.caregiver().weekly_pay.is_some())
        .then(|| tables.paid_leave(input.caregiver_work_state()))
        .flatten();
    let paid_leave = leave_program.and_then(|program| {
        let lost = drafts.iter().find(|d| d.id == LineId::CaregiverIncome)?;
        state_paid_leave(
            program,
            input.caregiver().weekly_pay?,
            lost.quantity,
            lost.cost?,
            rules.working_days_per_week,
        )
    });

    let coverage = PartCoverage::for_plan(tables, &plan, input.route());
    let calendar = Calendar {
        start: input.start_date(),
    };
    let payers = Payers::new(
        &drafts,
        &context,
        &coverage,
        &plan,
        calendar,
        paid_leave.as_ref(),
        depth,
    );
    let world = World::new(&coverage, Answer::Likely);
    let (lines, plan_years) = payers.settle(&world, Answer::Likely);
    let line_totals = totals(&lines);
    let uncertain = coverage.iter().any(|c| c.status == CoverageStatus::Uncertain);
    let alternatives = if full && uncertain {
        [Answer::AllCovered, Answer::AllRefused]
            .into_iter()
            .map(|answer| {
                let world = World::new(&coverage, answer);
                let (lines, plan_years) = payers.settle(&world, answer);
                Alternative {
                    answer,
                    totals: totals(&lines),
                    world,
                    lines,
                    plan_years,
                }
            })
            // An outcome that costs the family the same as the first (the same answers, or
            // coverage at 100% with no limit) is not a different answer.
            .filter(|alt| alt.totals.family_total != line_totals.family_total)
            .collect()
    } else {
        Vec::new()
    };
    // Out of network, what a single-case agreement (in-network terms at this center) would give.
    let with_agreement = (full && coverage.iter().any(|c| c.out_of_network)).then(|| {
        let in_network = Plan {
            in_network: true,
            ..plan.clone()
        };
        let coverage = PartCoverage::for_plan(tables, &in_network, input.route());
        let (lines, _) = Payers::new(
            &drafts,
            &context,
            &coverage,
            &in_network,
            calendar,
            paid_leave.as_ref(),
            depth,
        )
        .settle(&World::new(&coverage, Answer::Likely), Answer::Likely);
        totals(&lines)
    });
    let unpriced = lines.iter().filter(|l| l.cost.is_none()).map(|l| l.id).collect();
    let hospital_nights = if input.caregivers() > 0 {
        Scenarios::from_fn(|s| journey.count(JourneyParam::HospitalDays, s))
    } else {
        Scenarios::same(0)
    };
    let mut result = Estimate {
        lines,
        totals: line_totals,
        plan_years,
        calendar,
        journey,
        counts,
        plan,
        coverage,
        world,
        alternatives,
        with_agreement,
        notes: Vec::new(),
        leave_program: leave_program.cloned(),
        paid_leave,
        tax: None,
        aid: AidPrograms {
            worth_applying: Vec::new(),
            likely_not: Vec::new(),
        },
        cash_flow: None,
        burden: None,
        unpriced,
    };
    if !full {
        return result;
    }
    // What reads the lines and totals: the household's burden, tax, notes, aid and timeline.
    result.burden = Burden::assess(tables, input, &result.totals);
    result.tax = medical_deduction(tables, input, &result.lines, hospital_nights);
    result.notes = notes::select(
        tables,
        input,
        &notes::Facts {
            totals: &result.totals,
            burden: result.burden.as_ref(),
            tax: result.tax.as_ref(),
        },
    )
    .into_iter()
    .map(|id| tables.note(id).clone())
    .collect();
    result.aid = sort_programs(tables, input, result.burden.as_ref());
    result.cash_flow = cash_flow(input, &result);
    result
}

/// A line before payers are assigned.
struct Draft {
    id: LineId,
    category: Category,
    label: Text,
    quantity: Scenarios<Decimal>,
    quantity_unit: Text,
    rate: Option<Scenarios<Decimal>>,
    rate_unit: Text,
    cost: Option<Scenarios<Decimal>>,
    basis: Text,
    question: Option<Text>,
    sources: Vec<String>,
    /// For medical lines: the part of the care, when its bills fall and where it is given.
    care: Option<(CarePart, When, Setting)>,
}

impl Draft {
    /// A line whose cost is quantity x rate in every scenario.
    #[allow(clippy::too_many_arguments)]
    fn priced(
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

    /// Marks a medical line with its part of the care, its timing and its setting.
    fn care(mut self, part: CarePart, when: When, setting: Setting) -> Self {
        self.care = Some((part, when, setting));
        self
    }
}

/// When a medical line's bills fall, relative to the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
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
struct Context<'a, 't> {
    tables: &'a Tables,
    input: &'a Input<'t>,
    journey: &'a Journey,
    counts: &'a Scenarios<TripCounts>,
}

fn dec(n: u32) -> Decimal {
    Decimal::from(n)
}

fn money(amount: Decimal) -> Arg {
    Arg::MoneyShort(amount)
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
            sources: row.source_ids.0.clone(),
            care: None,
        }
    }

    fn collection(&self) -> Draft {
        let mut draft = self.unpriced(
            LineId::Collection,
            text!("line-collection"),
            UnitCostId::ApheresisCollection,
            self.count(JourneyParam::CollectionTrips).map(|n| dec(*n)),
            text!("unit-collections"),
        );
        draft.question = Some(match self.input.route() {
            Route::Trial => text!("line-collection-ask-trial"),
            Route::Approved => text!("line-collection-ask-approved"),
        });
        draft.care(CarePart::Treatment, When::Arrival, Setting::Outpatient)
    }

    fn conditioning(&self) -> Draft {
        let mut draft = self.unpriced(
            LineId::Conditioning,
            text!("line-conditioning"),
            UnitCostId::ConditioningChemotherapy,
            Scenarios::same(Decimal::ONE),
            text!("unit-course"),
        );
        draft.question = Some(text!("line-conditioning-ask"));
        draft.care(CarePart::Treatment, When::Arrival, Setting::Outpatient)
    }

    fn product(&self) -> Draft {
        let row = self.tables.product_price(self.input.price_basis());
        let price = row.price();
        let basis = match self.input.route() {
            Route::Trial => text!("line-product-basis-trial"),
            Route::Approved => text!("line-product-basis-approved"),
        }
        .with("prices", row.label_text())
        .with("low", money(price.low))
        .with("high", money(price.high))
        .with("typical", money(price.typical));
        Draft::priced(
            LineId::Product,
            Category::Medical,
            text!("line-product"),
            Scenarios::same(Decimal::ONE),
            text!("unit-treatment"),
            price,
            row.unit_text(),
            basis,
            row.source_ids.0.clone(),
        )
        .care(CarePart::Cells, When::InfusionDay, Setting::Inpatient)
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
        let basis = match state_cost {
            Some(cost) => text!(
                "line-hospital-basis-state",
                state = state_or_code(&cost.region),
                year = Arg::Verbatim(cost.data_year.clone())
            ),
            None if state.is_empty() => {
                text!(
                    "line-hospital-basis-us",
                    year = Arg::Verbatim(typical.data_year.clone())
                )
            }
            None => text!(
                "line-hospital-basis-no-state",
                year = Arg::Verbatim(typical.data_year.clone()),
                state = state_or_code(state)
            ),
        }
        .with("days", days.typical)
        .with("rate", money(rate.typical))
        .with("low", money(national_for_profit.cost));
        let mut sources = self.journey_sources(&[JourneyParam::HospitalDays]);
        for row in [typical, national_for_profit, national_nonprofit] {
            sources = merge_sources([sources.as_slice(), row.source_ids.0.as_slice()]);
        }
        Draft::priced(
            LineId::HospitalStay,
            Category::Medical,
            text!("line-hospital"),
            days.map(|n| dec(*n)),
            text!("unit-days"),
            rate,
            text!("unit-usd-per-day"),
            basis,
            sources,
        )
        .care(CarePart::Treatment, When::HospitalDays, Setting::Inpatient)
    }

    fn complications(&self) -> Draft {
        let row = self.tables.unit_cost(UnitCostId::TocilizumabDose);
        let doses = self.count(JourneyParam::TocilizumabDoses);
        let rate = row.price().unwrap_or(Scenarios::ZERO);
        let basis = text!(
            "line-complications-basis",
            doses = doses.typical,
            rate = money(rate.typical),
            high = doses.high
        );
        Draft::priced(
            LineId::Complications,
            Category::Medical,
            text!("line-complications"),
            doses.map(|n| dec(*n)),
            text!("unit-doses"),
            rate,
            row.unit_text(),
            basis,
            merge_sources([
                self.journey_sources(&[JourneyParam::TocilizumabDoses]).as_slice(),
                self.unit_sources(UnitCostId::TocilizumabDose),
            ]),
        )
        .care(CarePart::Treatment, When::DuringStay, Setting::Inpatient)
    }

    fn prophylaxis(&self) -> Draft {
        let months = self.count(JourneyParam::ProphylaxisMonths);
        let mut draft = self.unpriced(
            LineId::Prophylaxis,
            text!("line-prophylaxis"),
            UnitCostId::ProphylaxisPerMonth,
            months.map(|n| dec(*n)),
            text!("unit-months"),
        );
        draft.basis = Text::join([text!("line-prophylaxis-basis", months = months.typical), draft.basis]);
        draft.sources = merge_sources([
            self.journey_sources(&[JourneyParam::ProphylaxisMonths]).as_slice(),
            draft.sources.as_slice(),
        ]);
        draft.question = Some(text!("line-prophylaxis-ask"));
        draft.care(CarePart::Ongoing, When::AfterDischarge, Setting::Outpatient)
    }

    fn follow_up_care(&self) -> Draft {
        let row = self.tables.unit_cost(UnitCostId::FollowUpCarePerYear);
        let years = self.count(JourneyParam::FollowUpYears);
        let rate = row.price().unwrap_or(Scenarios::ZERO);
        let basis = text!(
            "line-follow-up-basis",
            years = years.typical,
            rate = money(rate.typical),
            high = money(rate.high)
        );
        Draft::priced(
            LineId::FollowUpCare,
            Category::Medical,
            text!("line-follow-up"),
            years.map(|n| dec(*n)),
            text!("unit-years"),
            rate,
            row.unit_text(),
            basis,
            merge_sources([
                self.journey_sources(&[JourneyParam::FollowUpYears]).as_slice(),
                self.unit_sources(UnitCostId::FollowUpCarePerYear),
            ]),
        )
        .care(CarePart::Ongoing, When::AfterDischarge, Setting::Outpatient)
    }

    fn travel(&self) -> Draft {
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
    fn nights_phrase(&self) -> Text {
        let c = self.typical();
        let n = |param| self.journey.count(param, Scenario::Typical);
        let in_hospital = if self.input.caregivers() > 0 {
            text!("line-nights-in-hospital", nights = n(JourneyParam::HospitalDays))
        } else {
            text!("nothing")
        };
        let on_trips = if c.overnight_trips > 0 {
            text!("line-nights-on-trips", nights = c.overnight_trips)
        } else {
            text!("nothing")
        };
        text!(
            "line-nights",
            nights = c.lodging_nights,
            before = n(JourneyParam::ConditioningNights),
            in_hospital = in_hospital,
            after = n(JourneyParam::NearbyDays),
            on_trips = on_trips
        )
    }

    fn lodging(&self) -> Draft {
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

    fn meals(&self) -> Draft {
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

    fn parking(&self) -> Draft {
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

    fn child_care(&self, per_day: Decimal) -> Draft {
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

    fn pet_care(&self) -> Draft {
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

    /// Pay lost while away: working days away beyond paid leave × daily pay.
    fn lost_pay(&self, id: LineId, earnings: Earnings) -> Draft {
        let patient = id == LineId::PatientIncome;
        let label = if patient {
            text!("line-patient-income")
        } else {
            text!("line-caregiver-income")
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
        let no_loss = |reason: Text| {
            Draft::priced(
                id,
                Category::LostIncome,
                label.clone(),
                Scenarios::ZERO,
                text!("unit-unpaid-days"),
                Scenarios::ZERO,
                text!("unit-usd-per-working-day"),
                reason,
                sources.clone(),
            )
        };
        if !patient && self.input.caregivers() == 0 {
            return no_loss(text!("line-income-no-caregiver"));
        }
        let Some(weekly) = earnings.weekly_pay else {
            return no_loss(if patient {
                text!("line-income-no-pay-patient")
            } else {
                text!("line-income-no-pay-caregiver")
            });
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
            text!(
                "line-income-recovery",
                weeks = self.journey.count(JourneyParam::RecoveryWeeks, Scenario::Typical)
            )
        } else {
            text!("nothing")
        };
        let only_one = if patient || self.input.caregivers() <= 1 {
            text!("nothing")
        } else {
            text!("line-income-only-one-caregiver")
        };
        let basis = text!(
            "line-income-basis",
            days = days_typical,
            recovery = recovery,
            working_days = Arg::Number(dec(days_typical) * week / seven),
            week = Arg::Number(week),
            paid = Arg::Number(paid),
            unpaid = Arg::Number(unpaid_days.typical),
            rate = money(weekly / week),
            weekly = money(weekly)
        );
        let basis = Text::join([basis, only_one]);
        Draft {
            id,
            category: Category::LostIncome,
            label,
            quantity: unpaid_days,
            quantity_unit: text!("unit-unpaid-days"),
            rate: Some(Scenarios::same(weekly / week)),
            rate_unit: text!("unit-usd-per-working-day"),
            cost: Some(cost),
            basis,
            question: None,
            sources,
            care: None,
        }
    }
}

impl Context<'_, '_> {
    /// The line as the payer rules see it: its part, its kind and when its bills fall.
    fn to_pay<'d>(&self, draft: &'d Draft) -> LineToPay<'d> {
        let kind = match draft.id {
            _ if draft.category == Category::Medical => LineKind::Medical,
            LineId::Travel => LineKind::Travel,
            LineId::Lodging => LineKind::Lodging,
            _ => LineKind::OtherNonMedical,
        };
        // Bills are dated from the day the cells are given, which is the same day in all three
        // scenarios, and follow-up care starts on the typical day of discharge. With one calendar
        // for all three, a longer or dearer scenario never puts less in any plan year, so the
        // family's share keeps low <= typical <= high.
        let admission = self.journey.count(JourneyParam::ConditioningNights, Scenario::Typical);
        let discharge = admission + self.journey.count(JourneyParam::HospitalDays, Scenario::Typical);
        let timing = draft.care.map(|(_, when, setting)| {
            Scenarios::from_fn(|s| {
                let hospital = self.journey.count(JourneyParam::HospitalDays, s);
                let follow_up_days = self.journey.count(JourneyParam::FollowUpYears, s).saturating_mul(365);
                let (first_day, days, admission_day) = match when {
                    When::Arrival => (0, 1, None),
                    When::InfusionDay => (admission, 1, None),
                    When::HospitalDays => (admission, hospital, Some(1)),
                    When::DuringStay => (admission + 1.min(hospital.saturating_sub(1)), 1, None),
                    When::AfterDischarge => (discharge, follow_up_days, None),
                };
                Timing {
                    first_day,
                    days,
                    admission_day,
                    setting,
                }
            })
        });
        LineToPay {
            part: match kind {
                LineKind::Travel => Some(CarePart::Travel),
                _ => draft.care.map(|(part, ..)| part),
            },
            cost: draft.cost.as_ref(),
            timing,
            kind,
        }
    }
}

/// Everything needed to decide who pays, in either outcome.
struct Payers<'a> {
    drafts: &'a [Draft],
    to_pay: Vec<LineToPay<'a>>,
    coverage: &'a [PartCoverage],
    plan: &'a Plan,
    tables: &'a Tables,
    trip: Trip,
    calendar: Calendar,
    route: Route,
    paid_leave: Option<&'a StatePaidLeave>,
    /// Totals only (the levers' what-ifs): lines carry their amounts but no reasons or sources.
    depth: Depth,
}

impl<'a> Payers<'a> {
    fn new(
        drafts: &'a [Draft],
        context: &Context<'a, '_>,
        coverage: &'a [PartCoverage],
        plan: &'a Plan,
        calendar: Calendar,
        paid_leave: Option<&'a StatePaidLeave>,
        depth: Depth,
    ) -> Self {
        Self {
            drafts,
            to_pay: drafts.iter().map(|d| context.to_pay(d)).collect(),
            coverage,
            plan,
            tables: context.tables,
            trip: {
                let travelers = match context.input.travel_mode() {
                    TravelMode::Drive => 1,
                    TravelMode::Fly => 1 + context.input.caregivers(),
                };
                Trip {
                    distance_miles: context.input.distance_miles(),
                    lodging_nights: context.trip(|c| c.lodging_nights),
                    travelers: dec(travelers),
                    ride_travelers: dec(travelers.min(2)),
                }
            },
            calendar,
            route: context.input.route(),
            paid_leave,
            depth,
        }
    }

    /// The lines with their payers, and the plan years, in one outcome.
    fn settle(&self, world: &World, answer: Answer) -> (Vec<LineItem>, Vec<PlanYear>) {
        let settled = settle(
            &self.to_pay,
            world,
            self.coverage,
            self.plan,
            self.tables.travel_benefit_terms(),
            &self.trip,
            &self.calendar,
        );
        let lines = self
            .drafts
            .iter()
            .zip(&self.to_pay)
            .zip(settled.lines)
            .map(|((draft, to_pay), shares)| self.line(draft, to_pay, shares, answer))
            .collect();
        (lines, settled.plan_years)
    }

    fn line(&self, draft: &Draft, to_pay: &LineToPay<'_>, mut shares: LineShares, answer: Answer) -> LineItem {
        let priced = draft.cost.is_some();
        // State paid leave takes its part of the caregiver's lost pay off the family's share.
        let leave = match self.paid_leave {
            Some(leave) if draft.id == LineId::CaregiverIncome => {
                // Subtracting equal amounts gives -0 in rust_decimal; the family pays 0.
                shares.family = Scenarios::from_fn(|s| {
                    let left = *shares.family.get(s) - *leave.pays.get(s);
                    if left.is_zero() { Decimal::ZERO } else { left }
                });
                leave.pays
            }
            _ => Scenarios::ZERO,
        };
        let mut payer = Vec::new();
        if priced {
            for (who, amounts) in [
                (Payer::Sponsor, &shares.sponsor),
                (Payer::Insurer, &shares.insurer),
                (
                    Payer::MedicaidTransport,
                    &(shares.benefit + negate(&shares.travel_benefit)),
                ),
                (Payer::TravelBenefit, &shares.travel_benefit),
                (Payer::StatePaidLeave, &leave),
                (Payer::Family, &shares.family),
            ] {
                if amounts.iter().any(|a| !a.is_zero()) {
                    payer.push(who);
                }
            }
            if payer.is_empty() {
                payer.push(if shares.resolved == Some(Resolved::Sponsor) {
                    Payer::Sponsor
                } else {
                    Payer::Family
                });
            }
        }
        let coverage = to_pay
            .part
            .and_then(|part| self.coverage.iter().find(|c| c.part == part));
        // The what-ifs need amounts only: no reasons or source lists.
        let full = self.depth == Depth::Full;
        let sources = if full {
            self.sources(draft, coverage, &shares)
        } else {
            Vec::new()
        };
        let amounts = |value: Scenarios<Decimal>| priced.then_some(value);
        LineItem {
            id: draft.id,
            category: draft.category,
            part: draft.care.map(|(part, ..)| part),
            label: draft.label.clone(),
            quantity: draft.quantity,
            quantity_unit: draft.quantity_unit.clone(),
            rate: draft.rate,
            rate_unit: draft.rate_unit.clone(),
            cost: draft.cost,
            payer,
            payer_reason: if full {
                self.reason(draft, coverage, &shares, answer)
            } else {
                Text::new("nothing")
            },
            sponsor_pays: amounts(shares.sponsor),
            insurer_pays: amounts(shares.insurer),
            benefit_pays: amounts(shares.benefit + leave),
            family_pays: amounts(shares.family),
            plan_years: shares.by_year,
            basis: draft.basis.clone(),
            question: draft.question.clone(),
            sources,
        }
    }

    /// The line's own sources, with those of the coverage rule, state paid leave and travel
    /// benefit that decided who pays it.
    fn sources(&self, draft: &Draft, coverage: Option<&PartCoverage>, shares: &LineShares) -> Vec<String> {
        let mut sources = draft.sources.clone();
        if let Some(c) = coverage.filter(|_| draft.category == Category::Medical || draft.id == LineId::Travel) {
            sources = merge_sources([sources.as_slice(), c.sources.as_slice()]);
        }
        if let Some(leave) = self.paid_leave.filter(|_| draft.id == LineId::CaregiverIncome) {
            sources = merge_sources([sources.as_slice(), leave.source_ids.as_slice()]);
        }
        if shares.travel_benefit.iter().any(|a| !a.is_zero()) {
            sources = merge_sources([
                sources.as_slice(),
                self.tables.travel_benefit_terms().source_ids.0.as_slice(),
            ]);
        }
        sources
    }

    /// Why the payers of a line pay, in a sentence or two.
    fn reason(&self, draft: &Draft, coverage: Option<&PartCoverage>, shares: &LineShares, answer: Answer) -> Text {
        let paid = |amounts: &Scenarios<Decimal>| amounts.iter().any(|a| !a.is_zero());
        match draft.category {
            Category::Medical => {
                let Some(coverage) = coverage else {
                    return text!("nothing");
                };
                if draft.cost.is_none() {
                    return match (draft.id, self.route) {
                        (LineId::Collection | LineId::Conditioning, Route::Trial) => text!("reason-unpriced-trial"),
                        _ => text!("reason-unpriced"),
                    };
                }
                let outcome = match (coverage.status, answer, shares.resolved) {
                    (CoverageStatus::Uncertain, Answer::AllCovered, _) => text!("reason-if-agrees"),
                    (CoverageStatus::Uncertain, Answer::AllRefused, _) => text!("reason-if-refuses"),
                    (CoverageStatus::Uncertain, Answer::Likely, Some(Resolved::Covered)) => {
                        text!("reason-counted-paid")
                    }
                    (CoverageStatus::Uncertain, Answer::Likely, _) => text!("reason-counted-not-paid"),
                    _ => text!("nothing"),
                };
                let share = match shares.resolved {
                    Some(Resolved::Covered) => {
                        let terms = if coverage.out_of_network && !self.plan.in_network {
                            &self.plan.out_of_network
                        } else {
                            &self.plan.terms
                        };
                        terms_sentence(terms)
                    }
                    Some(Resolved::NotCovered) if self.plan.terms.oop_max().is_some() => {
                        text!("reason-billed-in-full-no-limit")
                    }
                    Some(Resolved::NotCovered) => text!("reason-billed-in-full"),
                    _ => text!("nothing"),
                };
                let reason = if outcome.key == "nothing" {
                    coverage.reason.clone()
                } else {
                    outcome.with("reason", coverage.reason.clone())
                };
                Text::join([reason, share])
            }
            Category::NonMedical => {
                let transport = paid(&(shares.benefit + negate(&shares.travel_benefit)));
                let benefit = paid(&shares.travel_benefit);
                let terms = self.tables.travel_benefit_terms();
                let benefit_sentence = || {
                    text!(
                        "reason-travel-benefit",
                        lodging = money(terms.lodging_per_night_max),
                        miles = Arg::Number(terms.min_distance_miles),
                        benefit = money(self.plan.travel_benefit.unwrap_or_default())
                    )
                };
                let too_close =
                    self.plan.travel_benefit.is_some() && self.trip.distance_miles <= terms.min_distance_miles;
                match draft.id {
                    LineId::Travel if transport => coverage.map_or_else(|| text!("nothing"), |c| c.reason.clone()),
                    LineId::Travel | LineId::Lodging if benefit => benefit_sentence(),
                    LineId::Travel | LineId::Lodging if too_close => text!(
                        "reason-travel-benefit-too-close",
                        miles = Arg::Number(terms.min_distance_miles)
                    ),
                    LineId::Travel if shares.resolved == Some(Resolved::Covered) => {
                        text!("reason-medicaid-rides-not-for-this")
                    }
                    LineId::Travel if coverage.is_some_and(|c| c.status == CoverageStatus::Uncertain) => {
                        text!("reason-medicaid-rides-uncertain")
                    }
                    LineId::Travel => coverage.map_or_else(|| text!("nothing"), |c| c.reason.clone()),
                    _ => text!("reason-non-medical"),
                }
            }
            Category::LostIncome => match self.paid_leave {
                Some(leave) if draft.id == LineId::CaregiverIncome => leave_sentence(leave),
                _ => text!("reason-lost-pay"),
            },
        }
    }
}

/// Why state paid leave pays part of the caregiver's lost pay.
fn leave_sentence(leave: &StatePaidLeave) -> Text {
    // The low estimate counts the highest rate; typical and high count the lowest.
    let best = leave.rate_pct.low;
    let counted = leave.rate_pct.typical;
    let rate = if best == counted {
        text!("reason-leave-rate", rate = Arg::Percent(counted))
    } else {
        text!(
            "reason-leave-rate-range",
            counted = Arg::Percent(counted),
            best = Arg::Percent(best)
        )
    };
    text!(
        "reason-leave",
        state = state_or_code(&leave.state),
        program = Arg::Verbatim(leave.program.clone()),
        rate = rate,
        max = money(leave.weekly_max),
        as_of = Arg::Verbatim(leave.max_as_of.clone()),
        weeks = leave.weeks
    )
}

/// A state's name in the reader's language, or the code if it is not a state.
pub fn state_or_code(code: &str) -> Arg {
    crate::core::choices::state_name(code).map_or_else(|| Arg::Verbatim(code.to_string()), Arg::from)
}

fn negate(amounts: &Scenarios<Decimal>) -> Scenarios<Decimal> {
    amounts.map(|a| -a)
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
    let benefit_pays = sum(&|l| l.benefit_pays, None);
    let family_medical = sum(&|l| l.family_pays, Some(Category::Medical));
    let non_medical = sum(&|l| l.family_pays, Some(Category::NonMedical));
    let lost_income = sum(&|l| l.family_pays, Some(Category::LostIncome));
    Totals {
        billed_medical,
        sponsor_pays,
        insurer_pays,
        benefit_pays,
        family_medical,
        non_medical,
        lost_income,
        family_total: family_medical + non_medical + lost_income,
    }
}
