//! Reading a request: the answers in its query string or body, the page's language and the
//! switch to the other language.

use actix_web::HttpRequest;
use actix_web::http::{Method, header};
use serde::Serialize;

use std::collections::BTreeMap;

use crate::core::input::{DecimalMark, Field, RawInput, without_control_characters};
use crate::i18n::Lang;
use crate::web::pages::compare::COLUMN_NAMES;

/// How numbers are written on a page in `lang`: `1,234.50` or `1.234,50`.
pub fn decimal_mark(lang: Lang) -> DecimalMark {
    match lang {
        Lang::En => DecimalMark::Point,
        Lang::Es => DecimalMark::Comma,
    }
}

/// Pairs from a query string or a urlencoded body. Never fails: bad encoding is replaced.
pub fn pairs(bytes: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(bytes).into_owned().collect()
}

/// `lang=` in the link or form; else the browser's preferred language.
pub fn request_lang(request: &HttpRequest, pairs: &[(String, String)]) -> Lang {
    pairs
        .iter()
        .rev()
        .find(|(name, _)| name == "lang")
        .and_then(|(_, value)| Lang::from_code(value))
        .unwrap_or_else(|| {
            let header = request.headers().get(header::ACCEPT_LANGUAGE);
            Lang::from_accept_language(header.and_then(|value| value.to_str().ok()))
        })
}

/// The answers a request carries, in its query string (GET) or its body (POST).
pub struct Answers {
    pub pairs: Vec<(String, String)>,
    pub raw: RawInput,
    pub switch: LangSwitch,
}

impl Answers {
    /// The answers in the link.
    pub fn from_query(request: &HttpRequest) -> Self {
        Self::new(request, request.query_string().as_bytes())
    }

    /// The answers in a posted form.
    pub fn from_body(request: &HttpRequest, body: &[u8]) -> Self {
        Self::new(request, body)
    }

    fn new(request: &HttpRequest, bytes: &[u8]) -> Self {
        let pairs = pairs(bytes);
        let switch = LangSwitch::new(request, &pairs);
        let raw = RawInput::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .typed_with(decimal_mark(switch.lang));
        Self { pairs, raw, switch }
    }

    pub fn lang(&self) -> Lang {
        self.switch.lang
    }

    /// True when the request carries no answer at all (only its language, or nothing the
    /// form reads): the page is then the same for everyone.
    pub fn is_blank(&self) -> bool {
        known_answers(&self.pairs).next().is_none()
    }

    /// Not an answer: whether share links may carry household money (pay, income and
    /// household size). The box is still named `include_income`, as in links made before.
    pub fn include_household_money(&self) -> bool {
        self.pairs
            .iter()
            .any(|(name, value)| name == "include_income" && value == "yes")
    }
}

/// The language a page is in, and the switch to the other language that every page shows.
/// The switch repeats the request: a link for a GET, a small form for a POST (so answers
/// sent by POST, such as income, never end up in an address).
#[derive(Serialize)]
pub struct LangSwitch {
    pub lang: Lang,
    /// The other language's code and its own name for itself ("Español").
    to: Lang,
    label: String,
    href: Option<String>,
    action: String,
    fields: Vec<(String, String)>,
}

impl LangSwitch {
    /// True when the page answers a posted form (its answers are in no address).
    pub fn posted(&self) -> bool {
        self.href.is_none()
    }

    /// For pages whose only input is the query string.
    pub fn for_query(request: &HttpRequest) -> Self {
        Self::new(request, &pairs(request.query_string().as_bytes()))
    }

    fn new(request: &HttpRequest, pairs: &[(String, String)]) -> Self {
        let lang = request_lang(request, pairs);
        let to = lang.other();
        // Amounts are rewritten the way the other language writes them (`180,5` → `180.5`).
        let (from_mark, to_mark) = (decimal_mark(lang), decimal_mark(to));
        let mut fields: Vec<(String, String)> = known_answers(pairs)
            .map(|(name, value)| (name.to_string(), RawInput::rewritten(name, &value, from_mark, to_mark)))
            .collect();
        fields.push(("lang".to_string(), to.code().to_string()));
        // The app's own route, never the path as sent: `//evil.example/x` would be a link to
        // another site. An unknown address switches to the form.
        let path = request.match_pattern().unwrap_or_else(|| "/".to_string());
        let posted = request.method() == Method::POST;
        let href = (!posted).then(|| {
            let query = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(fields.iter())
                .finish();
            format!("{path}?{query}")
        });
        LangSwitch {
            lang,
            to,
            label: crate::i18n::message(to, "language-name", &[]),
            href,
            // The language in the address too, so a refusal before the body is read (too large,
            // too slow) is in the language asked for.
            action: format!("{path}?lang={}", to.code()),
            fields: if posted { fields } else { Vec::new() },
        }
    }
}

/// The pairs a page may send back: the answers (a comparison column's too, `a.center`) and
/// the box for share links, each once (the last, as the parser reads them) with control
/// characters left out. Anything else a request carried is dropped, so a page never repeats
/// what it does not read.
fn known_answers(pairs: &[(String, String)]) -> impl Iterator<Item = (&str, String)> {
    let is_known = |name: &str| {
        let field_name = match name.split_once('.') {
            Some((column, rest)) if COLUMN_NAMES.contains(&column) => rest,
            Some(_) => return false,
            None => name,
        };
        field_name == "include_income" || Field::named(field_name).is_some()
    };
    let mut last: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, (name, _)) in pairs.iter().enumerate() {
        if is_known(name) {
            last.insert(name, index);
        }
    }
    pairs
        .iter()
        .enumerate()
        .filter(move |(index, (name, _))| last.get(name.as_str()) == Some(index))
        .map(|(_, (name, value))| (name.as_str(), without_control_characters(value)))
}
