//! The households the integration tests share. Each test crate uses only some of this.
#![allow(dead_code)]

use cart_estimator::core::estimate::{Estimate, estimate};
use cart_estimator::core::input::{Input, RawInput};
use cart_estimator::core::tables::Tables;
use cart_estimator::data_files::load_embedded;

/// DESIGN.md's worked example: trial, lupus nephritis, Duke in Durham NC, 180 miles by car,
/// hotel, one caregiver at $1,204 a week with 10 paid days off, Medicaid. Caregiver days away
/// are 51 / 75 / 119, so lost pay is $6,364, $10,492 and $18,060.
pub const DURHAM: [(&str, &str); 11] = [
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
];

pub fn tables() -> Tables {
    load_embedded().expect("bundled tables load")
}

/// The Durham household with some answers added or changed (later pairs win).
pub fn durham_raw(changes: &[(&str, &str)]) -> RawInput {
    RawInput::from_pairs(DURHAM.iter().chain(changes).copied())
}

/// The estimate for the Durham household with some answers added or changed.
pub fn durham(tables: &Tables, changes: &[(&str, &str)]) -> Estimate {
    let raw = durham_raw(changes);
    let input = Input::parse(&raw, tables).unwrap_or_else(|e| panic!("input refused: {e:?}"));
    estimate(tables, &input)
}

/// A message as an English reader sees it.
pub trait English {
    fn en(&self) -> String;
}

impl English for cart_estimator::core::text::Text {
    fn en(&self) -> String {
        cart_estimator::i18n::say(cart_estimator::i18n::Lang::En, self)
    }
}
