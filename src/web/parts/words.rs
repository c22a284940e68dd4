//! Words every page needs: a message by key, dates written out, field errors, payer names.

use std::collections::HashMap;
use std::sync::{LazyLock, PoisonError, RwLock};

use crate::core::input::FieldErrors;
use crate::core::lines::Payer;
use crate::core::text::{Arg, Text};
use crate::i18n::{Lang, say};
use crate::text;

/// A message with no values, in the page's language.
pub fn msg(lang: Lang, key: &'static str) -> String {
    say(lang, &Text::new(key))
}

/// A `YYYY-MM-DD` date or a `YYYY-MM` month written out in the reader's language ("November
/// 23, 2026", "October 2017"); anything else (a year, "undated") as it is.
///
/// Only for the dates of the data files (a source's, a program's, the data's) and today's:
/// pages say dozens of them, each through Fluent, so each is written out once per language
/// and kept. A date someone typed is said as `Arg::Date`, never through here, so nothing kept
/// came from a user; the list grows only by the tables' dates and one day a day.
pub fn said_date(lang: Lang, text: &str) -> String {
    static SAID: LazyLock<[RwLock<HashMap<String, String>>; Lang::ALL.len()]> = LazyLock::new(Default::default);
    let said = &SAID[lang as usize];
    if let Some(known) = said.read().unwrap_or_else(PoisonError::into_inner).get(text) {
        return known.clone();
    }
    let written = write_out_date(lang, text);
    said.write()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(text.to_string(), written.clone());
    written
}

fn write_out_date(lang: Lang, text: &str) -> String {
    if let Ok(date) = text.parse() {
        return crate::i18n::long_date(lang, date);
    }
    let month = text
        .split_once('-')
        .filter(|(year, month)| year.len() == 4 && month.len() == 2)
        .and_then(|(year, month)| Some((year.parse::<u16>().ok()?, month.parse::<u8>().ok()?)));
    match month {
        Some((year, month)) if (1..=12).contains(&month) => say(
            lang,
            &text!(
                "month-year",
                month = Text::keyed(format!("month-{month}")),
                year = Arg::Verbatim(year.to_string())
            ),
        ),
        _ => text.to_string(),
    }
}

/// The wrong fields' messages in the reader's language, for the form and the API.
pub fn said_errors(lang: Lang, errors: &FieldErrors) -> std::collections::BTreeMap<String, Vec<String>> {
    errors
        .fields()
        .map(|field| {
            let messages = errors.get(field).unwrap_or_default();
            (field.to_string(), messages.iter().map(|m| say(lang, m)).collect())
        })
        .collect()
}

/// The payer's name in the message files: `payer-family`.
pub fn payer_key(payer: Payer) -> &'static str {
    match payer {
        Payer::Sponsor => "payer-sponsor",
        Payer::Insurer => "payer-insurer",
        Payer::TravelBenefit => "payer-travel-benefit",
        Payer::MedicaidTransport => "payer-medicaid-transport",
        Payer::StatePaidLeave => "payer-state-paid-leave",
        Payer::Family => "payer-family",
    }
}

/// The payer as named mid-sentence, after "then".
fn payer_key_after(payer: Payer) -> &'static str {
    match payer {
        Payer::Sponsor => "payer-after-sponsor",
        Payer::Insurer => "payer-after-insurer",
        Payer::TravelBenefit => "payer-after-travel-benefit",
        Payer::MedicaidTransport => "payer-after-medicaid-transport",
        Payer::StatePaidLeave => "payer-after-state-paid-leave",
        Payer::Family => "payer-after-family",
    }
}

pub fn payer_text(lang: Lang, payers: &[Payer]) -> String {
    match payers {
        [] => msg(lang, "payer-ask"),
        [Payer::Insurer, Payer::Family] => msg(lang, "payer-insurer-then-family"),
        [first, rest @ ..] => rest.iter().fold(msg(lang, payer_key(*first)), |text, payer| {
            say(
                lang,
                &text!(
                    "payer-then",
                    first = Arg::Verbatim(text),
                    next = Text::new(payer_key_after(*payer))
                ),
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_date_is_said_again_in_its_own_language() {
        for _ in 0..2 {
            assert_eq!(said_date(Lang::En, "2026-03-15"), "March 15, 2026");
            assert_eq!(said_date(Lang::Es, "2026-03-15"), "15 de marzo de 2026");
            assert_eq!(said_date(Lang::En, "2017-10"), "October 2017");
            assert_eq!(said_date(Lang::Es, "undated"), "undated");
        }
    }
}
