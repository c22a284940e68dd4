//! Words for the reader, in no language yet. The core says *what* to tell the family (a message
//! key and its values); `crate::i18n` says it in English or Spanish from the message files.

use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use jiff::civil::Date;
use rust_decimal::Decimal;

/// A message: a key in `locales/*/*.ftl` and the values it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub key: Key,
    pub args: Vec<(&'static str, Arg)>,
    /// For prose from a data file: its English, which stays next to its source and date
    /// in `data/`; the other languages have it in `locales/*/data-*.ftl` under `key`.
    pub english: Option<Arc<str>>,
}

/// A message's key: written in the code, or built from data. A data key is shared, not
/// copied, so a table row's words cost a count to hand to each estimate.
#[derive(Debug, Clone)]
pub enum Key {
    Code(&'static str),
    Data(Arc<str>),
}

/// Keys are the same when their words are, wherever they were written.
impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for Key {}

impl Deref for Key {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Key::Code(key) => key,
            Key::Data(key) => key,
        }
    }
}

/// A row's label, unit and note (journey counts, unit costs, product prices), each built once.
#[derive(Debug, Clone, Default)]
pub struct RowTexts {
    pub label: DataText,
    pub unit: DataText,
    pub note: DataText,
}

/// A table row's prose as a message (`Text::data`), built the first time it is said and
/// shared after: the key and the English are the row's for as long as the tables live.
#[derive(Debug, Clone, Default)]
pub struct DataText(OnceLock<(Arc<str>, Arc<str>)>);

impl DataText {
    /// The message for `english` under the key `key()` builds.
    pub fn get(&self, key: impl FnOnce() -> String, english: &str) -> Text {
        let (key, english) = self.0.get_or_init(|| (key().into(), english.into()));
        Text {
            key: Key::Data(key.clone()),
            args: Vec::new(),
            english: Some(english.clone()),
        }
    }
}

/// A value inside a message, formatted for the reader's language when the message is said.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Dollars and cents: `$1,234.50`.
    Money(Decimal),
    /// Whole dollars when there are no cents: `$3,167`, `$7.79`.
    MoneyShort(Decimal),
    /// A plain number with up to 2 places: `5,400`, `43.57`.
    Number(Decimal),
    /// A whole count, which also picks the plural form: `1 night`, `3 nights`.
    Count(u64),
    /// A percent: `20%` in English, `20 %` in Spanish.
    Percent(Decimal),
    /// A calendar date, written out in the reader's language.
    Date(Date),
    /// Said as it is, in any language: a name, a state code, a source's title.
    Verbatim(String),
    /// Another message, said in the same language.
    Text(Box<Text>),
    /// Another message, with its first letter made a capital (it starts a sentence).
    Capitalized(Box<Text>),
    /// Messages joined as a list: `A, B and C` / `A, B y C`.
    List(Vec<Text>),
    /// Sentences said one after the other, with a space between.
    Sentences(Vec<Text>),
    /// Parts said one after the other with nothing between (each brings its own punctuation).
    Joined(Vec<Text>),
}

impl Text {
    /// A message whose key is written in the code (and so is checked by the key test).
    pub const fn new(key: &'static str) -> Self {
        Self {
            key: Key::Code(key),
            args: Vec::new(),
            english: None,
        }
    }

    /// A message whose key is built from data: `note-{id}`, `choice-route-{id}`.
    pub fn keyed(key: String) -> Self {
        Self {
            key: Key::Data(key.into()),
            args: Vec::new(),
            english: None,
        }
    }

    /// Prose from a data file: `english` is the file's text, `key` its translations.
    pub fn data(key: String, english: &str) -> Self {
        Self {
            key: Key::Data(key.into()),
            args: Vec::new(),
            english: Some(english.into()),
        }
    }

    /// Sentences said one after the other; absent ones are left out.
    pub fn join(parts: impl IntoIterator<Item = Option<Text>>) -> Self {
        Text::new("sentences").with("parts", Arg::Sentences(parts.into_iter().flatten().collect()))
    }

    /// Adds a value the message refers to as `{ $name }`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

impl From<Text> for Arg {
    fn from(text: Text) -> Self {
        Arg::Text(Box::new(text))
    }
}

/// A part of a sentence that may be absent: absent, it says nothing.
impl From<Option<Text>> for Arg {
    fn from(text: Option<Text>) -> Self {
        text.map_or_else(|| Arg::Verbatim(String::new()), Arg::from)
    }
}

impl From<u32> for Arg {
    fn from(count: u32) -> Self {
        Arg::Count(u64::from(count))
    }
}

impl From<u64> for Arg {
    fn from(count: u64) -> Self {
        Arg::Count(count)
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Arg::Count(count as u64)
    }
}

impl From<Date> for Arg {
    fn from(date: Date) -> Self {
        Arg::Date(date)
    }
}

/// `text!("line-lodging", nights = 12u32, rate = Arg::MoneyShort(rate))`
#[macro_export]
macro_rules! text {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::core::text::Text::new($key)$(.with(stringify!($name), $value))*
    };
}

/// Data structures that hold messages are serialized for debugging and tests only; the web
/// layer says messages in the reader's language before anything is sent. A message
/// serializes as its key.
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.key)
    }
}

/// In the API's schema: the message's key, as serialized.
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MessageKey".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "description": "A message key (the words are in the fields beside it)." })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn a_data_text_is_built_once_and_shared_after() {
        let row_text = DataText::default();
        let built = Cell::new(0);
        let key = || {
            built.set(built.get() + 1);
            "journey-hospital_days-label".to_string()
        };
        let first = row_text.get(key, "Days in hospital");
        let second = row_text.get(key, "Days in hospital");
        assert_eq!(built.get(), 1);
        assert_eq!(first, second);
        assert_eq!(&*first.key, "journey-hospital_days-label");
        assert_eq!(first.english.as_deref(), Some("Days in hospital"));
        // The same words, not a copy of them.
        let (Key::Data(a), Key::Data(b)) = (&first.key, &second.key) else {
            panic!("a data key")
        };
        assert!(Arc::ptr_eq(a, b));
    }

    #[test]
    fn keys_are_equal_by_their_words_wherever_they_were_written() {
        assert_eq!(Text::new("state-HI"), Text::keyed("state-HI".to_string()));
        assert_ne!(Text::new("state-HI"), Text::keyed("state-AK".to_string()));
    }
}
