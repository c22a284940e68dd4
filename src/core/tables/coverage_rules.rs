//! Who pays which part of the care, by plan type, route and network (`coverage_rules.csv`),
//! and the terms of an insurer's travel benefit (`travel_benefit_terms.csv`).

use std::collections::BTreeMap;

use crate::core::text::Text;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::checks::{at_most, non_negative, nonblank, one_row_per_key};
use super::reader::{RowProblem, TableText, read_rows};
use super::{DataError, Source, SourceIds};
use crate::core::choices::{InsuranceType, Route};

/// The parts of the care that coverage rules speak of. Each medical line belongs to one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CarePart {
    /// The CAR-T product itself.
    Cells,
    /// Collection, conditioning and the hospital stay with its side effects.
    Treatment,
    /// Follow-up care and medicines after treatment.
    Ongoing,
    /// Getting to and from the center.
    Travel,
}

impl CarePart {
    pub const ALL: [CarePart; 4] = [
        CarePart::Cells,
        CarePart::Treatment,
        CarePart::Ongoing,
        CarePart::Travel,
    ];
}

/// Who a rule says pays for a part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CoverageStatus {
    /// The trial's sponsor supplies it.
    Sponsor,
    /// The plan pays, after the family's cost sharing.
    Covered,
    /// The plan may or may not pay: both outcomes are shown.
    Uncertain,
    /// The family is billed in full; it does not count toward the out-of-pocket limit.
    NotCovered,
}

/// How one part of the care is paid in an outcome of the plan's decisions: the one type for
/// a coverage outcome. A rule's likely outcome (`if_uncertain_assume`) is covered or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The trial's sponsor supplies it.
    Sponsor,
    /// The plan pays, after the family's share.
    Covered,
    /// The family is billed in full.
    NotCovered,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
enum RouteScope {
    Trial,
    Approved,
    Any,
}

impl RouteScope {
    fn matches(self, route: Route) -> bool {
        matches!(
            (self, route),
            (Self::Any, _) | (Self::Trial, Route::Trial) | (Self::Approved, Route::Approved)
        )
    }
}

/// Whether a rule is for care in the plan's network, outside it, or either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NetworkScope {
    In,
    Out,
    Any,
}

impl NetworkScope {
    fn matches(self, in_network: bool) -> bool {
        matches!(
            (self, in_network),
            (Self::Any, _) | (Self::In, true) | (Self::Out, false)
        )
    }
}

#[derive(Debug, Clone, Deserialize)]
struct CoverageRuleRow {
    insurance: InsuranceType,
    route: RouteScope,
    network: NetworkScope,
    part: CarePart,
    status: CoverageStatus,
    if_uncertain_assume: Option<Outcome>,
    reason: String,
    source_ids: SourceIds,
}

/// A rule as the estimate uses it.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageRule {
    pub part: CarePart,
    pub status: CoverageStatus,
    /// For an uncertain rule, the more likely outcome (shown first).
    pub if_uncertain_assume: Option<Outcome>,
    /// `Out` when the rule is for out-of-network care: the plan's out-of-network terms apply.
    pub network: NetworkScope,
    /// Why this payer pays, in one plain sentence or two.
    pub reason: Text,
    pub source_ids: SourceIds,
}

/// The rule for every plan type, route, network and part.
#[derive(Debug, Clone)]
pub struct CoverageRules {
    rules: BTreeMap<(InsuranceType, Route, bool, CarePart), CoverageRule>,
}

impl CoverageRules {
    /// The rule that applies. Loading made sure there is exactly one for every combination.
    pub fn get(&self, insurance: InsuranceType, route: Route, in_network: bool, part: CarePart) -> &CoverageRule {
        &self.rules[&(insurance, route, in_network, part)]
    }
}

pub(super) fn parse_coverage_rules(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<CoverageRules, DataError> {
    let parsed = read_rows(table, Some(sources), |r: &CoverageRuleRow| {
        nonblank("reason", &r.reason)?;
        match (r.status, r.if_uncertain_assume) {
            (CoverageStatus::Uncertain, None) => {
                return Err(RowProblem::new(
                    "if_uncertain_assume",
                    "an uncertain rule must say which outcome is more likely (covered or not_covered)",
                ));
            }
            (CoverageStatus::Uncertain, Some(Outcome::Sponsor)) => {
                return Err(RowProblem::new(
                    "if_uncertain_assume",
                    "the likely outcome is covered or not_covered",
                ));
            }
            (CoverageStatus::Uncertain, Some(_)) | (_, None) => {}
            (_, Some(_)) => {
                return Err(RowProblem::new(
                    "if_uncertain_assume",
                    "leave this empty unless the status is uncertain",
                ));
            }
        }
        let sponsor_may_pay = r.part == CarePart::Cells && r.route == RouteScope::Trial;
        if r.status == CoverageStatus::Sponsor && !sponsor_may_pay {
            return Err(RowProblem::new(
                "status",
                "only the cells in a trial are supplied by the sponsor",
            ));
        }
        Ok(())
    })?;
    let key_column = parsed.column("part");
    let mut rules = BTreeMap::new();
    let mut line_of = BTreeMap::new();
    for row in parsed.rows {
        let r = row.value;
        for &route in Route::ALL {
            for in_network in [true, false] {
                if !(r.route.matches(route) && r.network.matches(in_network)) {
                    continue;
                }
                let key = (r.insurance, route, in_network, r.part);
                if let Some(earlier) = line_of.insert(key, row.line) {
                    return Err(table.error(
                        row.line,
                        key_column.clone(),
                        format!(
                            "this rule overlaps the one on line {earlier} ({}, {}, {} network, {:?})",
                            r.insurance.id(),
                            route.id(),
                            if in_network { "in" } else { "out of" },
                            r.part
                        ),
                    ));
                }
                rules.insert(
                    key,
                    CoverageRule {
                        part: r.part,
                        status: r.status,
                        if_uncertain_assume: r.if_uncertain_assume,
                        network: r.network,
                        reason: Text::data(
                            format!(
                                "coverage-{}-{}-{}-{}",
                                r.insurance.id(),
                                super::wire_id(&r.route),
                                super::wire_id(&r.network),
                                super::wire_id(&r.part)
                            ),
                            &r.reason,
                        ),
                        source_ids: r.source_ids.clone(),
                    },
                );
            }
        }
    }
    for &insurance in InsuranceType::ALL {
        for &route in Route::ALL {
            for in_network in [true, false] {
                for part in CarePart::ALL {
                    if !rules.contains_key(&(insurance, route, in_network, part)) {
                        return Err(table.error(
                            1,
                            None,
                            format!(
                                "no rule for {}, {}, {} network, {part:?}",
                                insurance.id(),
                                route.id(),
                                if in_network { "in" } else { "out of" }
                            ),
                        ));
                    }
                }
            }
        }
    }
    Ok(CoverageRules { rules })
}

/// The figures of an insurer's travel and lodging benefit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TravelBenefitItem {
    MinDistanceMiles,
    LodgingPerNightMax,
    EpisodeMax,
}

impl TravelBenefitItem {
    pub const ALL: [TravelBenefitItem; 3] = [
        TravelBenefitItem::MinDistanceMiles,
        TravelBenefitItem::LodgingPerNightMax,
        TravelBenefitItem::EpisodeMax,
    ];
}

#[derive(Debug, Clone, Deserialize)]
struct TravelBenefitRow {
    id: TravelBenefitItem,
    #[serde(with = "super::cells::decimal")]
    value: Decimal,
    unit: String,
    /// When the figure was last known to hold; read by the freshness check (`tables::dating`).
    #[allow(dead_code)]
    as_of: String,
    source_ids: SourceIds,
    #[allow(dead_code)] // documentation for people editing the table
    note: String,
}

/// A typical insurer travel benefit: the user gives their own yearly or episode amount;
/// the distance rule and the nightly lodging limit come from here.
#[derive(Debug, Clone, Serialize)]
pub struct TravelBenefitTerms {
    /// The benefit applies when the center is farther than this, one way.
    pub min_distance_miles: Decimal,
    pub lodging_per_night_max: Decimal,
    /// A typical amount per episode, shown as an example on the form.
    pub typical_episode_max: Decimal,
    pub source_ids: SourceIds,
}

pub(super) fn parse_travel_benefit_terms(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<TravelBenefitTerms, DataError> {
    let parsed = read_rows(table, Some(sources), |r: &TravelBenefitRow| {
        nonblank("unit", &r.unit)?;
        non_negative("value", r.value)?;
        at_most("value", r.value, 1_000_000)
    })?;
    let mut source_ids: Vec<String> = Vec::new();
    for id in parsed.rows.iter().flat_map(|row| row.value.source_ids.iter()) {
        if !source_ids.contains(id) {
            source_ids.push(id.clone());
        }
    }
    let rows = one_row_per_key(table, parsed, "id", &TravelBenefitItem::ALL, |r| r.id)?;
    Ok(TravelBenefitTerms {
        min_distance_miles: rows[0].value,
        lodging_per_night_max: rows[1].value,
        typical_episode_max: rows[2].value,
        source_ids: SourceIds::from(source_ids),
    })
}
