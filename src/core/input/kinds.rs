//! What kind of value a field holds, with its limits: the kinds `fields` declares answers with.

use super::values::{AmountField, CountField};
use crate::core::tables::JourneyParam;

/// What kind of value a field holds, with its limits.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// One of a closed set of ids; blank means the default unless `required`.
    Choice {
        ids: &'static [&'static str],
        /// The start of each id's label key (`choice-route-`).
        labels: &'static str,
        required: bool,
        /// The message when the text is not one of the ids.
        error: &'static str,
        /// A short set shown as buttons, a long one as a list.
        style: ChoiceStyle,
        /// The list's first, empty option ("Choose a disease").
        placeholder: Option<&'static str>,
    },
    /// A two-letter state code.
    State {
        required: bool,
        error: &'static str,
        placeholder: &'static str,
    },
    /// A row of the centers table.
    Center { placeholder: &'static str },
    /// A 5-digit ZIP code with a Census ZIP area.
    Zip,
    /// An amount from 0 to a maximum: dollars, miles or a percent.
    Amount(AmountField),
    /// A whole number in a range.
    Count(CountField),
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A journey count the user may pin instead of the table's low / typical / high.
    Pin(JourneyParam, CountField),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceStyle {
    Buttons,
    List,
}
