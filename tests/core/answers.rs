//! Answers as families give them (issue 18): pay by the hour, week, month or year.

use cart_estimator::core::lines::LineId;
use rust_decimal_macros::dec;

use crate::fixtures::{English, durham_with, estimate_for};

/// The Durham caregiver's lost pay with the pay given some way: 75 days away, 10 paid days off,
/// so (5 × 75 − 7 × 10) × weekly ÷ 35 = 305 × weekly ÷ 35.
fn caregiver_lost_pay(pay: &[(&str, &str)]) -> rust_decimal::Decimal {
    let mut answers = durham_with(&[("caregiver_weekly_pay", "")]);
    answers.extend_from_slice(pay);
    let e = estimate_for(&answers);
    e.line(LineId::CaregiverIncome).unwrap().cost.unwrap().typical
}

#[test]
fn each_pay_period_gives_the_lost_pay_of_the_weekly_pay_it_equals() {
    // $1,200 a week: 305 × 1,200 ÷ 35 = 10,457.142857…
    let weekly = caregiver_lost_pay(&[("caregiver_pay", "1200"), ("caregiver_pay_per", "week")]);
    assert_eq!(weekly.round_dp(2), dec!(10457.14));
    // $30 an hour × 40 hours (the default) = $1,200 a week.
    let hourly = caregiver_lost_pay(&[("caregiver_pay", "30"), ("caregiver_pay_per", "hour")]);
    // $5,200 a month × 12 ÷ 52 = $1,200 a week.
    let monthly = caregiver_lost_pay(&[("caregiver_pay", "5200"), ("caregiver_pay_per", "month")]);
    // $62,400 a year ÷ 52 = $1,200 a week.
    let yearly = caregiver_lost_pay(&[("caregiver_pay", "62,400"), ("caregiver_pay_per", "year")]);
    // The older weekly field says the same.
    let old = caregiver_lost_pay(&[("caregiver_weekly_pay", "1200")]);
    assert_eq!([hourly, monthly, yearly, old], [weekly; 4]);
    // $40 an hour for 30 hours = $1,200 a week too.
    let part_time = caregiver_lost_pay(&[
        ("caregiver_pay", "40"),
        ("caregiver_pay_per", "hour"),
        ("caregiver_hours_per_week", "30"),
    ]);
    assert_eq!(part_time, weekly);
}

#[test]
fn the_line_says_how_the_weekly_pay_was_worked_out() {
    let mut answers = durham_with(&[("caregiver_weekly_pay", "")]);
    answers.extend([("caregiver_pay", "17.50"), ("caregiver_pay_per", "hour")]);
    let e = estimate_for(&answers);
    let line = e.line(LineId::CaregiverIncome).unwrap();
    // $17.50 × 40 = $700 a week, $140 a working day; 305 × 700 ÷ 35 = 6,100.
    assert!(
        line.basis
            .en()
            .starts_with("Pay: $17.50 an hour × 40 hours a week = $700 a week."),
        "{}",
        line.basis.en()
    );
    assert_eq!(line.cost.unwrap().typical, dec!(6100));
    // A month's pay that is not whole cents a week is said to the cent: 3,000 × 12 ÷ 52.
    let mut monthly = durham_with(&[("caregiver_weekly_pay", "")]);
    monthly.extend([("caregiver_pay", "3000"), ("caregiver_pay_per", "month")]);
    let line = estimate_for(&monthly).line(LineId::CaregiverIncome).cloned().unwrap();
    assert!(
        line.basis.en().contains("$3,000 a month × 12 ÷ 52 = $692.31 a week"),
        "{}",
        line.basis.en()
    );
}

/// The warnings of the Durham household with some answers changed, as (field, English).
fn warnings(changes: &[(&str, &str)]) -> Vec<(String, String)> {
    crate::fixtures::input(&durham_with(changes))
        .warnings()
        .iter()
        .map(|w| (w.field.to_string(), w.message.en()))
        .collect()
}

#[test]
fn each_warning_fires_when_an_answer_is_probably_not_meant_and_not_otherwise() {
    // The Durham household as it is: nothing to warn about.
    assert_eq!(warnings(&[]), []);
    // $17.50 "a week" is less than 10 hours at the federal minimum wage ($72.50): per hour?
    let low = warnings(&[("caregiver_weekly_pay", "17.50")]);
    assert_eq!(low.len(), 1);
    assert_eq!(low[0].0, "caregiver_weekly_pay");
    assert!(
        low[0].1.starts_with(
            "$17.50 a week is less than 10 hours at the federal minimum wage ($7.25 an hour, $72.50 a week)."
        ),
        "{}",
        low[0].1
    );
    // Given as per hour it is fine, and so is $72.50 a week exactly.
    assert_eq!(
        warnings(&[
            ("caregiver_weekly_pay", ""),
            ("caregiver_pay", "17.50"),
            ("caregiver_pay_per", "hour")
        ]),
        []
    );
    assert_eq!(warnings(&[("caregiver_weekly_pay", "72.50")]), []);
    // The caregiver's $1,204 a week is $62,608 a year: above a $50,000 household income.
    let above = warnings(&[("household_income", "50000"), ("household_size", "3")]);
    assert_eq!(above.len(), 1);
    assert_eq!(above[0].0, "caregiver_weekly_pay");
    assert!(
        above[0]
            .1
            .contains("about $62,608 a year, is more than the household's yearly income you entered ($50,000)"),
        "{}",
        above[0].1
    );
    assert_eq!(warnings(&[("household_income", "70000")]), []);
    // With the patient's $500 a week too, $88,608 a year is more than $70,000 of income.
    let both = warnings(&[("household_income", "70000"), ("patient_weekly_pay", "500")]);
    assert_eq!(both.len(), 1);
    assert_eq!(both[0].0, "household_income");
    assert!(both[0].1.contains("about $88,608 a year"), "{}", both[0].1);
    // No caregiver: the centers require one.
    let alone = warnings(&[("caregivers", "0")]);
    assert_eq!(alone.len(), 1);
    assert_eq!(alone[0].0, "caregivers");
    assert!(alone[0].1.starts_with("No adult travels with the patient."));
}

#[test]
fn a_start_date_in_the_past_is_refused_with_a_clear_message() {
    // The tests' today is 1 June 2026.
    let raw = crate::fixtures::raw(&durham_with(&[("start_date", "2026-05-31")]));
    let errors =
        cart_estimator::core::input::Input::parse(&raw, crate::fixtures::tables(), crate::fixtures::TODAY).unwrap_err();
    let messages = errors.get("start_date").unwrap();
    assert_eq!(
        messages[0].en(),
        "The start date, May 31, 2026, is in the past. Enter the day you expect to arrive for treatment (today, June 1, 2026, or later), or leave it blank."
    );
    // Today itself is fine.
    assert!(
        crate::fixtures::input(&durham_with(&[("start_date", "2026-06-01")]))
            .start_date()
            .is_some()
    );
}

#[test]
fn not_sure_about_the_network_shows_both_outcomes() {
    use cart_estimator::core::who_pays::Answer;
    let with = |network: &str| {
        estimate_for(&durham_with(&[
            ("insurance", "employer"),
            ("coinsurance_pct", "40"),
            ("in_network", network),
        ]))
    };
    let (unsure, inside, outside) = (with("unsure"), with("yes"), with("no"));
    // The estimate counts the center as in network: the chemotherapy, then the stay up to the
    // $10,600 limit of plan year 1 (as in estimate_coverage).
    assert_eq!(unsure.totals, inside.totals);
    assert_eq!(cents(unsure.plan_years[0].family_cost_sharing.typical), dec!(10600));
    // Beside it, the outcome if it is not: the stay and its side effects are the family's in
    // full, and follow-up has no yearly limit: 75,363.13 typical, as computed by hand in
    // `out_of_network_care_has_no_yearly_limit`.
    let out = unsure
        .alternative(Answer::OutOfNetwork)
        .expect("the out-of-network outcome");
    assert_eq!(out.totals, outside.totals);
    assert_eq!(cents(out.totals.family_medical.typical), dec!(75363.13));
    // Knowing the answer, there is no second outcome for it.
    assert!(inside.alternative(Answer::OutOfNetwork).is_none());
    assert!(outside.alternative(Answer::OutOfNetwork).is_none());
    // Not sure is the form's default.
    assert_eq!(
        estimate_for(&durham_with(&[("insurance", "employer"), ("coinsurance_pct", "40")])).totals,
        unsure.totals
    );
    // Medicaid must pay trial care out of network too: nothing changes, no second outcome.
    assert!(
        estimate_for(&durham_with(&[]))
            .alternative(Answer::OutOfNetwork)
            .is_none()
    );
}

fn cents(amount: rust_decimal::Decimal) -> rust_decimal::Decimal {
    cart_estimator::core::money::round_cents(amount)
}
