//! "What would change this number", on the Durham household of docs/worked-example.md, checked by hand.

use crate::fixtures::{DURHAM, English, tables};
use cart_estimator::core::estimate::estimate;
use cart_estimator::core::input::{Input, RawInput};
use cart_estimator::core::levers::{AskWhom, what_would_change};
use cart_estimator::core::money::round_cents;
use rust_decimal_macros::dec;

#[test]
fn the_levers_of_the_durham_household_in_order() {
    let tables = tables();
    let raw = RawInput::from_pairs(DURHAM);
    let input = Input::parse(&raw, tables, crate::fixtures::TODAY).unwrap();
    let e = estimate(tables, &input);
    let levers = what_would_change(tables, &raw, &input, &e);
    let what: Vec<String> = levers.iter().map(|l| l.what.en()).collect();
    let swings: Vec<_> = levers
        .iter()
        .zip(&what)
        .map(|(l, w)| (w.as_str(), round_cents(l.swing)))
        .collect();
    // Each extra follow-up visit is an overnight trip (the center is over 150 miles away):
    // a night at $121, meals for 2 at $74, parking $7.79 and 2 days away = 10/7 working days
    // × $240.80 = $344; Medicaid rides pay the drive. 16 more visits (8 → 24) × 620.79 = 9,932.64.
    // A hotel against free housing: the typical lodging line, 61 nights × $121 = 7,381.
    // Days nearby 14 → 30: 16 × ($121 + 2 × $74 + $7.79) + 16 × 5/7 × $240.80 = 4,428.64 + 2,752
    // = 7,180.64. Days in hospital 14 → 28 (the caregiver stays): 14 × ($121 + $74 + $7.79)
    // + 10 × $240.80 = 2,839.06 + 2,408 = 5,247.06. If Medicaid refuses the rides, the family
    // pays the typical drive, $1,107. Flying instead: Medicaid pays for flights only if it
    // approves them first, so the family pays the fares (15 × 2 × $470 = $14,100) and the rides
    // to airports and to the center (60 × $32 + 76 × $13.50 = $2,946), and no parking
    // (61 × $7.79 = $475.19): $16,570.81 more.
    assert_eq!(
        swings,
        vec![
            ("how you travel", dec!(16570.81)),
            ("follow-up visits at the center", dec!(9932.64)),
            ("where you stay near the center", dec!(7381.00)),
            ("days living near the center after leaving the hospital", dec!(7180.64)),
            ("days in the hospital", dec!(5247.06)),
        ]
    );
    // How to travel is a question for the trial's coordinator (Durham's is a trial).
    assert_eq!(levers[0].ask, AskWhom::TrialCoordinator);
    assert_eq!(levers[2].total_from, e.totals.family_total.typical);
}

#[test]
fn answers_the_user_gave_are_not_levers() {
    let tables = tables();
    let pairs = DURHAM
        .iter()
        .copied()
        .chain([("hospital_days", "21"), ("lodging", "family")]);
    let raw = RawInput::from_pairs(pairs);
    let input = Input::parse(&raw, tables, crate::fixtures::TODAY).unwrap();
    let e = estimate(tables, &input);
    let levers = what_would_change(tables, &raw, &input, &e);
    assert!(
        levers
            .iter()
            .all(|l| l.what.en() != "days in the hospital" && l.what.en() != "where you stay near the center")
    );
    assert!(levers.len() <= 5);
}
