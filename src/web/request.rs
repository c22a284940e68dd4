//! Reading a request: the answers in its query string or body, the page's language and the
//! switch to the other language.

use actix_web::HttpRequest;
use actix_web::http::{Method, header};
use serde::Serialize;

use crate::core::input::{DecimalMark, RawInput};
use crate::i18n::Lang;

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

    /// Not an answer: whether share links may carry income and household size.
    pub fn include_income(&self) -> bool {
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
    /// For pages whose only input is the query string.
    pub fn for_query(request: &HttpRequest) -> Self {
        Self::new(request, &pairs(request.query_string().as_bytes()))
    }

    fn new(request: &HttpRequest, pairs: &[(String, String)]) -> Self {
        let lang = request_lang(request, pairs);
        let to = lang.other();
        // Amounts are rewritten the way the other language writes them (`180,5` → `180.5`).
        let (from_mark, to_mark) = (decimal_mark(lang), decimal_mark(to));
        let mut fields: Vec<(String, String)> = pairs
            .iter()
            .filter(|(name, _)| name != "lang")
            .map(|(name, value)| (name.clone(), RawInput::rewritten(name, value, from_mark, to_mark)))
            .collect();
        fields.push(("lang".to_string(), to.code().to_string()));
        let path = request.path().to_string();
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
            action: path,
            fields: if posted { fields } else { Vec::new() },
        }
    }
}
