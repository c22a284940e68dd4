//! Micro-benchmarks: the estimate core alone (whole, and totals only as each what-if builds it),
//! the estimate page's view model, its template, and the whole page from the answers,
//! for the Durham household of docs/worked-example.md with income and a start date. Run by `scripts/bench`
//! (or `cargo bench --bench estimate`); the targets are in BENCHMARKS.md, not in tests.

use cart_estimator::core::estimate::{estimate, family_totals};
use cart_estimator::core::input::{Input, RawInput};
use cart_estimator::core::report::report_for;
use cart_estimator::i18n::Lang;
use cart_estimator::web::pages::estimate::EstimateView;
use cart_estimator::web::parts::sources::SaidSources;
use cart_estimator::web::templates::environment;
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use minijinja::value::Serde;

#[path = "../tests/core/fixtures.rs"]
mod fixtures;

/// the Durham household of docs/worked-example.md (`tests/core/fixtures.rs`), with income and a start date so that every
/// section of the page is built.
const EXTRA: [(&str, &str); 3] = [
    ("household_size", "3"),
    ("household_income", "52000"),
    ("start_date", "2027-03-01"),
];

fn benches(c: &mut Criterion) {
    let tables = fixtures::tables();
    let raw = RawInput::from_pairs(fixtures::DURHAM.into_iter().chain(EXTRA));
    let input = Input::parse(&raw, tables, fixtures::TODAY).expect("valid answers");
    c.bench_function("estimate core", |b| {
        b.iter(|| estimate(black_box(tables), black_box(&input)))
    });

    // One of the what-ifs behind "what would change this number": one outcome, totals only.
    c.bench_function("estimate totals only", |b| {
        b.iter(|| family_totals(black_box(tables), black_box(&input)))
    });

    // Everything the page shows: the estimate, burden, tax, notes, aid, timeline and the
    // what-ifs behind "what would change this number".
    c.bench_function("estimate report", |b| {
        b.iter(|| {
            let report = report_for(black_box(tables), black_box(&raw), input.clone());
            black_box(report.levers().len());
            report
        })
    });

    let result = report_for(tables, &raw, input.clone());
    let said_sources = SaidSources::new(tables);
    let view = || EstimateView::new(tables, &said_sources, Lang::En, &raw, false, &result, "2026-11-23");
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

    // The page as its handler makes it, from the answers to the HTML: parsing, the report,
    // the view (which asks for the what-ifs and the income ladder: a fresh report has
    // neither) and the render. The three benches above leave those out.
    c.bench_function("estimate page whole", |b| {
        b.iter(|| {
            let input = Input::parse(black_box(&raw), tables, fixtures::TODAY).expect("valid answers");
            let report = report_for(tables, &raw, input);
            let page = EstimateView::new(tables, &said_sources, Lang::En, &raw, false, &report, "2026-11-23");
            template
                .render(minijinja::context! { lang => "en", switch => switch.clone(), page => Serde(&page) })
                .expect("renders")
        })
    });
}

criterion_group!(estimate_benches, benches);
criterion_main!(estimate_benches);
