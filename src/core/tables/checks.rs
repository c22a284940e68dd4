//! Checks every table shares: blanks, signs, low ≤ typical ≤ high, dates, one row per key.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::cells::grouped;
use super::reader::{DataError, Parsed, RowProblem, TableText};

/// Index of `item` in `all`. Only called with complete `ALL` arrays, so the item is present.
pub(super) fn position<T: PartialEq>(all: &[T], item: T) -> usize {
    all.iter().position(|candidate| *candidate == item).unwrap_or(0)
}

/// The most characters a row id may have.
pub(super) const MAX_ID_CHARS: usize = 64;
/// The most characters of a name or label the form lists (a center, a trial, a program).
pub(super) const MAX_LABEL_CHARS: usize = 200;

/// A row id: lowercase letters, digits and `_`, as links and messages use it.
pub(super) fn snake_id(column: &'static str, value: &str) -> Result<(), RowProblem> {
    at_most_chars(column, value, MAX_ID_CHARS)?;
    if !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        Ok(())
    } else {
        Err(RowProblem::new(column, "use lowercase letters, digits and '_'"))
    }
}

/// A tighter limit on a text column than every cell's ([`super::cells::MAX_CELL_CHARS`]).
pub(super) fn at_most_chars(column: &'static str, value: &str, max: usize) -> Result<(), RowProblem> {
    let chars = value.chars().count();
    if chars > max {
        Err(RowProblem::new(
            column,
            format!("this cell is {chars} characters long; this column allows at most {max}"),
        ))
    } else {
        Ok(())
    }
}

pub(super) fn nonblank(column: &'static str, value: &str) -> Result<(), RowProblem> {
    if value.trim().is_empty() {
        Err(RowProblem::new(column, "must not be empty"))
    } else {
        Ok(())
    }
}

pub(super) fn non_negative(column: &'static str, value: Decimal) -> Result<(), RowProblem> {
    if value.is_sign_negative() {
        Err(RowProblem::new(column, "must not be negative"))
    } else {
        Ok(())
    }
}

/// A tighter limit than every table's ([`super::cells::MAX_DECIMAL`]) for one column.
pub(super) fn at_most(column: &'static str, value: Decimal, max: u64) -> Result<(), RowProblem> {
    if value > Decimal::from(max) {
        Err(RowProblem::new(
            column,
            format!("{value} is larger than the most this column allows ({})", grouped(max)),
        ))
    } else {
        Ok(())
    }
}

pub(super) fn ordered<T: PartialOrd>(low: T, typical: T, high: T) -> Result<(), RowProblem> {
    if low > typical {
        Err(RowProblem::new("typical", "must not be less than low"))
    } else if typical > high {
        Err(RowProblem::new("high", "must not be less than typical"))
    } else {
        Ok(())
    }
}

pub(super) fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [year] => digits(year, 4),
        [year, month] => digits(year, 4) && digits(month, 2),
        [year, month, day] => digits(year, 4) && digits(month, 2) && digits(day, 2),
        _ => false,
    }
}

/// The rows in table order, refusing a key listed twice (a set of the keys seen keeps this
/// in proportion to the rows).
pub(super) fn unique_rows<K: Ord + std::fmt::Debug, T>(
    table: &TableText<'_>,
    parsed: Parsed<T>,
    key_column: &str,
    key: impl Fn(&T) -> K,
) -> Result<Vec<T>, DataError> {
    let column = parsed.column(key_column);
    let mut seen: BTreeSet<K> = BTreeSet::new();
    let mut rows: Vec<T> = Vec::with_capacity(parsed.rows.len());
    for row in parsed.rows {
        let k = key(&row.value);
        if seen.contains(&k) {
            return Err(table.error(row.line, column, format!("{k:?} is listed twice")));
        }
        seen.insert(k);
        rows.push(row.value);
    }
    Ok(rows)
}

/// Puts one row per key in `all` order, refusing duplicates, unknown keys and gaps.
pub(super) fn one_row_per_key<K: Copy + PartialEq + std::fmt::Debug, T>(
    table: &TableText<'_>,
    parsed: Parsed<T>,
    key_column: &str,
    all: &[K],
    key: impl Fn(&T) -> K,
) -> Result<Vec<T>, DataError> {
    let column = parsed.column(key_column);
    let mut slots: Vec<Option<T>> = all.iter().map(|_| None).collect();
    for row in parsed.rows {
        let k = key(&row.value);
        let index = position(all, k);
        if slots[index].is_some() {
            return Err(table.error(row.line, column, format!("{k:?} is listed twice")));
        }
        slots[index] = Some(row.value);
    }
    slots
        .into_iter()
        .zip(all)
        .map(|(slot, k)| slot.ok_or_else(|| table.error(1, None, format!("no row for {k:?}"))))
        .collect()
}
