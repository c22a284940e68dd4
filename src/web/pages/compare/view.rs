//! The comparison as its page, print view and files show it: each column named by what sets it
//! apart, each row's figures written out, and the links or posted forms that reproduce it.

use rust_decimal::Decimal;
use serde::Serialize;

use super::CompareRequest;
use crate::core::comparison::{Column, Comparison, Difference, Direction, Row, Unit};
use crate::core::income_effects::to_one_place;
use crate::core::input::{FieldErrors, RawInput};
use crate::core::money::{format_number, format_usd};
use crate::core::text::Arg;
use crate::i18n::{Lang, percent, say};
use crate::text;
use crate::web::AppState;
use crate::web::pages::estimate::{Fact, situation_of};
use crate::web::parts::share::{
    HiddenField, answers_to_post, append_answers, hidden_answers, query_without_household_money,
};
use crate::web::parts::sources::{SourceNumbers, SourceView};
use crate::web::parts::words::said_date;

/// One column's heading.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnView {
    /// `a`, `b` or `c`.
    pub name: &'static str,
    /// "Choice A".
    pub title: String,
    /// What sets the column apart: "Durham, NC · 180 miles · driving".
    pub label: String,
    /// What the column is, as its answers say it: the center, travel and lodging.
    pub summary: String,
    /// `/estimate?…` for this column alone, without household money.
    pub link: String,
    /// The column's answers to post instead, when it counts household money a link leaves out.
    pub estimate_answers: Option<Vec<HiddenField>>,
    /// Messages when the column's answers are wrong; then it has no figures.
    pub errors: Vec<String>,
}

/// A row of figures with its name and figures in the page's language.
#[derive(Debug, Clone, Serialize)]
pub struct RowView {
    pub id: String,
    pub label: String,
    pub unit: Unit,
    pub values: Vec<Option<Decimal>>,
    /// Each value as the page writes it ("$7,381.00", "91.5%"), or "–" where there is none.
    pub cells: Vec<String>,
    /// Each later column against the first, signed, for files.
    pub differences: Vec<Option<Decimal>>,
    /// The same as the page writes them ("$7,381.00 less"), or "–".
    pub changes: Vec<String>,
    pub differs: bool,
}

const DASH: &str = "–";

impl RowView {
    fn new(row: &Row, lang: Lang) -> Self {
        let shown = |value: Decimal| match row.unit {
            Unit::Money => format_usd(value),
            Unit::Percent => percent(lang, to_one_place(value)),
        };
        let change = |difference: &Difference| {
            // A percent against a percent differs by points, not by a percent of it.
            let amount = Arg::Verbatim(match row.unit {
                Unit::Money => format_usd(difference.amount),
                Unit::Percent => format_number(to_one_place(difference.amount), 1),
            });
            say(
                lang,
                &match (difference.direction, row.unit) {
                    (Direction::Same, _) => text!("compare-same"),
                    (Direction::More, Unit::Money) => text!("compare-more", amount = amount),
                    (Direction::Less, Unit::Money) => text!("compare-less", amount = amount),
                    (Direction::More, Unit::Percent) => text!("compare-points-more", amount = amount),
                    (Direction::Less, Unit::Percent) => text!("compare-points-less", amount = amount),
                },
            )
        };
        Self {
            id: row.id.clone(),
            label: row.labels.iter().map(|l| say(lang, l)).collect::<Vec<_>>().join(" / "),
            unit: row.unit,
            values: row.values.clone(),
            cells: row
                .values
                .iter()
                .map(|v| v.map_or_else(|| DASH.to_string(), shown))
                .collect(),
            differences: row
                .differences
                .iter()
                .map(|d| d.as_ref().map(Difference::signed))
                .collect(),
            changes: row
                .differences
                .iter()
                .map(|d| d.as_ref().map_or_else(|| DASH.to_string(), change))
                .collect(),
            differs: row.differs,
        }
    }
}

/// An answer that differs between columns.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerDifferenceView {
    pub label: String,
    pub values: Vec<String>,
}

/// Where the comparison can go next: its address, its files and its print view. With household
/// money counted from a posted form, the files and print view are posted too (`post`), and the
/// address leaves the money out.
#[derive(Debug, Clone, Serialize)]
pub struct CompareLinks {
    pub page: String,
    pub csv: String,
    pub json: String,
    pub print: String,
    /// True when `page` leaves out household money the comparison counts.
    pub page_leaves_out_money: bool,
    /// Every answer of every column, and the box, for the posted files and print view.
    pub post: Option<Vec<PostedField>>,
}

/// A hidden field of a posted comparison: `b.center`.
#[derive(Debug, Clone, Serialize)]
pub struct PostedField {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompareView {
    pub columns: Vec<ColumnView>,
    /// The later columns, for the "minus A" headings.
    pub later: Vec<ColumnView>,
    pub answers: Vec<AnswerDifferenceView>,
    /// The answers every column shares.
    pub shared: Vec<Fact>,
    pub totals: Vec<RowView>,
    pub if_refused: RowView,
    pub family_low: RowView,
    pub family_high: RowView,
    /// "$18,000 to $31,000" per column.
    pub ranges: Vec<String>,
    /// What income changes; empty when no column counts income.
    pub income: Vec<RowView>,
    pub lines: Vec<RowView>,
    pub complete: bool,
    pub counts_household_money: bool,
    pub household_money_left_out: bool,
    pub income_changes_left_out: bool,
    pub links: CompareLinks,
    pub sources: Vec<SourceView>,
    pub made_on: String,
    pub data_as_of: String,
    pub app_version: &'static str,
}

impl CompareView {
    pub fn new(state: &AppState, asked: &CompareRequest, comparison: &Comparison) -> Self {
        let lang = asked.answers.lang();
        let rows = |rows: &[Row]| rows.iter().map(|row| RowView::new(row, lang)).collect::<Vec<_>>();
        let columns: Vec<ColumnView> = asked
            .columns
            .iter()
            .zip(&comparison.columns)
            .map(|((name, raw), column)| column_view(lang, name, raw, column, asked.counts_household_money))
            .collect();
        let family_low = RowView::new(&comparison.family_low, lang);
        let family_high = RowView::new(&comparison.family_high, lang);
        let ranges = family_low
            .values
            .iter()
            .zip(&family_high.values)
            .map(|pair| match pair {
                (Some(low), Some(high)) => say(
                    lang,
                    &text!("compare-low-to-high", low = Arg::Money(*low), high = Arg::Money(*high)),
                ),
                _ => DASH.to_string(),
            })
            .collect();
        let mut order: Vec<String> = Vec::new();
        for id in comparison.columns.iter().flatten().flat_map(|c| c.source_ids.iter()) {
            if !order.contains(id) {
                order.push(id.clone());
            }
        }
        let sources = SourceNumbers {
            tables: &state.tables,
            said: &state.said_sources,
            order,
            lang,
        }
        .views();
        Self {
            later: columns.iter().skip(1).cloned().collect(),
            columns,
            answers: comparison
                .answers
                .iter()
                .map(|answer| AnswerDifferenceView {
                    label: say(lang, &answer.label),
                    values: answer
                        .values
                        .iter()
                        .map(|v| v.as_ref().map(|v| say(lang, v)).unwrap_or_default())
                        .collect(),
                })
                .collect(),
            shared: situation_of(&comparison.shared, lang),
            totals: rows(&comparison.totals),
            if_refused: RowView::new(&comparison.if_refused, lang),
            family_low,
            family_high,
            ranges,
            income: rows(&comparison.income),
            lines: rows(&comparison.lines),
            complete: comparison.complete,
            counts_household_money: asked.counts_household_money,
            household_money_left_out: asked.household_money_left_out,
            income_changes_left_out: asked.income_changes_left_out,
            links: links(asked),
            sources,
            made_on: said_date(lang, &state.today().to_string()),
            data_as_of: said_date(lang, state.tables.data_as_of()),
            app_version: env!("CARGO_PKG_VERSION"),
        }
    }
}

fn column_view(
    lang: Lang,
    name: &'static str,
    raw: &RawInput,
    column: &Result<Column, FieldErrors>,
    counts_household_money: bool,
) -> ColumnView {
    ColumnView {
        name,
        title: say(
            lang,
            &text!("compare-column-title", name = Arg::Verbatim(name.to_uppercase())),
        ),
        label: column.as_ref().map_or_else(
            |_| String::new(),
            |c| {
                c.label
                    .iter()
                    .map(|part| say(lang, part))
                    .collect::<Vec<_>>()
                    .join(" · ")
            },
        ),
        summary: column
            .as_ref()
            .map_or_else(|_| String::new(), |c| say(lang, &c.summary)),
        link: format!("/estimate?{}", query_without_household_money(raw, lang)),
        estimate_answers: answers_to_post(raw).filter(|_| counts_household_money),
        errors: column.as_ref().err().map_or_else(Vec::new, |errors| {
            errors
                .messages_in_form_order()
                .map(|(_, message)| say(lang, message))
                .collect()
        }),
    }
}

/// The comparison's own address and files. A link carries what the comparison counts, except
/// household money from a posted form, which only posted forms carry on.
fn links(asked: &CompareRequest) -> CompareLinks {
    let lang = asked.answers.lang();
    let posted = asked.answers.switch.posted();
    let with_money = asked.counts_household_money && !posted;
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    let mut post = Vec::new();
    for (name, raw) in &asked.columns {
        append_answers(&mut serializer, &format!("{name}."), raw, with_money);
        for answer in hidden_answers(raw) {
            post.push(PostedField {
                name: format!("{name}.{}", answer.name),
                value: answer.value,
            });
        }
    }
    serializer.append_pair("lang", lang.code());
    let query = serializer.finish();
    let posts = posted && asked.counts_household_money;
    if posts {
        post.push(PostedField {
            name: "include_income".to_string(),
            value: "yes".to_string(),
        });
    }
    CompareLinks {
        page: format!("/compare?{query}"),
        csv: format!("/compare.csv?{query}"),
        json: format!("/compare.json?{query}"),
        print: format!("/compare/print?{query}"),
        page_leaves_out_money: posts,
        post: posts.then_some(post),
    }
}
