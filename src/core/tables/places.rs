//! Places: `gsa_per_diem.csv` (hotel and meals rates by area and season) and `centers.csv`
//! (the treatment centers and their GSA areas).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use jiff::civil::Date;

use super::checks::{MAX_LABEL_CHARS, at_most, at_most_chars, nonblank, snake_id, unique_rows};
use super::geography::{GeoPoint, ZipPoint, is_zip};
use super::period::{Dated, InForce, Period, check_in_order};
use super::prices::Ownership;
use super::reader::{DataError, RowProblem, SourceIds, TableText, read_rows};
use super::{Quality, Source};

#[derive(Debug, Clone, Deserialize)]
struct PerDiemRow {
    area: String,
    state: String,
    destination: String,
    county: String,
    season_begin: String,
    season_end: String,
    #[serde(with = "super::cells::decimal")]
    lodging: Decimal,
    #[serde(with = "super::cells::decimal")]
    meals: Decimal,
    #[allow(dead_code)]
    unit: String,
    valid_from: String,
    valid_to: String,
    source_ids: SourceIds,
}

/// A month and day, as GSA seasons are written (`10-01`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MonthDay {
    pub month: u8,
    pub day: u8,
}

impl MonthDay {
    pub fn parse(text: &str) -> Option<Self> {
        let (month, day) = text.split_once('-')?;
        if month.len() != 2 || day.len() != 2 {
            return None;
        }
        let (month, day): (u8, u8) = (month.parse().ok()?, day.parse().ok()?);
        let days_in_month = *DAYS_IN_MONTH.get(usize::from(month).checked_sub(1)?)?;
        (1..=days_in_month).contains(&day).then_some(Self { month, day })
    }
}

/// Days per month in a non-leap year; GSA seasons treat 29 February as part of 28 February's season.
const DAYS_IN_MONTH: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Every day of a non-leap year, in calendar order.
fn days_of_year() -> impl Iterator<Item = MonthDay> {
    (1u8..=12).flat_map(|month| (1..=DAYS_IN_MONTH[usize::from(month - 1)]).map(move |day| MonthDay { month, day }))
}

/// One lodging season of a GSA area. Seasons may wrap around the new year (1 Oct - 31 Mar).
#[derive(Debug, Clone, Serialize)]
pub struct LodgingSeason {
    pub begin: MonthDay,
    pub end: MonthDay,
    pub rate: Decimal,
}

impl LodgingSeason {
    pub fn contains(&self, day: MonthDay) -> bool {
        if self.begin <= self.end {
            self.begin <= day && day <= self.end
        } else {
            day >= self.begin || day <= self.end
        }
    }
}

/// One federal fiscal year of a GSA per-diem area: hotel rate by season and the daily meals
/// and incidentals rate (M&IE).
#[derive(Debug, Clone, Serialize)]
pub struct PerDiemYear {
    /// The federal fiscal year: FY2027 runs from 1 October 2026 to 30 September 2027.
    pub fiscal_year: i16,
    pub seasons: Vec<LodgingSeason>,
    pub meals: Decimal,
    pub source_ids: SourceIds,
}

impl PerDiemYear {
    /// The rate on a given day of the year (29 February counts as 28 February).
    pub fn lodging_on(&self, month: u8, day: u8) -> Decimal {
        let day = MonthDay {
            month,
            day: if month == 2 && day == 29 { 28 } else { day },
        };
        self.seasons
            .iter()
            .find(|season| season.contains(day))
            .map_or_else(|| self.lodging_lowest(), |season| season.rate)
    }

    pub fn lodging_lowest(&self) -> Decimal {
        self.seasons.iter().map(|s| s.rate).min().unwrap_or_default()
    }

    pub fn lodging_highest(&self) -> Decimal {
        self.seasons.iter().map(|s| s.rate).max().unwrap_or_default()
    }

    /// The average nightly rate over a (non-leap) year, each season weighted by its days,
    /// to the cent. This is a derived parameter, so it is rounded once, here.
    pub fn lodging_yearly_average(&self) -> Decimal {
        let total: Decimal = days_of_year().map(|day| self.lodging_on(day.month, day.day)).sum();
        crate::core::money::round_cents(total / Decimal::from(365))
    }

    pub fn has_seasons(&self) -> bool {
        self.seasons.len() > 1
    }
}

/// A GSA per-diem area and its rates, fiscal year by fiscal year.
#[derive(Debug, Clone, Serialize)]
pub struct PerDiemArea {
    pub id: String,
    pub state: String,
    pub destination: String,
    pub county: String,
    #[serde(skip)]
    pub years: Dated<PerDiemYear>,
}

impl PerDiemArea {
    /// The rates in force on a day, or the nearest fiscal year's, marked as reused.
    pub fn on(&self, day: Date) -> InForce<'_, PerDiemYear> {
        // Loading made sure every area has at least one fiscal year.
        self.years
            .on(day)
            .unwrap_or_else(|| unreachable!("an area without rates"))
    }
}

/// The federal fiscal year a day falls in: FY2027 begins on 1 October 2026.
pub fn fiscal_year_of(day: Date) -> i16 {
    if day.month() >= 10 { day.year() + 1 } else { day.year() }
}

#[derive(Debug, Clone, Deserialize)]
struct CenterRow {
    id: String,
    name: String,
    city: String,
    state: String,
    gsa_area: String,
    source_ids: SourceIds,
    hospital: String,
    hospital_zip: String,
    zcta: String,
    hospital_ownership: Option<Ownership>,
    ownership_source_ids: SourceIds,
    location_source_ids: SourceIds,
}

/// Where a center's main hospital is: its name and address, its ZIP code, and the Census ZIP
/// area whose point stands for it (the hospital's own, or a neighbouring one when the
/// hospital's ZIP has no area, labelled in its sources).
#[derive(Debug, Clone, Serialize)]
pub struct CenterLocation {
    pub hospital: String,
    pub hospital_zip: String,
    pub zcta: String,
    pub point: GeoPoint,
    pub source_ids: SourceIds,
}

impl CenterLocation {
    /// True when the hospital's own ZIP has no Census area and a neighbouring one is used.
    pub fn uses_neighbouring_zip(&self) -> bool {
        self.hospital_zip != self.zcta
    }
}

/// A treatment center (a city with an academic CAR-T program) and its GSA area.
#[derive(Debug, Clone, Serialize)]
pub struct Center {
    pub id: String,
    pub name: String,
    pub city: String,
    /// Empty for the "a center not listed" row.
    pub state: String,
    pub gsa_area: String,
    pub source_ids: SourceIds,
    /// Blank for the "a center not listed" row.
    pub location: Option<CenterLocation>,
    /// Who owns the main hospital, when a source says; it decides whether the federal rules
    /// for nonprofit hospitals' financial assistance apply.
    pub ownership: Option<HospitalOwnership>,
}

/// Who owns a center's main hospital, with the sources that say so.
#[derive(Debug, Clone, Serialize)]
pub struct HospitalOwnership {
    pub ownership: Ownership,
    pub source_ids: SourceIds,
}

/// The id of the row for a center not in the list, which uses national figures.
pub const UNLISTED_CENTER: &str = "other";

impl Center {
    /// True for the row that stands for "a center not listed here".
    pub fn is_unlisted(&self) -> bool {
        self.id == UNLISTED_CENTER
    }

    /// "Durham, NC (Duke)", or the name alone when there is no city.
    pub fn display_name(&self) -> String {
        if self.city.is_empty() {
            self.name.clone()
        } else {
            format!("{}, {} ({})", self.city, self.state, self.name)
        }
    }
}

/// One fiscal year of an area, as read: the line of each of its seasons, its period and its rates.
type YearRows = (Vec<u64>, Period, PerDiemYear);

pub(super) fn parse_per_diem(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
) -> Result<BTreeMap<String, PerDiemArea>, DataError> {
    let rows = read_rows::<PerDiemRow>(table, Some(sources), |r| {
        nonblank("area", &r.area)?;
        nonblank("destination", &r.destination)?;
        if r.lodging <= Decimal::ZERO {
            return Err(RowProblem::new("lodging", "must be more than 0"));
        }
        if r.meals <= Decimal::ZERO {
            return Err(RowProblem::new("meals", "must be more than 0"));
        }
        at_most("lodging", r.lodging, 10_000)?;
        at_most("meals", r.meals, 10_000)?;
        match (r.season_begin.is_empty(), r.season_end.is_empty()) {
            (true, true) => {}
            (false, false) => {
                if MonthDay::parse(&r.season_begin).is_none() {
                    return Err(RowProblem::new("season_begin", "use MM-DD, e.g. 10-01"));
                }
                if MonthDay::parse(&r.season_end).is_none() {
                    return Err(RowProblem::new("season_end", "use MM-DD, e.g. 03-31"));
                }
            }
            (true, false) => {
                return Err(RowProblem::new(
                    "season_begin",
                    "give both ends of the season or neither",
                ));
            }
            (false, true) => return Err(RowProblem::new("season_end", "give both ends of the season or neither")),
        }
        let period = Period::parse(&r.valid_from, &r.valid_to)?;
        let fiscal_year = fiscal_year_of(period.from);
        let whole_year = period.from == Date::new(fiscal_year - 1, 10, 1).unwrap_or(period.from)
            && period.to == Date::new(fiscal_year, 9, 30).ok();
        if !whole_year {
            return Err(RowProblem::new(
                "valid_from",
                "a GSA rate holds for a federal fiscal year, 1 October to 30 September",
            ));
        }
        Ok(())
    })?;
    let meals_column = rows.column("meals");
    let season_column = rows.column("season_begin");
    let from_column = rows.column("valid_from");
    // Each area's rows, fiscal year by fiscal year.
    let mut areas: BTreeMap<String, (PerDiemArea, Vec<YearRows>)> = BTreeMap::new();
    for row in rows.rows {
        let r = row.value;
        let period = Period::parse(&r.valid_from, &r.valid_to).map_err(|p| table.error(row.line, None, p.reason))?;
        let all_year = MonthDay { month: 10, day: 1 };
        let season = LodgingSeason {
            begin: MonthDay::parse(&r.season_begin).unwrap_or(all_year),
            end: MonthDay::parse(&r.season_end).unwrap_or(MonthDay { month: 9, day: 30 }),
            rate: r.lodging,
        };
        let (_, years) = areas.entry(r.area.clone()).or_insert_with(|| {
            (
                PerDiemArea {
                    id: r.area.clone(),
                    state: r.state.clone(),
                    destination: r.destination.clone(),
                    county: r.county.clone(),
                    years: Dated::new(Vec::new()),
                },
                Vec::new(),
            )
        });
        match years.last_mut() {
            Some((lines, last, year)) if *last == period => {
                if year.meals != r.meals {
                    return Err(table.error(row.line, meals_column, "differs from the area's earlier rows"));
                }
                year.seasons.push(season);
                lines.push(row.line);
            }
            _ => years.push((
                vec![row.line],
                period,
                PerDiemYear {
                    fiscal_year: fiscal_year_of(period.from),
                    seasons: vec![season],
                    meals: r.meals,
                    source_ids: r.source_ids,
                },
            )),
        }
    }
    let mut out = BTreeMap::new();
    for (id, (mut area, years)) in areas {
        let periods: Vec<(u64, Period)> = years.iter().map(|(lines, period, _)| (lines[0], *period)).collect();
        check_in_order(table, from_column.clone(), &format!("area {id:?}"), &periods)?;
        // Each day of each fiscal year must fall in exactly one of its seasons.
        for (lines, _, year) in &years {
            for day in days_of_year() {
                let holding: Vec<u64> = (year.seasons.iter().zip(lines))
                    .filter(|(season, _)| season.contains(day))
                    .map(|(_, line)| *line)
                    .collect();
                let count = holding.len();
                if count != 1 {
                    // A day in two seasons is the second one's fault; a day in none, the year's.
                    return Err(table.error(
                        holding.get(1).copied().unwrap_or(lines[0]),
                        season_column.clone(),
                        format!(
                            "area {id:?}, FY{}: {:02}-{:02} falls in {count} seasons; seasons must cover the year once",
                            year.fiscal_year, day.month, day.day
                        ),
                    ));
                }
            }
        }
        area.years = Dated::new(years.into_iter().map(|(_, period, year)| (period, year)).collect());
        out.insert(id, area);
    }
    if !out.contains_key("standard") {
        return Err(table.error(1, None, "no row for the standard rate (area \"standard\")"));
    }
    Ok(out)
}

pub(super) fn parse_centers(
    table: &TableText<'_>,
    sources: &BTreeMap<String, Source>,
    per_diem: &BTreeMap<String, PerDiemArea>,
    zip_points: &[ZipPoint],
) -> Result<Vec<Center>, DataError> {
    let point_of = |zip: &str| {
        zip_points
            .binary_search_by(|p| p.zip.as_str().cmp(zip))
            .ok()
            .map(|i| zip_points[i].point)
    };
    let rows = read_rows::<CenterRow>(table, Some(sources), |r| {
        snake_id("id", &r.id)?;
        nonblank("name", &r.name)?;
        for (column, text) in [("name", &r.name), ("city", &r.city), ("hospital", &r.hospital)] {
            at_most_chars(column, text, MAX_LABEL_CHARS)?;
        }
        if !(r.state.is_empty() || crate::core::choices::state_name(&r.state).is_some()) {
            return Err(RowProblem::new("state", "must be a two-letter state code"));
        }
        if !per_diem.contains_key(&r.gsa_area) {
            return Err(RowProblem::new(
                "gsa_area",
                format!("no area {:?} in gsa_per_diem.csv", r.gsa_area),
            ));
        }
        check_location(r, sources, &point_of)?;
        match (r.hospital_ownership, r.ownership_source_ids.is_empty()) {
            (Some(_), true) => Err(RowProblem::new(
                "ownership_source_ids",
                "say where the ownership comes from",
            )),
            (None, false) => Err(RowProblem::new("hospital_ownership", "sources given but no ownership")),
            _ => match r.ownership_source_ids.iter().find(|id| !sources.contains_key(*id)) {
                Some(unknown) => Err(RowProblem::new(
                    "ownership_source_ids",
                    format!("unknown source {unknown:?}: add it to sources.csv"),
                )),
                None => Ok(()),
            },
        }
    })?;
    let mut centers: Vec<Center> = Vec::new();
    for r in unique_rows(table, rows, "id", |r| r.id.clone())? {
        centers.push(Center {
            id: r.id,
            name: r.name,
            city: r.city,
            state: r.state,
            location: point_of(&r.zcta).map(|point| CenterLocation {
                hospital: r.hospital,
                hospital_zip: r.hospital_zip,
                zcta: r.zcta,
                point,
                source_ids: r.location_source_ids,
            }),
            ownership: r.hospital_ownership.map(|ownership| HospitalOwnership {
                ownership,
                source_ids: r.ownership_source_ids,
            }),
            gsa_area: r.gsa_area,
            source_ids: r.source_ids,
        });
    }
    if centers.is_empty() {
        return Err(table.error(1, None, "no centers"));
    }
    Ok(centers)
}

/// A listed center names its hospital, the hospital's ZIP and a Census ZIP area with a point,
/// with sources; a neighbouring area needs a labelled assumption among them. The row for a
/// center not listed leaves all four blank.
fn check_location(
    r: &CenterRow,
    sources: &BTreeMap<String, Source>,
    point_of: &dyn Fn(&str) -> Option<GeoPoint>,
) -> Result<(), RowProblem> {
    let blank = r.hospital.is_empty() && r.hospital_zip.is_empty() && r.zcta.is_empty();
    if r.id == UNLISTED_CENTER {
        return if blank && r.location_source_ids.is_empty() {
            Ok(())
        } else {
            Err(RowProblem::new(
                "hospital",
                "the row for a center not listed has no location",
            ))
        };
    }
    nonblank("hospital", &r.hospital)?;
    if !is_zip(&r.hospital_zip) {
        return Err(RowProblem::new("hospital_zip", "use the hospital's 5-digit ZIP code"));
    }
    if point_of(&r.zcta).is_none() {
        return Err(RowProblem::new(
            "zcta",
            format!("no ZIP area {:?} in zip_points.csv", r.zcta),
        ));
    }
    if r.zcta != r.hospital_zip && point_of(&r.hospital_zip).is_some() {
        return Err(RowProblem::new(
            "zcta",
            "the hospital's own ZIP has a Census area: use it",
        ));
    }
    if r.location_source_ids.is_empty() {
        return Err(RowProblem::new(
            "location_source_ids",
            "say where the hospital's address comes from",
        ));
    }
    if let Some(unknown) = r.location_source_ids.iter().find(|id| !sources.contains_key(*id)) {
        return Err(RowProblem::new(
            "location_source_ids",
            format!("unknown source {unknown:?}: add it to sources.csv"),
        ));
    }
    let labelled = r
        .location_source_ids
        .iter()
        .any(|id| sources.get(id).is_some_and(|s| s.quality == Quality::Assumption));
    if r.zcta != r.hospital_zip && !labelled {
        return Err(RowProblem::new(
            "location_source_ids",
            "a neighbouring ZIP area is our choice: name the assumption among the sources",
        ));
    }
    Ok(())
}
