//! Scenarios side by side, each computed as its own estimate.

use crate::helpers::{DURHAM, durham_with, query, spawn_app};

/// `a.name=value&b.name=value…` for the scenarios given.
fn compare_query(scenarios: &[(&str, Vec<(&str, &str)>)]) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (prefix, fields) in scenarios {
        for (name, value) in fields {
            serializer.append_pair(&format!("{prefix}.{name}"), value);
        }
    }
    serializer.finish()
}

/// The family's typical total of one estimate, from the JSON export.
async fn family_total(app: &crate::helpers::TestApp, fields: &[(&str, &str)]) -> String {
    let body: serde_json::Value = app
        .get(&format!("/estimate.json?{}", query(fields)))
        .await
        .json()
        .await
        .unwrap();
    body["totals"]["family_total"]["typical"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn hotel_against_free_housing_matches_the_two_estimates_made_separately() {
    let app = spawn_app().await;
    let hotel = DURHAM.to_vec();
    let free = durham_with(&[("lodging", "family")]);
    let response = app
        .get(&format!(
            "/compare?{}",
            compare_query(&[("a", hotel.clone()), ("b", free.clone())])
        ))
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    // The two totals, each as its own estimate gives it.
    assert_eq!(family_total(&app, &hotel).await, "25822.19");
    assert_eq!(family_total(&app, &free).await, "18441.19");
    assert!(html.contains("<td class=\"money typical\">$25,822.19</td><td class=\"money\">$18,441.19</td><td class=\"money\">$7,381.00 less</td>"));
    // The lodging line differs and is marked; the answers that differ are listed.
    assert!(html.contains("<tr class=\"differs\"><th scope=\"row\">Lodging near the center <span class=\"differs-mark\">(differs)</span></th><td class=\"money\">$7,381.00</td><td class=\"money\">$0.00</td>"));
    assert!(html.contains("<h2>Answers that differ</h2>"));
    assert!(html.contains("<th scope=\"row\">Staying</th>"));
    // Lines that are the same are not marked.
    assert!(html.contains("<tr><th scope=\"row\">Meals while away from home</th>"));
}

#[tokio::test]
async fn three_scenarios_and_bad_ones() {
    let app = spawn_app().await;
    let a = DURHAM.to_vec();
    let b = durham_with(&[("travel_mode", "fly")]);
    let c = durham_with(&[("center", "philadelphia"), ("distance_miles", "400")]);
    let response = app
        .get(&format!(
            "/compare?{}",
            compare_query(&[("a", a.clone()), ("b", b), ("c", c)])
        ))
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("Scenario C minus A"));
    // The trip line is named for each way of travel.
    assert!(html.contains("Driving to and from the center / Flying to and from the center"));
    // If Medicaid refuses the rides, the family pays for them: a row shows that outcome.
    assert!(html.contains("Total for the family if the plan refuses what it may refuse"));
    assert!(html.contains("<h2>Answers the scenarios share</h2>"));
    // One scenario with a wrong answer: 422, the message shown in its column.
    let bad = durham_with(&[("distance_miles", "far")]);
    let response = app
        .get(&format!("/compare?{}", compare_query(&[("a", a.clone()), ("b", bad)])))
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Enter the one-way distance in miles as a number"));
    // Only one scenario: nothing to compare.
    let response = app.get(&format!("/compare?{}", compare_query(&[("a", a)]))).await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(response.text().await.unwrap().contains("at least two scenarios"));
}

#[tokio::test]
async fn the_estimate_page_starts_a_comparison_without_pay_or_income() {
    let app = spawn_app().await;
    let fields = durham_with(&[("household_income", "52000"), ("household_size", "3")]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    assert!(html.contains("<form method=\"get\" action=\"/compare\""));
    assert!(html.contains("name=\"a.center\" value=\"durham\""));
    assert!(html.contains("name=\"b.caregiver_paid_leave_days\" value=\"10\""));
    // Pay is household money too: the comparison is sent by GET, so it stays out.
    assert!(!html.contains("a.caregiver_weekly_pay") && !html.contains("b.caregiver_weekly_pay"));
    assert!(html.contains("<select id=\"b-center\" name=\"b.center\">"));
    assert!(!html.contains("a.household_income") && !html.contains("b.household_income"));
}
