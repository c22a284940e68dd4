use serde_json::{Value, json};

use crate::helpers::{DURHAM, durham_with, query, spawn_app};

fn durham_json() -> Value {
    let mut body = serde_json::Map::new();
    for (name, value) in DURHAM {
        body.insert(name.to_string(), Value::String(value.to_string()));
    }
    body.insert("distance_miles".into(), json!(180));
    Value::Object(body)
}

#[tokio::test]
async fn json_in_json_out_with_money_as_decimal_strings() {
    let app = spawn_app().await;
    let response = app.post_json("/api/v1/estimate", &durham_json()).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body: Value = response.json().await.unwrap();
    let totals = &body["totals"];
    assert_eq!(
        totals["family_total"],
        json!({"low": "16357.00", "typical": "25822.19", "high": "44416.00"})
    );
    assert_eq!(totals["sponsor_pays"]["typical"], "425000.00");
    assert_eq!(totals["insurer_pays"]["typical"], "77245.23");
    assert_eq!(totals["family_medical"]["typical"], "0.00");
    assert_eq!(totals["non_medical"]["typical"], "15330.19");
    // Medicaid rides pay the drive: 15 × 2 × 180 × $0.205.
    assert_eq!(totals["benefit_pays"]["typical"], "1107.00");
    assert_eq!(totals["lost_income"]["typical"], "10492.00");
    assert_eq!(totals["billed_medical"]["typical"], "502245.23");

    let lines = body["lines"].as_array().unwrap();
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    for required in [
        "product",
        "hospital_stay",
        "follow_up_care",
        "prophylaxis",
        "travel",
        "lodging",
        "meals",
        "parking",
        "caregiver_income",
        "patient_income",
    ] {
        assert!(ids.contains(&required), "no {required} line in {ids:?}");
    }
    let lodging = lines.iter().find(|l| l["id"] == "lodging").unwrap();
    assert_eq!(lodging["category"], "non_medical");
    assert_eq!(lodging["quantity"]["typical"], "61");
    assert_eq!(lodging["rate"]["typical"], "121");
    assert_eq!(lodging["cost"]["typical"], "7381.00");
    assert_eq!(lodging["payer"], json!(["family"]));
    assert!(
        lodging["sources"]
            .as_array()
            .unwrap()
            .contains(&json!("gsa-per-diem-fy2026"))
    );
    let travel = lines.iter().find(|l| l["id"] == "travel").unwrap();
    assert_eq!(
        travel["rate"],
        json!({"low": "0.205", "typical": "0.205", "high": "0.725"})
    );
    let product = lines.iter().find(|l| l["id"] == "product").unwrap();
    assert_eq!(product["payer"], json!(["sponsor"]));
    assert_eq!(product["sponsor_pays"]["typical"], "425000.00");
    let prophylaxis = lines.iter().find(|l| l["id"] == "prophylaxis").unwrap();
    assert_eq!(prophylaxis["cost"], Value::Null);
    assert!(prophylaxis["question"].as_str().unwrap().starts_with("Ask"));
    // Every source id a line names is described in the response.
    let described: Vec<&str> = body["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    for line in lines {
        for id in line["sources"].as_array().unwrap() {
            assert!(described.contains(&id.as_str().unwrap()), "{id} not described");
        }
    }
}

#[tokio::test]
async fn the_api_gives_plan_years_coverage_and_the_other_outcome() {
    let app = spawn_app().await;
    let mut body = durham_json();
    body["insurance"] = json!("employer");
    body["in_network"] = json!(true);
    body["travel_benefit"] = json!(2000);
    let response = app.post_json("/api/v1/estimate", &body).await;
    assert_eq!(response.status().as_u16(), 200);
    let body: Value = response.json().await.unwrap();
    // No start date: 365-day plan years; the stay reaches the $10,600 limit in year 1.
    let years = body["plan_years"].as_array().unwrap();
    assert_eq!(years.len(), 3);
    assert_eq!(years[0]["label"], "Plan year 1");
    assert_eq!(years[0]["limit"], "10600.00");
    assert_eq!(years[0]["family_cost_sharing"]["typical"], "10600.00");
    // Year 2: 1,886 + 21% × (3,582 − 1,886).
    assert_eq!(years[1]["family_medical"]["typical"], "2242.16");
    // The treatment part is uncertain for a private plan: likely covered, and the other outcome.
    let treatment = body["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["part"] == "treatment")
        .unwrap();
    assert_eq!(treatment["status"], "uncertain");
    assert_eq!(treatment["likely"], "covered");
    let alternatives = body["alternatives"].as_array().unwrap();
    assert_eq!(
        alternatives.len(),
        1,
        "counted as covered, so only the refusal is added"
    );
    assert_eq!(alternatives[0]["answer"], "all_refused");
    assert_eq!(alternatives[0]["totals"]["family_medical"]["typical"], "74767.13");
    // The travel benefit shows as its own payer.
    assert_eq!(body["totals"]["benefit_pays"]["typical"], "2000.00");
    let lodging = body["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == "lodging")
        .unwrap();
    assert_eq!(lodging["payer"], json!(["travel_benefit", "family"]));
    assert_eq!(lodging["benefit_pays"]["typical"], "893.00");
}

#[tokio::test]
async fn json_errors_are_422_with_messages_per_field() {
    let app = spawn_app().await;
    let mut body = durham_json();
    body["distance_miles"] = json!(-3);
    body["center"] = json!("atlantis");
    let response = app.post_json("/api/v1/estimate", &body).await;
    assert_eq!(response.status().as_u16(), 422);
    let errors: Value = response.json().await.unwrap();
    assert_eq!(
        errors["errors"]["distance_miles"],
        json!(["The one-way distance in miles can't be negative."])
    );
    assert!(
        errors["errors"]["center"][0]
            .as_str()
            .unwrap()
            .starts_with("Choose the treatment center")
    );
}

#[tokio::test]
async fn unknown_fields_and_bad_json_are_422_not_400_or_500() {
    let app = spawn_app().await;
    let mut body = durham_json();
    body["income_level"] = json!("high");
    let response = app.post_json("/api/v1/estimate", &body).await;
    assert_eq!(response.status().as_u16(), 422);
    let errors: Value = response.json().await.unwrap();
    assert_eq!(
        errors["errors"]["income_level"],
        json!(["This is not a field of the estimate."])
    );

    for raw in ["{not json", "[1,2]", "", "null", "\"text\""] {
        let response = app.post_raw("/api/v1/estimate", "application/json", raw).await;
        assert_eq!(response.status().as_u16(), 422, "{raw:?}");
        let errors: Value = response.json().await.unwrap();
        assert!(errors["errors"]["body"].is_array(), "{raw:?}");
    }
}

#[tokio::test]
async fn the_api_only_takes_post() {
    let app = spawn_app().await;
    assert_eq!(app.get("/api/v1/estimate").await.status().as_u16(), 405);
}

#[tokio::test]
async fn the_api_gives_notes_leave_tax_aid_and_burden() {
    let app = spawn_app().await;
    let mut body = durham_json();
    body["caregiver_work_state"] = json!("NY");
    body["household_size"] = json!(3);
    body["household_income"] = json!(52000);
    let response = app.post_json("/api/v1/estimate", &body).await;
    assert_eq!(response.status().as_u16(), 200);
    let body: Value = response.json().await.unwrap();
    // New York leave on the Durham caregiver (see tests/estimate_leave_and_tax.rs).
    assert_eq!(
        body["paid_leave"]["pays"],
        json!({"low": "4263.88", "typical": "7029.64", "high": "9680.16"})
    );
    assert_eq!(body["paid_leave"]["state"], "NY");
    // 7.5% of $52,000.
    assert_eq!(body["tax_deduction"]["floor"], "3900.00");
    // $52,000 ÷ $27,320 = 190.34%.
    assert_eq!(body["burden"]["poverty_pct"], "190.34");
    let notes: Vec<&str> = body["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert!(
        notes.contains(&"trial_medicaid") && notes.contains(&"fmla"),
        "{notes:?}"
    );
    let worth: Vec<&str> = body["aid_programs"]["worth_applying"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(worth.contains(&"medicaid_transportation") && worth.contains(&"mercy_medical_angels"));
    let hope_lodge = body["aid_programs"]["likely_not"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "acs_hope_lodge")
        .unwrap();
    assert_eq!(hope_lodge["not_for_you"], json!(["It is only for people with cancer."]));
    // Programs worth applying for carry their contact; the others do not.
    assert!(hope_lodge["phone"].is_null() && hope_lodge["contact_url"].is_null());
    let mercy = body["aid_programs"]["worth_applying"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "mercy_medical_angels")
        .unwrap();
    assert_eq!(mercy["phone"], "800-296-3797");
    assert_eq!(mercy["contact_url"], "https://mercymedical.org/patients/how-it-works");
    assert_eq!(mercy["contact_sources"], json!(["mma-faq-contact"]));
}

#[tokio::test]
async fn the_api_gives_the_months_by_date_or_from_the_first_visit() {
    let app = spawn_app().await;
    let mut body = durham_json();
    body["start_date"] = json!("2027-03-01");
    let body: Value = app.post_json("/api/v1/estimate", &body).await.json().await.unwrap();
    assert_eq!(body["cash_flow"]["home"], "2027-04-17");
    // From March 2027 the nights are at fiscal year 2027's $124, not 2026's $121.
    assert_eq!(body["cash_flow"]["up_front_spending"], "12155.71");
    assert_eq!(body["cash_flow"]["months"][0]["year"], 2027);
    assert!(body["cash_flow"]["months"][0].get("month_from_first_visit").is_none());
    // Without a date, days, weeks and months count from the first visit.
    let body: Value = app
        .post_json("/api/v1/estimate", &durham_json())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["cash_flow"]["home"], json!({"day": 77, "week": 11}));
    assert_eq!(body["cash_flow"]["phases"][0]["first"], json!({"day": 1, "week": 1}));
    let first = &body["cash_flow"]["months"][0];
    assert_eq!(first["month_from_first_visit"], 1);
    assert!(first.get("year").is_none() && first.get("month").is_none());
}

#[tokio::test]
async fn the_openapi_document_matches_the_api() {
    let app = spawn_app().await;
    let response = app.get("/api/v1/openapi.json").await;
    assert_eq!(response.status().as_u16(), 200);
    let doc: Value = response.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let post = &doc["paths"]["/api/v1/estimate"]["post"];
    // The request's fields are exactly the form's.
    assert_eq!(
        post["requestBody"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/Answers"
    );
    let schema = &doc["components"]["schemas"]["Answers"];
    let mut documented: Vec<&str> = schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut fields: Vec<&str> = cart_estimator::core::input::RawInput::field_names().collect();
    documented.sort_unstable();
    fields.sort_unstable();
    assert_eq!(documented, fields);
    assert!(
        schema["properties"]["center"]["enum"]
            .as_array()
            .unwrap()
            .contains(&json!("durham"))
    );
    // The answer's documented parts are exactly those the API sends.
    let answer: Value = app
        .post_json("/api/v1/estimate", &durham_json())
        .await
        .json()
        .await
        .unwrap();
    let mut sent: Vec<&str> = answer.as_object().unwrap().keys().map(String::as_str).collect();
    let mut parts: Vec<&str> = cart_estimator::web::api::openapi::ESTIMATE_PARTS.to_vec();
    sent.sort_unstable();
    parts.sort_unstable();
    assert_eq!(sent, parts);
    assert_eq!(doc["components"]["schemas"]["Errors"]["required"], json!(["errors"]));
    // Limits, required fields and enums are the parser's.
    let limit = cart_estimator::core::input::MAX_FIELD_LEN;
    assert_eq!(schema["properties"]["distance_miles"]["anyOf"][0]["maxLength"], limit);
    assert_eq!(schema["properties"]["distance_miles"]["anyOf"][1]["maximum"], 6000);
    let condition = &schema["properties"]["condition"];
    assert!(
        !condition["enum"].as_array().unwrap().contains(&json!("")),
        "condition is required"
    );
    assert!(schema["required"].as_array().unwrap().contains(&json!("condition")));
    assert_eq!(schema["properties"]["start_date"]["anyOf"][0]["format"], "date");
    let pay = schema["properties"]["caregiver_pay"]["description"].as_str().unwrap();
    assert!(pay.contains("blank or null means not answered"), "{pay}");
    // Every JSON and CSV route is listed, and every part of the answer is typed.
    for path in [
        "/api/v1/estimate",
        "/estimate.json",
        "/estimate.csv",
        "/api/v1/centers",
        "/api/v1/openapi.json",
    ] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
    let estimate = &doc["components"]["schemas"]["Estimate"];
    for part in cart_estimator::web::api::openapi::ESTIMATE_PARTS {
        assert_ne!(estimate["properties"][part], json!({}), "{part} is untyped");
    }
}

/// A validator for one of the document's schemas (its `$ref`s point into the document).
pub fn validator(doc: &Value, schema: &str) -> jsonschema::Validator {
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("#/components/schemas/{schema}"),
        "components": doc["components"].clone(),
    });
    jsonschema::validator_for(&root).expect("the schema compiles")
}

#[tokio::test]
async fn every_snapshot_households_answer_matches_the_documented_schema() {
    let app = spawn_app().await;
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let estimate = validator(&doc, "Estimate");
    // The schema holds something: an answer with a part of the wrong type is refused.
    let mut wrong: Value = app
        .get(&format!("/estimate.json?{}", query(&DURHAM)))
        .await
        .json()
        .await
        .unwrap();
    assert!(estimate.is_valid(&wrong));
    wrong["totals"]["family_total"]["typical"] = json!(25822.19);
    assert!(!estimate.is_valid(&wrong), "money is a decimal string");
    for (name, answers) in crate::snapshots::households() {
        for lang in ["en", "es"] {
            let answer: Value = app
                .get(&format!("/estimate.json?{}&lang={lang}", query(&answers)))
                .await
                .json()
                .await
                .unwrap();
            let problems: Vec<String> = estimate
                .iter_errors(&answer)
                .take(5)
                .map(|e| format!("{} at {}", e, e.instance_path))
                .collect();
            assert!(problems.is_empty(), "{name} ({lang}): {problems:#?}");
        }
    }
    let centers = validator(&doc, "Centers");
    let answer: Value = app
        .get(&format!(
            "/api/v1/centers?{}",
            query(&durham_with(&[("home_zip", "28801")]))
        ))
        .await
        .json()
        .await
        .unwrap();
    let problems: Vec<String> = centers.iter_errors(&answer).take(5).map(|e| e.to_string()).collect();
    assert!(problems.is_empty(), "centers: {problems:#?}");
    let errors = validator(&doc, "Errors");
    let answer: Value = app.get("/estimate.json?condition=x").await.json().await.unwrap();
    assert!(errors.is_valid(&answer));
}
