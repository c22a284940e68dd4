//! Oversized requests are refused cleanly, and every response carries the safety headers.

use crate::helpers::{DURHAM, spawn_app};

#[tokio::test]
async fn an_oversized_body_is_413() {
    let app = spawn_app().await;
    let big = "x".repeat(cart_estimator::startup::MAX_BODY_BYTES + 1);
    let response = app.post_form("/estimate", &[("condition", big.as_str())]).await;
    assert_eq!(response.status().as_u16(), 413);
    let response = app
        .post_json("/api/v1/estimate", &serde_json::json!({ "condition": big }))
        .await;
    assert_eq!(response.status().as_u16(), 413);
    // Just under the limit is read, and refused as bad input, not too large.
    let response = app
        .post_form("/estimate", &[("condition", "x".repeat(60_000).as_str())])
        .await;
    assert_eq!(response.status().as_u16(), 422);
}

#[tokio::test]
async fn an_overlong_query_string_is_414() {
    let app = spawn_app().await;
    let long = "a".repeat(cart_estimator::web::MAX_QUERY_BYTES + 1);
    for path in ["/", "/estimate", "/estimate.csv", "/compare", "/sources"] {
        let response = app.get(&format!("{path}?x={long}")).await;
        assert_eq!(response.status().as_u16(), 414, "{path}");
    }
    let response = app.get(&format!("/estimate?x={}", "a".repeat(1000))).await;
    assert_eq!(response.status().as_u16(), 422);
}

#[tokio::test]
async fn every_response_has_the_safety_headers() {
    let app = spawn_app().await;
    let query: String = DURHAM.iter().map(|(k, v)| format!("{k}={v}&")).collect();
    for path in [
        "/".to_string(),
        format!("/estimate?{query}"),
        format!("/estimate/print?{query}"),
        format!("/estimate.csv?{query}"),
        format!("/estimate.json?{query}"),
        "/estimate?distance_miles=far".to_string(),
        "/sources".to_string(),
        "/advocates".to_string(),
        "/compare".to_string(),
        "/healthz".to_string(),
        "/static/style.css".to_string(),
        "/nowhere".to_string(),
        format!("/?x={}", "a".repeat(9000)),
    ] {
        let response = app.get(&path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert!(csp.contains("script-src 'none'"), "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
        assert!(headers.get("set-cookie").is_none(), "{path} sets a cookie");
    }
    for path in [format!("/estimate?{query}"), format!("/estimate.csv?{query}")] {
        assert_eq!(app.get(&path).await.headers()["cache-control"], "no-store", "{path}");
    }
}

#[tokio::test]
async fn markup_in_every_field_comes_back_escaped() {
    let app = spawn_app().await;
    let attack = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>";
    for field in cart_estimator::core::input::RawInput::field_names() {
        let mut fields: Vec<(&str, &str)> = DURHAM.iter().copied().filter(|(name, _)| *name != field).collect();
        fields.push((field, attack));
        for path in ["/estimate", "/"] {
            let response = app.post_form(path, &fields).await;
            let status = response.status().as_u16();
            assert!(status == 200 || status == 422, "{field} on {path}: {status}");
            let html = response.text().await.unwrap();
            assert!(!html.contains("<script>"), "{field} on {path} came back unescaped");
            assert!(!html.contains("<img src=x"), "{field} on {path} came back unescaped");
        }
        // The same through a link.
        let query: String = fields
            .iter()
            .map(|(k, v)| {
                format!(
                    "{k}={}&",
                    form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
                )
            })
            .collect();
        let html = app.get(&format!("/estimate?{query}")).await.text().await.unwrap();
        assert!(!html.contains("<script>"), "{field} in a link came back unescaped");
    }
}
