//! Hand-computed coverage cases: each plan type, plan years (a stay across 1 January), the
//! trial / approved split, out-of-network care, a travel benefit that reaches its limit, and
//! the two outcomes shown when coverage is uncertain.
//!
//! Most cases use Duke in Durham NC, 180 miles away, with the typical journey: the cells are
//! given on day 5 after 5 nights of chemotherapy, 21 days in hospital at $3,167 a day
//! (66,507), one dose of tocilizumab (3,196.48) on day 6, and follow-up care of 2 × 3,582 =
//! 7,164 spread over 730 days from the typical discharge on day 26. Plan figures are those in
//! force when each plan year begins: job-based plans' average deductible is KFF's 2025
//! $1,886 (still the latest); the legal limit for one person is $10,600 in 2026 and $12,000
//! in 2027, and 2028's, not out yet, is 2027's.

use crate::fixtures::{English, tables};
use cart_estimator::core::estimate::{Estimate, estimate};
use cart_estimator::core::input::{Input, RawInput};
use cart_estimator::core::lines::{LineId, LineItem, Payer};
use cart_estimator::core::money::round_cents;
use cart_estimator::core::scenarios::Scenarios;
use cart_estimator::core::tables::Outcome;
use cart_estimator::core::tables::{CarePart, Tables};
use cart_estimator::core::who_pays::Answer;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const DURHAM: [(&str, &str); 5] = [
    ("condition", "lupus_nephritis"),
    ("center", "durham"),
    ("home_state", "NC"),
    ("distance_miles", "180"),
    ("route", "trial"),
];

fn run(tables: &Tables, changes: &[(&str, &str)]) -> Estimate {
    let pairs = DURHAM.iter().chain(changes).copied();
    let raw = RawInput::from_pairs(pairs);
    let input = Input::parse(&raw, tables, crate::fixtures::TODAY).unwrap_or_else(|e| panic!("input refused: {e:?}"));
    estimate(tables, &input)
}

fn cents(amounts: Scenarios<Decimal>) -> Scenarios<Decimal> {
    amounts.map(|a| round_cents(*a))
}

fn line(lines: &[LineItem], id: LineId) -> &LineItem {
    lines
        .iter()
        .find(|l| l.id == id)
        .unwrap_or_else(|| panic!("no {id:?} line"))
}

fn typical_family(lines: &[LineItem], id: LineId) -> Decimal {
    round_cents(line(lines, id).family_pays.expect("priced").typical)
}

/// Plan-year labels and the family's typical medical share in each, rounded.
fn years(e: &Estimate) -> Vec<(String, Decimal)> {
    e.plan_years
        .iter()
        .map(|y| (y.label.en(), round_cents(y.family_medical.typical)))
        .collect()
}

fn label_amounts(rows: &[(&str, Decimal)]) -> Vec<(String, Decimal)> {
    rows.iter().map(|(l, a)| (l.to_string(), *a)).collect()
}

/// Treatment from 20 December 2026: the cells on day 5 (25 December), the stay on days 5-25.
/// 1 January 2027 is day 12, so 7 hospital days fall in 2026 and 14 in 2027. Follow-up from
/// day 26 (15 January 2027) for 730 days: 351 days in 2027, 366 in 2028 (a leap year), 13 in
/// 2029. Typical follow-up bills: 7,164 × 351/730 = 3,444.6082 → 3,444.61;
/// 7,164 × 366/730 = 3,591.8137 → 3,591.81; the rest, 127.58.
const ACROSS_NEW_YEAR: [(&str, &str); 1] = [("start_date", "2026-12-20")];

#[test]
fn original_medicare_charges_part_a_once_for_a_stay_across_new_year() {
    let tables = tables();
    let mut answers = ACROSS_NEW_YEAR.to_vec();
    answers.push(("insurance", "medicare"));
    let e = run(tables, &answers);
    // Part A: one $1,736 deductible for the admission, although it runs into 2027; the
    // tocilizumab given during the stay adds nothing. Part B: $283 and 20% each calendar year:
    // 2026, the outpatient chemotherapy: 283 + 20% × (377.751 − 283) = 301.9502;
    // 2027: 283 + 20% × 3,161.61 = 915.322; 2028: 283 + 20% × 3,308.81 = 944.762; 2029: 127.58.
    assert_eq!(
        years(&e),
        label_amounts(&[
            ("2026", dec!(2037.95)),
            ("2027", dec!(915.32)),
            ("2028", dec!(944.76)),
            ("2029", dec!(127.58)),
        ])
    );
    assert_eq!(typical_family(&e.lines, LineId::HospitalStay), dec!(1736));
    assert_eq!(typical_family(&e.lines, LineId::Complications), dec!(0));
    // 1,736 + 301.9502 + 915.322 + 944.762 + 127.58 = 4,025.6142.
    assert_eq!(round_cents(e.totals.family_medical.typical), dec!(4025.61));
    // Medicare has no yearly limit.
    assert!(e.plan_years.iter().all(|y| y.limit.is_none()));
    // The stay's bills by year: 7 × 3,167 = 22,169 in 2026 and 14 × 3,167 = 44,338 in 2027.
    let stay = line(&e.lines, LineId::HospitalStay);
    let billed: Vec<Decimal> = stay.plan_years.iter().map(|y| y.billed.typical).collect();
    assert_eq!(billed, vec![dec!(22169), dec!(44338)]);
    // NCD 310.1 settles routine trial care for Medicare: nothing uncertain.
    assert!(e.alternatives.is_empty());

    // With a supplement plan (assumed to pay all of Medicare's cost sharing) the family pays nothing.
    answers.push(("medicare_supplement", "yes"));
    let with_supplement = run(tables, &answers);
    assert_eq!(with_supplement.totals.family_medical, Scenarios::ZERO);
    // Every bill: chemotherapy 377.751 + stay 66,507 + tocilizumab 3,196.48 + follow-up 7,164.
    assert_eq!(round_cents(with_supplement.totals.insurer_pays.typical), dec!(77245.23));
}

#[test]
fn a_job_based_plan_restarts_its_deductible_and_limit_on_1_january() {
    let tables = tables();
    let mut answers = ACROSS_NEW_YEAR.to_vec();
    answers.push(("insurance", "employer"));
    let e = run(tables, &answers);
    // 2026: chemotherapy and stay 377.751 + 22,169 = 22,546.751 → 1,886 + 21% × 20,660.751 =
    // 6,224.75771; tocilizumab 21% × 3,196.48 = 671.2608: 6,896.01851.
    // 2027, with 2027's $12,000 limit: stay 44,338 → 1,886 + 21% × 42,452 = 10,800.92; follow-up
    // 21% × 3,444.61 = 723.3681: 11,524.2881, under the limit.
    // 2028 (2027's figures, the latest): 1,886 + 21% × (3,591.81 − 1,886) = 2,244.2201. 2029: 127.58.
    assert_eq!(
        years(&e),
        label_amounts(&[
            ("2026", dec!(6896.02)),
            ("2027", dec!(11524.29)),
            ("2028", dec!(2244.22)),
            ("2029", dec!(127.58)),
        ])
    );
    // 6,896.01851 + 11,524.2881 + 2,244.2201 + 127.58 = 20,792.10671: the new year costs a
    // second deductible and a second limit.
    assert_eq!(round_cents(e.totals.family_medical.typical), dec!(20792.11));
    let limits: Vec<Option<Decimal>> = e.plan_years.iter().map(|y| y.limit).collect();
    assert_eq!(limits, [10600, 12000, 12000, 12000].map(|l| Some(Decimal::from(l))));
}

#[test]
fn medicare_advantage_trial_care_goes_through_original_medicare() {
    let tables = tables();
    // The center is known to be in network (not sure would add the out-of-network outcome).
    let e = run(tables, &[("insurance", "medicare_advantage"), ("in_network", "yes")]);
    // No date: plan years of 365 days from day 0. Without the plan's own figures we assume the
    // family pays every bill up to the plan's $9,250 limit. But routine trial care is billed to
    // Original Medicare, and the plan pays the difference when its share is lower, so each year
    // the family pays the lower of:
    //   the plan alone: year 1 the stay reaches 9,250;
    //   through Medicare: the $1,736 Part A deductible for the stay, Part B's 283 + 20% ×
    //   (377.751 − 283) = 301.9502 for the outpatient chemotherapy, plus the plan's share of
    //   follow-up, 3,326.84 (all under its assumed deductible) = 5,364.7902.
    // Years 2 and 3 have only follow-up, which is not trial care: 3,582, then 255.16.
    assert_eq!(
        years(&e),
        label_amounts(&[
            ("Plan year 1", dec!(5364.79)),
            ("Plan year 2", dec!(3582)),
            ("Plan year 3", dec!(255.16)),
        ])
    );
    assert_eq!(typical_family(&e.lines, LineId::HospitalStay), dec!(1736));
    // 5,364.7902 + 3,582 + 255.16 = 9,201.9502.
    assert_eq!(round_cents(e.totals.family_medical.typical), dec!(9201.95));
    assert!(
        e.alternatives.is_empty(),
        "Medicare's trial rule covers Medicare Advantage members"
    );

    // With the plan's own figures ($0 deductible, 10%, $3,000 limit), year 1 the plan's way is
    // 10% × 66,507 = 6,650.70, capped at 3,000; through Medicare it is 1,736 for the stay,
    // 301.9502 for the chemotherapy and the plan's 10% × 3,326.84 = 332.684 on follow-up:
    // 2,370.6342, the lower. Year 2: the plan's 10% × 3,582 = 358.20.
    let own = run(
        tables,
        &[
            ("insurance", "medicare_advantage"),
            ("deductible", "0"),
            ("coinsurance_pct", "10"),
            ("oop_max", "3000"),
        ],
    );
    assert_eq!(round_cents(own.plan_years[0].family_medical.typical), dec!(2370.63));
    assert_eq!(round_cents(own.plan_years[1].family_medical.typical), dec!(358.20));
    assert!(
        own.plan_years
            .iter()
            .all(|y| y.family_cost_sharing.typical <= dec!(3000))
    );
}

#[test]
fn uncertain_trial_coverage_shows_both_outcomes_for_a_marketplace_plan() {
    let tables = tables();
    let e = run(
        tables,
        &[
            ("insurance", "marketplace"),
            ("in_network", "yes"),
            ("deductible", "2000"),
            ("coinsurance_pct", "30"),
            ("oop_max", "9000"),
        ],
    );
    // Likely: the plan pays routine care. Year 1: 2,000 + 30% × 64,507 = 21,352.10 on the stay,
    // capped at 9,000. Year 2: 2,000 + 30% × 1,582 = 2,474.60. Year 3: 255.16.
    let treatment = e.coverage.iter().find(|c| c.part == CarePart::Treatment).unwrap();
    assert!(treatment.reason.en().contains("life-threatening"));
    assert_eq!(e.world.of(CarePart::Treatment), Outcome::Covered);
    assert_eq!(round_cents(e.totals.family_medical.typical), dec!(11729.76));
    // If it refuses, the chemotherapy, the stay and its side effects are the family's in full
    // (377.751 + 66,507 + 3,196.48 = 70,081.231) and do not count toward the limit; follow-up
    // still meets the deductible: year 1 2,000 + 30% × 1,326.84 = 2,398.052, then 2,474.60 and 255.16.
    // Counting it as paid is already the "plan agrees" answer, so only the refusal is added.
    assert_eq!(e.alternatives.len(), 1);
    let alternative = e.alternative(Answer::AllRefused).expect("both outcomes");
    assert_eq!(alternative.world.of(CarePart::Treatment), Outcome::NotCovered);
    assert_eq!(typical_family(&alternative.lines, LineId::HospitalStay), dec!(66507));
    // 70,081.231 + 2,398.052 + 2,474.60 + 255.16 = 75,209.043.
    assert_eq!(round_cents(alternative.totals.family_medical.typical), dec!(75209.04));
    assert!(
        line(&alternative.lines, LineId::HospitalStay)
            .payer_reason
            .en()
            .starts_with("If the plan refuses")
    );
}

#[test]
fn out_of_network_care_has_no_yearly_limit() {
    let tables = tables();
    let e = run(
        tables,
        &[
            ("insurance", "employer"),
            ("in_network", "no"),
            ("coinsurance_pct", "40"),
        ],
    );
    // Out of network a private plan need not pay routine trial care: likely the family pays
    // the stay and its side effects in full. Follow-up: plans with out-of-network benefits pay
    // part, with no limit: year 1 1,886 + 40% × 1,440.84 = 2,462.336; year 2
    // 1,886 + 40% × 1,696 = 2,564.40; year 3 255.16.
    assert_eq!(e.world.of(CarePart::Treatment), Outcome::NotCovered);
    assert_eq!(typical_family(&e.lines, LineId::FollowUpCare), dec!(5281.90));
    assert!(
        e.plan_years.iter().all(|y| y.limit.is_none()),
        "no limit out of network"
    );
    // 377.751 + 69,703.48 + 5,281.896 = 75,363.127.
    assert_eq!(round_cents(e.totals.family_medical.typical), dec!(75363.13));
    // If the plan agrees to pay for everything uncertain, it pays at out-of-network terms, with
    // no limit: the chemotherapy, 377.751, goes to the deductible; then 1,508.249 +
    // 40% × (66,507 − 1,508.249) = 27,507.7494 on the stay, 40% × 3,196.48 = 1,278.592 on the
    // drug, 40% × 3,326.84 = 1,330.736 on year 1's follow-up, then 2,564.40 and 255.16:
    // 33,314.3884 in all.
    let agrees = e.alternative(Answer::AllCovered).expect("the plan may agree");
    assert_eq!(typical_family(&agrees.lines, LineId::HospitalStay), dec!(27507.75));
    assert_eq!(round_cents(agrees.totals.family_medical.typical), dec!(33314.39));
    // If it refuses everything, the family pays every bill: 377.751 + 66,507 + 3,196.48 + 7,164.
    let refuses = e.alternative(Answer::AllRefused).expect("the plan may refuse");
    assert_eq!(round_cents(refuses.totals.family_medical.typical), dec!(77245.23));
    // In network, the same plan stops at its limit: the chemotherapy, then the stay up to
    // 10,600 in all.
    let in_network = run(tables, &[("insurance", "employer"), ("coinsurance_pct", "40")]);
    assert_eq!(typical_family(&in_network.lines, LineId::HospitalStay), dec!(10222.25));
    assert_eq!(
        round_cents(in_network.plan_years[0].family_cost_sharing.typical),
        dec!(10600)
    );
    assert!(in_network.with_agreement.is_none());
    // A single-case agreement would give the in-network result, shown beside the out-of-network one.
    assert_eq!(
        e.with_agreement.map(|t| t.family_total),
        Some(in_network.totals.family_total)
    );
}

#[test]
fn a_travel_benefit_pays_trips_then_lodging_up_to_its_limit() {
    let tables = tables();
    let e = run(tables, &[("insurance", "employer"), ("travel_benefit", "2000")]);
    // Typical: the drive, 1,107, then lodging up to $50 a night (61 × 50 = 3,050 of the 7,381),
    // until the $2,000 is used: 893 of lodging.
    let travel = line(&e.lines, LineId::Travel);
    assert_eq!(cents(travel.benefit_pays.unwrap()).typical, dec!(1107));
    assert_eq!(typical_family(&e.lines, LineId::Travel), dec!(0));
    // In the high scenario the family pays the drive beyond the benefit: 7,308 − 2,000.
    assert_eq!(round_cents(travel.family_pays.unwrap().high), dec!(5308));
    assert_eq!(travel.payer, vec![Payer::TravelBenefit, Payer::Family]);
    let lodging = line(&e.lines, LineId::Lodging);
    assert_eq!(lodging.payer, vec![Payer::TravelBenefit, Payer::Family]);
    assert_eq!(cents(lodging.benefit_pays.unwrap()).typical, dec!(893));
    assert_eq!(typical_family(&e.lines, LineId::Lodging), dec!(6488));
    // Low: 811.80 of driving + 1,188.20 of lodging; high: the 7,308 drive alone uses it up.
    assert_eq!(cents(e.totals.benefit_pays), Scenarios::same(dec!(2000)));
    assert_eq!(
        cents(line(&e.lines, LineId::Lodging).benefit_pays.unwrap()).high,
        dec!(0)
    );
    // Lodging 6,488 + meals 7,474 + parking 475.19 = 14,437.19.
    assert_eq!(round_cents(e.totals.non_medical.typical), dec!(14437.19));
    assert!(lodging.payer_reason.en().contains("more than 100 miles"));

    // A center 90 miles away is too close for the benefit.
    let close = run(
        tables,
        &[
            ("insurance", "employer"),
            ("travel_benefit", "2000"),
            ("distance_miles", "90"),
        ],
    );
    assert_eq!(close.totals.benefit_pays, Scenarios::ZERO);
    assert!(
        line(&close.lines, LineId::Travel)
            .payer_reason
            .en()
            .contains("only when the center is more than 100 miles away")
    );
}

#[test]
fn the_route_decides_who_pays_the_cells() {
    let tables = tables();
    let trial = run(tables, &[("insurance", "employer")]);
    let product = line(&trial.lines, LineId::Product);
    assert_eq!(product.payer, vec![Payer::Sponsor]);
    assert_eq!(round_cents(trial.totals.sponsor_pays.typical), dec!(425000));

    // Outside a trial with Medicaid: state programs will likely refuse CAR-T for lupus, so the
    // family is billed 377.751 + 425,000 + 66,507 + 3,196.48 = 495,081.231, and Medicaid rides do not pay
    // for trips to care Medicaid does not cover.
    let approved = run(tables, &[("insurance", "medicaid"), ("route", "approved")]);
    assert_eq!(approved.totals.sponsor_pays, Scenarios::ZERO);
    assert_eq!(line(&approved.lines, LineId::Product).payer, vec![Payer::Family]);
    assert_eq!(round_cents(approved.totals.family_medical.typical), dec!(495081.23));
    assert_eq!(line(&approved.lines, LineId::Travel).payer, vec![Payer::Family]);
    // If Medicaid approves it, it pays everything and its rides pay the drive.
    let alternative = approved
        .alternative(Answer::AllCovered)
        .expect("Medicaid may approve it");
    assert_eq!(alternative.totals.family_medical, Scenarios::ZERO);
    assert_eq!(round_cents(alternative.totals.benefit_pays.typical), dec!(1107));

    // Original Medicare never pays CAR-T outside cancer: not uncertain, no second outcome for the cells.
    let medicare = run(tables, &[("insurance", "medicare"), ("route", "approved")]);
    assert_eq!(medicare.world.of(CarePart::Cells), Outcome::NotCovered);
    assert!(medicare.alternatives.is_empty());
    assert!(
        line(&medicare.lines, LineId::Product)
            .payer_reason
            .en()
            .contains("only for cancer")
    );
}

#[test]
fn uninsured_families_pay_every_bill_and_are_pointed_to_financial_assistance() {
    let tables = tables();
    let e = run(tables, &[("insurance", "uninsured")]);
    let stay = line(&e.lines, LineId::HospitalStay);
    assert_eq!(stay.payer, vec![Payer::Family]);
    assert!(stay.payer_reason.en().contains("financial assistance"));
    // 377.751 + 66,507 + 3,196.48 + 7,164.
    assert_eq!(round_cents(e.totals.family_medical.typical), dec!(77245.23));
    assert!(e.plan_years.iter().all(|y| y.limit.is_none()));
}

#[test]
fn medicaid_rides_pay_for_the_patient_and_one_helper() {
    let tables = tables();
    let e = run(
        tables,
        &[("insurance", "medicaid"), ("travel_mode", "fly"), ("caregivers", "2")],
    );
    // 15 round trips × 3 travelers × $470 = 21,150. Flights need Medicaid's approval first, so
    // the headline counts them all as the family's ...
    let travel = line(&e.lines, LineId::Travel);
    assert_eq!(round_cents(travel.cost.unwrap().typical), dec!(21150));
    assert_eq!(typical_family(&e.lines, LineId::Travel), dec!(21150));
    assert_eq!(travel.payer, vec![Payer::Family]);
    // ... and if Medicaid approves, its rides pay for two: 15 × 2 × 470 = 14,100.
    let approved = e.alternative(Answer::AllCovered).expect("the approved outcome");
    let travel = line(&approved.lines, LineId::Travel);
    assert_eq!(round_cents(travel.benefit_pays.unwrap().typical), dec!(14100));
    assert_eq!(typical_family(&approved.lines, LineId::Travel), dec!(7050));
    assert_eq!(travel.payer, vec![Payer::MedicaidTransport, Payer::Family]);
    // Trial follow-up out of network is still routine trial care, which Medicaid must pay.
    let out = run(tables, &[("insurance", "medicaid"), ("in_network", "no")]);
    assert_eq!(out.totals.family_medical, Scenarios::ZERO);
    assert_eq!(
        out.with_agreement, None,
        "Medicaid has no single-case agreements to ask for"
    );
}

#[test]
fn out_of_network_terms_apply_to_every_covered_bill_of_a_plan_with_a_network() {
    let tables = tables();
    let e = run(
        tables,
        &[
            ("insurance", "employer"),
            ("route", "approved"),
            ("in_network", "no"),
            ("travel_benefit", "2000"),
        ],
    );
    // If the plan agreed to pay for the cells out of network, no limit would apply. The
    // chemotherapy before them, 377.751, goes to the deductible; then
    // 1,508.249 + 21% × (425,000 − 1,508.249) = 90,441.51971 on the product alone.
    let agrees = e.alternative(Answer::AllCovered).expect("the plan may agree");
    assert_eq!(typical_family(&agrees.lines, LineId::Product), dec!(90441.52));
    assert!(agrees.plan_years.iter().all(|y| y.limit.is_none()));
    // A travel benefit comes with covered care: none while the treatment is refused, the full
    // $2,000 when the plan agrees.
    assert_eq!(e.totals.benefit_pays, Scenarios::ZERO);
    assert_eq!(round_cents(agrees.totals.benefit_pays.typical), dec!(2000));
}
