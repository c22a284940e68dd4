//! The timeline and money out by month, on the Durham household of docs/worked-example.md.

use crate::fixtures::{English, durham};
use cart_estimator::core::cash_flow::{JourneyDay, MonthOf};
use jiff::civil::{Date, date};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The calendar month of a dated timeline's month.
fn calendar(month: MonthOf) -> (i16, i8) {
    match month {
        MonthOf::Calendar { year, month } => (year, month),
        MonthOf::FromFirstVisit(n) => panic!("month {n} from the first visit in a dated timeline"),
    }
}

fn on(day: JourneyDay) -> Date {
    match day {
        JourneyDay::Date(date) => date,
        JourneyDay::FromFirstVisit { day, .. } => panic!("day {day} from the first visit in a dated timeline"),
    }
}

fn week(day: JourneyDay) -> i64 {
    match day {
        JourneyDay::FromFirstVisit { week, .. } => week,
        JourneyDay::Date(date) => panic!("{date} in an undated timeline"),
    }
}

#[test]
fn without_a_start_date_the_timeline_counts_weeks_and_months_from_the_first_visit() {
    let e = durham(&[]);
    let flow = &e.cash_flow;
    assert!(!flow.dated);
    // The dated test below puts screening 29 days before the chemotherapy (day 0), so day 0 is
    // day 30 from the first visit, in week 5 (days 29-35); home on day 47 is day 77, week 11.
    let phase = |label: &str| flow.phases.iter().find(|p| p.label.en().starts_with(label)).unwrap();
    assert_eq!(phase("Screening").first, JourneyDay::FromFirstVisit { day: 1, week: 1 });
    assert_eq!(week(phase("Collecting").first), 2);
    assert_eq!(
        phase("Chemotherapy").first,
        JourneyDay::FromFirstVisit { day: 30, week: 5 }
    );
    assert_eq!(week(phase("In the hospital").last), 8);
    assert_eq!(week(phase("Living near").last), 11);
    assert_eq!(flow.home, JourneyDay::FromFirstVisit { day: 77, week: 11 });
    // 30-day months from the first, with none skipped, adding up to the typical estimate.
    let numbers: Vec<i64> = flow
        .months
        .iter()
        .map(|m| match m.month {
            MonthOf::FromFirstVisit(n) => n,
            MonthOf::Calendar { .. } => panic!("a calendar month without a start date"),
        })
        .collect();
    assert_eq!(numbers, (1..=numbers.len() as i64).collect::<Vec<_>>());
    let sum: Decimal = flow.months.iter().map(|m| m.total).sum();
    assert_eq!(sum, e.estimate.totals.family_total.typical);
    // As in the dated test below, but the tests' today (1 June 2026) is in fiscal year 2026,
    // whose Durham lodging rate, $121, holds without a date: 49 room-nights × $121 = 5,929
    // + meals 5,698 + parking 381.71.
    assert_eq!(flow.up_front_spending, dec!(12008.71));
    assert_eq!(flow.up_front_lost_pay, dec!(7134.39));
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
        let flow = &e.cash_flow;
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
                .all(|w| calendar(w[0].month) < calendar(w[1].month))
        );
    }
}

#[test]
fn the_durham_journey_on_the_calendar_and_the_cash_up_front() {
    let e = durham(&[("start_date", "2027-03-01")]);
    let flow = &e.cash_flow;
    // Typical: 5 nights of chemotherapy, 21 days in hospital, 21 nearby: home on day 47.
    assert_eq!(flow.home, JourneyDay::Date(date(2027, 4, 17)));
    let phase = |label: &str| flow.phases.iter().find(|p| p.label.en().starts_with(label)).unwrap();
    assert_eq!(
        (on(phase("Chemotherapy").first), on(phase("Chemotherapy").last)),
        (date(2027, 3, 1), date(2027, 3, 5))
    );
    assert_eq!(
        (on(phase("In the hospital").first), on(phase("In the hospital").last)),
        (date(2027, 3, 6), date(2027, 3, 26))
    );
    assert_eq!(
        (on(phase("Living near").first), on(phase("Living near").last)),
        (date(2027, 3, 27), date(2027, 4, 16))
    );
    // 3 weeks of making the cells before the start; collection the day before that.
    assert_eq!(on(phase("The cells are made").first), date(2027, 2, 8));
    assert_eq!(on(phase("Collecting").first), date(2027, 2, 7));
    assert_eq!(on(phase("Screening").first), date(2027, 1, 31));
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
    let flow = &e.cash_flow;
    let plain = durham(&[("start_date", "2027-03-01")]);
    let before = &plain.cash_flow;
    assert_eq!(flow.up_front_lost_pay, before.up_front_lost_pay);
    assert!(flow.leave_later > Decimal::ZERO && flow.leave_later < flow.up_front_lost_pay);
    assert_eq!(before.leave_later, Decimal::ZERO);
    // Every calendar month from the first to the last is listed.
    for pair in flow.months.windows(2) {
        let (year, month) = calendar(pair[0].month);
        let next = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
        assert_eq!(calendar(pair[1].month), next);
    }
    // A travel benefit is money the family fronts and gets back.
    let e = durham(&[
        ("start_date", "2027-03-01"),
        ("insurance", "employer"),
        ("travel_benefit", "10000"),
    ]);
    let flow = &e.cash_flow;
    assert!(flow.benefit_later > Decimal::ZERO && flow.benefit_later <= flow.up_front_spending);
}

#[test]
fn medical_bills_fall_in_their_plan_year() {
    // An employer plan, starting March 2027: the stay's bills reach the yearly limit in 2027,
    // so follow-up care later in 2027 costs the family nothing; in 2028 the deductible starts
    // again and follow-up bills reach the family.
    let e = durham(&[("start_date", "2027-03-01"), ("insurance", "employer")]);
    let flow = &e.cash_flow;
    let medical = |year: i16, month: i8| {
        flow.months
            .iter()
            .find(|m| calendar(m.month) == (year, month))
            .map_or(Decimal::ZERO, |m| m.medical)
    };
    let year_one: Decimal = e.estimate.plan_years[0].family_medical.typical;
    let in_2027: Decimal = flow
        .months
        .iter()
        .filter(|m| calendar(m.month).0 == 2027)
        .map(|m| m.medical)
        .sum();
    let in_2028: Decimal = flow
        .months
        .iter()
        .filter(|m| calendar(m.month).0 == 2028)
        .map(|m| m.medical)
        .sum();
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
