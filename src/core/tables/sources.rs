//! `sources.csv`: every source once, with its publisher, dates and quality.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::checks::{is_date, nonblank};
use super::reader::{DataError, RowProblem, TableText, read_rows};

/// How much a source can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Quality {
    /// The publisher's own text or file.
    Primary,
    /// A third party reporting the figure.
    Secondary,
    /// Our own estimate, or a weak source: shown as an assumption.
    Assumption,
}

#[derive(Debug, Clone, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Empty for documents without a public address (the project's seed documents).
    pub url: String,
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `undated`.
    pub published: String,
    /// The day the figure was taken into this project.
    pub retrieved: String,
    pub quality: Quality,
    pub note: String,
}

/// The publisher named in `sources.csv` for the project's own assumptions.
pub const THIS_PROJECT: &str = "CAR-T Cost & Access Estimator team";

impl Source {
    /// True for our own assumptions, whose publisher is this project.
    pub fn by_this_project(&self) -> bool {
        self.publisher == THIS_PROJECT
    }
}

pub(super) fn parse_sources(table: &TableText<'_>) -> Result<BTreeMap<String, Source>, DataError> {
    let rows = read_rows::<Source>(table, None, |s| {
        if s.id.is_empty()
            || !s
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(RowProblem::new("id", "use lowercase letters, digits and '-'"));
        }
        nonblank("title", &s.title)?;
        nonblank("publisher", &s.publisher)?;
        if !(s.url.is_empty() || s.url.starts_with("https://") || s.url.starts_with("http://")) {
            return Err(RowProblem::new(
                "url",
                "must start with https:// or http://, or be empty",
            ));
        }
        if s.published != "undated" && !is_date(&s.published) {
            return Err(RowProblem::new(
                "published",
                "use YYYY, YYYY-MM, YYYY-MM-DD or 'undated'",
            ));
        }
        if !(is_date(&s.retrieved) && s.retrieved.len() == 10) {
            return Err(RowProblem::new("retrieved", "use YYYY-MM-DD"));
        }
        Ok(())
    })?;
    let id_column = rows.column("id");
    let mut sources = BTreeMap::new();
    for row in rows.rows {
        if sources.contains_key(&row.value.id) {
            return Err(table.error(
                row.line,
                id_column.clone(),
                format!("source {:?} is listed twice", row.value.id),
            ));
        }
        sources.insert(row.value.id.clone(), row.value);
    }
    Ok(sources)
}
