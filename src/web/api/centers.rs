//! `GET /api/v1/centers?…`: every center for the answers, cheapest first, as JSON.

use rust_decimal::Decimal;
use serde::Serialize;

use super::model::money;
use crate::core::centers::{CenterOption, CenterRanking};
use crate::core::choices::{Cells, TravelMode};
use crate::core::scenarios::Scenarios;
use crate::core::tables::{SiteCertainty, TrialStatus, unique_ids};

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiTrial {
    pub nct: Option<String>,
    pub name: String,
    pub sponsor: String,
    pub cells: Cells,
    pub status: TrialStatus,
    /// `seen` or `unconfirmed` at this center. Site lists are never complete.
    pub site: SiteCertainty,
    /// The hospital within the center where the trial was seen.
    pub hospital: String,
    pub seen_on: String,
    pub record_url: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiDistanceBasis {
    pub home_zip: String,
    pub center_zip: String,
    pub straight_line_miles: String,
    pub detour_factor: Scenarios<String>,
    pub road_miles: Scenarios<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiCenter {
    pub center: String,
    pub name: String,
    pub city: String,
    pub state: String,
    /// The typical one-way miles.
    pub distance_miles: String,
    /// How the miles were worked out from the ZIP code; `null` when the family typed them.
    pub distance_basis: Option<ApiDistanceBasis>,
    pub travel_mode: TravelMode,
    /// False when the way of travel was left to the distance.
    pub travel_chosen: bool,
    pub family_total: Scenarios<String>,
    /// The typical nightly lodging rate counted; `null` when lodging is not priced.
    pub lodging_rate: Option<String>,
    pub trials: Vec<ApiTrial>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ApiCenters {
    pub centers: Vec<ApiCenter>,
    /// The center the family chose, if a listed one.
    pub chosen: Option<String>,
}

fn plain(value: Decimal) -> String {
    value.normalize().to_string()
}

impl ApiCenter {
    fn new(option: &CenterOption<'_>) -> Self {
        Self {
            center: option.center.id.clone(),
            name: option.center.name.clone(),
            city: option.center.city.clone(),
            state: option.center.state.clone(),
            distance_miles: plain(option.distance.miles.typical),
            distance_basis: option.distance.from_zip.as_ref().map(|zip| ApiDistanceBasis {
                home_zip: zip.home_zip.clone(),
                center_zip: zip.center_zip.clone(),
                straight_line_miles: plain(zip.straight_line_miles),
                detour_factor: zip.detour_factor.map(|f| plain(*f)),
                road_miles: zip.road_miles.map(|m| plain(*m)),
                sources: zip.source_ids.clone(),
            }),
            travel_mode: option.travel_mode,
            travel_chosen: option.travel_chosen,
            family_total: money(&option.family_total),
            lodging_rate: option.lodging_rate.map(|rate| money(&Scenarios::same(rate)).typical),
            trials: option
                .trials
                .iter()
                .map(|(trial, site)| ApiTrial {
                    nct: trial.nct.clone(),
                    name: trial.name.clone(),
                    sponsor: trial.sponsor.clone(),
                    cells: trial.cells,
                    status: trial.status,
                    site: site.certainty,
                    hospital: site.site.clone(),
                    seen_on: site.seen_on.clone(),
                    record_url: trial.record_url(),
                    sources: unique_ids(site.source_ids.iter().chain(trial.source_ids.as_slice())),
                })
                .collect(),
        }
    }
}

impl ApiCenters {
    pub fn new(ranking: &CenterRanking<'_>) -> Self {
        Self {
            centers: ranking.options.iter().map(ApiCenter::new).collect(),
            chosen: ranking.chosen.map(|c| c.id.clone()),
        }
    }
}
