//! Two or three households' answers side by side: each column is a whole estimate of its own;
//! the comparison lines up their totals and lines and marks what differs from the first.
//! (The columns of a comparison are not the low / typical / high *scenarios* of one estimate.)

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::estimate::{Estimate, estimate};
use super::facts::{Fact, facts};
use super::input::{FieldErrors, Input, RawInput};
use super::lines::{LineId, Totals};
use super::tables::Tables;
use super::text::Text;
use super::who_pays::Answer;
use crate::text;

/// The most columns a comparison holds.
pub const MAX_COLUMNS: usize = 3;

/// One column's household: its estimate and its answers in words.
#[derive(Debug, Clone)]
pub struct Column {
    pub estimate: Estimate,
    pub facts: Vec<Fact>,
    /// What the column is, in a few words: the center, the travel and the lodging.
    pub summary: Text,
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
}

/// A row of figures: one value per column (`None` when that column has none).
#[derive(Debug, Clone)]
pub struct Row {
    /// The row's name; a line named differently in different columns (driving or flying)
    /// has every name.
    pub labels: Vec<Text>,
    pub values: Vec<Option<Decimal>>,
    /// Each value against the first column's, for the columns after the first.
    pub differences: Vec<Option<Difference>>,
    /// True when the columns with figures do not all give the same one.
    pub differs: bool,
}

impl Row {
    fn new(labels: Vec<Text>, values: Vec<Option<Decimal>>) -> Self {
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
            labels,
            values,
            differences,
            differs,
        }
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
    /// The family's totals, typical: the total, its parts, then what others pay.
    pub totals: Vec<Row>,
    /// What the family pays if the plan refuses every part it may refuse (the total where
    /// nothing is uncertain).
    pub if_refused: Row,
    pub family_low: Vec<Option<Decimal>>,
    pub family_high: Vec<Option<Decimal>>,
    /// What the family pays of each line, typical.
    pub lines: Vec<Row>,
    pub answers: Vec<AnswerDifference>,
    /// The answers every column shares.
    pub shared: Vec<Fact>,
    /// True when every column's answers were right.
    pub complete: bool,
}

/// Works out each column's estimate and lines them up.
pub fn compare(tables: &Tables, households: &[RawInput], today: Date) -> Comparison {
    let columns: Vec<Result<Column, FieldErrors>> = households
        .iter()
        .map(|raw| {
            Input::parse(raw, tables, today).map(|input| {
                let facts = facts(&input);
                let pick = |key: &str| facts.iter().find(|f| f.label.key == key).map(|f| f.value.clone());
                Column {
                    estimate: estimate(tables, &input),
                    summary: text!(
                        "compare-column-summary",
                        center = pick("fact-center"),
                        travel = pick("fact-travel"),
                        staying = pick("fact-staying")
                    ),
                    facts,
                }
            })
        })
        .collect();
    let estimates: Vec<Option<&Estimate>> = columns.iter().map(|c| c.as_ref().ok().map(|c| &c.estimate)).collect();
    let totals_of = |pick: fn(&Totals) -> Decimal| -> Vec<Option<Decimal>> {
        estimates.iter().map(|e| e.map(|e| pick(&e.totals))).collect()
    };
    let totals = vec![
        Row::new(
            vec![text!("compare-row-family-total")],
            totals_of(|t| t.family_total.typical),
        ),
        Row::new(
            vec![text!("compare-row-medical")],
            totals_of(|t| t.family_medical.typical),
        ),
        Row::new(vec![text!("compare-row-living")], totals_of(|t| t.non_medical.typical)),
        Row::new(vec![text!("compare-row-pay")], totals_of(|t| t.lost_income.typical)),
        Row::new(
            vec![text!("compare-row-sponsor")],
            totals_of(|t| t.sponsor_pays.typical),
        ),
        Row::new(
            vec![text!("compare-row-insurer")],
            totals_of(|t| t.insurer_pays.typical),
        ),
        Row::new(
            vec![text!("compare-row-benefits")],
            totals_of(|t| t.benefit_pays.typical),
        ),
        Row::new(
            vec![text!("compare-row-billed")],
            totals_of(|t| t.billed_medical.typical),
        ),
    ];
    let refused = estimates
        .iter()
        .map(|e| {
            e.map(|e| {
                e.alternative(Answer::AllRefused)
                    .map_or(e.totals.family_total.typical, |alt| alt.totals.family_total.typical)
            })
        })
        .collect();
    // Every line any column has, in the first column's order, then any others.
    let mut line_ids: Vec<(LineId, Vec<Text>)> = Vec::new();
    for e in estimates.iter().flatten() {
        for line in &e.lines {
            match line_ids.iter_mut().find(|(id, _)| *id == line.id) {
                Some((_, labels)) if !labels.contains(&line.label) => labels.push(line.label.clone()),
                Some(_) => {}
                None => line_ids.push((line.id, vec![line.label.clone()])),
            }
        }
    }
    let lines = line_ids
        .into_iter()
        .map(|(id, labels)| {
            // No figure when the line has no published price or does not apply.
            let values = estimates
                .iter()
                .map(|e| {
                    e.and_then(|e| e.line(id))
                        .and_then(|l| l.family_pays)
                        .map(|f| f.typical)
                })
                .collect();
            Row::new(labels, values)
        })
        .collect();
    let (answers, shared) = answers(&columns);
    Comparison {
        family_low: totals_of(|t| t.family_total.low),
        family_high: totals_of(|t| t.family_total.high),
        complete: columns.iter().all(Result::is_ok),
        columns,
        totals,
        if_refused: Row::new(vec![text!("compare-row-if-refused")], refused),
        lines,
        answers,
        shared,
    }
}

/// The answers that differ between columns and those they share, in the first column's order.
fn answers(columns: &[Result<Column, FieldErrors>]) -> (Vec<AnswerDifference>, Vec<Fact>) {
    let facts: Vec<Option<&Vec<Fact>>> = columns.iter().map(|c| c.as_ref().ok().map(|c| &c.facts)).collect();
    let mut answers = Vec::new();
    let mut shared = Vec::new();
    if let Some(Some(first)) = facts.first() {
        for fact in first.iter() {
            let values: Vec<Option<Text>> = facts
                .iter()
                .map(|f| {
                    f.and_then(|list| list.iter().find(|x| x.label == fact.label))
                        .map(|x| x.value.clone())
                })
                .collect();
            if values.windows(2).any(|pair| pair[0] != pair[1]) {
                answers.push(AnswerDifference {
                    label: fact.label.clone(),
                    values,
                });
            } else {
                shared.push(fact.clone());
            }
        }
    }
    (answers, shared)
}
