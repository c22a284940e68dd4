//! CSV and JSON exports and share links.

use crate::helpers::{DURHAM, durham_with, query, spawn_app};

#[tokio::test]
async fn the_csv_has_a_row_per_line_with_every_figure_and_the_sources() {
    let app = spawn_app().await;
    let response = app.get(&format!("/estimate.csv?{}", query(&DURHAM))).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"car-t-cost-estimate-20")
    );
    let body = response.text().await.unwrap();
    // After the block that says whose estimate it is (tests/api/workbook.rs) and a blank row.
    let table = &body[body.find("\n\"\"\n").expect("a blank row after the block") + 4..];
    let mut reader = csv::Reader::from_reader(table.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        header,
        cart_estimator::web::export::CSV_HEADER.map(str::to_string).to_vec()
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = |line: &str| {
        rows.iter()
            .find(|r| &r[0] == line)
            .unwrap_or_else(|| panic!("no {line} row"))
    };
    // The same figures as the page (tests/estimate_households.rs): lodging 61 nights × $121.
    let lodging = row("lodging");
    assert_eq!(&lodging[column("quantity_typical")], "61");
    assert_eq!(&lodging[column("rate_typical")], "121");
    assert_eq!(
        (
            &lodging[column("cost_low")],
            &lodging[column("cost_typical")],
            &lodging[column("cost_high")]
        ),
        ("4961.00", "7381.00", "11132.00")
    );
    assert_eq!(&lodging[column("family_pays_typical")], "7381.00");
    assert!(
        lodging[column("sources")].contains("FY 2026 CONUS per diem rates (master file) <https://www.gsa.gov/"),
        "{}",
        &lodging[column("sources")]
    );
    // The cells: the sponsor pays $425,000 in the typical case.
    let product = row("product");
    assert_eq!(&product[column("sponsor_pays_typical")], "425000.00");
    // Medicaid rides pay the drive.
    assert_eq!(&row("travel")[column("benefit_pays_typical")], "1107.00");
    // The chemotherapy is priced from Medicare's payment limits, to the cent.
    assert_eq!(&row("conditioning")[column("cost_typical")], "377.75");
    // A line without a sourced price keeps its row, with empty figures and the question.
    let prophylaxis = row("prophylaxis");
    assert_eq!(&prophylaxis[column("cost_typical")], "");
    assert!(prophylaxis[column("how_computed")].contains("No published price:"));
    // Every line of the estimate has its row: collection, conditioning, product, hospital stay,
    // complications, prophylaxis, follow-up care, travel, lodging, meals, parking and the two
    // lost-pay lines (no child or pet care entered); then the totals row.
    assert_eq!(rows.len(), 14);
    let total = row("total");
    assert_eq!(&total[column("family_pays_typical")], "25822.19");
    assert_eq!(&total[column("sponsor_pays_typical")], "425000.00");
    assert!(total[column("how_computed")].starts_with("Made on 20"));
    assert_eq!(&product[column("who_pays")], "Trial sponsor");
    // A byte-order mark first, so spreadsheets read the × and ÷ in the workings.
    assert!(body.starts_with('\u{feff}'));
    // Nothing in the file starts like a formula.
    for record in &rows {
        for cell in record {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "formula-like cell {cell:?}");
        }
    }
}

#[tokio::test]
async fn bad_answers_in_an_export_link_are_refused() {
    let app = spawn_app().await;
    let fields = durham_with(&[("distance_miles", "=1+1")]);
    let response = app.get(&format!("/estimate.csv?{}", query(&fields))).await;
    assert_eq!(response.status().as_u16(), 422);
    let response = app.get(&format!("/estimate.json?{}", query(&fields))).await;
    assert_eq!(response.status().as_u16(), 422);
    let body: serde_json::Value = response.json().await.unwrap();
    assert!(body["errors"]["distance_miles"].is_array());
}

#[tokio::test]
async fn the_json_export_matches_the_api() {
    let app = spawn_app().await;
    let body: serde_json::Value = app
        .get(&format!("/estimate.json?{}", query(&DURHAM)))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(body["totals"]["family_total"]["typical"], "25822.19");
}

/// The `href` of the link whose text starts with `text`.
fn link(html: &str, text: &str) -> String {
    let end = html
        .find(&format!("\">{text}"))
        .unwrap_or_else(|| panic!("no link {text:?}"));
    let start = html[..end].rfind("href=\"").unwrap() + 6;
    // The template escapes `&` in attribute values.
    html[start..end].replace("&amp;", "&")
}

#[tokio::test]
async fn share_links_leave_out_pay_and_income_unless_asked() {
    let app = spawn_app().await;
    let fields = durham_with(&[("household_size", "3"), ("household_income", "52000")]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    let shared = link(&html, "Link to this estimate");
    assert!(shared.starts_with("/estimate?"));
    assert!(shared.contains("center=durham") && shared.contains("caregiver_paid_leave_days=10"));
    assert!(!shared.contains("caregiver_weekly_pay"));
    assert!(!shared.contains("household_income") && !shared.contains("household_size"));
    assert!(!link(&html, "Download the lines").contains("household_income"));
    assert!(html.contains("but not the pay, household income or household size you entered"));
    // The link gives the estimate without lost pay ($25,822.19 with it) and without income.
    let again = app.get(&shared).await.text().await.unwrap();
    assert!(!again.contains("$25,822.19"));
    assert!(!again.contains("Your costs and your income"));

    // Ticking "include income" puts them in the links.
    let mut with_income = fields.clone();
    with_income.push(("include_income", "yes"));
    let html = app.post_form("/estimate", &with_income).await.text().await.unwrap();
    let shared = link(&html, "Link to this estimate");
    assert!(shared.contains("household_size=3") && shared.contains("household_income=52000"));
    assert!(shared.contains("caregiver_weekly_pay=1204"));
    assert!(html.contains("name=\"include_income\" value=\"yes\" checked"));
    let again = app.get(&shared).await.text().await.unwrap();
    assert!(again.contains("Your costs and your income") && again.contains("$25,822.19"));

    // A link to the started form fills it in.
    let form = link(&html, "Link to the form, filled in");
    assert!(form.starts_with("/?"));
    let page = app.get(&form).await.text().await.unwrap();
    assert!(page.contains("name=\"distance_miles\" value=\"180\""));
}

#[tokio::test]
async fn files_downloaded_from_the_page_are_posted_with_pay_and_carry_it() {
    let app = spawn_app().await;
    // The household gave pay; its links leave it out, so the files are posted from a form.
    let html = app.post_form("/estimate", &DURHAM).await.text().await.unwrap();
    assert!(html.contains("<form method=\"post\" action=\"/estimate/print?lang=en\" class=\"share-files\">"));
    for route in ["/estimate.xlsx", "/estimate.csv", "/estimate.json"] {
        assert!(html.contains(&format!("formaction=\"{route}?lang=en\"")), "{route}");
    }
    // Posted, each file has the page's total: with lost pay, $25,822.19 (without, $18,441.19).
    let json: serde_json::Value = app.post_form("/estimate.json", &DURHAM).await.json().await.unwrap();
    assert_eq!(json["totals"]["family_total"]["typical"], "25822.19");
    let csv = app.post_form("/estimate.csv", &DURHAM).await.text().await.unwrap();
    let totals = csv.lines().find(|line| line.starts_with("total,")).unwrap();
    assert!(totals.contains(",25822.19,"), "{totals}");
    assert!(
        csv.lines()
            .any(|line| line == "Caregiver's weekly pay before taxes,1204")
    );
    let response = app.post_form("/estimate.xlsx", &DURHAM).await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .contains("spreadsheetml")
    );
    // Wrong posted answers: the form with messages, as for a link.
    let wrong = crate::helpers::durham_with(&[("distance_miles", "far")]);
    assert_eq!(app.post_form("/estimate.csv", &wrong).await.status().as_u16(), 422);
    // With the box ticked, the links carry pay, and the files are links again.
    let mut asked = DURHAM.to_vec();
    asked.push(("include_income", "yes"));
    let html = app.post_form("/estimate", &asked).await.text().await.unwrap();
    assert!(!html.contains("class=\"share-files\""));
}
