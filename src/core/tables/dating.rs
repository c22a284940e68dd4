//! How current each table of figures is: the period each row holds for, or the date of its
//! data, and when its publisher usually brings out new figures. The Sources page shows it, and
//! a test checks that no figure the estimate could use on any day ahead is undated.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Deserialize;

use super::checks::nonblank;
use super::period::Period;
use super::reader::{DataError, RowProblem, SourceIds, TableText, read_rows};
use super::{Source, TableFile};
use crate::core::text::Text;

/// The tables the estimate takes figures from, each with the columns that name one figure
/// (rows with the same names are the same figure over time).
pub const FIGURE_TABLES: [(TableFile, &[&str]); 18] = [
    (TableFile::GsaPerDiem, &["area", "season_begin"]),
    (TableFile::UnitCosts, &["id"]),
    (TableFile::InsurancePresets, &["plan", "item"]),
    (TableFile::TaxRules, &["id"]),
    (TableFile::PaidLeave, &["state"]),
    (TableFile::PovertyGuidelines, &["region"]),
    (TableFile::CostSharingReductions, &["variant"]),
    (TableFile::MedicaidAdults, &["state"]),
    (TableFile::FinancialAssistance, &["state", "income_from_pct"]),
    (TableFile::ProductPrices, &["basis"]),
    (TableFile::HospitalDayCosts, &["region", "ownership"]),
    (TableFile::ConditioningRegimens, &["scenario"]),
    (TableFile::Journey, &["id"]),
    (TableFile::CountingRules, &["id"]),
    (TableFile::DistanceRules, &["id"]),
    (TableFile::TravelBenefitTerms, &["id"]),
    (TableFile::BurdenThresholds, &["id"]),
    (TableFile::AidPrograms, &["id"]),
];

/// What a row says about when its figure holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dating {
    /// `valid_from` / `valid_to`: the figure is in force on these days.
    Period(Period),
    /// A guideline year (`year`): the HHS poverty guidelines.
    Year(i16),
    /// A figure that does not expire, with the date of its data (`data_year`, `as_of`): a
    /// study's count, a survey's cost, our own assumption.
    AsOf(String),
    /// Nothing says when: the freshness test refuses it.
    Undated,
}

/// One row of a table of figures.
#[derive(Debug, Clone)]
pub struct RowDating {
    pub line: u64,
    /// The figure's name, from its naming columns: `nc-durham`, `employer deductible`.
    pub figure: String,
    pub dating: Dating,
}

impl RowDating {
    fn year(&self) -> Option<i16> {
        match self.dating {
            Dating::Year(year) => Some(year),
            _ => None,
        }
    }
}

/// A table of figures: how each row is dated, and when the publisher usually updates it.
#[derive(Debug, Clone)]
pub struct TableDating {
    pub table: TableFile,
    pub rows: Vec<RowDating>,
    pub update: TableUpdate,
}

impl TableDating {
    /// The rows in use on `day`, one per figure: the period holding that day, else the latest
    /// one before it (reused until the next is published), else the first; the guideline of
    /// that year, else the latest before it; every row that does not expire.
    pub fn in_use_on(&self, day: Date) -> Vec<&RowDating> {
        let mut figures: BTreeMap<&str, Vec<&RowDating>> = BTreeMap::new();
        for row in &self.rows {
            figures.entry(row.figure.as_str()).or_default().push(row);
        }
        let mut used = Vec::new();
        for rows in figures.into_values() {
            let periods: Vec<(&RowDating, &Period)> = rows
                .iter()
                .filter_map(|row| match &row.dating {
                    Dating::Period(period) => Some((*row, period)),
                    _ => None,
                })
                .collect();
            let holding = periods
                .iter()
                .find(|(_, p)| p.contains(day))
                .or_else(|| periods.iter().rev().find(|(_, p)| p.from <= day))
                .or_else(|| periods.first())
                .map(|(row, _)| *row);
            let years: Vec<&RowDating> = rows.iter().copied().filter(|row| row.year().is_some()).collect();
            let year = years
                .iter()
                .find(|row| row.year() == Some(day.year()))
                .or_else(|| years.iter().rev().find(|row| row.year() <= Some(day.year())))
                .or_else(|| years.first())
                .copied();
            used.extend(holding);
            used.extend(year);
            used.extend(
                rows.iter()
                    .copied()
                    .filter(|row| matches!(row.dating, Dating::AsOf(_) | Dating::Undated)),
            );
        }
        used
    }

    /// Every period the table's rows hold for, each once, in order.
    pub fn periods(&self) -> Vec<Period> {
        let mut periods: Vec<Period> = self
            .rows
            .iter()
            .filter_map(|row| match &row.dating {
                Dating::Period(period) => Some(*period),
                _ => None,
            })
            .collect();
        periods.sort_by_key(|p| (p.from, p.to.is_none(), p.to));
        periods.dedup();
        periods
    }

    /// Every guideline year of the table's rows, each once, in order.
    pub fn years(&self) -> Vec<i16> {
        let mut years: Vec<i16> = self.rows.iter().filter_map(RowDating::year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// Every data date of the table's figures that do not expire, each once, in order.
    pub fn data_dates(&self) -> Vec<String> {
        let mut dates: Vec<String> = self
            .rows
            .iter()
            .filter_map(|row| match &row.dating {
                Dating::AsOf(as_of) => Some(as_of.clone()),
                _ => None,
            })
            .collect();
        dates.sort();
        dates.dedup();
        dates
    }
}

/// A row of `table_updates.csv`: a table of figures in plain words, and when it is updated.
#[derive(Debug, Clone, Deserialize)]
pub struct TableUpdate {
    /// The file's name without `.csv`: `gsa_per_diem`.
    table: String,
    title: String,
    usual_update: String,
    pub source_ids: SourceIds,
}

impl TableUpdate {
    pub fn title_text(&self) -> Text {
        Text::data(format!("table_update-{}-title", self.table), &self.title)
    }

    pub fn usual_update_text(&self) -> Text {
        Text::data(format!("table_update-{}-usual_update", self.table), &self.usual_update)
    }
}

fn stem(file: TableFile) -> &'static str {
    file.name().trim_end_matches(".csv")
}

/// Reads how each row of a table of figures is dated, by the columns it has: `valid_from` and
/// `valid_to`, else `year`, else `data_year`, `as_of` or `last_checked`.
pub(super) fn read_dating(table: &TableText<'_>, naming: &[&str]) -> Result<Vec<RowDating>, DataError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(table.text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| table.error(1, None, format!("cannot read the header: {e}")))?
        .clone();
    let at = |name: &str| headers.iter().position(|h| h == name);
    let names: Vec<usize> = naming.iter().filter_map(|name| at(name)).collect();
    let (from, to, year) = (at("valid_from"), at("valid_to"), at("year"));
    // An aid program's limits are as of the day we last read its own page.
    let as_of = at("data_year").or_else(|| at("as_of")).or_else(|| at("last_checked"));
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| table.error(0, None, e.to_string()))?;
        let line = record.position().map_or(0, |p| p.line());
        let cell = |index: Option<usize>| index.and_then(|i| record.get(i)).unwrap_or("");
        let figure = names
            .iter()
            .map(|i| record.get(*i).unwrap_or(""))
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let dating = if from.is_some() && !cell(from).is_empty() {
            // The table's own parser has already refused a period that does not read.
            Period::parse(cell(from), cell(to)).map_or(Dating::Undated, Dating::Period)
        } else if let Ok(year) = cell(year).parse::<i16>() {
            Dating::Year(year)
        } else if !cell(as_of).is_empty() {
            Dating::AsOf(cell(as_of).to_string())
        } else {
            Dating::Undated
        };
        rows.push(RowDating { line, figure, dating });
    }
    Ok(rows)
}

/// Reads `table_updates.csv`: one row for each table of figures, and only for those.
pub(super) fn parse_table_updates(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<TableUpdate>, DataError> {
    let parsed = read_rows::<TableUpdate>(table, Some(sources), |r| {
        if !FIGURE_TABLES.iter().any(|(file, _)| stem(*file) == r.table) {
            return Err(RowProblem::new(
                "table",
                "is not a table of figures (name it without .csv)",
            ));
        }
        nonblank("title", &r.title)?;
        nonblank("usual_update", &r.usual_update)
    })?;
    let mut updates = Vec::new();
    for (file, _) in FIGURE_TABLES {
        let mut rows = parsed.rows.iter().filter(|row| row.value.table == stem(file));
        let Some(first) = rows.next() else {
            return Err(table.error(1, None, format!("no row for {}", file.name())));
        };
        if let Some(again) = rows.next() {
            return Err(table.error(again.line, parsed.column("table"), "this table is listed twice"));
        }
        updates.push(first.value.clone());
    }
    Ok(updates)
}
