//! Any bytes as a form body, a query string or a JSON body: parsed or refused with field
//! errors, and every accepted input estimated, without a panic.
#![no_main]

use std::sync::LazyLock;

use cart_estimator::core::estimate::estimate;
use cart_estimator::core::input::{Input, RawInput};
use cart_estimator::core::tables::Tables;
use libfuzzer_sys::fuzz_target;

static TABLES: LazyLock<Tables> =
    LazyLock::new(|| cart_estimator::data_files::load_embedded().expect("bundled tables"));

fn check(raw: &RawInput) {
    match Input::parse(raw, &TABLES, jiff::civil::date(2026, 12, 2)) {
        Ok(input) => {
            let result = estimate(&TABLES, &input);
            assert!(result.totals.family_total.is_ordered());
        }
        Err(errors) => assert!(!errors.is_empty()),
    }
}

fuzz_target!(|data: &[u8]| {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(data).into_owned().collect();
    check(&RawInput::from_pairs(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    ));
    if let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) {
        if let Ok(raw) = RawInput::from_json(&json) {
            check(&raw);
        }
    }
});
