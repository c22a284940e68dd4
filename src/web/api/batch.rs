//! `POST /api/v1/estimates`: many households in one request (a survey, a county, a caseload).
//! Each household is answered in its place with its totals and burden, or with a message per
//! wrong field: one bad household never fails the others.

use std::collections::BTreeMap;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use jiff::civil::Date;
use serde::Serialize;
use serde_json::Value;

use super::model::{ApiBurden, ApiTotals};
use super::{not_json, read_json, sends_json};
use crate::core::input::{FieldErrors, RawInput};
use crate::core::report::household_totals;
use crate::core::tables::Tables;
use crate::core::text::Arg;
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::body::{BatchBody, Body};
use crate::web::parts::words::said_errors;
use crate::web::request::{pairs, request_lang};
use crate::web::respond;

/// The most households one request may carry: more is a 422 on `body`. A thousand take
/// tens of milliseconds; larger sets are for the `batch` command.
pub const MAX_HOUSEHOLDS: usize = 1000;

/// Every household's result, in the order they were sent.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiEstimates {
    pub results: Vec<ApiHouseholdResult>,
}

/// One household's result: its totals and burden, or what is wrong with its answers.
#[derive(Debug, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum ApiHouseholdResult {
    /// The household's totals (as the single estimate's `totals`) and, with income, its burden.
    Estimated {
        /// The household's place in the request, from 0.
        index: usize,
        totals: Box<ApiTotals>,
        burden: Option<Box<ApiBurden>>,
    },
    /// A message for each wrong field, as the single estimate's 422 gives them.
    Refused {
        /// The household's place in the request, from 0.
        index: usize,
        errors: BTreeMap<String, Vec<String>>,
    },
}

impl ApiHouseholdResult {
    /// The household's answers (a JSON object) estimated on `today`.
    pub fn new(tables: &Tables, lang: Lang, today: Date, index: usize, household: &Value) -> Self {
        match RawInput::from_json(household).and_then(|raw| household_totals(tables, &raw, today)) {
            Ok(household) => Self::Estimated {
                index,
                totals: Box::new(ApiTotals::from(&household.totals)),
                burden: household
                    .burden
                    .as_ref()
                    .map(|burden| Box::new(ApiBurden::from(burden))),
            },
            Err(errors) => Self::Refused {
                index,
                errors: said_errors(lang, &errors),
            },
        }
    }
}

/// `POST /api/v1/estimates`: a JSON array of answer objects in, `{"results": [...]}` out in
/// the same order. 422 only when the body is not such an array or holds too many.
pub async fn estimates(state: web::Data<AppState>, request: HttpRequest, Body(body): BatchBody) -> HttpResponse {
    if !sends_json(&request) {
        return not_json(&request);
    }
    let lang = request_lang(&request, &pairs(request.query_string().as_bytes()));
    let households = match read_json(&body) {
        Ok(Value::Array(households)) => households,
        Ok(_) => return body_error(lang, crate::text!("error-batch-not-array")),
        Err(errors) => return respond::api_errors(lang, &errors),
    };
    if households.len() > MAX_HOUSEHOLDS {
        return body_error(
            lang,
            crate::text!("error-batch-too-many", max = Arg::Number(MAX_HOUSEHOLDS.into())),
        );
    }
    let today = state.today();
    // Off the server's own threads: a thousand households must not hold up other requests.
    let worker_state = state.clone();
    let results = web::block(move || {
        households
            .iter()
            .enumerate()
            .map(|(index, household)| ApiHouseholdResult::new(&worker_state.tables, lang, today, index, household))
            .collect::<Vec<_>>()
    })
    .await;
    match results {
        Ok(results) => respond::no_store()
            .insert_header((header::CONTENT_LANGUAGE, lang.code()))
            .json(ApiEstimates { results }),
        Err(error) => {
            log::error!("estimating a batch failed: {error}");
            respond::refusal(request.head(), StatusCode::INTERNAL_SERVER_ERROR, "error-page-failed").response()
        }
    }
}

/// The API's 422 on `body`: the request as a whole is not a batch it can read.
fn body_error(lang: Lang, message: crate::core::text::Text) -> HttpResponse {
    let mut errors = FieldErrors::default();
    errors.add("body", message);
    respond::api_errors(lang, &errors)
}
