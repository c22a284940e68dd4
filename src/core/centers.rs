//! Every center for one household: the same answers estimated at each listed center, from the
//! family's home ZIP code, ranked by what the family would likely pay, with the trials seen
//! there for the family's disease. Each center's total is the totals-only estimate of exactly
//! the answers its row links to, so the full estimate behind a row says the same.

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::choices::TravelMode;
use super::distance::{Distance, ZipDistance};
use super::estimate::totals_only;
use super::input::{Field, FieldErrors, FieldId, Input, RawInput};
use super::lines::LineId;
use super::scenarios::Scenarios;
use super::tables::{Center, Tables, Trial, TrialSite, ZipPoint};
use crate::text;

/// One center's row.
#[derive(Debug, Clone)]
pub struct CenterOption<'t> {
    pub center: &'t Center,
    /// The answers estimated for this center: the family's, with this center, and the miles
    /// from the ZIP code (the family's typed miles only for the center they chose).
    pub answers: RawInput,
    pub distance: Distance,
    pub travel_mode: TravelMode,
    /// False when the way of travel was left to the distance.
    pub travel_chosen: bool,
    pub family_total: Scenarios<Decimal>,
    /// The typical nightly lodging rate counted, when nights are priced.
    pub lodging_rate: Option<Decimal>,
    /// The family sleeps at home during the stay and drives in (typical column).
    pub sleeps_home: bool,
    pub trials: Vec<(&'t Trial, &'t TrialSite)>,
}

/// Every listed center for a household, cheapest first.
#[derive(Debug, Clone)]
pub struct CenterRanking<'t> {
    pub options: Vec<CenterOption<'t>>,
    /// The center the family chose, if they chose a listed one.
    pub chosen: Option<&'t Center>,
    /// The answers as given (with the center they chose), for the comparison links.
    pub answers: RawInput,
}

/// Ranks every listed center for the answers. A ZIP code is needed (the distance to each
/// center comes from it); the center is not. Refused answers come back as for the estimate.
pub fn rank_centers<'t>(tables: &'t Tables, raw: &RawInput, asked_on: Date) -> Result<CenterRanking<'t>, FieldErrors> {
    let typed = |id: FieldId| raw[id].trim().to_string();
    let chosen = tables.center(&typed(FieldId::Center)).filter(|c| !c.is_unlisted());
    let listed: Vec<&Center> = tables.centers().iter().filter(|c| !c.is_unlisted()).collect();
    let home_zip = Field::of(FieldId::HomeZip).name;
    // The answers as given are checked first (with a listed center when none is chosen), so
    // every wrong answer shows at once, a missing ZIP beside them.
    let mut probe = raw.clone();
    let center_text = typed(FieldId::Center);
    let no_listed_choice = center_text.is_empty() || tables.center(&center_text).is_some_and(|c| c.is_unlisted());
    if no_listed_choice {
        probe.set(FieldId::Center, listed.first().map_or("", |c| c.id.as_str()));
    }
    let probe = Input::parse(&probe, tables, asked_on);
    let zip_missing = match &probe {
        Ok(input) => input.home_zip().is_none(),
        Err(errors) => typed(FieldId::HomeZip).is_empty() && errors.get(home_zip).is_none(),
    };
    if probe.is_err() || zip_missing {
        let mut errors = probe.err().unwrap_or_default();
        if zip_missing {
            errors.add(home_zip, text!("error-centers-need-zip"));
        }
        return Err(errors);
    }
    let mut options = Vec::with_capacity(listed.len());
    for center in listed {
        let mut answers = raw.clone();
        answers.set(FieldId::Center, center.id.as_str());
        if chosen.is_none_or(|c| c.id != center.id) {
            // Miles typed are to the chosen center; every other one is measured from the ZIP.
            answers.set(FieldId::DistanceMiles, "");
        }
        let input = Input::parse(&answers, tables, asked_on)?;
        let estimate = totals_only(tables, &input);
        // A nightly rate only when nights are priced: not when sleeping at home, nor free.
        let lodging_rate = estimate
            .lines
            .iter()
            .find(|line| line.id == LineId::Lodging)
            .filter(|line| !line.quantity.typical.is_zero())
            .and_then(|line| line.rate.map(|rate| rate.typical))
            .filter(|rate| !rate.is_zero());
        options.push(CenterOption {
            center,
            distance: input.distance().clone(),
            travel_mode: input.travel_mode(),
            travel_chosen: input.travel_chosen(),
            sleeps_home: input.reach().typical.sleeps_home,
            family_total: estimate.totals.family_total,
            lodging_rate,
            trials: tables.trials_at(&center.id, input.condition().group()),
            answers,
        });
    }
    // Cheapest first; the same total, nearest first; then by city, so the order is stable.
    options.sort_by(|a, b| {
        (a.family_total.typical, a.distance.miles.typical, &a.center.city).cmp(&(
            b.family_total.typical,
            b.distance.miles.typical,
            &b.center.city,
        ))
    });
    Ok(CenterRanking {
        options,
        chosen,
        answers: raw.clone(),
    })
}

/// The listed centers nearest first from a ZIP code, with the typical road miles to each; for
/// the form's list of centers once a ZIP is typed.
pub fn nearest_first<'t>(tables: &'t Tables, zip: &ZipPoint) -> Vec<(&'t Center, Decimal)> {
    let mut centers: Vec<(&Center, Decimal)> = tables
        .centers()
        .iter()
        .filter_map(|center| {
            let distance = ZipDistance::between(zip, center, tables.distance_rules())?;
            Some((center, distance.road_miles.typical))
        })
        .collect();
    centers.sort_by(|a, b| (a.1, &a.0.city).cmp(&(b.1, &b.0.city)));
    centers
}
