//! `GET /advocates`: equity and access figures for advocates, with their sources; kept off the
//! family's page. `GET /advocates.csv` and `GET /advocates.json` give the same figures to
//! download, each with the group it is about, its period and its sources, in the page's
//! language.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, ContentType};
use actix_web::{HttpRequest, HttpResponse, web};
use minijinja::value::Serde;
use serde::Serialize;

use crate::core::money::format_number;
use crate::core::tables::{AdvocateFigure, AdvocateTopic, COVERAGE_POLICY_SOURCE_IDS, Quality, Tables};
use crate::core::text::Text;
use crate::i18n::{Lang, say};
use crate::web::AppState;
use crate::web::export::guard_cell;
use crate::web::parts::sources::{SaidSources, SourceNumbers, SourceRef, SourceView};
use crate::web::parts::words::msg;
use crate::web::request::LangSwitch;
use crate::web::respond;

/// `GET /advocates`
pub async fn page(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let switch = LangSwitch::for_query(&request);
    let page = AdvocatesView::new(&state.tables, &state.said_sources, switch.lang);
    respond::page(
        &state,
        &switch,
        "advocates.html",
        StatusCode::OK,
        minijinja::context! { page => Serde(&page) },
    )
}

/// `GET /advocates.csv`: every figure on the page as a spreadsheet file, one row per figure.
pub async fn csv(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let lang = LangSwitch::for_query(&request).lang;
    match figures_csv(lang, &AdvocateFigures::new(&state.tables, lang)) {
        Ok(body) => download(lang)
            .content_type("text/csv; charset=utf-8")
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.csv\"", msg(lang, "advocates-file-name")),
            ))
            .body(body),
        Err(error) => {
            log::error!("writing the advocates' CSV failed: {error}");
            HttpResponse::InternalServerError()
                .content_type(ContentType::plaintext())
                .body(msg(lang, "error-file-failed"))
        }
    }
}

/// `GET /advocates.json`: the same figures as JSON.
pub async fn json(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let lang = LangSwitch::for_query(&request).lang;
    download(lang).json(AdvocateFigures::new(&state.tables, lang))
}

/// The headers both files have: like every file, never kept by a cache; in this language.
fn download(lang: Lang) -> actix_web::HttpResponseBuilder {
    let mut builder = respond::no_store();
    builder
        .insert_header((header::CONTENT_LANGUAGE, lang.code()))
        .insert_header((header::VARY, "Accept-Language"));
    builder
}

fn topic_key(topic: AdvocateTopic) -> &'static str {
    match topic {
        AdvocateTopic::LupusPrevalence => "advocates-topic-lupus-prevalence",
        AdvocateTopic::MyositisAndScleroderma => "advocates-topic-myositis-and-scleroderma",
        AdvocateTopic::TrialRepresentation => "advocates-topic-trial-representation",
        AdvocateTopic::GeographicAccess => "advocates-topic-geographic-access",
        AdvocateTopic::CaregivingAndCosts => "advocates-topic-caregiving-and-costs",
        AdvocateTopic::CoveragePolicy => "advocates-topic-coverage-policy",
    }
}

/// A column of the figure's prose in the reader's language (`advocate-{id}-{column}` in
/// `locales/es/data-advocates.ftl`).
fn said(lang: Lang, figure: &AdvocateFigure, column: &str, english: &str) -> String {
    say(lang, &Text::data(format!("advocate-{}-{column}", figure.id), english))
}

/// The period a figure holds for; "undated" said in the reader's language.
fn period(lang: Lang, as_of: &str) -> String {
    if as_of == "undated" {
        msg(lang, "source-undated")
    } else {
        as_of.to_string()
    }
}

/// The figures of each topic, in the page's order; topics without figures are left out.
fn by_topic(tables: &Tables) -> Vec<(AdvocateTopic, Vec<&AdvocateFigure>)> {
    AdvocateTopic::ALL
        .iter()
        .map(|&topic| {
            let figures: Vec<&AdvocateFigure> = tables.advocate_figures().iter().filter(|f| f.topic == topic).collect();
            (topic, figures)
        })
        .filter(|(_, figures)| !figures.is_empty())
        .collect()
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
    pub fn new(tables: &Tables, said_sources: &SaidSources, lang: Lang) -> Self {
        let mut order: Vec<String> = Vec::new();
        let topics = by_topic(tables);
        for id in topics
            .iter()
            .flat_map(|(_, figures)| figures.iter().flat_map(|f| f.source_ids.iter().map(String::as_str)))
            .chain(COVERAGE_POLICY_SOURCE_IDS)
        {
            if tables.source(id).is_some() && !order.iter().any(|o| o == id) {
                order.push(id.to_string());
            }
        }
        let numbers = SourceNumbers {
            tables,
            said: said_sources,
            order,
            lang,
        };
        let topics = topics
            .into_iter()
            .map(|(topic, figures)| AdvocateTopicView {
                title: msg(lang, topic_key(topic)),
                figures: figures
                    .into_iter()
                    .map(|f| AdvocateFigureView {
                        label: said(lang, f, "label", &f.label),
                        value: format_number(f.value, f.value.normalize().scale()),
                        unit: said(lang, f, "unit", &f.unit),
                        context: said(lang, f, "context", &f.context),
                        as_of: period(lang, &f.as_of),
                        sources: numbers.refs(f.source_ids.as_slice()),
                    })
                    .collect(),
            })
            .collect();
        let policy_ids: Vec<String> = COVERAGE_POLICY_SOURCE_IDS.iter().map(|id| id.to_string()).collect();
        Self {
            topics,
            policy_sources: numbers.refs(&policy_ids),
            sources: numbers.views(),
        }
    }
}

/// Every figure on the advocates' page, as the CSV and JSON files give them.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct AdvocateFigures {
    /// The language of the words: `en` or `es`.
    pub language: String,
    /// The data's version: the newest day a figure was taken into the data (`YYYY-MM-DD`).
    pub data_as_of: String,
    /// In the page's order: by topic, then as listed in `advocate_figures.csv`.
    pub figures: Vec<FigureRecord>,
}

/// One figure with everything needed to cite it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct FigureRecord {
    pub id: String,
    pub topic: AdvocateTopic,
    /// The topic's heading on the page.
    pub topic_title: String,
    /// What the figure measures, as the page says it.
    pub figure: String,
    /// Whom the figure is about: the group, place and people counted.
    pub population: String,
    /// The value as published, a plain decimal: "72.8", "204295", "0.70".
    pub value: String,
    pub unit: String,
    /// What it means, as the page says it.
    pub meaning: String,
    /// The period or date the figure holds for: "2002-2009", "2018".
    pub period: String,
    pub sources: Vec<FigureSource>,
}

/// A source of a figure, from `sources.csv`.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct FigureSource {
    pub id: String,
    pub publisher: String,
    /// As published, in its own language.
    pub title: String,
    /// Empty when the source has no public address.
    pub url: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; "undated" in the reader's language.
    pub published: String,
    pub quality: Quality,
}

impl AdvocateFigures {
    pub fn new(tables: &Tables, lang: Lang) -> Self {
        let figures = by_topic(tables)
            .into_iter()
            .flat_map(|(topic, figures)| {
                let topic_title = msg(lang, topic_key(topic));
                figures.into_iter().map(move |f| FigureRecord {
                    id: f.id.clone(),
                    topic,
                    topic_title: topic_title.clone(),
                    figure: said(lang, f, "label", &f.label),
                    population: said(lang, f, "population", &f.population),
                    value: f.value.to_string(),
                    unit: said(lang, f, "unit", &f.unit),
                    meaning: said(lang, f, "context", &f.context),
                    period: period(lang, &f.as_of),
                    sources: f
                        .source_ids
                        .iter()
                        .filter_map(|id| tables.source(id))
                        .map(|s| FigureSource {
                            id: s.id.clone(),
                            publisher: if s.by_this_project() {
                                msg(lang, "source-our-team")
                            } else {
                                s.publisher.clone()
                            },
                            title: s.title.clone(),
                            url: s.url.clone(),
                            published: period(lang, &s.published),
                            quality: s.quality,
                        })
                        .collect(),
                })
            })
            .collect();
        Self {
            language: lang.code().to_string(),
            data_as_of: tables.data_as_of().to_string(),
            figures,
        }
    }
}

/// The CSV's columns, named in the reader's language.
const CSV_COLUMNS: [&str; 13] = [
    "advocates-csv-id",
    "advocates-csv-topic",
    "advocates-csv-figure",
    "advocates-csv-group",
    "advocates-csv-value",
    "advocates-csv-unit",
    "advocates-csv-meaning",
    "advocates-csv-period",
    "advocates-csv-source-publisher",
    "advocates-csv-source-title",
    "advocates-csv-source-url",
    "advocates-csv-source-date",
    "advocates-csv-source-quality",
];

/// Between the sources of a figure that has several (no title in `sources.csv` has one).
const SOURCE_SEPARATOR: &str = " | ";

/// The figures as CSV text: a header row, then one row per figure; every cell is made safe to
/// open in a spreadsheet, and a byte-order mark comes first so accents read correctly.
pub fn figures_csv(lang: Lang, figures: &AdvocateFigures) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    writer.write_record(CSV_COLUMNS.map(|key| msg(lang, key)))?;
    for f in &figures.figures {
        let joined =
            |part: fn(&FigureSource) -> String| f.sources.iter().map(part).collect::<Vec<_>>().join(SOURCE_SEPARATOR);
        let row = [
            f.id.clone(),
            f.topic_title.clone(),
            f.figure.clone(),
            f.population.clone(),
            f.value.clone(),
            f.unit.clone(),
            f.meaning.clone(),
            f.period.clone(),
            joined(|s| s.publisher.clone()),
            joined(|s| s.title.clone()),
            joined(|s| s.url.clone()),
            joined(|s| s.published.clone()),
            f.sources
                .iter()
                .map(|s| {
                    msg(
                        lang,
                        match s.quality {
                            Quality::Primary => "source-quality-primary",
                            Quality::Secondary => "source-quality-secondary",
                            Quality::Assumption => "source-quality-assumption",
                        },
                    )
                })
                .collect::<Vec<_>>()
                .join(SOURCE_SEPARATOR),
        ];
        writer.write_record(row.iter().map(|cell| guard_cell(cell)))?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}
