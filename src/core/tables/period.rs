//! The period a figure holds for, and the figure in force on a day. Several periods of the
//! same figure live side by side in a table; loading refuses them when they overlap or are out
//! of order. A day after the last published period uses the latest figure and says so.

use jiff::civil::Date;
use serde::Serialize;

use super::reader::{DataError, RowProblem, TableText};

/// The days a figure holds for: from `from` to `to`, both included; no `to` means until a newer
/// figure is added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: Date,
    pub to: Option<Date>,
}

impl Period {
    /// Every day: the stand-in for a period that failed to read, which loading refuses first.
    pub const ALWAYS: Period = Period {
        from: jiff::civil::date(1900, 1, 1),
        to: None,
    };

    /// Reads `valid_from` and `valid_to` (`YYYY-MM-DD`; `valid_to` may be empty).
    pub fn parse(valid_from: &str, valid_to: &str) -> Result<Self, RowProblem> {
        let date = |column: &'static str, text: &str| -> Result<Date, RowProblem> {
            let shaped = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
            shaped
                .then(|| text.parse::<Date>().ok())
                .flatten()
                .ok_or_else(|| RowProblem::new(column, "use a date written YYYY-MM-DD"))
        };
        let from = date("valid_from", valid_from.trim())?;
        let to = match valid_to.trim() {
            "" => None,
            text => Some(date("valid_to", text)?),
        };
        if to.is_some_and(|to| to < from) {
            return Err(RowProblem::new("valid_to", "must not be before valid_from"));
        }
        Ok(Self { from, to })
    }

    pub fn contains(&self, day: Date) -> bool {
        self.from <= day && self.to.is_none_or(|to| day <= to)
    }
}

/// A figure as it is used on a day: in force then, or the nearest published one reused.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct InForce<'a, T> {
    pub value: &'a T,
    pub period: &'a Period,
    /// Set when no figure holds on the day: the day asked about and the period used instead.
    pub reused_for: Option<Date>,
}

/// One figure over time: its values in order of their periods, which do not overlap.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated<T> {
    entries: Vec<(Period, T)>,
}

impl<T> Dated<T> {
    /// Figures in the order of their periods; loading checked they do not overlap.
    pub(super) fn new(entries: Vec<(Period, T)>) -> Self {
        Self { entries }
    }

    /// The figure in force on `day`; after the last period the latest figure, before the first
    /// the earliest, each marked as reused. `None` only for a figure with no rows.
    pub fn on(&self, day: Date) -> Option<InForce<'_, T>> {
        if let Some((period, value)) = self.entries.iter().find(|(p, _)| p.contains(day)) {
            return Some(InForce {
                value,
                period,
                reused_for: None,
            });
        }
        let (period, value) = self
            .entries
            .iter()
            .rev()
            .find(|(p, _)| p.from <= day)
            .or_else(|| self.entries.first())?;
        Some(InForce {
            value,
            period,
            reused_for: Some(day),
        })
    }

    /// Every figure with its period, in order.
    pub fn all(&self) -> impl Iterator<Item = &(Period, T)> {
        self.entries.iter()
    }

    /// The latest figure.
    pub fn latest(&self) -> Option<&T> {
        self.entries.last().map(|(_, value)| value)
    }
}

/// Checks that the periods of one figure, in the table's order, follow one another without
/// overlapping: each starts after the one before ends (which must therefore have an end).
/// `rows` are (line, period) pairs; `what` names the figure in the message.
pub(super) fn check_in_order(
    table: &TableText<'_>,
    column: Option<(usize, String)>,
    what: &str,
    rows: &[(u64, Period)],
) -> Result<(), DataError> {
    for pair in rows.windows(2) {
        let ((_, before), (line, after)) = (pair[0], pair[1]);
        let ends_before = before.to.is_some_and(|to| to < after.from);
        if !ends_before {
            let reason = if after.from < before.from {
                format!("{what}: this period starts before the one above it; list periods in order")
            } else {
                format!("{what}: this period overlaps the one above it")
            };
            return Err(table.error(line, column.clone(), reason));
        }
    }
    Ok(())
}

/// The rows of a table of dated figures, one `Dated` per key in `all` order: every key must
/// have a row, and each key's periods must follow one another in the table's order.
pub(super) fn dated_per_key<K: Copy + PartialEq + serde::Serialize, T>(
    table: &TableText<'_>,
    parsed: super::reader::Parsed<T>,
    all: &[K],
    key: impl Fn(&T) -> K,
    period: impl Fn(&T) -> Period,
) -> Result<Vec<Dated<T>>, DataError> {
    let from_column = parsed.column("valid_from");
    let mut by_key: Vec<Vec<(u64, T)>> = all.iter().map(|_| Vec::new()).collect();
    for row in parsed.rows {
        let k = key(&row.value);
        let index = all.iter().position(|candidate| *candidate == k).unwrap_or(0);
        by_key[index].push((row.line, row.value));
    }
    by_key
        .into_iter()
        .zip(all)
        .map(|(rows, k)| {
            if rows.is_empty() {
                return Err(table.error(1, None, format!("no row for {}", key_name(k))));
            }
            let periods: Vec<(u64, Period)> = rows.iter().map(|(line, row)| (*line, period(row))).collect();
            check_in_order(table, from_column.clone(), &key_name(k), &periods)?;
            Ok(Dated::new(
                rows.into_iter().map(|(_, row)| (period(&row), row)).collect(),
            ))
        })
        .collect()
}

/// A key as the table writes it: `median_weekly_pay`, `employer deductible`.
fn key_name(key: &impl serde::Serialize) -> String {
    match serde_json::to_value(key) {
        Ok(serde_json::Value::String(name)) => name,
        Ok(serde_json::Value::Array(parts)) => parts
            .iter()
            .map(|part| part.as_str().map_or_else(|| part.to_string(), str::to_string))
            .collect::<Vec<_>>()
            .join(" "),
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn dated() -> Dated<u32> {
        Dated::new(vec![
            (Period::parse("2025-10-01", "2026-09-30").unwrap(), 126),
            (Period::parse("2026-10-01", "2027-09-30").unwrap(), 135),
        ])
    }

    #[test]
    fn the_figure_in_force_on_a_day() {
        let d = dated();
        let on = d.on(date(2026, 9, 30)).unwrap();
        assert_eq!((*on.value, on.reused_for), (126, None));
        assert_eq!(*d.on(date(2026, 10, 1)).unwrap().value, 135);
    }

    #[test]
    fn after_the_last_period_the_latest_figure_is_reused_and_says_so() {
        let d = dated();
        let on = d.on(date(2027, 10, 1)).unwrap();
        assert_eq!(*on.value, 135);
        assert_eq!(on.reused_for, Some(date(2027, 10, 1)));
        // Before the first period: the earliest, also marked.
        let early = d.on(date(2025, 1, 1)).unwrap();
        assert_eq!((*early.value, early.reused_for.is_some()), (126, true));
    }

    #[test]
    fn an_open_period_holds_until_a_newer_figure() {
        let open = Dated::new(vec![(Period::parse("2026-01-01", "").unwrap(), 7)]);
        assert_eq!(open.on(date(2031, 5, 5)).unwrap().reused_for, None);
    }

    #[test]
    fn dates_must_be_written_out_and_in_order() {
        assert!(Period::parse("2026-1-1", "").is_err());
        assert!(Period::parse("2026-02-30", "").is_err());
        assert_eq!(
            Period::parse("2026-06-01", "2026-05-31").unwrap_err().column,
            "valid_to"
        );
    }

    #[test]
    fn overlapping_or_unordered_periods_are_refused_with_their_line() {
        let table = TableText {
            file: "data/x.csv",
            text: "",
        };
        let p = |from: &str, to: &str| Period::parse(from, to).unwrap();
        let fine = [(2, p("2026-01-01", "2026-12-31")), (3, p("2027-01-01", ""))];
        assert!(check_in_order(&table, Some((3, "valid_from".to_string())), "aca", &fine).is_ok());
        let overlap = [(2, p("2026-01-01", "2026-12-31")), (3, p("2026-12-01", "2027-12-31"))];
        let error = check_in_order(&table, Some((3, "valid_from".to_string())), "aca", &overlap).unwrap_err();
        assert_eq!((error.line, error.column), (3, Some((3, "valid_from".to_string()))));
        assert!(error.reason.contains("overlaps"), "{}", error.reason);
        let open_then_newer = [(2, p("2026-01-01", "")), (3, p("2027-01-01", ""))];
        assert!(check_in_order(&table, None, "aca", &open_then_newer).is_err());
        let backwards = [(2, p("2027-01-01", "2027-12-31")), (3, p("2026-01-01", "2026-12-31"))];
        assert!(
            check_in_order(&table, None, "aca", &backwards)
                .unwrap_err()
                .reason
                .contains("in order")
        );
    }
}
