//! Income that changes the bill, hand-computed: a Marketplace silver plan's lower limit at 150%
//! of the poverty line and none at 300%, the Medicaid check at 120% in a state that expanded
//! Medicaid and one that did not, and the hospital's financial assistance at 150% and 450%.

use cart_estimator::core::report::Report;
use cart_estimator::core::who_pays::Answer;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::fixtures::{English, durham_with, report};

/// The Durham trial household (its plan covers the stay, far above any yearly limit), treated
/// at `center`, for one person living in `state` with `income`.
fn household<'a>(center: &'a str, state: &'a str, income: &'a str, more: &[(&'a str, &'a str)]) -> Report<'static> {
    let mut pairs = durham_with(&[
        ("center", center),
        ("home_state", state),
        ("household_size", "1"),
        ("household_income", income),
        ("in_network", "yes"),
    ]);
    pairs.extend_from_slice(more);
    report(&pairs)
}

fn marketplace(income: &'static str, metal: &'static str) -> Report<'static> {
    household(
        "durham",
        "NC",
        income,
        &[("insurance", "marketplace"), ("marketplace_metal", metal)],
    )
}

#[test]
fn a_silver_plan_at_150_percent_gets_the_reduced_limit_and_at_300_percent_does_not() {
    // The first plan year begins on the tests' day, 2026-06-01: a 2026 plan, which uses the
    // 2025 guideline, $15,650 for one person. 150% is $23,475: the 94% silver plan, $3,500.
    let low = marketplace("23475", "silver");
    let silver = low.income.silver_plan.as_ref().expect("150% qualifies");
    assert!(silver.applied);
    assert_eq!(silver.reduction.income.percent, dec!(150));
    assert_eq!(silver.reduction.income.guideline_year, 2025);
    assert_eq!(silver.reduction.oop_max, dec!(3500));
    assert_eq!(silver.plain_limit, dec!(10600));
    let first = &low.estimate.plan_years[0];
    assert_eq!(first.limit, Some(dec!(3500)));
    // The stay's bills are far above the limit: the family's cost sharing is the limit.
    assert_eq!(first.family_cost_sharing.typical, dec!(3500));
    // The second plan year (2027) compares income with the 2026 guideline ($15,960: 147%),
    // still the lowest band; 2027's reduced limits are not out, so 2026's are used and said.
    assert_eq!(low.estimate.plan_years[1].limit, Some(dec!(3500)));
    let gaps = low.data_gaps();
    assert!(
        gaps.iter()
            .any(|g| g.parameter == "cost_sharing_reductions" && g.year_needed == 2027 && g.year_used == 2026),
        "{gaps:?}"
    );
    assert!(
        silver.text.en().contains("$3,500 instead of $10,600"),
        "{}",
        silver.text.en()
    );

    // 300% is $46,950: above every band, so the legal limit holds.
    let high = marketplace("46950", "silver");
    assert!(high.income.silver_plan.is_none());
    assert_eq!(high.estimate.plan_years[0].limit, Some(dec!(10600)));
    assert_eq!(high.estimate.plan_years[0].family_cost_sharing.typical, dec!(10600));
    assert_eq!(high.estimate.plan_years[1].limit, Some(dec!(12000)));
}

#[test]
fn only_silver_gets_the_lower_limit_and_unsure_shows_it_beside_the_plain_one() {
    for metal in ["bronze", "gold", "platinum", "unsure"] {
        let r = marketplace("23475", metal);
        assert_eq!(r.estimate.plan_years[0].limit, Some(dec!(10600)), "{metal}");
        let silver = r.income.silver_plan.as_ref().expect("the income qualifies");
        assert!(!silver.applied);
        // With silver, each plan year's cost sharing is capped at the reduced limit instead.
        let with_silver = silver.totals_if_silver.expect("worked out");
        let reduced = [dec!(3500); 5];
        let expected: Decimal = r
            .estimate
            .plan_years
            .iter()
            .map(|y| y.family_cost_sharing.typical.min(reduced[y.plan_year as usize]) + y.family_not_covered.typical)
            .sum();
        assert_eq!(with_silver.family_medical.typical, expected, "{metal}");
        assert!(with_silver.family_total.typical < r.estimate.totals.family_total.typical);
        assert!(silver.text.en().contains("a silver plan has a lower yearly limit"));
    }
}

#[test]
fn an_adult_at_120_percent_is_likely_eligible_where_medicaid_was_expanded() {
    // 2026 guideline for one person: $15,960; 120% is $19,152.
    let illinois = household("chicago", "IL", "19152", &[("insurance", "uninsured")]);
    let flag = illinois.income.medicaid.as_ref().expect("a flag");
    assert!(flag.check.expanded && flag.check.likely);
    assert_eq!(flag.check.income.percent, dec!(120));
    assert_eq!(flag.check.limit_pct, dec!(138));
    // Under Medicaid the family's medical share is what the same household on Medicaid pays.
    let on_medicaid = household("chicago", "IL", "19152", &[("insurance", "medicaid")]);
    assert_eq!(
        flag.family_medical_if_medicaid,
        on_medicaid.estimate.totals.family_medical
    );
    let text = flag.text.en();
    assert!(
        text.contains("likely eligible") && text.contains("apply to find out"),
        "{text}"
    );

    // Texas did not expand: adults without children do not qualify on income.
    let texas = household("dallas", "TX", "19152", &[("insurance", "uninsured")]);
    let flag = texas.income.medicaid.as_ref().expect("the state's choice is said");
    assert!(!flag.check.expanded && !flag.check.likely);
    assert!(
        flag.text.en().contains("has not expanded Medicaid"),
        "{}",
        flag.text.en()
    );
    // Above the state's limit in an expansion state, nothing is said.
    let above = household("chicago", "IL", "31920", &[("insurance", "uninsured")]);
    assert!(above.income.medicaid.is_none());
}

#[test]
fn a_nonprofit_hospital_gives_free_care_at_150_percent_and_nothing_set_at_450() {
    // Vanderbilt (nonprofit, Tennessee: no state floor), uninsured. 150% of $15,960 is $23,940.
    let low = household("nashville", "TN", "23940", &[("insurance", "uninsured")]);
    let help = low.income.financial_assistance.as_ref().expect("income entered");
    let rule = help.rule.as_ref().expect("the common policy holds");
    assert!(rule.is_common_policy());
    let alt = help.alternative.as_ref().expect("free care is worked out");
    assert_eq!(alt.answer, Answer::FinancialAssistance);
    assert!(low.estimate.totals.family_medical.typical > Decimal::ZERO);
    assert_eq!(alt.totals.family_medical.typical, Decimal::ZERO);
    let t = &low.estimate.totals;
    assert_eq!(
        alt.totals.family_total.typical,
        t.non_medical.typical + t.lost_income.typical
    );
    // What the hospital forgives leaves the bill: billed = sponsor + insurer + family still.
    assert_eq!(
        alt.totals.billed_medical,
        alt.totals.sponsor_pays + alt.totals.insurer_pays + alt.totals.family_medical
    );
    assert!(help.text.en().contains("free care"), "{}", help.text.en());

    // 450% ($71,820): above the usual policy's discounts, and Tennessee sets no floor.
    let high = household("nashville", "TN", "71820", &[("insurance", "uninsured")]);
    let help = high.income.financial_assistance.as_ref().expect("income entered");
    assert!(help.rule.is_none() && help.alternative.is_none());
    assert!(help.text.en().contains("stops at 400%"), "{}", help.text.en());
}

#[test]
fn a_state_floor_applies_at_every_hospital_in_the_state() {
    // Washington's floor at 225% ($35,910): 75% off, so the family keeps a quarter of its
    // share, at a government hospital (UW Medical Center) the common policy would not cover.
    let seattle = household("seattle", "WA", "35910", &[("insurance", "uninsured")]);
    let help = seattle.income.financial_assistance.as_ref().unwrap();
    assert_eq!(help.rule.as_ref().unwrap().state, "WA");
    let alt = help.alternative.as_ref().unwrap();
    let now = seattle.estimate.totals.family_medical;
    assert_eq!(alt.totals.family_medical, now.map(|m| *m * dec!(0.25)));
    assert!(help.ownership_text.en().contains("government"));
    // Illinois' law covers the uninsured to 600%: at 450% a discount of the hospital's choosing.
    let chicago = household("chicago", "IL", "71820", &[("insurance", "uninsured")]);
    let help = chicago.income.financial_assistance.as_ref().unwrap();
    assert_eq!(help.rule.as_ref().unwrap().state, "IL");
    assert!(help.alternative.is_none());
    // Insured, the Illinois law does not apply, and the common policy stops at 400%.
    let insured = household(
        "chicago",
        "IL",
        "71820",
        &[("insurance", "marketplace"), ("marketplace_metal", "gold")],
    );
    assert!(insured.income.financial_assistance.as_ref().unwrap().rule.is_none());
}

#[test]
fn the_income_ladder_shows_a_household_at_100_200_and_400_percent() {
    let r = marketplace("50000", "silver");
    let ladder = r.income_ladder().expect("household size given");
    let incomes: Vec<Decimal> = ladder.iter().map(|s| s.income).collect();
    // The 2026 guideline for one person, $15,960, times 1, 2 and 4.
    assert_eq!(incomes, [dec!(15960), dec!(31920), dec!(63840)]);
    // A 2026 plan compares income with 2025's guideline ($15,650): 102% is under North
    // Carolina's Medicaid line (no Marketplace help then), 204% the 73% band ($8,450), 408% none.
    let limits: Vec<Option<Decimal>> = ladder.iter().map(|s| s.silver_limit).collect();
    assert_eq!(limits, [None, Some(dec!(8450)), None]);
    // North Carolina expanded Medicaid: 100% is under its 138% line.
    let medicaid: Vec<bool> = ladder.iter().map(|s| s.medicaid_likely).collect();
    assert_eq!(medicaid, [true, false, false]);
    // Duke is a nonprofit: free care to 200% (the line itself included), then a discount of
    // the hospital's choosing, which is not counted.
    let helped: Vec<bool> = ladder.iter().map(|s| s.with_assistance.is_some()).collect();
    assert_eq!(helped, [true, true, false]);
    // Each rung is the whole estimate at that income: the lower limit shows in the total.
    let at_400 = marketplace("63840", "silver");
    assert_eq!(ladder[2].family_total, at_400.estimate.totals.family_total);
    assert!(ladder[1].family_total.typical < ladder[2].family_total.typical);
}

#[test]
fn a_typed_limit_wins_and_medicaid_comes_before_marketplace_help() {
    // The family's own limit is their plan's: no reduction replaces it, on family coverage too.
    let own = marketplace_with("23475", &[("oop_max", "9000"), ("coverage_tier", "family")]);
    assert_eq!(own.estimate.plan_years[0].limit, Some(dec!(9000)));
    assert!(
        own.income
            .silver_plan
            .as_ref()
            .unwrap()
            .text
            .en()
            .contains("We used the limit you entered")
    );
    // At 120% in a state that expanded Medicaid, Medicaid comes first: no silver reduction.
    let low = marketplace_with("18780", &[]);
    assert!(low.income.silver_plan.is_none());
    assert!(low.income.medicaid.as_ref().unwrap().check.likely);
    // The Medicaid what-if drops the figures typed for the current plan.
    let employer = household(
        "chicago",
        "IL",
        "19152",
        &[("insurance", "employer"), ("oop_max", "5000")],
    );
    let medicaid = household("chicago", "IL", "19152", &[("insurance", "medicaid")]);
    assert_eq!(
        employer.income.medicaid.as_ref().unwrap().family_medical_if_medicaid,
        medicaid.estimate.totals.family_medical
    );
}

fn marketplace_with(income: &'static str, more: &[(&'static str, &'static str)]) -> Report<'static> {
    let mut pairs = vec![("insurance", "marketplace"), ("marketplace_metal", "silver")];
    pairs.extend_from_slice(more);
    household("durham", "NC", income, &pairs)
}

#[test]
fn unsure_lists_the_reduced_limits_it_borrows_for_later_plan_years() {
    let r = marketplace("23475", "unsure");
    assert!(r.income.silver_plan.as_ref().unwrap().totals_if_silver.is_some());
    let gaps = r.data_gaps();
    assert!(
        gaps.iter()
            .any(|g| g.parameter == "cost_sharing_reductions" && g.year_needed == 2027),
        "{gaps:?}"
    );
}

#[test]
fn illinois_law_for_the_uninsured_covers_illinois_residents() {
    let resident = household("chicago", "IL", "71820", &[("insurance", "uninsured")]);
    assert!(resident.income.financial_assistance.as_ref().unwrap().rule.is_some());
    // An Indiana resident at the same hospital: only the usual policy, which stops at 400%.
    let visitor = household("chicago", "IN", "71820", &[("insurance", "uninsured")]);
    assert!(visitor.income.financial_assistance.as_ref().unwrap().rule.is_none());
    // A government hospital at 92%: said to be not counted, not "no help at this income".
    let unc = household("chapel_hill", "NC", "14683", &[("insurance", "uninsured")]);
    let text = unc.income.financial_assistance.as_ref().unwrap().text.en();
    assert!(text.contains("not listed as a nonprofit"), "{text}");
}

#[test]
fn georgia_says_its_work_rule() {
    // Georgia Pathways: adults to 100% with a work or activity rule. 90% of $15,960 is $14,364.
    let r = household("atlanta", "GA", "14364", &[("insurance", "uninsured")]);
    let flag = r.income.medicaid.as_ref().expect("likely eligible");
    assert!(flag.check.likely && flag.check.work_rule && !flag.check.expanded);
    assert!(
        flag.how_to_apply.en().contains("must also work"),
        "{}",
        flag.how_to_apply.en()
    );
}

#[test]
fn medicaid_that_would_not_lower_the_share_is_said_so() {
    // An approved product at a center in another state: Medicaid would likely refuse it, so the
    // estimate with Medicaid is no lower. 4 people in New Jersey at $40,000: 121% of $33,000.
    let r = crate::fixtures::report(&[
        ("condition", "dermatomyositis"),
        ("route", "approved"),
        ("center", "philadelphia"),
        ("home_state", "NJ"),
        ("distance_miles", "60"),
        ("insurance", "employer"),
        ("in_network", "no"),
        ("household_size", "4"),
        ("household_income", "40000"),
    ]);
    let flag = r.income.medicaid.as_ref().expect("likely eligible");
    assert!(flag.check.likely);
    assert!(flag.family_medical_if_medicaid.typical >= r.estimate.totals.family_medical.typical);
    assert!(flag.text.en().contains("not less than now"), "{}", flag.text.en());
}
