//! The batch's CSV files: the columns a file of households may have (the form's field names)
//! and the row written for each household: its answers as given, its low / typical / high
//! totals, its burden and what is wrong with its answers.

use csv::ByteRecord;
use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::core::burden::Flags;
use crate::core::input::{FieldErrors, RawInput};
use crate::core::lines::Totals;
use crate::core::money::round_cents;
use crate::core::report::{HouseholdTotals, household_totals};
use crate::core::scenarios::Scenarios;
use crate::core::tables::Tables;
use crate::i18n::{Lang, say};
use crate::web::export::guard_cell;

const SCENARIOS: [&str; 3] = ["low", "typical", "high"];

/// Where one total is in the totals.
type TotalOf = fn(&Totals) -> &Scenarios<Decimal>;
/// Whether one flag is raised.
type FlagOf = fn(&Flags) -> bool;

/// The totals written for each household, named as in the API's `totals`: the family's own
/// first, then who else pays.
const TOTALS: [(&str, TotalOf); 8] = [
    ("family_total", |t| &t.family_total),
    ("family_medical", |t| &t.family_medical),
    ("non_medical", |t| &t.non_medical),
    ("lost_income", |t| &t.lost_income),
    ("sponsor_pays", |t| &t.sponsor_pays),
    ("insurer_pays", |t| &t.insurer_pays),
    ("benefit_pays", |t| &t.benefit_pays),
    ("billed_medical", |t| &t.billed_medical),
];

/// The burden flags written for each household.
const FLAGS: [(&str, FlagOf); 3] = [
    ("catastrophic", |f| f.catastrophic),
    ("severe", |f| f.severe),
    ("underinsured", |f| f.underinsured),
];

/// The columns of a file of households: each one a field of the form, by its name.
#[derive(Debug, Clone)]
pub struct Columns {
    names: Vec<String>,
}

impl Columns {
    /// The header row read, or why it cannot be: a column that is not a field would be left
    /// out of every household without a word, so it stops the run instead.
    pub fn read(header: &ByteRecord) -> Result<Self, String> {
        let mut names: Vec<String> = Vec::with_capacity(header.len());
        for cell in header {
            let name = String::from_utf8_lossy(cell).trim().to_string();
            if !RawInput::field_names().any(|field| field == name) {
                return Err(format!(
                    "the column {name:?} is not a field of the form. The columns are the form's field names: {}.",
                    RawInput::field_names().collect::<Vec<_>>().join(", ")
                ));
            }
            if names.contains(&name) {
                return Err(format!("the column {name:?} is there twice."));
            }
            names.push(name);
        }
        if names.is_empty() {
            return Err("the file is empty: its first row must name the columns.".to_string());
        }
        Ok(Self { names })
    }

    /// The output's header: the answers' columns, then the figures, then `error`.
    pub fn output_header(&self) -> Vec<String> {
        let mut header = self.names.clone();
        let per_scenario = |name: &str| SCENARIOS.map(|scenario| format!("{name}_{scenario}"));
        for (name, _) in TOTALS {
            header.extend(per_scenario(name));
        }
        header.push("poverty_pct".to_string());
        header.extend(per_scenario("medical_share_pct"));
        for (name, _) in FLAGS {
            header.extend(per_scenario(name));
        }
        header.push("error".to_string());
        header
    }

    /// How many cells a household's row has.
    fn figures_len() -> usize {
        TOTALS.len() * 3 + 1 + 3 + FLAGS.len() * 3
    }
}

/// One household's output row, and whether its answers were refused.
pub fn household_row(columns: &Columns, tables: &Tables, today: Date, record: &ByteRecord) -> (Vec<String>, bool) {
    // A row shorter than the header leaves its last answers blank, as a spreadsheet may.
    let cell = |at: usize| record.get(at).unwrap_or_default();
    let mut row: Vec<String> = (0..columns.names.len())
        .map(|at| guard_cell(&String::from_utf8_lossy(cell(at))))
        .collect();
    let texts: Option<Vec<&str>> = (0..columns.names.len())
        .map(|at| std::str::from_utf8(cell(at)).ok())
        .collect();
    let outcome = match texts {
        None => Err("this row is not UTF-8 text: save the file as \"CSV UTF-8\".".to_string()),
        Some(_) if record.len() > columns.names.len() => Err(format!(
            "this row has {} cells; the header names {} columns.",
            record.len(),
            columns.names.len()
        )),
        Some(texts) => {
            let raw = RawInput::from_pairs(columns.names.iter().map(String::as_str).zip(texts));
            household_totals(tables, &raw, today).map_err(|errors| said(&errors))
        }
    };
    let refused = outcome.is_err();
    match outcome {
        Ok(household) => {
            row.extend(figures(&household));
            row.push(String::new());
        }
        Err(message) => {
            row.extend(std::iter::repeat_n(String::new(), Columns::figures_len()));
            row.push(guard_cell(&message));
        }
    }
    (row, refused)
}

/// The household's figures, in the order of [`Columns::output_header`].
fn figures(household: &HouseholdTotals) -> Vec<String> {
    let two_places = |value: Decimal| format!("{:.2}", round_cents(value));
    let each = |values: &Scenarios<Decimal>| [values.low, values.typical, values.high].map(two_places);
    let mut cells = Vec::with_capacity(Columns::figures_len());
    for (_, figure) in TOTALS {
        cells.extend(each(figure(&household.totals)));
    }
    let burden = household.burden.as_ref();
    let poverty = burden.and_then(|b| b.poverty.as_ref().ok());
    cells.push(poverty.map(|p| two_places(p.percent)).unwrap_or_default());
    let blank = || [String::new(), String::new(), String::new()];
    cells.extend(burden.and_then(|b| b.medical_share.as_ref()).map_or_else(blank, each));
    for (_, raised) in FLAGS {
        cells.extend(burden.map_or_else(blank, |b| {
            [b.flags.low, b.flags.typical, b.flags.high].map(|flags| raised(&flags).to_string())
        }));
    }
    cells
}

/// Every message, in English, each after its field's name, in the form's order.
fn said(errors: &FieldErrors) -> String {
    errors
        .messages_in_form_order()
        .map(|(field, message)| format!("{field}: {}", say(Lang::En, message)))
        .collect::<Vec<_>>()
        .join("; ")
}
