//! The pipeline a handler calls once: answers in, everything a page, the API, the CSV or the
//! print view shows out. It parses the answers, works out the estimate, then what reads the
//! estimate: the household's burden, the tax deduction, the notes, the aid programs, the
//! timeline and what would change the number.

use std::cell::OnceCell;

use jiff::civil::Date;

use super::aid::{AidPrograms, sort_programs};
use super::burden::Burden;
use super::cash_flow::{CashFlow, cash_flow};
use super::data_gaps::{DataGap, note};
use super::estimate::{Estimate, estimate, family_totals};
use super::income::silver_reduction;
use super::income_effects::{IncomeEffects, IncomeStep, income_effects, income_ladder};
use super::input::{FieldErrors, Input, RawInput};
use super::levers::{Lever, what_would_change};
use super::lines::Totals;
use super::notes;
use super::scenarios::Scenarios;
use super::tables::{JourneyParam, Note, Tables};
use super::tax::{TaxDeduction, medical_deduction};

/// Everything worked out for one household.
#[derive(Debug, Clone)]
pub struct Report<'t> {
    tables: &'t Tables,
    /// The answers as given: the levers change them one at a time.
    raw: RawInput,
    pub input: Input<'t>,
    pub estimate: Estimate,
    /// The household's burden against its income, when income was entered.
    pub burden: Option<Burden>,
    /// The medical-expense tax deduction, when income was entered.
    pub tax: Option<TaxDeduction>,
    /// The notes that apply to this family, in table order.
    pub notes: Vec<Note>,
    /// Aid programs sorted for this family.
    pub aid: AidPrograms,
    /// The journey on the calendar and money out by month, when a start date was given.
    pub cash_flow: CashFlow,
    /// What the household's income changes: a silver plan's limit, Medicaid, the hospital's
    /// financial assistance.
    pub income: IncomeEffects,
    /// Worked out the first time they are asked for: only the page shows them, and they
    /// take ten more estimates.
    levers: OnceCell<Vec<Lever>>,
    /// Worked out when asked for: three more estimates.
    ladder: OnceCell<Option<Vec<IncomeStep>>>,
}

/// Parses the answers given on `today` and works out the whole report, or says what is wrong
/// with each field.
pub fn report<'t>(tables: &'t Tables, raw: &RawInput, today: Date) -> Result<Report<'t>, FieldErrors> {
    let input = Input::parse(raw, tables, today)?;
    Ok(report_for(tables, raw, input))
}

/// One household's totals and burden alone: the same figures as its report's, without the
/// lines' words, notes, aid, tax, timeline or other outcomes, for estimating many households
/// at once (the batch API and command).
#[derive(Debug, Clone)]
pub struct HouseholdTotals {
    pub totals: Totals,
    /// When income was entered.
    pub burden: Option<Burden>,
}

/// Parses the answers given on `today` and works out the household's totals and burden, or
/// says what is wrong with each field.
pub fn household_totals(tables: &Tables, raw: &RawInput, today: Date) -> Result<HouseholdTotals, FieldErrors> {
    let input = Input::parse(raw, tables, today)?;
    let totals = family_totals(tables, &input);
    let burden = Burden::assess(tables, &input, &totals);
    Ok(HouseholdTotals { totals, burden })
}

/// The report for answers already parsed (`raw` is what they were parsed from: the levers
/// change one answer at a time).
pub fn report_for<'t>(tables: &'t Tables, raw: &RawInput, input: Input<'t>) -> Report<'t> {
    let estimate = estimate(tables, &input);
    let burden = Burden::assess(tables, &input, &estimate.totals);
    // The companion's lodging counts only while the patient is in hospital.
    let hospital_nights = if input.caregivers() > 0 {
        Scenarios::from_fn(|s| estimate.journey.count(JourneyParam::HospitalDays, s))
    } else {
        Scenarios::same(0)
    };
    let tax = medical_deduction(tables, &input, &estimate.lines, hospital_nights);
    let notes = notes::select(
        tables,
        &input,
        &notes::Facts {
            totals: &estimate.totals,
            burden: burden.as_ref(),
            tax: tax.as_ref(),
        },
    )
    .into_iter()
    .map(|id| tables.note(id).clone())
    .collect();
    let aid = sort_programs(tables, &input, burden.as_ref());
    let cash_flow = cash_flow(&input, &estimate);
    let income = income_effects(tables, raw, &input, &estimate);
    Report {
        tables,
        raw: raw.clone(),
        input,
        estimate,
        burden,
        tax,
        notes,
        aid,
        cash_flow,
        income,
        levers: OnceCell::new(),
        ladder: OnceCell::new(),
    }
}

impl Report<'_> {
    /// Every figure not yet published for a year the journey reaches, with the year used.
    pub fn data_gaps(&self) -> Vec<DataGap> {
        let mut gaps = self.estimate.data_gaps.clone();
        if let Some(gap) = self.burden.as_ref().and_then(|b| b.guideline_reused.clone()) {
            note(&mut gaps, gap);
        }
        if self
            .income
            .silver_plan
            .as_ref()
            .is_some_and(|s| s.totals_if_silver.is_some())
        {
            // The total with a silver plan is shown beside the estimate: the reduced limits
            // it uses for each plan year, when not yet out, count too.
            for year in &self.estimate.plan_years {
                let begins = self.estimate.plan.year(year.plan_year).begins;
                if let Some(reduction) = silver_reduction(self.tables, &self.input, begins) {
                    for gap in reduction.gaps(begins) {
                        note(&mut gaps, gap);
                    }
                }
            }
        }
        gaps
    }

    /// The answers that move the family's typical total most, largest first.
    pub fn levers(&self) -> &[Lever] {
        self.levers
            .get_or_init(|| what_would_change(self.tables, &self.raw, &self.input, &self.estimate))
    }

    /// The same household at 100%, 200% and 400% of the poverty line, when its size is known.
    pub fn income_ladder(&self) -> Option<&[IncomeStep]> {
        self.ladder
            .get_or_init(|| income_ladder(self.tables, &self.raw, &self.input))
            .as_deref()
    }

    /// Every source id the report uses, in order of first use.
    pub fn source_ids(&self) -> Vec<String> {
        let estimate = &self.estimate;
        let mut ids: Vec<String> = Vec::new();
        let from_lines = estimate.lines.iter().flat_map(|line| line.sources.iter());
        let from_journey = estimate.journey.steps.iter().flat_map(|step| step.sources.iter());
        let from_coverage = estimate.coverage.iter().flat_map(|c| c.sources.iter());
        let from_plan = estimate.plan.source_ids();
        let from_burden = self.burden.iter().flat_map(|b| b.source_ids.iter());
        let from_notes = self.notes.iter().flat_map(|n| n.source_ids.iter());
        let from_leave = estimate.leave_program.iter().flat_map(|p| p.source_ids.iter());
        let from_tax = self.tax.iter().flat_map(|t| t.source_ids.iter());
        let from_cash_flow = self.cash_flow.source_ids.iter();
        let from_aid = self
            .aid
            .worth_applying
            .iter()
            .chain(&self.aid.likely_not)
            .flat_map(|fit| fit.program.source_ids.iter());
        // Contacts are shown for the programs worth applying for.
        let from_contacts = self
            .aid
            .worth_applying
            .iter()
            .flat_map(|fit| fit.program.contact_source_ids.iter());
        let income = &self.income;
        let from_income = income
            .silver_plan
            .iter()
            .flat_map(|s| s.reduction.source_ids.iter())
            .chain(income.medicaid.iter().flat_map(|m| m.source_ids.iter()))
            .chain(income.financial_assistance.iter().flat_map(|f| f.source_ids.iter()));
        for id in from_lines
            .chain(from_journey)
            .chain(from_coverage)
            .chain(from_plan.iter())
            .chain(from_burden)
            .chain(from_notes)
            .chain(from_leave)
            .chain(from_tax)
            .chain(from_aid)
            .chain(from_contacts)
            .chain(from_cash_flow)
            .chain(from_income)
        {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    }
}
