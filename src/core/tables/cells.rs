//! A serde deserializer over one CSV record that remembers which column failed.
//!
//! `csv`'s own deserializer drops the column for errors raised inside serde visitors
//! (an unknown enum value, a bad decimal), and data errors must name the column.

use std::cell::Cell;

use serde::de::value::{Error, StrDeserializer};
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::forward_to_deserialize_any;

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
        seed.deserialize(CellDeserializer(cell)).inspect_err(|_| {
            self.record.failed_column.set(Some(index));
        })
    }
}

/// One cell: text that becomes a string, a number, an enum or an optional value.
struct CellDeserializer<'a>(&'a str);

impl CellDeserializer<'_> {
    fn parse<T: std::str::FromStr>(&self, what: &str) -> Result<T, Error> {
        self.0
            .parse()
            .map_err(|_| de::Error::custom(format!("{:?} is not {what}", self.0)))
    }
}

macro_rules! parse_number {
    ($($method:ident => $visit:ident $ty:ty, $what:literal;)+) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            visitor.$visit(self.parse::<$ty>($what)?)
        })+
    };
}

impl<'de> de::Deserializer<'de> for CellDeserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_borrowed_str(self.0)
    }

    parse_number! {
        deserialize_u8 => visit_u8 u8, "a whole number from 0 to 255";
        deserialize_u16 => visit_u16 u16, "a whole number from 0 to 65535";
        deserialize_u32 => visit_u32 u32, "a whole number of 0 or more";
        deserialize_u64 => visit_u64 u64, "a whole number of 0 or more";
        deserialize_i32 => visit_i32 i32, "a whole number";
        deserialize_i64 => visit_i64 i64, "a whole number";
        deserialize_bool => visit_bool bool, "true or false";
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
