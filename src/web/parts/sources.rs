//! Sources as pages list them: numbered in order of first use, with references from lines
//! and figures ("[1, 6, 9*]").

use serde::Serialize;

use super::words::{msg, said_date};
use crate::core::tables::{Quality, Source, Tables};
use crate::core::text::Text;
use crate::i18n::{Lang, say};

/// A source as listed on a page, numbered in order of first use.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub number: usize,
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
    pub published: String,
    pub retrieved: String,
    pub quality: Quality,
    pub quality_label: String,
    pub note: String,
}

impl SourceView {
    pub fn new(number: usize, source: &Source, lang: Lang) -> Self {
        Self {
            number,
            id: source.id.clone(),
            title: source.title.clone(),
            // Our own assumptions are published by this app, whose name is said in the page's language.
            publisher: if source.by_this_project() {
                msg(lang, "source-our-team")
            } else {
                source.publisher.clone()
            },
            url: source.url.clone(),
            published: if source.published == "undated" {
                msg(lang, "source-undated")
            } else {
                said_date(lang, &source.published)
            },
            retrieved: said_date(lang, &source.retrieved),
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
        }
    }
}

/// A numbered reference to a source from a line or figure.
#[derive(Debug, Clone, Serialize)]
pub struct SourceRef {
    pub number: usize,
    pub assumption: bool,
}

/// Numbers sources in order of first use and turns id lists into references.
pub struct SourceNumbers<'a> {
    pub tables: &'a Tables,
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
            .filter_map(|(index, id)| self.tables.source(id).map(|s| SourceView::new(index + 1, s, self.lang)))
            .collect()
    }
}
