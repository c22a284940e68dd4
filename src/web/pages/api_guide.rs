//! `GET /api`: what the API offers, with one request and its answer for the estimate, the
//! centers list and the batch, worked out live from the same code the API runs (so they
//! never drift).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::value::Serde;
use serde::Serialize;
use serde_json::{Value, json};

use crate::core::input::RawInput;
use crate::web::AppState;
use crate::web::api::batch::ApiHouseholdResult;
use crate::web::api::centers::ApiCenters;
use crate::web::api::model::ApiTotals;
use crate::web::api::openapi::example_answers;
use crate::web::request::LangSwitch;
use crate::web::respond;

/// A request and the start of its answer, as pretty JSON.
#[derive(Debug, Serialize)]
struct Example {
    request: String,
    answer: String,
}

#[derive(Debug, Serialize)]
struct ApiGuideView {
    estimate: Example,
    centers: Example,
    batch: Example,
}

/// The answers the centers example sends in its link.
const CENTERS_QUERY: &str = "condition=lupus_nephritis&home_zip=27705&insurance=medicaid";

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

impl ApiGuideView {
    fn new(state: &AppState) -> Self {
        let (tables, today) = (&state.tables, state.today());
        let lang = crate::i18n::Lang::En;
        let answers = example_answers();
        // The examples are the app's own: if they stop working, the page says so plainly.
        let estimate_answer = RawInput::from_json(&answers)
            .ok()
            .and_then(|raw| crate::core::report::report(tables, &raw, today).ok())
            .map(|report| {
                // Only the family's total is shown: the API's own type for it, not the whole answer.
                let totals = ApiTotals::from(&report.estimate.totals);
                json!({ "totals": { "family_total": totals.family_total, "…": "7 more kinds of total" }, "…": "every line, who pays each part, plan years, notes, aid programs and sources" })
            })
            .unwrap_or_else(|| json!({ "errors": "the example did not run" }));
        let raw = RawInput::from_pairs(
            crate::web::request::pairs(CENTERS_QUERY.as_bytes())
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str())),
        );
        let centers_answer = crate::core::centers::rank_centers(tables, &raw, today)
            .ok()
            .map(|ranking| {
                let whole = serde_json::to_value(ApiCenters::new(&ranking)).unwrap_or_default();
                let first: Vec<Value> = whole["centers"]
                    .as_array()
                    .map(|centers| {
                        centers
                            .iter()
                            .take(2)
                            .map(|c| json!({ "center": c["center"], "distance_miles": c["distance_miles"], "family_total": c["family_total"], "…": "travel, lodging rate and trials" }))
                            .collect()
                    })
                    .unwrap_or_default();
                json!({ "centers": first, "…": "every other center, cheapest first" })
            })
            .unwrap_or_else(|| json!({ "errors": "the example did not run" }));
        // Two households, the second with a mistake: it gets its errors, the first its totals.
        let households = json!([answers, { "condition": "lupus_nephritis", "home_zip": "27705" }]);
        let results: Vec<Value> = households
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
            .map(|(index, household)| {
                let result = ApiHouseholdResult::new(tables, lang, today, index, household);
                let whole = serde_json::to_value(result).unwrap_or_default();
                match whole.get("totals") {
                    Some(totals) => json!({ "index": index, "totals": { "family_total": totals["family_total"], "…": "7 more kinds of total" }, "burden": "…" }),
                    None => whole,
                }
            })
            .collect();
        Self {
            batch: Example {
                request: format!(
                    "POST /api/v1/estimates\nContent-Type: application/json\n\n{}",
                    pretty(&households)
                ),
                answer: pretty(&json!({ "results": results })),
            },
            estimate: Example {
                request: format!(
                    "POST /api/v1/estimate\nContent-Type: application/json\n\n{}",
                    pretty(&answers)
                ),
                answer: pretty(&estimate_answer),
            },
            centers: Example {
                request: format!("GET /api/v1/centers?{CENTERS_QUERY}"),
                answer: pretty(&centers_answer),
            },
        }
    }
}

/// `GET /api`
pub async fn page(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let switch = LangSwitch::for_query(&request);
    let view = ApiGuideView::new(&state);
    respond::page(
        &state,
        &switch,
        "api.html",
        StatusCode::OK,
        minijinja::context! { page => Serde(&view) },
    )
}
