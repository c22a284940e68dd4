//! What income changes, as a family reads it: each figure beside its sources, in the JSON and
//! on the page, in English and Spanish.

use crate::helpers::{durham_with, spawn_app};

/// The titles of the sources a paragraph of the page cites, by following its "[n]" links.
fn cited_titles(html: &str, paragraph_with: &str) -> Vec<String> {
    let start = html
        .find(paragraph_with)
        .unwrap_or_else(|| panic!("{paragraph_with:?} not on the page"));
    let end = start + html[start..].find("</p>").expect("the paragraph ends");
    let paragraph = &html[start..end];
    paragraph
        .match_indices("href=\"#source-")
        .map(|(at, pattern)| {
            let number: String = paragraph[at + pattern.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let item = format!("<li id=\"source-{number}\">");
            let from = html.find(&item).expect("the source is listed") + item.len();
            let to = from + html[from..].find("</li>").unwrap();
            html[from..to].to_string()
        })
        .collect()
}

#[tokio::test]
async fn a_silver_plan_at_150_percent_shows_its_lower_limit_with_its_sources() {
    let app = spawn_app().await;
    let fields = durham_with(&[
        ("insurance", "marketplace"),
        ("marketplace_metal", "silver"),
        ("in_network", "yes"),
        ("household_size", "1"),
        ("household_income", "23475"),
    ]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    assert!(html.contains("<h3 id=\"income-title\">What your income changes</h3>"));
    let sentence = "Your income is 150% of the 2025 federal poverty level";
    let titles = cited_titles(&html, sentence).join(" | ");
    assert!(titles.contains("How much are the cost-sharing reductions?"), "{titles}");
    assert!(titles.contains("26 U.S.C. 36B(d)(3)(B)"), "{titles}");
    assert!(titles.contains("FR Doc. 2025-01377"), "{titles}");

    let json: serde_json::Value = app
        .post_json(
            "/api/v1/estimate",
            &serde_json::json!({
                "condition": "lupus_nephritis", "center": "durham", "home_state": "NC",
                "distance_miles": "180", "insurance": "marketplace", "marketplace_metal": "silver",
                "in_network": "yes", "household_size": "1", "household_income": "23475"
            }),
        )
        .await
        .json()
        .await
        .unwrap();
    let silver = &json["income"]["silver_plan"];
    assert_eq!(silver["oop_max"], "3500.00");
    assert_eq!(silver["plain_oop_max"], "10600.00");
    assert_eq!(silver["income_poverty_pct"], "150.00");
    assert_eq!(silver["applied"], true);
    assert_eq!(json["plan_years"][0]["limit"], "3500.00");
}

#[tokio::test]
async fn free_care_at_a_nonprofit_hospital_is_an_alternative_not_the_headline() {
    let app = spawn_app().await;
    let fields = durham_with(&[
        ("insurance", "uninsured"),
        ("center", "nashville"),
        ("home_state", "TN"),
        ("household_size", "1"),
        ("household_income", "23940"),
    ]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    assert!(html.contains("This also depends on the hospital's financial help."));
    let titles = cited_titles(&html, "The usual policy of nonprofit hospitals calls for free care").join(" | ");
    assert!(
        titles.contains("hospital financial assistance and debt collection policies"),
        "{titles}"
    );
    assert!(html.contains("Ask the hospital for its financial assistance policy and an application before treatment."));
    let spanish = app
        .post_form("/estimate", &[fields.as_slice(), &[("lang", "es")]].concat())
        .await
        .text()
        .await
        .unwrap();
    assert!(spanish.contains("Esto también depende de la ayuda financiera del hospital."));

    let mut body = serde_json::Map::new();
    for (name, value) in &fields {
        body.insert((*name).to_string(), serde_json::Value::from(*value));
    }
    let json: serde_json::Value = app
        .post_json("/api/v1/estimate", &serde_json::Value::Object(body))
        .await
        .json()
        .await
        .unwrap();
    let alternatives = json["alternatives"].as_array().unwrap();
    let help = alternatives
        .iter()
        .find(|alt| alt["answer"] == "financial_assistance")
        .expect("the financial assistance alternative");
    assert_eq!(help["totals"]["family_medical"]["typical"], "0.00");
    assert_ne!(json["totals"]["family_medical"]["typical"], "0.00");
    assert_eq!(json["income"]["financial_assistance"]["help"], "free");
    // The printed summary carries it beside the other outcomes.
    let print = app
        .get(&format!("/estimate/print?{}", crate::helpers::query(&fields)))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        print.contains("If the hospital&#x27;s financial assistance applies: $"),
        "print"
    );
    assert_eq!(
        json["income"]["financial_assistance"]["hospital_ownership"],
        "nonprofit"
    );
}
