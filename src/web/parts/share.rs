//! Links that reproduce an estimate, and the answers a page posts back. Household money stays
//! out of links unless the user asks.

use serde::Serialize;

use crate::core::input::RawInput;
use crate::i18n::Lang;

/// Links that reproduce the estimate. They leave out income and household size unless the
/// user asked to include them, so a link passed on does not carry the family's income.
#[derive(Debug, Clone, Serialize)]
pub struct ShareLinks {
    /// `/estimate?…`: this estimate.
    pub estimate: String,
    /// `/?…`: the form, filled in with these answers.
    pub form: String,
    pub csv: String,
    pub json: String,
    /// `/estimate/print?…`: the printable summary.
    pub print: String,
    pub includes_income: bool,
    /// True when income or household size was entered (so there is something to include).
    pub has_income: bool,
}

/// The answers a link leaves out unless the user ticks "include income".
pub const INCOME_FIELDS: [&str; 2] = ["household_size", "household_income"];

impl ShareLinks {
    pub fn new(raw: &RawInput, include_income: bool, lang: Lang) -> Self {
        let has_income = hidden_answers(raw).iter().any(|a| INCOME_FIELDS.contains(&a.name));
        let query = link_query(raw, include_income, lang);
        Self {
            estimate: format!("/estimate?{query}"),
            form: format!("/?{query}"),
            csv: format!("/estimate.csv?{query}"),
            json: format!("/estimate.json?{query}"),
            print: format!("/estimate/print?{query}"),
            includes_income: include_income && has_income,
            has_income,
        }
    }
}

/// A hidden form field that carries an answer to "Change your answers".
#[derive(Debug, Clone, Serialize)]
pub struct HiddenField {
    pub name: &'static str,
    pub value: String,
}

/// The answers as a link's query string, in the page's language; income and household size
/// only when `include_income`.
fn link_query(raw: &RawInput, include_income: bool, lang: Lang) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for answer in hidden_answers(raw) {
        if include_income || !INCOME_FIELDS.contains(&answer.name) {
            serializer.append_pair(answer.name, &answer.value);
        }
    }
    serializer.append_pair("lang", lang.code());
    serializer.finish()
}

/// The answers as a link's query string without household money.
pub fn query_without_income(raw: &RawInput, lang: Lang) -> String {
    link_query(raw, false, lang)
}

/// Every non-empty answer, to post back to the form for "Change your answers".
pub fn hidden_answers(raw: &RawInput) -> Vec<HiddenField> {
    raw.iter()
        .filter_map(|(field, value)| {
            let value = value.trim();
            (!value.is_empty()).then(|| HiddenField {
                name: field.name,
                value: value.to_string(),
            })
        })
        .collect()
}
