//! English and Spanish. Every word the app shows comes from the message files in `locales/`,
//! embedded at build time, so saying a message is pure: no files are read while serving.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, PoisonError, RwLock};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, langid};
use rust_decimal::Decimal;

use crate::core::money::{format_number, format_usd, format_usd_short};
use crate::core::text::{Arg, Text};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around values: they would end up in CSV files and
        // in copied text, and every value here is left-to-right.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static ENGLISH: LanguageIdentifier = langid!("en");
static SPANISH: LanguageIdentifier = langid!("es");

/// The languages the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The code used in `<html lang>`, in links (`lang=es`) and in the message folders.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language from a `lang=` value; anything else is not a language we speak.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The reader's first choice among ours, from an `Accept-Language` header; English if none.
    pub fn from_accept_language(header: Option<&str>) -> Lang {
        // `parse` orders by quality; `es-MX` and `es-US` are Spanish, `en-GB` English.
        header
            .map(accept_language::parse)
            .unwrap_or_default()
            .iter()
            .find_map(|tag| Lang::from_code(tag.split(['-', '_']).next().unwrap_or_default()))
            .unwrap_or_default()
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::En => &ENGLISH,
            Lang::Es => &SPANISH,
        }
    }

    /// The other language, for the switch at the top of every page.
    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }
}

/// Reads the message files now, so a file Fluent cannot read stops start-up instead of the
/// first page that needs it. The files are checked in full by `tests/messages.rs`.
pub fn load() {
    for lang in Lang::ALL {
        message(lang, "site-name", &[]);
    }
}

/// A value for a message that the caller has already formatted, or a count for plurals.
pub enum Value<'a> {
    Str(Cow<'a, str>),
    Count(u64),
}

/// Says message `key` in `lang`. A key missing from the files is logged and shown as the key,
/// never a crash; the key test keeps that from happening.
pub fn message(lang: Lang, key: &str, values: &[(&str, Value<'_>)]) -> String {
    if values.is_empty() {
        return plain_message(lang, key);
    }
    let args: HashMap<&str, FluentValue<'_>> = values
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Value::Str(text) => FluentValue::from(text.as_ref()),
                Value::Count(count) => FluentValue::from(*count),
            };
            (*name, value)
        })
        .collect();
    lookup(lang, key, Some(&args)).unwrap_or_else(|| key.to_string())
}

/// Fluent's text for `key`, or `None` (logged) when the files do not have it.
fn lookup(lang: Lang, key: &str, args: Option<&HashMap<&str, FluentValue<'_>>>) -> Option<String> {
    LOCALES
        .lookup_single_language(lang.id(), key, args)
        .map_err(|error| log::error!("message {key:?} in {}: {error}", lang.code()))
        .ok()
}

/// Messages without values, said once per language and kept: a page says hundreds of them
/// (labels, headings, data prose) and Fluent resolves each one anew. Only keys found in the
/// message files are kept, so the memory is bounded by the files and holds nothing a user typed.
fn plain_message(lang: Lang, key: &str) -> String {
    shared_plain_message(lang, key).map_or_else(|| key.to_string(), |text| text.to_string())
}

/// The kept text of a message without values, shared rather than copied (templates print it
/// as it is); `None` when the message files do not have the key.
pub fn shared_plain_message(lang: Lang, key: &str) -> Option<Arc<str>> {
    let said = plain_messages(lang);
    if let Some(text) = said.read().unwrap_or_else(PoisonError::into_inner).get(key) {
        return Some(Arc::clone(text));
    }
    let text: Arc<str> = lookup(lang, key, None)?.into();
    said.write()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(key.to_string(), Arc::clone(&text));
    Some(text)
}

/// The kept messages of one language, by key.
type Kept = RwLock<HashMap<String, Arc<str>>>;

fn plain_messages(lang: Lang) -> &'static Kept {
    static SAID: LazyLock<[Kept; Lang::ALL.len()]> = LazyLock::new(Default::default);
    &SAID[lang as usize]
}

/// Says a core message in `lang`, formatting each value for that language.
pub fn say(lang: Lang, text: &Text) -> String {
    match &text.english {
        // An empty cell is empty in every language.
        Some(english) if lang == Lang::En || english.is_empty() => return english.to_string(),
        _ => {}
    }
    let values: Vec<(&str, Value<'_>)> = text
        .args
        .iter()
        .map(|(name, arg)| (*name, format_arg(lang, arg)))
        .collect();
    message(lang, &text.key, &values)
}

fn format_arg(lang: Lang, arg: &Arg) -> Value<'static> {
    let text = match arg {
        Arg::Count(count) => return Value::Count(*count),
        Arg::Money(amount) => format_usd(*amount),
        Arg::MoneyShort(amount) => format_usd_short(*amount),
        Arg::Number(value) => format_number(*value, 2),
        Arg::Percent(value) => percent(lang, *value),
        Arg::Date(date) => long_date(lang, *date),
        Arg::Verbatim(text) => text.clone(),
        Arg::Text(text) => say(lang, text),
        Arg::Capitalized(text) => {
            let said = say(lang, text);
            let mut chars = said.chars();
            chars
                .next()
                .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
        }
        Arg::List(items) => list(lang, &items.iter().map(|item| say(lang, item)).collect::<Vec<_>>()),
        Arg::Sentences(parts) => parts
            .iter()
            .map(|part| say(lang, part))
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        Arg::Joined(parts) => parts.iter().map(|part| say(lang, part)).collect(),
    };
    Value::Str(Cow::Owned(text))
}

/// `20%` in English; `20 %` in Spanish, with a space that does not break.
pub fn percent(lang: Lang, value: Decimal) -> String {
    let number = format_number(value, 2);
    match lang {
        Lang::En => format!("{number}%"),
        Lang::Es => format!("{number}\u{a0}%"),
    }
}

/// `March 15, 2026` / `15 de marzo de 2026`.
pub fn long_date(lang: Lang, date: jiff::civil::Date) -> String {
    let month = message(lang, &format!("month-{}", date.month()), &[]);
    message(
        lang,
        "date-long",
        &[
            ("day", Value::Str(date.day().to_string().into())),
            ("month", Value::Str(month.into())),
            ("year", Value::Str(date.year().to_string().into())),
        ],
    )
}

/// `A`, `A and B`, `A, B and C` (`y` in Spanish).
pub fn list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let and = message(lang, "list-and", &[]);
            format!("{} {and} {last}", init.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;
    use rust_decimal_macros::dec;

    #[test]
    fn messages_said_once_are_kept_per_language_and_unknown_keys_are_not_kept() {
        // Spanish first, then English: a kept message must not cross languages.
        for _ in 0..2 {
            assert_eq!(message(Lang::Es, "estimate-sources-title", &[]), "Fuentes");
            assert_eq!(message(Lang::En, "estimate-sources-title", &[]), "Sources");
        }
        assert_eq!(message(Lang::En, "no-such-key", &[]), "no-such-key");
        let said = |lang: Lang, key: &str| {
            plain_messages(lang)
                .read()
                .unwrap_or_else(PoisonError::into_inner)
                .contains_key(key)
        };
        assert!(said(Lang::Es, "estimate-sources-title") && said(Lang::En, "estimate-sources-title"));
        assert!(!said(Lang::En, "no-such-key"));
    }

    #[test]
    fn accept_language_picks_spanish_only_when_preferred() {
        assert_eq!(Lang::from_accept_language(Some("es-US,es;q=0.9,en;q=0.8")), Lang::Es);
        assert_eq!(Lang::from_accept_language(Some("en-US,en;q=0.9,es;q=0.8")), Lang::En);
        assert_eq!(Lang::from_accept_language(Some("es-MX")), Lang::Es);
        assert_eq!(Lang::from_accept_language(Some("fr-FR")), Lang::En);
        assert_eq!(Lang::from_accept_language(Some("garbage;;q=")), Lang::En);
        assert_eq!(Lang::from_accept_language(None), Lang::En);
    }

    #[test]
    fn dates_percents_and_lists_follow_the_language() {
        let date = jiff::civil::date(2026, 3, 15);
        assert_eq!(long_date(Lang::En, date), "March 15, 2026");
        assert_eq!(long_date(Lang::Es, date), "15 de marzo de 2026");
        assert_eq!(percent(Lang::En, dec!(7.5)), "7.5%");
        assert_eq!(percent(Lang::Es, dec!(7.5)), "7.5\u{a0}%");
        let three = ["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(list(Lang::En, &three), "a, b and c");
        assert_eq!(list(Lang::Es, &three), "a, b y c");
    }

    #[test]
    fn core_messages_are_said_with_their_values_formatted() {
        let date = text!("date-example", date = jiff::civil::date(2026, 1, 2));
        assert_eq!(say(Lang::En, &date), "Starts January 2, 2026");
        assert_eq!(say(Lang::Es, &date), "Empieza el 2 de enero de 2026");
        for (count, en, es) in [(1u32, "1 night", "1 noche"), (3, "3 nights", "3 noches")] {
            let nights = text!("nights", count = count);
            assert_eq!(say(Lang::En, &nights), en);
            assert_eq!(say(Lang::Es, &nights), es);
        }
    }
}
