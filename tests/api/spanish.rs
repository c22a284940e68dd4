//! A Spanish-speaking family goes from the form to a printed estimate without meeting English
//! outside source titles: every page is checked against every English message and every piece
//! of English data prose.

use std::fs;
use std::path::PathBuf;

use crate::helpers::{DURHAM, compare_durham_hotel_and_family, durham_with, query, spawn_app};

/// The words of every English message and every English data cell, as pieces of at least
/// three words of letters (shorter ones, such as "Medicaid" or "Lupus", and acronyms such as
/// "PPO, HMO, EPO" are the same in both languages).
fn english_phrases() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut phrases = Vec::new();
    for entry in fs::read_dir(root.join("locales/en")).unwrap() {
        let text = fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines().filter(|l| !l.starts_with([' ', '#']) && l.contains(" = ")) {
            let value = line.split_once(" = ").unwrap().1;
            // The text between placeables.
            for piece in value.split(['{', '}']).step_by(2) {
                if is_phrase(piece) {
                    phrases.push(piece.trim().to_string());
                }
            }
        }
    }
    for file in ["notes", "aid_programs", "coverage_rules", "journey", "paid_leave"] {
        let mut reader = csv::Reader::from_path(root.join(format!("data/{file}.csv"))).unwrap();
        let headers = reader.headers().unwrap().clone();
        for record in reader.records() {
            for (header, cell) in headers.iter().zip(record.unwrap().iter()) {
                let prose = ["text", "pays_for", "limits", "how_to_apply", "reason", "label", "note"];
                if prose.contains(&header) && is_phrase(cell) {
                    phrases.push(cell.trim().to_string());
                }
            }
        }
    }
    phrases
}

fn is_phrase(text: &str) -> bool {
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    words >= 3 && text.chars().any(char::is_lowercase)
}

/// The page's text as a reader sees it, without source titles (they stay in their own language).
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let tag_end = rest[start..].find('>').map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..tag_end];
        rest = &rest[tag_end..];
        // Source titles stay as published (marked `lang="en"`).
        if tag.starts_with("<p class=\"source-title\"") {
            rest = rest.find("</p>").map_or("", |end| &rest[end..]);
        } else if tag.starts_with("<cite") {
            rest = rest.find("</cite>").map_or("", |end| &rest[end..]);
        }
        text.push(' ');
    }
    text.push_str(rest);
    text.replace("&#x27;", "'")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
}

#[tokio::test]
async fn the_form_estimate_notes_and_print_view_have_no_english_left() {
    let app = spawn_app().await;
    let everything = query(&[
        ("condition", "dermatomyositis"),
        ("route", "approved"),
        ("center", "philadelphia"),
        ("home_state", "NJ"),
        ("distance_miles", "60"),
        ("insurance", "employer"),
        ("in_network", "no"),
        ("caregivers", "2"),
        ("caregiver_weekly_pay", "1500"),
        ("caregiver_work_state", "NJ"),
        ("patient_weekly_pay", "900"),
        ("pets", "1"),
        ("child_care_per_day", "40"),
        ("household_size", "4"),
        ("household_income", "40000"),
        ("start_date", "2027-12-20"),
        ("lang", "es"),
    ]);
    let durham = format!("{}&lang=es", query(&DURHAM));
    let phrases = english_phrases();
    let pages = [
        "/?lang=es".to_string(),
        "/estimate?distance_miles=far&caregivers=9&start_date=2099-01-01&lang=es".to_string(),
        format!("/estimate?{durham}"),
        format!("/estimate?{everything}"),
        format!("/estimate/print?{everything}"),
        format!("/estimate/print?{durham}"),
        "/sources?lang=es".to_string(),
        "/advocates?lang=es".to_string(),
        format!("/compare?{}&lang=es", compare_durham_hotel_and_family()),
        "/nowhere?lang=es".to_string(),
    ];
    for page in &pages {
        let html = app.get(page).await.text().await.unwrap();
        assert!(html.contains("<html lang=\"es\">"), "{page}");
        let text = visible_text(&html);
        let english: Vec<&String> = phrases.iter().filter(|p| text.contains(p.as_str())).collect();
        assert!(english.is_empty(), "{page} still has English: {english:?}");
    }
}

#[tokio::test]
async fn the_language_comes_from_the_link_or_the_browser_and_stays_in_links() {
    let app = spawn_app().await;
    let durham = query(&DURHAM);
    // The browser's preference decides when the link does not.
    let response = app
        .get_in(&format!("/estimate?{durham}"), "es-US,es;q=0.9,en;q=0.5")
        .await;
    assert_eq!(response.headers()["content-language"], "es");
    let html = response.text().await.unwrap();
    assert!(html.contains("<html lang=\"es\">"));
    // The switch offers English, marked as English, and keeps the answers.
    assert!(html.contains("lang=\"en\" hreflang=\"en\">English</a>"), "{html}");
    // Share, print and spreadsheet links keep Spanish (the household gave pay, so the files
    // are posted buttons, whose addresses keep it too).
    for link in [
        "formaction=\"/estimate.json?",
        "formaction=\"/estimate.csv?",
        "href=\"/?condition",
    ] {
        let start = html.find(link).unwrap_or_else(|| panic!("{link}"));
        let href = &html[start..start + html[start..].find("\">").unwrap()];
        assert!(href.contains("lang=es"), "{href}");
    }
    // A link that names a language wins over the browser.
    let response = app.get_in(&format!("/estimate?{durham}&lang=en"), "es").await;
    assert!(response.text().await.unwrap().contains("<html lang=\"en\">"));
    // After a POST the switch is a form that posts the answers again, so income never goes
    // into an address.
    let mut fields: Vec<(&str, &str)> = DURHAM.to_vec();
    fields.push(("household_income", "51234"));
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    let switch = &html[html.find("class=\"lang-switch\"").unwrap()..];
    let switch = &switch[..switch.find("</li>").unwrap()];
    assert!(
        switch.contains("<form method=\"post\" action=\"/estimate?lang=es\""),
        "{switch}"
    );
    assert!(switch.contains("name=\"household_income\" value=\"51234\""), "{switch}");
    assert!(switch.contains("name=\"lang\" value=\"es\""), "{switch}");
}

#[tokio::test]
async fn errors_money_and_dates_are_said_in_spanish() {
    let app = spawn_app().await;
    let html = app
        .get("/estimate?condition=sle&center=durham&home_state=NC&distance_miles=-5&lang=es")
        .await;
    assert_eq!(html.status(), 422);
    let text = visible_text(&html.text().await.unwrap());
    assert!(!text.contains("can't be negative"), "{text}");
    let mut with_date: Vec<(&str, &str)> = DURHAM.to_vec();
    with_date.extend([("start_date", "2027-03-15"), ("lang", "es")]);
    let text = visible_text(
        &app.get(&format!("/estimate?{}", query(&with_date)))
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(text.contains("15 de marzo de 2027"), "dates are written out in Spanish");
    assert!(!text.contains("March 15, 2027"));
    // Dollars keep the U.S. format a U.S. family sees on its bills.
    assert!(text.contains("$124"), "{text}");
    let csv = app
        .get(&format!("/estimate.csv?{}", query(&with_date)))
        .await
        .text()
        .await
        .unwrap();
    let header = csv.lines().next().unwrap();
    assert!(!header.contains("family_pays_typical"), "{header}");
}

#[tokio::test]
async fn the_api_answers_in_the_language_asked_for() {
    let app = spawn_app().await;
    let body: serde_json::Value = DURHAM
        .iter()
        .map(|(k, v)| (k.to_string(), serde_json::json!(v)))
        .collect();
    let spanish: serde_json::Value = app
        .post_json("/api/v1/estimate?lang=es", &body)
        .await
        .json()
        .await
        .unwrap();
    let english: serde_json::Value = app.post_json("/api/v1/estimate", &body).await.json().await.unwrap();
    let label = |answer: &serde_json::Value| answer["lines"][0]["label"].as_str().unwrap_or_default().to_string();
    assert_eq!(label(&english), "Collecting the patient's T cells (apheresis)");
    assert_eq!(label(&spanish), "Recolección de las células T del paciente (aféresis)");
    // The figures are the same in both languages.
    assert_eq!(spanish["totals"], english["totals"]);
    let errors: serde_json::Value = app
        .post_json("/api/v1/estimate?lang=es", &serde_json::json!({"distance_miles": -5}))
        .await
        .json()
        .await
        .unwrap();
    let message = errors["errors"]["distance_miles"][0].as_str().unwrap();
    assert!(message.contains("no puede ser negativo"), "{message}");
}

/// Numbers as each language writes them: `180,5` miles is 180.5 on the Spanish page, and on the
/// English page a 422 that says how to write it; `1.204,50` is the Spanish way to write pay.
#[tokio::test]
async fn numbers_are_read_the_way_the_page_language_writes_them() {
    let app = spawn_app().await;
    let mut spanish: Vec<(&str, &str)> = DURHAM.to_vec();
    spanish.extend([
        ("distance_miles", "180,5"),
        ("caregiver_weekly_pay", "1.204,00"),
        ("lang", "es"),
    ]);
    let response = app.post_form("/estimate", &spanish).await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    // 15 round trips × 2 × 180.5 miles = 5,415 miles, written the Spanish way on its page.
    assert!(html.contains("5,415 millas") || html.contains("5.415 millas"), "miles");
    assert!(!html.contains("1805"), "never read as 1,805 miles");
    // The same text on the English page is refused, with how to write it, and kept as typed.
    let mut english: Vec<(&str, &str)> = DURHAM.to_vec();
    english.push(("distance_miles", "180,5"));
    let response = app.post_form("/estimate", &english).await;
    assert_eq!(response.status().as_u16(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains(
        "The one-way distance in miles is not written the way this page reads numbers: use a point for decimals and a comma for thousands, like 1,234.50."
    ));
    assert!(html.contains("value=\"180,5\""));
    // And on the Spanish page a point before one digit is refused the same way.
    let mut point: Vec<(&str, &str)> = DURHAM.to_vec();
    point.extend([("distance_miles", "180.5"), ("lang", "es")]);
    let response = app.post_form("/estimate", &point).await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("use coma para los decimales y punto para los miles, como 1.234,50")
    );
    // The JSON API keeps plain JSON numbers and decimal points.
    let mut body = serde_json::Map::new();
    for (name, value) in DURHAM {
        body.insert(name.to_string(), serde_json::Value::from(value));
    }
    body.insert("distance_miles".into(), serde_json::json!(180.5));
    let response = app
        .post_json("/api/v1/estimate", &serde_json::Value::Object(body))
        .await;
    assert_eq!(response.status().as_u16(), 200);
    // Switching language carries the answer over in the other language's writing.
    let html = app
        .get("/estimate?condition=sle&center=durham&home_state=NC&distance_miles=180%2C5&lang=es")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("distance_miles=180.5"),
        "the switch to English rewrites 180,5 as 180.5"
    );
}

/// Where the visible text (tags removed) holds a `YYYY-MM-DD` date, with the text around it.
fn iso_dates_in_text(html: &str) -> Vec<String> {
    let body = html.split("</style>").last().unwrap_or(html);
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let shape = "dddd-dd-dd";
    (0..chars.len().saturating_sub(shape.len()))
        .filter(|&i| {
            shape.chars().enumerate().all(|(k, s)| match s {
                'd' => chars[i + k].is_ascii_digit(),
                _ => chars[i + k] == s,
            })
        })
        // A real month and day, not an identifier such as the EU trial number 2025-521145-24-01.
        .filter(|&i| {
            let number = |from: usize| {
                chars[from..from + 2]
                    .iter()
                    .collect::<String>()
                    .parse::<u32>()
                    .unwrap_or(0)
            };
            let digit_after = chars.get(i + shape.len()).is_some_and(char::is_ascii_digit);
            (1..=12).contains(&number(i + 5)) && (1..=31).contains(&number(i + 8)) && !digit_after
        })
        .map(|i| chars[i.saturating_sub(40)..(i + 10).min(chars.len())].iter().collect())
        .collect()
}

#[tokio::test]
async fn dates_are_written_out_in_the_pages_language_everywhere() {
    let app = spawn_app().await;
    let answers = query(&durham_with(&[
        ("start_date", "2027-03-01"),
        ("household_income", "60000"),
        ("household_size", "3"),
    ]));
    for lang in ["en", "es"] {
        for path in [
            format!("/estimate?{answers}&lang={lang}"),
            format!("/estimate/print?{answers}&lang={lang}"),
            format!("/sources?lang={lang}"),
        ] {
            let html = app.get(&path).await.text().await.unwrap();
            assert_eq!(iso_dates_in_text(&html), Vec::<String>::new(), "{path}");
        }
    }
    // The aid programs' "information from" date, in each language.
    let html = app
        .get(&format!("/estimate?{answers}&lang=es"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("(información del 23 de noviembre de 2026)"));
    let html = app.get(&format!("/estimate?{answers}")).await.text().await.unwrap();
    assert!(html.contains("(information from November 23, 2026)"));
}
