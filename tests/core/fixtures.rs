//! What the core's tests share: the bundled tables, loaded once, the Durham household of docs/worked-example.md
//! (docs/worked-example.md), and ways to run the estimate or the whole report for a household.
#![allow(dead_code)]

use std::sync::LazyLock;

use cart_estimator::core::estimate::{Estimate, estimate};
use cart_estimator::core::input::{Input, RawInput};
use cart_estimator::core::report::{Report, report_for};
use cart_estimator::core::tables::Tables;
use cart_estimator::data_files::load_embedded;

static TABLES: LazyLock<Tables> = LazyLock::new(|| load_embedded().expect("bundled tables load"));

/// The bundled tables, loaded once for every test.
pub fn tables() -> &'static Tables {
    &TABLES
}

/// The worked example (docs/worked-example.md): trial, lupus nephritis, the patient's own
/// cells, Duke in Durham NC, 180 miles by car, hotel, one caregiver at $1,204 a week with 10
/// paid days off, Medicaid. Caregiver days away are 51 / 75 / 119, so lost pay is $6,364,
/// $10,492 and $18,060. The web tests (`tests/api`) share it.
pub const DURHAM: [(&str, &str); 12] = [
    ("condition", "lupus_nephritis"),
    ("route", "trial"),
    ("cells", "autologous"),
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

/// The day the tests' answers are given: figures in force and dates are read against it. A
/// day in federal fiscal year 2026 and plan year 2026, so that the hand-computed figures of a
/// household without a start date use FY2026's GSA rates and 2026's plan figures; tests of
/// later figures give a start date.
pub const TODAY: jiff::civil::Date = jiff::civil::date(2026, 6, 1);

/// The answers as the form would send them (later pairs win).
pub fn raw(pairs: &[(&str, &str)]) -> RawInput {
    RawInput::from_pairs(pairs.iter().copied())
}

/// The answers parsed; a refused answer fails the test with the errors.
pub fn input(pairs: &[(&str, &str)]) -> Input<'static> {
    Input::parse(&raw(pairs), tables(), TODAY).unwrap_or_else(|e| panic!("input refused: {e:?}"))
}

/// The estimate for a household.
pub fn estimate_for(pairs: &[(&str, &str)]) -> Estimate {
    estimate(tables(), &input(pairs))
}

/// The whole report for a household: the estimate, burden, tax, notes, aid, timeline, levers.
pub fn report(pairs: &[(&str, &str)]) -> Report<'static> {
    report_for(tables(), &raw(pairs), input(pairs))
}

/// The Durham household with some answers added or changed (later pairs win).
pub fn durham_with<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    DURHAM.iter().chain(changes).copied().collect()
}

/// The whole report for the Durham household with some answers added or changed.
pub fn durham(changes: &[(&str, &str)]) -> Report<'static> {
    report(&durham_with(changes))
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

/// A sentence that may be absent says nothing when it is.
impl English for Option<cart_estimator::core::text::Text> {
    fn en(&self) -> String {
        self.as_ref().map(English::en).unwrap_or_default()
    }
}
