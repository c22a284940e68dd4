//! The `/api` page: what the API offers, with examples worked out live.

use serde_json::Value;

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_api_page_links_the_document_and_its_examples_are_the_apis_answers() {
    let app = spawn_app().await;
    let response = app.get("/api").await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("<a href=\"/api/v1/openapi.json\">"));
    for route in [
        "POST /api/v1/estimate",
        "GET /api/v1/centers?",
        "POST /api/v1/estimates",
        "/advocates.csv",
    ] {
        assert!(html.contains(route), "{route}");
    }
    // The example's answer is what the API answers to the example's request.
    let example = cart_estimator::web::api::openapi::example_answers();
    let answer: Value = app.post_json("/api/v1/estimate", &example).await.json().await.unwrap();
    let typical = answer["totals"]["family_total"]["typical"].as_str().unwrap();
    assert!(
        html.contains(&format!("&quot;typical&quot;: &quot;{typical}&quot;")),
        "{typical}"
    );
    let centers: Value = app
        .get("/api/v1/centers?condition=lupus_nephritis&home_zip=27705&insurance=medicaid")
        .await
        .json()
        .await
        .unwrap();
    let first = centers["centers"][0]["center"].as_str().unwrap();
    assert!(
        html.contains(&format!("&quot;center&quot;: &quot;{first}&quot;")),
        "{first}"
    );
    assert!(!html.contains("did not run"));
    // The batch example: the first household's total, the second's errors, in order.
    let batch: Value = app
        .post_json(
            "/api/v1/estimates",
            &serde_json::json!([example, { "condition": "lupus_nephritis", "home_zip": "27705" }]),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(batch["results"][0]["totals"]["family_total"]["typical"], typical);
    let center_error = batch["results"][1]["errors"]["center"][0].as_str().unwrap();
    let words = center_error.split(['"', '\'']).next().unwrap();
    assert!(words.len() > 10 && html.contains(words), "{center_error}");
}

#[tokio::test]
async fn every_page_links_the_api_from_its_footer() {
    let app = spawn_app().await;
    for path in ["/", "/sources", "/advocates", "/nowhere"] {
        let html = app.get(path).await.text().await.unwrap();
        let footer = &html[html.find("<footer").unwrap()..];
        assert!(footer.contains("<a href=\"/api?lang=en\">"), "{path}");
    }
    let html = app.get("/api?lang=es").await.text().await.unwrap();
    assert!(html.contains("La API de la calculadora"));
}
