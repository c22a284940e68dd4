//! Turning one field's text into its value, once: a choice, a state, an amount, a count or a
//! date, or the message that says what is wrong with it. Ranges and lengths are checked with
//! `validator` on the typed value.

use jiff::civil::Date;
use rust_decimal::Decimal;
use validator::{ValidateLength, ValidateRange};

use crate::core::choices::state_name;
use crate::core::money::format_number;
use crate::core::text::{Arg, Text};
use crate::text;

/// Longest text kept for any field; longer input is refused rather than echoed back.
pub const MAX_FIELD_LEN: u64 = 100;

/// What an amount is counted in; it decides only how the form shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountUnit {
    Dollars,
    Miles,
    Percent,
}

/// What a count is counted in, for the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountUnit {
    None,
    Days,
    /// The unit of the journey step it pins.
    Journey,
}

/// An amount from 0 to `max` (dollars, miles or percent); `$`, `%` and thousands commas are allowed.
#[derive(Debug, Clone, Copy)]
pub struct AmountField {
    pub max: i64,
    pub required: bool,
    /// What the field holds, as it reads mid-sentence: "the one-way distance in miles".
    pub what: &'static str,
    /// A value to show as an example: "180".
    pub example: &'static str,
    pub unit: AmountUnit,
}

/// A whole number from `min` to `max`; blank means "not given".
#[derive(Debug, Clone, Copy)]
pub struct CountField {
    pub min: u32,
    pub max: u32,
    pub what: &'static str,
    pub unit: CountUnit,
}

/// An amount, so that `validator` can check its range.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Amount(Decimal);

impl ValidateRange<Amount> for Amount {
    fn greater_than(&self, max: Amount) -> Option<bool> {
        Some(*self > max)
    }

    fn less_than(&self, min: Amount) -> Option<bool> {
        Some(*self < min)
    }
}

/// A message that names the field mid-sentence (`{ $what }`) and at the start (`{ $What }`).
fn about(key: &'static str, what: &'static str) -> Text {
    Text::new(key)
        .with("what", Text::new(what))
        .with("What", Arg::Capitalized(Box::new(Text::new(what))))
}

/// Refuses text longer than [`MAX_FIELD_LEN`] characters.
pub fn not_too_long(text: &str) -> Result<&str, Text> {
    if text.validate_length(None, Some(MAX_FIELD_LEN), None) {
        Ok(text.trim())
    } else {
        Err(text!("error-too-long"))
    }
}

impl AmountField {
    pub fn parse(&self, text: &str) -> Result<Option<Decimal>, Text> {
        let cleaned: String = not_too_long(text)?
            .chars()
            .filter(|c| !matches!(c, '$' | ',' | ' ' | '%'))
            .collect();
        if cleaned.is_empty() {
            return if self.required {
                Err(about("error-enter", self.what))
            } else {
                Ok(None)
            };
        }
        let amount = parse_plain_decimal(&cleaned).ok_or_else(|| {
            about("error-amount-not-number", self.what).with("example", Arg::Verbatim(self.example.into()))
        })?;
        if amount.is_sign_negative() {
            return Err(about("error-negative", self.what));
        }
        if amount.scale() > 2 {
            return Err(about("error-cents", self.what));
        }
        if !Amount(amount).validate_range(None, Some(Amount(Decimal::from(self.max))), None, None) {
            let limit = format_number(Decimal::from(self.max), 0);
            return Err(about("error-too-high", self.what).with("limit", Arg::Verbatim(limit)));
        }
        Ok(Some(amount))
    }
}

impl CountField {
    pub fn parse(&self, text: &str) -> Result<Option<u32>, Text> {
        let text = not_too_long(text)?;
        if text.is_empty() {
            return Ok(None);
        }
        let value: u32 = match text.parse::<i64>() {
            Ok(value) if value < 0 => return Err(about("error-negative", self.what)),
            Ok(value) => u32::try_from(value).unwrap_or(u32::MAX),
            Err(_) => {
                let example = self.min.max(2).min(self.max).to_string();
                return Err(about("error-count-not-number", self.what).with("example", Arg::Verbatim(example)));
            }
        };
        if !value.validate_range(Some(self.min), Some(self.max), None, None) {
            return Err(about("error-count-range", self.what)
                .with("min", self.min)
                .with("max", self.max));
        }
        Ok(Some(value))
    }
}

/// A plain decimal (digits and at most one point), never scientific notation.
fn parse_plain_decimal(text: &str) -> Option<Decimal> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let plain = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.chars().filter(|c| *c == '.').count() <= 1
        && body.chars().any(|c| c.is_ascii_digit())
        && body.len() <= 20;
    if plain { text.parse().ok() } else { None }
}

/// One of `ids`; blank is `None` (the default) unless `required`.
pub fn parse_choice(
    text: &str,
    ids: &'static [&'static str],
    required: bool,
    error: &'static str,
) -> Result<Option<&'static str>, Text> {
    let text = not_too_long(text)?;
    if text.is_empty() && !required {
        return Ok(None);
    }
    ids.iter()
        .copied()
        .find(|id| *id == text)
        .map(Some)
        .ok_or_else(|| Text::new(error))
}

/// A state code from the list of states; blank is `None` unless `required`.
pub fn parse_state(text: &str, required: bool, error: &'static str) -> Result<Option<&'static str>, Text> {
    let text = not_too_long(text)?;
    if text.is_empty() && !required {
        return Ok(None);
    }
    match state_name(text) {
        Some(_) => Ok(crate::core::choices::US_STATES
            .iter()
            .copied()
            .find(|code| *code == text)),
        None => Err(Text::new(error)),
    }
}

/// Earliest and latest start dates accepted: the data describe 2025-2027 prices.
const FIRST_START: Date = jiff::civil::date(2025, 1, 1);
const LAST_START: Date = jiff::civil::date(2035, 12, 31);

/// A date written `YYYY-MM-DD`; blank is `None`.
pub fn parse_date(text: &str) -> Result<Option<Date>, Text> {
    let text = not_too_long(text)?;
    if text.is_empty() {
        return Ok(None);
    }
    let shape_ok = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let date: Date = shape_ok
        .then(|| text.parse().ok())
        .flatten()
        .ok_or_else(|| text!("error-date-format"))?;
    if date < FIRST_START || date > LAST_START {
        return Err(text!("error-date-range"));
    }
    Ok(Some(date))
}
