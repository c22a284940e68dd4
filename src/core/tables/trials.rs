//! `trials.csv` (CAR-T trials in lupus, myositis and scleroderma: sponsor, product, status
//! and the day it was seen) and `trial_sites.csv` (the centers each was seen running at).
//! A site list is never complete: a center missing is unknown, not ruled out.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::checks::{MAX_LABEL_CHARS, at_most_chars, is_date, nonblank, snake_id, unique_rows};
use super::places::Center;
use super::reader::{DataError, RowProblem, SourceIds, TableText, parse_source_ids, read_rows};
use super::{Source, wire_id};
use crate::core::choices::{Cells, DiseaseGroup};
use crate::core::text::Text;

/// A trial's status when it was seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TrialStatus {
    Recruiting,
    ActiveNotRecruiting,
    NotYetRecruiting,
    EnrolmentComplete,
    Unknown,
}

#[derive(Debug, Clone, Deserialize)]
struct TrialRow {
    id: String,
    nct: String,
    name: String,
    sponsor: String,
    product: String,
    cells: Cells,
    diseases: String,
    status: TrialStatus,
    seen_on: String,
    source_ids: SourceIds,
    note: String,
}

/// One trial.
#[derive(Debug, Clone, Serialize)]
pub struct Trial {
    pub id: String,
    /// The ClinicalTrials.gov number, when one is known.
    pub nct: Option<String>,
    /// Its short name; blank when it has none.
    pub name: String,
    pub sponsor: String,
    pub product: String,
    pub cells: Cells,
    pub diseases: Vec<DiseaseGroup>,
    pub status: TrialStatus,
    pub seen_on: String,
    pub source_ids: SourceIds,
    note: String,
}

impl Trial {
    /// Its record on ClinicalTrials.gov, which lists the current sites.
    pub fn record_url(&self) -> Option<String> {
        self.nct
            .as_ref()
            .map(|nct| format!("https://clinicaltrials.gov/study/{nct}"))
    }

    pub fn note_text(&self) -> Option<Text> {
        (!self.note.is_empty()).then(|| Text::data(format!("trial-{}", self.id), &self.note))
    }

    pub fn studies(&self, group: DiseaseGroup) -> bool {
        self.diseases.contains(&group)
    }
}

/// How sure we are that a trial runs at a center.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SiteCertainty {
    Seen,
    /// A page named the city but was cut off before the hospital.
    Unconfirmed,
}

/// A trial seen at one of the listed centers: a row of `trial_sites.csv`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TrialSite {
    pub trial: String,
    pub center: String,
    /// The hospital within the center where the trial was seen (a center may be several).
    pub site: String,
    pub certainty: SiteCertainty,
    pub source_ids: SourceIds,
    pub seen_on: String,
}

fn disease(id: &str) -> Option<DiseaseGroup> {
    match id {
        "lupus" => Some(DiseaseGroup::Lupus),
        "myositis" => Some(DiseaseGroup::Myositis),
        "scleroderma" => Some(DiseaseGroup::Scleroderma),
        _ => None,
    }
}

fn seen_on(value: &str) -> Result<(), RowProblem> {
    if is_date(value) && value.len() >= 7 {
        Ok(())
    } else {
        Err(RowProblem::new("seen_on", "use YYYY-MM-DD or YYYY-MM"))
    }
}

pub(super) fn parse_trials(table: &TableText<'_>, sources: &BTreeMap<String, Source>) -> Result<Vec<Trial>, DataError> {
    let rows = read_rows::<TrialRow>(table, Some(sources), |r| {
        snake_id("id", &r.id)?;
        let nct_digits = r.nct.strip_prefix("NCT").unwrap_or("");
        if !(r.nct.is_empty() || (nct_digits.len() == 8 && nct_digits.bytes().all(|b| b.is_ascii_digit()))) {
            return Err(RowProblem::new("nct", "use NCT and 8 digits, or leave it blank"));
        }
        nonblank("sponsor", &r.sponsor)?;
        nonblank("product", &r.product)?;
        for (column, text) in [("name", &r.name), ("sponsor", &r.sponsor), ("product", &r.product)] {
            at_most_chars(column, text, MAX_LABEL_CHARS)?;
        }
        let groups = parse_source_ids(&r.diseases);
        if groups.is_empty() || groups.iter().any(|g| disease(g).is_none()) {
            return Err(RowProblem::new(
                "diseases",
                "use lupus, myositis and scleroderma, separated by ';'",
            ));
        }
        seen_on(&r.seen_on)
    })?;
    let mut trials: Vec<Trial> = Vec::new();
    for r in unique_rows(table, rows, "id", |r| r.id.clone())? {
        trials.push(Trial {
            diseases: parse_source_ids(&r.diseases)
                .iter()
                .filter_map(|g| disease(g))
                .collect(),
            nct: (!r.nct.is_empty()).then_some(r.nct),
            id: r.id,
            name: r.name,
            sponsor: r.sponsor,
            product: r.product,
            cells: r.cells,
            status: r.status,
            seen_on: r.seen_on,
            source_ids: r.source_ids,
            note: r.note,
        });
    }
    Ok(trials)
}

pub(super) fn parse_trial_sites(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
    trials: &[Trial],
    centers: &[Center],
) -> Result<Vec<TrialSite>, DataError> {
    let trial_ids: BTreeSet<&str> = trials.iter().map(|t| t.id.as_str()).collect();
    let listed: BTreeSet<&str> = centers
        .iter()
        .filter(|c| !c.is_unlisted())
        .map(|c| c.id.as_str())
        .collect();
    let rows = read_rows::<TrialSite>(table, Some(sources), |r| {
        if !trial_ids.contains(r.trial.as_str()) {
            return Err(RowProblem::new(
                "trial",
                format!("no trial {:?} in trials.csv", r.trial),
            ));
        }
        if !listed.contains(r.center.as_str()) {
            return Err(RowProblem::new(
                "center",
                format!("no listed center {:?} in centers.csv", r.center),
            ));
        }
        nonblank("site", &r.site)?;
        at_most_chars("site", &r.site, MAX_LABEL_CHARS)?;
        seen_on(&r.seen_on)
    })?;
    // One row per trial and center.
    unique_rows(table, rows, "trial", |s| (s.trial.clone(), s.center.clone()))
}

impl TrialStatus {
    pub fn label(self) -> Text {
        Text::keyed(format!("trial-status-{}", wire_id(&self)))
    }
}
