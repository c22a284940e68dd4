//! CAR-T Cost & Access Estimator: what CAR-T cell therapy for lupus, myositis or scleroderma
//! may really cost a family, and who pays each part.
//!
//! `core` is pure (tables, input, estimate, money); `web` turns requests into core calls and
//! core results into pages; `startup` wires them together; `data_files` is where tables are read;
//! `batch` estimates a CSV file of households from the command line.

pub mod batch;
pub mod config;
pub mod core;
pub mod data_files;
pub mod i18n;
pub mod startup;
pub mod web;

/// Building a page allocates many small strings and vectors; mimalloc serves them faster than
/// the system allocator (see BENCHMARKS.md). Set here so the app, tests and benchmarks share it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
