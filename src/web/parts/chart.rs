//! The family's costs by kind for low, typical and high, as an SVG bar chart: every
//! coordinate is worked out here so the template only places them.

use rust_decimal::Decimal;
use serde::Serialize;

use super::words::msg;
use crate::core::lines::Totals;
use crate::core::scenarios::Scenarios;
use crate::core::text::{Arg, Text};
use crate::i18n::{Lang, say};
use crate::text;

/// One coloured part of a bar: a category of the family's costs in one scenario.
#[derive(Debug, Clone, Serialize)]
pub struct ChartSegment {
    /// CSS class that colours it.
    pub class: &'static str,
    pub x: Decimal,
    pub width: Decimal,
}

/// One scenario's bar.
#[derive(Debug, Clone, Serialize)]
pub struct ChartBar {
    pub label: String,
    pub y: u32,
    /// The baseline of the bar's texts.
    pub text_y: u32,
    pub segments: Vec<ChartSegment>,
    pub total: Decimal,
    /// Where the total's text goes, just past the bar.
    pub total_x: Decimal,
}

/// The family's costs by category for low, typical and high, as an SVG bar chart; every
/// coordinate is worked out here so the template only places them.
#[derive(Debug, Clone, Serialize)]
pub struct ChartView {
    pub bars: Vec<ChartBar>,
    /// The chart's text alternative.
    pub description: String,
}

/// Chart geometry, in SVG user units. The chart is 360 units wide and drawn at most 360 px
/// wide, so on a 390 px phone it shrinks only a little and its 15-unit text stays above 12 px.
const CHART_LABEL_WIDTH: u32 = 64;
const CHART_BAR_SPACE: u32 = 216;
const CHART_ROW_HEIGHT: u32 = 40;

impl ChartView {
    pub fn new(totals: &Totals, lang: Lang) -> Self {
        let largest = totals.family_total.high.max(Decimal::ONE);
        let scale = Decimal::from(CHART_BAR_SPACE) / largest;
        let width = |amount: Decimal| (amount.max(Decimal::ZERO) * scale).round_dp(1);
        let bars = [
            (
                msg(lang, "chart-low"),
                totals.family_medical.low,
                totals.non_medical.low,
                totals.lost_income.low,
                totals.family_total.low,
            ),
            (
                msg(lang, "chart-typical"),
                totals.family_medical.typical,
                totals.non_medical.typical,
                totals.lost_income.typical,
                totals.family_total.typical,
            ),
            (
                msg(lang, "chart-high"),
                totals.family_medical.high,
                totals.non_medical.high,
                totals.lost_income.high,
                totals.family_total.high,
            ),
        ]
        .into_iter()
        .enumerate()
        .map(|(row, (label, medical, non_medical, lost, total))| {
            let mut x = Decimal::from(CHART_LABEL_WIDTH);
            let segments = [("seg-medical", medical), ("seg-living", non_medical), ("seg-pay", lost)]
                .into_iter()
                .map(|(class, amount)| {
                    let segment = ChartSegment {
                        class,
                        x,
                        width: width(amount),
                    };
                    x += segment.width;
                    segment
                })
                .collect();
            let y = 10 + u32::try_from(row).unwrap_or(0) * CHART_ROW_HEIGHT;
            ChartBar {
                label,
                y,
                text_y: y + 19,
                segments,
                total,
                total_x: x + Decimal::from(6),
            }
        })
        .collect();
        let three = |text: Text, amounts: &Scenarios<Decimal>| {
            text.with("typical", Arg::Money(amounts.typical))
                .with("low", Arg::Money(amounts.low))
                .with("high", Arg::Money(amounts.high))
        };
        let description = say(
            lang,
            &three(
                text!(
                    "chart-description",
                    medical = three(text!("chart-medical"), &totals.family_medical),
                    living = three(text!("chart-living"), &totals.non_medical),
                    pay = three(text!("chart-pay"), &totals.lost_income)
                ),
                &totals.family_total,
            ),
        );
        Self { bars, description }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;
    fn totals(medical: Scenarios<Decimal>, living: Scenarios<Decimal>, pay: Scenarios<Decimal>) -> Totals {
        Totals {
            billed_medical: medical,
            sponsor_pays: Scenarios::ZERO,
            insurer_pays: Scenarios::ZERO,
            benefit_pays: Scenarios::ZERO,
            family_medical: medical,
            non_medical: living,
            lost_income: pay,
            family_total: medical + living + pay,
        }
    }

    #[test]
    fn chart_bars_are_to_scale_with_the_high_total_filling_the_space() {
        // High total 1,000 fills 216 units: 1 dollar = 0.216 units.
        let chart = ChartView::new(
            &totals(
                Scenarios::new(dec!(100), dec!(250), dec!(500)),
                Scenarios::new(dec!(50), dec!(100), dec!(300)),
                Scenarios::new(dec!(0), dec!(50), dec!(200)),
            ),
            Lang::En,
        );
        let typical = &chart.bars[1];
        assert_eq!(typical.label, "Typical");
        let widths: Vec<Decimal> = typical.segments.iter().map(|s| s.width).collect();
        // 250 × 0.216 = 54.0, 100 × 0.216 = 21.6, 50 × 0.216 = 10.8, each from the label's 64.
        assert_eq!(widths, vec![dec!(54.0), dec!(21.6), dec!(10.8)]);
        let starts: Vec<Decimal> = typical.segments.iter().map(|s| s.x).collect();
        assert_eq!(starts, vec![dec!(64), dec!(118.0), dec!(139.6)]);
        assert_eq!(typical.total_x, dec!(156.4));
        let high: Decimal = chart.bars[2].segments.iter().map(|s| s.width).sum();
        assert_eq!(high, dec!(216.0));
        assert!(
            chart
                .description
                .contains("medical bills $250.00 (low $100.00, high $500.00)")
        );
        assert!(
            chart
                .description
                .contains("Total $400.00 (low $150.00, high $1,000.00)")
        );
    }

    #[test]
    fn a_chart_of_nothing_has_empty_bars() {
        let chart = ChartView::new(&totals(Scenarios::ZERO, Scenarios::ZERO, Scenarios::ZERO), Lang::En);
        assert!(chart.bars.iter().flat_map(|b| &b.segments).all(|s| s.width.is_zero()));
    }
}
