//! State paid family leave on the caregiver's lost pay, and the medical-expense deduction,
//! worked by hand on the Durham household of docs/worked-example.md.

use crate::fixtures::{durham, tables};
use cart_estimator::core::estimate::Estimate;
use cart_estimator::core::lines::{LineId, Payer};
use cart_estimator::core::money::round_cents;
use cart_estimator::core::scenarios::Scenarios;
use cart_estimator::core::tables::Tables;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn run(_: &Tables, changes: &[(&str, &str)]) -> Estimate {
    crate::fixtures::estimate_for(&crate::fixtures::durham_with(changes))
}

fn cents(amounts: Scenarios<Decimal>) -> Scenarios<Decimal> {
    amounts.map(|a| round_cents(*a))
}

fn s(low: Decimal, typical: Decimal, high: Decimal) -> Scenarios<Decimal> {
    Scenarios::new(low, typical, high)
}

fn caregiver_line(e: &Estimate) -> (Scenarios<Decimal>, Scenarios<Decimal>, Vec<Payer>) {
    let line = e.line(LineId::CaregiverIncome).expect("caregiver line");
    (
        cents(line.benefit_pays.expect("priced")),
        cents(line.family_pays.expect("priced")),
        line.payer.clone(),
    )
}

#[test]
fn living_in_a_state_without_paid_leave_changes_nothing() {
    let tables = tables();
    let e = run(tables, &[]);
    assert!(e.leave_program.is_none());
    let (leave, family, payers) = caregiver_line(&e);
    assert_eq!(leave, Scenarios::ZERO);
    assert_eq!(family, s(dec!(6364), dec!(10492), dec!(18060)));
    assert_eq!(payers, vec![Payer::Family]);
}

#[test]
fn new_york_pays_67_percent_of_pay_for_up_to_12_weeks() {
    let tables = tables();
    let e = run(tables, &[("caregiver_work_state", "NY")]);
    // 67% of $1,204 = $806.68 a week (under the $1,228.53 maximum) = $161.336 a working day.
    // Low 185/7 days × 161.336 = 4,263.88; typical 305/7 × 161.336 = 7,029.64;
    // high 75 days, held to 12 weeks = 60 days × 161.336 = 9,680.16.
    let (leave, family, payers) = caregiver_line(&e);
    assert_eq!(leave, s(dec!(4263.88), dec!(7029.64), dec!(9680.16)));
    assert_eq!(family, s(dec!(2100.12), dec!(3462.36), dec!(8379.84)));
    assert_eq!(payers, vec![Payer::StatePaidLeave, Payer::Family]);
    assert_eq!(
        cents(e.totals.lost_income),
        s(dec!(2100.12), dec!(3462.36), dec!(8379.84))
    );
}

#[test]
fn the_caregivers_work_state_counts_not_the_home_state() {
    let tables = tables();
    // Living in New York but working in North Carolina: no state paid leave.
    let e = run(tables, &[("home_state", "NY"), ("caregiver_work_state", "NC")]);
    assert!(e.paid_leave.is_none());
    // Living in New York with the work state left blank: New York's leave applies.
    let e = run(tables, &[("home_state", "NY")]);
    assert_eq!(e.paid_leave.as_ref().map(|l| l.state.as_str()), Some("NY"));
}

#[test]
fn delaware_pays_the_weekly_maximum_for_at_most_6_weeks() {
    let tables = tables();
    let e = run(tables, &[("caregiver_work_state", "DE")]);
    // 80% of $1,204 = $963.20, above the $900 maximum: $900 a week = $180 a working day.
    // Low 185/7 × 180 = 4,757.14; typical 305/7 days but at most 30 → 5,400; high 30 → 5,400.
    let (leave, _, _) = caregiver_line(&e);
    assert_eq!(leave, s(dec!(4757.14), dec!(5400), dec!(5400)));
    let paid = e.paid_leave.as_ref().unwrap();
    assert!(paid.capped);
    assert_eq!(paid.weekly_benefit, Scenarios::same(dec!(900)));
}

#[test]
fn a_range_of_rates_counts_the_lowest_except_in_the_low_estimate() {
    let tables = tables();
    let e = run(tables, &[("caregiver_work_state", "MA")]);
    // Massachusetts replaces 50% to 80% of pay. Low: 80% = $963.20 a week → 185/7 × 192.64
    // = 5,091.20. Typical: 50% = $602 → 305/7 × 120.40 = 5,246.00. High: 60 days × 120.40
    // = 7,224.00.
    let (leave, _, _) = caregiver_line(&e);
    assert_eq!(leave, s(dec!(5091.20), dec!(5246.00), dec!(7224.00)));
}

#[test]
fn maryland_is_named_but_not_counted_while_its_benefits_have_not_started() {
    let tables = tables();
    let e = run(tables, &[("caregiver_work_state", "MD")]);
    assert_eq!(e.leave_program.as_ref().map(|p| p.state.as_str()), Some("MD"));
    assert!(e.paid_leave.is_none());
    let (leave, family, _) = caregiver_line(&e);
    assert_eq!(leave, Scenarios::ZERO);
    assert_eq!(family, s(dec!(6364), dec!(10492), dec!(18060)));
}

#[test]
fn no_leave_when_the_caregiver_does_not_work() {
    let tables = tables();
    let e = run(tables, &[("caregiver_work_state", "NY"), ("caregiver_weekly_pay", "")]);
    assert!(e.leave_program.is_none() && e.paid_leave.is_none());
}

#[test]
fn the_deduction_counts_medical_trips_parking_and_lodging_above_the_floor() {
    let report = durham(&[("insurance", "uninsured"), ("household_income", "60000")]);
    let (e, tax) = (&report.estimate, report.tax.as_ref().expect("income entered"));
    // Uninsured in a trial: the sponsor pays the cells; the family pays the other bills,
    // typical 377.751 + 66,507 + 3,196.48 + 7,164 = $77,245.231.
    assert_eq!(cents(tax.medical).typical, dec!(77245.23));
    assert_eq!(cents(tax.medical), cents(e.totals.family_medical));
    // Driving: low and typical already at the IRS medical rate (11 and 15 round trips × 360
    // miles × $0.205 = 811.80 and 1,107.00); high, 28 × 360 miles re-priced at $0.205 = 2,066.40.
    assert_eq!(cents(tax.travel), s(dec!(811.80), dec!(1107.00), dec!(2066.40)));
    // Parking in full: $0, $475.19, $3,680.
    assert_eq!(cents(tax.parking), s(dec!(0), dec!(475.19), dec!(3680)));
    // Lodging at $121 a night is held to $50 × 2 people = $100 a night, and to $50 for the
    // caregiver alone on the nights the patient is in hospital (14 / 21 / 28):
    // low 27 × 100 + 14 × 50 = 3,400; typical 40 × 100 + 21 × 50 = 5,050;
    // high 64 × 100 + 28 × 50 = 7,800.
    assert_eq!(cents(tax.lodging), s(dec!(3400), dec!(5050), dec!(7800)));
    // The floor: 7.5% of $60,000 = $4,500. Typical: 77,245.231 + 1,107 + 475.19 + 5,050
    // = 83,877.421 counted, 79,377.421 above the floor.
    assert_eq!(tax.floor, dec!(4500));
    assert_eq!(cents(tax.counted).typical, dec!(83877.42));
    assert_eq!(cents(tax.above_floor).typical, dec!(79377.42));
    assert!(tax.helps());
}

#[test]
fn below_the_floor_nothing_is_deductible() {
    // Medicaid pays the bills and the rides; the family's typical counted costs are parking
    // $475.19 and lodging $5,050 = $5,525.19. The floor on $100,000 is $7,500.
    let report = durham(&[("household_income", "100000")]);
    let tax = report.tax.as_ref().unwrap();
    assert_eq!(cents(tax.counted).typical, dec!(5525.19));
    assert_eq!(tax.floor, dec!(7500));
    assert_eq!(tax.above_floor.typical, Decimal::ZERO);
    assert!(!tax.helps());
    // On $70,000 the floor is $5,250, so $275.19 could be deducted.
    let report = durham(&[("household_income", "70000")]);
    assert_eq!(cents(report.tax.as_ref().unwrap().above_floor).typical, dec!(275.19));
}

#[test]
fn no_income_no_tax_estimate() {
    assert!(durham(&[]).tax.is_none());
}

#[test]
fn the_deduction_is_weighed_against_the_standard_deduction() {
    use cart_estimator::core::tax::Itemizing;
    let itemizing = |changes: &[(&str, &str)]| {
        let mut all = vec![("insurance", "uninsured")];
        all.extend_from_slice(changes);
        durham(&all).tax.expect("income entered").itemizing
    };
    // Uninsured, $83,877.421 counted (above). On $60,000: $79,377.42 to deduct, more than
    // every 2026 standard deduction (the largest, married filing jointly, $32,200).
    assert_eq!(itemizing(&[("household_income", "60000")]), Itemizing::LikelyToHelp);
    // On $780,000 the floor is $58,500: $25,377.42, between single ($16,100) and joint ($32,200).
    assert_eq!(itemizing(&[("household_income", "780000")]), Itemizing::DependsOnFiling);
    // For one person only the single figure applies, and $25,377.42 is more than $16,100.
    assert_eq!(
        itemizing(&[("household_income", "780000"), ("household_size", "1")]),
        Itemizing::LikelyToHelp
    );
    // On $1,000,000 the floor is $75,000: $8,877.42, under $16,100 by $7,222.58.
    assert_eq!(
        itemizing(&[("household_income", "1000000")]),
        Itemizing::UnlikelyToHelp { gap: dec!(7222.579) }
    );
    // Medicaid on $100,000: under the floor, nothing to deduct, and no sentence.
    let report = durham(&[("household_income", "100000")]);
    let tax = report.tax.as_ref().unwrap();
    assert_eq!(tax.itemizing, Itemizing::NothingToDeduct);
    assert!(tax.itemizing_text().is_none());
    // On $70,000 Medicaid leaves $275.19 to deduct: itemizing is unlikely to help.
    let report = durham(&[("household_income", "70000"), ("household_size", "1")]);
    let text = report.tax.as_ref().unwrap().itemizing_text().unwrap();
    assert_eq!(
        crate::fixtures::English::en(&text),
        "Itemizing is unlikely to help. In the typical estimate you could deduct $275, but the \
         standard deduction for one person in 2026 is $16,100. Itemizing helps only if your other \
         itemized costs (such as state and local taxes, mortgage interest and gifts to charity) add \
         up to more than $15,825."
    );
}
