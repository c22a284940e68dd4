//! Reads one CSV table into typed rows, refusing anything doubtful with file, line and column.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::sync::Arc;

use std::cell::Cell;

use serde::de::DeserializeOwned;

use super::cells::RecordDeserializer;

use super::Source;

/// Why a data table was refused. Start-up stops with this message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct DataError {
    pub file: String,
    pub line: u64,
    /// 1-based column number and its header name, when the problem is in one column.
    pub column: Option<(usize, String)>,
    pub reason: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, line {}", self.file, self.line)?;
        if let Some((number, name)) = &self.column {
            write!(f, ", column {number} ({name})")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// A problem found in a parsed row, named by its column.
#[derive(Debug)]
pub struct RowProblem {
    pub column: &'static str,
    pub reason: String,
}

impl RowProblem {
    pub fn new(column: &'static str, reason: impl Into<String>) -> Self {
        Self {
            column,
            reason: reason.into(),
        }
    }
}

/// A parsed row with the line it came from (for later cross-row errors).
#[derive(Debug)]
pub struct Row<T> {
    pub line: u64,
    pub value: T,
}

/// The parsed rows of a table and its header, so later checks can name columns.
#[derive(Debug)]
pub struct Parsed<T> {
    pub rows: Vec<Row<T>>,
    headers: csv::StringRecord,
}

impl<T> Parsed<T> {
    /// The 1-based number and name of a column, for error messages.
    pub fn column(&self, name: &str) -> Option<(usize, String)> {
        column_of(&self.headers, name)
    }
}

fn column_of(headers: &csv::StringRecord, name: &str) -> Option<(usize, String)> {
    headers
        .iter()
        .position(|h| h == name)
        .map(|index| (index + 1, name.to_string()))
}

// Shared, not copied: every estimate takes the ids of each figure it uses, and a copy is a
// count, not a list. (The doc comment below is the API schema's description.)
/// The `source_ids` cell: one or more source ids separated by `;`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct SourceIds(Arc<[String]>);

impl SourceIds {
    pub fn as_slice(&self) -> &[String] {
        &self.0
    }
}

impl std::ops::Deref for SourceIds {
    type Target = [String];
    fn deref(&self) -> &[String] {
        &self.0
    }
}

impl From<Vec<String>> for SourceIds {
    fn from(ids: Vec<String>) -> Self {
        Self(ids.into())
    }
}

impl<'de> serde::Deserialize<'de> for SourceIds {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let cell = String::deserialize(deserializer)?;
        Ok(SourceIds::from(parse_source_ids(&cell)))
    }
}

/// Source ids in order of first appearance, each once. A short list (the usual few ids) is
/// scanned; a long one is checked against a set, so the time stays in proportion to the ids.
pub fn unique_ids<'a>(ids: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    const SCANNED: usize = 16;
    let mut kept: Vec<&'a String> = Vec::new();
    let mut seen: HashSet<&'a str> = HashSet::new();
    for id in ids {
        let new = if kept.len() < SCANNED {
            !kept.contains(&id)
        } else {
            if seen.is_empty() {
                seen.extend(kept.iter().map(|kept| kept.as_str()));
            }
            seen.insert(id.as_str())
        };
        if new {
            kept.push(id);
        }
    }
    kept.into_iter().cloned().collect()
}

/// Why the text of a table file could not be had; whoever reads the files says which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// No file by that name.
    Missing,
    /// A folder where the file should be.
    Folder,
    /// The bytes are not UTF-8 text; `line` is the line with the first byte that is not.
    NotUtf8 { line: u64 },
    /// The file is there but cannot be read, with the system's reason (permission denied…).
    Unreadable(String),
}

impl ReadProblem {
    /// The error for the file at `path`.
    pub fn error(&self, path: String) -> DataError {
        let (line, reason) = match self {
            ReadProblem::Missing => (0, "the file is missing".to_string()),
            ReadProblem::Folder => (0, "this is a folder, not a file".to_string()),
            ReadProblem::NotUtf8 { line } => (
                *line,
                "the file is not UTF-8 text (this line has the first byte that is not): save it as UTF-8".to_string(),
            ),
            ReadProblem::Unreadable(why) => (0, format!("the file cannot be read: {why}")),
        };
        DataError {
            file: path,
            line,
            column: None,
            reason,
        }
    }
}

/// One CSV file's text, named the way errors should name it.
pub struct TableText<'a> {
    pub file: &'a str,
    pub text: &'a str,
}

impl TableText<'_> {
    pub fn error(&self, line: u64, column: Option<(usize, String)>, reason: impl Into<String>) -> DataError {
        DataError {
            file: self.file.to_string(),
            line,
            column,
            reason: reason.into(),
        }
    }
}

const SOURCE_IDS: &str = "source_ids";

/// Reads every row of `table` as a `T`.
///
/// The header must name exactly the fields of `T`. When `sources` is given, the table must
/// have a `source_ids` column and every row must name at least one known source
/// (several are separated by `;`). `check` validates each parsed row.
pub fn read_rows<T: DeserializeOwned>(
    table: &TableText<'_>,
    sources: Option<&BTreeMap<String, Source>>,
    check: impl Fn(&T) -> Result<(), RowProblem>,
) -> Result<Parsed<T>, DataError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(table.text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| table.error(1, None, format!("cannot read the header: {e}")))?
        .clone();
    let expected = serde_aux::serde_introspection::serde_introspect::<T>();
    check_headers(table, &headers, expected, sources.is_some())?;
    let source_column = headers.iter().position(|h| h == SOURCE_IDS);

    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(table, &e))?;
        let line = record.position().map_or(0, |p| p.line());
        let failed_column = Cell::new(None);
        let value = T::deserialize(RecordDeserializer {
            headers: &headers,
            cells: &record,
            failed_column: &failed_column,
        })
        .map_err(|e| {
            let column = failed_column
                .get()
                .map(|index| (index + 1, headers.get(index).unwrap_or("?").to_string()));
            table.error(line, column, e.to_string())
        })?;
        check(&value).map_err(|problem| table.error(line, column_of(&headers, problem.column), problem.reason))?;
        if let (Some(sources), Some(index)) = (sources, source_column) {
            let ids = parse_source_ids(record.get(index).unwrap_or(""));
            if ids.is_empty() {
                return Err(table.error(line, column_of(&headers, SOURCE_IDS), "every row must name its source"));
            }
            if let Some(unknown) = ids.iter().find(|id| !sources.contains_key(*id)) {
                return Err(table.error(
                    line,
                    column_of(&headers, SOURCE_IDS),
                    format!("unknown source id {unknown:?}: add it to sources.csv"),
                ));
            }
        }
        rows.push(Row { line, value });
    }
    Ok(Parsed { rows, headers })
}

fn check_headers(
    table: &TableText<'_>,
    headers: &csv::StringRecord,
    expected: &[&str],
    needs_sources: bool,
) -> Result<(), DataError> {
    for (index, name) in headers.iter().enumerate() {
        let column = Some((index + 1, name.to_string()));
        if name.is_empty() {
            return Err(table.error(1, column, "empty column name"));
        }
        if !expected.contains(&name) {
            return Err(table.error(
                1,
                column,
                format!("unknown column {name:?}; expected {}", expected.join(", ")),
            ));
        }
        if headers.iter().take(index).any(|earlier| earlier == name) {
            return Err(table.error(1, column, format!("column {name:?} appears twice")));
        }
    }
    if let Some(missing) = expected.iter().find(|name| !headers.iter().any(|h| h == **name)) {
        return Err(table.error(1, None, format!("missing column {missing:?}")));
    }
    if needs_sources && !expected.contains(&SOURCE_IDS) {
        return Err(table.error(1, None, "this table needs a source_ids column"));
    }
    Ok(())
}

fn csv_error(table: &TableText<'_>, error: &csv::Error) -> DataError {
    let line = error.position().map_or(0, |p| p.line());
    let reason = match error.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("this row has {len} cells but the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "the file is not valid UTF-8".to_string(),
        other => format!("{other:?}"),
    };
    table.error(line, None, reason)
}

/// Splits `a;b` into ids (of sources, or of centers), ignoring blanks around them.
pub fn parse_source_ids(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_string)
        .collect()
}
