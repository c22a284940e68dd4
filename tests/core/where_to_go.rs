//! A home ZIP code instead of miles: the straight line between two Census ZIP points times a
//! detour factor for roads, the ZIP's state, its mistakes, and driving or flying by distance.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use cart_estimator::core::choices::TravelMode;
use cart_estimator::core::estimate::estimate;
use cart_estimator::core::input::Input;
use cart_estimator::core::lines::LineId;
use cart_estimator::core::scenarios::Scenarios;

use crate::fixtures::{English, TODAY, input, raw, tables};

/// The Durham household with a ZIP code instead of the state and the miles.
fn from_zip(zip: &str, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = crate::fixtures::DURHAM
        .iter()
        .filter(|(name, _)| !matches!(*name, "home_state" | "distance_miles"))
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    pairs.push(("home_zip".into(), zip.into()));
    pairs.extend(changes.iter().map(|(n, v)| (n.to_string(), v.to_string())));
    pairs
}

fn pairs(owned: &[(String, String)]) -> Vec<(&str, &str)> {
    owned.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect()
}

/// The haversine distance, written out here on its own, on the IUGG mean radius.
fn haversine_miles(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1, lat2, lon2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 3958.761 * h.sqrt().asin()
}

fn point(zip: &str) -> (f64, f64) {
    let p = tables()
        .zip_point(zip)
        .unwrap_or_else(|| panic!("{zip} is in the table"))
        .point;
    (p.lat, p.lon)
}

#[test]
fn the_distance_is_the_straight_line_between_the_zip_points_times_the_detour_factor() {
    // Asheville NC (28801) to Duke (27705), and Chicago (60601) to Mayo Clinic (55902).
    for (home, center, center_zip, straight, road) in [
        (
            "28801",
            "durham",
            "27705",
            dec!(203),
            Scenarios::new(dec!(233), dec!(244), dec!(264)),
        ),
        (
            "60601",
            "rochester_mn",
            "55902",
            dec!(286),
            Scenarios::new(dec!(329), dec!(343), dec!(372)),
        ),
    ] {
        let by_hand = haversine_miles(point(home), point(center_zip)).round();
        assert_eq!(Decimal::try_from(by_hand).unwrap(), straight, "{home} to {center}");
        let owned = from_zip(home, &[("center", center)]);
        let input = input(&pairs(&owned));
        let zip = input.zip_distance().expect("worked out from the ZIP");
        assert_eq!(zip.straight_line_miles, straight);
        assert_eq!(zip.detour_factor, Scenarios::new(dec!(1.15), dec!(1.2), dec!(1.3)));
        // 203 × 1.15 = 233.45 → 233; 203 × 1.2 = 243.6 → 244; 203 × 1.3 = 263.9 → 264.
        assert_eq!(zip.road_miles, road);
        assert_eq!(input.distance_miles(), road.typical);
        assert_eq!(zip.center_zip, center_zip);
    }
}

#[test]
fn the_drive_is_priced_with_each_scenarios_road_miles() {
    let owned = from_zip("28801", &[]);
    let estimate = estimate(tables(), &input(&pairs(&owned)));
    let travel = estimate.lines.iter().find(|l| l.id == LineId::Travel).unwrap();
    let trips = estimate.counts.map(|c| Decimal::from(c.round_trips));
    // Round trips × 2 × that scenario's road miles (233 / 244 / 264).
    assert_eq!(travel.quantity.low, trips.low * dec!(2) * dec!(233));
    assert_eq!(travel.quantity.typical, trips.typical * dec!(2) * dec!(244));
    assert_eq!(travel.quantity.high, trips.high * dec!(2) * dec!(264));
    for source in [
        "census-zcta-gazetteer-2023",
        "cms-hospital-general-info-2026",
        "assumption-road-detour",
    ] {
        assert!(travel.sources.iter().any(|s| s == source), "{source}");
    }
}

#[test]
fn the_zip_gives_the_home_state_and_typed_miles_win() {
    let owned = from_zip("28801", &[]);
    assert_eq!(input(&pairs(&owned)).home_state(), "NC");
    // A ZIP area across a state line accepts either state: 02861 is mostly in RI, partly in MA.
    let owned = from_zip("02861", &[("home_state", "MA")]);
    assert_eq!(input(&pairs(&owned)).home_state(), "MA");
    // ZIP+4 is read by its first five digits.
    let owned = from_zip("28801-1234", &[]);
    assert_eq!(input(&pairs(&owned)).home_zip().unwrap().zip, "28801");
    // The distance typed replaces the ZIP's.
    let owned = from_zip("28801", &[("distance_miles", "250")]);
    let typed = input(&pairs(&owned));
    assert_eq!(typed.distance_miles(), dec!(250));
    assert!(typed.zip_distance().is_none());
}

fn refused(pairs_given: &[(&str, &str)]) -> Vec<(String, String)> {
    let errors = Input::parse(&raw(pairs_given), tables(), TODAY).expect_err("refused");
    errors
        .fields()
        .map(|field| (field.to_string(), errors.get(field).unwrap()[0].en()))
        .collect()
}

#[test]
fn each_zip_mistake_says_what_to_do() {
    for typed in ["2770", "abcde", "277051", "27 705", "27705-12"] {
        let owned = from_zip(typed, &[]);
        assert_eq!(
            refused(&pairs(&owned)),
            vec![(
                "home_zip".to_string(),
                "Type the ZIP code as 5 digits, like 27705.".to_string()
            )],
            "{typed:?}"
        );
    }
    // Cleveland Clinic's own ZIP is for one organisation: it has no Census area.
    let owned = from_zip("44195", &[]);
    assert_eq!(
        refused(&pairs(&owned)),
        vec![(
            "home_zip".to_string(),
            "We do not know where ZIP code 44195 is: some ZIP codes are only for PO boxes or one building. Type a ZIP code near your home, or type the distance to the center below.".to_string()
        )]
    );
    let owned = from_zip("28801", &[("home_state", "VA")]);
    assert_eq!(
        refused(&pairs(&owned)),
        vec![(
            "home_zip".to_string(),
            "ZIP code 28801 is in North Carolina, not Virginia. Check the ZIP code, choose the right state, or leave the state blank.".to_string()
        )]
    );
    // A center not on the list has no place to measure to.
    let owned = from_zip("28801", &[("center", "other")]);
    assert_eq!(
        refused(&pairs(&owned)),
        vec![(
            "distance_miles".to_string(),
            "We do not know where a center that is not on the list is: type the distance to it (one way, in miles)."
                .to_string()
        )]
    );
    // Neither a ZIP nor a distance, nor a state.
    let owned = from_zip("", &[]);
    assert_eq!(
        refused(&pairs(&owned)),
        vec![
            (
                "distance_miles".to_string(),
                "Type your ZIP code above, or the distance to the center (one way, in miles).".to_string()
            ),
            (
                "home_state".to_string(),
                "Type your ZIP code, or choose the state you live in.".to_string()
            ),
        ]
    );
}

#[test]
fn left_open_the_family_drives_up_to_400_miles_and_flies_farther() {
    let mode = |changes: &[(&str, &str)]| {
        let owned = from_zip("28801", changes);
        input(&pairs(&owned)).travel_mode()
    };
    // 244 road miles: driving. Portland OR to Duke, 2,818: flying.
    assert_eq!(mode(&[("travel_mode", "usual")]), TravelMode::Drive);
    assert_eq!(mode(&[("travel_mode", ""), ("home_zip", "97201")]), TravelMode::Fly);
    // The family's own choice wins at any distance.
    assert_eq!(
        mode(&[("travel_mode", "drive"), ("home_zip", "97201")]),
        TravelMode::Drive
    );
    assert_eq!(mode(&[("travel_mode", "fly")]), TravelMode::Fly);
    // At exactly 400 miles one way, driving; beyond, flying.
    let at = |miles: &str| {
        input(&crate::fixtures::durham_with(&[
            ("travel_mode", "usual"),
            ("distance_miles", miles),
        ]))
        .travel_mode()
    };
    assert_eq!(at("400"), TravelMode::Drive);
    assert_eq!(at("400.5"), TravelMode::Fly);
}

mod every_center {
    use cart_estimator::core::centers::rank_centers;
    use cart_estimator::core::choices::DiseaseGroup;
    use cart_estimator::core::estimate::estimate;
    use cart_estimator::core::input::{FieldId, Input};
    use proptest::prelude::*;

    use crate::estimate_properties::{SAMPLE_ZIPS, valid_raw};
    use crate::fixtures::{TODAY, raw, tables};

    proptest! {
        // Each case is a whole estimate for every center, so fewer cases than elsewhere.
        #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(24), ..ProptestConfig::default() })]

        #[test]
        fn every_center_is_ranked_by_the_total_its_full_estimate_gives(
            mut answers in valid_raw(),
            zip in proptest::sample::select(&SAMPLE_ZIPS[..]),
        ) {
            answers.set(FieldId::HomeZip, zip);
            answers.set(FieldId::HomeState, "");
            // No road from Hawaii or Puerto Rico to the listed centers.
            if ["96813", "00601"].contains(&zip) && answers[FieldId::TravelMode].trim() == "drive" {
                answers.set(FieldId::TravelMode, "fly");
            }
            let ranking = rank_centers(tables(), &answers, TODAY);
            prop_assert!(ranking.is_ok(), "refused: {:?}", ranking.err());
            let ranking = ranking.unwrap();
            // One row per listed center, never "a center not listed".
            prop_assert_eq!(ranking.options.len(), tables().centers().len() - 1);
            prop_assert!(ranking.options.iter().all(|o| !o.center.is_unlisted()));
            for pair in ranking.options.windows(2) {
                prop_assert!(pair[0].family_total.typical <= pair[1].family_total.typical);
            }
            for option in &ranking.options {
                let input = Input::parse(&option.answers, tables(), TODAY).expect("the row's answers are accepted");
                let full = estimate(tables(), &input);
                prop_assert_eq!(full.totals.family_total, option.family_total, "{}", option.center.id);
                prop_assert_eq!(input.travel_mode(), option.travel_mode);
                prop_assert_eq!(input.distance(), &option.distance);
            }
        }
    }

    #[test]
    fn trials_are_shown_for_the_familys_disease_and_not_for_another() {
        let trials_at = |condition: &str, center: &str| -> Vec<String> {
            let answers = raw(&[
                ("condition", condition),
                ("home_zip", "28801"),
                ("insurance", "medicaid"),
            ]);
            let ranking = rank_centers(tables(), &answers, TODAY).unwrap();
            let option = ranking.options.iter().find(|o| o.center.id == center).unwrap();
            option.trials.iter().map(|(trial, _)| trial.id.clone()).collect()
        };
        assert_eq!(trials_at("sle", "chapel_hill"), vec!["reset_sle"]);
        assert!(trials_at("dermatomyositis", "chapel_hill").is_empty());
        assert_eq!(trials_at("systemic_sclerosis", "durham"), vec!["dra04", "reset_ssc"]);
        assert_eq!(
            trials_at("dermatomyositis", "philadelphia"),
            vec!["reset_myositis", "cartimmune"]
        );
        assert!(trials_at("other", "philadelphia").is_empty());
        // Every trial seen at a center studies one of the three diseases.
        assert!(tables().trials().iter().all(|t| !t.diseases.is_empty()));
        assert!(!tables().trials_at("aurora", DiseaseGroup::Lupus).is_empty());
    }

    #[test]
    fn ranking_every_center_needs_the_zip_code() {
        let answers = raw(&crate::fixtures::DURHAM);
        let errors = rank_centers(tables(), &answers, TODAY).unwrap_err();
        assert_eq!(errors.fields().collect::<Vec<_>>(), vec!["home_zip"]);
        use crate::fixtures::English;
        assert_eq!(
            errors.get("home_zip").unwrap()[0].en(),
            "To see every center with its distance, type your home ZIP code."
        );
        // The chosen center keeps the miles the family typed; the others are measured.
        let answers = raw(&crate::fixtures::durham_with(&[("home_zip", "28801")]));
        let ranking = rank_centers(tables(), &answers, TODAY).unwrap();
        assert_eq!(ranking.chosen.unwrap().id, "durham");
        for option in &ranking.options {
            assert_eq!(
                option.distance.from_zip.is_none(),
                option.center.id == "durham",
                "{}",
                option.center.id
            );
        }
    }
}

#[test]
fn driving_from_an_island_to_the_mainland_is_refused_and_the_usual_way_flies() {
    let owned = from_zip("96813", &[("travel_mode", "drive"), ("center", "sacramento")]);
    let errors = refused(&pairs(&owned));
    assert_eq!(
        errors,
        vec![(
            "travel_mode".to_string(),
            "There is no road from Hawaii to this center. Choose flying, or what is usual for the distance."
                .to_string()
        )]
    );
    let owned = from_zip("00901", &[("travel_mode", "usual")]);
    assert_eq!(input(&pairs(&owned)).travel_mode(), TravelMode::Fly);
}
