//! A journey faithful at every distance: sleeping at home when the drive is short, a night
//! away for visits by driving time, and the family's costs rising with distance, stepping up
//! only at the model's named thresholds.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use cart_estimator::core::estimate::Estimate;
use cart_estimator::core::lines::LineId;
use cart_estimator::core::scenarios::Scenarios;

use crate::fixtures::{durham_with, estimate_for, tables};

fn durham_at(miles: &str, changes: &[(&'static str, &'static str)]) -> Estimate {
    let mut pairs = durham_with(&[("distance_miles", miles), ("travel_mode", "usual")]);
    pairs.extend_from_slice(changes);
    let owned: Vec<(String, String)> = pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect();
    let pairs: Vec<(&str, &str)> = owned.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    estimate_for(&pairs)
}

fn line(e: &Estimate, id: LineId) -> &cart_estimator::core::lines::LineItem {
    e.line(id).unwrap_or_else(|| panic!("no {id:?} line"))
}

#[test]
fn ten_miles_away_the_family_sleeps_at_home_and_drives_in() {
    let e = durham_at("10", &[]);
    // Visits: screening 1/1/2 + collection 1 + follow-up 8/12/24 = 10/14/27. Sleeping at
    // home, each chemotherapy day is a drive in (3/5/7), the caregiver goes to the hospital
    // 2/4/7 times a week over 14/21/28 days (4/12/28 trips) and the clinic visits after it
    // are 2/2/5 a week over 14/21/30 days (4/6/21). Round trips: 10 + 1 + (3 + 4 + 4) = 22;
    // 14 + 1 + (5 + 12 + 6) = 38; 27 + 1 + (7 + 28 + 21) = 84.
    let trips = e.counts.map(|c| Decimal::from(c.round_trips));
    assert_eq!(trips, Scenarios::new(dec!(22), dec!(38), dec!(84)));
    assert!(e.counts.iter().all(|c| c.sleeps_home && c.lodging_nights == 0));
    // 2 × 10 miles a trip at $0.205 (low, typical) and $0.725 (high).
    assert_eq!(
        line(&e, LineId::Travel).cost,
        Some(Scenarios::new(dec!(90.20), dec!(155.80), dec!(1218.00)))
    );
    assert_eq!(line(&e, LineId::Lodging).quantity, Scenarios::same(Decimal::ZERO));
    assert_eq!(line(&e, LineId::Meals).quantity, Scenarios::same(Decimal::ZERO));
    // Parking on each day the family drives in: 11 / 23 / 56 days at $0 / $7.79 / $40.
    assert_eq!(
        line(&e, LineId::Parking).cost,
        Some(Scenarios::new(dec!(0), dec!(179.17), dec!(2240.00)))
    );
    // The caregiver is still with the patient every day of the stay: lost pay is as before.
    let far = durham_at("180", &[]);
    assert_eq!(line(&e, LineId::CaregiverIncome).quantity.typical, {
        // 180 miles: visits need a night away (2 days each), so more days away than at 10.
        let near_days = Decimal::from(e.counts.typical.caregiver_days_away);
        assert_eq!(near_days, dec!(61)); // 47 stay days + 14 day trips
        assert_eq!(far.counts.typical.caregiver_days_away, 75); // 47 + 14 × 2
        line(&e, LineId::CaregiverIncome).quantity.typical
    });
}

#[test]
fn staying_near_the_center_at_ten_miles_restores_the_hotel_nights() {
    let e = durham_at("10", &[("stay_nearby", "lodging")]);
    // 5 + 21 + 21 = 47 room-nights typical (3 + 14 + 14 = 31 low, 7 + 28 + 30 = 65 high);
    // the visits are day trips; round trips are the visits and the treatment trip only.
    assert_eq!(
        line(&e, LineId::Lodging).quantity,
        Scenarios::new(dec!(31), dec!(47), dec!(65))
    );
    assert_eq!(e.counts.map(|c| c.round_trips), Scenarios::new(11, 15, 28));
    assert!(e.counts.iter().all(|c| !c.sleeps_home && c.overnight_trips == 0));
}

#[test]
fn ninety_miles_is_still_home_and_four_hundred_is_a_night_away_for_every_visit() {
    // 90 miles at 50 mph is 1.8 hours: at home, driving in.
    let e = durham_at("90", &[]);
    assert!(e.counts.typical.sleeps_home);
    // 38 round trips × 2 × 90 = 6,840 miles × $0.205 = $1,402.20 typical.
    assert_eq!(line(&e, LineId::Travel).cost.unwrap().typical, dec!(1402.20));
    // 400 miles: 8 hours, every visit a night away; 15 round trips × 2 × 400 = 12,000 miles.
    let e = durham_at("400", &[]);
    assert!(!e.counts.typical.sleeps_home);
    assert_eq!(e.counts.map(|c| c.overnight_trips), Scenarios::new(10, 14, 27));
    assert_eq!(line(&e, LineId::Travel).quantity.typical, dec!(12000));
    assert_eq!(line(&e, LineId::Travel).cost.unwrap().typical, dec!(2460.00));
    // 47 nights of the stay + 14 visit nights = 61 room-nights typical.
    assert_eq!(line(&e, LineId::Lodging).quantity.typical, dec!(61));
}

#[test]
fn between_two_and_three_hours_only_the_high_column_takes_a_night_away_for_visits() {
    // 125 miles is 2.5 hours: too far to sleep at home, a day trip for visits in the low and
    // typical columns, a night away in the high one (more than 2 hours).
    let e = durham_at("125", &[]);
    assert_eq!(
        e.counts.map(|c| (c.sleeps_home, c.overnight_trips)),
        Scenarios::new((false, 0), (false, 0), (false, 27))
    );
}

/// The family's typical costs of living away (travel, lodging, meals, parking) for an
/// employer-insured Durham household at `miles`, the way of travel left to the distance.
fn living_away(miles: u32) -> Decimal {
    let miles = miles.to_string();
    let pairs = durham_with(&[
        ("distance_miles", miles.as_str()),
        ("travel_mode", "usual"),
        ("insurance", "employer"),
    ]);
    estimate_for(&pairs).totals.non_medical.typical
}

#[test]
fn the_cost_of_living_away_rises_with_distance_and_steps_up_only_at_the_named_thresholds() {
    let rules = tables().distance_rules();
    let home = rules.sleep_home_within_miles();
    let overnight = rules.overnight_after_miles().typical;
    let fly = rules.fly_above_miles.value;
    assert_eq!((home, overnight, fly), (dec!(100), dec!(150), dec!(400)));
    let mut previous = living_away(5);
    for miles in (10..=1500).step_by(5) {
        let cost = living_away(miles);
        assert!(cost >= previous, "{miles} miles: {cost} < {previous}");
        let step = cost - previous;
        let crossed = |threshold: Decimal| Decimal::from(miles - 5) <= threshold && threshold < Decimal::from(miles);
        // Between thresholds, 5 more miles add only driving: under 100 round trips × 10 miles
        // × $0.205 = $205.
        if !(crossed(home) || crossed(overnight) || crossed(fly)) {
            assert!(
                step <= dec!(205),
                "{miles} miles: a step of {step} with no threshold crossed"
            );
        }
        previous = cost;
    }
    // And each threshold is a real step, so the table in docs/model.md says something.
    for threshold in [100u32, 150, 400] {
        assert!(
            living_away(threshold + 5) - living_away(threshold) > dec!(500),
            "{threshold}"
        );
    }
}

#[test]
fn the_forms_words_name_the_thresholds_the_data_hold() {
    use cart_estimator::i18n::{Lang, Value, message};
    let rules = tables().distance_rules();
    let hours = rules.sleep_home_within_hours.value.normalize().to_string();
    let fly = rules.fly_above_miles.value.normalize().to_string();
    for lang in [Lang::En, Lang::Es] {
        let stay = message(lang, "choice-stay-usual", &[]);
        assert!(
            stay.contains(&format!("{hours} hora")) || stay.contains(&format!("{hours} hour")),
            "{stay}"
        );
        let travel = message(lang, "choice-travel-usual", &[]);
        assert!(travel.contains(&format!("{fly} mil")), "{travel}");
        let high = rules.overnight_after_hours.value.high.normalize().to_string();
        for key in ["fact-visits-day", "fact-visits-overnight"] {
            let args = [
                ("hours", Value::Str("2.5".into())),
                ("plural", Value::Count(0)),
                ("limit", Value::Str("3".into())),
            ];
            let visits = message(lang, key, &args);
            assert!(
                visits.contains(&format!("{high} hora")) || visits.contains(&format!("{high} hour")),
                "{visits}"
            );
        }
        let fact = message(lang, "fact-staying-home-usual", &[]);
        assert!(
            fact.contains(&format!("{hours} hora")) || fact.contains(&format!("{hours} hour")),
            "{fact}"
        );
    }
}

#[test]
fn nine_hundred_miles_away_the_family_flies_and_every_leg_is_counted() {
    let e = durham_at("900", &[]);
    assert!(e.counts.iter().all(|c| !c.sleeps_home));
    let ground = line(&e, LineId::GroundTransport);
    // Airport rides: 4 a round trip, 11 / 15 / 28 round trips = 44 / 60 / 112.
    // City rides: 2 a day on chemotherapy days (3/5/7), the caregiver's hospital trips
    // (4/12/28), admission and discharge (1), clinic visits after (4/6/21) and visit trips
    // (10/14/27): 22 / 38 / 84 days, 44 / 76 / 168 rides.
    assert_eq!(e.counts.map(|c| c.airport_rides), Scenarios::new(44, 60, 112));
    assert_eq!(e.counts.map(|c| c.local_rides), Scenarios::new(44, 76, 168));
    // 44 × $8 + 44 × $10 = $792; 60 × $32 + 76 × $13.50 = $2,946; 112 × $70 + 168 × $20.50 = $11,284.
    assert_eq!(
        ground.cost,
        Some(Scenarios::new(dec!(792.00), dec!(2946.00), dec!(11284.00)))
    );
    // Plans rarely pay for rides, Medicaid's included, unless approved first: the family's.
    assert_eq!(ground.family_pays, ground.cost);
    // Flying, no parking at the center; driving, no ground transport line.
    assert_eq!(line(&e, LineId::Parking).cost, Some(Scenarios::ZERO));
    assert!(durham_at("300", &[]).line(LineId::GroundTransport).is_none());
}

#[test]
fn with_medicaid_the_flights_are_the_familys_unless_approved_and_the_page_shows_the_saving() {
    use cart_estimator::core::lines::Payer;
    use cart_estimator::core::who_pays::Answer;
    let e = durham_at("900", &[]);
    let travel = line(&e, LineId::Travel);
    // 15 round trips typical × 2 travelers × $470 = $14,100, all the family's in the headline.
    assert_eq!(travel.cost.unwrap().typical, dec!(14100));
    assert_eq!(travel.family_pays.unwrap().typical, dec!(14100));
    assert_eq!(travel.payer, vec![Payer::Family]);
    assert!(crate::fixtures::English::en(&travel.payer_reason).contains("only when it approves them first"));
    // If Medicaid approves: it pays the patient's and one helper's fares, the whole line here.
    let approved = e.alternative(Answer::AllCovered).expect("the other outcome is shown");
    let approved_travel = approved.lines.iter().find(|l| l.id == LineId::Travel).unwrap();
    assert_eq!(approved_travel.family_pays.unwrap().typical, dec!(0));
    assert_eq!(
        e.totals.family_total.typical - approved.totals.family_total.typical,
        dec!(14100)
    );
    // Driving, Medicaid's rides are still counted on, as before.
    let driving = durham_at("180", &[]);
    assert_eq!(line(&driving, LineId::Travel).family_pays.unwrap().typical, dec!(0));
}

#[test]
fn the_familys_cost_of_living_away_to_the_cent_near_and_far() {
    // 10 miles, Medicaid: its rides pay the drives, so the family pays the parking alone:
    // 23 days × $7.79 = $179.17 typical.
    assert_eq!(durham_at("10", &[]).totals.non_medical.typical, dec!(179.17));
    // 900 miles, flying: fares 15 × 2 × $470 = $14,100 (Medicaid has not approved them), rides
    // $2,946, 61 room-nights × $121 (Durham's FY2026 GSA rate) = $7,381, and meals for
    // 40 patient days (5 + 21 + 14) + 61 caregiver days = 101 person-days × $74 = $7,474:
    // $31,901.
    assert_eq!(durham_at("900", &[]).totals.non_medical.typical, dec!(31901));
}

/// The visits fact says "hour" for one hour and "hours" for more, in both languages: 50 miles
/// is about 1 hour at 50 mph, 125 miles about 2.5.
#[test]
fn the_visits_fact_says_one_hour_and_hours() {
    use cart_estimator::core::facts::facts;
    use cart_estimator::i18n::{Lang, say};
    let visits = |miles: &str, lang: Lang| -> String {
        let input = crate::fixtures::input(&durham_with(&[("distance_miles", miles), ("stay_nearby", "lodging")]));
        let fact = facts(&input)
            .into_iter()
            .find(|f| say(Lang::En, &f.value).contains("visits: "))
            .map(|f| say(lang, &f.value));
        fact.unwrap_or_default()
    };
    for (miles, lang, said) in [
        ("50", Lang::En, "about 1 hour's drive"),
        ("125", Lang::En, "about 2.5 hours' drive"),
        ("50", Lang::Es, "cerca de una hora en carro"),
        ("125", Lang::Es, "unas 2.5 horas en carro"),
    ] {
        let fact = visits(miles, lang);
        assert!(fact.contains(said), "{miles} miles: {fact}");
    }
}
