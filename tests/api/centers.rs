//! The page and the API of every center for one household.

use crate::helpers::{DURHAM, durham_with, query, spawn_app};

/// The JSON of every center for the answers in a query string.
async fn centers_json(app: &crate::helpers::TestApp, answers: &str) -> serde_json::Value {
    app.get(&format!("/api/v1/centers?{answers}"))
        .await
        .json()
        .await
        .unwrap()
}

/// The centers' ids in page order.
fn centers_in_order(html: &str) -> Vec<String> {
    html.match_indices("id=\"center-")
        .map(|(at, _)| {
            let rest = &html[at + "id=\"center-".len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

#[tokio::test]
async fn every_center_is_listed_cheapest_first_with_its_distance_and_trials() {
    let app = spawn_app().await;
    let answers = query(&durham_with(&[("condition", "sle"), ("home_zip", "28801")]));
    let response = app.get(&format!("/centers?{answers}")).await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    let ids = centers_in_order(&html);
    assert_eq!(ids.len(), 31, "one row per listed center");
    assert!(!ids.iter().any(|id| id == "other"));
    // Duke keeps the 180 miles the family typed; UNC is measured from the ZIP.
    assert!(html.contains("180 miles one way, as you typed it"));
    assert!(html.contains("About 238 miles one way (198 miles in a straight line × 1.2 for roads)"));
    // Trials: RESET-SLE at UNC, linked to its record; the page says site lists are incomplete.
    assert!(html.contains("href=\"https://clinicaltrials.gov/study/NCT06121297\""));
    assert!(html.contains("Lists of trial sites are never complete"));
    // The API lists the same centers in the same order, with the same totals.
    let json: serde_json::Value = centers_json(&app, &answers).await;
    let api_ids: Vec<&str> = json["centers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["center"].as_str().unwrap())
        .collect();
    assert_eq!(api_ids, ids);
    assert_eq!(json["chosen"], "durham");
    let unc = json["centers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["center"] == "chapel_hill")
        .unwrap();
    assert_eq!(unc["distance_miles"], "238");
    assert_eq!(unc["distance_basis"]["straight_line_miles"], "198");
    assert_eq!(unc["travel_mode"], "drive");
    assert_eq!(unc["trials"][0]["nct"], "NCT06121297");
    assert_eq!(unc["trials"][0]["cells"], "autologous");
    for key in ["low", "typical", "high"] {
        assert!(unc["family_total"][key].as_str().unwrap().contains('.'));
    }
    // Each row's full estimate says the same total as the row.
    let unc_total = unc["family_total"]["typical"].as_str().unwrap().to_string();
    // The household has pay, which a link leaves out: the row posts every answer instead.
    let row_form = html
        .split("<form method=\"post\" action=\"/estimate?lang=en\"")
        .find(|form| form.contains("name=\"center\" value=\"chapel_hill\""))
        .map(|form| &form[..form.find("</form>").unwrap()])
        .unwrap();
    assert!(row_form.contains("name=\"caregiver_weekly_pay\" value=\"1204\""));
    let posted: Vec<(String, String)> = row_form
        .split("<input type=\"hidden\" name=\"")
        .skip(1)
        .map(|input| {
            let (name, rest) = input.split_once("\" value=\"").unwrap();
            (name.to_string(), rest.split('"').next().unwrap().replace("&amp;", "&"))
        })
        .collect();
    let posted: Vec<(&str, &str)> = posted.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let full: serde_json::Value = app
        .get(&format!("/estimate.json?{}", query(&posted)))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(full["totals"]["family_total"]["typical"].as_str().unwrap(), unc_total);
}

#[tokio::test]
async fn without_a_zip_code_the_form_asks_for_one() {
    let app = spawn_app().await;
    let response = app.get(&format!("/centers?{}", query(&DURHAM))).await;
    assert_eq!(response.status().as_u16(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("To see every center with its distance, type your home ZIP code."));
    assert!(html.contains("value=\"180\""), "what was typed is kept");
    let api = app.get(&format!("/api/v1/centers?{}", query(&DURHAM))).await;
    assert_eq!(api.status().as_u16(), 422);
    let json: serde_json::Value = api.json().await.unwrap();
    assert!(json["errors"]["home_zip"][0].as_str().unwrap().contains("ZIP"));
}

#[tokio::test]
async fn the_estimate_posts_its_answers_to_every_center_and_the_form_lists_centers_nearest_first() {
    let app = spawn_app().await;
    let answers = durham_with(&[("home_zip", "28801"), ("household_income", "52000")]);
    let estimate = app
        .get(&format!("/estimate?{}", query(&answers)))
        .await
        .text()
        .await
        .unwrap();
    assert!(estimate.contains("<form method=\"post\" action=\"/centers?lang=en\""));
    // Posted, the answers (income too) stay out of the address.
    let response = app.post_form("/centers", &answers).await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(!response.url().as_str().contains("52000"));
    // The form, with a ZIP code, lists the nearest center first.
    let form = app.get("/?home_zip=60601").await.text().await.unwrap();
    let select = &form[form.find("<select id=\"center\"").unwrap()..];
    let first = &select[select.find("<option value=\"").unwrap() + 15..];
    let first = &first[first.find("<option value=\"").unwrap() + 15..];
    assert!(first.starts_with("chicago\""), "{}", &first[..80]);
    assert!(select.contains("Chicago, IL (Northwestern / UChicago): about 1 mile<"));
}

#[tokio::test]
async fn from_the_form_a_zip_code_and_a_disease_are_enough() {
    let app = spawn_app().await;
    let form = app.get("/").await.text().await.unwrap();
    assert!(form.contains("formaction=\"/centers\""));
    // What the form posts when only the disease and the ZIP code are filled in.
    let response = app
        .post_form(
            "/centers",
            &[
                ("condition", "systemic_sclerosis"),
                ("home_zip", "27514"),
                ("center", ""),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    assert_eq!(centers_in_order(&html).len(), 31);
    assert!(html.contains("RESET-SSc"));
    assert!(!html.contains("Compare with"), "no center was chosen to compare with");
}

#[tokio::test]
async fn the_page_is_in_spanish_too() {
    let app = spawn_app().await;
    let answers = query(&[("condition", "dermatomyositis"), ("home_zip", "60601"), ("lang", "es")]);
    let html = app.get(&format!("/centers?{answers}")).await.text().await.unwrap();
    assert!(html.contains("<html lang=\"es\""));
    assert!(html.contains("Todos los centros para sus respuestas"));
    assert!(html.contains("Ensayos para Dermatomiositis vistos aquí"));
    assert!(html.contains("hecho con las células del propio paciente"));
    assert!(html.contains("(información con fecha: 2 de diciembre de 2026)"));
    assert!(html.contains("Visto en"));
}

#[tokio::test]
async fn every_wrong_answer_shows_at_once_and_no_night_is_priced_at_home() {
    let app = spawn_app().await;
    // No ZIP and a wrong pay: both messages, not only the ZIP's.
    let answers = query(&[("condition", "sle"), ("caregiver_pay", "lots")]);
    let json: serde_json::Value = centers_json(&app, &answers).await;
    assert!(
        json["errors"]["home_zip"].is_array() && json["errors"]["caregiver_pay"].is_array(),
        "{json}"
    );
    // A center that is not in the list, or miles that are not a number: refused, not dropped.
    for wrong in [("center", "nosuch"), ("distance_miles", "abc")] {
        let answers = query(&[("condition", "sle"), ("home_zip", "28801"), wrong]);
        let response = app.get(&format!("/api/v1/centers?{answers}")).await;
        assert_eq!(response.status().as_u16(), 422, "{wrong:?}");
    }
    // From the hospital's own ZIP area: at least a mile, not a free trip; no hotel nights.
    let answers = query(&[("condition", "sle"), ("home_zip", "27514"), ("insurance", "employer")]);
    let json: serde_json::Value = centers_json(&app, &answers).await;
    let unc = json["centers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["center"] == "chapel_hill")
        .unwrap();
    assert_eq!(unc["distance_basis"]["straight_line_miles"], "1");
    assert_eq!(unc["lodging_rate"], serde_json::Value::Null);
    assert_eq!(unc["trials"][0]["hospital"], "UNC");
    let html = app.get(&format!("/centers?{answers}")).await.text().await.unwrap();
    assert!(html.contains("None: you sleep at home and drive in"));
    assert!(html.contains("Seen at UNC."));
    // Cleveland Clinic's own ZIP has no Census area: the page says which one is used.
    assert!(html.contains("The hospital&#x27;s ZIP code, 44195, is for the hospital alone"));
}
