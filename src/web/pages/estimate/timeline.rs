//! The journey on the calendar and the family's money out month by month.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::core::cash_flow::CashFlow;
use crate::core::text::{Arg, Text};
use crate::i18n::say;
use crate::text;
use crate::web::parts::sources::{SourceNumbers, SourceRef};
use crate::web::parts::words::msg;

/// A dated phase of the journey.
#[derive(Debug, Clone, Serialize)]
pub struct PhaseView {
    pub label: String,
    pub first: String,
    pub last: String,
}

/// One month of money out.
#[derive(Debug, Clone, Serialize)]
pub struct MonthView {
    /// "March 2027".
    pub label: String,
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
    pub phases: Vec<PhaseView>,
    pub months: Vec<MonthView>,
    /// The sums over all months.
    pub total: MonthView,
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

pub fn cash_flow_view(flow: &CashFlow, numbers: &SourceNumbers<'_>) -> CashFlowView {
    let lang = numbers.lang;
    let long_date = |date| crate::i18n::long_date(lang, date);
    let months: Vec<MonthView> = flow
        .months
        .iter()
        .map(|m| MonthView {
            label: say(
                lang,
                &text!(
                    "month-year",
                    month = Text::keyed(format!("month-{}", m.month)),
                    year = Arg::Verbatim(m.year.to_string())
                ),
            ),
            medical: m.medical,
            living: m.living,
            lost_pay: m.lost_pay,
            total: m.total,
            nothing_to_pay: m.medical.is_zero() && m.living.is_zero() && m.lost_pay.is_zero(),
        })
        .collect();
    CashFlowView {
        phases: flow
            .phases
            .iter()
            .map(|p| PhaseView {
                label: say(lang, &p.label),
                first: long_date(p.first),
                last: long_date(p.last),
            })
            .collect(),
        total: MonthView {
            label: msg(lang, "cash-flow-all-months"),
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
        home: long_date(flow.home),
        up_front_spending: flow.up_front_spending,
        benefit_later: Some(flow.benefit_later).filter(|a| !a.is_zero()),
        up_front_lost_pay: Some(flow.up_front_lost_pay).filter(|a| !a.is_zero()),
        leave_later: Some(flow.leave_later).filter(|a| !a.is_zero()),
        sources: numbers.refs(&flow.source_ids),
    }
}
