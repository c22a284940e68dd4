//! Sources as pages list them: numbered in order of first use, with references from lines
//! and figures ("[1, 6, 9*]").

use std::collections::HashMap;
use std::sync::Arc;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::words::{msg, said_date};
use crate::core::tables::{Quality, Source, Tables};
use crate::core::text::Text;
use crate::i18n::{Lang, Value, message, say};

/// Every source of the tables as pages say it, in each language: worked out once at
/// start-up, since a page lists up to a hundred sources and each takes several messages to
/// say. Nothing in it depends on a household.
pub struct SaidSources {
    by_lang: [HashMap<String, Arc<SaidSource>>; Lang::ALL.len()],
}

/// One source's words in one language.
#[derive(Debug, serde::Serialize)]
pub struct SaidSource {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    pub published: String,
    pub retrieved: String,
    pub quality: Quality,
    pub quality_label: String,
    pub note: String,
    /// "Publisher. Published: date." for the estimate page's brief list.
    pub meta_brief: String,
    /// The same with the day the figure was taken into the data, for the full lists.
    pub meta: String,
    /// All of the above as a template value, built once: pages hand it to their template as
    /// it is instead of converting a hundred sources' words on every render.
    #[serde(skip)]
    template_value: minijinja::Value,
}

impl SaidSources {
    pub fn new(tables: &Tables) -> Self {
        Self {
            by_lang: Lang::ALL.map(|lang| {
                tables
                    .sources()
                    .map(|source| (source.id.clone(), Arc::new(SaidSource::new(source, lang))))
                    .collect()
            }),
        }
    }

    pub fn get(&self, lang: Lang, id: &str) -> Option<&Arc<SaidSource>> {
        self.by_lang[lang as usize].get(id)
    }
}

impl SaidSource {
    fn new(source: &Source, lang: Lang) -> Self {
        // Our own assumptions are published by this app, whose name is said in the page's language.
        let publisher = if source.by_this_project() {
            msg(lang, "source-our-team")
        } else {
            source.publisher.clone()
        };
        let published = if source.published == "undated" {
            msg(lang, "source-undated")
        } else {
            said_date(lang, &source.published)
        };
        let retrieved = said_date(lang, &source.retrieved);
        let text = |value: &str| Value::Str(value.to_string().into());
        let meta_brief = message(
            lang,
            "source-meta-brief",
            &[("publisher", text(&publisher)), ("published", text(&published))],
        );
        let meta = message(
            lang,
            "source-meta",
            &[
                ("publisher", text(&publisher)),
                ("published", text(&published)),
                ("retrieved", text(&retrieved)),
            ],
        );
        let mut said = Self {
            id: source.id.clone(),
            title: source.title.clone(),
            publisher,
            url: source.url.clone(),
            published,
            retrieved,
            quality: source.quality,
            quality_label: msg(
                lang,
                match source.quality {
                    Quality::Primary => "source-quality-primary",
                    Quality::Secondary => "source-quality-secondary",
                    Quality::Assumption => "source-quality-assumption",
                },
            ),
            note: if source.note.is_empty() {
                String::new()
            } else {
                say(lang, &Text::data(format!("source-{}", source.id), &source.note))
            },
            meta_brief,
            meta,
            template_value: minijinja::Value::UNDEFINED,
        };
        said.template_value = minijinja::Value::from(minijinja::value::Serde(&said));
        said
    }
}

/// A source as listed on a page, numbered in order of first use; its words are shared.
/// Templates read `number` and `said.*`.
#[derive(Debug, Clone)]
pub struct SourceView {
    pub number: usize,
    pub said: Arc<SaidSource>,
}

impl Serialize for SourceView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut view = serializer.serialize_struct("SourceView", 2)?;
        view.serialize_field("number", &self.number)?;
        // Into a template the words go as the value built at start-up, uncopied; anywhere
        // else (JSON) they serialize as that value's fields.
        view.serialize_field("said", &self.said.template_value)?;
        view.end()
    }
}

/// A numbered reference to a source from a line or figure.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SourceRef {
    pub number: usize,
    pub assumption: bool,
}

/// Numbers sources in order of first use and turns id lists into references.
pub struct SourceNumbers<'a> {
    pub tables: &'a Tables,
    pub said: &'a SaidSources,
    pub order: Vec<String>,
    pub lang: Lang,
}

impl SourceNumbers<'_> {
    /// References in number order, so a line reads "[1, 6, 9*]".
    pub fn refs(&self, ids: &[String]) -> Vec<SourceRef> {
        let mut refs: Vec<SourceRef> = ids
            .iter()
            .filter_map(|id| {
                let number = self.order.iter().position(|o| o == id)? + 1;
                let assumption = self.tables.source(id).is_some_and(|s| s.quality == Quality::Assumption);
                Some(SourceRef { number, assumption })
            })
            .collect();
        refs.sort_by_key(|r| r.number);
        refs.dedup_by_key(|r| r.number);
        refs
    }

    pub fn views(&self) -> Vec<SourceView> {
        self.order
            .iter()
            .enumerate()
            .filter_map(|(index, id)| {
                let said = self.said.get(self.lang, id)?.clone();
                Some(SourceView {
                    number: index + 1,
                    said,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data_files::load_embedded;

    #[test]
    fn each_source_is_said_once_in_each_language_as_the_lists_print_it() {
        crate::i18n::load();
        let tables = load_embedded().unwrap_or_else(|e| panic!("{e}"));
        let said = SaidSources::new(&tables);
        let ours = said
            .get(Lang::Es, "assumption-price-midpoint")
            .expect("said in Spanish");
        assert_eq!(ours.publisher, "El equipo de la Calculadora de costos y acceso a CAR-T");
        assert_eq!(
            ours.meta_brief,
            "El equipo de la Calculadora de costos y acceso a CAR-T. Publicado: noviembre de 2026."
        );
        let article = said.get(Lang::En, "seed-lupus-article").expect("said in English");
        assert_eq!(
            article.meta,
            "Kaleidoscope Fighting Lupus. Published: undated. Taken into our data: November 23, 2026."
        );
        assert!(said.get(Lang::En, "no-such-source").is_none());
        assert_eq!(said.by_lang[Lang::Es as usize].len(), tables.sources().count());
    }
}
