//! Micro-benchmarks: the estimate core alone, the estimate page's view model, and its template,
//! for the Durham household of DESIGN.md with income and a start date. Run by `scripts/bench`
//! (or `cargo bench --bench estimate`); the targets are in BENCHMARKS.md, not in tests.

use cart_estimator::core::estimate::estimate;
use cart_estimator::core::input::{Input, RawInput};
use cart_estimator::data_files::load_embedded;
use cart_estimator::i18n::Lang;
use cart_estimator::web::templates::environment;
use cart_estimator::web::views::EstimateView;
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use minijinja::value::Serde;

const DURHAM: [(&str, &str); 15] = [
    ("condition", "lupus_nephritis"),
    ("route", "trial"),
    ("center", "durham"),
    ("home_state", "NC"),
    ("distance_miles", "180"),
    ("travel_mode", "drive"),
    ("lodging", "hotel"),
    ("caregivers", "1"),
    ("caregiver_weekly_pay", "1204"),
    ("caregiver_paid_leave_days", "10"),
    ("insurance", "medicaid"),
    ("household_size", "3"),
    ("household_income", "52000"),
    ("start_date", "2027-03-01"),
    ("price_basis", "launch_list"),
];

fn benches(c: &mut Criterion) {
    let tables = load_embedded().expect("bundled tables");
    let raw = RawInput::from_pairs(DURHAM);
    let input = Input::parse(&raw, &tables).expect("valid answers");
    c.bench_function("estimate core", |b| {
        b.iter(|| estimate(black_box(&tables), black_box(&input)))
    });

    let result = estimate(&tables, &input);
    let view = || {
        EstimateView::new(
            &tables,
            Lang::En,
            &raw,
            &input,
            &result,
            "2026-11-23".to_string(),
            false,
        )
    };
    c.bench_function("estimate page view", |b| b.iter(|| black_box(view())));

    let env = environment();
    let template = env.get_template("estimate.html").expect("template");
    let page = view();
    // The language switch base.html prints, as the handler would give it.
    let switch = minijinja::context! { lang => "en", to => "es", label => "Español", href => "/estimate?lang=es", action => "/estimate", fields => Vec::<(String, String)>::new() };
    c.bench_function("estimate page render", |b| {
        b.iter(|| {
            template
                .render(minijinja::context! { lang => "en", switch => switch.clone(), page => Serde(&page) })
                .expect("renders")
        })
    });
}

criterion_group!(estimate_benches, benches);
criterion_main!(estimate_benches);
