//! `/advocates.csv` and `/advocates.json`: every figure on the advocates' page, with its group,
//! period and sources, safe to open in a spreadsheet, in English and Spanish.

use crate::helpers::spawn_app;

/// The rows of a CSV answer, its header first (the byte-order mark taken off).
fn csv_rows(body: &str) -> Vec<Vec<String>> {
    let text = body.strip_prefix('\u{feff}').expect("a byte-order mark first");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|record| record.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The number of figures the page shows: its table rows with a figure's name.
fn figures_on_page(html: &str) -> usize {
    html.matches("<th scope=\"row\" data-label=").count()
}

#[tokio::test]
async fn the_csv_has_a_row_per_figure_with_its_source_and_date() {
    let app = spawn_app().await;
    let response = app.get("/advocates.csv").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(response.headers()["content-language"], "en");
    assert_eq!(
        response.headers()["content-disposition"],
        "attachment; filename=\"car-t-access-figures.csv\""
    );
    let rows = csv_rows(&response.text().await.unwrap());
    let header = &rows[0];
    assert_eq!(
        header,
        &[
            "id",
            "topic",
            "figure",
            "group",
            "value",
            "unit",
            "what_it_means",
            "period",
            "source_publisher",
            "source_title",
            "source_url",
            "source_date",
            "source_quality"
        ]
    );
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let figures = &rows[1..];

    // One row per figure shown on the page, each once.
    let html = app.get("/advocates").await.text().await.unwrap();
    assert_eq!(figures.len(), figures_on_page(&html));
    let tables = cart_estimator::data_files::load_embedded().unwrap();
    assert_eq!(figures.len(), tables.advocate_figures().len());
    let mut ids: Vec<&str> = figures.iter().map(|r| r[column("id")].as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), figures.len(), "a figure appears twice");

    for row in figures {
        let id = &row[column("id")];
        for name in ["topic", "figure", "group", "value", "unit", "what_it_means", "period"] {
            assert!(!row[column(name)].is_empty(), "{id}: no {name}");
        }
        assert!(
            row[column("value")].parse::<f64>().is_ok(),
            "{id}: {}",
            row[column("value")]
        );
        assert!(!row[column("source_publisher")].is_empty(), "{id} has no source");
        assert!(!row[column("source_title")].is_empty(), "{id} has no source");
        assert!(!row[column("source_date")].is_empty(), "{id}: no date for its source");
        // The page's own words: its figure name and what it means.
        assert!(
            html.contains(&escaped(&row[column("figure")])),
            "{id}: the page says it otherwise"
        );
        // Nothing in the file starts like a formula.
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula-like cell {cell:?}"
            );
        }
    }

    // A figure with all its parts: lupus in Black women, from the CDC registries' meta-analysis.
    let row = figures
        .iter()
        .find(|r| r[column("id")] == "sle_prevalence_black_women")
        .unwrap();
    assert_eq!(row[column("value")], "230.9");
    assert_eq!(row[column("unit")], "per 100,000 women");
    assert_eq!(row[column("period")], "2002-2009");
    assert_eq!(row[column("topic")], "Who gets lupus");
    assert!(row[column("group")].starts_with("Black women"));
    assert_eq!(row[column("source_url")], "https://pubmed.ncbi.nlm.nih.gov/33474834/");
    assert_eq!(row[column("source_date")], "2021");
    assert_eq!(row[column("source_quality")], "Primary source");
    // Thousands are not separated, so a spreadsheet reads the number.
    let row = figures
        .iter()
        .find(|r| r[column("id")] == "sle_people_meeting_criteria")
        .unwrap();
    assert_eq!(row[column("value")], "204295");
    // A figure from two sources lists both, in the same order in every source column.
    let row = figures
        .iter()
        .find(|r| r[column("id")] == "cart_pivotal_black_share")
        .unwrap();
    assert_eq!(row[column("source_publisher")].split(" | ").count(), 2);
    assert_eq!(row[column("source_url")].split(" | ").count(), 2);
    // Myositis and scleroderma have their own figures.
    assert!(ids.contains(&"iim_black_share_of_trial_participants"));
    assert!(ids.contains(&"ssc_black_share_of_trial_participants"));
}

/// The text as the template escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('\'', "&#x27;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[tokio::test]
async fn the_json_has_the_same_figures_as_the_csv() {
    let app = spawn_app().await;
    let response = app.get("/advocates.json").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(response.headers()["cache-control"], "no-store");
    let json: serde_json::Value = response.json().await.unwrap();
    assert_eq!(json["language"], "en");
    let figures = json["figures"].as_array().unwrap();
    let rows = csv_rows(&app.get("/advocates.csv").await.text().await.unwrap());
    assert_eq!(figures.len(), rows.len() - 1);
    for (figure, row) in figures.iter().zip(&rows[1..]) {
        assert_eq!(figure["id"], row[0].as_str());
        assert_eq!(figure["figure"], row[2].as_str());
        assert_eq!(figure["population"], row[3].as_str());
        assert_eq!(figure["value"], row[4].as_str(), "a decimal string, as published");
        assert_eq!(figure["unit"], row[5].as_str());
        assert_eq!(figure["meaning"], row[6].as_str());
        assert_eq!(figure["period"], row[7].as_str());
        let sources = figure["sources"].as_array().unwrap();
        assert!(!sources.is_empty(), "{}", figure["id"]);
        let urls: Vec<&str> = sources.iter().map(|s| s["url"].as_str().unwrap()).collect();
        assert_eq!(urls.join(" | "), row[10]);
        for source in sources {
            for part in ["id", "publisher", "title", "published", "quality"] {
                assert!(
                    source[part].as_str().is_some_and(|s| !s.is_empty()),
                    "{}: {part}",
                    figure["id"]
                );
            }
        }
    }
}

#[tokio::test]
async fn the_files_speak_spanish_as_the_page_does() {
    let app = spawn_app().await;
    let response = app.get("/advocates.csv?lang=es").await;
    assert_eq!(response.headers()["content-language"], "es");
    assert_eq!(
        response.headers()["content-disposition"],
        "attachment; filename=\"cifras-acceso-car-t.csv\""
    );
    let rows = csv_rows(&response.text().await.unwrap());
    assert_eq!(rows[0][2], "cifra");
    let page = app.get("/advocates?lang=es").await.text().await.unwrap();
    let row = rows.iter().find(|r| r[0] == "sle_prevalence_black_women").unwrap();
    assert_eq!(row[1], "Quién tiene lupus");
    assert_eq!(row[2], "Lupus en mujeres negras");
    assert!(page.contains(&escaped(&row[6])), "the page's Spanish: {}", row[6]);
    assert_eq!(row[12], "Fuente primaria");
    // "Undated" is said in Spanish, in the file and on the page.
    let row = rows.iter().find(|r| r[0] == "lupus_unemployment_low").unwrap();
    assert_eq!(row[7], "sin fecha");
    assert!(!page.contains(">undated<"));

    // The browser's language decides when the link does not.
    let json: serde_json::Value = app
        .get_in("/advocates.json", "es-US,es;q=0.9")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["language"], "es");
    assert_eq!(json["figures"][0]["topic_title"], "Quién tiene lupus");
}

#[tokio::test]
async fn the_page_links_both_files_in_its_language_and_head_answers() {
    let app = spawn_app().await;
    let html = app.get("/advocates").await.text().await.unwrap();
    assert!(html.contains("href=\"/advocates.csv?lang=en\""));
    assert!(html.contains("href=\"/advocates.json?lang=en\""));
    let html = app.get("/advocates?lang=es").await.text().await.unwrap();
    assert!(html.contains("href=\"/advocates.csv?lang=es\""));
    assert!(html.contains("href=\"/advocates.json?lang=es\""));
    for path in ["/advocates.csv", "/advocates.json"] {
        let url = format!("{}{path}", app.address);
        let get = app.client.get(&url).send().await.unwrap();
        let head = app.client.head(&url).send().await.unwrap();
        assert_eq!(head.status().as_u16(), 200, "{path}");
        assert_eq!(head.headers().get("content-type"), get.headers().get("content-type"));
        assert!(head.bytes().await.unwrap().is_empty(), "{path}: HEAD has no body");
        let post = app.client.post(&url).send().await.unwrap();
        assert_eq!(post.status().as_u16(), 405, "{path}");
        assert_eq!(post.headers()["allow"], "GET, HEAD");
    }
}

#[tokio::test]
async fn the_openapi_document_lists_both_files_and_types_the_json() {
    let app = spawn_app().await;
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert_eq!(
        doc["paths"]["/advocates.json"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/AdvocateFigures"
    );
    assert!(doc["paths"]["/advocates.csv"]["get"]["responses"]["200"]["content"]["text/csv"].is_object());
    let root = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": "#/components/schemas/AdvocateFigures",
        "components": doc["components"].clone(),
    });
    let schema = jsonschema::validator_for(&root).expect("the schema compiles");
    for lang in ["en", "es"] {
        let answer: serde_json::Value = app
            .get(&format!("/advocates.json?lang={lang}"))
            .await
            .json()
            .await
            .unwrap();
        let problems: Vec<String> = schema
            .iter_errors(&answer)
            .take(5)
            .map(|e| format!("{e} at {}", e.instance_path))
            .collect();
        assert!(problems.is_empty(), "{lang}: {problems:#?}");
    }
    let mut wrong: serde_json::Value = app.get("/advocates.json").await.json().await.unwrap();
    wrong["figures"][0]["value"] = serde_json::json!(72.8);
    assert!(!schema.is_valid(&wrong), "the value is a decimal string");
}
