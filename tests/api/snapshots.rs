//! The snapshot households: their estimate page, print view, CSV and JSON in English and
//! Spanish, kept byte for byte in `tests/api/snapshots/`. An output changes only where an issue
//! changes it: then run `INSTA_UPDATE=always cargo test --test api snapshots`, read the diff
//! and say why in the commit.

use crate::helpers::{DURHAM, durham_with, query, spawn_app};

/// Households that between them reach every section, plan type and way of travel.
pub fn households() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    vec![
        // the worked example (docs/worked-example.md).
        ("durham", DURHAM.to_vec()),
        // The benchmark household: income, household size and a start date.
        (
            "durham_dated",
            durham_with(&[
                ("household_size", "3"),
                ("household_income", "52000"),
                ("start_date", "2027-03-01"),
            ]),
        ),
        // Every section: out of network, two caregivers, patient pay, pets, child care, low income.
        (
            "everything",
            vec![
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
            ],
        ),
        // Flying to Mayo on an employer plan with a travel benefit; the caregiver works in New York.
        (
            "employer_fly",
            vec![
                ("condition", "systemic_sclerosis"),
                ("route", "trial"),
                ("center", "rochester_mn"),
                ("home_state", "NY"),
                ("distance_miles", "1000"),
                ("travel_mode", "fly"),
                ("insurance", "employer"),
                ("coverage_tier", "family"),
                ("travel_benefit", "10000"),
                ("caregiver_weekly_pay", "1100"),
                ("caregiver_paid_leave_days", "5"),
                ("caregiver_work_state", "NY"),
                ("household_size", "4"),
                ("household_income", "95000"),
                ("start_date", "2027-05-10"),
            ],
        ),
        // A Marketplace plan with its own figures, a hospitality house, no start date.
        (
            "marketplace_house",
            vec![
                ("condition", "antisynthetase"),
                ("route", "trial"),
                ("center", "houston"),
                ("home_state", "TX"),
                ("distance_miles", "240"),
                ("lodging", "hospitality_house"),
                ("lodging_rate", "40"),
                ("insurance", "marketplace"),
                ("deductible", "5000"),
                ("coinsurance_pct", "30"),
                ("oop_max", "9200"),
                ("caregiver_weekly_pay", "700"),
                ("household_size", "2"),
                ("household_income", "31000"),
            ],
        ),
        // Original Medicare with a supplement, a bought product, pinned journey counts.
        (
            "medicare_supplement",
            vec![
                ("condition", "sle"),
                ("route", "approved"),
                ("price_basis", "medicare_2026"),
                ("center", "miami"),
                ("home_state", "FL"),
                ("distance_miles", "35"),
                ("insurance", "medicare"),
                ("medicare_supplement", "yes"),
                ("caregivers", "1"),
                ("hospital_days", "30"),
                ("nearby_days", "14"),
                ("follow_up_visits", "24"),
                ("start_date", "2026-12-28"),
            ],
        ),
        // Uninsured, donor cells, staying with family.
        (
            "uninsured_donor",
            vec![
                ("condition", "necrotizing_myopathy"),
                ("route", "approved"),
                ("cells", "allogeneic"),
                ("center", "seattle"),
                ("home_state", "OR"),
                ("distance_miles", "175"),
                ("lodging", "family"),
                ("insurance", "uninsured"),
                ("caregivers", "0"),
                ("patient_weekly_pay", "650"),
                ("patient_paid_leave_days", "3"),
                ("household_size", "1"),
                ("household_income", "26000"),
            ],
        ),
        // Medicare Advantage in a trial, out of network, a center not listed.
        (
            "advantage_other",
            vec![
                ("condition", "polymyositis"),
                ("route", "trial"),
                ("center", "other"),
                ("home_state", "AK"),
                ("distance_miles", "1500"),
                ("travel_mode", "fly"),
                ("insurance", "medicare_advantage"),
                ("in_network", "no"),
                ("caregivers", "2"),
                ("caregiver_weekly_pay", "980"),
                ("household_size", "2"),
                ("household_income", "61000"),
            ],
        ),
    ]
}

#[tokio::test]
async fn the_snapshot_households_outputs_are_unchanged() {
    let app = spawn_app().await;
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let _guard = settings.bind_to_scope();
    for (name, fields) in households() {
        let answers = query(&fields);
        for lang in ["en", "es"] {
            for (output, path) in [
                ("page", "/estimate"),
                ("print", "/estimate/print"),
                ("csv", "/estimate.csv"),
                ("json", "/estimate.json"),
            ] {
                let response = app.get(&format!("{path}?{answers}&lang={lang}")).await;
                assert_eq!(response.status().as_u16(), 200, "{name} {output} {lang}");
                let body = response.text().await.expect("body");
                insta::assert_snapshot!(format!("{name}-{lang}-{output}"), body);
            }
        }
    }
}

/// The pages that are not one household's estimate: the form (blank, prefilled and with
/// errors), a comparison, the advocates' page, every center for the Durham household from
/// Asheville's ZIP code, the sources and the OpenAPI document.
#[tokio::test]
async fn the_other_pages_are_unchanged() {
    let app = spawn_app().await;
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let _guard = settings.bind_to_scope();
    let wrong = "condition=sle&center=hogwarts&distance_miles=-5&pets=x&lodging=hospitality_house\
                 &insurance=uninsured&travel_benefit=100&medicare_supplement=yes&start_date=2026-02-30";
    let pages = [
        ("form", "/?".to_string(), 200),
        ("form-prefilled", format!("/?{}", query(&DURHAM)), 200),
        ("form-errors", format!("/estimate?{wrong}"), 422),
        (
            "compare",
            format!("/compare?{}", crate::helpers::compare_durham_hotel_and_family()),
            200,
        ),
        ("advocates", "/advocates?".to_string(), 200),
        (
            "centers",
            format!(
                "/centers?{}",
                query(&crate::helpers::durham_with(&[("home_zip", "28801")]))
            ),
            200,
        ),
        ("sources", "/sources?".to_string(), 200),
        ("not-found", "/nowhere?".to_string(), 404),
    ];
    for lang in ["en", "es"] {
        for (name, path, status) in &pages {
            let response = app.get(&format!("{path}&lang={lang}")).await;
            assert_eq!(response.status().as_u16(), *status, "{name} {lang}");
            insta::assert_snapshot!(format!("{name}-{lang}"), response.text().await.expect("body"));
        }
    }
    let openapi = app.get("/api/v1/openapi.json").await.text().await.expect("body");
    insta::assert_snapshot!("openapi", openapi);
}
