//! Aid programs (`aid_programs.csv`): who each serves and its limits, so the page can sort them
//! into "worth applying" and "likely not for you, because …".

use std::collections::{BTreeMap, BTreeSet};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::checks::{MAX_LABEL_CHARS, at_most, at_most_chars, is_date, non_negative, nonblank, unique_rows};
use super::reader::{RowProblem, TableText, parse_source_ids, read_rows};
use super::{Center, DataError, Source, SourceIds};

/// What a program gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AidKind {
    Lodging,
    Travel,
    Grant,
    DiseaseFund,
    TrialSponsor,
    MedicaidTransport,
    Fundraising,
}

/// Which patients a program serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Serves {
    Any,
    CancerOnly,
    BloodCancerOnly,
    Lupus,
    Myositis,
    Scleroderma,
    /// Whether autoimmune CAR-T patients qualify is not known: ask.
    Check,
}

/// Which coverage a program asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NeedsInsurance {
    Any,
    Insured,
    Medicaid,
}

/// A yes-or-no cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    Yes,
    No,
}

impl Flag {
    pub fn is_yes(self) -> bool {
        self == Flag::Yes
    }
}

/// A row of `aid_programs.csv`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AidProgram {
    pub id: String,
    pub name: String,
    pub kind: AidKind,
    pub serves: Serves,
    /// Household income limit, in percent of the poverty guideline, where one is published.
    #[serde(with = "super::cells::optional_decimal")]
    pub income_limit_fpl_pct: Option<Decimal>,
    /// Shortest one-way trip the program helps with, in miles, where one is published.
    #[serde(with = "super::cells::optional_decimal")]
    pub min_distance_miles: Option<Decimal>,
    /// Longest one-way trip the program usually helps with, in miles, where one is published.
    #[serde(with = "super::cells::optional_decimal")]
    pub max_distance_miles: Option<Decimal>,
    pub needs_insurance: NeedsInsurance,
    pub trial_only: Flag,
    /// Youngest patient the program serves, in years, where it has a limit.
    pub min_age: Option<u32>,
    /// Oldest patient any of the program's sites serves, in years, where it has a limit.
    pub max_age: Option<u32>,
    /// For a local program, the centers (ids in `centers.csv`) it serves; empty for anywhere.
    pub only_at_centers: String,
    pub pays_for: String,
    pub limits: String,
    pub how_to_apply: String,
    /// The program's own page to apply or ask, where one was found; blank where none was.
    pub contact_url: String,
    /// Its phone line, where one was found.
    pub phone: String,
    /// Its line in Spanish, where it has one.
    pub spanish_phone: String,
    /// Where the page and phone were read (a secondary copy is labelled so in sources.csv).
    pub contact_source_ids: SourceIds,
    /// When they were read (`YYYY-MM-DD`); blank when nothing was found.
    pub contact_checked: String,
    pub source_ids: SourceIds,
    pub last_checked: String,
}

impl AidProgram {
    /// The centers a local program serves (`;`-separated in the table); empty for anywhere.
    pub fn centers(&self) -> Vec<String> {
        parse_source_ids(&self.only_at_centers)
    }
}

pub(super) fn parse_aid_programs(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
    centers: &[Center],
) -> Result<Vec<AidProgram>, DataError> {
    let center_ids: BTreeSet<&str> = centers.iter().map(|c| c.id.as_str()).collect();
    let parsed = read_rows(table, Some(sources), |r: &AidProgram| {
        if let Some(unknown) = r.centers().into_iter().find(|id| !center_ids.contains(id.as_str())) {
            return Err(RowProblem::new(
                "only_at_centers",
                format!("unknown center {unknown:?}: use an id from centers.csv"),
            ));
        }
        nonblank("id", &r.id)?;
        nonblank("name", &r.name)?;
        at_most_chars("name", &r.name, MAX_LABEL_CHARS)?;
        nonblank("pays_for", &r.pays_for)?;
        nonblank("how_to_apply", &r.how_to_apply)?;
        if let Some(limit) = r.income_limit_fpl_pct {
            non_negative("income_limit_fpl_pct", limit)?;
            at_most("income_limit_fpl_pct", limit, 1_000)?;
        }
        if let Some(miles) = r.min_distance_miles {
            non_negative("min_distance_miles", miles)?;
            at_most("min_distance_miles", miles, 25_000)?;
        }
        if let Some(miles) = r.max_distance_miles {
            non_negative("max_distance_miles", miles)?;
            at_most("max_distance_miles", miles, 25_000)?;
            if r.min_distance_miles.is_some_and(|min| min > miles) {
                return Err(RowProblem::new(
                    "max_distance_miles",
                    "must not be less than min_distance_miles",
                ));
            }
        }
        if let (Some(min), Some(max)) = (r.min_age, r.max_age)
            && min > max
        {
            return Err(RowProblem::new("max_age", "must not be less than min_age"));
        }
        check_contact(r, sources)?;
        if !is_date(&r.last_checked) {
            return Err(RowProblem::new("last_checked", "use YYYY-MM-DD"));
        }
        Ok(())
    })?;
    unique_rows(table, parsed, "id", |r| r.id.clone())
}

/// A phone number as programs print them: digits, spaces, `-`, `.`, `(` and `)`, 10 or 11 digits.
fn is_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (10..=11).contains(&digits) && text.chars().all(|c| c.is_ascii_digit() || " -.()".contains(c))
}

/// The contact columns: a web address, phone numbers, known sources and a date, or all blank.
fn check_contact(r: &AidProgram, sources: &BTreeMap<String, Source>) -> Result<(), RowProblem> {
    let web = ["https://", "http://"];
    if !r.contact_url.is_empty() && !web.iter().any(|start| r.contact_url.starts_with(start)) {
        return Err(RowProblem::new(
            "contact_url",
            "use a web address starting with https://",
        ));
    }
    for (column, phone) in [("phone", &r.phone), ("spanish_phone", &r.spanish_phone)] {
        if !phone.is_empty() && !is_phone(phone) {
            return Err(RowProblem::new(column, "use a US phone number such as 1-800-227-2345"));
        }
    }
    if let Some(unknown) = r.contact_source_ids.iter().find(|id| !sources.contains_key(*id)) {
        return Err(RowProblem::new(
            "contact_source_ids",
            format!("unknown source {unknown:?}: add it to sources.csv"),
        ));
    }
    let found = !r.contact_url.is_empty() || !r.phone.is_empty() || !r.spanish_phone.is_empty();
    if found && r.contact_source_ids.is_empty() {
        return Err(RowProblem::new("contact_source_ids", "say where the contact was found"));
    }
    if found != is_date(&r.contact_checked) {
        return Err(RowProblem::new(
            "contact_checked",
            "give the date the contact was read (YYYY-MM-DD), and leave it blank when none was found",
        ));
    }
    Ok(())
}
