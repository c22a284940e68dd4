//! The estimate's lines, grouped by kind of cost, with who pays each and why.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::estimate::Estimate;
use crate::core::lines::{Category, LineItem, Payer};
use crate::core::scenarios::Scenarios;
use crate::core::tables::wire_id;
use crate::i18n::{Lang, say};
use crate::web::parts::sources::{SourceNumbers, SourceRef};
use crate::web::parts::words::{msg, payer_key, payer_text};

/// What one payer pays of a line, typical scenario.
#[derive(Debug, Clone, Serialize)]
pub struct PayerAmount {
    pub who: String,
    pub typical: Decimal,
}

#[derive(Debug, Clone, Serialize)]
pub struct LineView {
    pub id: String,
    pub label: String,
    pub basis: String,
    pub payer_text: String,
    pub payer_reason: String,
    /// Each payer's typical share, when more than one pays.
    pub split: Vec<PayerAmount>,
    pub cost: Option<Scenarios<Decimal>>,
    pub family_pays: Option<Scenarios<Decimal>>,
    pub question: Option<String>,
    pub sources: Vec<SourceRef>,
    pub uses_assumption: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct LineGroup {
    pub title: String,
    pub intro: String,
    pub lines: Vec<LineView>,
    /// The family's share of this group, for the group's last row.
    pub family_total: Scenarios<Decimal>,
}

#[derive(Debug, Clone, Serialize)]
pub struct JourneyView {
    pub label: String,
    pub unit: String,
    pub counts: Scenarios<u32>,
    pub pinned: bool,
    pub skipped: bool,
    pub note: String,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnpricedView {
    pub label: String,
    pub question: String,
}

/// Each payer's typical amount, when a line is shared.
fn payer_split(lang: Lang, line: &LineItem) -> Vec<PayerAmount> {
    if line.payer.len() < 2 {
        return Vec::new();
    }
    let typical = |amounts: &Option<Scenarios<Decimal>>| amounts.map_or(Decimal::ZERO, |a| a.typical);
    line.payer
        .iter()
        .map(|payer| PayerAmount {
            who: msg(lang, payer_key(*payer)),
            typical: match payer {
                Payer::Sponsor => typical(&line.sponsor_pays),
                Payer::Insurer => typical(&line.insurer_pays),
                Payer::TravelBenefit | Payer::MedicaidTransport | Payer::StatePaidLeave => typical(&line.benefit_pays),
                Payer::Family => typical(&line.family_pays),
            },
        })
        .collect()
}

fn line_view(line: &LineItem, lang: Lang, numbers: &SourceNumbers<'_>) -> LineView {
    let sources = numbers.refs(&line.sources);
    LineView {
        id: wire_id(&line.id),
        label: say(lang, &line.label),
        basis: say(lang, &line.basis),
        payer_text: payer_text(lang, &line.payer),
        payer_reason: line.payer_reason.as_ref().map(|r| say(lang, r)).unwrap_or_default(),
        split: payer_split(lang, line),
        cost: line.cost,
        family_pays: line.family_pays,
        question: line.question.as_ref().map(|q| say(lang, q)),
        uses_assumption: sources.iter().any(|s| s.assumption),
        sources,
    }
}

/// The lines in three groups: medical bills, living away from home, lost pay.
pub fn groups(estimate: &Estimate, numbers: &SourceNumbers<'_>) -> Vec<LineGroup> {
    let lang = numbers.lang;
    let t = &estimate.totals;
    [
        (
            Category::Medical,
            "group-medical",
            "group-medical-intro",
            t.family_medical,
        ),
        (
            Category::NonMedical,
            "group-living",
            "group-living-intro",
            t.non_medical,
        ),
        (Category::LostIncome, "group-pay", "group-pay-intro", t.lost_income),
    ]
    .into_iter()
    .map(|(category, title, intro, family_total)| LineGroup {
        title: msg(lang, title),
        intro: msg(lang, intro),
        lines: estimate
            .lines
            .iter()
            .filter(|l| l.category == category)
            .map(|line| line_view(line, lang, numbers))
            .collect(),
        family_total,
    })
    .collect()
}

/// The items with no sourced price, and what to ask about each.
pub fn unpriced(estimate: &Estimate, lang: Lang) -> Vec<UnpricedView> {
    estimate
        .lines
        .iter()
        .filter(|l| l.cost.is_none())
        .map(|l| UnpricedView {
            label: say(lang, &l.label),
            question: l.question.as_ref().map(|q| say(lang, q)).unwrap_or_default(),
        })
        .collect()
}

/// How long each step takes, low / typical / high, and whether the user pinned it.
pub fn journey(estimate: &Estimate, numbers: &SourceNumbers<'_>) -> Vec<JourneyView> {
    let lang = numbers.lang;
    estimate
        .journey
        .steps
        .iter()
        .map(|step| JourneyView {
            label: say(lang, &step.label),
            unit: say(lang, &step.unit),
            counts: step.counts,
            pinned: step.pinned,
            skipped: step.skipped,
            note: say(lang, &step.note),
            sources: numbers.refs(step.sources.as_slice()),
        })
        .collect()
}

/// A line and what the family pays of it, typical.
#[derive(Debug, Clone, Serialize)]
pub struct TopLine {
    pub label: String,
    pub family_typical: Decimal,
}

/// How many lines the printed summary lists.
const TOP_LINES: usize = 5;

/// The lines that cost the family most (typical), largest first, for the printed summary.
pub fn top_lines(estimate: &Estimate, lang: Lang) -> Vec<TopLine> {
    let mut lines: Vec<TopLine> = estimate
        .lines
        .iter()
        .filter_map(|line| {
            let family_typical = line.family_pays?.typical;
            (family_typical > Decimal::ZERO).then(|| TopLine {
                label: say(lang, &line.label),
                family_typical,
            })
        })
        .collect();
    // Stable: equal amounts keep the page's line order.
    lines.sort_by_key(|line| std::cmp::Reverse(line.family_typical));
    lines.truncate(TOP_LINES);
    lines
}
