//! Black-box tests: start the real app on a free port and talk HTTP to it.

mod advocates;
mod api_guide;
mod batch;
mod browser;
mod centers;
mod compare;
mod exports;
#[path = "../core/fixtures.rs"]
mod fixtures;
mod helpers;
mod income;
mod json_api;
mod limits;
mod pages;
mod print;
mod privacy;
mod snapshots;
mod sources_page;
mod spanish;
mod startup;
mod trust;
mod valid_html;
mod workbook;
