//! Invariants that hold for every accepted input, and no panic for any input.

use cart_estimator::core::estimate::{estimate, family_totals};
use cart_estimator::core::input::{Input, RawInput};
use cart_estimator::core::lines::{Category, LineItem, Totals};
use cart_estimator::core::scenarios::Scenarios;
use cart_estimator::core::tables::Tables;
use cart_estimator::core::who_pays::PlanYear;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::sync::LazyLock;

static TABLES: LazyLock<&Tables> = LazyLock::new(crate::fixtures::tables);

fn one_of(ids: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(ids).prop_map(str::to_string)
}

fn blank_or<S: Strategy<Value = String>>(inner: S) -> impl Strategy<Value = String> {
    prop_oneof![1 => Just(String::new()), 3 => inner]
}

fn whole(max: u32) -> impl Strategy<Value = String> {
    (0..=max).prop_map(|n| n.to_string())
}

fn money(max_cents: i64) -> impl Strategy<Value = String> {
    (0..=max_cents).prop_map(|c| Decimal::new(c, 2).to_string())
}

fn center_ids() -> Vec<String> {
    TABLES.centers().iter().map(|c| c.id.clone()).collect()
}

/// Home ZIP codes across the map: North Carolina, Illinois, Oregon, Puerto Rico, Alaska,
/// Hawaii, and a ZIP area that crosses into Massachusetts.
pub const SAMPLE_ZIPS: [&str; 7] = ["28801", "60601", "97201", "00601", "99501", "96813", "02861"];

prop_compose! {
    /// Any input the form accepts, across the whole range of every field: where home is given
    /// by the state and the miles, by a ZIP code, or by both (the miles then win).
    pub fn valid_raw()(
        condition in one_of(&["sle", "lupus_nephritis", "dermatomyositis", "antisynthetase", "polymyositis", "necrotizing_myopathy", "systemic_sclerosis", "inclusion_body_myositis", "other"]),
        route in one_of(&["trial", "approved"]),
        cells in one_of(&["autologous", "allogeneic"]),
        price_basis in one_of(&["launch_list", "medicare_2026"]),
        center in proptest::sample::select(center_ids()),
        home_state in one_of(&["NC", "AK", "HI", "CA", "PR"]),
        distance_miles in money(600_000),
        place in 0u8..3,
        home_zip in proptest::sample::select(&SAMPLE_ZIPS[..]),
        travel_mode in one_of(&["drive", "fly", "usual", ""]),
        lodging in one_of(&["hotel", "hospitality_house", "family"]),
        lodging_rate in money(200_000),
        caregivers in whole(4),
        caregiver_weekly_pay in blank_or(money(5_000_000)),
        caregiver_paid_leave_days in blank_or(whole(365)),
        caregiver_work_state in blank_or(one_of(&["NY", "DE", "OR", "MD", "CA", "TX"])),
        patient_weekly_pay in blank_or(money(5_000_000)),
        patient_paid_leave_days in blank_or(whole(365)),
        child_care_per_day in blank_or(money(200_000)),
        pets in whole(10),
        insurance in one_of(&["employer", "marketplace", "medicare", "medicare_advantage", "medicaid", "uninsured"]),
        deductible in blank_or(money(1_000_000)),
        coinsurance_pct in blank_or(money(10_000)),
        oop_extra in blank_or(money(9_000_000)),
        start_date in blank_or((2027i16..=2035, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))),
        pins in proptest::collection::vec(prop::option::weighted(0.3, 0u32..=120), 8),
        coverage_tier in one_of(&["self_only", "family"]),
        in_network in one_of(&["yes", "no"]),
        supplement in one_of(&["yes", "no"]),
        travel_benefit in blank_or(money(2_000_000)),
        household_size in blank_or((1u32..=20).prop_map(|n| n.to_string())),
        household_income in blank_or(money(1_000_000_000)),
    ) -> RawInput {
        let pin = |index: usize, min: u32, max: u32| pins[index].map(|v| v.clamp(min, max).to_string()).unwrap_or_default();
        // The out-of-pocket limit can't be below the deductible, so build it on top.
        let oop_max = match (deductible.parse::<Decimal>(), oop_extra.parse::<Decimal>()) {
            (Ok(d), Ok(extra)) => (d + extra).to_string(),
            (Err(_), Ok(extra)) => extra.to_string(),
            _ => String::new(),
        };
        let medicare_supplement = if insurance == "medicare" { supplement } else { "no".to_string() };
        let travel_benefit = if matches!(insurance.as_str(), "uninsured" | "medicare") { String::new() } else { travel_benefit };
        let manufacturing_weeks = if cells == "autologous" { pin(1, 0, 26) } else { String::new() };
        // 0: the state and the miles; 1: the ZIP alone (a center not listed needs miles); 2: both.
        let by_zip = place > 0;
        let (home_state, distance_miles) = match place {
            1 if center != "other" => (String::new(), String::new()),
            1 | 2 => (String::new(), distance_miles),
            _ => (home_state, distance_miles),
        };
        let home_zip = if by_zip { home_zip.to_string() } else { String::new() };
        // No road from Hawaii or Puerto Rico to the listed centers: driving there is refused.
        let island = ["96813", "00601"].contains(&home_zip.as_str()) || ["HI", "PR"].contains(&home_state.as_str());
        let travel_mode = if island && travel_mode == "drive" { "fly".to_string() } else { travel_mode };
        let pairs: Vec<(&str, String)> = vec![
            ("condition", condition), ("route", route), ("cells", cells), ("price_basis", price_basis),
            ("center", center), ("home_zip", home_zip), ("home_state", home_state), ("distance_miles", distance_miles),
            ("travel_mode", travel_mode), ("lodging", lodging), ("lodging_rate", lodging_rate),
            ("caregivers", caregivers), ("caregiver_weekly_pay", caregiver_weekly_pay),
            ("caregiver_paid_leave_days", caregiver_paid_leave_days), ("caregiver_work_state", caregiver_work_state),
            ("patient_weekly_pay", patient_weekly_pay), ("patient_paid_leave_days", patient_paid_leave_days),
            ("child_care_per_day", child_care_per_day), ("pets", pets), ("insurance", insurance),
            ("deductible", deductible), ("coinsurance_pct", coinsurance_pct), ("oop_max", oop_max),
            ("start_date", start_date), ("coverage_tier", coverage_tier), ("in_network", in_network),
            ("medicare_supplement", medicare_supplement), ("travel_benefit", travel_benefit),
            ("household_size", household_size), ("household_income", household_income),
            ("evaluation_trips", pin(0, 0, 10)), ("manufacturing_weeks", manufacturing_weeks),
            ("conditioning_nights", pin(2, 0, 14)), ("hospital_days", pin(3, 1, 90)),
            ("nearby_days", pin(4, 0, 120)), ("recovery_weeks", pin(5, 0, 52)),
            ("follow_up_visits", pin(6, 0, 60)), ("prophylaxis_months", pin(7, 0, 24)),
        ];
        RawInput::from_pairs(pairs.iter().map(|(name, value)| (*name, value.as_str())))
    }
}

fn assert_ordered(what: &str, values: &Scenarios<Decimal>) -> Result<(), TestCaseError> {
    prop_assert!(values.is_ordered(), "{what}: {values:?} is not low <= typical <= high");
    prop_assert!(values.low >= Decimal::ZERO, "{what}: negative {values:?}");
    // No "-0": it would print as -0.00.
    prop_assert!(
        values.iter().all(|v| !v.is_sign_negative()),
        "{what}: signed zero {values:?}"
    );
    Ok(())
}

/// The invariants of one outcome: its lines, totals and plan years.
fn check_outcome(
    lines: &[LineItem],
    t: &Totals,
    plan_years: &[PlanYear],
    in_network_limit: impl Fn(u32) -> Option<Decimal>,
) -> Result<(), TestCaseError> {
    for line in lines {
        assert_ordered(&format!("{:?} quantity", line.id), &line.quantity)?;
        if let Some(cost) = &line.cost {
            assert_ordered(&format!("{:?} cost", line.id), cost)?;
            // Each line's payer shares add up to its cost, scenario by scenario.
            let shares = [
                line.sponsor_pays,
                line.insurer_pays,
                line.benefit_pays,
                line.family_pays,
            ];
            prop_assert!(shares.iter().all(Option::is_some));
            let paid = Scenarios::sum(shares.iter().flatten());
            prop_assert_eq!(paid, *cost, "{:?} shares do not add up", line.id);
            for share in shares.iter().flatten() {
                prop_assert!(
                    share.iter().all(|v| *v >= Decimal::ZERO),
                    "{:?} negative share",
                    line.id
                );
            }
            // A line's plan-year family shares add up to its family share (sponsor lines have none).
            if !line.plan_years.is_empty() {
                let by_year = Scenarios::sum(line.plan_years.iter().map(|y| &y.family_pays).collect::<Vec<_>>());
                prop_assert_eq!(
                    by_year,
                    line.family_pays.unwrap_or(Scenarios::ZERO),
                    "{:?} plan years",
                    line.id
                );
            }
        } else {
            prop_assert!(line.family_pays.is_none() && line.question.is_some());
        }
    }
    for (name, total) in [
        ("billed_medical", &t.billed_medical),
        ("sponsor_pays", &t.sponsor_pays),
        ("family_medical", &t.family_medical),
        ("non_medical", &t.non_medical),
        ("lost_income", &t.lost_income),
        ("family_total", &t.family_total),
    ] {
        assert_ordered(name, total)?;
    }
    let sum_of = |category: Category, pick: fn(&LineItem) -> Option<Scenarios<Decimal>>| {
        Scenarios::sum(
            lines
                .iter()
                .filter(|l| l.category == category)
                .filter_map(pick)
                .collect::<Vec<_>>()
                .iter(),
        )
    };
    prop_assert_eq!(t.billed_medical, sum_of(Category::Medical, |l| l.cost));
    prop_assert_eq!(t.family_medical, sum_of(Category::Medical, |l| l.family_pays));
    prop_assert_eq!(t.non_medical, sum_of(Category::NonMedical, |l| l.family_pays));
    prop_assert_eq!(t.lost_income, sum_of(Category::LostIncome, |l| l.family_pays));
    prop_assert_eq!(t.billed_medical, t.sponsor_pays + t.insurer_pays + t.family_medical);
    // Travel benefits and Medicaid rides pay non-medical lines; state paid leave pays lost pay.
    let benefit_non_medical = sum_of(Category::NonMedical, |l| l.benefit_pays);
    let paid_leave = sum_of(Category::LostIncome, |l| l.benefit_pays);
    prop_assert_eq!(t.benefit_pays, benefit_non_medical + paid_leave);
    prop_assert_eq!(
        sum_of(Category::NonMedical, |l| l.cost),
        benefit_non_medical + t.non_medical
    );
    // Lost pay can be a repeating decimal; adding in another order may move the 28th digit.
    let lost = sum_of(Category::LostIncome, |l| l.cost);
    let gap = |a: Decimal, b: Decimal| (a - b).abs() <= Decimal::new(1, 18);
    let rebuilt = paid_leave + t.lost_income;
    prop_assert!(
        gap(lost.low, rebuilt.low) && gap(lost.typical, rebuilt.typical) && gap(lost.high, rebuilt.high),
        "lost pay {lost:?} against leave + family {rebuilt:?}"
    );
    prop_assert_eq!(t.family_total, t.family_medical + t.non_medical + t.lost_income);

    // Plan years hold every bill the sponsor does not pay, and the family's whole medical share.
    let years =
        |pick: fn(&PlanYear) -> &Scenarios<Decimal>| Scenarios::sum(plan_years.iter().map(pick).collect::<Vec<_>>());
    prop_assert_eq!(years(|y| &y.billed) + t.sponsor_pays, t.billed_medical);
    prop_assert_eq!(years(|y| &y.family_medical), t.family_medical);
    prop_assert_eq!(years(|y| &y.insurer_pays), t.insurer_pays);
    // In network, the family's deductible and coinsurance in a plan year never pass that year's
    // limit (each plan year has the limit in force when it begins).
    for year in plan_years {
        if let Some(cap) = in_network_limit(year.plan_year) {
            prop_assert_eq!(year.limit, Some(cap));
            prop_assert!(
                year.family_cost_sharing.iter().all(|v| *v <= cap),
                "{}: {:?} over the {cap} limit",
                &*year.label.key,
                year.family_cost_sharing
            );
        }
    }
    Ok(())
}

proptest! {
    // PROPTEST_CASES raises the count for a longer search; CI runs 400.
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(400), ..ProptestConfig::default() })]

    #[test]
    fn every_accepted_input_gives_a_consistent_estimate(raw in valid_raw()) {
        let input = Input::parse(&raw, &TABLES, crate::fixtures::TODAY);
        prop_assert!(input.is_ok(), "refused: {:?} for {raw:?}", input.err());
        let input = input.unwrap();
        let report = cart_estimator::core::report::report_for(&TABLES, &raw, input.clone());
        let e = &report.estimate;
        // The quick totals used for "what would change this number" are the estimate's own.
        prop_assert_eq!(family_totals(&TABLES, &input), e.totals);
        let limit = |year: u32| if e.plan.in_network { e.plan.year(year).terms.oop_max() } else { None };
        check_outcome(&e.lines, &e.totals, &e.plan_years, limit)?;
        for alt in &e.alternatives {
            check_outcome(&alt.lines, &alt.totals, &alt.plan_years, limit)?;
        }
        // A dearer scenario never lowers the family's burden.
        if let Some(burden) = &report.burden {
            if let Some(share) = &burden.medical_share {
                assert_ordered("medical share of income", share)?;
            }
            let f = burden.flags;
            prop_assert!(!f.low.catastrophic || f.typical.catastrophic);
            prop_assert!(!f.typical.catastrophic || f.high.catastrophic);
            prop_assert!(!f.typical.severe || f.typical.catastrophic);
        }
        // The months of the timeline add up to the typical estimate, on the calendar or, without
        // a start date, counted from the first visit. Lost pay can be a repeating decimal, and
        // summing it in another order can move the 28th digit, so allow 1e-18.
        let flow = &report.cash_flow;
        prop_assert_eq!(flow.dated, report.input.start_date().is_some());
        let months: Decimal = flow.months.iter().map(|m| m.total).sum();
        let gap = (months - e.totals.family_total.typical).abs();
        prop_assert!(gap <= Decimal::new(1, 18), "months {months} against {}", e.totals.family_total.typical);
        prop_assert!(flow.up_front_spending >= Decimal::ZERO && flow.up_front_lost_pay >= Decimal::ZERO);
        prop_assert!(flow.months.windows(2).all(|w| w[0].month < w[1].month));
    }

    #[test]
    fn any_text_in_any_field_is_parsed_or_refused_without_panic(
        values in proptest::collection::vec(".{0,120}", RawInput::field_names().count()),
    ) {
        let pairs: Vec<(&str, &str)> = RawInput::field_names().zip(values.iter().map(String::as_str)).collect();
        let raw = RawInput::from_pairs(pairs);
        match Input::parse(&raw, &TABLES, crate::fixtures::TODAY) {
            Ok(input) => { let _ = estimate(&TABLES, &input); }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for field in errors.fields() {
                    prop_assert!(RawInput::field_names().any(|name| name == field), "error on unknown field {field}");
                }
            }
        }
    }

    #[test]
    fn numbers_near_the_limits_never_overflow(
        distance in prop_oneof![Just("6000".to_string()), Just("0".to_string()), Just("5999.99".to_string())],
        pay in prop_oneof![Just("50000".to_string()), Just("0.01".to_string())],
        pins in Just(("90", "120", "52", "60", "10", "14")),
    ) {
        let raw = RawInput::from_pairs([
            ("condition", "sle"), ("center", "new_york"), ("home_state", "HI"),
            ("distance_miles", distance.as_str()), ("travel_mode", "fly"), ("caregivers", "4"),
            ("caregiver_weekly_pay", pay.as_str()), ("patient_weekly_pay", pay.as_str()), ("child_care_per_day", "2000"),
            ("pets", "10"), ("lodging_rate", "2000"), ("hospital_days", pins.0), ("nearby_days", pins.1),
            ("recovery_weeks", pins.2), ("follow_up_visits", pins.3), ("evaluation_trips", pins.4),
            ("conditioning_nights", pins.5), ("insurance", "uninsured"), ("route", "approved"), ("price_basis", "medicare_2026"),
        ]);
        let input = Input::parse(&raw, &TABLES, crate::fixtures::TODAY).expect("accepted");
        let e = estimate(&TABLES, &input);
        prop_assert!(e.totals.family_total.high > Decimal::ZERO);
    }
}
