//! The printable summary, as a page and printed to PDF by a real browser (Debian's chromium).

use std::path::Path;
use std::process::Command;

use crate::helpers::{DURHAM, durham_with, query, spawn_app};

#[tokio::test]
async fn the_print_view_has_the_essentials_first_then_every_line_notes_and_sources() {
    let app = spawn_app().await;
    let response = app.get(&format!("/estimate/print?{}", query(&DURHAM))).await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    let order = [
        "<h1 id=\"print-title\">CAR-T cost estimate</h1>",
        "with data as of December 3, 2026",
        "<h2>The household</h2>",
        "<h2>What the family may pay</h2>",
        "<strong>$25,822.19</strong> typical",
        "<h2>Who pays</h2>",
        "<h2>The largest costs for the family</h2>",
        "<li>Caregiver&#x27;s lost pay: $10,492.00 typical</li>",
        "Every line",
        "Things to know",
        "Sources",
    ];
    let mut from = 0;
    for part in order {
        let at = html[from..]
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} missing or out of order"));
        from += at + part.len();
    }
    // A block to fill in by hand for an aid application, before the figures.
    let block = &html[html.find("<section class=\"fill-in\"").expect("the fill-in block")..];
    let block = &block[..block.find("</section>").unwrap()];
    for label in [
        "Patient&#x27;s name or case number",
        "Prepared by",
        "Agency",
        "Phone",
        "Date",
        "Signature",
    ] {
        assert!(block.contains(&format!("<dt>{label}</dt><dd></dd>")), "{label}");
    }
    assert!(html.find("class=\"fill-in\"").unwrap() < html.find("What the family may pay").unwrap());
    // Bad answers give the form back, as for the page.
    let fields = durham_with(&[("distance_miles", "far")]);
    let response = app.get(&format!("/estimate/print?{}", query(&fields))).await;
    assert_eq!(response.status().as_u16(), 422);
}

/// Prints `url` to a PDF with headless Chromium and returns the text of pages `first..=last`.
fn print_to_pdf_text(url: &str, dir: &Path, first: u32, last: u32) -> String {
    let pdf = dir.join("estimate.pdf");
    // `timeout` keeps a stuck browser from hanging the test run.
    let status = Command::new("timeout")
        .args([
            "60",
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(url)
        .output()
        .expect("chromium runs (installed by .ci/run)");
    assert!(pdf.exists(), "no PDF: {}", String::from_utf8_lossy(&status.stderr));
    let text = Command::new("pdftotext")
        .args(["-layout", "-f", &first.to_string(), "-l", &last.to_string()])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils, installed by .ci/run)");
    String::from_utf8_lossy(&text.stdout).into_owned()
}

#[tokio::test]
async fn printed_to_pdf_the_first_letter_page_holds_the_summary() {
    let app = spawn_app().await;
    let fields = durham_with(&[("household_size", "3"), ("household_income", "52000")]);
    let url = format!("{}/estimate/print?{}", app.address, query(&fields));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    let first_page = tokio::task::spawn_blocking(move || print_to_pdf_text(&url, &path, 1, 1))
        .await
        .unwrap();
    for part in [
        "CAR-T cost estimate",
        "Patient's name or case number",
        "Signature",
        "What the family may pay",
        "$25,822.19",
        "Costs and income",
        "Who pays",
        "The largest costs for the family",
    ] {
        assert!(first_page.contains(part), "{part:?} not on page 1:\n{first_page}");
    }
    assert!(
        !first_page.contains("Every line"),
        "the itemized table starts on page 2"
    );
    let url = format!("{}/estimate/print?{}", app.address, query(&fields));
    let path = dir.path().to_path_buf();
    let second_page = tokio::task::spawn_blocking(move || print_to_pdf_text(&url, &path, 2, 2))
        .await
        .unwrap();
    assert!(second_page.contains("Every line"), "page 2:\n{second_page}");
}

#[tokio::test]
async fn printing_the_estimate_page_itself_opens_every_folded_section() {
    let app = spawn_app().await;
    let url = format!("{}/estimate?{}", app.address, query(&DURHAM));
    let page = app
        .get(&format!("/estimate?{}", query(&DURHAM)))
        .await
        .text()
        .await
        .unwrap();
    // On screen the lines and sources are folded away …
    let folded = |marker: &str| {
        let at = page
            .find(marker)
            .unwrap_or_else(|| panic!("{marker:?} not on the page"));
        let open = page[..at].rfind("<details class=\"fold\">").expect("inside a fold");
        !page[open..at].contains("</details>")
    };
    assert!(folded("id=\"line-product\""));
    assert!(folded("id=\"source-1\""));
    // … and printed from the browser they are all there.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    let text = tokio::task::spawn_blocking(move || print_to_pdf_text(&url, &path, 1, 200))
        .await
        .unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for part in [
        // A line of the itemized table, an aid program, a note and a source's address.
        "(apheresis)",
        "Hope Lodge",
        "FMLA",
        "understandingmyositis.org",
    ] {
        assert!(text.contains(part), "{part:?} not printed");
    }
    assert!(
        !text.contains("Show every line"),
        "the folds' summaries are not printed"
    );
}

#[tokio::test]
async fn printed_from_a_posted_estimate_the_summary_carries_pay_and_income() {
    let app = spawn_app().await;
    let fields = durham_with(&[("household_size", "3"), ("household_income", "52000")]);
    let page = app.post_form("/estimate", &fields).await.text().await.unwrap();
    // The page's print button posts every answer: nothing goes into the address.
    let form = &page[page
        .find("action=\"/estimate/print?lang=en\"")
        .expect("a posted print button")..];
    let form = &form[..form.find("</form>").unwrap()];
    assert!(form.contains("name=\"household_income\" value=\"52000\""));
    assert!(form.contains("name=\"caregiver_weekly_pay\" value=\"1204\""));
    let response = app.post_form("/estimate/print?lang=en", &fields).await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(!response.url().as_str().contains("52000"));
    let html = response.text().await.unwrap();
    assert!(
        html.contains("<h2>Costs and income</h2>"),
        "the income section is printed"
    );
    assert!(html.contains("$52,000"));
    assert!(
        html.contains("<strong>$25,822.19</strong> typical"),
        "lost pay is counted"
    );
    // The choice to print it without the income, posted again without it.
    let again = &html[html.find("Print it without the income").expect("the choice")..];
    let form_start = html[..html.find("Print it without the income").unwrap()]
        .rfind("<form")
        .unwrap();
    let form = &html[form_start..html.len() - again.len()];
    assert!(!form.contains("household_income") && form.contains("caregiver_weekly_pay"));
    let without = app
        .post_form("/estimate/print?lang=en", &durham_with(&[]))
        .await
        .text()
        .await
        .unwrap();
    assert!(!without.contains("<h2>Costs and income</h2>") && without.contains("$25,822.19"));
}
