use crate::helpers::{DURHAM, durham_with, element_text, query, spawn_app};

#[tokio::test]
async fn health_check_says_ok() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");
}

#[tokio::test]
async fn the_form_has_a_labelled_field_for_each_question_and_safe_headers() {
    let app = spawn_app().await;
    let response = app.get("/").await;
    assert_eq!(response.status().as_u16(), 200);
    let headers = response.headers().clone();
    assert!(headers.get("set-cookie").is_none(), "no cookies");
    assert_eq!(headers["referrer-policy"], "no-referrer");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("default-src 'self'")
    );
    let html = response.text().await.unwrap();
    for field in [
        "condition",
        "center",
        "home_state",
        "distance_miles",
        "caregivers",
        "caregiver_pay",
        "caregiver_hours_per_week",
        "insurance",
        "deductible",
        "travel_benefit",
        "hospital_days",
        "start_date",
    ] {
        assert!(
            html.contains(&format!("<label for=\"{field}\"")),
            "no label for {field}"
        );
        assert!(
            html.contains(&format!("id=\"{field}\" name=\"{field}\"")),
            "no input for {field}"
        );
    }
    for group in [
        "route",
        "cells",
        "travel_mode",
        "lodging",
        "in_network",
        "coverage_tier",
        "medicare_supplement",
    ] {
        assert!(html.contains(&format!("id=\"{group}-")), "no radios for {group}");
    }
    assert!(html.contains("<option value=\"durham\">Durham, NC (Duke)</option>"));
    assert!(!html.contains("<script"), "no JavaScript");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no third-party assets on the form"
    );
}

#[tokio::test]
async fn a_link_can_prefill_the_form() {
    let app = spawn_app().await;
    let html = app
        .get("/?center=durham&distance_miles=180&lodging=family")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("<option value=\"durham\" selected>"));
    assert!(html.contains("name=\"distance_miles\" value=\"180\""));
    assert!(html.contains("id=\"lodging-family\" name=\"lodging\" value=\"family\" checked"));
}

#[tokio::test]
async fn posting_the_form_gives_the_itemized_estimate() {
    let app = spawn_app().await;
    let response = app.post_form("/estimate", &DURHAM).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let html = response.text().await.unwrap();
    // Totals first: the typical family total and its range (docs/worked-example.md).
    let summary = html.find("What your family may pay").unwrap();
    assert!(html[summary..].find("$25,822.19").unwrap() < html[summary..].find("Line by line").unwrap());
    assert!(html.contains("$16,357.00") && html.contains("$44,416.00"));
    // Who pays each part, and why, with the rule's source.
    assert!(html.contains("Who pays for each part of the care"));
    assert!(html.contains("Since 2022 Medicaid must pay for routine care in trials"));
    assert!(html.contains("Medicaid rides"));
    // Each line with how it was worked out and numbered sources.
    let lodging = element_text(&html, "line-lodging").unwrap_or_default();
    assert!(html.contains("61 room-nights (5 before admission + 21 while the patient is in hospital + 21 nearby after + 14 on visit trips) × $121 a night"), "{lodging}");
    assert!(
        html.contains("15 round trips (14 visits + the treatment stay) × 2 × 180 miles = 5,400 miles × $0.205 a mile")
    );
    assert!(html.contains("$10,492.00"));
    assert!(html.contains("href=\"#source-1\""));
    assert!(html.contains("id=\"source-1\""));
    // Unpriced items are listed with the question to ask.
    assert!(html.contains("Costs we could not price: questions to ask"));
    assert!(html.contains("Ask the trial coordinator whether the study pays for collecting your cells"));
}

#[tokio::test]
async fn uncertain_coverage_shows_the_other_outcome_and_the_plan_years() {
    let app = spawn_app().await;
    let fields = durham_with(&[("insurance", "employer"), ("start_date", "2026-12-20")]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    // The likely outcome first, then what the family pays if the plan refuses routine trial care.
    assert!(html.contains("This depends on decisions your plan makes."));
    assert!(html.contains("If your plan refuses to pay for the treatment stay, your family may pay"));
    assert!(html.contains("Your plan, if it agrees (not certain)"));
    // Plan years are calendar years from the start date: the stay crosses into 2027.
    let years = html.find("Medical bills by plan year").unwrap();
    for year in ["2026", "2027", "2028", "2029"] {
        assert!(
            html[years..].contains(&format!("<th scope=\"row\">{year}</th>")),
            "{year}"
        );
    }
    // Each line says in a sentence why that payer pays.
    assert!(
        html.contains("Counted as paid by the plan, but not certain. The law makes private plans pay for routine care")
    );
    // Not sure whether the center is in network (the default): both outcomes and the question.
    assert!(html.contains(
        "That is if the center is in your plan's network. <strong>If it is not</strong>, your family may pay"
    ));
    assert!(html.contains("Ask your plan: &quot;Is Durham, NC (Duke) in network for CAR-T treatment"));
    // Known to be in network: no network advice.
    let fields = durham_with(&[
        ("insurance", "employer"),
        ("start_date", "2026-12-20"),
        ("in_network", "yes"),
    ]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    assert!(!html.contains("single-case agreement"), "in network: no network advice");
}

#[tokio::test]
async fn income_shows_the_burden_against_the_standard_thresholds() {
    let app = spawn_app().await;
    // Uninsured, 4 people on $49,500 (150% of the 2026 guideline of $33,000): the medical
    // bills alone are far above 25% of income.
    let fields = durham_with(&[
        ("insurance", "uninsured"),
        ("household_size", "4"),
        ("household_income", "49,500"),
    ]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    assert!(html.contains("Your costs and your income"));
    assert!(html.contains(
        "Your income is 150% of the 2026 federal poverty guideline for a household of 4 ($33,000.00 a year)."
    ));
    assert!(html.contains("call this severe, catastrophic health spending"));
    assert!(html.contains("underinsured"));
    // Without income there is no such section.
    let html = app.post_form("/estimate", &DURHAM).await.text().await.unwrap();
    assert!(!html.contains("Your costs and your income"));
}

#[tokio::test]
async fn notes_leave_tax_and_aid_programs_for_the_family() {
    let app = spawn_app().await;
    // The caregiver works in New York; 3 people on $52,000 (190% of the guideline).
    let fields = durham_with(&[
        ("caregiver_work_state", "NY"),
        ("household_size", "3"),
        ("household_income", "52000"),
    ]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    // Notes, grouped, each with its sources.
    assert!(html.contains("Things to know for your situation"));
    assert!(html.contains("<h3>Insurance</h3>"));
    assert!(html.contains("id=\"note-trial_medicaid\""));
    assert!(html.contains("id=\"note-charity_care_low_income\""));
    assert!(
        !html.contains("id=\"note-trial_private_plans\""),
        "Medicaid: no private-plan note"
    );
    // State paid leave on the caregiver's lost pay, with FMLA as job protection.
    assert!(html.contains("Time off work and taxes"));
    assert!(html.contains("The caregiver works in New York."));
    // The answers list what was entered.
    assert!(html.contains("<dt>Caregiver works in</dt><dd>New York</dd>"));
    assert!(html.contains("<dt>Household income</dt><dd>$52,000.00 a year, 3 people</dd>"));
    assert!(html.contains("State paid leave, then your family"));
    assert!(html.contains("Already taken off the caregiver's lost pay: state paid family leave, $7,030 (typical)."));
    assert!(html.contains("id=\"note-fmla\""));
    // The tax deduction: its floor and the warning about itemizing.
    assert!(html.contains("Minus 7.5% of your income"));
    assert!(html.contains("$3,900.00"), "7.5% of $52,000");
    assert!(html.contains("Most families do not itemize"));
    // Aid programs sorted, with reasons.
    assert!(html.contains("<h3>Worth applying</h3>"));
    assert!(html.contains("<strong>Mercy Medical Angels</strong>: Gas cards"));
    assert!(html.contains(
        "<strong>American Cancer Society Hope Lodge</strong>: likely not for you, because it is only for people with cancer."
    ));
    // Disparity figures are for advocates, not pushed at a family.
    assert!(!html.contains("230.9"));
}

#[tokio::test]
async fn burden_wording_fits_the_family() {
    let app = spawn_app().await;
    // Uninsured on $25,000 for one: not "even with insurance", and a deduction larger than
    // the income is said to be only partly useful.
    let fields = durham_with(&[
        ("insurance", "uninsured"),
        ("household_size", "1"),
        ("household_income", "25000"),
    ]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    assert!(
        html.contains("even a family with insurance that paid this much out of pocket would count as underinsured")
    );
    assert!(!html.contains("even with insurance."));
    assert!(html.contains("Here the amount is more than your income"));
    // On $80,000 the deduction (about $77,800) is less than the income: no such sentence.
    let fields = durham_with(&[
        ("insurance", "uninsured"),
        ("household_size", "1"),
        ("household_income", "80000"),
    ]);
    let richer = app.post_form("/estimate", &fields).await.text().await.unwrap();
    assert!(richer.contains("What you could deduct"));
    assert!(!richer.contains("Here the amount is more than your income"));
    // Medicaid pays the bills, but travel, lodging and food are a large share of $30,000.
    let fields = durham_with(&[("household_size", "2"), ("household_income", "30000")]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    assert!(html.contains("Your share of medical bills stays under 10% of your income"));
    assert!(html.contains("Counting travel, lodging and food as well, your costs come to"));
    // Alaska has its own guideline: 19,950 + 7,100 = 27,050 for two; 30,000 / 27,050 = 110.9%.
    let fields = durham_with(&[
        ("home_state", "AK"),
        ("household_size", "2"),
        ("household_income", "30000"),
    ]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    assert!(html.contains(
        "Your income is 111% of the 2026 federal poverty guideline for a household of 2 ($27,050.00 a year)"
    ));
}

#[tokio::test]
async fn the_advocates_page_gives_equity_figures_with_sources() {
    let app = spawn_app().await;
    let response = app.get("/advocates").await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("<h1>Figures for advocates</h1>"));
    assert!(html.contains("Who gets lupus"));
    assert!(html.contains("230.9"), "lupus in Black women per 100,000");
    assert!(html.contains("204,295"), "thousands are separated");
    assert!(html.contains("How far people live from CAR-T"));
    assert!(html.contains("NCD 110.24"));
    let tables = cart_estimator::data_files::load_embedded().unwrap();
    for figure in tables.advocate_figures() {
        for id in figure.source_ids.as_slice() {
            let source = tables.source(id).unwrap();
            assert!(html.contains(&minijinja_escape(&source.title)), "{id} not listed");
        }
    }
}

/// The title as the template escapes it.
fn minijinja_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('\'', "&#x27;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[tokio::test]
async fn out_of_network_explains_single_case_agreements() {
    let app = spawn_app().await;
    let fields = durham_with(&[("insurance", "employer"), ("in_network", "no")]);
    let html = app.post_form("/estimate", &fields).await.text().await.unwrap();
    assert!(html.contains("The center is outside your plan's network."));
    assert!(html.contains("If your plan agrees to treat it as in network"));
    assert!(html.contains("single-case agreement"));
    assert!(html.contains("network gap exception"));
    assert!(html.contains("Triage Cancer"), "the source is listed");
}

#[tokio::test]
async fn a_get_link_gives_the_same_estimate() {
    let app = spawn_app().await;
    let query: Vec<String> = DURHAM.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let response = app.get(&format!("/estimate?{}", query.join("&"))).await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("$25,822.19"));
}

#[tokio::test]
async fn change_your_answers_returns_to_a_filled_form() {
    let app = spawn_app().await;
    let html = app.post_form("/estimate", &DURHAM).await.text().await.unwrap();
    assert!(html.contains("<input type=\"hidden\" name=\"caregiver_weekly_pay\" value=\"1204\">"));
    let form = app.post_form("/", &DURHAM).await.text().await.unwrap();
    assert!(form.contains("name=\"caregiver_weekly_pay\" value=\"1204\""));
    assert!(form.contains("<option value=\"medicaid\" selected>"));
}

/// Each kind of bad input: 422, a message beside the field, everything typed kept.
#[tokio::test]
async fn bad_input_comes_back_with_a_message_beside_each_wrong_field() {
    let app = spawn_app().await;
    // (answers changed, field that must show the error, part of the message)
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);
    let cases: [Case; 8] = [
        (
            &[("distance_miles", "-180")],
            "distance_miles",
            "The one-way distance in miles can&#x27;t be negative.",
        ),
        (
            &[("distance_miles", "far away")],
            "distance_miles",
            "Enter the one-way distance in miles as a number, like 180.",
        ),
        (&[("center", "atlantis")], "center", "Choose the treatment center"),
        (
            &[("hospital_days", "400")],
            "hospital_days",
            "Enter the days in hospital from 1 to 90.",
        ),
        (&[("caregivers", "2.5")], "caregivers", "as a whole number"),
        (
            &[("lodging", "hospitality_house")],
            "lodging_rate",
            "Enter what the hospitality house charges per night",
        ),
        (
            &[("caregiver_work_state", "Narnia")],
            "caregiver_work_state",
            "Choose the state where the caregiver works",
        ),
        (
            &[("start_date", "next spring")],
            "start_date",
            "Enter the treatment date as year-month-day",
        ),
    ];
    for (changes, field, message) in cases {
        let response = app.post_form("/estimate", &durham_with(changes)).await;
        assert_eq!(response.status().as_u16(), 422, "{changes:?} should be refused");
        let html = response.text().await.unwrap();
        let error = element_text(&html, &format!("{field}-error"))
            .unwrap_or_else(|| panic!("no error beside {field} for {changes:?}"));
        assert!(error.contains(message), "{field}: {error}");
        assert!(
            html.contains(&format!("aria-describedby=\"{field}-help {field}-error\""))
                || html.contains(&format!("{field}-error\" aria-invalid")),
            "{field} not linked to its error"
        );
        // What the user typed is kept: the bad value and the good ones.
        for (name, value) in changes {
            let kept = match *name {
                "lodging" => format!("name=\"lodging\" value=\"{value}\" checked"),
                "center" | "caregiver_work_state" => {
                    format!("<option value=\"{value}\" selected>{value} (not in the list)</option>")
                }
                _ => format!("name=\"{name}\" value=\"{value}\""),
            };
            assert!(html.contains(&kept), "{name}={value} not kept");
        }
        assert!(html.contains("name=\"caregiver_weekly_pay\" value=\"1204\""));
        assert!(html.contains("<option value=\"lupus_nephritis\" selected>"));
        assert!(html.contains("class=\"error-summary\""));
    }
}

#[tokio::test]
async fn several_wrong_fields_are_all_reported() {
    let app = spawn_app().await;
    let response = app
        .post_form("/estimate", &[("distance_miles", "x"), ("pets", "-1")])
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let html = response.text().await.unwrap();
    for field in ["condition", "center", "home_state", "distance_miles", "pets"] {
        assert!(
            element_text(&html, &format!("{field}-error")).is_some(),
            "no error on {field}"
        );
    }
    assert!(html.contains("Please check 5 answers"));
}

#[tokio::test]
async fn markup_typed_into_fields_comes_back_escaped() {
    let app = spawn_app().await;
    let attack = "\"><script>alert(1)</script>";
    let response = app
        .post_form(
            "/estimate",
            &durham_with(&[("caregiver_weekly_pay", attack), ("center", attack)]),
        )
        .await;
    assert_eq!(response.status().as_u16(), 422);
    let html = response.text().await.unwrap();
    assert!(!html.contains("<script>"));
    assert!(html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[tokio::test]
async fn odd_requests_never_give_a_server_error() {
    let app = spawn_app().await;
    let bodies: [&'static str; 5] = [
        "%FF%FE=%00",
        "&&&===",
        "condition",
        "distance_miles=1e400&center=durham",
        "a=%zz",
    ];
    for body in bodies {
        let response = app
            .post_raw("/estimate", "application/x-www-form-urlencoded", body)
            .await;
        assert_eq!(response.status().as_u16(), 422, "{body}");
    }
    let response = app.get("/estimate?center=durham&center=durham&%FF=1").await;
    assert_eq!(response.status().as_u16(), 422);
}

#[tokio::test]
async fn an_unknown_page_is_a_plain_404() {
    let app = spawn_app().await;
    let response = app.get("/nowhere").await;
    assert_eq!(response.status().as_u16(), 404);
    assert!(response.text().await.unwrap().contains("Page not found"));
}

#[tokio::test]
async fn the_estimate_has_an_accessible_chart_without_script() {
    let app = spawn_app().await;
    let html = app.post_form("/estimate", &DURHAM).await.text().await.unwrap();
    assert!(html.contains("<svg viewBox=\"0 0 360 130\" role=\"img\" aria-labelledby=\"chart-title chart-desc\""));
    assert!(html.contains("<title id=\"chart-title\">Your family&#x27;s costs by kind, low, typical and high</title>"));
    // The text alternative gives the figures (Durham: total $25,822.19 typical).
    assert!(html.contains("Total $25,822.19 (low $16,357.00, high $44,416.00)."));
    assert_eq!(html.matches("class=\"seg-medical\"").count(), 3);
    assert!(!html.contains("<script"));
}

#[tokio::test]
async fn the_page_says_what_would_change_the_number_and_whom_to_ask() {
    let app = spawn_app().await;
    let html = app.post_form("/estimate", &DURHAM).await.text().await.unwrap();
    assert!(html.contains("What would change this number"));
    assert!(html.contains(
        "<strong>Follow-up visits at the center</strong>: 8 visits, $23,339.03; 24 visits, $33,271.67 (a difference of $9,932.64). Ask the trial coordinator (study team)"
    ));
}

#[tokio::test]
async fn with_a_start_date_the_page_shows_the_timeline_and_cash_up_front() {
    let app = spawn_app().await;
    let html = app
        .post_form("/estimate", &durham_with(&[("start_date", "2027-03-01")]))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("When you pay: the timeline"));
    assert!(html.contains("Cash you may need up front:</strong> about <strong>$12,155.71</strong>"));
    assert!(html.contains("before you go home on April 17, 2027"));
    assert!(html.contains("<th scope=\"row\">March 2027</th>"));
    assert!(html.contains("<td data-label=\"From\">March 6, 2027</td><td data-label=\"To\">March 26, 2027</td>"));
    // All months together are the typical total: 61 nights at fiscal year 2027's $124 instead of
    // 2026's $121 add 183 to the 25,822.19 of the undated estimate.
    assert!(html.contains("<td class=\"money\" data-label=\"Total\">$26,005.19</td>"));
    // A month between follow-up visits is one short row, not four $0.00 cells; a month with a
    // visit has its figures (a round trip with a night at $124, $279.79, and two days of pay, $279.78).
    assert!(html.contains("<th scope=\"row\">May 2027</th><td colspan=\"4\">Nothing to pay ($0.00)</td>"));
    assert!(html.contains(
        "<th scope=\"row\">June 2027</th><td class=\"money\" data-label=\"Medical bills\">$0.00</td><td class=\"money\" data-label=\"Travel, lodging, food, care at home\">$279.79</td><td class=\"money\" data-label=\"Lost pay\">$279.78</td>"
    ));
    // Without a date, the page says how to get the timeline.
    let html = app.post_form("/estimate", &DURHAM).await.text().await.unwrap();
    assert!(html.contains("Enter the date you expect to arrive for treatment"));
}

#[tokio::test]
async fn the_estimate_lists_its_sources_briefly_and_the_print_view_in_full() {
    let app = spawn_app().await;
    let query: Vec<String> = DURHAM.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let query = query.join("&");
    let html = app.get(&format!("/estimate?{query}")).await.text().await.unwrap();
    // Each cited source once, numbered, with its title, publisher and date; what it says is
    // on the Sources page, which the list points to.
    assert!(html.contains("<li id=\"source-1\"><cite>CAR T Therapy: A Novel Treatment For Myositis Conditions (patient brochure)</cite>. Myositis patient-education team (reviewed by the Myositis Clinical Trial Consortium). Published: undated.</li>"));
    assert!(html.contains("on the <a href=\"/sources?lang=en\">Sources page</a>"));
    assert!(!html.contains("class=\"source-note\""));
    // A group of references is named once for screen readers: "Sources 1, 2, 3".
    assert!(html.contains("<span class=\"refs\">[<span class=\"visually-hidden\">Sources </span><a href=\"#source-1\">1</a>, <a href=\"#source-2\">2</a>, <a href=\"#source-3\">3</a>]</span>"));
    let print = app.get(&format!("/estimate/print?{query}")).await.text().await.unwrap();
    assert!(print.contains("<p class=\"source-note\">A patient brochure with no public link."));
    assert!(print.contains("Taken into our data: November 23, 2026."));
}

#[tokio::test]
async fn browsers_that_ask_get_the_page_gzipped_and_others_get_it_plain() {
    use std::io::Read;
    let app = spawn_app().await;
    let path = format!("/estimate?{}", query(&DURHAM));
    let plain = app.get(&path).await;
    assert!(plain.headers().get("content-encoding").is_none());
    let plain = plain.text().await.unwrap();
    let gzipped = app
        .client
        .get(format!("{}{path}", app.address))
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(gzipped.status().as_u16(), 200);
    assert_eq!(gzipped.headers()["content-encoding"], "gzip");
    // A cache between must not give the gzipped page to a client that cannot read it.
    assert!(
        gzipped
            .headers()
            .get_all("vary")
            .iter()
            .any(|v| v.to_str().unwrap().eq_ignore_ascii_case("accept-encoding"))
    );
    let bytes = gzipped.bytes().await.unwrap();
    assert!(
        bytes.len() * 3 < plain.len(),
        "{} of {} bytes",
        bytes.len(),
        plain.len()
    );
    let mut unzipped = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut unzipped)
        .unwrap();
    assert_eq!(unzipped, plain);
}

#[tokio::test]
async fn aid_programs_say_how_to_reach_them_or_that_we_found_no_way() {
    let app = spawn_app().await;
    let lupus = query(&durham_with(&[("condition", "sle"), ("patient_age", "12")]));
    let html = app.get(&format!("/estimate?{lupus}")).await.text().await.unwrap();
    // The Lupus Foundation's line, as a link a phone can call, with its Spanish line.
    assert!(html.contains("<a href=\"https://resources.lupus.org/media\" rel=\"noreferrer\">resources.lupus.org</a>, <a href=\"tel:+18005580121\">1-800-558-0121</a> (in Spanish <a href=\"tel:+18006827990\">1-800-682-7990</a>)."));
    // No national Medicaid number; no page or phone found for Ronald McDonald House.
    assert!(html.contains("There is no national number: that page leads to your state&#x27;s Medicaid agency."));
    assert!(html.contains("We did not find an apply page or a phone number on the program&#x27;s own site"));
    // The page language's words, and the day each contact was read.
    let html = app
        .get(&format!("/estimate?{lupus}&lang=es"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("(en español <a href=\"tel:+18006827990\">1-800-682-7990</a>)"));
    assert!(html.contains("(leído el 2 de diciembre de 2026)"));
    // A number read on another site than the program's own says so (Blood Cancer United,
    // shown only to a blood-cancer patient, is likely not for anyone here: its line is absent).
    assert!(!html.contains("(800) 955-4572"));
}

#[tokio::test]
async fn every_page_says_what_it_is_asks_for_no_icon_and_caches_its_versioned_stylesheet() {
    let app = spawn_app().await;
    let html = app.get("/").await.text().await.unwrap();
    assert!(html.contains("<meta name=\"description\" content=\"What CAR-T cell therapy for lupus"));
    // An empty icon: browsers ask for no /favicon.ico (a 404 on every page otherwise).
    assert!(html.contains("<link rel=\"icon\" href=\"data:,\">"));
    let start = html.find("href=\"/static/style.css?v=").unwrap() + "href=\"".len();
    let href = &html[start..start + html[start..].find('"').unwrap()];
    let versioned = app.get(href).await;
    assert_eq!(
        versioned.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    // Another version (an old page's) may change under the same address: a day only.
    let other = app.get("/static/style.css?v=0000000000000000").await;
    assert_eq!(other.headers()["cache-control"], "public, max-age=86400");
    let spanish = app.get("/?lang=es").await.text().await.unwrap();
    assert!(spanish.contains("<meta name=\"description\" content=\"Lo que puede costarle"));
}

/// The blank form is kept once rendered: every visitor in a language gets the same page, with
/// the headers of any page, and a link that carries an answer still gets its own prefilled form.
#[tokio::test]
async fn the_blank_form_is_the_same_page_for_every_visitor_in_a_language() {
    let app = spawn_app().await;
    let first = app.get("/").await;
    let headers = first.headers().clone();
    let first = first.text().await.unwrap();
    assert_eq!(headers["content-language"], "en");
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["vary"], "Accept-Language");
    // Kept, then sent again; a link's language or an unknown parameter changes nothing.
    assert_eq!(app.get("/").await.text().await.unwrap(), first);
    assert_eq!(app.get("/?lang=en").await.text().await.unwrap(), first);
    assert_eq!(app.get("/?utm_source=x").await.text().await.unwrap(), first);
    let spanish = app.get("/?lang=es").await.text().await.unwrap();
    assert!(spanish.contains("<html lang=\"es\""), "Spanish form");
    assert_eq!(app.get_in("/", "es-MX,es;q=0.9").await.text().await.unwrap(), spanish);
    // An answer in the link: the form is prefilled, not the kept one.
    let prefilled = app.get("/?center=durham").await.text().await.unwrap();
    assert_ne!(prefilled, first);
    assert!(prefilled.contains("<option value=\"durham\" selected>"), "center kept");
}
