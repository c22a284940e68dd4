//! The API's OpenAPI 3.1 document, built from the code: each request field from its one
//! declaration (`crate::core::input::FIELDS`: kind, limits, whether it is required, the ids a
//! choice accepts, and the form's own words for it), and each answer's schema from the types
//! the API serializes (`schemars`), so the document and the server cannot drift apart.

use jiff::civil::Date;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use super::batch::{ApiEstimates, MAX_HOUSEHOLDS};
use super::centers::ApiCenters;
use super::model::ApiEstimate;
use crate::core::choices::{US_STATES, YesNo};
use crate::core::input::{FIELDS, Field, Kind, MAX_FIELD_LEN};
use crate::core::tables::Tables;
use crate::i18n::Lang;
use crate::web::body::MAX_BATCH_BODY_BYTES;
use crate::web::pages::advocates::AdvocateFigures;
use crate::web::pages::form::question;

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

/// Where the value of a field is sent: a JSON body takes numbers, booleans and null too; a
/// query string holds text only.
#[derive(Clone, Copy, PartialEq)]
enum Carrier {
    Json,
    Query,
}

/// The ids a field accepts, or `None` for fields that are not choices.
fn choices(tables: &Tables, field: &Field) -> Option<Vec<Value>> {
    Some(match field.kind {
        Kind::Choice { ids, .. } => ids.iter().map(|id| Value::from(*id)).collect(),
        Kind::State { .. } => US_STATES.iter().map(|code| Value::from(*code)).collect(),
        Kind::Center { .. } => tables.centers().iter().map(|c| Value::from(c.id.as_str())).collect(),
        Kind::Amount(_) | Kind::Count(_) | Kind::Date | Kind::Pin(..) | Kind::Zip => return None,
    })
}

/// The schema of one field's value. Blank (`""`, or null in JSON) is accepted only where the
/// field is optional: it means the field was not answered.
fn field_schema(tables: &Tables, today: Date, field: &Field, carrier: Carrier) -> Value {
    let text = json!({ "type": "string", "maxLength": MAX_FIELD_LEN });
    // Numbers as text: digits, a decimal mark (a point, or a comma on Spanish pages),
    // thousands separators, and `$` or `%` where the form shows them.
    let amount_text =
        json!({ "type": "string", "maxLength": MAX_FIELD_LEN, "pattern": "^ *[$]? *[0-9][0-9,. ]*%? *$" });
    let count_text = json!({ "type": "string", "maxLength": MAX_FIELD_LEN, "pattern": "^ *[0-9]+ *$" });
    let mut options: Vec<Value> = match (field.kind, choices(tables, field)) {
        (Kind::Choice { ids, .. }, Some(accepted)) if ids.starts_with(YesNo::IDS) && carrier == Carrier::Json => {
            vec![
                json!({ "type": "string", "enum": accepted }),
                json!({ "type": "boolean" }),
            ]
        }
        (_, Some(accepted)) => vec![json!({ "type": "string", "enum": accepted })],
        (Kind::Amount(amount), None) => {
            let number = json!({ "type": "number", "minimum": 0, "maximum": amount.max });
            match carrier {
                Carrier::Json => vec![amount_text, number],
                Carrier::Query => vec![amount_text],
            }
        }
        (Kind::Count(count) | Kind::Pin(_, count), None) => {
            let number = json!({ "type": "integer", "minimum": count.min, "maximum": count.max });
            match carrier {
                Carrier::Json => vec![count_text, number],
                Carrier::Query => vec![count_text],
            }
        }
        (Kind::Date, None) => vec![json!({ "type": "string", "format": "date" })],
        (Kind::Zip, None) => vec![json!({ "type": "string", "pattern": "^[0-9]{5}(-[0-9]{4})?$" })],
        (_, None) => vec![text],
    };
    if !field.required() {
        options.push(json!({ "const": "" }));
        if carrier == Carrier::Json {
            options.push(json!({ "type": "null" }));
        }
    }
    let mut schema = if options.len() == 1 {
        options.remove(0)
    } else {
        json!({ "anyOf": options })
    };
    schema["description"] = Value::from(description(tables, today, field));
    if field.replaced_by.is_some() {
        // Still read, but the newer fields say the same thing better.
        schema["deprecated"] = Value::Bool(true);
    }
    schema
}

/// The form's question and help for the field (quoting the figures in force today, as the
/// form does), then what the value may be.
fn description(tables: &Tables, today: Date, field: &Field) -> String {
    let (label, help) = question(tables, Lang::En, today, field);
    let value = match field.kind {
        Kind::Choice { .. } | Kind::State { .. } | Kind::Center { .. } => "One of the listed ids.".to_string(),
        Kind::Amount(amount) => format!("A number from 0 to {}, as text or a JSON number.", amount.max),
        Kind::Count(count) | Kind::Pin(_, count) => {
            format!(
                "A whole number from {} to {}, as text or a JSON number.",
                count.min, count.max
            )
        }
        Kind::Date => "A date as YYYY-MM-DD, not in the past.".to_string(),
        Kind::Zip => "A five-digit ZIP code.".to_string(),
    };
    let blank = if field.required() {
        "Required."
    } else {
        "Optional: blank or null means not answered, as on the form."
    };
    [label.as_str(), help.as_str(), value.as_str(), blank]
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The request's fields as query parameters (for the GET routes).
fn query_parameters(tables: &Tables, today: Date) -> Vec<Value> {
    FIELDS
        .iter()
        .map(|field| {
            json!({
                "name": field.name,
                "in": "query",
                "required": field.required(),
                "schema": field_schema(tables, today, field, Carrier::Query),
            })
        })
        .chain(std::iter::once(lang_parameter()))
        .collect()
}

fn lang_parameter() -> Value {
    json!({
        "name": "lang",
        "in": "query",
        "required": false,
        "description": "The language of the words in the answer: en or es. Without it, or with any other value, the Accept-Language header decides (English when it names neither).",
        "schema": { "type": "string", "examples": ["en", "es"] }
    })
}

/// An answer whose body is the API's errors: a message for each wrong field (or `body`).
fn errors_response(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Errors" } } }
    })
}

/// The answers every route may give before or instead of an estimate.
fn refusals(responses: &mut Map<String, Value>, posted: bool) {
    let mut add = |status: &str, description: &str| {
        responses.insert(status.to_string(), errors_response(description));
    };
    add("414", "The address is too long");
    add("422", "Wrong answers: a message for each wrong field");
    if posted {
        add("400", "The body could not be read: it arrived incomplete or damaged");
        add("408", "The body took too long to arrive");
        add("413", "The body is larger than 64 KB");
        add("415", "The body is not JSON (Content-Type: application/json)");
    }
}

fn json_answer(description: &str, schema: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } }
    })
}

/// The answers the document and the `/api` page show as an example: the worked example's
/// household (docs/worked-example.md) with income. No start date, which would one day be past.
pub fn example_answers() -> Value {
    json!({
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
        "household_income": 52000
    })
}

/// A form's answers: text under the form's field names, as the estimate page posts them (with
/// `lang` and the page's other fields, which are ignored).
fn form_body() -> Value {
    json!({
        "required": true,
        "content": { "application/x-www-form-urlencoded": { "schema": {
            "type": "object",
            "description": "The form's answers as text, under the same names as the Answers object.",
            "additionalProperties": { "type": "string" }
        } } }
    })
}

/// A GET route's responses, with the refusals a posted body can also get: too large, too slow or damaged.
fn posted(responses: &Map<String, Value>) -> Value {
    let mut responses = responses.clone();
    for (status, description) in [
        ("400", "The body could not be read (damaged compression)"),
        ("408", "The body did not arrive in time"),
        ("413", "The body is too large"),
    ] {
        responses.insert(status.into(), json!({ "description": description }));
    }
    Value::Object(responses)
}

/// The OpenAPI document served at `GET /api/v1/openapi.json`.
pub fn document(tables: &Tables, today: Date) -> Value {
    let mut generator = SchemaSettings::draft2020_12()
        .for_serialize()
        .with(|settings| settings.definitions_path = "/components/schemas".into())
        .into_generator();
    let estimate_schema = generator.subschema_for::<ApiEstimate<'_>>();
    let centers_schema = generator.subschema_for::<ApiCenters>();
    // Defined in the components under its own name, `AdvocateFigures`.
    generator.subschema_for::<AdvocateFigures>();
    let estimates_schema = generator.subschema_for::<ApiEstimates>();
    let mut schemas = generator.take_definitions(true);
    let properties: Map<String, Value> = FIELDS
        .iter()
        .map(|field| {
            (
                field.name.to_string(),
                field_schema(tables, today, field, Carrier::Json),
            )
        })
        .collect();
    let required: Vec<&str> = FIELDS.iter().filter(|f| f.required()).map(|f| f.name).collect();
    schemas.insert(
        "Answers".into(),
        json!({ "type": "object", "properties": properties, "required": required, "additionalProperties": false }),
    );
    schemas.insert(
        "Errors".into(),
        json!({
            "type": "object",
            "properties": { "errors": {
                "type": "object",
                "additionalProperties": { "type": "array", "items": { "type": "string" } }
            } },
            "required": ["errors"]
        }),
    );
    schemas.insert("Estimate".into(), estimate_schema.to_value());
    schemas.insert("Centers".into(), centers_schema.to_value());
    schemas.insert("Estimates".into(), estimates_schema.to_value());

    let mut post_responses = Map::new();
    post_responses.insert("200".into(), json_answer("The estimate", "Estimate"));
    refusals(&mut post_responses, true);
    let mut batch_responses = Map::new();
    batch_responses.insert(
        "200".into(),
        json_answer(
            "Each household's totals and burden, or its errors, in the order sent",
            "Estimates",
        ),
    );
    refusals(&mut batch_responses, true);
    batch_responses.insert(
        "413".into(),
        errors_response(&format!(
            "The body is larger than {} MB",
            MAX_BATCH_BODY_BYTES / (1024 * 1024)
        )),
    );
    batch_responses.insert(
        "422".into(),
        errors_response(&format!(
            "The body is not a JSON array, or holds more than {MAX_HOUSEHOLDS} households (each household's own errors come in its result)"
        )),
    );
    let mut json_responses = Map::new();
    json_responses.insert("200".into(), json_answer("The estimate", "Estimate"));
    refusals(&mut json_responses, false);
    let mut centers_responses = Map::new();
    centers_responses.insert(
        "200".into(),
        json_answer("Every center for these answers, cheapest first", "Centers"),
    );
    refusals(&mut centers_responses, false);
    let mut csv_responses = Map::new();
    csv_responses.insert(
        "200".into(),
        json!({ "description": "The estimate's lines as a CSV file", "content": { "text/csv": { "schema": { "type": "string" } } } }),
    );
    csv_responses.insert(
        "414".into(),
        json!({ "description": "The address is too long", "content": { "text/plain": { "schema": { "type": "string" } } } }),
    );
    csv_responses.insert(
        "422".into(),
        json!({ "description": "Wrong answers: the form again, with a message beside each wrong field", "content": { "text/html": { "schema": { "type": "string" } } } }),
    );

    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "CAR-T Cost & Access Estimator API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "What CAR-T cell therapy may cost a family, and who pays each part. Send the form's answers with the form's field names: as a JSON object to POST /api/v1/estimate, or in the query string of the GET routes. Money comes back as decimal strings in whole cents. Nothing sent is stored or logged."
        },
        "paths": {
            "/api/v1/estimate": { "post": {
                "summary": "Estimate what CAR-T will cost a family, and who pays each part",
                "operationId": "estimate",
                "parameters": [lang_parameter()],
                "requestBody": {
                    "required": true,
                    "content": { "application/json": {
                        "schema": { "$ref": "#/components/schemas/Answers" },
                        "example": example_answers()
                    } }
                },
                "responses": post_responses
            } },
            "/api/v1/estimates": { "post": {
                "summary": "Estimate many households at once: each one's totals and burden, or its errors",
                "description": format!("Send a JSON array of answer objects, at most {MAX_HOUSEHOLDS}, each as for POST /api/v1/estimate. The results come in the same order, each with its index: the household's totals and burden, or a message for each wrong field. One wrong household never fails the others."),
                "operationId": "estimates",
                "parameters": [lang_parameter()],
                "requestBody": {
                    "required": true,
                    "content": { "application/json": {
                        "schema": {
                            "type": "array",
                            "items": { "$ref": "#/components/schemas/Answers" },
                            "maxItems": MAX_HOUSEHOLDS
                        },
                        "example": [
                            {
                                "condition": "lupus_nephritis",
                                "route": "trial",
                                "center": "durham",
                                "home_state": "NC",
                                "distance_miles": 180,
                                "insurance": "medicaid",
                                "household_size": 3,
                                "household_income": 52000
                            },
                            {
                                "condition": "dermatomyositis",
                                "route": "approved",
                                "center": "palo_alto",
                                "home_zip": "95814",
                                "insurance": "employer"
                            }
                        ]
                    } }
                },
                "responses": batch_responses
            } },
            "/estimate.json": {
                "get": {
                    "summary": "The same estimate for the answers in a link",
                    "operationId": "estimateFromLink",
                    "parameters": query_parameters(tables, today),
                    "responses": json_responses
                },
                "post": {
                    "summary": "The same estimate for answers posted as a form (the estimate page's download buttons), so pay and income stay out of the address",
                    "operationId": "estimateFromForm",
                    "parameters": [lang_parameter()],
                    "requestBody": form_body(),
                    "responses": posted(&json_responses)
                }
            },
            "/estimate.csv": {
                "get": {
                    "summary": "The estimate's lines as a spreadsheet file",
                    "operationId": "estimateCsv",
                    "parameters": query_parameters(tables, today),
                    "responses": csv_responses
                },
                "post": {
                    "summary": "The same file for answers posted as a form",
                    "operationId": "estimateCsvFromForm",
                    "parameters": [lang_parameter()],
                    "requestBody": form_body(),
                    "responses": posted(&csv_responses)
                }
            },
            "/api/v1/centers": { "get": {
                "summary": "Every center for the answers, cheapest first (needs home_zip)",
                "operationId": "centers",
                "parameters": query_parameters(tables, today),
                "responses": centers_responses
            } },
            "/advocates.json": { "get": {
                "summary": "Every equity figure on the advocates' page, with its group, period and sources",
                "operationId": "advocateFigures",
                "parameters": [lang_parameter()],
                "responses": {
                    "200": json_answer("The figures, in the page's order", "AdvocateFigures"),
                    "414": errors_response("The address is too long")
                }
            } },
            "/advocates.csv": { "get": {
                "summary": "The same figures as a spreadsheet file, one row per figure",
                "operationId": "advocateFiguresCsv",
                "parameters": [lang_parameter()],
                "responses": {
                    "200": { "description": "The figures as a CSV file", "content": { "text/csv": { "schema": { "type": "string" } } } },
                    "414": { "description": "The address is too long", "content": { "text/plain": { "schema": { "type": "string" } } } }
                }
            } },
            "/api/v1/openapi.json": { "get": {
                "summary": "This document",
                "operationId": "openapi",
                "responses": { "200": {
                    "description": "The OpenAPI document",
                    "content": { "application/json": { "schema": { "type": "object" } } }
                } }
            } }
        },
        "components": { "schemas": schemas }
    })
}
