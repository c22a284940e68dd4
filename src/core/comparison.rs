//! Two or three households' answers side by side: each column is a whole estimate of its own;
//! the comparison lines up their totals and lines, marks what differs from the first, and
//! names each column by the answers that set it apart (center, distance, route, travel,
//! lodging, coverage, income).
//! (The columns of a comparison are not the low / typical / high *scenarios* of one estimate.)

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::burden::Burden;
use super::choices::{InsuranceType, Lodging, Route, TravelMode};
use super::distance::whole_miles;
use super::estimate::Estimate;
use super::facts::{Fact, facts};
use super::income_effects::{IncomeEffects, shown_percent};
use super::input::{FieldErrors, Input, RawInput};
use super::lines::{LineId, Totals};
use super::report::report_for;
use super::tables::Tables;
use super::text::{Arg, Text};
use super::who_pays::Answer;
use crate::text;

/// The most columns a comparison holds.
pub const MAX_COLUMNS: usize = 3;

/// An answer that can tell columns apart in their labels, in the order labels name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Center,
    Distance,
    Route,
    Travel,
    Lodging,
    Coverage,
    Income,
}

/// One column's household: its estimate, burden and income effects, and its answers in words.
#[derive(Debug, Clone)]
pub struct Column {
    pub estimate: Estimate,
    pub burden: Option<Burden>,
    pub income: IncomeEffects,
    pub facts: Vec<Fact>,
    /// What the column is, as its answers say it: the center, the travel and the lodging.
    pub summary: Text,
    /// The column's own value of each answer a label may name, in `Dimension` order.
    parts: Vec<(Dimension, Text)>,
    /// The answers that set the columns apart, in this column's words: its label.
    pub label: Vec<Text>,
    /// The sources of the column's lines, burden and income effects, each once, in order of
    /// first use.
    pub source_ids: Vec<String>,
}

/// What a row's values are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Dollars.
    Money,
    /// A percent (of income, or of the poverty line).
    Percent,
}

/// A value against the first column's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    More,
    Less,
    Same,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Difference {
    pub direction: Direction,
    pub amount: Decimal,
}

impl Difference {
    fn between(value: Decimal, first: Decimal) -> Self {
        let change = value - first;
        Self {
            direction: if change > Decimal::ZERO {
                Direction::More
            } else if change < Decimal::ZERO {
                Direction::Less
            } else {
                Direction::Same
            },
            amount: change.abs(),
        }
    }

    /// The difference with its sign: more is positive.
    pub fn signed(&self) -> Decimal {
        match self.direction {
            Direction::Less => -self.amount,
            Direction::More | Direction::Same => self.amount,
        }
    }
}

/// A row of figures: one value per column (`None` when that column has none).
#[derive(Debug, Clone)]
pub struct Row {
    /// The row's name in files (`family_total`, or the line's id).
    pub id: String,
    /// The row's name; a line named differently in different columns (driving or flying)
    /// has every name.
    pub labels: Vec<Text>,
    pub unit: Unit,
    pub values: Vec<Option<Decimal>>,
    /// Each value against the first column's, for the columns after the first.
    pub differences: Vec<Option<Difference>>,
    /// True when the columns with figures do not all give the same one.
    pub differs: bool,
}

impl Row {
    fn new(id: impl Into<String>, labels: Vec<Text>, unit: Unit, values: Vec<Option<Decimal>>) -> Self {
        let first = values.first().copied().flatten();
        let differences = values
            .iter()
            .skip(1)
            .map(|v| Some(Difference::between((*v)?, first?)))
            .collect();
        // Only columns with figures count: a column with wrong answers has none.
        let known: Vec<Decimal> = values.iter().flatten().copied().collect();
        let differs = known.windows(2).any(|pair| pair[0] != pair[1]);
        Self {
            id: id.into(),
            labels,
            unit,
            values,
            differences,
            differs,
        }
    }

    fn money(id: &str, key: &'static str, values: Vec<Option<Decimal>>) -> Self {
        Self::new(id, vec![Text::new(key)], Unit::Money, values)
    }

    fn has_values(&self) -> bool {
        self.values.iter().any(Option::is_some)
    }
}

/// An answer that differs between columns (empty where a column does not have it).
#[derive(Debug, Clone)]
pub struct AnswerDifference {
    pub label: Text,
    pub values: Vec<Option<Text>>,
}

#[derive(Debug, Clone)]
pub struct Comparison {
    pub columns: Vec<Result<Column, FieldErrors>>,
    /// The answers that set the columns apart, named in their labels.
    pub differs_by: Vec<Dimension>,
    /// The family's totals, typical: the total, its parts, then what others pay.
    pub totals: Vec<Row>,
    /// What the family pays if the plan refuses every part it may refuse (the total where
    /// nothing is uncertain).
    pub if_refused: Row,
    pub family_low: Row,
    pub family_high: Row,
    /// What income changes, when a column has income: its percent of the poverty line, the
    /// medical share against it, and the totals under Medicaid, a silver plan's lower limit
    /// or the hospital's financial assistance. Only rows some column has.
    pub income: Vec<Row>,
    /// What the family pays of each line, typical.
    pub lines: Vec<Row>,
    pub answers: Vec<AnswerDifference>,
    /// The answers every column shares.
    pub shared: Vec<Fact>,
    /// True when every column's answers were right.
    pub complete: bool,
}

/// Works out each column's whole estimate and lines them up.
pub fn compare(tables: &Tables, households: &[RawInput], today: Date) -> Comparison {
    let mut columns: Vec<Result<Column, FieldErrors>> = households
        .iter()
        .map(|raw| Input::parse(raw, tables, today).map(|input| column(tables, raw, input)))
        .collect();
    let (answers, shared) = answers(&columns);
    let differs_by = label_columns(&mut columns, &answers);
    let ok: Vec<Option<&Column>> = columns.iter().map(|c| c.as_ref().ok()).collect();
    let of = |pick: &dyn Fn(&Column) -> Option<Decimal>| -> Vec<Option<Decimal>> {
        ok.iter().map(|c| c.and_then(pick)).collect()
    };
    let totals_of = |pick: fn(&Totals) -> Decimal| of(&|c| Some(pick(&c.estimate.totals)));
    let totals = vec![
        Row::money(
            "family_total",
            "compare-row-family-total",
            totals_of(|t| t.family_total.typical),
        ),
        Row::money(
            "family_medical",
            "compare-row-medical",
            totals_of(|t| t.family_medical.typical),
        ),
        Row::money(
            "non_medical",
            "compare-row-living",
            totals_of(|t| t.non_medical.typical),
        ),
        Row::money("lost_income", "compare-row-pay", totals_of(|t| t.lost_income.typical)),
        Row::money(
            "sponsor_pays",
            "compare-row-sponsor",
            totals_of(|t| t.sponsor_pays.typical),
        ),
        Row::money(
            "insurer_pays",
            "compare-row-insurer",
            totals_of(|t| t.insurer_pays.typical),
        ),
        Row::money(
            "benefit_pays",
            "compare-row-benefits",
            totals_of(|t| t.benefit_pays.typical),
        ),
        Row::money(
            "billed_medical",
            "compare-row-billed",
            totals_of(|t| t.billed_medical.typical),
        ),
    ];
    let if_refused = Row::money(
        "family_total_if_refused",
        "compare-row-if-refused",
        of(&|c| {
            Some(
                c.estimate
                    .alternative(Answer::AllRefused)
                    .map_or(c.estimate.totals.family_total.typical, |alt| {
                        alt.totals.family_total.typical
                    }),
            )
        }),
    );
    let percent = |id: &str, key: &'static str, values| Row::new(id, vec![Text::new(key)], Unit::Percent, values);
    let income = [
        percent(
            "poverty_percent",
            "compare-row-poverty",
            of(&|c| c.burden.as_ref()?.poverty.as_ref().ok().map(|p| p.percent)),
        ),
        percent(
            "medical_share_of_income",
            "compare-row-medical-share",
            of(&|c| c.burden.as_ref()?.medical_share.map(|s| s.typical)),
        ),
        Row::money(
            "family_medical_if_medicaid",
            "compare-row-if-medicaid",
            of(&|c| {
                let medicaid = c.income.medicaid.as_ref().filter(|m| m.check.likely)?;
                Some(medicaid.family_medical_if_medicaid.typical)
            }),
        ),
        Row::money(
            "family_total_if_silver",
            "compare-row-if-silver",
            of(&|c| {
                let silver = c.income.silver_plan.as_ref()?.totals_if_silver.as_ref()?;
                Some(silver.family_total.typical)
            }),
        ),
        Row::money(
            "family_total_with_financial_assistance",
            "compare-row-with-assistance",
            of(&|c| {
                let assisted = c.income.financial_assistance.as_ref()?.alternative.as_ref()?;
                Some(assisted.totals.family_total.typical)
            }),
        ),
    ]
    .into_iter()
    .filter(Row::has_values)
    .collect();
    let lines = line_rows(&ok);
    Comparison {
        family_low: Row::money(
            "family_total_low",
            "compare-row-family-low",
            totals_of(|t| t.family_total.low),
        ),
        family_high: Row::money(
            "family_total_high",
            "compare-row-family-high",
            totals_of(|t| t.family_total.high),
        ),
        complete: columns.iter().all(Result::is_ok),
        differs_by,
        columns,
        totals,
        if_refused,
        income,
        lines,
        answers,
        shared,
    }
}

fn column(tables: &Tables, raw: &RawInput, input: Input<'_>) -> Column {
    let facts = facts(&input);
    let pick = |key: &str| facts.iter().find(|f| &*f.label.key == key).map(|f| f.value.clone());
    let summary = text!(
        "compare-column-summary",
        center = pick("fact-center"),
        travel = pick("fact-travel"),
        staying = pick("fact-staying")
    );
    let report = report_for(tables, raw, input);
    let parts = label_parts(&report.input, report.burden.as_ref());
    let mut source_ids: Vec<String> = Vec::new();
    let lines = report.estimate.lines.iter().flat_map(|line| line.sources.iter());
    let income = &report.income;
    let from_income = (income.silver_plan.iter().flat_map(|s| s.reduction.source_ids.iter()))
        .chain(income.medicaid.iter().flat_map(|m| m.source_ids.iter()))
        .chain(income.financial_assistance.iter().flat_map(|f| f.source_ids.iter()));
    let from_burden = report.burden.iter().flat_map(|b| b.source_ids.iter());
    for id in lines.chain(from_burden).chain(from_income) {
        if !source_ids.contains(id) {
            source_ids.push(id.clone());
        }
    }
    Column {
        source_ids,
        parts,
        label: Vec::new(),
        summary,
        facts,
        estimate: report.estimate,
        burden: report.burden,
        income: report.income,
    }
}

/// Each answer a label may name, as this column would say it in a few words.
fn label_parts(input: &Input<'_>, burden: Option<&Burden>) -> Vec<(Dimension, Text)> {
    let center = input.center();
    let mut parts = vec![
        (
            Dimension::Center,
            if center.is_unlisted() || center.city.is_empty() {
                text!("compare-label-center-other")
            } else {
                text!(
                    "verbatim",
                    text = Arg::Verbatim(format!("{}, {}", center.city, center.state))
                )
            },
        ),
        (
            Dimension::Distance,
            text!(
                "compare-label-miles",
                miles = Arg::Count(whole_miles(input.distance_miles()))
            ),
        ),
        (
            Dimension::Route,
            match input.route() {
                Route::Trial => text!("compare-label-trial"),
                Route::Approved => text!("compare-label-approved"),
            },
        ),
        (
            Dimension::Travel,
            match input.travel_mode() {
                TravelMode::Drive => text!("compare-label-drive"),
                TravelMode::Fly => text!("compare-label-fly"),
            },
        ),
        (
            Dimension::Lodging,
            match (input.lodging(), input.lodging_rate()) {
                // Near enough to drive in for each day of treatment: no lodging at all.
                _ if input.reach().typical.sleeps_home => text!("compare-label-home"),
                (Lodging::Family, _) => text!("compare-label-family"),
                (Lodging::Hotel, None) => text!("compare-label-hotel"),
                (Lodging::HospitalityHouse, None) => text!("compare-label-house"),
                (Lodging::Hotel, Some(rate)) => text!("compare-label-hotel-rate", rate = Arg::MoneyShort(rate)),
                (Lodging::HospitalityHouse, Some(rate)) => {
                    text!("compare-label-house-rate", rate = Arg::MoneyShort(rate))
                }
            },
        ),
        (
            Dimension::Coverage,
            match input.insurance() {
                InsuranceType::Employer => text!("compare-label-employer"),
                InsuranceType::Marketplace => text!("compare-label-marketplace"),
                InsuranceType::Medicare => text!("compare-label-medicare"),
                InsuranceType::MedicareAdvantage => text!("compare-label-medicare-advantage"),
                InsuranceType::Medicaid => text!("compare-label-medicaid"),
                InsuranceType::Uninsured => text!("compare-label-uninsured"),
            },
        ),
    ];
    if let Some(income) = input.household_income() {
        let poverty = burden.and_then(|b| b.poverty.as_ref().ok());
        parts.push((
            Dimension::Income,
            match poverty {
                Some(level) => text!(
                    "compare-label-income-poverty",
                    income = Arg::MoneyShort(income),
                    pct = shown_percent(level.percent)
                ),
                None => text!("compare-label-income", income = Arg::MoneyShort(income)),
            },
        ));
    }
    parts
}

/// Names each column by the answers that set the columns apart, and returns those answers.
/// When none of the named answers differ, a label says which other answers do.
fn label_columns(columns: &mut [Result<Column, FieldErrors>], differing: &[AnswerDifference]) -> Vec<Dimension> {
    let said = |column: &Column, dimension: Dimension| {
        column
            .parts
            .iter()
            .find(|(d, _)| *d == dimension)
            .map(|(_, text)| text.clone())
    };
    let ok: Vec<&Column> = columns.iter().filter_map(|c| c.as_ref().ok()).collect();
    let all = [
        Dimension::Center,
        Dimension::Distance,
        Dimension::Route,
        Dimension::Travel,
        Dimension::Lodging,
        Dimension::Coverage,
        Dimension::Income,
    ];
    let differs_by: Vec<Dimension> = all
        .into_iter()
        .filter(|d| ok.windows(2).any(|pair| said(pair[0], *d) != said(pair[1], *d)))
        .collect();
    let others: Vec<Text> = differing.iter().map(|answer| answer.label.clone()).collect();
    for column in columns.iter_mut().flatten() {
        column.label = if !differs_by.is_empty() {
            differs_by
                .iter()
                .map(|d| said(column, *d).unwrap_or_else(|| text!("compare-label-no-income")))
                .collect()
        } else if !others.is_empty() {
            vec![text!("compare-label-others", answers = Arg::List(others.clone()))]
        } else {
            vec![text!("compare-label-same")]
        };
    }
    differs_by
}

/// Every line any column has, in the first column's order, then any others: what the family
/// pays of it, typical. A column without the line pays nothing for it (rides to the airport
/// when driving); no figure when the line has no published price.
fn line_rows(columns: &[Option<&Column>]) -> Vec<Row> {
    let mut line_ids: Vec<(LineId, Vec<Text>)> = Vec::new();
    for column in columns.iter().flatten() {
        for line in &column.estimate.lines {
            match line_ids.iter_mut().find(|(id, _)| *id == line.id) {
                Some((_, labels)) if !labels.contains(&line.label) => labels.push(line.label.clone()),
                Some(_) => {}
                None => line_ids.push((line.id, vec![line.label.clone()])),
            }
        }
    }
    line_ids
        .into_iter()
        .map(|(id, labels)| {
            let values = columns
                .iter()
                .map(|c| {
                    let column = (*c)?;
                    match column.estimate.line(id) {
                        Some(line) => line.family_pays.map(|f| f.typical),
                        None => Some(Decimal::ZERO),
                    }
                })
                .collect();
            Row::new(super::tables::wire_id(&id), labels, Unit::Money, values)
        })
        .collect()
}

/// The answers that differ between columns and those they share: the first column's in its
/// order, then any only later columns have (income given in one column alone).
fn answers(columns: &[Result<Column, FieldErrors>]) -> (Vec<AnswerDifference>, Vec<Fact>) {
    let facts: Vec<Option<&Vec<Fact>>> = columns.iter().map(|c| c.as_ref().ok().map(|c| &c.facts)).collect();
    let mut labels: Vec<&Text> = Vec::new();
    for fact in facts.iter().flatten().flat_map(|list| list.iter()) {
        if !labels.contains(&&fact.label) {
            labels.push(&fact.label);
        }
    }
    let mut answers = Vec::new();
    let mut shared = Vec::new();
    for label in labels {
        let values: Vec<Option<Text>> = facts
            .iter()
            .map(|f| {
                f.and_then(|list| list.iter().find(|x| &x.label == label))
                    .map(|x| x.value.clone())
            })
            .collect();
        // A column with wrong answers has no facts: only right ones can differ.
        let known: Vec<&Option<Text>> = values
            .iter()
            .zip(&facts)
            .filter(|(_, f)| f.is_some())
            .map(|(v, _)| v)
            .collect();
        if known.windows(2).any(|pair| pair[0] != pair[1]) {
            answers.push(AnswerDifference {
                label: label.clone(),
                values,
            });
        } else if let Some(value) = values.into_iter().flatten().next() {
            shared.push(Fact {
                label: label.clone(),
                value,
            });
        }
    }
    (answers, shared)
}
