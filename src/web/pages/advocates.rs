//! `GET /advocates`: equity and access figures for advocates, with their sources; kept off the
//! family's page.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::value::Serde;
use serde::Serialize;

use crate::core::money::format_number;
use crate::core::tables::{AdvocateTopic, COVERAGE_POLICY_SOURCE_IDS, Tables};
use crate::core::text::Text;
use crate::i18n::{Lang, say};
use crate::web::AppState;
use crate::web::parts::sources::{SourceNumbers, SourceRef, SourceView};
use crate::web::parts::words::msg;
use crate::web::request::LangSwitch;
use crate::web::respond;

/// `GET /advocates`
pub async fn page(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let switch = LangSwitch::for_query(&request);
    let page = AdvocatesView::new(&state.tables, switch.lang);
    respond::page(
        &state,
        &switch,
        "advocates.html",
        StatusCode::OK,
        minijinja::context! { page => Serde(&page) },
    )
}

/// One figure on the advocates' page.
#[derive(Debug, Clone, Serialize)]
pub struct AdvocateFigureView {
    pub label: String,
    /// The value as published, with thousands separated: "230.9", "204,295".
    pub value: String,
    pub unit: String,
    pub context: String,
    pub as_of: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AdvocateTopicView {
    pub title: String,
    pub figures: Vec<AdvocateFigureView>,
}

/// The page of equity and access figures for advocates.
#[derive(Debug, Clone, Serialize)]
pub struct AdvocatesView {
    pub topics: Vec<AdvocateTopicView>,
    /// Sources of the coverage-policy paragraph.
    pub policy_sources: Vec<SourceRef>,
    pub sources: Vec<SourceView>,
}

impl AdvocatesView {
    pub fn new(tables: &Tables, lang: Lang) -> Self {
        let mut order: Vec<String> = Vec::new();
        let figures = tables.advocate_figures();
        for id in figures
            .iter()
            .flat_map(|f| f.source_ids.0.iter().map(String::as_str))
            .chain(COVERAGE_POLICY_SOURCE_IDS)
        {
            if tables.source(id).is_some() && !order.iter().any(|o| o == id) {
                order.push(id.to_string());
            }
        }
        let numbers = SourceNumbers { tables, order, lang };
        let topics = AdvocateTopic::ALL
            .iter()
            .map(|&topic| AdvocateTopicView {
                title: msg(
                    lang,
                    match topic {
                        AdvocateTopic::LupusPrevalence => "advocates-topic-lupus-prevalence",
                        AdvocateTopic::TrialRepresentation => "advocates-topic-trial-representation",
                        AdvocateTopic::GeographicAccess => "advocates-topic-geographic-access",
                        AdvocateTopic::CaregivingAndCosts => "advocates-topic-caregiving-and-costs",
                        AdvocateTopic::CoveragePolicy => "advocates-topic-coverage-policy",
                    },
                ),
                figures: figures
                    .iter()
                    .filter(|f| f.topic == topic)
                    .map(|f| AdvocateFigureView {
                        label: say(lang, &Text::data(format!("advocate-{}-label", f.id), &f.label)),
                        value: format_number(f.value, f.value.normalize().scale()),
                        unit: say(lang, &Text::data(format!("advocate-{}-unit", f.id), &f.unit)),
                        context: say(lang, &Text::data(format!("advocate-{}-context", f.id), &f.context)),
                        as_of: f.as_of.clone(),
                        sources: numbers.refs(&f.source_ids.0),
                    })
                    .collect(),
            })
            .filter(|t| !t.figures.is_empty())
            .collect();
        let policy_ids: Vec<String> = COVERAGE_POLICY_SOURCE_IDS.iter().map(|id| id.to_string()).collect();
        Self {
            topics,
            policy_sources: numbers.refs(&policy_ids),
            sources: numbers.views(),
        }
    }
}
