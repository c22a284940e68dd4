//! The timeline and money out by month, on the Durham household of docs/worked-example.md.

use crate::fixtures::{English, durham};
use jiff::civil::date;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[test]
fn no_start_date_no_timeline() {
    assert!(durham(&[]).cash_flow.is_none());
}

#[test]
fn the_months_add_up_to_the_typical_estimate() {
    for extra in [
        vec![("start_date", "2027-03-01")],
        vec![("start_date", "2026-12-20"), ("insurance", "employer")],
        vec![
            ("start_date", "2028-02-28"),
            ("insurance", "uninsured"),
            ("pets", "2"),
            ("child_care_per_day", "45"),
        ],
        vec![
            ("start_date", "2027-06-15"),
            ("caregivers", "0"),
            ("patient_weekly_pay", "900"),
        ],
    ] {
        let e = durham(&extra);
        let flow = e.cash_flow.as_ref().expect("start date given");
        let sum: Decimal = flow.months.iter().map(|m| m.total).sum();
        assert_eq!(sum, e.estimate.totals.family_total.typical, "{extra:?}");
        let by_kind: Decimal = flow.months.iter().map(|m| m.medical + m.living + m.lost_pay).sum();
        assert_eq!(by_kind, sum);
        let medical: Decimal = flow.months.iter().map(|m| m.medical).sum();
        assert_eq!(medical, e.estimate.totals.family_medical.typical);
        // Months are in calendar order, each once.
        assert!(
            flow.months
                .windows(2)
                .all(|w| (w[0].year, w[0].month) < (w[1].year, w[1].month))
        );
    }
}

#[test]
fn the_durham_journey_on_the_calendar_and_the_cash_up_front() {
    let e = durham(&[("start_date", "2027-03-01")]);
    let flow = e.cash_flow.as_ref().unwrap();
    // Typical: 5 nights of chemotherapy, 21 days in hospital, 21 nearby: home on day 47.
    assert_eq!(flow.home, date(2027, 4, 17));
    let phase = |label: &str| flow.phases.iter().find(|p| p.label.en().starts_with(label)).unwrap();
    assert_eq!(
        (phase("Chemotherapy").first, phase("Chemotherapy").last),
        (date(2027, 3, 1), date(2027, 3, 5))
    );
    assert_eq!(
        (phase("In the hospital").first, phase("In the hospital").last),
        (date(2027, 3, 6), date(2027, 3, 26))
    );
    assert_eq!(
        (phase("Living near").first, phase("Living near").last),
        (date(2027, 3, 27), date(2027, 4, 16))
    );
    // 3 weeks of making the cells before the start; collection the day before that.
    assert_eq!(phase("The cells are made").first, date(2027, 2, 8));
    assert_eq!(phase("Collecting").first, date(2027, 2, 7));
    assert_eq!(phase("Screening").first, date(2027, 1, 31));
    // Before going home: the stay's 47 room-nights and the screening and collection trips'
    // 2 nights, all in fiscal year 2027, at $124 = 6,076; 77 person-days of meals at $74 = 5,698
    // (5 × 2 + 21 × 1 + 21 × 2 + 2 trips × 2); parking 49 × $7.79 = 381.71. Medicaid rides pay
    // the driving.
    assert_eq!(flow.up_front_spending, dec!(12155.71));
    // Lost pay, $10,492 over 75 days away at $139.89 a day (the last day takes the remainder):
    // 47 days of the stay and 2 days for each of the 2 trips before it = 51 days = 7,134.39.
    assert_eq!(flow.up_front_lost_pay, dec!(7134.39));
}

#[test]
fn paid_leave_and_travel_benefits_come_later_and_months_have_no_gaps() {
    // New York paid leave replaces part of the caregiver's pay: before going home the household
    // goes without the whole pay of the days away, and the leave makes up part of it later.
    let e = durham(&[("start_date", "2027-03-01"), ("caregiver_work_state", "NY")]);
    let flow = e.cash_flow.as_ref().unwrap();
    let plain = durham(&[("start_date", "2027-03-01")]);
    let before = plain.cash_flow.as_ref().unwrap();
    assert_eq!(flow.up_front_lost_pay, before.up_front_lost_pay);
    assert!(flow.leave_later > Decimal::ZERO && flow.leave_later < flow.up_front_lost_pay);
    assert_eq!(before.leave_later, Decimal::ZERO);
    // Every calendar month from the first to the last is listed.
    for pair in flow.months.windows(2) {
        let next = if pair[0].month == 12 {
            (pair[0].year + 1, 1)
        } else {
            (pair[0].year, pair[0].month + 1)
        };
        assert_eq!((pair[1].year, pair[1].month), next);
    }
    // A travel benefit is money the family fronts and gets back.
    let e = durham(&[
        ("start_date", "2027-03-01"),
        ("insurance", "employer"),
        ("travel_benefit", "10000"),
    ]);
    let flow = e.cash_flow.as_ref().unwrap();
    assert!(flow.benefit_later > Decimal::ZERO && flow.benefit_later <= flow.up_front_spending);
}

#[test]
fn medical_bills_fall_in_their_plan_year() {
    // An employer plan, starting March 2027: the stay's bills reach the yearly limit in 2027,
    // so follow-up care later in 2027 costs the family nothing; in 2028 the deductible starts
    // again and follow-up bills reach the family.
    let e = durham(&[("start_date", "2027-03-01"), ("insurance", "employer")]);
    let flow = e.cash_flow.as_ref().unwrap();
    let medical = |year: i16, month: i8| {
        flow.months
            .iter()
            .find(|m| m.year == year && m.month == month)
            .map_or(Decimal::ZERO, |m| m.medical)
    };
    let year_one: Decimal = e.estimate.plan_years[0].family_medical.typical;
    let in_2027: Decimal = flow.months.iter().filter(|m| m.year == 2027).map(|m| m.medical).sum();
    let in_2028: Decimal = flow.months.iter().filter(|m| m.year == 2028).map(|m| m.medical).sum();
    assert_eq!(in_2027, year_one);
    assert!(in_2028 > Decimal::ZERO);
    // Bills come a month after care: the five days of chemotherapy (1-5 March, 377.751 in all,
    // under the deductible) are billed 31 March to 4 April, so one fifth, 75.5502, falls in
    // March (75.55 to the cent); the rest of year 1's share, the stay to 26 March, is billed in April.
    assert_eq!(medical(2027, 3), dec!(75.55));
    assert_eq!(medical(2027, 3) + medical(2027, 4), year_one);
    assert_eq!(medical(2027, 9), Decimal::ZERO);
    let total: Decimal = flow.months.iter().map(|m| m.medical).sum();
    assert_eq!(total, e.estimate.totals.family_medical.typical);
}
