//! `POST /api/v1/estimates`: many households in one request, each answered in its place.

use serde_json::{Value, json};

use crate::helpers::{DURHAM, spawn_app};

/// The Durham household as a JSON object, with some answers changed.
fn durham(changes: &[(&str, Value)]) -> Value {
    let mut household: serde_json::Map<String, Value> = DURHAM
        .iter()
        .map(|(name, value)| (name.to_string(), Value::String(value.to_string())))
        .collect();
    for (name, value) in changes {
        household.insert(name.to_string(), value.clone());
    }
    Value::Object(household)
}

#[tokio::test]
async fn a_bad_household_in_the_middle_gets_its_errors_and_the_others_their_totals() {
    let app = spawn_app().await;
    let with_income = durham(&[
        ("insurance", json!("employer")),
        ("household_size", json!(3)),
        ("household_income", json!(52000)),
    ]);
    let households = [
        durham(&[]),
        durham(&[("distance_miles", json!(-5)), ("center", json!("atlantis"))]),
        with_income.clone(),
    ];
    let response = app.post_json("/api/v1/estimates", &json!(households)).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body: Value = response.json().await.unwrap();
    let results = body["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    for (index, result) in results.iter().enumerate() {
        assert_eq!(result["index"], index);
    }

    let bad = &results[1];
    assert!(bad.get("totals").is_none(), "{bad}");
    let errors = bad["errors"].as_object().unwrap();
    assert!(errors.contains_key("distance_miles"), "{errors:?}");
    assert!(errors.contains_key("center"), "{errors:?}");
    // The same messages as the single estimate's 422.
    let single = app.post_json("/api/v1/estimate", &households[1]).await;
    assert_eq!(single.status().as_u16(), 422);
    assert_eq!(single.json::<Value>().await.unwrap()["errors"], bad["errors"]);

    for at in [0, 2] {
        let single = app.post_json("/api/v1/estimate", &households[at]).await;
        assert_eq!(single.status().as_u16(), 200);
        let single: Value = single.json().await.unwrap();
        assert_eq!(results[at]["totals"], single["totals"], "household {at}");
        assert!(results[at].get("errors").is_none());
    }
    // No income, no burden; with income, the burden as the single estimate gives it.
    assert_eq!(results[0]["burden"], Value::Null);
    let single: Value = app
        .post_json("/api/v1/estimate", &with_income)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(results[2]["burden"], single["burden"]);
    assert_eq!(results[2]["burden"]["poverty_pct"], "190.34");
    assert_eq!(results[2]["burden"]["flags"]["high"]["catastrophic"], true);
}

#[tokio::test]
async fn a_household_that_is_not_an_object_is_refused_alone() {
    let app = spawn_app().await;
    let response = app
        .post_json(
            "/api/v1/estimates?lang=es",
            &json!([durham(&[]), "durham", {"colour": "blue"}]),
        )
        .await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-language"], "es");
    let results: Value = response.json().await.unwrap();
    let results = results["results"].as_array().unwrap();
    assert!(results[0]["totals"].is_object());
    assert_eq!(
        results[1]["errors"]["body"][0],
        "Envíe un objeto JSON con los campos del formulario."
    );
    assert!(results[2]["errors"]["colour"].is_array(), "{}", results[2]);
}

#[tokio::test]
async fn a_thousand_households_are_answered_and_more_are_refused() {
    let app = spawn_app().await;
    // A thousand households are far more than the 64 KB other bodies may be.
    let thousand: Vec<Value> = (1..=1000)
        .map(|miles| durham(&[("distance_miles", json!(miles))]))
        .collect();
    assert!(serde_json::to_vec(&thousand).unwrap().len() > 64 * 1024);
    let response = app.post_json("/api/v1/estimates", &json!(thousand)).await;
    assert_eq!(response.status().as_u16(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["results"].as_array().unwrap().len(), 1000);
    assert_eq!(body["results"][999]["index"], 999);

    let mut too_many = thousand;
    too_many.push(durham(&[]));
    let response = app.post_json("/api/v1/estimates", &json!(too_many)).await;
    assert_eq!(response.status().as_u16(), 422);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["errors"]["body"][0], "Send at most 1,000 households at a time.");
}

#[tokio::test]
async fn a_body_that_is_not_an_array_of_json_or_too_large_is_refused() {
    let app = spawn_app().await;
    let response = app.post_json("/api/v1/estimates", &durham(&[])).await;
    assert_eq!(response.status().as_u16(), 422);
    let body: Value = response.json().await.unwrap();
    assert!(
        body["errors"]["body"][0].as_str().unwrap().contains("JSON array"),
        "{body}"
    );

    let response = app.post_raw("/api/v1/estimates", "text/plain", "[]").await;
    assert_eq!(response.status().as_u16(), 415);
    let response = app
        .post_raw(
            "/api/v1/estimates",
            "application/x-www-form-urlencoded",
            "condition=sle",
        )
        .await;
    assert_eq!(response.status().as_u16(), 415);
    let response = app.post_raw("/api/v1/estimates", "application/json", "[{").await;
    assert_eq!(response.status().as_u16(), 422);

    let large = format!("[\"{}\"]", "x".repeat(cart_estimator::web::body::MAX_BATCH_BODY_BYTES));
    let response = app
        .client
        .post(format!("{}/api/v1/estimates", app.address))
        .header("content-type", "application/json")
        .body(large)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 413);
    let body: Value = response.json().await.unwrap();
    assert!(body["errors"]["body"][0].as_str().unwrap().contains("2 MB"), "{body}");

    let empty: Value = app
        .post_json("/api/v1/estimates", &json!([]))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(empty, json!({"results": []}));
}

/// `cart-estimator batch` on the example file gives the stored output, byte for byte, on any
/// number of threads. After a change meant to move the figures, write it again with
/// `cargo run -- batch examples/households.csv --today 2026-06-01 > tests/data/batch-expected.csv`.
#[test]
fn the_batch_command_on_the_example_file_writes_the_stored_output() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let expected = std::fs::read(root.join("tests/data/batch-expected.csv")).unwrap();
    for workers in ["1", "2"] {
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_cart-estimator"))
            .args([
                "--workers",
                workers,
                "batch",
                "examples/households.csv",
                "--today",
                "2026-06-01",
            ])
            .current_dir(root)
            .output()
            .unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        // Not a terminal: no progress line.
        assert_eq!(String::from_utf8_lossy(&run.stderr), "");
        assert!(
            run.stdout == expected,
            "the output differs from tests/data/batch-expected.csv:\n{}",
            String::from_utf8_lossy(&run.stdout)
        );
    }
}

#[test]
fn the_batch_command_stops_on_a_column_that_is_not_a_field() {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), "condition,center,income\nsle,durham,52000\n").unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_cart-estimator"))
        .arg("batch")
        .arg(file.path())
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(run.stdout.is_empty());
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(said.contains("\"income\" is not a field of the form"), "{said}");
}

#[tokio::test]
async fn the_batch_answer_matches_the_documented_schema() {
    let app = spawn_app().await;
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let request = &doc["paths"]["/api/v1/estimates"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(request["items"]["$ref"], "#/components/schemas/Answers");
    assert_eq!(request["maxItems"], 1000);
    let mut households: Vec<Value> = crate::snapshots::households()
        .into_iter()
        .map(|(_, answers)| {
            let object = answers
                .iter()
                .map(|(name, value)| (name.to_string(), Value::String(value.to_string())))
                .collect();
            Value::Object(object)
        })
        .collect();
    households.insert(1, json!({"condition": "sle", "distance_miles": "far"}));
    let answer: Value = app
        .post_json("/api/v1/estimates", &json!(households))
        .await
        .json()
        .await
        .unwrap();
    let schema = crate::json_api::validator(&doc, "Estimates");
    let problems: Vec<String> = schema
        .iter_errors(&answer)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(answer["results"][1]["errors"].is_object());
    assert!(answer["results"][2]["totals"].is_object());
}
