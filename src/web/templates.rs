//! The template environment: templates embedded at build time, HTML escaping on, the
//! formatting filters templates use instead of doing arithmetic, and `refs()`, the one piece
//! of markup written here rather than in a template (it is on every line of the page).

use std::borrow::Cow;
use std::sync::OnceLock;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Kwargs;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, Output, State, UndefinedBehavior, Value};
use rust_decimal::Decimal;

use crate::i18n::{self, Lang};

use crate::core::money::{format_number, format_usd, format_usd_short, whole};

/// Builds the environment once at start-up; shared by every worker.
pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    // Block tags leave no blank lines or indentation behind: fewer bytes to a phone.
    env.set_syntax(
        SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .expect("the default delimiters"),
    );
    minijinja_embed::load_templates!(&mut env);
    // A typo in a template (printing or looping over something undefined) is an error.
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.set_auto_escape_callback(minijinja::default_auto_escape_callback);
    env.set_formatter(print_escaped);
    env.add_filter("usd", usd);
    env.add_filter("usd_short", usd_short);
    env.add_filter("dollars", dollars);
    env.add_filter("number", number);
    env.add_function("t", t);
    env.add_function("th", th);
    env.add_function("refs", refs);
    env.add_global("stylesheet", super::pages::misc::stylesheet_url());
    env
}

/// Text made safe for HTML, in element content and in quoted attributes: `& < > " '` are
/// escaped, `/` is not (minijinja's own escaping writes every slash of a link as `&#x2f;`,
/// five bytes more each for a phone to download).
fn escape_html(text: &str) -> Cow<'_, str> {
    html_escape::encode_quoted_attribute(text)
}

/// Prints a value as minijinja's own formatter does, with [`escape_html`] for text.
fn print_escaped(out: &mut Output, state: &mut State, value: &Value) -> Result<(), Error> {
    match value.as_str() {
        Some(text) if !value.is_safe() && *state.auto_escape() == AutoEscape::Html => {
            out.write_str(&escape_html(text)).map_err(Error::from)
        }
        _ => minijinja::escape_formatter(out, state, value),
    }
}

/// The page's language: every page is rendered with `lang` in its context.
fn page_lang(state: &State) -> Result<Lang, Error> {
    let code = state.lookup("lang");
    code.as_ref()
        .and_then(Value::as_str)
        .and_then(Lang::from_code)
        .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, format!("no page language: {code:?}")))
}

/// A message's values from a template: numbers stay numbers (they pick plural forms),
/// everything else is text the template has already formatted (`amount|usd`).
fn message(state: &State, key: &str, kwargs: &Kwargs, escape: bool) -> Result<String, Error> {
    let lang = page_lang(state)?;
    let given: Vec<(&str, Value)> = kwargs
        .args()
        .map(|name| Ok((name, kwargs.get(name)?)))
        .collect::<Result<_, Error>>()?;
    let values: Vec<(&str, i18n::Value<'_>)> = given
        .iter()
        .map(|(name, value)| {
            let text = || text_of(value);
            let value = match value.as_i64().and_then(|n| u64::try_from(n).ok()) {
                Some(count) if value.is_integer() => i18n::Value::Count(count),
                _ if escape && !value.is_safe() => i18n::Value::Str(match text() {
                    Cow::Borrowed(text) => escape_html(text),
                    Cow::Owned(text) => Cow::Owned(escape_html(&text).into_owned()),
                }),
                _ => i18n::Value::Str(text()),
            };
            (*name, value)
        })
        .collect();
    Ok(i18n::message(lang, key, &values))
}

/// `{{ t("site-name") }}`, `{{ t("chart-medical", typical=a|usd, low=b|usd, high=c|usd) }}`: a message as text,
/// escaped like any other printed value.
fn t(state: &State, key: &str, kwargs: Kwargs) -> Result<Value, Error> {
    // Most messages have no values: their kept text is printed without being copied.
    if kwargs.args().next().is_none()
        && let Some(text) = i18n::shared_plain_message(page_lang(state)?, key)
    {
        return Ok(Value::from(text));
    }
    message(state, key, &kwargs, false).map(Value::from)
}

/// `{{ th("key", amount=…) }}`: a message that carries its own markup
/// (a link, a `<strong>`), from our message files; its values are escaped.
fn th(state: &State, key: &str, kwargs: Kwargs) -> Result<Value, Error> {
    message(state, key, &kwargs, true).map(Value::from_safe_string)
}

/// `{{ refs(line.sources) }}`: numbered links to the page's source list, "[1, 6, 9*]", a star
/// marking an assumption, with words for screen readers; nothing when there are no sources.
/// Written here rather than as a template macro: the estimate page prints 75 of them, and
/// the macro (its call, its loop, a plural message each time) was a fifth of the render.
fn refs(state: &State, sources: Value) -> Result<Value, Error> {
    if !sources.is_true() {
        return Ok(Value::from_safe_string(String::new()));
    }
    let lang = page_lang(state)?;
    let count = sources.len().unwrap_or_default();
    let mut html = String::with_capacity(80 + 48 * count);
    html.push_str("<span class=\"refs\">[<span class=\"visually-hidden\">");
    html.push_str(&escape_html(&sources_said(lang, count)));
    html.push_str(" </span>");
    for (index, source) in sources.try_iter()?.enumerate() {
        let number = source
            .get_attr("number")?
            .as_usize()
            .ok_or_else(|| Error::new(ErrorKind::InvalidOperation, "a source reference without its number"))?;
        if index > 0 {
            html.push_str(", ");
        }
        html.push_str("<a href=\"#source-");
        html.push_str(&number.to_string());
        html.push_str("\">");
        html.push_str(&number.to_string());
        html.push_str("</a>");
        if source.get_attr("assumption")?.is_true() {
            html.push_str("<span class=\"assumption-mark\">*<span class=\"visually-hidden\"> ");
            html.push_str(&escape_html(&i18n::message(lang, "refs-assumption", &[])));
            html.push_str("</span></span>");
        }
    }
    html.push_str("]</span>");
    Ok(Value::from_safe_string(html))
}

/// "Source" or "Sources" for screen readers, the plural picked by the count, said once per
/// language for each count below `KEPT_COUNTS`: a count of sources comes from the data (how
/// many a figure cites), never from what a user typed.
fn sources_said(lang: Lang, count: usize) -> Cow<'static, str> {
    const KEPT_COUNTS: usize = 64;
    static SAID: [[OnceLock<String>; KEPT_COUNTS]; Lang::ALL.len()] =
        [const { [const { OnceLock::new() }; KEPT_COUNTS] }; Lang::ALL.len()];
    let say = || {
        let count = u64::try_from(count).unwrap_or(u64::MAX);
        i18n::message(lang, "refs-sources", &[("count", i18n::Value::Count(count))])
    };
    match SAID[lang as usize].get(count) {
        Some(kept) => Cow::Borrowed(kept.get_or_init(say)),
        None => Cow::Owned(say()),
    }
}

/// A template value as text: borrowed when it is a string, written out otherwise.
fn text_of(value: &Value) -> Cow<'_, str> {
    value
        .as_str()
        .map_or_else(|| Cow::Owned(value.to_string()), Cow::Borrowed)
}

/// Reads a Decimal from a template value: view models carry money as decimal strings.
fn decimal(value: &Value) -> Result<Decimal, Error> {
    let text = text_of(value);
    text.parse::<Decimal>()
        .map_err(|_| Error::new(ErrorKind::InvalidOperation, format!("not an amount: {text:?}")))
}

/// `{{ amount|usd }}` → `$10,492.00`
fn usd(value: &Value) -> Result<String, Error> {
    decimal(value).map(format_usd)
}

/// `{{ rate|usd_short }}` → `$3,167` or `$7.79`
fn usd_short(value: &Value) -> Result<String, Error> {
    decimal(value).map(format_usd_short)
}

/// `{{ total|dollars }}` → `$26,005` (from 26,005.19): whole dollars, rounded half away from
/// zero, for the headline and the family's summary, where cents read as false precision.
fn dollars(value: &Value) -> Result<String, Error> {
    decimal(value).map(|amount| format_usd_short(whole(amount)))
}

/// `{{ quantity|number }}` → `5,400` or `43.57`
/// A plain number with up to 2 places, or up to `places` when given: `|number(1)`.
fn number(value: &Value, places: Option<u32>) -> Result<String, Error> {
    decimal(value).map(|d| format_number(d, places.unwrap_or(2).min(6)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use minijinja::context;

    fn render(source: &str, ctx: Value) -> String {
        let mut env = environment();
        env.add_template_owned("test.html", source.to_string()).unwrap();
        env.get_template("test.html").unwrap().render(ctx).unwrap()
    }

    #[test]
    fn money_filters_format_decimal_strings_and_numbers() {
        let out = render(
            "{{ a|usd }} {{ b|usd_short }} {{ c|usd_short }} {{ d|number }} {{ e|usd }}",
            context! { a => "10492.000", b => "3167", c => "0.205", d => "43.5714285", e => 1234 },
        );
        assert_eq!(out, "$10,492.00 $3,167 $0.205 43.57 $1,234.00");
    }

    #[test]
    fn whole_dollars_round_half_away_from_zero() {
        let out = render(
            "{{ a|dollars }} {{ b|dollars }} {{ c|dollars }} {{ d|dollars }}",
            context! { a => "26005.19", b => "67909.50", c => "0.49", d => "-2.5" },
        );
        assert_eq!(out, "$26,005 $67,910 $0 -$3");
    }

    #[test]
    fn a_non_amount_is_an_error_not_a_guess() {
        let mut env = environment();
        env.add_template_owned("bad.html", "{{ x|usd }}".to_string()).unwrap();
        assert!(
            env.get_template("bad.html")
                .unwrap()
                .render(context! { x => "lots" })
                .is_err()
        );
    }

    #[test]
    fn html_templates_escape_what_they_print() {
        let out = render(
            "<a title=\"{{ x }}\">{{ x }}</a> {{ n }} {{ safe }}",
            context! { x => "\"><script>alert('1')</script>", n => 42, safe => Value::from_safe_string("<b>ok</b>".into()) },
        );
        assert_eq!(
            out,
            "<a title=\"&quot;&gt;&lt;script&gt;alert(&#x27;1&#x27;)&lt;/script&gt;\">&quot;&gt;&lt;script&gt;alert(&#x27;1&#x27;)&lt;/script&gt;</a> 42 <b>ok</b>"
        );
    }

    #[test]
    fn a_message_without_values_is_said_in_the_pages_language_and_escaped() {
        // Twice each, so the second print comes from the kept text. (The unknown key comes
        // from the context, so the check that every key the code names has a message skips it.)
        let source = "{{ t('site-name') }}|{{ t('trial-cells-autologous') }}|{{ t(unknown) }}";
        for _ in 0..2 {
            assert_eq!(
                render(source, context! { lang => "en", unknown => "no-such-key" }),
                "CAR-T Cost &amp; Access Estimator|made from the patient&#x27;s own cells|no-such-key"
            );
            assert!(render(source, context! { lang => "es", unknown => "no-such-key" }).ends_with("|no-such-key"));
        }
        assert_ne!(
            render("{{ t('site-name') }}", context! { lang => "es" }),
            render("{{ t('site-name') }}", context! { lang => "en" })
        );
    }

    #[test]
    fn source_references_link_each_number_and_mark_assumptions_in_the_pages_language() {
        let refs =
            |lang: &str, sources: Value| render("{{ refs(sources) }}", context! { lang => lang, sources => sources });
        let one = context! { number => 4, assumption => false };
        let assumed = context! { number => 12, assumption => true };
        assert_eq!(
            refs("en", Value::from(vec![one.clone()])),
            "<span class=\"refs\">[<span class=\"visually-hidden\">Source </span><a href=\"#source-4\">4</a>]</span>"
        );
        assert_eq!(
            refs("en", Value::from(vec![one.clone(), assumed.clone()])),
            "<span class=\"refs\">[<span class=\"visually-hidden\">Sources </span><a href=\"#source-4\">4</a>, \
             <a href=\"#source-12\">12</a><span class=\"assumption-mark\">*<span class=\"visually-hidden\"> (assumption)</span></span>]</span>"
        );
        assert_eq!(
            refs("es", Value::from(vec![assumed])),
            "<span class=\"refs\">[<span class=\"visually-hidden\">Fuente </span><a href=\"#source-12\">12</a>\
             <span class=\"assumption-mark\">*<span class=\"visually-hidden\"> (suposición)</span></span>]</span>"
        );
        // No sources, no brackets; a reference without its number is an error, not a guess.
        assert_eq!(refs("en", Value::from(Vec::<Value>::new())), "");
        let mut env = environment();
        env.add_template_owned("bad.html", "{{ refs(sources) }}".to_string())
            .unwrap();
        let bad = context! { lang => "en", sources => vec![context! { assumption => false }] };
        assert!(env.get_template("bad.html").unwrap().render(bad).is_err());
    }

    #[test]
    fn links_keep_their_slashes() {
        let out = render(
            "<a href=\"{{ url }}\">",
            context! { url => "https://example.org/a/b?c=1&d=2" },
        );
        assert_eq!(out, "<a href=\"https://example.org/a/b?c=1&amp;d=2\">");
    }

    #[test]
    fn every_template_loads() {
        let env = environment();
        let names: Vec<String> = env.templates().map(|(name, _)| name.to_string()).collect();
        for expected in [
            "base.html",
            "form.html",
            "estimate.html",
            "sources.html",
            "advocates.html",
            "error.html",
        ] {
            assert!(names.iter().any(|n| n == expected), "{expected} missing from {names:?}");
        }
    }
}
