//! Where places are: `zip_points.csv` (each Census ZIP area's point and state) and
//! `distance_rules.csv` (road miles from straight-line miles, the Earth's radius, and when a
//! family not saying otherwise is counted as flying).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Source;
use super::cells::check_length;
use super::checks::{nonblank, one_row_per_key, ordered, position};
use super::reader::{DataError, RowProblem, SourceIds, TableText, read_rows};
use crate::core::choices::US_STATES;
use crate::core::scenarios::Scenarios;

/// A point on the Earth, in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

/// One ZIP Code Tabulation Area (ZCTA): the Census Bureau's area for a ZIP code, its point and
/// the state holding most of its land (and any other state it reaches into).
#[derive(Debug, Clone, Serialize)]
pub struct ZipPoint {
    pub zip: String,
    pub point: GeoPoint,
    pub state: &'static str,
    pub other_states: Vec<&'static str>,
}

impl ZipPoint {
    /// True when part of the ZIP's area is in the state.
    pub fn is_in(&self, state: &str) -> bool {
        self.state == state || self.other_states.contains(&state)
    }
}

/// The sources of the ZIP table as a whole: its rows hold no source column (there are tens of
/// thousands), so the table's sources are named here and in `table_updates.csv`.
pub const ZIP_SOURCE_IDS: [&str; 2] = ["census-zcta-gazetteer-2023", "census-zcta-county-2020"];

const ZIP_COLUMNS: [&str; 5] = ["zip", "lat", "lon", "state", "other_states"];

/// True for five ASCII digits.
pub fn is_zip(text: &str) -> bool {
    text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit())
}

/// Degrees written as a plain decimal (no exponent), from `-limit` to `limit`.
fn degrees(text: &str, limit: f64) -> Result<f64, String> {
    let plain = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
    match text.parse::<f64>() {
        Ok(value) if plain && (-limit..=limit).contains(&value) => Ok(value),
        _ => Err(format!("use decimal degrees from -{limit} to {limit}")),
    }
}

fn state_code(code: &str) -> Result<&'static str, String> {
    US_STATES
        .iter()
        .find(|s| **s == code)
        .copied()
        .ok_or_else(|| format!("{code:?} is not a state code the app knows"))
}

/// Reads `zip_points.csv`. It is the one large table (about 34,000 rows), so it is read
/// record by record without the typed-row machinery the small tables use, to keep start-up
/// fast; the checks are the same: header, digits, ranges, known states, sorted and unique.
pub(super) fn parse_zip_points(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<Vec<ZipPoint>, DataError> {
    if let Some(missing) = ZIP_SOURCE_IDS.iter().find(|id| !sources.contains_key(**id)) {
        return Err(table.error(1, None, format!("the table's source {missing:?} is not in sources.csv")));
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(table.text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| table.error(1, None, format!("cannot read the header: {e}")))?;
    if headers.iter().ne(ZIP_COLUMNS) {
        return Err(table.error(1, None, format!("the columns must be {}", ZIP_COLUMNS.join(","))));
    }
    let column = |index: usize| Some((index + 1, ZIP_COLUMNS[index].to_string()));
    let mut points: Vec<ZipPoint> = Vec::with_capacity(table.text.len() / 30);
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(table.error(line, None, format!("cannot read this row: {e}"))),
        }
        let cell = |index: usize| record.get(index).unwrap_or("");
        let zip = cell(0);
        if !is_zip(zip) {
            return Err(table.error(line, column(0), "use 5 digits"));
        }
        let lat = degrees(cell(1), 90.0).map_err(|reason| table.error(line, column(1), reason))?;
        let lon = degrees(cell(2), 180.0).map_err(|reason| table.error(line, column(2), reason))?;
        let state = state_code(cell(3)).map_err(|reason| table.error(line, column(3), reason))?;
        // The other cells have a fixed shape; this one is a list, and as long as any cell may be.
        check_length(cell(4)).map_err(|reason| table.error(line, column(4), reason))?;
        let other_states = cell(4)
            .split(';')
            .filter(|c| !c.is_empty())
            .map(state_code)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|reason| table.error(line, column(4), reason))?;
        // Sorted, so a ZIP is found by binary search.
        if points.last().is_some_and(|last| last.zip.as_str() >= zip) {
            return Err(table.error(line, column(0), "ZIPs must be in increasing order, each once"));
        }
        points.push(ZipPoint {
            zip: zip.to_string(),
            point: GeoPoint { lat, lon },
            state,
            other_states,
        });
    }
    if points.is_empty() {
        return Err(table.error(1, None, "no ZIP points"));
    }
    Ok(points)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DistanceRuleId {
    RoadDetourFactor,
    EarthRadiusMiles,
    FlyAboveMiles,
    RoadSpeedMph,
    OvernightAfterHours,
    SleepHomeWithinHours,
}

impl DistanceRuleId {
    pub const ALL: [DistanceRuleId; 6] = [
        DistanceRuleId::RoadDetourFactor,
        DistanceRuleId::EarthRadiusMiles,
        DistanceRuleId::FlyAboveMiles,
        DistanceRuleId::RoadSpeedMph,
        DistanceRuleId::OvernightAfterHours,
        DistanceRuleId::SleepHomeWithinHours,
    ];

    /// A time threshold: the low column (the cheapest) takes the longest time, so its values
    /// run high to low.
    fn is_threshold(self) -> bool {
        matches!(self, DistanceRuleId::OvernightAfterHours)
    }
}

#[derive(Debug, Clone, Deserialize)]
struct DistanceRuleRow {
    id: DistanceRuleId,
    #[serde(with = "super::cells::decimal")]
    low: Decimal,
    #[serde(with = "super::cells::decimal")]
    typical: Decimal,
    #[serde(with = "super::cells::decimal")]
    high: Decimal,
    unit: String,
    /// When the figure was last known to hold; read by the freshness check (`tables::dating`).
    #[allow(dead_code)]
    as_of: String,
    source_ids: SourceIds,
    #[allow(dead_code)] // documentation for people editing the table
    note: String,
}

/// A figure of `distance_rules.csv` with its sources.
#[derive(Debug, Clone, Serialize)]
pub struct DistanceRule<T> {
    pub value: T,
    pub source_ids: SourceIds,
}

/// How distances are worked out from ZIP codes, and the drive-or-fly rule.
#[derive(Debug, Clone, Serialize)]
pub struct DistanceRules {
    /// Road miles per straight-line mile, low / typical / high.
    pub road_detour_factor: DistanceRule<Scenarios<Decimal>>,
    pub earth_radius_miles: DistanceRule<Decimal>,
    /// A family that has not chosen is counted as flying beyond this one-way distance.
    pub fly_above_miles: DistanceRule<Decimal>,
    /// Turns road miles into driving time.
    pub road_speed_mph: DistanceRule<Decimal>,
    /// A visit needs a night away when the one-way drive is longer than this, per scenario.
    pub overnight_after_hours: DistanceRule<Scenarios<Decimal>>,
    /// Unless the family chooses, it sleeps at home during the stay when the one-way drive is
    /// this short or shorter. One value for every scenario: sleeping at home moves costs from
    /// hotel nights to drives, so a different choice per scenario could make one line's high
    /// column less than its typical one.
    pub sleep_home_within_hours: DistanceRule<Decimal>,
}

impl DistanceRules {
    /// Hours of driving for `miles` of road.
    pub fn driving_hours(&self, miles: Decimal) -> Decimal {
        miles / self.road_speed_mph.value
    }

    /// The one-way road miles beyond which a visit needs a night away, per scenario.
    pub fn overnight_after_miles(&self) -> Scenarios<Decimal> {
        self.overnight_after_hours
            .value
            .map(|hours| hours * self.road_speed_mph.value)
    }

    /// The one-way road miles within which the family sleeps at home.
    pub fn sleep_home_within_miles(&self) -> Decimal {
        self.sleep_home_within_hours.value * self.road_speed_mph.value
    }
}

pub(super) fn parse_distance_rules(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<DistanceRules, DataError> {
    let rows = read_rows::<DistanceRuleRow>(table, Some(sources), |r| {
        nonblank("unit", &r.unit)?;
        if r.id.is_threshold() {
            // The low column is the cheapest: the longest day trips, the most families at home.
            if r.low < r.typical || r.typical < r.high {
                return Err(RowProblem::new(
                    "high",
                    "a time threshold runs from low >= typical >= high",
                ));
            }
            if r.high <= Decimal::ZERO || r.low > Decimal::from(24) {
                return Err(RowProblem::new("low", "hours must be more than 0 and at most 24"));
            }
        } else {
            ordered(r.low, r.typical, r.high)?;
        }
        match r.id {
            DistanceRuleId::OvernightAfterHours => {}
            DistanceRuleId::RoadDetourFactor => {
                if r.low < Decimal::ONE || r.high > Decimal::from(3) {
                    return Err(RowProblem::new("low", "a detour factor is from 1 to 3"));
                }
            }
            DistanceRuleId::EarthRadiusMiles
            | DistanceRuleId::FlyAboveMiles
            | DistanceRuleId::RoadSpeedMph
            | DistanceRuleId::SleepHomeWithinHours => {
                if r.low != r.high {
                    return Err(RowProblem::new(
                        "high",
                        "this figure has one value: give it as low, typical and high",
                    ));
                }
                if r.typical <= Decimal::ZERO || r.typical > Decimal::from(10_000) {
                    return Err(RowProblem::new("typical", "must be more than 0 and at most 10,000"));
                }
            }
        }
        Ok(())
    })?;
    let rows = one_row_per_key(table, rows, "id", &DistanceRuleId::ALL, |r| r.id)?;
    let row = |id: DistanceRuleId| &rows[position(&DistanceRuleId::ALL, id)];
    let single = |id: DistanceRuleId| DistanceRule {
        value: row(id).typical,
        source_ids: row(id).source_ids.clone(),
    };
    let scenarios = |id: DistanceRuleId| DistanceRule {
        value: Scenarios::new(row(id).low, row(id).typical, row(id).high),
        source_ids: row(id).source_ids.clone(),
    };
    let home = single(DistanceRuleId::SleepHomeWithinHours);
    let overnight = scenarios(DistanceRuleId::OvernightAfterHours);
    // Sleeping at home is for drives no longer than a day trip.
    if overnight.value.iter().any(|night| home.value > *night) {
        return Err(table.error(
            1,
            None,
            "sleep_home_within_hours must not be more than overnight_after_hours",
        ));
    }
    Ok(DistanceRules {
        road_detour_factor: scenarios(DistanceRuleId::RoadDetourFactor),
        earth_radius_miles: single(DistanceRuleId::EarthRadiusMiles),
        fly_above_miles: single(DistanceRuleId::FlyAboveMiles),
        road_speed_mph: single(DistanceRuleId::RoadSpeedMph),
        overnight_after_hours: overnight,
        sleep_home_within_hours: home,
    })
}
