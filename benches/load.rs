//! Loading the tables: the bundled copy, and the bundled copy with 10,000 and 100,000 extra
//! centers generated from Duke's row with new ids. Loading should grow in proportion to the
//! rows (the figures are in BENCHMARKS.md, "Loading the tables"). Run with
//! `cargo bench --bench load`.

use std::fmt::Write;
use std::time::Duration;

use cart_estimator::core::tables::{ReadProblem, Tables};
use cart_estimator::data_files::embedded;
use criterion::{BenchmarkId, Criterion, black_box, criterion_group, criterion_main};

/// The bundled `centers.csv` with `extra` more rows, copies of Duke's row with new ids.
fn centers_with(extra: usize) -> String {
    let text = embedded("centers.csv").expect("centers.csv is bundled");
    let duke = text
        .lines()
        .find_map(|line| line.strip_prefix("durham,"))
        .expect("a row for durham");
    let mut out = String::with_capacity(text.len() + extra * (duke.len() + 16));
    out.push_str(text);
    for number in 0..extra {
        let _ = writeln!(out, "generated_{number},{duke}");
    }
    out
}

/// Loads every bundled table, with `centers` in place of `centers.csv`.
fn load(centers: &str) -> Tables {
    Tables::parse("data", |name| {
        if name == "centers.csv" {
            Ok(centers.to_string())
        } else {
            embedded(name).map(str::to_string).ok_or(ReadProblem::Missing)
        }
    })
    .expect("the tables load")
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("load tables");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    for extra in [0, 10_000, 100_000] {
        let centers = centers_with(extra);
        group.bench_with_input(BenchmarkId::new("extra centers", extra), &centers, |b, centers| {
            b.iter(|| black_box(load(centers)).centers().len())
        });
    }
    group.finish();
}

criterion_group!(load_benches, benches);
criterion_main!(load_benches);
