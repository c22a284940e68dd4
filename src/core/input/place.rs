//! Where the family lives and how far the center is: the state (chosen, or the home ZIP's),
//! the one-way distance (typed, or worked out from the ZIP), and driving or flying (chosen, or
//! what is usual for the distance).

use super::Values;
use rust_decimal::Decimal;

use super::fields::{Field, FieldId};
use super::raw::FieldErrors;
use crate::core::choices::{TravelChoice, TravelMode, state_name};
use crate::core::distance::{Distance, ZipDistance};
use crate::core::tables::{Center, Tables, ZipPoint};
use crate::core::text::Arg;
use crate::text;

fn name(id: FieldId) -> &'static str {
    Field::of(id).name
}

/// The home state: the one chosen, or else the ZIP's. A ZIP whose area is not in the chosen
/// state is a mistake in one of the two, said beside the ZIP.
pub(super) fn home_state(
    values: &Values<'_>,
    zip: Option<&ZipPoint>,
    errors: &mut FieldErrors,
) -> Option<&'static str> {
    let chosen = values.state(FieldId::HomeState);
    match (chosen, zip) {
        (Some(state), Some(zip)) if !zip.is_in(state) => {
            errors.add(
                name(FieldId::HomeZip),
                text!(
                    "error-zip-other-state",
                    zip = Arg::Verbatim(zip.zip.clone()),
                    zip_state = Arg::from(state_name(zip.state)),
                    state = Arg::from(state_name(state))
                ),
            );
            None
        }
        (Some(state), _) => Some(state),
        (None, Some(zip)) => Some(zip.state),
        (None, None) => {
            // A wrong ZIP already has its message; a blank state and ZIP need one.
            if values.is_right(FieldId::HomeZip) && values.is_right(FieldId::HomeState) {
                errors.add(name(FieldId::HomeState), text!("error-state-or-zip"));
            }
            None
        }
    }
}

/// The miles typed win; otherwise the distance from the home ZIP to the center's hospital.
/// `None` with a message, unless the center itself is missing (it has its own message).
pub(super) fn distance(
    values: &Values<'_>,
    tables: &Tables,
    center: Option<&Center>,
    zip: Option<&ZipPoint>,
    errors: &mut FieldErrors,
) -> Option<Distance> {
    if let Some(miles) = values.amount(FieldId::DistanceMiles) {
        return Some(Distance::typed(miles));
    }
    if !values.is_right(FieldId::DistanceMiles) || !values.is_right(FieldId::HomeZip) {
        return None;
    }
    let Some(zip) = zip else {
        errors.add(name(FieldId::DistanceMiles), text!("error-distance-or-zip"));
        return None;
    };
    let from_zip = ZipDistance::between(zip, center?, tables.distance_rules());
    if from_zip.is_none() {
        errors.add(name(FieldId::DistanceMiles), text!("error-distance-unlisted-center"));
    }
    from_zip.map(Distance::from_zip)
}

/// Driving or flying as chosen; left open, driving up to `fly_above_miles` one way and flying
/// beyond (a labelled assumption), with that limit returned so the page can say it.
pub(super) fn travel_mode(values: &Values<'_>, tables: &Tables, distance: &Distance) -> (TravelMode, Option<Decimal>) {
    let limit = tables.distance_rules().fly_above_miles.value;
    match values.choice(FieldId::TravelMode, TravelChoice::parse, TravelChoice::Usual) {
        TravelChoice::Drive => (TravelMode::Drive, None),
        TravelChoice::Fly => (TravelMode::Fly, None),
        TravelChoice::Usual if distance.miles.typical > limit => (TravelMode::Fly, Some(limit)),
        TravelChoice::Usual => (TravelMode::Drive, Some(limit)),
    }
}

/// Home states with no road to the mainland, where every listed center is.
const ISLANDS: [&str; 2] = ["HI", "PR"];

/// Driving chosen from Hawaii or Puerto Rico to a center in another state cannot be: say so
/// beside the way of travel, rather than price miles of road across the sea.
pub(super) fn check_drive(values: &Values<'_>, home_state: &str, center: &Center, errors: &mut FieldErrors) {
    let drive = values.choice(FieldId::TravelMode, TravelChoice::parse, TravelChoice::Usual) == TravelChoice::Drive;
    if drive && ISLANDS.contains(&home_state) && !center.is_unlisted() && center.state != home_state {
        errors.add(
            name(FieldId::TravelMode),
            text!("error-drive-from-island", state = Arg::from(state_name(home_state))),
        );
    }
}
