//! Every page is valid HTML by the W3C Nu HTML Checker (npm `vnu-jar`, run with Debian's Java;
//! `scripts/test` installs both). The pages are fetched from the running app and checked in
//! one run of the checker.

use std::path::Path;
use std::process::Command;

use crate::helpers::{DURHAM, compare_durham_hotel_and_family, durham_with, query, spawn_app};

#[tokio::test]
async fn every_page_passes_the_w3c_nu_html_checker() {
    let app = spawn_app().await;
    let durham = query(&DURHAM);
    let everything = query(&durham_with(&[
        ("insurance", "employer"),
        ("in_network", "unsure"),
        ("household_size", "3"),
        ("household_income", "60000"),
        ("caregiver_work_state", "NY"),
        ("patient_age", "24"),
        ("start_date", "2027-03-01"),
    ]));
    let warned = query(&durham_with(&[("caregivers", "0"), ("caregiver_pay", "17.50")]));
    let compare = compare_durham_hotel_and_family();
    let pages = [
        ("form", "/".to_string()),
        ("estimate", format!("/estimate?{durham}")),
        ("estimate-everything", format!("/estimate?{everything}")),
        ("estimate-warned", format!("/estimate?{warned}")),
        ("print", format!("/estimate/print?{everything}")),
        (
            "errors",
            "/estimate?distance_miles=far&start_date=2020-01-01".to_string(),
        ),
        ("compare", format!("/compare?{compare}")),
        ("compare-print", format!("/compare/print?{compare}")),
        (
            "centers",
            format!("/centers?{}", query(&durham_with(&[("home_zip", "28801")]))),
        ),
        ("form-nearest-first", "/?home_zip=28801".to_string()),
        ("sources", "/sources".to_string()),
        ("advocates", "/advocates".to_string()),
        ("api", "/api".to_string()),
        ("not-found", "/nowhere".to_string()),
    ];
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "es"] {
        for (name, path) in &pages {
            let separator = if path.contains('?') { '&' } else { '?' };
            let html = app
                .get(&format!("{path}{separator}lang={lang}"))
                .await
                .text()
                .await
                .unwrap();
            std::fs::write(dir.path().join(format!("{name}-{lang}.html")), html).unwrap();
        }
    }
    let (valid, report) = check(dir.path());
    assert!(valid, "the Nu HTML Checker found errors:\n{report}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2 * pages.len());
    // The checker does catch a mistake: a page with an unclosed element and a stray attribute.
    let bad = tempfile::tempdir().unwrap();
    std::fs::write(
        bad.path().join("bad.html"),
        "<!doctype html><html lang=\"en\"><title>x</title><p><div sizes=1>x</p>",
    )
    .unwrap();
    let (valid, report) = check(bad.path());
    assert!(!valid && report.contains("Unclosed element"), "{report}");
}

/// Runs the checker on every HTML file in `dir`: whether all are valid, and its report.
fn check(dir: &Path) -> (bool, String) {
    let jar = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(jar.exists(), "{} missing: run scripts/test", jar.display());
    let output = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "text", "--skip-non-html"])
        .arg(dir)
        .output()
        .expect("java runs (default-jre-headless, installed by scripts/test)");
    let report = String::from_utf8_lossy(&output.stderr).into_owned() + &String::from_utf8_lossy(&output.stdout);
    (output.status.success(), report)
}
