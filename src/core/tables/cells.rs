//! A serde deserializer over one CSV record that remembers which column failed, and the
//! limits every cell is read within.
//!
//! `csv`'s own deserializer drops the column for errors raised inside serde visitors
//! (an unknown enum value, a bad decimal), and data errors must name the column.
//!
//! The limits hold for every table, so no figure can be absurd enough to overflow the estimate
//! (docs/model.md, "Why no sum can overflow"): a cell holds at most [`MAX_CELL_CHARS`]
//! characters; a whole number is plain digits from 0 to [`MAX_WHOLE`]; a decimal (a field read
//! with `#[serde(with = "super::cells::decimal")]`, or `optional_decimal`) is plain digits with
//! an optional point and at most [`MAX_DECIMAL_PLACES`] digits after it, from 0 to
//! [`MAX_DECIMAL`]. Tables check tighter limits of their own columns.

use std::cell::Cell;

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::de::value::{Error, StrDeserializer};
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::forward_to_deserialize_any;

/// The most characters any cell may hold. The longest in `data/` is a note of about 700.
pub const MAX_CELL_CHARS: usize = 2_000;
/// The largest whole number any cell may hold (counts, days, ages, years).
pub const MAX_WHOLE: u64 = 100_000;
/// The largest decimal any cell may hold (money, percents, miles, doses).
pub const MAX_DECIMAL: Decimal = dec!(100_000_000);
/// The most digits a decimal may have after its point.
pub const MAX_DECIMAL_PLACES: usize = 6;

/// Deserializes a struct from a header and a record of cells; on error, `failed_column`
/// holds the 0-based index of the cell being read.
pub struct RecordDeserializer<'a> {
    pub headers: &'a csv::StringRecord,
    pub cells: &'a csv::StringRecord,
    pub failed_column: &'a Cell<Option<usize>>,
}

impl<'de> de::Deserializer<'de> for RecordDeserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_map(RecordAccess { record: self, next: 0 })
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct RecordAccess<'a> {
    record: RecordDeserializer<'a>,
    next: usize,
}

impl<'de> MapAccess<'de> for RecordAccess<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        match self.record.headers.get(self.next) {
            Some(name) => seed.deserialize(name.into_deserializer()).map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let index = self.next;
        self.next += 1;
        let cell = self.record.cells.get(index).unwrap_or("");
        check_length(cell)
            .map_err(de::Error::custom)
            .and_then(|()| seed.deserialize(CellDeserializer(cell)))
            .inspect_err(|_| {
                self.record.failed_column.set(Some(index));
            })
    }
}

/// One cell: text that becomes a string, a number, an enum or an optional value.
struct CellDeserializer<'a>(&'a str);

impl CellDeserializer<'_> {
    /// A whole number: plain digits, from 0 to `max` (at most [`MAX_WHOLE`]).
    fn whole<T: TryFrom<u64>>(&self, max: u64) -> Result<T, Error> {
        let max = max.min(MAX_WHOLE);
        let value = whole_number(self.0, max).map_err(de::Error::custom)?;
        T::try_from(value).map_err(|_| de::Error::custom(too_large(self.0, max)))
    }
}

macro_rules! parse_whole {
    ($($method:ident => $visit:ident $ty:ty, $max:expr;)+) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            visitor.$visit(self.whole::<$ty>($max)?)
        })+
    };
}

impl<'de> de::Deserializer<'de> for CellDeserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_borrowed_str(self.0)
    }

    parse_whole! {
        deserialize_u8 => visit_u8 u8, 255;
        deserialize_u16 => visit_u16 u16, 65_535;
        deserialize_u32 => visit_u32 u32, MAX_WHOLE;
        deserialize_u64 => visit_u64 u64, MAX_WHOLE;
        deserialize_i32 => visit_i32 i32, MAX_WHOLE;
        deserialize_i64 => visit_i64 i64, MAX_WHOLE;
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            _ => Err(de::Error::custom(format!("{} is not true or false", shown(self.0)))),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_empty() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_enum(StrDeserializer::<Error>::new(self.0))
    }

    forward_to_deserialize_any! {
        i8 i16 i128 u128 f32 f64 char str string bytes byte_buf unit unit_struct
        newtype_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// Refuses a cell longer than [`MAX_CELL_CHARS`].
pub(super) fn check_length(cell: &str) -> Result<(), String> {
    // A cell of at most MAX_CELL_CHARS bytes has at most as many characters.
    if cell.len() <= MAX_CELL_CHARS {
        return Ok(());
    }
    let chars = cell.chars().count();
    if chars <= MAX_CELL_CHARS {
        return Ok(());
    }
    Err(format!(
        "this cell is {} characters long; a cell may hold at most {}",
        grouped(chars as u64),
        grouped(MAX_CELL_CHARS as u64)
    ))
}

/// A cell as a message quotes it: in quotes, cut short after 20 characters.
pub(super) fn shown(cell: &str) -> String {
    match cell.char_indices().nth(20) {
        Some((end, _)) => format!("{:?}", format!("{}…", &cell[..end])),
        None => format!("{cell:?}"),
    }
}

/// `1234567` as `1,234,567`.
pub(super) fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn too_large(cell: &str, max: u64) -> String {
    format!(
        "{} is larger than the most this column allows ({})",
        shown(cell),
        grouped(max)
    )
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// A whole number written as plain digits, from 0 to `max`.
fn whole_number(cell: &str, max: u64) -> Result<u64, String> {
    if !is_digits(cell) {
        let negative = cell.strip_prefix('-').is_some_and(is_digits);
        return Err(if negative {
            format!("{} is negative: this column counts from 0", shown(cell))
        } else {
            format!("{} is not a whole number: write digits only, like 14", shown(cell))
        });
    }
    match cell.parse::<u64>() {
        Ok(value) if value <= max => Ok(value),
        _ => Err(too_large(cell, max)),
    }
}

/// A decimal written as plain digits with an optional point (`1234.50`), from 0 to
/// [`MAX_DECIMAL`], with at most [`MAX_DECIMAL_PLACES`] digits after the point.
pub(super) fn plain_decimal(cell: &str) -> Result<Decimal, String> {
    if cell.is_empty() {
        return Err("the cell is empty: write a number, like 1234.50".to_string());
    }
    let unsigned = cell.strip_prefix('-').unwrap_or(cell);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    if !(is_digits(whole) && is_digits(fraction)) {
        if cell.contains(['e', 'E'])
            && let Ok(value) = Decimal::from_scientific(cell)
        {
            return Err(format!(
                "{} has an exponent: write the number out in plain digits ({})",
                shown(cell),
                value.normalize()
            ));
        }
        return Err(format!(
            "{} is not a number: write digits with an optional point, like 1234.50",
            shown(cell)
        ));
    }
    if unsigned.len() < cell.len() {
        return Err(format!("{} is negative: this column must be 0 or more", shown(cell)));
    }
    if fraction.len() > MAX_DECIMAL_PLACES {
        return Err(format!(
            "{} has {} digits after the point; write at most {MAX_DECIMAL_PLACES}",
            shown(cell),
            fraction.len()
        ));
    }
    // Without leading zeros, more than 9 digits before the point is more than MAX_DECIMAL (and
    // may not fit a Decimal); the digits after it are kept as written, so `13.50` keeps its cents.
    let too_large = || too_large(cell, u64::try_from(MAX_DECIMAL).unwrap_or_default());
    let whole = match whole.trim_start_matches('0') {
        "" => "0",
        digits if digits.len() > 9 => return Err(too_large()),
        digits => digits,
    };
    let plain = if unsigned.contains('.') {
        format!("{whole}.{fraction}")
    } else {
        whole.to_string()
    };
    match plain.parse::<Decimal>() {
        Ok(value) if value <= MAX_DECIMAL => Ok(value),
        _ => Err(too_large()),
    }
}

struct DecimalCell;

impl Visitor<'_> for DecimalCell {
    type Value = Decimal;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a number written as plain digits")
    }

    fn visit_str<E: de::Error>(self, cell: &str) -> Result<Decimal, E> {
        plain_decimal(cell).map_err(E::custom)
    }
}

struct OptionalDecimalCell;

impl<'de> Visitor<'de> for OptionalDecimalCell {
    type Value = Option<Decimal>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a number written as plain digits, or nothing")
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<Decimal>, E> {
        Ok(None)
    }

    fn visit_some<D: de::Deserializer<'de>>(self, cell: D) -> Result<Option<Decimal>, D::Error> {
        cell.deserialize_str(DecimalCell).map(Some)
    }

    fn visit_str<E: de::Error>(self, cell: &str) -> Result<Option<Decimal>, E> {
        if cell.is_empty() {
            Ok(None)
        } else {
            DecimalCell.visit_str(cell).map(Some)
        }
    }
}

/// A decimal cell (`#[serde(with = "super::cells::decimal")]`): read by [`plain_decimal`],
/// written as a string, as `rust_decimal::serde::str` writes it.
pub(super) mod decimal {
    use rust_decimal::Decimal;
    use serde::{Deserializer, Serializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(cell: D) -> Result<Decimal, D::Error> {
        cell.deserialize_str(super::DecimalCell)
    }

    pub fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
        rust_decimal::serde::str::serialize(value, serializer)
    }
}

/// A decimal cell that may be blank (`#[serde(with = "super::cells::optional_decimal")]`).
pub(super) mod optional_decimal {
    use rust_decimal::Decimal;
    use serde::{Deserializer, Serializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(cell: D) -> Result<Option<Decimal>, D::Error> {
        cell.deserialize_option(super::OptionalDecimalCell)
    }

    pub fn serialize<S: Serializer>(value: &Option<Decimal>, serializer: S) -> Result<S::Ok, S::Error> {
        rust_decimal::serde::str_option::serialize(value, serializer)
    }
}
