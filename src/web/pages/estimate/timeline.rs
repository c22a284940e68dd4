//! The journey and the family's money out month by month: on the calendar with a start date,
//! otherwise in weeks and months from the first visit.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::cash_flow::{CashFlow, JourneyDay, MonthOf};
use crate::core::text::{Arg, Text};
use crate::i18n::Lang;
use crate::i18n::say;
use crate::text;
use crate::web::parts::sources::{SourceNumbers, SourceRef};
use crate::web::parts::words::msg;

/// A phase of the journey.
#[derive(Debug, Clone, Serialize)]
pub struct PhaseView {
    pub label: String,
    pub first: String,
    pub last: String,
}

/// One month of money out.
#[derive(Debug, Clone, Serialize)]
pub struct MonthView {
    /// "March 2027", or "Month 4" without a start date.
    pub label: String,
    /// The month in a sentence: "March 2027", or "month 4 from the first visit".
    pub when: String,
    pub medical: Decimal,
    pub living: Decimal,
    pub lost_pay: Decimal,
    pub total: Decimal,
    /// A month between visits with nothing to pay, shown as one short row.
    pub nothing_to_pay: bool,
}

/// The journey on the calendar and the family's money out by month.
#[derive(Debug, Clone, Serialize)]
pub struct CashFlowView {
    /// True when the journey is on the calendar (a start date was given).
    pub dated: bool,
    pub phases: Vec<PhaseView>,
    pub months: Vec<MonthView>,
    /// The sums over all months.
    pub total: MonthView,
    /// When the family goes home, as it reads after "go home": "on April 17, 2027", "in week 14".
    pub home: String,
    pub up_front_spending: Decimal,
    /// What a travel benefit pays back later, when it does.
    pub benefit_later: Option<Decimal>,
    /// Pay lost before going home, when any is.
    pub up_front_lost_pay: Option<Decimal>,
    /// What state paid leave replaces later, when it does.
    pub leave_later: Option<Decimal>,
    /// The month with the family's largest medical bills, if any.
    pub largest_bill: Option<MonthView>,
    pub sources: Vec<SourceRef>,
}

/// A day of the journey in a table cell: "March 3, 2027" or "Week 4".
fn day_label(lang: Lang, day: JourneyDay) -> String {
    match day {
        JourneyDay::Date(date) => crate::i18n::long_date(lang, date),
        JourneyDay::FromFirstVisit { week, .. } => {
            say(lang, &text!("timeline-week", week = Arg::Number(Decimal::from(week))))
        }
    }
}

/// A month's label in the table and in a sentence.
fn month_labels(lang: Lang, month: MonthOf) -> (String, String) {
    match month {
        MonthOf::Calendar { year, month } => {
            let label = say(
                lang,
                &text!(
                    "month-year",
                    month = Text::keyed(format!("month-{month}")),
                    year = Arg::Verbatim(year.to_string())
                ),
            );
            (label.clone(), label)
        }
        MonthOf::FromFirstVisit(n) => {
            let n = Arg::Number(Decimal::from(n));
            (
                say(lang, &text!("timeline-month", n = n.clone())),
                say(lang, &text!("timeline-month-in-sentence", n = n)),
            )
        }
    }
}

pub fn cash_flow_view(flow: &CashFlow, numbers: &SourceNumbers<'_>) -> CashFlowView {
    let lang = numbers.lang;
    let months: Vec<MonthView> = flow
        .months
        .iter()
        .map(|m| {
            let (label, when) = month_labels(lang, m.month);
            MonthView {
                label,
                when,
                medical: m.medical,
                living: m.living,
                lost_pay: m.lost_pay,
                total: m.total,
                nothing_to_pay: m.medical.is_zero() && m.living.is_zero() && m.lost_pay.is_zero(),
            }
        })
        .collect();
    let home = match flow.home {
        JourneyDay::Date(date) => text!(
            "timeline-home-on",
            date = Arg::Verbatim(crate::i18n::long_date(lang, date))
        ),
        JourneyDay::FromFirstVisit { week, .. } => {
            text!("timeline-home-in-week", week = Arg::Number(Decimal::from(week)))
        }
    };
    CashFlowView {
        dated: flow.dated,
        phases: flow
            .phases
            .iter()
            .map(|p| PhaseView {
                label: say(lang, &p.label),
                first: day_label(lang, p.first),
                last: day_label(lang, p.last),
            })
            .collect(),
        total: MonthView {
            label: msg(lang, "cash-flow-all-months"),
            when: String::new(),
            medical: flow.total.medical,
            living: flow.total.living,
            lost_pay: flow.total.lost_pay,
            total: flow.total.total,
            nothing_to_pay: false,
        },
        largest_bill: months
            .iter()
            .filter(|m| m.medical > Decimal::ZERO)
            .max_by_key(|m| m.medical)
            .cloned(),
        months,
        home: say(lang, &home),
        up_front_spending: flow.up_front_spending,
        benefit_later: Some(flow.benefit_later).filter(|a| !a.is_zero()),
        up_front_lost_pay: Some(flow.up_front_lost_pay).filter(|a| !a.is_zero()),
        leave_later: Some(flow.leave_later).filter(|a| !a.is_zero()),
        sources: numbers.refs(&flow.source_ids),
    }
}
