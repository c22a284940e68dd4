//! Two or three scenarios side by side (`GET /compare?a.center=…&b.center=…`): each is a whole
//! estimate of its own; the page lines up their totals and lines and marks what differs.

use rust_decimal::Decimal;
use serde::Serialize;

use super::views::{Fact, INCOME_FIELDS, situation};
use crate::core::estimate::{Estimate, LineId, Totals, estimate};
use crate::core::input::{FieldErrors, Input, RawInput};
use crate::core::tables::Tables;
use crate::core::text::{Arg, Text};
use crate::core::who_pays::Answer;
use crate::i18n::{Lang, say};

/// The scenario names, which are also the query prefixes (`a.center`).
pub const SCENARIO_NAMES: [&str; 3] = ["a", "b", "c"];

/// The answers of each scenario present in a query, in `SCENARIO_NAMES` order.
pub fn scenarios_from_pairs(pairs: &[(String, String)]) -> Vec<(&'static str, RawInput)> {
    SCENARIO_NAMES
        .iter()
        .filter_map(|&name| {
            let prefix = format!("{name}.");
            let own: Vec<(&str, &str)> = pairs
                .iter()
                .filter_map(|(key, value)| Some((key.strip_prefix(&prefix)?, value.as_str())))
                .collect();
            (!own.is_empty()).then(|| (name, RawInput::from_pairs(own)))
        })
        .collect()
}

/// One scenario's column.
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioColumn {
    /// "Scenario A".
    pub title: String,
    /// What the scenario is, in a few words: the center, route, travel and lodging.
    pub summary: String,
    /// `/estimate?…` for this scenario alone.
    pub link: String,
    /// Messages when the scenario's answers are wrong; then it has no figures.
    pub errors: Vec<String>,
}

/// A row of figures: one value per scenario (`None` when that scenario has none).
#[derive(Debug, Clone, Serialize)]
pub struct CompareRow {
    pub label: String,
    pub values: Vec<Option<Decimal>>,
    /// Each value against the first scenario's, for the scenarios after the first.
    pub differences: Vec<Option<Difference>>,
    /// True when the scenarios do not all give the same figure.
    pub differs: bool,
}

/// A value against the first scenario's: its direction and size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// `more`, `less` or `same`.
    pub direction: &'static str,
    pub amount: Decimal,
}

impl Difference {
    fn between(value: Decimal, first: Decimal) -> Self {
        let change = value - first;
        Self {
            direction: if change > Decimal::ZERO {
                "more"
            } else if change < Decimal::ZERO {
                "less"
            } else {
                "same"
            },
            amount: change.abs(),
        }
    }
}

/// An answer that differs between scenarios.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerDifference {
    pub label: String,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompareView {
    pub columns: Vec<ScenarioColumn>,
    pub answers: Vec<AnswerDifference>,
    /// The answers every scenario shares.
    pub shared: Vec<Fact>,
    /// The family's totals, typical, then the range.
    pub totals: Vec<CompareRow>,
    pub if_refused: CompareRow,
    pub family_low: Vec<Option<Decimal>>,
    pub family_high: Vec<Option<Decimal>>,
    /// What the family pays of each line, typical.
    pub lines: Vec<CompareRow>,
    pub complete: bool,
    pub made_on: String,
    pub data_as_of: String,
}

fn row(label: &str, values: Vec<Option<Decimal>>) -> CompareRow {
    let first = values.first().copied().flatten();
    let differences = values
        .iter()
        .skip(1)
        .map(|v| Some(Difference::between((*v)?, first?)))
        .collect();
    // Only scenarios with figures count: a scenario with wrong answers has none.
    let known: Vec<Decimal> = values.iter().flatten().copied().collect();
    let differs = known.windows(2).any(|pair| pair[0] != pair[1]);
    CompareRow {
        label: label.to_string(),
        values,
        differences,
        differs,
    }
}

fn query_of(raw: &RawInput, lang: Lang) -> String {
    let values = serde_json::to_value(raw).unwrap_or_default();
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for name in RawInput::field_names() {
        if INCOME_FIELDS.contains(name) {
            continue;
        }
        if let Some(value) = values.get(*name).and_then(|v| v.as_str()).map(str::trim)
            && !value.is_empty()
        {
            serializer.append_pair(name, value);
        }
    }
    serializer.append_pair("lang", lang.code());
    serializer.finish()
}

impl CompareView {
    pub fn new(tables: &Tables, lang: Lang, scenarios: &[(&'static str, RawInput)], made_on: String) -> Self {
        let msg = |key: &'static str| say(lang, &Text::new(key));
        let results: Vec<Result<(Estimate, Vec<Fact>), FieldErrors>> = scenarios
            .iter()
            .map(|(_, raw)| Input::parse(raw, tables).map(|input| (estimate(tables, &input), situation(&input, lang))))
            .collect();
        let columns = scenarios
            .iter()
            .zip(&results)
            .map(|((name, raw), result)| {
                let (summary, errors) = match result {
                    Ok((_, facts)) => {
                        let pick = |key: &'static str| {
                            let label = msg(key);
                            facts
                                .iter()
                                .find(|f| f.label == label)
                                .map(|f| f.value.clone())
                                .unwrap_or_default()
                        };
                        (
                            format!(
                                "{}; {}; {}",
                                pick("fact-center"),
                                pick("fact-travel"),
                                pick("fact-staying")
                            ),
                            Vec::new(),
                        )
                    }
                    Err(errors) => (
                        String::new(),
                        errors
                            .as_map()
                            .values()
                            .flat_map(|messages| messages.iter().map(|m| say(lang, m)))
                            .collect(),
                    ),
                };
                ScenarioColumn {
                    title: say(
                        lang,
                        &crate::text!("compare-scenario", name = Arg::Verbatim(name.to_uppercase())),
                    ),
                    summary,
                    link: format!("/estimate?{}", query_of(raw, lang)),
                    errors,
                }
            })
            .collect();
        let totals_of = |pick: fn(&Totals) -> Decimal| -> Vec<Option<Decimal>> {
            results
                .iter()
                .map(|r| r.as_ref().ok().map(|(e, _)| pick(&e.totals)))
                .collect()
        };
        let totals = vec![
            row(&msg("compare-row-family-total"), totals_of(|t| t.family_total.typical)),
            row(&msg("compare-row-medical"), totals_of(|t| t.family_medical.typical)),
            row(&msg("compare-row-living"), totals_of(|t| t.non_medical.typical)),
            row(&msg("compare-row-pay"), totals_of(|t| t.lost_income.typical)),
            row(&msg("compare-row-sponsor"), totals_of(|t| t.sponsor_pays.typical)),
            row(&msg("compare-row-insurer"), totals_of(|t| t.insurer_pays.typical)),
            row(&msg("compare-row-benefits"), totals_of(|t| t.benefit_pays.typical)),
            row(&msg("compare-row-billed"), totals_of(|t| t.billed_medical.typical)),
        ];
        // Where coverage is uncertain, what the family pays if the plan refuses every part it
        // may refuse; the same as the total where nothing is uncertain.
        let refused: Vec<Option<Decimal>> = results
            .iter()
            .map(|r| {
                let (e, _) = r.as_ref().ok()?;
                Some(
                    e.alternative(Answer::AllRefused)
                        .map_or(e.totals.family_total.typical, |alt| alt.totals.family_total.typical),
                )
            })
            .collect();
        // Every line any scenario has, in the first scenario's order, then any others. A line
        // named differently (driving or flying) shows every name.
        let mut line_ids: Vec<(LineId, String)> = Vec::new();
        for (e, _) in results.iter().flatten() {
            for line in &e.lines {
                let name = say(lang, &line.label);
                match line_ids.iter_mut().find(|(id, _)| *id == line.id) {
                    Some((_, label)) if !label.split(" / ").any(|l| l == name) => {
                        label.push_str(" / ");
                        label.push_str(&name);
                    }
                    Some(_) => {}
                    None => line_ids.push((line.id, name)),
                }
            }
        }
        let lines = line_ids
            .iter()
            .map(|(id, label)| {
                let values = results
                    .iter()
                    .map(|r| {
                        let (e, _) = r.as_ref().ok()?;
                        // No figure when the line has no published price or does not apply.
                        e.line(*id).and_then(|l| l.family_pays).map(|f| f.typical)
                    })
                    .collect();
                row(label, values)
            })
            .collect();
        // The answers that differ, from each scenario's "Your answers" facts.
        let facts: Vec<Option<&Vec<Fact>>> = results.iter().map(|r| r.as_ref().ok().map(|(_, f)| f)).collect();
        let mut answers = Vec::new();
        let mut shared = Vec::new();
        if let Some(Some(first)) = facts.first() {
            for fact in first.iter() {
                let values: Vec<String> = facts
                    .iter()
                    .map(|f| {
                        f.and_then(|list| list.iter().find(|x| x.label == fact.label))
                            .map(|x| x.value.clone())
                            .unwrap_or_default()
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
        Self {
            columns,
            answers,
            shared,
            totals,
            if_refused: row(&msg("compare-row-if-refused"), refused),
            family_low: totals_of(|t| t.family_total.low),
            family_high: totals_of(|t| t.family_total.high),
            lines,
            complete: results.iter().all(Result::is_ok),
            made_on: super::views::said_date(lang, &made_on),
            data_as_of: super::views::said_date(lang, tables.data_as_of()),
        }
    }
}
