//! `GET /centers?…` and `POST /centers`: every center for the family's answers, from their
//! home ZIP code, cheapest first, with the trials seen there for their disease. The core ranks
//! them (`crate::core::centers`); this page names and links them.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::value::Serde;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::centers::{CenterOption, CenterRanking, rank_centers};
use crate::core::choices::{Cells, Condition, TravelMode};
use crate::core::distance::whole_miles;
use crate::core::input::{FieldId, RawInput};
use crate::core::scenarios::Scenarios;
use crate::core::tables::{SiteCertainty, Tables, Trial, TrialSite, unique_ids};
use crate::core::text::Arg;
use crate::i18n::{Lang, say};
use crate::text;
use crate::web::AppState;
use crate::web::body::Body;
use crate::web::parts::share::{HiddenField, answers_to_post, append_answers, query_without_household_money};
use crate::web::parts::sources::{SaidSources, SourceNumbers, SourceRef, SourceView};
use crate::web::parts::words::{msg, said_date};
use crate::web::request::Answers;
use crate::web::respond;

/// `GET /centers?…`
pub async fn from_query(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    respond_with(&state, &Answers::from_query(&request))
}

/// `POST /centers`: from the estimate page's button, so income stays out of the address.
pub async fn from_form(state: web::Data<AppState>, request: HttpRequest, Body(body): Body) -> HttpResponse {
    respond_with(&state, &Answers::from_body(&request, &body))
}

fn respond_with(state: &AppState, answers: &Answers) -> HttpResponse {
    match rank_centers(&state.tables, &answers.raw, state.today()) {
        Ok(ranking) => {
            let view = CentersView::new(
                &state.tables,
                &state.said_sources,
                answers.lang(),
                &ranking,
                &state.today().to_string(),
            );
            respond::page(
                state,
                &answers.switch,
                "centers.html",
                StatusCode::OK,
                minijinja::context! { page => Serde(&view) },
            )
        }
        Err(errors) => respond::wrong_answers(state, answers, &errors),
    }
}

/// A trial seen at a center.
#[derive(Debug, Clone, Serialize)]
pub struct TrialView {
    pub name: String,
    pub nct: Option<String>,
    /// Its ClinicalTrials.gov record, where the current sites are listed.
    pub record_url: Option<String>,
    pub sponsor: String,
    pub product: String,
    /// "the patient's own cells" or "a donor's cells".
    pub cells: String,
    pub status: String,
    pub unconfirmed: bool,
    /// The hospital within the center where it was seen.
    pub site: String,
    pub seen_on: String,
    pub note: Option<String>,
    pub refs: Vec<SourceRef>,
}

/// One center's row.
#[derive(Debug, Clone, Serialize)]
pub struct CenterRowView {
    pub rank: usize,
    pub id: String,
    pub name: String,
    pub hospital: String,
    pub chosen: bool,
    pub miles: Decimal,
    /// How the miles were worked out, or that the family typed them.
    pub distance: String,
    pub travel: String,
    pub total: Scenarios<Decimal>,
    pub lodging_rate: Option<Decimal>,
    pub sleeps_home: bool,
    /// When the hospital's own ZIP has no Census area: the one used instead.
    pub neighbouring_zip: Option<String>,
    pub trials: Vec<TrialView>,
    pub estimate_link: String,
    /// The answers to post instead, when a link would leave out pay or income.
    pub estimate_answers: Option<Vec<HiddenField>>,
    /// A comparison with the center the family chose; none on that center's own row.
    pub compare_link: Option<String>,
    pub refs: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CentersView {
    pub lede: String,
    pub chosen_name: Option<String>,
    pub rows: Vec<CenterRowView>,
    pub any_trials: bool,
    pub disease: String,
    pub travel_rule: String,
    /// The sources of the method: ZIP points, the Earth's radius, the detour factor, and the
    /// drive-or-fly rule.
    pub method_refs: Vec<SourceRef>,
    pub sources: Vec<SourceView>,
    pub made_on: String,
    pub data_as_of: String,
    pub form_link: String,
}

fn trial_name(lang: Lang, trial: &Trial) -> String {
    match (trial.name.is_empty(), &trial.nct) {
        (false, _) => trial.name.clone(),
        (true, Some(nct)) => nct.clone(),
        (true, None) => msg(lang, "centers-trial-unnamed"),
    }
}

impl CentersView {
    pub fn new(
        tables: &Tables,
        said_sources: &SaidSources,
        lang: Lang,
        ranking: &CenterRanking<'_>,
        today: &str,
    ) -> Self {
        // Sources in order of first use: the method's (ZIP points, the Earth's radius, the
        // detour factor, the drive-or-fly rule), then each row's hospital and trials.
        let rules = tables.distance_rules();
        let method: Vec<String> = crate::core::tables::ZIP_SOURCE_IDS
            .iter()
            .map(|id| id.to_string())
            .chain(rules.earth_radius_miles.source_ids.iter().cloned())
            .chain(rules.road_detour_factor.source_ids.iter().cloned())
            .chain(rules.fly_above_miles.source_ids.iter().cloned())
            .collect();
        let registry = ["clinicaltrials-gov".to_string()];
        let order = unique_ids(
            method
                .iter()
                .chain(ranking.options.iter().flat_map(|option| {
                    let location = option.center.location.iter().flat_map(|l| l.source_ids.as_slice());
                    let trials = option
                        .trials
                        .iter()
                        .flat_map(|(trial, site)| site.source_ids.iter().chain(trial.source_ids.as_slice()));
                    location.chain(trials)
                }))
                .chain(&registry),
        );
        let numbers = SourceNumbers {
            tables,
            said: said_sources,
            order,
            lang,
        };
        let chosen_answers = ranking.chosen.map(|_| &ranking.answers);
        let rows = ranking
            .options
            .iter()
            .enumerate()
            .map(|(index, option)| row_view(lang, &numbers, index + 1, option, ranking, chosen_answers))
            .collect::<Vec<_>>();
        let first = ranking.options.first();
        let condition = first
            .and_then(|o| Condition::parse(o.answers[FieldId::Condition].trim()))
            .unwrap_or(Condition::Other);
        let zip = first
            .and_then(|o| o.distance.from_zip.as_ref())
            .map(|z| z.home_zip.clone());
        let lede = say(
            lang,
            &text!(
                "centers-lede",
                zip = Arg::Verbatim(zip.unwrap_or_default()),
                disease = condition.label(),
                count = rows.len() as u64
            ),
        );
        Self {
            lede,
            chosen_name: ranking.chosen.map(|c| c.display_name()),
            any_trials: rows.iter().any(|r| !r.trials.is_empty()),
            disease: say(lang, &condition.label()),
            travel_rule: say(
                lang,
                &text!(
                    "centers-travel-rule",
                    limit = Arg::Number(tables.distance_rules().fly_above_miles.value)
                ),
            ),
            method_refs: numbers.refs(&method),
            rows,
            sources: numbers.views(),
            made_on: said_date(lang, today),
            data_as_of: said_date(lang, tables.data_as_of()),
            form_link: format!("/?{}", query_without_household_money(&ranking.answers, lang)),
        }
    }
}

fn row_view(
    lang: Lang,
    numbers: &SourceNumbers<'_>,
    rank: usize,
    option: &CenterOption<'_>,
    ranking: &CenterRanking<'_>,
    chosen_answers: Option<&RawInput>,
) -> CenterRowView {
    let chosen = ranking.chosen.is_some_and(|c| c.id == option.center.id);
    let distance = match &option.distance.from_zip {
        Some(zip) => text!(
            "centers-distance-zip",
            miles = Arg::Count(whole_miles(zip.road_miles.typical)),
            straight = Arg::Count(whole_miles(zip.straight_line_miles)),
            factor = Arg::Number(zip.detour_factor.typical)
        ),
        None => text!(
            "centers-distance-typed",
            miles = Arg::Number(option.distance.miles.typical)
        ),
    };
    let mode = match option.travel_mode {
        TravelMode::Drive => text!("choice-travel-mode-drive"),
        TravelMode::Fly => text!("choice-travel-mode-fly"),
    };
    let travel = if option.travel_chosen {
        mode
    } else {
        text!("centers-travel-usual", mode = Arg::from(mode))
    };
    let refs: Vec<String> = match (&option.distance.from_zip, &option.center.location) {
        (Some(_), Some(location)) => location.source_ids.to_vec(),
        _ => Vec::new(),
    };
    let estimate_query = query_without_household_money(&option.answers, lang);
    let compare_link = chosen_answers.filter(|_| !chosen).map(|answers| {
        let mut serializer = form_urlencoded::Serializer::new(String::new());
        for (prefix, raw) in [("a.", answers), ("b.", &option.answers)] {
            append_answers(&mut serializer, prefix, raw, false);
        }
        serializer.append_pair("lang", lang.code());
        format!("/compare?{}", serializer.finish())
    });
    CenterRowView {
        rank,
        id: option.center.id.clone(),
        name: option.center.display_name(),
        hospital: option
            .center
            .location
            .as_ref()
            .map(|l| l.hospital.clone())
            .unwrap_or_default(),
        chosen,
        miles: option.distance.miles.typical,
        distance: say(lang, &distance),
        travel: say(lang, &travel),
        total: option.family_total,
        lodging_rate: option.lodging_rate,
        sleeps_home: option.sleeps_home,
        neighbouring_zip: option
            .center
            .location
            .as_ref()
            .filter(|l| l.uses_neighbouring_zip() && option.distance.from_zip.is_some())
            .map(|l| {
                say(
                    lang,
                    &text!(
                        "centers-neighbouring-zip",
                        hospital_zip = Arg::Verbatim(l.hospital_zip.clone()),
                        zip = Arg::Verbatim(l.zcta.clone())
                    ),
                )
            }),
        trials: option
            .trials
            .iter()
            .map(|(trial, site)| trial_view(lang, numbers, trial, site))
            .collect(),
        estimate_link: format!("/estimate?{estimate_query}"),
        estimate_answers: answers_to_post(&option.answers),
        compare_link,
        refs: numbers.refs(&refs),
    }
}

fn trial_view(lang: Lang, numbers: &SourceNumbers<'_>, trial: &Trial, site: &TrialSite) -> TrialView {
    let ids: Vec<String> = site
        .source_ids
        .iter()
        .chain(trial.source_ids.as_slice())
        .cloned()
        .collect();
    // Duplicates are merged by `refs`.
    TrialView {
        name: trial_name(lang, trial),
        nct: trial.nct.clone(),
        record_url: trial.record_url(),
        sponsor: trial.sponsor.clone(),
        product: trial.product.clone(),
        cells: msg(
            lang,
            match trial.cells {
                Cells::Autologous => "trial-cells-autologous",
                Cells::Allogeneic => "trial-cells-allogeneic",
            },
        ),
        status: say(lang, &trial.status.label()),
        unconfirmed: site.certainty == SiteCertainty::Unconfirmed,
        site: site.site.clone(),
        seen_on: said_date(lang, &site.seen_on),
        note: trial.note_text().map(|n| say(lang, &n)),
        refs: numbers.refs(&ids),
    }
}
