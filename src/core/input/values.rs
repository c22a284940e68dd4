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
    Years,
    /// The unit of the journey step it pins.
    Journey,
}

/// How the page writes numbers: English `1,234.50`, Spanish `1.234,50`. The JSON API and
/// links between pages use the point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DecimalMark {
    #[default]
    Point,
    Comma,
}

impl DecimalMark {
    fn mark(self) -> char {
        match self {
            DecimalMark::Point => '.',
            DecimalMark::Comma => ',',
        }
    }

    /// A number written this way, for messages: `1,234.50` / `1.234,50`.
    pub fn example(self) -> &'static str {
        match self {
            DecimalMark::Point => "1,234.50",
            DecimalMark::Comma => "1.234,50",
        }
    }

    /// `value` written this way, with no thousands separators: `180.5` / `180,5`.
    pub fn write(self, value: Decimal) -> String {
        let plain = value.normalize().to_string();
        match self {
            DecimalMark::Point => plain,
            DecimalMark::Comma => plain.replace('.', ","),
        }
    }
}

/// Why a number could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberProblem {
    /// Letters, signs in the wrong place, scientific notation: not a number at all.
    NotANumber,
    /// Digits with separators this page does not read (`180,5` on the English page).
    Separators,
    /// One decimal mark followed by three digits (`40.505` on the English page, `1,234` on
    /// the Spanish one): thousands written the other language's way, or a third decimal.
    Ambiguous,
}

/// Words people write after a distance; dropped before reading the number.
const UNIT_WORDS: [&str; 6] = ["miles", "mile", "millas", "milla", "mi", "mi."];

/// Reads a number as people write it on a page that uses `mark` for decimals. A comma or a
/// point is a thousands separator only when a group of exactly three digits follows it (and
/// the number does not start with 0); otherwise it is the decimal mark, which must be the
/// page's. So `1,234.50` and `1.234,50` are read the same on the page they belong to, `180,5`
/// is 180.5 on the Spanish page and refused on the English one, and nothing is silently
/// multiplied by ten or a thousand: a lone decimal mark before three digits could be either,
/// and is refused with how to write it. `$`, `%`, spaces and "miles" are dropped; a leading
/// `-` is kept.
pub fn read_number(text: &str, mark: DecimalMark) -> Result<Decimal, NumberProblem> {
    let mut cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, '$' | '%') && !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    if let Some(word) = UNIT_WORDS.iter().find(|word| cleaned.ends_with(*word)) {
        cleaned.truncate(cleaned.len() - word.len());
    }
    let (negative, body) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    if body.is_empty() || body.len() > 24 || !body.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(NumberProblem::NotANumber);
    }
    if !body.chars().any(|c| c.is_ascii_digit()) {
        return Err(NumberProblem::NotANumber);
    }
    let separators: Vec<char> = body.chars().filter(|c| !c.is_ascii_digit()).collect();
    let runs: Vec<&str> = body.split(['.', ',']).collect();
    // A separator followed by exactly three digits (up to the next separator or the end).
    let grouped = |i: usize| runs[i + 1].len() == 3;
    let thousands_ok = |count: usize| {
        let first = runs[0];
        (1..=3).contains(&first.len())
            && !first.starts_with('0')
            && (0..count).all(|i| grouped(i) && separators[i] == separators[0])
    };
    let (whole, fraction): (String, &str) = match separators.len() {
        0 => (body.to_string(), ""),
        1 if separators[0] == mark.mark() && grouped(0) && thousands_ok(1) => return Err(NumberProblem::Ambiguous),
        n if thousands_ok(n) => (runs.concat(), ""),
        n => {
            // The last separator is the decimal mark: it must be the page's, with digits
            // after it, and every separator before it a thousands separator of the other kind.
            let last = n - 1;
            let before_ok = last == 0 || (thousands_ok(last) && separators[0] != mark.mark());
            if separators[last] != mark.mark() || !before_ok || runs[n].is_empty() {
                return Err(NumberProblem::Separators);
            }
            (runs[..n].concat(), runs[n])
        }
    };
    let whole = if whole.is_empty() { "0".to_string() } else { whole };
    let written = if fraction.is_empty() {
        whole
    } else {
        format!("{whole}.{fraction}")
    };
    let value: Decimal = written.parse().map_err(|_| NumberProblem::NotANumber)?;
    Ok(if negative { -value } else { value })
}

/// An amount from 0 to `max` (dollars, miles or percent), written as people write numbers in
/// the page's language (`read_number`).
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

/// Characters that show nothing or change how the text around them shows: control codes
/// (NUL, ESC, DEL…), direction overrides such as U+202E and zero-width marks. A field never
/// needs them; echoed back, they could make a page read differently from what it holds.
fn is_control_character(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
        )
}

/// Refuses a control character inside an answer (spaces, tabs and line ends around it are
/// trimmed as for every answer).
pub fn no_control_characters(text: &str) -> Result<(), Text> {
    if text.trim().chars().any(is_control_character) {
        Err(text!("error-control-characters"))
    } else {
        Ok(())
    }
}

/// The text with every control character left out, to show an answer back without them.
pub fn without_control_characters(text: &str) -> String {
    text.chars().filter(|c| !is_control_character(*c)).collect()
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
    pub fn parse(&self, text: &str, mark: DecimalMark) -> Result<Option<Decimal>, Text> {
        let text = not_too_long(text)?;
        if text.chars().all(|c| c.is_whitespace() || c == '$' || c == '%') {
            return if self.required {
                Err(about("error-enter", self.what))
            } else {
                Ok(None)
            };
        }
        let amount = read_number(text, mark).map_err(|problem| match problem {
            NumberProblem::NotANumber => {
                // The example in the page's own way of writing decimals.
                let example = match mark {
                    DecimalMark::Point => self.example.to_string(),
                    DecimalMark::Comma => self.example.replace('.', ","),
                };
                about("error-amount-not-number", self.what).with("example", Arg::Verbatim(example))
            }
            NumberProblem::Separators => {
                about("error-number-format", self.what).with("example", Arg::Verbatim(mark.example().into()))
            }
            NumberProblem::Ambiguous => Text::new(match mark {
                DecimalMark::Point => "error-number-ambiguous-point",
                DecimalMark::Comma => "error-number-ambiguous-comma",
            })
            .with("What", Arg::Capitalized(Box::new(Text::new(self.what)))),
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

/// A ZIP code: 5 digits, or ZIP+4 (`27705-4699`), of which the first 5 are used; blank is `None`.
pub fn parse_zip(text: &str) -> Result<Option<&str>, Text> {
    let text = not_too_long(text)?.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let five = match text.split_once('-') {
        Some((five, four)) if four.len() == 4 && four.bytes().all(|b| b.is_ascii_digit()) => five,
        Some(_) => text,
        None => text,
    };
    if crate::core::tables::is_zip(five) {
        Ok(Some(five))
    } else {
        Err(Text::new("error-zip-digits"))
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

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// Each way of writing a number, read on the English (point) and Spanish (comma) page.
    #[test]
    fn numbers_are_read_as_each_language_writes_them() {
        use DecimalMark::{Comma, Point};
        use NumberProblem::{NotANumber, Separators};
        let cases: [(&str, DecimalMark, Result<Decimal, NumberProblem>); 33] = [
            ("180", Point, Ok(dec!(180))),
            ("180", Comma, Ok(dec!(180))),
            ("180.5", Point, Ok(dec!(180.5))),
            ("180,5", Comma, Ok(dec!(180.5))),
            // A decimal comma on the English page, a decimal point on the Spanish one: refused.
            ("180,5", Point, Err(Separators)),
            ("180.5", Comma, Err(Separators)),
            ("1,80", Point, Err(Separators)),
            ("1,80", Comma, Ok(dec!(1.80))),
            // Thousands: a separator followed by a group of three digits.
            ("1,234.50", Point, Ok(dec!(1234.50))),
            ("1.234,50", Comma, Ok(dec!(1234.50))),
            ("1,234.50", Comma, Err(Separators)),
            ("1.234,50", Point, Err(Separators)),
            ("1,234", Point, Ok(dec!(1234))),
            ("1.234", Comma, Ok(dec!(1234))),
            // One decimal mark before three digits: thousands the other way, or a third decimal?
            ("40.505", Point, Err(NumberProblem::Ambiguous)),
            ("1,234", Comma, Err(NumberProblem::Ambiguous)),
            ("0.505", Point, Ok(dec!(0.505))),
            ("1,234,567", Point, Ok(dec!(1234567))),
            ("1.234.567", Comma, Ok(dec!(1234567))),
            ("$10,000", Point, Ok(dec!(10000))),
            ("$ 1.204,50 ", Comma, Ok(dec!(1204.50))),
            ("180 miles", Point, Ok(dec!(180))),
            ("180,5 millas", Comma, Ok(dec!(180.5))),
            ("20%", Point, Ok(dec!(20))),
            (".5", Point, Ok(dec!(0.5))),
            // Groups that are not thousands, mixed or doubled separators.
            ("12,34,567", Point, Err(Separators)),
            ("1234,567", Point, Err(Separators)),
            ("1,234,56", Point, Err(Separators)),
            ("1.234.50", Point, Err(Separators)),
            ("5.", Point, Err(Separators)),
            // Not numbers at all.
            ("4.7e2", Point, Err(NotANumber)),
            ("far", Point, Err(NotANumber)),
            ("1-2", Point, Err(NotANumber)),
        ];
        for (text, mark, expected) in cases {
            assert_eq!(read_number(text, mark), expected, "{text:?} on the {mark:?} page");
        }
        assert_eq!(read_number("-5", Point), Ok(dec!(-5)));
    }

    #[test]
    fn a_number_is_written_back_the_way_the_other_page_reads_it() {
        assert_eq!(DecimalMark::Point.write(dec!(180.50)), "180.5");
        assert_eq!(DecimalMark::Comma.write(dec!(180.5)), "180,5");
        assert_eq!(DecimalMark::Comma.write(dec!(1204)), "1204");
        let back = read_number(&DecimalMark::Comma.write(dec!(1234.5)), DecimalMark::Comma);
        assert_eq!(back, Ok(dec!(1234.5)));
    }
}
