//! The API's OpenAPI 3.1 document, built from the code: the request's fields are the form's
//! own field names, choice fields list the ids the parser accepts, and the answer's top-level
//! parts are those the API serializes (a test keeps them in step).

use serde_json::{Map, Value, json};

use crate::core::choices::{US_STATES, YesNo};
use crate::core::input::{FIELDS, Field, Kind};
use crate::core::tables::Tables;

/// The top-level parts of a successful answer, in the order the API writes them.
pub const ESTIMATE_PARTS: [&str; 21] = [
    "lines",
    "totals",
    "plan_years",
    "calendar",
    "unpriced",
    "plan",
    "coverage",
    "world",
    "alternatives",
    "journey",
    "burden",
    "income",
    "notes",
    "paid_leave",
    "tax_deduction",
    "aid_programs",
    "cash_flow",
    "data_gaps",
    "warnings",
    "sources",
    "rounding",
];

/// The ids a field accepts (blank means its default), or `None` for fields that are not choices.
fn choices(tables: &Tables, field: &Field) -> Option<Vec<Value>> {
    Some(match field.kind {
        Kind::Choice { ids, .. } => ids.iter().map(|id| Value::from(*id)).collect(),
        Kind::State { .. } => US_STATES.iter().map(|code| Value::from(*code)).collect(),
        Kind::Center { .. } => tables.centers().iter().map(|c| Value::from(c.id.as_str())).collect(),
        Kind::Amount(_) | Kind::Count(_) | Kind::Date | Kind::Pin(..) | Kind::Zip => return None,
    })
}

/// The OpenAPI document served at `GET /api/v1/openapi.json`.
pub fn document(tables: &Tables) -> Value {
    let mut properties = Map::new();
    for field in FIELDS {
        let schema = match choices(tables, field) {
            // Yes-or-no fields also take JSON booleans; any choice may be blank for its default.
            Some(mut accepted) => {
                accepted.push(Value::from(""));
                if matches!(field.kind, Kind::Choice { ids, .. } if ids.starts_with(YesNo::IDS)) {
                    json!({ "anyOf": [{ "type": "string", "enum": accepted }, { "type": "boolean" }] })
                } else {
                    json!({ "type": "string", "enum": accepted })
                }
            }
            None if matches!(field.kind, Kind::Zip) => json!({
                "type": "string",
                "pattern": "^[0-9]{5}(-[0-9]{4})?$",
                "description": "The home ZIP code. The distance to the center is worked out from it unless distance_miles is given, and it gives home_state when that is blank."
            }),
            None => json!({
                "anyOf": [{ "type": "string", "maxLength": 200 }, { "type": "number" }, { "type": "null" }],
                "description": "A number as text or as a JSON number; blank for the typical figure."
            }),
        };
        let mut schema = schema;
        if field.replaced_by.is_some() {
            // Still read, but the newer fields say the same thing better.
            schema["deprecated"] = Value::Bool(true);
        }
        properties.insert(field.name.to_string(), schema);
    }
    let required: Vec<Value> = FIELDS
        .iter()
        .filter(|field| field.required())
        .map(|field| Value::from(field.name))
        .collect();
    let estimate_parts: Map<String, Value> = ESTIMATE_PARTS
        .iter()
        .map(|part| (part.to_string(), json!({})))
        .collect();
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "CAR-T Cost & Access Estimator API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The estimate as JSON. Send the form's answers as a JSON object with the form's field names; money comes back as decimal strings in whole cents. Nothing sent is stored or logged."
        },
        "paths": {
            "/api/v1/estimate": {
                "post": {
                    "summary": "Estimate what CAR-T will cost a family, and who pays each part",
                    "operationId": "estimate",
                    "parameters": [{
                        "name": "lang",
                        "in": "query",
                        "required": false,
                        "description": "The language of the words in the answer: en (the default) or es. Without it, the Accept-Language header decides.",
                        "schema": { "type": "string", "enum": ["en", "es"] }
                    }],
                    "requestBody": {
                        "required": true,
                        "content": { "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": properties,
                                "required": required,
                                "additionalProperties": false
                            },
                            "example": {
                                "condition": "lupus_nephritis",
                                "route": "trial",
                                "center": "durham",
                                "home_state": "NC",
                                "distance_miles": 180,
                                "caregivers": "1",
                                "caregiver_pay": "1204",
                                "caregiver_pay_per": "week",
                                "insurance": "medicaid",
                                "household_size": 3,
                                "household_income": 52000,
                                "start_date": "2027-03-01"
                            }
                        } }
                    },
                    "responses": {
                        "200": {
                            "description": "The estimate",
                            "content": { "application/json": { "schema": {
                                "type": "object",
                                "properties": estimate_parts,
                                "required": ESTIMATE_PARTS
                            } } }
                        },
                        "413": { "description": "The request body is too large" },
                        "422": {
                            "description": "Wrong answers: a message for each wrong field",
                            "content": { "application/json": { "schema": {
                                "type": "object",
                                "properties": { "errors": {
                                    "type": "object",
                                    "additionalProperties": { "type": "array", "items": { "type": "string" } }
                                } },
                                "required": ["errors"]
                            } } }
                        }
                    }
                }
            }
        }
    })
}
