//! The rules where income changes the bill, read from the tables for one household: the lower
//! yearly limit of a Marketplace silver plan (cost-sharing reductions), whether the patient
//! likely qualifies for Medicaid as an adult, and which hospital financial-assistance rule
//! holds at the household's income. `income_effects` works out what each changes.

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::choices::{InsuranceType, MarketplaceMetal};
use super::data_gaps::{DataGap, GapKind};
use super::input::Input;
use super::tables::{
    AssistanceHelp, AssistancePatients, AssistanceRule, GUIDELINE_TIMING_SOURCE_IDS, InsurancePresets, MedicaidAdults,
    Ownership, Period, PovertyRegion, PresetValue, SilverVariant, SourceIds, Tables, unique_ids, wire_id,
};

/// Income as a percent of the poverty guideline in force on `day`, with the guideline's
/// year, sources and, when that year's is not out, the gap.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomeLevel {
    pub region: PovertyRegion,
    /// The guideline for the household's size.
    pub guideline: Decimal,
    pub percent: Decimal,
    pub guideline_year: u16,
    pub source_ids: Vec<String>,
    pub gap: Option<DataGap>,
}

/// The household's income against the guideline in force on `day`, when income, household
/// size and a guideline for them are known.
pub fn income_level(tables: &Tables, input: &Input<'_>, day: Date) -> Option<IncomeLevel> {
    let income = input.household_income()?;
    let size = input.household_size()?;
    let region = PovertyRegion::of_state(input.home_state())?;
    let in_force = tables.poverty_guideline(region, day);
    let guideline = in_force.value.for_household(size)?;
    let gap = in_force.reused_for.map(|_| DataGap {
        kind: GapKind::PovertyGuideline,
        parameter: format!("poverty_guidelines:{}", wire_id(&region)),
        year_needed: day.year(),
        year_used: i16::try_from(in_force.value.year).unwrap_or(i16::MAX),
    });
    Some(IncomeLevel {
        region,
        guideline,
        percent: income / guideline * Decimal::ONE_HUNDRED,
        guideline_year: in_force.value.year,
        source_ids: in_force.value.source_ids.to_vec(),
        gap,
    })
}

/// A silver plan's lower yearly limits for one plan year, at the household's income.
#[derive(Debug, Clone, PartialEq)]
pub struct SilverReduction {
    pub variant: SilverVariant,
    /// Income against the guidelines Marketplace help uses for this plan year.
    pub income: IncomeLevel,
    pub oop_max: Decimal,
    pub oop_max_family: Option<Decimal>,
    pub period: Period,
    /// Set when the plan year's reduced limits are not out: the latest are used.
    pub reused_for: Option<Date>,
    pub source_ids: Vec<String>,
}

impl SilverReduction {
    /// The gaps this reduction rests on: the plan year's limits or its guidelines not yet out.
    pub fn gaps(&self, begins: Date) -> Vec<DataGap> {
        let limits = self.reused_for.map(|_| DataGap {
            kind: GapKind::PlanFigure,
            parameter: "cost_sharing_reductions".to_string(),
            year_needed: begins.year(),
            year_used: self.period.from.year(),
        });
        limits.into_iter().chain(self.income.gap.clone()).collect()
    }
}

/// The reduced limits of a silver plan for the plan year that begins on `begins`, when the
/// household's income falls in a band, whatever plan the family says it has.
///
/// Marketplace help for a plan year uses the poverty guidelines published when its open
/// enrollment begins [`usc-36b-poverty-line`], which is November 1 of the year before (the
/// 2025 rule, in docs/research/income-rules.md): in practice, the year before's.
pub fn silver_reduction(tables: &Tables, input: &Input<'_>, begins: Date) -> Option<SilverReduction> {
    if input.insurance() != InsuranceType::Marketplace {
        return None;
    }
    let enrollment_opens = Date::new(begins.year() - 1, 11, 1).ok()?;
    let income = income_level(tables, input, enrollment_opens)?;
    // Someone eligible for Medicaid gets no Marketplace help: in a state that expanded it,
    // the reductions start above its adult limit [healthinsurance.org, in research notes].
    if tables
        .medicaid_adults(input.home_state())
        .is_some_and(|state| state.expanded && income.percent <= state.adult_limit_pct)
    {
        return None;
    }
    let band = tables.cost_sharing_reductions().band(income.percent, begins)?;
    let timing: Vec<String> = GUIDELINE_TIMING_SOURCE_IDS.iter().map(|id| (*id).to_string()).collect();
    let source_ids = unique_ids(band.value.source_ids.iter().chain(&income.source_ids).chain(&timing));
    Some(SilverReduction {
        variant: band.value.variant,
        oop_max: band.value.oop_max,
        oop_max_family: band.value.oop_max_family,
        period: *band.period,
        reused_for: band.reused_for,
        source_ids,
        income,
    })
}

/// The presets of a plan year with a silver plan's reduced limits in place of the legal ones,
/// when the family has (or would pick) a silver plan and the income qualifies.
pub fn with_silver_limits(
    mut presets: InsurancePresets,
    metal: MarketplaceMetal,
    reduction: Option<&SilverReduction>,
) -> InsurancePresets {
    let Some(reduction) = reduction.filter(|_| metal == MarketplaceMetal::Silver) else {
        return presets;
    };
    let reduced = |value: Decimal| PresetValue {
        value,
        source_ids: SourceIds::from(reduction.source_ids.clone()),
        period: reduction.period,
        reused_for: reduction.reused_for,
    };
    presets.marketplace.oop_max = reduced(reduction.oop_max);
    if let Some(family) = reduction.oop_max_family {
        presets.marketplace.oop_max_family = reduced(family);
    }
    presets
}

/// Whether an adult patient likely qualifies for Medicaid on income in the home state.
#[derive(Debug, Clone, PartialEq)]
pub struct MedicaidCheck {
    pub state: &'static str,
    pub expanded: bool,
    /// The state's income limit for adults, in percent of the poverty line.
    pub limit_pct: Decimal,
    pub income: IncomeLevel,
    /// Income at or under the limit: likely eligible (only the state can decide).
    pub likely: bool,
    /// Adults must also meet a work or other activity rule.
    pub work_rule: bool,
    pub source_ids: Vec<String>,
}

/// The Medicaid check for a patient not on Medicaid or Medicare, aged 19 to 64 (or of an age
/// not given), when income and household size were entered. Medicaid compares this year's
/// income with the guidelines in force when treatment starts.
pub fn medicaid_check(tables: &Tables, input: &Input<'_>) -> Option<MedicaidCheck> {
    let asks = matches!(
        input.insurance(),
        InsuranceType::Uninsured | InsuranceType::Marketplace | InsuranceType::Employer
    );
    let adult = input.patient_age().is_none_or(|age| (19..=64).contains(&age));
    if !asks || !adult {
        return None;
    }
    let row: &MedicaidAdults = tables.medicaid_adults(input.home_state())?;
    let income = income_level(tables, input, input.first_day())?;
    let likely = !row.adult_limit_pct.is_zero() && income.percent <= row.adult_limit_pct;
    let source_ids = unique_ids(row.source_ids.iter().chain(&income.source_ids));
    Some(MedicaidCheck {
        state: input.home_state(),
        expanded: row.expanded,
        limit_pct: row.adult_limit_pct,
        likely,
        work_rule: row.work_rule,
        income,
        source_ids,
    })
}

/// What the financial-assistance rules ask about the patient and the hospital.
#[derive(Debug, Clone, Copy)]
pub struct AssistancePatient<'a> {
    pub hospital_state: &'a str,
    pub home_state: &'a str,
    pub ownership: Option<Ownership>,
    /// Income in percent of the poverty line.
    pub percent: Decimal,
    pub uninsured: bool,
    /// Medical costs at least 10% of income (California's test).
    pub high_costs: bool,
}

/// The financial-assistance rule that gives the most at the household's income at the
/// center's hospital: the law of the hospital's state, or the common policy of nonprofit
/// hospitals. `None` when no rule covers this income.
pub fn assistance_rule<'t>(tables: &'t Tables, patient: AssistancePatient<'_>) -> Option<&'t AssistanceRule> {
    let AssistancePatient {
        hospital_state: state,
        home_state,
        ownership,
        percent,
        uninsured,
        high_costs,
    } = patient;
    tables
        .financial_assistance()
        .iter()
        .filter(|rule| rule.holds_at(percent))
        .filter(|rule| {
            if rule.is_common_policy() {
                ownership == Some(Ownership::Nonprofit)
            } else {
                rule.state == state
                    && match rule.patients {
                        AssistancePatients::All => true,
                        AssistancePatients::UninsuredResidents => uninsured && home_state == state,
                        AssistancePatients::UninsuredOrHighCosts => uninsured || high_costs,
                    }
            }
        })
        .max_by_key(|rule| generosity(rule))
}

/// How much a rule gives, to pick the best: free care, then free or discounted, then a set
/// discount (the larger the better), then a discount of the hospital's choosing.
fn generosity(rule: &AssistanceRule) -> (u8, Decimal) {
    match (rule.help, rule.family_pays_pct) {
        (AssistanceHelp::Free, _) => (3, Decimal::ZERO),
        (AssistanceHelp::FreeOrDiscount, _) => (2, Decimal::ZERO),
        (AssistanceHelp::Discount, Some(left)) => (1, Decimal::ONE_HUNDRED - left),
        (AssistanceHelp::Discount, None) => (0, Decimal::ZERO),
    }
}
