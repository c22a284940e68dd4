//! Scenarios side by side, each computed as its own estimate.

use rust_decimal::Decimal;
use serde_json::{Value, json};

use crate::helpers::{DURHAM, TestApp, durham_with, query, spawn_app};

/// `a.name=value&b.name=value…` for the scenarios given.
fn compare_query(choices: &[(&str, Vec<(&str, &str)>)]) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (prefix, fields) in choices {
        for (name, value) in fields {
            serializer.append_pair(&format!("{prefix}.{name}"), value);
        }
    }
    serializer.finish()
}

/// The family's typical total of one estimate, from the JSON export.
async fn family_total(app: &TestApp, fields: &[(&str, &str)]) -> String {
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
async fn three_choices_and_bad_ones() {
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
    assert!(html.contains("Choice C minus A"));
    // The trip line is named for each way of travel.
    assert!(html.contains("Driving to and from the center / Flying to and from the center"));
    // If Medicaid refuses the rides, the family pays for them: a row shows that outcome.
    assert!(html.contains("Total for the family if the plan refuses what it may refuse"));
    assert!(html.contains("<h2>Answers the choices share</h2>"));
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
    assert!(response.text().await.unwrap().contains("at least two choices"));
}

/// The fields a browser would send from the estimate page's comparison form: its hidden
/// fields and the choices already made in it, then `changes` (a later pair replaces an earlier
/// one of the same name; an empty value takes the field away).
fn comparison_form(html: &str, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let start = html
        .find("<form method=\"post\" action=\"/compare?lang=en\" class=\"compare-form\">")
        .expect("the estimate page has the comparison form");
    let form = &html[start..start + html[start..].find("</form>").unwrap()];
    let unescape = |text: &str| {
        text.replace("&#x27;", "'")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    };
    let attribute = |tag: &str, name: &str| {
        let from = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(unescape(&tag[from..from + tag[from..].find('"')?]))
    };
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut select: Option<String> = None;
    for tag in form.split('<').skip(1) {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if tag.starts_with("input ") {
            let kind = attribute(tag, "type").unwrap_or_default();
            let chosen = !matches!(kind.as_str(), "radio" | "checkbox") || tag.contains(" checked");
            if chosen && kind != "submit" {
                fields.push((
                    attribute(tag, "name").unwrap(),
                    attribute(tag, "value").unwrap_or_default(),
                ));
            }
        } else if tag.starts_with("select ") {
            select = attribute(tag, "name");
        } else if tag.starts_with("option ") && tag.contains(" selected") {
            fields.push((select.clone().unwrap(), attribute(tag, "value").unwrap_or_default()));
        }
    }
    for (name, value) in changes {
        fields.retain(|(n, _)| n != name);
        if !value.is_empty() {
            fields.push((name.to_string(), value.to_string()));
        }
    }
    fields
}

async fn post_fields(app: &TestApp, path: &str, fields: &[(String, String)]) -> reqwest::Response {
    app.client
        .post(format!("{}{path}", app.address))
        .form(fields)
        .send()
        .await
        .expect("request")
}

/// The family's typical total of one household, from the JSON API (which takes income).
async fn api_family_total(app: &TestApp, fields: &[(&str, &str)]) -> Decimal {
    let answers: serde_json::Map<String, Value> = fields
        .iter()
        .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
        .collect();
    let body: Value = app
        .post_json("/api/v1/estimate", &Value::Object(answers))
        .await
        .json()
        .await
        .unwrap();
    body["totals"]["family_total"]["typical"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn the_estimate_page_builds_up_to_three_choices_by_post() {
    let app = spawn_app().await;
    let fields = durham_with(&[("household_income", "52000"), ("household_size", "3")]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    // Posted, so the household's pay and income never enter an address.
    assert!(html.contains("<form method=\"post\" action=\"/compare?lang=en\" class=\"compare-form\">"));
    assert!(html.contains("name=\"a.caregiver_weekly_pay\" value=\"1204\""));
    assert!(html.contains("name=\"b.caregiver_paid_leave_days\" value=\"10\""));
    // B starts at this estimate's center; C is optional and starts with none.
    assert!(html.contains("<option value=\"durham\" selected>"));
    assert!(
        html.contains("<select id=\"c-center\" name=\"c.center\"><option value=\"\" selected>No third choice</option>")
    );
    // Each later column may change the income; a box decides whether pay and income count.
    assert!(html.contains("name=\"c.household_income\" inputmode=\"decimal\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"c-income-help\" value=\"52000\""));
    assert!(
        html.contains("name=\"include_income\" value=\"yes\" checked aria-describedby=\"compare-include-income-help\"")
    );

    // Sent as is: two columns (C has no center), pay and income counted (the box starts
    // ticked: the form is posted, so they stay out of addresses), A as the page showed it.
    let sent = comparison_form(&html, &[("b.lodging", "family")]);
    let response = post_fields(&app, "/compare?lang=en", &sent).await;
    assert_eq!(response.status().as_u16(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("Choice B minus A") && !page.contains("Choice C"));
    let a_total = api_family_total(&app, &fields).await;
    assert!(page.contains(&format!("<td class=\"money typical\">{}</td>", usd(a_total))));
    // Unticked: no pay or income counted, and the page says why.
    let sent = comparison_form(&html, &[("b.lodging", "family"), ("include_income", "")]);
    let page = post_fields(&app, "/compare?lang=en", &sent).await.text().await.unwrap();
    assert!(page.contains("because the box to count them was not ticked"));
    assert!(!page.contains("What income changes"));
    // Lost pay is not counted: A's total is that of its answers without pay.
    let without_pay: Vec<(&str, &str)> = DURHAM
        .iter()
        .copied()
        .filter(|(k, _)| *k != "caregiver_weekly_pay")
        .collect();
    let total: Decimal = family_total(&app, &without_pay).await.parse().unwrap();
    assert!(page.contains(&format!("<td class=\"money typical\">{}</td>", usd(total))));

    // C picked, its income changed, the box ticked: three columns, income counted.
    let sent = comparison_form(
        &html,
        &[
            ("b.lodging", "family"),
            ("c.center", "philadelphia"),
            ("c.distance_miles", "400"),
            ("c.household_income", "110000"),
            ("include_income", "yes"),
        ],
    );
    let page = post_fields(&app, "/compare?lang=en", &sent).await.text().await.unwrap();
    assert!(page.contains("Pay, income and household size count in these figures. They were sent with the form"));
    // 2026's guideline for 3 people is $27,320 (HHS): $52,000 is 190.3%, $110,000 is 402.6%.
    assert!(page.contains("Choice A<span class=\"column-label\">Durham, NC · 180 miles · hotel · $52,000 a year (190.3% of the poverty line)</span>"));
    assert!(page.contains("Choice B<span class=\"column-label\">Durham, NC · 180 miles · staying with family · $52,000 a year (190.3% of the poverty line)</span>"));
    assert!(page.contains("Choice C<span class=\"column-label\">Philadelphia, PA · 400 miles · hotel · $110,000 a year (402.6% of the poverty line)</span>"));
    assert!(page.contains("What income changes"));
    // Each column's total is the estimate of its answers with pay and income.
    assert!(page.contains(&format!("<td class=\"money typical\">{}</td>", usd(a_total))));
    let c = [
        ("center", "philadelphia"),
        ("distance_miles", "400"),
        ("household_income", "110000"),
        ("household_size", "3"),
    ];
    let c_total = api_family_total(&app, &durham_with(&c)).await;
    assert!(page.contains(&format!("<td class=\"money\">{}</td>", usd(c_total))));
    // The comparison's own link leaves the money out; its files are posted with it.
    let link_start = page.find("<a href=\"/compare?").unwrap();
    let link = &page[link_start..link_start + page[link_start..].find('>').unwrap()];
    assert!(!link.contains("income") && !link.contains("weekly_pay"));
    assert!(page.contains("formaction=\"/compare.csv?lang=en\""));
}

/// `$1,234.50`, as the page writes money.
fn usd(amount: Decimal) -> String {
    let cents = format!("{:.2}", amount);
    let (whole, fraction) = cents.split_once('.').unwrap();
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("${grouped}.{fraction}")
}

/// A 50-mile, a 500-mile and a Philadelphia column: what differs names each column.
fn three_way() -> String {
    compare_query(&[
        ("a", durham_with(&[("distance_miles", "50"), ("travel_mode", "usual")])),
        ("b", durham_with(&[("distance_miles", "500"), ("travel_mode", "usual")])),
        (
            "c",
            durham_with(&[
                ("center", "philadelphia"),
                ("distance_miles", "400"),
                ("travel_mode", "usual"),
            ]),
        ),
    ])
}

#[tokio::test]
async fn three_way_labels_say_what_differs() {
    let app = spawn_app().await;
    let html = app
        .get(&format!("/compare?{}", three_way()))
        .await
        .text()
        .await
        .unwrap();
    // Beyond 400 miles the usual way is to fly; within a 2-hour drive the family sleeps at home.
    assert!(
        html.contains("Choice A<span class=\"column-label\">Durham, NC · 50 miles · driving · sleeping at home</span>")
    );
    assert!(html.contains("Choice B<span class=\"column-label\">Durham, NC · 500 miles · flying · hotel</span>"));
    assert!(
        html.contains("Choice C<span class=\"column-label\">Philadelphia, PA · 400 miles · driving · hotel</span>")
    );
    // The link carried pay: it counts, and the page says so.
    assert!(html.contains("Pay, income and household size count in these figures.</p>"));
    // A wrong column is left out of the labels and of what differs.
    let bad = compare_query(&[
        ("a", DURHAM.to_vec()),
        ("b", durham_with(&[("distance_miles", "far")])),
        ("c", durham_with(&[("lodging", "family")])),
    ]);
    let html = app.get(&format!("/compare?{bad}")).await.text().await.unwrap();
    assert!(html.contains("Choice A<span class=\"column-label\">hotel</span>"));
    assert!(html.contains("<h2>Answers the choices share</h2>"));
    // Only the lodging differs: the label says so, with nothing else.
    let html = app
        .get(&format!(
            "/compare?{}",
            crate::helpers::compare_durham_hotel_and_family()
        ))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Choice A<span class=\"column-label\">hotel</span>"));
    assert!(html.contains("Choice B<span class=\"column-label\">staying with family</span>"));
    // Same in every named answer, different pay: the label names the answer that differs.
    let pay = compare_query(&[
        ("a", DURHAM.to_vec()),
        ("b", durham_with(&[("caregiver_weekly_pay", "900")])),
    ]);
    let html = app.get(&format!("/compare?{pay}")).await.text().await.unwrap();
    assert!(html.contains("<span class=\"column-label\">other answers: Caregiver&#x27;s pay</span>"));
}

#[tokio::test]
async fn a_three_way_comparison_downloads_as_csv_and_json_with_the_same_figures() {
    let app = spawn_app().await;
    let totals = [
        api_family_total(
            &app,
            &durham_with(&[("distance_miles", "50"), ("travel_mode", "usual")]),
        )
        .await,
        api_family_total(
            &app,
            &durham_with(&[("distance_miles", "500"), ("travel_mode", "usual")]),
        )
        .await,
        api_family_total(
            &app,
            &durham_with(&[
                ("center", "philadelphia"),
                ("distance_miles", "400"),
                ("travel_mode", "usual"),
            ]),
        )
        .await,
    ];
    let response = app.get(&format!("/compare.json?{}", three_way())).await;
    assert_eq!(response.status().as_u16(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["differs_by"], json!(["center", "distance", "travel", "lodging"]));
    assert_eq!(body["counts_household_money"], json!(true));
    assert_eq!(
        body["columns"][1]["label"],
        json!("Durham, NC · 500 miles · flying · hotel")
    );
    assert_eq!(body["columns"][2]["answers"]["center"], json!("philadelphia"));
    let row = &body["rows"][0];
    assert_eq!(row["id"], json!("family_total"));
    for (index, total) in totals.iter().enumerate() {
        assert_eq!(
            body["columns"][index]["totals"]["family_total"]["typical"],
            json!(format!("{total:.2}"))
        );
        assert_eq!(row["values"][index], json!(format!("{total:.2}")));
    }
    assert_eq!(row["minus_a"][0], json!(format!("{:.2}", totals[1] - totals[0])));
    assert_eq!(row["minus_a"][1], json!(format!("{:.2}", totals[2] - totals[0])));
    assert!(
        body["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == json!("gsa-per-diem-fy2026"))
    );

    let response = app.get(&format!("/compare.csv?{}", three_way())).await;
    assert_eq!(response.status().as_u16(), 200);
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_string();
    assert_eq!(
        disposition,
        "attachment; filename=\"car-t-cost-comparison-2026-06-01.csv\""
    );
    let csv = response.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("\u{feff}CAR-T Cost & Access Estimator,"));
    assert!(lines.contains(&"Made on,2026-06-01"));
    assert!(lines.contains(&"Pay and income,Counted"));
    assert!(lines.contains(&"Row,What,\"Choice A: Durham, NC · 50 miles · driving · sleeping at home\",\"Choice B: Durham, NC · 500 miles · flying · hotel\",\"Choice C: Philadelphia, PA · 400 miles · driving · hotel\",Choice B minus A,Choice C minus A"));
    let expected = format!(
        "family_total,Total for the family,{:.2},{:.2},{:.2},{:.2},{:.2}",
        totals[0],
        totals[1],
        totals[2],
        totals[1] - totals[0],
        totals[2] - totals[0]
    );
    assert!(lines.contains(&expected.as_str()), "no row {expected}");
    assert!(
        lines
            .iter()
            .any(|line| line.starts_with("travel,Driving to and from the center / Flying to and from the center,"))
    );
    assert!(lines.contains(&",Answers that differ,Choice A,Choice B,Choice C"));
}

#[tokio::test]
async fn the_comparison_prints_and_its_wrong_answers_get_a_422() {
    let app = spawn_app().await;
    let response = app.get(&format!("/compare/print?{}", three_way())).await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("<h1>Comparison of CAR-T cost choices</h1>"));
    assert!(html.contains("Made on June 1, 2026 with data as of"));
    assert!(html.contains("Choice B<span class=\"column-label\">Durham, NC · 500 miles · flying · hotel</span>"));
    // Paper needs no buttons: no links to open a column, no download forms.
    assert!(!html.contains(">Open<") && !html.contains("formaction"));
    assert!(html.contains("<h2>Sources of these figures</h2>"));
    // JSON: a message per wrong field, named for its column.
    let bad = compare_query(&[("a", DURHAM.to_vec()), ("b", durham_with(&[("distance_miles", "far")]))]);
    let response = app.get(&format!("/compare.json?{bad}")).await;
    assert_eq!(response.status().as_u16(), 422);
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        body["errors"]["b.distance_miles"][0],
        json!("Enter the one-way distance in miles as a number, like 180.")
    );
    let response = app
        .get(&format!("/compare.json?{}", compare_query(&[("a", DURHAM.to_vec())])))
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let body: Value = response.json().await.unwrap();
    assert!(body["errors"]["columns"][0].as_str().unwrap().contains("at least two"));
    // The CSV of a wrong comparison is the page that says what to fix.
    let response = app.get(&format!("/compare.csv?{bad}")).await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(response.text().await.unwrap().contains("Some answers need fixing"));
}

/// What an advocate's brief asks: one situation at 100%, 200% and 400% of the poverty line.
#[tokio::test]
async fn a_comparison_by_income_shows_what_income_changes() {
    let app = spawn_app().await;
    // 2026 guideline for 3 people: $15,960 + 2 × $5,680 = $27,320 (HHS).
    let at = |income: &'static str| {
        durham_with(&[
            ("insurance", "marketplace"),
            ("marketplace_metal", "silver"),
            ("household_size", "3"),
            ("household_income", income),
        ])
    };
    let households = [at("27320"), at("54640"), at("109280")];
    let mut fields: Vec<(String, String)> = Vec::new();
    for (name, household) in ["a", "b", "c"].iter().zip(&households) {
        fields.extend(household.iter().map(|(k, v)| (format!("{name}.{k}"), v.to_string())));
    }
    fields.push(("include_income".into(), "yes".into()));
    let body: Value = post_fields(&app, "/compare.json", &fields).await.json().await.unwrap();
    assert_eq!(body["differs_by"], json!(["income"]));
    // The income rows' sources are listed: the poverty guidelines and Medicaid's expansion.
    let sources = body["sources"].as_array().unwrap();
    for id in ["hhs-poverty-2026", "kff-medicaid-expansion-2026"] {
        assert!(sources.iter().any(|s| s["id"] == json!(id)), "{id}");
    }
    assert_eq!(
        body["columns"][0]["label"],
        json!("$27,320 a year (100% of the poverty line)")
    );
    assert_eq!(
        body["columns"][2]["label"],
        json!("$109,280 a year (400% of the poverty line)")
    );
    let rows = body["rows"].as_array().unwrap();
    let row = |id: &str| {
        rows.iter()
            .find(|r| r["id"] == json!(id))
            .unwrap_or_else(|| panic!("no row {id}"))
    };
    assert_eq!(row("poverty_percent")["values"], json!(["100.00", "200.00", "400.00"]));
    // The CSV gives each percent to two places, as the JSON does, not to four.
    let csv = post_fields(&app, "/compare.csv", &fields).await.text().await.unwrap();
    let share_row = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.as_bytes())
        .records()
        .map(Result::unwrap)
        .find(|record| &record[0] == "medical_share_of_income")
        .expect("a medical share row");
    // The three values, then B minus A and C minus A.
    let share = row("medical_share_of_income");
    let mut in_json = share["values"].as_array().unwrap().clone();
    in_json.extend(share["minus_a"].as_array().unwrap().iter().cloned());
    assert_eq!((in_json.len(), share_row.len()), (5, 7), "{share_row:?}");
    for (cell, json) in share_row.iter().skip(2).zip(&in_json) {
        assert!(
            cell.split('.').nth(1).is_none_or(|places| places.len() <= 2),
            "{share_row:?}"
        );
        let json: Decimal = json.as_str().unwrap().parse().unwrap();
        assert_eq!(cell.parse::<Decimal>().unwrap(), json, "{share_row:?}");
    }
    // NC expanded Medicaid to 138%: only the first household is likely eligible.
    let medicaid = &row("family_medical_if_medicaid")["values"];
    assert!(medicaid[0].is_string() && medicaid[1].is_null() && medicaid[2].is_null());
    let medical: Vec<Decimal> = row("family_medical")["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().parse().unwrap())
        .collect();
    // At 200% the silver plan's lower limit counts; at 400% the plain limit. At 100% the
    // patient could have Medicaid, which gives no Marketplace reductions (the plain limit)
    // but would leave a far smaller share.
    assert!(medical[1] < medical[2], "{medical:?}");
    assert_eq!(medical[0], medical[2]);
    let if_medicaid: Decimal = medicaid[0].as_str().unwrap().parse().unwrap();
    assert!(if_medicaid < medical[1], "{if_medicaid}");
    // The same figures as the batch API gives for the three households.
    let batch: Vec<Value> = households
        .iter()
        .map(|h| Value::Object(h.iter().map(|(k, v)| (k.to_string(), json!(v))).collect()))
        .collect();
    let results: Value = app
        .post_json("/api/v1/estimates", &Value::Array(batch))
        .await
        .json()
        .await
        .unwrap();
    for index in 0..3 {
        assert_eq!(
            body["columns"][index]["totals"], results["results"][index]["totals"],
            "column {index}"
        );
    }
    // Posted without the box, the same answers count no income at all.
    fields.pop();
    let body: Value = post_fields(&app, "/compare.json", &fields).await.json().await.unwrap();
    assert_eq!(body["counts_household_money"], json!(false));
    assert!(body["columns"][0]["answers"].get("household_income").is_none());
    assert!(
        !body["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == json!("poverty_percent"))
    );
}
