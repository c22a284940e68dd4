//! The form (`GET /`, and `POST /` from "Change your answers"): every question comes from the
//! field declaration (`crate::core::input::FIELDS`), with its words, the answer as typed and a
//! message beside it when it is wrong.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use jiff::civil::Date;
use serde::Serialize;

use crate::core::choices::{US_STATES, state_name};
use crate::core::input::{
    AmountUnit, ChoiceStyle, CountUnit, FIELDS, Field, FieldErrors, FieldId, Kind, RawInput, Section,
};
use crate::core::money::{format_number, format_usd_short};
use crate::core::tables::{Tables, UNLISTED_CENTER, UnitCostId};
use crate::core::text::Text;
use crate::i18n::{self, Lang, say};
use crate::web::AppState;
use crate::web::body::Body;
use crate::web::parts::words::{msg, said_errors};
use crate::web::request::Answers;
use crate::web::respond;

/// `GET /`: the form, prefilled from the query string when a link carries answers.
pub async fn blank_or_prefilled(state: web::Data<AppState>, request: HttpRequest) -> HttpResponse {
    let answers = Answers::from_query(&request);
    if answers.is_blank() {
        return respond::blank_form(&state, &answers);
    }
    respond::form(&state, &answers, &FieldErrors::default(), StatusCode::OK)
}

/// The blank form of each language, as rendered on the day it was last asked for: the same
/// page for every visitor, so it is rendered once a day instead of for each request. The
/// date is part of the key because the form's wording follows it (start dates in the past).
#[derive(Default)]
pub struct BlankForms {
    kept: [std::sync::RwLock<Option<(Date, Bytes)>>; Lang::ALL.len()],
}

impl BlankForms {
    /// The page kept for this language and day, else `render`'s, kept from now on.
    pub fn get_or_render(&self, lang: Lang, today: Date, render: impl FnOnce() -> Option<String>) -> Option<Bytes> {
        let slot = &self.kept[Lang::ALL.iter().position(|l| *l == lang)?];
        // A poisoned lock only means a render panicked: the kept page is still whole.
        let kept = slot.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
        if let Some((day, page)) = kept
            && day == today
        {
            return Some(page);
        }
        let page = Bytes::from(render()?);
        *slot.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some((today, page.clone()));
        Some(page)
    }
}

/// `POST /`: the form again with the answers posted from an estimate page ("Change your answers").
pub async fn with_answers(state: web::Data<AppState>, request: HttpRequest, Body(body): Body) -> HttpResponse {
    respond::form(
        &state,
        &Answers::from_body(&request, &body),
        &FieldErrors::default(),
        StatusCode::OK,
    )
}

/// An option of a select or radio group.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// What a field offers to choose from, in the page's language; empty for other fields.
pub fn options(tables: &Tables, lang: Lang, field: &Field) -> Vec<Choice> {
    match field.kind {
        Kind::Choice { ids, labels, .. } => ids
            .iter()
            .map(|id| Choice {
                id: id.to_string(),
                label: say(lang, &Text::keyed(format!("{labels}{id}"))),
            })
            .collect(),
        Kind::State { .. } => US_STATES
            .iter()
            .map(|code| Choice {
                id: code.to_string(),
                label: state_name(code).map(|name| say(lang, &name)).unwrap_or_default(),
            })
            .collect(),
        Kind::Center { .. } => {
            let mut centers: Vec<Choice> = tables
                .centers()
                .iter()
                .map(|c| Choice {
                    id: c.id.clone(),
                    label: if c.is_unlisted() {
                        msg(lang, "form-center-other")
                    } else {
                        c.display_name()
                    },
                })
                .collect();
            // Alphabetical by city, with "a center not listed" last.
            centers.sort_by_key(|c| (c.id == UNLISTED_CENTER, c.label.clone()));
            centers
        }
        Kind::Amount(_) | Kind::Count(_) | Kind::Date | Kind::Pin(..) | Kind::Zip => Vec::new(),
    }
}

/// The choices the estimate page's "compare with another choice" form offers.
#[derive(Debug, Clone, Serialize)]
pub struct FormOptions {
    pub centers: Vec<Choice>,
    pub routes: Vec<Choice>,
    pub travel_modes: Vec<Choice>,
    pub lodgings: Vec<Choice>,
}

impl FormOptions {
    pub fn new(tables: &Tables, lang: Lang) -> Self {
        let of = |id: FieldId| options(tables, lang, Field::of(id));
        Self {
            centers: of(FieldId::Center),
            routes: of(FieldId::Route),
            travel_modes: of(FieldId::TravelMode),
            lodgings: of(FieldId::Lodging),
        }
    }
}

/// One question as the form shows it.
#[derive(Debug, Clone, Serialize)]
pub struct FieldView {
    pub name: &'static str,
    /// `select`, `radios`, `text` or `date`.
    pub widget: &'static str,
    pub label: String,
    /// Empty when the question has no help.
    pub help: String,
    /// A paragraph shown just before the question.
    pub lead: Option<String>,
    pub prefix: &'static str,
    pub suffix: String,
    pub inputmode: &'static str,
    pub required: bool,
    /// The browser's autofill hint: `off`, or `postal-code` for the ZIP.
    pub autocomplete: &'static str,
    /// A list's first, empty option; empty when it has none.
    pub placeholder: String,
    pub options: Vec<Choice>,
}

/// A group of questions.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    pub title: String,
    pub intro: Option<String>,
    pub fields: Vec<FieldView>,
    /// Folded away (the journey's steps) …
    pub folded: bool,
    /// … unless one of its answers is filled in or wrong.
    pub open: bool,
}

/// A link from the error summary to the wrong field.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorLink {
    pub field: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FormView<'a> {
    pub form: &'a RawInput,
    /// Each wrong field's messages, in the page's language.
    pub errors: std::collections::BTreeMap<String, Vec<String>>,
    /// Each field's warnings: allowed, but probably not what was meant.
    pub warnings: std::collections::BTreeMap<String, Vec<String>>,
    pub error_summary: Vec<ErrorLink>,
    pub sections: Vec<SectionView>,
}

/// A question's label and help in `lang`, as the form asks it (the API's document describes
/// each field in the same words).
pub fn question(tables: &Tables, lang: Lang, today: Date, field: &Field) -> (String, String) {
    let view = Words { tables, lang, today }.field(field);
    (view.label, view.help)
}

/// Sourced figures the help texts quote, and the words of one question.
struct Words<'t> {
    tables: &'t Tables,
    lang: Lang,
    /// The figures quoted are those in force today.
    today: Date,
}

impl Words<'_> {
    fn say(&self, key: &str, values: &[(&str, i18n::Value<'_>)]) -> String {
        i18n::message(self.lang, key, values)
    }

    /// A help text, with the sourced figures it quotes.
    fn help(&self, field: &Field) -> String {
        let Some(key) = field.help else {
            return String::new();
        };
        let tables = self.tables;
        let presets = tables.insurance_presets(self.today);
        let year =
            |preset: &crate::core::tables::PresetValue| i18n::Value::Str(preset.period.from.year().to_string().into());
        let usd = |amount| i18n::Value::Str(format_usd_short(amount).into());
        let number = |amount| i18n::Value::Str(format_number(amount, 2).into());
        let values = match field.id {
            FieldId::TravelBenefit => vec![
                ("amount", usd(tables.travel_benefit_terms().typical_episode_max)),
                ("miles", number(tables.travel_benefit_terms().min_distance_miles)),
            ],
            FieldId::Deductible => vec![
                ("amount", usd(presets.employer.deductible.value)),
                ("year", year(&presets.employer.deductible)),
            ],
            FieldId::CoinsurancePct => vec![("pct", number(presets.employer.coinsurance_pct.value))],
            FieldId::OopMax => vec![
                ("amount", usd(presets.employer.oop_max.value)),
                ("year", year(&presets.employer.oop_max)),
            ],
            _ => Vec::new(),
        };
        self.say(key, &values)
    }

    /// A section's paragraph; the work section quotes a typical week's pay when it is sourced.
    fn intro(&self, section: Section) -> Option<String> {
        let mut intro = self.say(section.intro()?, &[]);
        if section == Section::Work
            && let Some(pay) = self.tables.unit_cost(UnitCostId::MedianWeeklyPay).typical
        {
            intro.push(' ');
            intro.push_str(&self.say(
                "form-work-median",
                &[("pay", i18n::Value::Str(format_usd_short(pay).into()))],
            ));
        }
        Some(intro)
    }

    fn field(&self, field: &Field) -> FieldView {
        let lang = self.lang;
        let mut view = FieldView {
            name: field.name,
            widget: "text",
            label: if field.label.is_empty() {
                String::new()
            } else {
                self.say(field.label, &[])
            },
            help: self.help(field),
            lead: field.lead.map(|key| self.say(key, &[])),
            prefix: "",
            suffix: String::new(),
            inputmode: "decimal",
            required: false,
            autocomplete: "off",
            placeholder: String::new(),
            options: options(self.tables, lang, field),
        };
        let placeholder = |key: Option<&str>| key.map(|k| self.say(k, &[])).unwrap_or_default();
        match field.kind {
            Kind::Choice {
                style,
                placeholder: key,
                ..
            } => {
                view.widget = match style {
                    ChoiceStyle::Buttons => "radios",
                    ChoiceStyle::List => "select",
                };
                view.placeholder = placeholder(key);
            }
            Kind::State { placeholder: key, .. } | Kind::Center { placeholder: key } => {
                view.widget = "select";
                view.placeholder = placeholder(Some(key));
            }
            Kind::Amount(amount) => {
                view.required = amount.required;
                match amount.unit {
                    AmountUnit::Dollars => view.prefix = "$",
                    AmountUnit::Miles => view.suffix = self.say("form-unit-miles", &[]),
                    AmountUnit::Percent => view.suffix = "%".to_string(),
                }
            }
            Kind::Count(count) => {
                view.inputmode = "numeric";
                match count.unit {
                    CountUnit::Days => view.suffix = self.say("form-unit-days", &[]),
                    CountUnit::Years => view.suffix = self.say("form-unit-years", &[]),
                    CountUnit::None | CountUnit::Journey => {}
                }
            }
            Kind::Date => view.widget = "date",
            Kind::Zip => {
                // The usual way to say where home is: not marked optional, though the state
                // and the miles can stand in for it.
                view.inputmode = "numeric";
                view.required = true;
                view.autocomplete = "postal-code";
            }
            Kind::Pin(param, count) => {
                // A pin is asked in the journey table's own words, with its usual range.
                let row = self.tables.journey(param);
                let unit = say(lang, &row.unit_text());
                view.label = say(lang, &row.label_text());
                view.help = self.say(
                    "form-pin-help",
                    &[
                        ("low", i18n::Value::Count(row.low.into())),
                        ("high", i18n::Value::Count(row.high.into())),
                        ("unit", i18n::Value::Str(unit.clone().into())),
                        ("typical", i18n::Value::Count(row.typical.into())),
                        ("min", i18n::Value::Count(count.min.into())),
                        ("max", i18n::Value::Count(count.max.into())),
                    ],
                );
                view.suffix = unit;
                view.inputmode = "numeric";
            }
        }
        view
    }
}

impl<'a> FormView<'a> {
    /// `warnings` are answers allowed but probably not meant, shown beside their fields.
    pub fn new(
        tables: &Tables,
        lang: Lang,
        form: &'a RawInput,
        (errors, warnings): (&'a FieldErrors, &FieldErrors),
        today: Date,
    ) -> Self {
        let error_summary = errors
            .messages_in_form_order()
            .map(|(field, message)| ErrorLink {
                field: field.to_string(),
                message: say(lang, message),
            })
            .collect();
        let words = Words { tables, lang, today };
        let sections = Section::ALL
            .iter()
            .map(|&section| {
                let fields: Vec<&Field> = FIELDS
                    .iter()
                    .filter(|f| f.section == section && f.replaced_by.is_none())
                    .collect();
                SectionView {
                    title: words.say(section.title(), &[]),
                    intro: words.intro(section),
                    folded: section == Section::Steps,
                    open: fields
                        .iter()
                        .any(|f| errors.get(f.name).is_some() || !form[f.id].is_empty()),
                    fields: fields.into_iter().map(|f| words.field(f)).collect(),
                }
            })
            .collect();
        let mut sections: Vec<SectionView> = sections;
        // With a ZIP code, the centers nearest first, each with its distance.
        if let Some(zip) = crate::core::input::parse_zip(&form[FieldId::HomeZip])
            .ok()
            .flatten()
            .and_then(|zip| tables.zip_point(zip))
        {
            let nearest = crate::core::centers::nearest_first(tables, zip);
            for field in sections.iter_mut().flat_map(|s| s.fields.iter_mut()) {
                if field.name == Field::of(FieldId::Center).name {
                    field.options = nearest_options(lang, &field.options, &nearest);
                }
            }
        }
        Self {
            form,
            errors: said_errors(lang, errors),
            warnings: said_errors(lang, warnings),
            error_summary,
            sections,
        }
    }
}

/// The center list reordered nearest first, each labelled with its miles; centers with no
/// place (the "not listed" row) keep their place at the end.
fn nearest_options(
    lang: Lang,
    options: &[Choice],
    nearest: &[(&crate::core::tables::Center, rust_decimal::Decimal)],
) -> Vec<Choice> {
    let mut ordered: Vec<Choice> = nearest
        .iter()
        .filter_map(|(center, miles)| {
            let option = options.iter().find(|o| o.id == center.id)?;
            Some(Choice {
                id: option.id.clone(),
                label: say(
                    lang,
                    &crate::text!(
                        "form-center-miles",
                        center = crate::core::text::Arg::Verbatim(option.label.clone()),
                        miles = crate::core::text::Arg::Count(crate::core::distance::whole_miles(*miles))
                    ),
                ),
            })
        })
        .collect();
    ordered.extend(
        options
            .iter()
            .filter(|o| !nearest.iter().any(|(c, _)| c.id == o.id))
            .cloned(),
    );
    ordered
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_blank_form_is_rendered_once_a_day_for_each_language() {
        let forms = BlankForms::default();
        let renders = std::cell::Cell::new(0);
        let render = |page: &str| {
            renders.set(renders.get() + 1);
            Some(page.to_string())
        };
        let day = jiff::civil::date(2026, 12, 3);
        assert_eq!(forms.get_or_render(Lang::En, day, || render("en 3")).unwrap(), "en 3");
        assert_eq!(forms.get_or_render(Lang::En, day, || render("again")).unwrap(), "en 3");
        assert_eq!(forms.get_or_render(Lang::Es, day, || render("es 3")).unwrap(), "es 3");
        assert_eq!(renders.get(), 2);
        // The next day's form is rendered anew: its wording follows the date.
        let next = jiff::civil::date(2026, 12, 4);
        assert_eq!(forms.get_or_render(Lang::En, next, || render("en 4")).unwrap(), "en 4");
        assert_eq!(
            forms.get_or_render(Lang::Es, day, || render("es 3 again")).unwrap(),
            "es 3"
        );
        assert_eq!(renders.get(), 3);
        // A failed render keeps nothing, and the next request tries again.
        assert!(forms.get_or_render(Lang::Es, next, || None).is_none());
        assert_eq!(forms.get_or_render(Lang::Es, next, || render("es 4")).unwrap(), "es 4");
    }
}
