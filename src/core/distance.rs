//! The one-way distance to the center: typed by the family, or worked out from the home ZIP
//! code as the straight line between the ZIP's point and the hospital's, times a detour factor
//! for roads (low / typical / high). Points are in floating point; miles come out as whole
//! numbers, rounded once, so the page can show "312 miles × 1.2 ≈ 374 miles" and a reader can
//! check it.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::choices::{StayNearby, TravelMode};
use super::scenarios::Scenarios;
use super::tables::{Center, DistanceRules, GeoPoint, ZIP_SOURCE_IDS, ZipPoint, unique_ids};

/// The great-circle distance between two points on a sphere of `radius` (haversine formula).
pub fn great_circle(a: GeoPoint, b: GeoPoint, radius: f64) -> f64 {
    let (lat_a, lat_b) = (a.lat.to_radians(), b.lat.to_radians());
    let half_dlat = (lat_b - lat_a) / 2.0;
    let half_dlon = (b.lon - a.lon).to_radians() / 2.0;
    let h = half_dlat.sin().powi(2) + lat_a.cos() * lat_b.cos() * half_dlon.sin().powi(2);
    2.0 * radius * h.sqrt().min(1.0).asin()
}

/// Miles from a ZIP code to a center, and how they were worked out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ZipDistance {
    pub home_zip: String,
    /// The Census ZIP area whose point stands for the center's hospital.
    pub center_zip: String,
    /// The straight line, to the nearest mile.
    pub straight_line_miles: Decimal,
    pub detour_factor: Scenarios<Decimal>,
    /// Straight-line miles × the factor, to the nearest mile.
    pub road_miles: Scenarios<Decimal>,
    pub source_ids: Vec<String>,
}

impl ZipDistance {
    /// `None` for a center with no location (the "not listed" row).
    pub fn between(home: &ZipPoint, center: &Center, rules: &DistanceRules) -> Option<Self> {
        let location = center.location.as_ref()?;
        let radius = f64::try_from(rules.earth_radius_miles.value).unwrap_or(3958.761);
        // Whole miles; `round` takes halves away from zero, like money's display rounding.
        // Whole miles, and at least 1: from the hospital's own ZIP area the family still drives.
        let straight = great_circle(home.point, location.point, radius).round().max(1.0);
        let straight_line_miles = Decimal::try_from(straight).unwrap_or_default();
        let factor = rules.road_detour_factor.value;
        let road_miles =
            factor.map(|f| (straight_line_miles * f).round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero));
        let zip_sources: Vec<String> = ZIP_SOURCE_IDS.iter().map(|s| s.to_string()).collect();
        let source_ids = unique_ids(
            zip_sources
                .iter()
                .chain(location.source_ids.as_slice())
                .chain(rules.earth_radius_miles.source_ids.as_slice())
                .chain(rules.road_detour_factor.source_ids.as_slice()),
        );
        Some(Self {
            home_zip: home.zip.clone(),
            center_zip: location.zcta.clone(),
            straight_line_miles,
            detour_factor: factor,
            road_miles,
            source_ids,
        })
    }
}

/// How far the center is in one scenario, and what follows: whether a visit needs a night
/// away, and whether the family sleeps at home during the stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reach {
    pub miles: Decimal,
    /// Hours of driving one way, at the average road speed.
    pub hours: Decimal,
    /// This scenario's threshold: beyond these hours a visit needs a night away.
    pub overnight_after_hours: Decimal,
    pub overnight: bool,
    pub sleeps_home: bool,
    /// The trips are flights (so each needs rides to and from airports).
    pub flies: bool,
}

impl Reach {
    /// Per scenario: that scenario's miles against that scenario's threshold, a visit needing
    /// a night away beyond `overnight_after_hours` of driving. Unless the family chose, it
    /// sleeps at home (driving only) when the typical drive is within
    /// `sleep_home_within_hours`, the same in every scenario.
    pub fn of(rules: &DistanceRules, miles: Scenarios<Decimal>, stay: StayNearby, mode: TravelMode) -> Scenarios<Self> {
        let overnight_after = rules.overnight_after_miles();
        let home = match stay {
            StayNearby::Lodging => false,
            StayNearby::Home => true,
            StayNearby::Usual => mode == TravelMode::Drive && miles.typical <= rules.sleep_home_within_miles(),
        };
        Scenarios::from_fn(|s| {
            let miles = *miles.get(s);
            Self {
                miles,
                hours: rules.driving_hours(miles),
                overnight_after_hours: *rules.overnight_after_hours.value.get(s),
                overnight: miles > *overnight_after.get(s),
                sleeps_home: home,
                flies: mode == TravelMode::Fly,
            }
        })
    }
}

/// Whole miles as a count, so messages can say "1 mile" and "2 miles".
pub fn whole_miles(miles: Decimal) -> u64 {
    u64::try_from(miles.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)).unwrap_or(0)
}

/// The one-way distance the estimate uses, per scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distance {
    pub miles: Scenarios<Decimal>,
    /// Worked out from the ZIP code; `None` when the family typed the miles.
    pub from_zip: Option<ZipDistance>,
}

impl Distance {
    pub fn typed(miles: Decimal) -> Self {
        Self {
            miles: Scenarios::same(miles),
            from_zip: None,
        }
    }

    pub fn from_zip(zip: ZipDistance) -> Self {
        Self {
            miles: zip.road_miles,
            from_zip: Some(zip),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quarter_of_the_way_round_the_equator_is_a_quarter_of_the_circumference() {
        let a = GeoPoint { lat: 0.0, lon: 0.0 };
        let b = GeoPoint { lat: 0.0, lon: 90.0 };
        let quarter = great_circle(a, b, 1.0);
        assert!((quarter - std::f64::consts::FRAC_PI_2).abs() < 1e-12);
        assert_eq!(great_circle(a, a, 3958.761), 0.0);
        // Pole to pole through any meridian: half the circumference.
        let north = GeoPoint { lat: 90.0, lon: 10.0 };
        let south = GeoPoint { lat: -90.0, lon: -70.0 };
        assert!((great_circle(north, south, 1.0) - std::f64::consts::PI).abs() < 1e-9);
    }
}
