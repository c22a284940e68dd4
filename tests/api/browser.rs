//! End-to-end in a real browser: Debian's chromium driven through chromedriver. The form is
//! filled with the keyboard, errors are read beside their fields, and axe-core checks every
//! page for WCAG 2.1 A and AA violations. `scripts/test` installs chromium, chromium-driver
//! and axe-core; these tests fail, never skip, when they are missing.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

use crate::helpers::{DURHAM, compare_durham_hotel_and_family, durham_with, query, spawn_app};

/// A chromedriver on a free port, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
    profile: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

fn start_driver() -> Driver {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver runs (chromium-driver, installed by scripts/test)");
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Driver {
        child,
        port,
        profile: tempfile::tempdir().unwrap(),
    }
}

async fn browser(driver: &Driver, width: u32, height: u32) -> Client {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_string(),
        json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic",
                // Phones draw scrollbars over the page, taking no width.
                "--hide-scrollbars",
                format!("--window-size={width},{height}"),
                format!("--user-data-dir={}", driver.profile.path().join(format!("p{width}")).display()),
            ]
        }),
    );
    let client = ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a browser session");
    // The command-line size stops at 500 px wide; the window can be set narrower.
    client.set_window_size(width, height).await.expect("the window size");
    client
}

fn axe_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} missing: run scripts/test", path.display()))
}

/// The WCAG 2.1 A and AA violations axe-core finds on the current page.
async fn violations(client: &Client, axe: &str) -> Vec<String> {
    client.execute(axe, vec![]).await.expect("axe-core loads");
    let found = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
               .then(r => done(r.violations.map(v => v.id + ' (' + v.nodes.length + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("axe-core runs");
    match found {
        Value::Array(list) => list
            .iter()
            .map(|v| v.as_str().unwrap_or_default().to_string())
            .collect(),
        other => vec![format!("unexpected answer from axe: {other}")],
    }
}

#[tokio::test]
async fn a_family_fills_the_form_with_the_keyboard_and_reads_the_estimate() {
    let app = spawn_app().await;
    let driver = start_driver();
    let client = browser(&driver, 1280, 900).await;
    client.goto(&format!("{}/", app.address)).await.unwrap();
    // The skip link is the first thing the keyboard reaches.
    client
        .active_element()
        .await
        .unwrap()
        .send_keys(&Key::Tab.to_string())
        .await
        .unwrap();
    let first = client.active_element().await.unwrap();
    assert_eq!(first.text().await.unwrap(), "Skip to main content");
    // Type into each field the way a keyboard user does: focus it, then type.
    for (id, keys) in [
        ("condition", "Lupus nephritis"),
        ("center", "Durham"),
        ("home_state", "North Carolina"),
        ("distance_miles", "180"),
        ("caregiver_pay", "1204"),
    ] {
        let field = client.find(Locator::Id(id)).await.unwrap();
        field.send_keys(keys).await.unwrap();
    }
    // Enter in a text field submits the form.
    let distance = client.find(Locator::Id("distance_miles")).await.unwrap();
    distance.send_keys(&Key::Enter.to_string()).await.unwrap();
    client.wait().for_element(Locator::Css("p.headline")).await.unwrap();
    let heading = client.find(Locator::Css("h1")).await.unwrap().text().await.unwrap();
    assert_eq!(heading, "Your CAR-T cost estimate");
    let lede = client.find(Locator::Css("p.lede")).await.unwrap().text().await.unwrap();
    assert!(
        lede.starts_with("Lupus nephritis (lupus that harms the kidneys) treated at Durham, NC (Duke)"),
        "{lede}"
    );
    let headline = client
        .find(Locator::Css("p.headline .big"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(headline.starts_with('$'), "{headline}");
    client.close().await.unwrap();
}

#[tokio::test]
async fn wrong_answers_show_beside_their_fields_and_the_summary_links_to_them() {
    let app = spawn_app().await;
    let driver = start_driver();
    let client = browser(&driver, 1280, 900).await;
    let mut fields = DURHAM.to_vec();
    fields.retain(|(name, _)| *name != "distance_miles");
    fields.push(("distance_miles", "far away"));
    client
        .goto(&format!("{}/estimate?{}", app.address, query(&fields)))
        .await
        .unwrap();
    let error = client
        .find(Locator::Id("distance_miles-error"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        error.contains("Enter the one-way distance in miles as a number"),
        "{error}"
    );
    let kept = client
        .find(Locator::Id("distance_miles"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some("far away"));
    // The summary's link moves the focus to the field.
    client
        .find(Locator::Css(".error-summary a"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let focused = client.active_element().await.unwrap().attr("id").await.unwrap();
    assert_eq!(focused.as_deref(), Some("distance_miles"));
    client.close().await.unwrap();
}

#[tokio::test]
async fn every_page_passes_axe_core_at_wcag_2_1_aa_on_desktop_and_phone() {
    let app = spawn_app().await;
    let driver = start_driver();
    let axe = axe_source();
    let durham = query(&DURHAM);
    let with_everything = query(&[
        ("condition", "dermatomyositis"),
        ("route", "approved"),
        ("center", "philadelphia"),
        ("home_state", "NJ"),
        ("distance_miles", "60"),
        ("insurance", "employer"),
        ("in_network", "no"),
        ("caregivers", "1"),
        ("caregiver_weekly_pay", "1500"),
        ("caregiver_work_state", "NJ"),
        ("household_size", "4"),
        ("household_income", "140000"),
        ("start_date", "2027-12-20"),
    ]);
    let compare = compare_durham_hotel_and_family();
    let pages = [
        "/".to_string(),
        format!("/estimate?{durham}"),
        format!("/estimate?{with_everything}"),
        format!("/estimate/print?{with_everything}"),
        "/estimate?distance_miles=far".to_string(),
        format!("/compare?{compare}"),
        format!("/compare/print?{compare}"),
        format!(
            "/centers?{}",
            query(&durham_with(&[("home_zip", "28801"), ("condition", "sle")]))
        ),
        "/sources".to_string(),
        "/advocates".to_string(),
        "/api".to_string(),
        "/nowhere".to_string(),
    ];
    // The same pages in Spanish: longer words must not break the layout or the contrast.
    let spanish: Vec<String> = pages
        .iter()
        .map(|page| format!("{page}{}lang=es", if page.contains('?') { "&" } else { "?" }))
        .collect();
    let pages: Vec<String> = pages.into_iter().chain(spanish).collect();
    for (width, height) in [(1280, 900), (390, 844)] {
        let client = browser(&driver, width, height).await;
        for page in &pages {
            client.goto(&format!("{}{page}", app.address)).await.unwrap();
            let found = violations(&client, &axe).await;
            assert!(found.is_empty(), "{page} at {width}px:\n{}", found.join("\n"));
            // And with every folded section open, as a reader who opens them sees it.
            let opened = client
                .execute(
                    "const folds = document.querySelectorAll('details'); folds.forEach(d => d.open = true); return folds.length;",
                    vec![],
                )
                .await
                .unwrap();
            if opened.as_u64().unwrap_or(0) > 0 {
                let found = violations(&client, &axe).await;
                assert!(
                    found.is_empty(),
                    "{page} at {width}px, folds open:\n{}",
                    found.join("\n")
                );
            }
        }
        client.close().await.unwrap();
    }
}

#[tokio::test]
async fn the_print_view_opens_from_the_estimate() {
    let app = spawn_app().await;
    let driver = start_driver();
    let client = browser(&driver, 1280, 900).await;
    client
        .goto(&format!("{}/estimate?{}", app.address, query(&DURHAM)))
        .await
        .unwrap();
    // The household has pay, which a link leaves out: the summary is posted, with everything.
    client
        .find(Locator::XPath("//button[normalize-space()='Printable summary']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client.wait().for_element(Locator::Id("print-title")).await.unwrap();
    let text = client.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(text.contains("What the family may pay"));
    assert!(text.contains("$25,822.19"));
    client.close().await.unwrap();
}

#[tokio::test]
async fn on_a_phone_a_social_worker_compares_three_choices_with_income_and_prints_them() {
    let app = spawn_app().await;
    let driver = start_driver();
    let client = browser(&driver, 390, 844).await;
    let answers = query(&durham_with(&[("household_size", "3"), ("household_income", "52000")]));
    client
        .goto(&format!("{}/estimate?{answers}&include_income=yes", app.address))
        .await
        .unwrap();
    // B: the same center, staying with family. C: Philadelphia, 400 miles, a higher income.
    client
        .find(Locator::Id("b-lodging-family"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .find(Locator::Id("c-center"))
        .await
        .unwrap()
        .select_by_value("philadelphia")
        .await
        .unwrap();
    let distance = client.find(Locator::Id("c-distance")).await.unwrap();
    distance.clear().await.unwrap();
    distance.send_keys("400").await.unwrap();
    let income = client.find(Locator::Id("c-income")).await.unwrap();
    income.clear().await.unwrap();
    income.send_keys("110000").await.unwrap();
    // The link asked for pay and income, so the box starts ticked.
    let ticked = client.find(Locator::Id("compare-include-income")).await.unwrap();
    assert!(ticked.prop("checked").await.unwrap().as_deref() == Some("true"));
    client
        .find(Locator::XPath("//button[normalize-space()='Compare']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .wait()
        .for_element(Locator::Id("compare-take-title"))
        .await
        .unwrap();
    let url = client.current_url().await.unwrap();
    assert!(!url.as_str().contains("income"), "{url}");
    let labels = client.find_all(Locator::Css("th .column-label")).await.unwrap();
    let mut said = Vec::new();
    for label in labels {
        said.push(label.text().await.unwrap());
    }
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(
        said[2].starts_with("Philadelphia, PA · 400 miles · hotel · $110,000 a year"),
        "{said:?}"
    );
    // The tables scroll inside their boxes: the page itself is no wider than the phone.
    let wide = run(&client, "return document.documentElement.scrollWidth;").await;
    assert!(wide.as_u64().unwrap() <= 390, "the page is {wide} px wide");
    client
        .find(Locator::XPath("//button[normalize-space()='Print this comparison']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client.wait().for_element(Locator::Css("p.print-meta")).await.unwrap();
    let text = client.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(text.contains("Comparison of CAR-T cost choices"));
    assert!(text.contains("Pay, income and household size count in these figures."));
    assert!(text.contains("What income changes"));
    client.close().await.unwrap();
}

/// Runs a script in the page and returns its answer.
async fn run(client: &Client, script: &str) -> Value {
    client.execute(script, vec![]).await.unwrap()
}

#[tokio::test]
async fn on_a_phone_the_first_screen_answers_and_the_long_sections_fold() {
    let app = spawn_app().await;
    let driver = start_driver();
    let client = browser(&driver, 390, 844).await;
    let mut fields = DURHAM.to_vec();
    fields.extend([
        ("household_income", "90000"),
        ("household_size", "3"),
        ("start_date", "2027-03-01"),
    ]);
    client
        .goto(&format!("{}/estimate?{}", app.address, query(&fields)))
        .await
        .unwrap();
    assert_eq!(
        run(&client, "return document.documentElement.clientWidth;").await,
        json!(390)
    );
    // The first screen: what the family may pay (whole dollars), who pays the rest, the next step.
    let headline = client
        .find(Locator::Css("p.headline .big"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(headline.starts_with('$') && !headline.contains('.'), "{headline}");
    let bottom_of = |css: &str| format!("return document.querySelector('{css}').getBoundingClientRect().bottom;");
    for css in ["p.headline", ".next-step"] {
        let bottom = run(&client, &bottom_of(css)).await.as_f64().unwrap();
        assert!(bottom <= 844.0, "{css} ends at {bottom} px, below the first screen");
    }
    let next = client
        .find(Locator::Css(".next-step"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(next.starts_with("Your next step:"), "{next}");
    // The chart's text as drawn: its CSS size scaled with the SVG to its width on screen.
    let smallest = run(
        &client,
        "return Math.min(...[...document.querySelectorAll('.chart svg text')].map(t => {
            const svg = t.ownerSVGElement;
            return parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        }));",
    )
    .await
    .as_f64()
    .unwrap();
    assert!(smallest >= 12.0, "chart text drawn at {smallest} px");
    // Every line, aid, notes and sources start folded; the lines are not shown.
    let folded = run(
        &client,
        "return [...document.querySelectorAll('details.fold')].filter(d => !d.open).length;",
    )
    .await;
    assert!(folded.as_u64().unwrap() >= 4, "{folded}");
    for id in ["lines-title", "aid-title", "notes-title", "sources-title"] {
        let open = run(
            &client,
            &format!("return document.getElementById('{id}').parentElement.querySelector('details.fold').open;"),
        )
        .await;
        assert_eq!(open, json!(false), "{id} should start folded");
    }
    let product = client.find(Locator::Id("line-product")).await.unwrap();
    assert!(!product.is_displayed().await.unwrap());
    // A tap on the summary opens the lines.
    let lines_summary = "#lines-title ~ details.fold > summary";
    client
        .find(Locator::Css(lines_summary))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert!(product.is_displayed().await.unwrap());
    // The keyboard opens one too: Tab to the notes' summary and press Enter.
    let notes = client
        .find(Locator::Css("#notes-title ~ details.fold > summary"))
        .await
        .unwrap();
    run(
        &client,
        "document.querySelector('#notes-title ~ details.fold > summary').focus();",
    )
    .await;
    notes.send_keys(&Key::Enter.to_string()).await.unwrap();
    let open = run(
        &client,
        "return document.querySelector('#notes-title ~ details.fold').open;",
    )
    .await;
    assert_eq!(open, json!(true));
    // A source number outside the folds (the timeline's) jumps into the folded sources and
    // opens them.
    client
        .find(Locator::Css("#timeline-title + .callout .refs a"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let open = run(
        &client,
        "return document.querySelector('#sources-title ~ details.fold').open;",
    )
    .await;
    assert_eq!(open, json!(true), "following a source link opens the sources");
    client.close().await.unwrap();
}

#[tokio::test]
async fn on_a_phone_every_center_fits_the_screen_and_its_links_work() {
    let app = spawn_app().await;
    let driver = start_driver();
    let client = browser(&driver, 390, 844).await;
    let answers = query(&durham_with(&[("home_zip", "28801"), ("condition", "sle")]));
    client
        .goto(&format!("{}/centers?{answers}", app.address))
        .await
        .unwrap();
    // Nothing wider than the phone: no sideways scrolling.
    let wide = run(&client, "return document.documentElement.scrollWidth;").await;
    assert!(wide.as_u64().unwrap() <= 390, "the page is {wide} px wide");
    // The first center's total is on the first screen.
    let bottom = run(
        &client,
        "return document.querySelector('.center-option .center-total').getBoundingClientRect().bottom;",
    )
    .await
    .as_f64()
    .unwrap();
    assert!(bottom <= 844.0, "the first total ends at {bottom} px");
    // Following a row's button opens that center's full estimate (posted: the household's
    // pay stays out of the address).
    client
        .find(Locator::Css("#center-chapel_hill .center-links button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // A posted form: wait for the estimate page (the centers page has no share section).
    client.wait().for_element(Locator::Id("share-title")).await.unwrap();
    let heading = client.find(Locator::Css("h1")).await.unwrap().text().await.unwrap();
    assert_eq!(heading, "Your CAR-T cost estimate");
    let url = client.current_url().await.unwrap();
    assert!(!url.as_str().contains("pay"), "{url}");
    let text = client.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(text.contains("UNC"), "the estimate is for UNC");
    client.close().await.unwrap();
}
