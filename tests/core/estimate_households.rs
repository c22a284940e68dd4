//! Hand-computed estimates for real-looking households, line by line and total by total.
//! Every expected figure is worked out in the comment above it.

use crate::fixtures::{English, tables};
use cart_estimator::core::estimate::{Estimate, estimate};
use cart_estimator::core::input::{Input, RawInput};
use cart_estimator::core::lines::{LineId, Payer};
use cart_estimator::core::money::round_cents;
use cart_estimator::core::scenarios::Scenarios;
use cart_estimator::core::tables::Tables;
use cart_estimator::core::who_pays::Answer;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn run(tables: &Tables, pairs: &[(&str, &str)]) -> Estimate {
    let raw = RawInput::from_pairs(pairs.iter().copied());
    let input = Input::parse(&raw, tables).unwrap_or_else(|e| panic!("input refused: {e:?}"));
    estimate(tables, &input)
}

fn cents(amounts: Scenarios<Decimal>) -> Scenarios<Decimal> {
    amounts.map(|a| round_cents(*a))
}

fn cost(estimate: &Estimate, id: LineId) -> Scenarios<Decimal> {
    cents(
        estimate
            .line(id)
            .unwrap_or_else(|| panic!("no {id:?} line"))
            .cost
            .expect("priced"),
    )
}

fn family(estimate: &Estimate, id: LineId) -> Scenarios<Decimal> {
    cents(estimate.line(id).unwrap().family_pays.expect("priced"))
}

fn s(low: Decimal, typical: Decimal, high: Decimal) -> Scenarios<Decimal> {
    Scenarios::new(low, typical, high)
}

/// the worked example (docs/worked-example.md): trial, lupus nephritis, Duke in Durham NC ($121 a night,
/// $74 M&IE), 180 miles, driving, hotel, one caregiver at $1,204 a week with 10 paid days
/// off, patient not working, Medicaid.
#[test]
fn durham_worked_example_from_the_design() {
    let tables = tables();
    let e = run(
        tables,
        &[
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
        ],
    );
    // Round trips: low 1+1+8+1 = 11, typical 1+1+12+1 = 15, high 2+1+24+1 = 28.
    // Drive: 11×2×180×0.205 = 811.80; 15×2×180×0.205 = 1,107.00; 28×360×0.725 = 7,308.00.
    assert_eq!(cost(&e, LineId::Travel), s(dec!(811.80), dec!(1107.00), dec!(7308.00)));
    // Nights: low 3+14+14+10 = 41, typical 5+21+21+14 = 61, high 7+28+30+27 = 92; all at $121.
    assert_eq!(cost(&e, LineId::Lodging), s(dec!(4961), dec!(7381), dec!(11132)));
    // Person-days: low 27+41 = 68, typical 40+61 = 101, high 64+92 = 156; × $74.
    assert_eq!(cost(&e, LineId::Meals), s(dec!(5032), dec!(7474), dec!(11544)));
    // Parking: 41 × $0, 61 × $7.79 = 475.19, 92 × $40.
    assert_eq!(cost(&e, LineId::Parking), s(dec!(0), dec!(475.19), dec!(3680)));
    // Caregiver days away: low 31+2×10 = 51, typical 47+2×14 = 75, high 65+2×27 = 119.
    // (5·days − 7·10) × 1,204 / 35: 185 × 34.40 = 6,364; 305 × 34.40 = 10,492; 525 × 34.40 = 18,060.
    assert_eq!(
        cost(&e, LineId::CaregiverIncome),
        s(dec!(6364), dec!(10492), dec!(18060))
    );
    assert_eq!(cost(&e, LineId::PatientIncome), Scenarios::ZERO);
    // Hospital: NC has no verified value, so the U.S. nonprofit $3,167 (low: for-profit $2,383).
    assert_eq!(cost(&e, LineId::HospitalStay), s(dec!(33362), dec!(66507), dec!(88676)));
    assert_eq!(
        cost(&e, LineId::Complications),
        s(dec!(0), dec!(3465.28), dec!(13861.12))
    );
    assert_eq!(cost(&e, LineId::FollowUpCare), s(dec!(7164), dec!(7164), dec!(68706)));
    assert_eq!(cost(&e, LineId::Product), s(dec!(375000), dec!(425000), dec!(475000)));

    let product = e.line(LineId::Product).unwrap();
    assert_eq!(product.payer, vec![Payer::Sponsor]);
    assert_eq!(product.family_pays, Some(Scenarios::ZERO));
    let stay = e.line(LineId::HospitalStay).unwrap();
    assert_eq!(stay.payer, vec![Payer::Insurer], "Medicaid pays routine care in full");
    assert_eq!(
        cents(stay.insurer_pays.unwrap()),
        s(dec!(33362), dec!(66507), dec!(88676))
    );

    let t = e.totals;
    assert_eq!(cents(t.sponsor_pays), s(dec!(375000), dec!(425000), dec!(475000)));
    // 66,507 + 3,465.28 + 7,164 = 77,136.28 typical.
    assert_eq!(cents(t.insurer_pays), s(dec!(40526), dec!(77136.28), dec!(171243.12)));
    assert_eq!(
        cents(t.billed_medical),
        s(dec!(415526), dec!(502136.28), dec!(646243.12))
    );
    assert_eq!(t.family_medical, Scenarios::ZERO);
    // Medicaid must get the patient to covered care, so its rides pay the whole travel line.
    let travel = e.line(LineId::Travel).unwrap();
    assert_eq!(travel.payer, vec![Payer::MedicaidTransport]);
    assert_eq!(cents(t.benefit_pays), s(dec!(811.80), dec!(1107.00), dec!(7308.00)));
    // Lodging + meals + parking: 4,961 + 5,032 + 0 | 7,381 + 7,474 + 475.19 | 11,132 + 11,544 + 3,680
    assert_eq!(cents(t.non_medical), s(dec!(9993), dec!(15330.19), dec!(26356)));
    assert_eq!(cents(t.lost_income), s(dec!(6364), dec!(10492), dec!(18060)));
    assert_eq!(cents(t.family_total), s(dec!(16357), dec!(25822.19), dec!(44416)));
    // Routine care is settled by law for Medicaid in a trial; the rides are not certain. If
    // Medicaid does not pay for them, the family pays the drive too: the DESIGN totals,
    // 17,168.80 / 26,929.19 / 51,724.
    assert_eq!(e.alternatives.len(), 1);
    let no_rides = e.alternative(Answer::AllRefused).expect("rides may be refused");
    assert_eq!(
        cents(no_rides.totals.family_total),
        s(dec!(17168.80), dec!(26929.19), dec!(51724))
    );
    assert_eq!(no_rides.totals.family_medical, Scenarios::ZERO);
    // Collection, conditioning and prophylaxis have no sourced price: listed, not invented.
    assert_eq!(
        e.unpriced,
        vec![LineId::Collection, LineId::Conditioning, LineId::Prophylaxis]
    );
    for id in &e.unpriced {
        let line = e.line(*id).unwrap();
        assert!(line.cost.is_none() && line.family_pays.is_none());
        assert!(
            line.question.as_ref().is_some_and(|q| q.en().starts_with("Ask")),
            "{id:?}"
        );
    }
}

/// A trial patient driving 90 miles to the Mayo Clinic in Rochester MN ($80 M&IE), staying at a
/// hospitality house at $40 a night, employer plan with the KFF presets; caregiver earns
/// $1,000 a week with 5 paid days off, patient earns $800 a week with 10 paid days off.
#[test]
fn rochester_trial_with_a_hospitality_house_and_an_employer_plan() {
    let tables = tables();
    let e = run(
        tables,
        &[
            ("condition", "sle"),
            ("center", "rochester_mn"),
            ("home_state", "WI"),
            ("distance_miles", "90"),
            ("lodging", "hospitality_house"),
            ("lodging_rate", "40"),
            ("caregiver_weekly_pay", "1,000"),
            ("caregiver_paid_leave_days", "5"),
            ("patient_weekly_pay", "$800"),
            ("patient_paid_leave_days", "10"),
            ("insurance", "employer"),
        ],
    );
    // 90 miles is a day trip: 14 visits + 1 treatment stay = 15 round trips, no overnight trips.
    // 15 × 2 × 90 × 0.205 = 553.50.
    assert_eq!(cost(&e, LineId::Travel).typical, dec!(553.50));
    // Nights 5 + 21 + 21 = 47 × $40.
    assert_eq!(cost(&e, LineId::Lodging).typical, dec!(1880));
    // Patient 5 + 21 = 26, caregiver 47: 73 × $80.
    assert_eq!(cost(&e, LineId::Meals).typical, dec!(5840));
    // 47 × 7.79 = 366.13.
    assert_eq!(cost(&e, LineId::Parking).typical, dec!(366.13));
    // Caregiver: 47 + 14 day trips = 61 days; (305 − 35) × 1,000 / 35 = 7,714.2857… → 7,714.29.
    assert_eq!(cost(&e, LineId::CaregiverIncome).typical, dec!(7714.29));
    // Patient: 61 + 4 weeks × 7 = 89 days; (445 − 70) × 800 / 35 = 8,571.4285… → 8,571.43.
    assert_eq!(cost(&e, LineId::PatientIncome).typical, dec!(8571.43));
    // Plan years run 365 days from the first day of treatment (no start date). The cells are
    // given on day 5 (the typical 5 nights of chemotherapy); follow-up care is spread over 730
    // days from the typical discharge, day 26: 339 days in year 1, 365 in year 2, 26 in year 3.
    // Typical follow-up: 7,164 × 339/730 = 3,326.84; 3,582; the rest, 255.16.
    // Year 1: 1,787 deductible + 21% of (66,507 − 1,787) = 15,378.20 on the stay, capped at
    // 10,600; the later bills of year 1 cost the family nothing.
    assert_eq!(family(&e, LineId::HospitalStay).typical, dec!(10600));
    assert_eq!(family(&e, LineId::Complications).typical, dec!(0));
    // Year 2: 1,787 + 21% × (3,582 − 1,787) = 1,787 + 376.95 = 2,163.95. Year 3: 255.16, all
    // within a new deductible. 2,163.95 + 255.16 = 2,419.11.
    assert_eq!(family(&e, LineId::FollowUpCare).typical, dec!(2419.11));
    // Low: 14 × 2,383 = 33,362 → 1,787 + 21% × 31,575 = 8,417.75; follow-up in year 1:
    // 21% × 3,326.84 = 698.6364, within the 2,182.25 left under the limit; years 2 and 3 as above.
    assert_eq!(family(&e, LineId::HospitalStay).low, dec!(8417.75));
    assert_eq!(family(&e, LineId::FollowUpCare).low, dec!(3117.75));
    // High: follow-up 68,706 → year 1 share 68,706 × 339/730 = 31,905.937… → 31,905.94, under the
    // reached limit; year 2: 1,787 + 21% × (34,353 − 1,787) = 8,625.86; year 3: the rest,
    // 2,447.06 → 1,787 + 21% × 660.06 = 1,925.6126. 8,625.86 + 1,925.6126 = 10,551.4726.
    assert_eq!(family(&e, LineId::FollowUpCare).high, dec!(10551.47));
    let years: Vec<String> = e.plan_years.iter().map(|y| y.label.en()).collect();
    assert_eq!(years, ["Plan year 1", "Plan year 2", "Plan year 3"]);
    assert_eq!(cents(e.plan_years[1].family_medical).typical, dec!(2163.95));
    assert_eq!(e.plan_years[0].limit, Some(dec!(10600)));
    let t = e.totals;
    assert_eq!(
        cents(t.family_medical),
        s(dec!(11535.50), dec!(13019.11), dec!(21151.47))
    );
    // 77,136.28 billed − 13,019.11 = 64,117.17.
    assert_eq!(cents(t.insurer_pays).typical, dec!(64117.17));
    assert_eq!(cents(t.non_medical).typical, dec!(8639.63));
    // 7,714.2857… + 8,571.4285… = 16,285.7142… → 16,285.71.
    assert_eq!(cents(t.lost_income).typical, dec!(16285.71));
    // 13,019.11 + 8,639.63 + 16,285.7142… = 37,944.4542… → 37,944.45.
    assert_eq!(cents(t.family_total).typical, dec!(37944.45));

    // Whether a private plan pays routine trial care for lupus is uncertain (the law covers
    // "life-threatening" diseases), so the other outcome is worked out too: the stay and its
    // side effects billed in full, 66,507 + 3,465.28 = 69,972.28, outside the limit; follow-up
    // in year 1 meets a fresh deductible: 1,787 + 21% × 1,539.84 = 2,110.3664; then 2,163.95 and
    // 255.16. 69,972.28 + 4,529.4764 = 74,501.7564.
    let alternative = e
        .alternative(Answer::AllRefused)
        .expect("uncertain coverage shows both outcomes");
    assert_eq!(cents(alternative.totals.family_medical).typical, dec!(74501.76));
    let stay = alternative.lines.iter().find(|l| l.id == LineId::HospitalStay).unwrap();
    assert_eq!(stay.payer, vec![Payer::Family]);
}

/// Outside a trial: an approved product bought for the patient, flying 600 miles to
/// Philadelphia with one caregiver, hotel at the GSA rate (no start date: the yearly
/// average, $184.45), employer plan with the presets, no pay entered.
#[test]
fn approved_route_flying_to_philadelphia_with_an_employer_plan() {
    let tables = tables();
    let e = run(
        tables,
        &[
            ("condition", "systemic_sclerosis"),
            ("route", "approved"),
            ("center", "philadelphia"),
            ("home_state", "OH"),
            ("distance_miles", "600"),
            ("travel_mode", "fly"),
            ("insurance", "employer"),
        ],
    );
    // Tickets: (visits + 1) × 2 travelers: 11 × 2 = 22, 15 × 2 = 30, 28 × 2 = 56; × $470.
    assert_eq!(cost(&e, LineId::Travel), s(dec!(10340), dec!(14100), dec!(26320)));
    // Nights 41 / 61 / 92 at $156 (winter) / $184.45 (yearly average) / $218 (fall).
    assert_eq!(cost(&e, LineId::Lodging), s(dec!(6396), dec!(11251.45), dec!(20056)));
    // Person-days 68 / 101 / 156 × $92.
    assert_eq!(cost(&e, LineId::Meals), s(dec!(6256), dec!(9292), dec!(14352)));
    assert_eq!(cost(&e, LineId::Parking), Scenarios::ZERO, "flying: no parking");
    assert_eq!(cost(&e, LineId::CaregiverIncome), Scenarios::ZERO, "no pay entered");
    // Employer plans call CAR-T for scleroderma investigational: the likely outcome is that the
    // cells, the stay and its side effects are billed to the family in full.
    let product = e.line(LineId::Product).unwrap();
    assert_eq!(product.payer, vec![Payer::Family]);
    assert_eq!(family(&e, LineId::Product), s(dec!(375000), dec!(425000), dec!(475000)));
    let t = e.totals;
    assert_eq!(t.sponsor_pays, Scenarios::ZERO);
    // Typical billed: 425,000 + 66,507 + 3,465.28 + 7,164 = 502,136.28 (the DESIGN cross-check
    // wants $450,000 to $1,000,000 for this case).
    assert_eq!(cents(t.billed_medical).typical, dec!(502136.28));
    // Follow-up is still covered, over three plan years: 2,110.3664 + 2,163.95 + 255.16 =
    // 4,529.4764 for the family, 7,164 − 4,529.4764 = 2,634.5236 for the plan.
    assert_eq!(cents(t.insurer_pays).typical, dec!(2634.52));
    // 494,972.28 + 4,529.4764 = 499,501.7564.
    assert_eq!(cents(t.family_medical).typical, dec!(499501.76));
    // 14,100 + 11,251.45 + 9,292 = 34,643.45.
    assert_eq!(cents(t.non_medical).typical, dec!(34643.45));
    assert_eq!(cents(t.family_total).typical, dec!(534145.21));

    // If the plan agrees to pay (an appeal can succeed), the product alone passes the $10,600
    // limit in year 1; years 2 and 3 as for follow-up above: 10,600 + 2,163.95 + 255.16.
    let alternative = e.alternative(Answer::AllCovered).expect("both outcomes");
    let product = alternative.lines.iter().find(|l| l.id == LineId::Product).unwrap();
    assert_eq!(product.payer, vec![Payer::Insurer, Payer::Family]);
    assert_eq!(cents(product.family_pays.unwrap()), Scenarios::same(dec!(10600)));
    assert_eq!(cents(alternative.totals.family_medical).typical, dec!(13019.11));
    assert_eq!(cents(alternative.totals.family_total).typical, dec!(47662.56));
}

/// Ready-made donor cells (no collection trip) in a trial, uninsured, 40 miles from Houston
/// ($80 M&IE), staying with family, two caregivers, the caregiver earning $1,500 a week
/// with no paid leave.
#[test]
fn uninsured_allogeneic_trial_patient_near_houston() {
    let tables = tables();
    let e = run(
        tables,
        &[
            ("condition", "dermatomyositis"),
            ("cells", "allogeneic"),
            ("center", "houston"),
            ("home_state", "TX"),
            ("distance_miles", "40"),
            ("lodging", "family"),
            ("caregivers", "2"),
            ("caregiver_weekly_pay", "1500"),
            ("insurance", "uninsured"),
        ],
    );
    assert!(e.line(LineId::Collection).is_none(), "allogeneic cells skip collection");
    // Visits 1 + 0 + 12 = 13 day trips; 14 round trips × 2 × 40 × 0.205 = 229.60.
    assert_eq!(cost(&e, LineId::Travel).typical, dec!(229.60));
    assert_eq!(cost(&e, LineId::Lodging), Scenarios::ZERO);
    // Patient 26 + 2 caregivers × 47 = 120 person-days × $80.
    assert_eq!(cost(&e, LineId::Meals).typical, dec!(9600));
    assert_eq!(cost(&e, LineId::Parking).typical, dec!(366.13));
    // 47 + 13 = 60 days; 300 × 1,500 / 35 = 12,857.1428… → 12,857.14.
    assert_eq!(cost(&e, LineId::CaregiverIncome).typical, dec!(12857.14));
    // Uninsured: the family pays every medical bill the sponsor does not.
    for id in [LineId::HospitalStay, LineId::Complications, LineId::FollowUpCare] {
        assert_eq!(e.line(id).unwrap().payer, vec![Payer::Family]);
        assert_eq!(family(&e, id), cost(&e, id));
    }
    let t = e.totals;
    assert_eq!(cents(t.family_medical).typical, dec!(77136.28));
    assert_eq!(t.insurer_pays, Scenarios::ZERO);
    assert_eq!(cents(t.sponsor_pays).typical, dec!(425000));
    // 77,136.28 + (229.60 + 9,600 + 366.13) + 12,857.1428… = 100,189.1528… → 100,189.15.
    assert_eq!(cents(t.family_total).typical, dec!(100189.15));
    let journey = &e.journey;
    assert!(journey.steps.iter().any(|step| step.skipped));
}

/// Pinned durations replace all three scenarios; a start date picks the GSA season.
#[test]
fn pins_and_start_date_change_the_counts_and_the_season() {
    let tables = tables();
    let e = run(
        tables,
        &[
            ("condition", "sle"),
            ("center", "philadelphia"),
            ("home_state", "PA"),
            ("distance_miles", "20"),
            ("hospital_days", "10"),
            ("nearby_days", "0"),
            ("conditioning_nights", "0"),
            ("start_date", "2026-12-10"),
        ],
    );
    // 10 nights in all scenarios, at the December rate ($156) typical.
    assert_eq!(e.line(LineId::Lodging).unwrap().quantity, Scenarios::same(dec!(10)));
    assert_eq!(cost(&e, LineId::Lodging), s(dec!(1560), dec!(1560), dec!(2180)));
    assert_eq!(cost(&e, LineId::HospitalStay), s(dec!(23830), dec!(31670), dec!(31670)));
}

/// Child care and pets add lines only when asked for.
#[test]
fn child_care_and_pet_care_lines_appear_when_asked() {
    let tables = tables();
    let base = [
        ("condition", "sle"),
        ("center", "durham"),
        ("home_state", "NC"),
        ("distance_miles", "180"),
    ];
    let without = run(tables, &base);
    assert!(without.line(LineId::ChildCare).is_none() && without.line(LineId::PetCare).is_none());
    let mut asked = base.to_vec();
    asked.extend([("child_care_per_day", "45"), ("pets", "2")]);
    let with = run(tables, &asked);
    // Child care: 75 caregiver days away × $45 = 3,375.
    assert_eq!(cost(&with, LineId::ChildCare).typical, dec!(3375));
    // Pets: 2 × 61 nights = 122 pet-nights × $50 = 6,100 (low 2 × 41 × 22 = 1,804; high 2 × 92 × 60 = 11,040).
    assert_eq!(cost(&with, LineId::PetCare), s(dec!(1804), dec!(6100), dec!(11040)));
}

/// With no caregiver, nobody keeps the room while the patient is in hospital.
#[test]
fn without_a_caregiver_no_room_is_kept_during_the_hospital_stay() {
    let tables = tables();
    let e = run(
        tables,
        &[
            ("condition", "lupus_nephritis"),
            ("route", "trial"),
            ("center", "durham"),
            ("home_state", "NC"),
            ("distance_miles", "180"),
            ("travel_mode", "drive"),
            ("lodging", "hotel"),
            ("caregivers", "0"),
            ("pets", "1"),
            ("insurance", "medicaid"),
        ],
    );
    assert_eq!(cost(&e, LineId::PetCare), s(dec!(902), dec!(3050), dec!(5520)));
    // Room-nights without the hospital days (14 / 21 / 28): low 41 − 14 = 27,
    // typical 61 − 21 = 40, high 92 − 28 = 64; all at $121.
    assert_eq!(cost(&e, LineId::Lodging), s(dec!(3267), dec!(4840), dec!(7744)));
    // But the car is parked and the pet boarded every night away: 41 / 61 / 92 nights.
    // Parking: 41 × $0, 61 × $7.79 = 475.19, 92 × $40 = 3,680. One pet: 41 × $22 = 902,
    // 61 × $50 = 3,050, 92 × $60 = 5,520.
    assert_eq!(cost(&e, LineId::Parking), s(dec!(0), dec!(475.19), dec!(3680)));
    let basis = e.line(LineId::Lodging).unwrap().basis.en();
    assert!(
        basis.starts_with("40 room-nights (5 before admission + 21 nearby after + 14 on visit trips)"),
        "{basis}"
    );
}
