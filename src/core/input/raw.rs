//! The answers exactly as typed, so a form with mistakes comes back as entered, and the
//! messages for the fields that are wrong.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::ser::SerializeMap;

use super::fields::{FIELDS, Field, FieldId, Kind};
use super::values::{DecimalMark, read_number, without_control_characters};
use crate::core::choices::YesNo;
use crate::core::text::Text;
use crate::text;

/// Every field's text, by field. Form fields, query parameters and JSON use the same names.
/// Numbers are read with the decimal mark of the page they were typed on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawInput {
    values: Vec<String>,
    decimal_mark: DecimalMark,
}

impl Default for RawInput {
    /// Every field blank.
    fn default() -> Self {
        Self {
            values: vec![String::new(); FIELDS.len()],
            decimal_mark: DecimalMark::Point,
        }
    }
}

impl std::ops::Index<FieldId> for RawInput {
    type Output = str;

    fn index(&self, id: FieldId) -> &str {
        &self.values[id as usize]
    }
}

/// Serialized as a map from field name to its text, for the templates (`page.form.center`).
impl Serialize for RawInput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(FIELDS.len()))?;
        for (field, value) in FIELDS.iter().zip(&self.values) {
            map.serialize_entry(field.name, value)?;
        }
        map.end()
    }
}

impl RawInput {
    /// The form as first shown: the choices most families start from, numbers left blank.
    pub fn with_defaults() -> Self {
        Self {
            values: FIELDS.iter().map(|field| field.default.to_string()).collect(),
            decimal_mark: DecimalMark::Point,
        }
    }

    /// The same answers, typed on a page whose decimal mark is `mark`.
    pub fn typed_with(mut self, mark: DecimalMark) -> Self {
        self.decimal_mark = mark;
        self
    }

    pub fn decimal_mark(&self) -> DecimalMark {
        self.decimal_mark
    }

    /// The answers as the form shows them: an older field's value (`caregiver_weekly_pay`)
    /// in the field that replaced it, when that one is blank (weekly pay is pay a week).
    /// Control characters are left out: the field's message says they were there.
    pub fn for_the_form(&self) -> Self {
        let mut raw = self.clone();
        for value in &mut raw.values {
            *value = without_control_characters(value);
        }
        for field in FIELDS {
            if let Some(new) = field.replaced_by
                && raw[new].trim().is_empty()
                && !raw[field.id].trim().is_empty()
            {
                let text = raw[field.id].to_string();
                raw.set(new, text);
                raw.set(field.id, "");
                if let Some(per) = Field::named(&format!("{}_per", Field::of(new).name)) {
                    raw.set(per.id, "week");
                }
            }
        }
        raw
    }

    /// An answer typed on a page with decimal mark `from`, as it would be written on one with
    /// `to`: an amount that reads is rewritten (`180,5` → `180.5`); anything else is kept as
    /// typed. `name` may carry a comparison column's prefix (`a.distance_miles`).
    pub fn rewritten(name: &str, text: &str, from: DecimalMark, to: DecimalMark) -> String {
        let field = name.rsplit('.').next().and_then(Field::named);
        let amount = field.is_some_and(|field| matches!(field.kind, Kind::Amount(_)));
        match read_number(text, from) {
            Ok(value) if amount && from != to => to.write(value),
            _ => text.to_string(),
        }
    }

    /// The names of every field, as used in forms, links and JSON, in form order.
    pub fn field_names() -> impl Iterator<Item = &'static str> {
        FIELDS.iter().map(|field| field.name)
    }

    pub fn set(&mut self, id: FieldId, text: impl Into<String>) {
        self.values[id as usize] = text.into();
    }

    /// Each field with its text.
    pub fn iter(&self) -> impl Iterator<Item = (&'static Field, &str)> {
        FIELDS.iter().zip(self.values.iter().map(String::as_str))
    }

    /// Builds the input from form or query pairs on top of the defaults. Unknown names are
    /// ignored (a submit button, a tracking parameter); for a repeated name the last wins.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut raw = Self::with_defaults();
        for (name, value) in pairs {
            if let Some(field) = Field::named(name) {
                raw.set(field.id, value);
            }
        }
        raw
    }

    /// Builds the input from a JSON object. Numbers and booleans are taken as their text;
    /// unknown names and nested values are field errors, so API users learn of typos.
    pub fn from_json(body: &serde_json::Value) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let Some(object) = body.as_object() else {
            errors.add("body", text!("error-json-not-object"));
            return Err(errors);
        };
        let mut raw = Self::with_defaults();
        for (name, value) in object {
            let Some(field) = Field::named(name) else {
                errors.add(name, text!("error-json-unknown-field"));
                continue;
            };
            let text = match value {
                serde_json::Value::String(text) => text.clone(),
                serde_json::Value::Number(number) => number.to_string(),
                // Yes-or-no fields take JSON booleans too.
                serde_json::Value::Bool(flag) => if *flag { YesNo::Yes } else { YesNo::No }.id().to_string(),
                serde_json::Value::Null => String::new(),
                serde_json::Value::Array(_) | serde_json::Value::Object(_) => {
                    errors.add(name, text!("error-json-single-value"));
                    continue;
                }
            };
            raw.set(field.id, text);
        }
        if errors.is_empty() { Ok(raw) } else { Err(errors) }
    }
}

/// A message for each wrong field, keyed by field name.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct FieldErrors(BTreeMap<String, Vec<Text>>);

impl FieldErrors {
    pub fn add(&mut self, field: &str, message: Text) {
        self.0.entry(field.to_string()).or_default().push(message);
    }

    /// The messages as the form shows them: those of an older field beside the field that
    /// replaced it.
    pub fn for_the_form(&self) -> Self {
        let mut moved = Self::default();
        for (field, messages) in &self.0 {
            let name = Field::named(field)
                .and_then(|f| f.replaced_by)
                .map_or(field.as_str(), |new| Field::of(new).name);
            for message in messages {
                moved.add(name, message.clone());
            }
        }
        moved
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&[Text]> {
        self.0.get(field).map(Vec::as_slice)
    }

    /// The wrong fields, by name.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// The wrong fields in the order the form asks them (a wrong JSON body first, then names
    /// that are not fields).
    pub fn in_form_order(&self) -> Vec<&str> {
        let mut fields: Vec<&str> = self.fields().collect();
        fields.sort_by_key(|name| match Field::named(name) {
            _ if *name == "body" => 0,
            Some(field) => 1 + field.id as usize,
            None => 1 + FIELDS.len(),
        });
        fields
    }

    /// Every message with its field, in the order the form asks the fields.
    pub fn messages_in_form_order(&self) -> impl Iterator<Item = (&str, &Text)> {
        self.in_form_order()
            .into_iter()
            .flat_map(|field| self.0[field].iter().map(move |message| (field, message)))
    }

    pub fn as_map(&self) -> &BTreeMap<String, Vec<Text>> {
        &self.0
    }
}
