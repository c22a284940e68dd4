//! Links that reproduce an estimate, and the answers a page posts back. Household money (pay,
//! income and household size: the fields declared `household_money`) stays out of links
//! unless the user asks.

use serde::Serialize;

use crate::core::input::{Field, RawInput};
use crate::i18n::Lang;

/// Links that reproduce the estimate. They leave out household money unless the user asked
/// to include it, so a link passed on does not carry the family's pay or income.
#[derive(Debug, Clone, Serialize)]
pub struct ShareLinks {
    /// `/estimate?…`: this estimate.
    pub estimate: String,
    /// `/?…`: the form, filled in with these answers.
    pub form: String,
    pub csv: String,
    /// `/estimate.xlsx?…`: the workbook.
    pub xlsx: String,
    pub json: String,
    /// `/estimate/print?…`: the printable summary.
    pub print: String,
    pub includes_household_money: bool,
    /// True when pay, income or household size was entered (so there is something to include).
    pub has_household_money: bool,
    /// True when the links leave out money that was entered: the print view and the files are
    /// then posted from the page instead, so they still show what the page shows.
    pub files_posted: bool,
}

impl ShareLinks {
    pub fn new(raw: &RawInput, include_household_money: bool, lang: Lang) -> Self {
        let has_household_money = has_household_money(raw);
        let query = link_query(raw, include_household_money, lang);
        Self {
            estimate: format!("/estimate?{query}"),
            form: format!("/?{query}"),
            csv: format!("/estimate.csv?{query}"),
            xlsx: format!("/estimate.xlsx?{query}"),
            json: format!("/estimate.json?{query}"),
            print: format!("/estimate/print?{query}"),
            includes_household_money: include_household_money && has_household_money,
            has_household_money,
            files_posted: has_household_money && !include_household_money,
        }
    }
}

/// A hidden form field that carries an answer to "Change your answers".
#[derive(Debug, Clone, Serialize)]
pub struct HiddenField {
    pub name: &'static str,
    pub value: String,
}

/// True for the fields declared `household_money`: pay, income and household size.
pub fn is_household_money(name: &str) -> bool {
    Field::named(name).is_some_and(|field| field.household_money)
}

/// The answers as a link's query string, in the page's language; household money only when
/// `include_household_money`.
fn link_query(raw: &RawInput, include_household_money: bool, lang: Lang) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    append_answers(&mut serializer, "", raw, include_household_money);
    serializer.append_pair("lang", lang.code());
    serializer.finish()
}

/// Adds the answers to a query string, each name after `prefix` (`b.` for a comparison's
/// column B, empty for an estimate); household money only when `include_household_money`.
pub fn append_answers(
    query: &mut form_urlencoded::Serializer<'_, String>,
    prefix: &str,
    raw: &RawInput,
    include_household_money: bool,
) {
    for answer in hidden_answers(raw) {
        if include_household_money || !is_household_money(answer.name) {
            query.append_pair(&format!("{prefix}{}", answer.name), &answer.value);
        }
    }
}

/// The answers as a link's query string without household money.
pub fn query_without_household_money(raw: &RawInput, lang: Lang) -> String {
    link_query(raw, false, lang)
}

/// True when pay, income or household size was entered.
pub fn has_household_money(raw: &RawInput) -> bool {
    hidden_answers(raw).iter().any(|answer| is_household_money(answer.name))
}

/// The answers without household money, as answers.
pub fn without_household_money(raw: &RawInput) -> RawInput {
    let answers = answers_without_household_money(raw);
    RawInput::from_pairs(answers.iter().map(|answer| (answer.name, answer.value.as_str())))
        .typed_with(raw.decimal_mark())
}

/// Every non-empty answer, to post back to the form for "Change your answers".
pub fn hidden_answers(raw: &RawInput) -> Vec<HiddenField> {
    raw.iter()
        .filter_map(|(field, value)| {
            // Never repeat a control character back into a page (they are refused anyway).
            let value = crate::core::input::without_control_characters(value.trim());
            (!value.is_empty()).then_some(HiddenField {
                name: field.name,
                value,
            })
        })
        .collect()
}

/// The non-empty answers without household money.
pub fn answers_without_household_money(raw: &RawInput) -> Vec<HiddenField> {
    hidden_answers(raw)
        .into_iter()
        .filter(|answer| !is_household_money(answer.name))
        .collect()
}

/// Every answer, for a button that opens an estimate by posting them, when some are household
/// money a link would leave out (so the estimate opened is the one shown); `None` when a
/// link carries them all.
pub fn answers_to_post(raw: &RawInput) -> Option<Vec<HiddenField>> {
    let answers = hidden_answers(raw);
    answers
        .iter()
        .any(|answer| is_household_money(answer.name))
        .then_some(answers)
}
