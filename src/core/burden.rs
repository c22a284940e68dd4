//! The household's burden: income against the HHS poverty guideline, and the family's costs
//! as a share of income, flagged at the WHO / World Bank catastrophic thresholds and the
//! Commonwealth Fund "underinsured" measure.

use rust_decimal::Decimal;
use serde::Serialize;

use super::choices::{InsuranceType, state_or_code};
use super::data_gaps::DataGap;
use super::income::income_level;
use super::input::Input;
use super::lines::Totals;
use super::money::whole;
use super::scenarios::Scenarios;
use super::tables::{PovertyRegion, Tables};
use super::text::{Arg, Text};
use crate::text;

/// Income as a percent of the poverty guideline, when it can be worked out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PovertyLevel {
    pub region: PovertyRegion,
    pub year: u16,
    /// The guideline for this household size.
    pub guideline: Decimal,
    /// Income ÷ guideline × 100.
    pub percent: Decimal,
    pub source_ids: Vec<String>,
}

/// Why no percent of poverty is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoPovertyLevel {
    /// Income or household size was not entered.
    NotEntered,
    /// No sourced guideline for this household size in this region (Alaska and Hawaii in 2026).
    NoGuidelineForSize,
    /// No guideline in our data for the home state (Puerto Rico).
    NoGuidelineForState,
}

/// How the family's costs compare with the thresholds, in one scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Flags {
    /// At or above the catastrophic threshold (10%).
    pub catastrophic: bool,
    /// At or above the severe threshold (25%).
    pub severe: bool,
    /// Underinsured by the Commonwealth Fund measure.
    pub underinsured: bool,
}

/// The household's burden. Shares are percents of yearly income; `None` when income is 0.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Burden {
    pub income: Decimal,
    pub poverty: Result<PovertyLevel, NoPovertyLevel>,
    /// The family's share of medical bills as a percent of income (what the measures count).
    pub medical_share: Option<Scenarios<Decimal>>,
    /// Medical, travel and lodging costs as a percent of income.
    pub out_of_pocket_share: Option<Scenarios<Decimal>>,
    pub flags: Scenarios<Flags>,
    /// Income against the poverty guideline in words, or why it is not shown.
    pub poverty_text: Text,
    /// One sentence per threshold the typical or high estimate reaches (or that none is).
    pub findings: Vec<Text>,
    /// Set when the year's guidelines are not out yet and the latest are used.
    pub guideline_reused: Option<DataGap>,
    pub source_ids: Vec<String>,
}

impl Burden {
    /// The burden for this household, or `None` when no income was entered.
    pub fn assess(tables: &Tables, input: &Input<'_>, totals: &Totals) -> Option<Self> {
        let income = input.household_income()?;
        let thresholds = tables.burden_thresholds();
        let hundred = Decimal::ONE_HUNDRED;
        let mut reused = None;
        let poverty = match (input.household_size(), PovertyRegion::of_state(input.home_state())) {
            (None, _) => Err(NoPovertyLevel::NotEntered),
            (Some(_), None) => Err(NoPovertyLevel::NoGuidelineForState),
            (Some(_), Some(_)) => {
                // The guidelines of the year the income is compared: the year treatment starts
                // (without a start date, this year).
                income_level(tables, input, input.first_day())
                    .map(|level| {
                        reused = level.gap;
                        PovertyLevel {
                            region: level.region,
                            year: level.guideline_year,
                            guideline: level.guideline,
                            percent: level.percent,
                            source_ids: level.source_ids,
                        }
                    })
                    .ok_or(NoPovertyLevel::NoGuidelineForSize)
            }
        };
        let share = |cost: &Scenarios<Decimal>| (!income.is_zero()).then(|| cost.map(|c| c / income * hundred));
        let medical_share = share(&totals.family_medical);
        let out_of_pocket = totals.family_medical + totals.non_medical;
        let out_of_pocket_share = share(&out_of_pocket);
        let low_income = poverty
            .as_ref()
            .is_ok_and(|p| p.percent < thresholds.low_income_poverty_pct.value);
        // With no income, any cost is more than every threshold.
        let at_least = |cost: Decimal, pct: Decimal| cost > Decimal::ZERO && cost * hundred >= pct * income;
        let flags = Scenarios::from_fn(|s| {
            let medical = *totals.family_medical.get(s);
            let underinsured_pct = if low_income {
                thresholds.underinsured_low_income_pct.value
            } else {
                thresholds.underinsured_pct.value
            };
            Flags {
                catastrophic: at_least(medical, thresholds.catastrophic_pct.value),
                severe: at_least(medical, thresholds.severe_pct.value),
                underinsured: at_least(medical, underinsured_pct),
            }
        });
        let mut source_ids: Vec<String> = Vec::new();
        let threshold_ids = [
            &thresholds.catastrophic_pct,
            &thresholds.severe_pct,
            &thresholds.underinsured_pct,
            &thresholds.underinsured_low_income_pct,
        ]
        .into_iter()
        .flat_map(|t| t.source_ids.iter().cloned());
        let poverty_ids = poverty.iter().flat_map(|p| p.source_ids.iter().cloned());
        for id in poverty_ids.chain(threshold_ids) {
            if !source_ids.contains(&id) {
                source_ids.push(id);
            }
        }
        let poverty_text = poverty_text(&poverty, input);
        let findings = findings(
            &flags,
            out_of_pocket_share.as_ref(),
            thresholds.catastrophic_pct.value,
            input,
        );
        Some(Self {
            income,
            poverty,
            medical_share,
            out_of_pocket_share,
            flags,
            poverty_text,
            findings,
            guideline_reused: reused,
            source_ids,
        })
    }
}

/// "150% of the 2026 federal poverty guideline for a household of 4 ($33,000)", or why not.
fn poverty_text(poverty: &Result<PovertyLevel, NoPovertyLevel>, input: &Input<'_>) -> Text {
    let size = input.household_size().unwrap_or(1);
    match poverty {
        Ok(level) => text!(
            "burden-poverty",
            pct = Arg::Percent(whole(level.percent)),
            year = Arg::Verbatim(level.year.to_string()),
            people = size,
            guideline = Arg::Money(level.guideline)
        ),
        Err(NoPovertyLevel::NotEntered) => text!("burden-poverty-no-size"),
        Err(NoPovertyLevel::NoGuidelineForSize) => text!(
            "burden-poverty-no-figure",
            state = state_or_code(input.home_state()),
            people = size
        ),
        Err(NoPovertyLevel::NoGuidelineForState) => text!("burden-poverty-no-state"),
    }
}

/// The thresholds the family's costs reach, most serious first.
fn findings(
    flags: &Scenarios<Flags>,
    out_of_pocket_share: Option<&Scenarios<Decimal>>,
    catastrophic_pct: Decimal,
    input: &Input<'_>,
) -> Vec<Text> {
    let mut findings = Vec::new();
    let (typical, high) = (flags.typical, flags.high);
    if typical.severe {
        findings.push(text!("burden-typical-severe"));
    } else if typical.catastrophic {
        findings.push(text!("burden-typical-catastrophic"));
    } else if high.severe {
        findings.push(text!("burden-high-severe"));
    } else if high.catastrophic {
        findings.push(text!("burden-high-catastrophic"));
    }
    if typical.underinsured {
        findings.push(if input.insurance() == InsuranceType::Uninsured {
            text!("burden-underinsured-uninsured")
        } else {
            text!("burden-underinsured")
        });
    }
    if findings.is_empty() {
        findings.push(text!("burden-under-10"));
    }
    // The health measures count medical bills only; travel, lodging and food can be larger.
    if let Some(all) = out_of_pocket_share
        && !typical.catastrophic
        && all.typical >= catastrophic_pct
    {
        findings.push(text!(
            "burden-all-costs",
            pct = Arg::Percent(
                all.typical
                    .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            )
        ));
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::input::RawInput;
    use rust_decimal_macros::dec;

    fn tables() -> Tables {
        crate::data_files::load_embedded().unwrap()
    }

    fn totals(family_medical: Decimal, non_medical: Decimal) -> Totals {
        let zero = Scenarios::ZERO;
        Totals {
            billed_medical: zero,
            sponsor_pays: zero,
            insurer_pays: zero,
            benefit_pays: zero,
            family_medical: Scenarios::same(family_medical),
            non_medical: Scenarios::same(non_medical),
            lost_income: zero,
            family_total: Scenarios::same(family_medical + non_medical),
        }
    }

    fn burden(state: &str, size: &str, income: &str, medical: Decimal) -> Option<Burden> {
        let tables = tables();
        let raw = RawInput::from_pairs([
            ("condition", "sle"),
            ("center", "durham"),
            ("home_state", state),
            ("distance_miles", "100"),
            ("household_size", size),
            ("household_income", income),
        ]);
        let input = Input::parse(&raw, &tables, jiff::civil::date(2026, 12, 2)).unwrap();
        Burden::assess(&tables, &input, &totals(medical, dec!(0)))
    }

    fn guideline(state: &str, size: &str) -> Result<Decimal, NoPovertyLevel> {
        burden(state, size, "10000", dec!(0))
            .unwrap()
            .poverty
            .map(|p| p.guideline)
    }

    #[test]
    fn the_poverty_guideline_grows_with_the_household() {
        // 48 states and DC, 2026: $15,960 + $5,680 for each person after the first.
        assert_eq!(guideline("NC", "1"), Ok(dec!(15960)));
        assert_eq!(guideline("NC", "4"), Ok(dec!(33000)));
        assert_eq!(guideline("DC", "8"), Ok(dec!(55720)));
        // Alaska and Hawaii have their own: $19,950 + $7,100 and $18,360 + $6,530 a person.
        assert_eq!(guideline("AK", "1"), Ok(dec!(19950)));
        assert_eq!(guideline("HI", "1"), Ok(dec!(18360)));
        assert_eq!(guideline("AK", "4"), Ok(dec!(41250)));
        assert_eq!(guideline("HI", "8"), Ok(dec!(64070)));
        assert_eq!(guideline("PR", "1"), Err(NoPovertyLevel::NoGuidelineForState));
    }

    #[test]
    fn income_is_a_percent_of_the_guideline() {
        // 49,500 / 33,000 = 150%; Alaska, one person: 39,900 / 19,950 = 200%.
        let b = burden("NC", "4", "49500", dec!(0)).unwrap();
        assert_eq!(b.poverty.unwrap().percent, dec!(150));
        let b = burden("AK", "1", "39900", dec!(0)).unwrap();
        assert_eq!(b.poverty.unwrap().percent, dec!(200));
        assert!(burden("NC", "4", "", dec!(0)).is_none(), "no income, no burden");
        assert_eq!(
            burden("NC", "", "50000", dec!(0)).unwrap().poverty,
            Err(NoPovertyLevel::NotEntered)
        );
    }

    #[test]
    fn flags_turn_on_at_their_thresholds() {
        // Income 100,000 (303% of the guideline for 4): catastrophic and underinsured at 10%.
        let flags = |medical| burden("NC", "4", "100000", medical).unwrap().flags.typical;
        assert_eq!(
            flags(dec!(9999.99)),
            Flags {
                catastrophic: false,
                severe: false,
                underinsured: false
            }
        );
        assert_eq!(
            flags(dec!(10000)),
            Flags {
                catastrophic: true,
                severe: false,
                underinsured: true
            }
        );
        assert_eq!(
            flags(dec!(25000)),
            Flags {
                catastrophic: true,
                severe: true,
                underinsured: true
            }
        );
        // Under 200% of the guideline (49,500 is 150%), 5% of income makes a family underinsured.
        let low = |medical| burden("NC", "4", "49500", medical).unwrap().flags.typical;
        assert!(!low(dec!(2474.99)).underinsured);
        assert!(low(dec!(2475)).underinsured);
        assert!(!low(dec!(2475)).catastrophic);
        // 25% of 49,500 = 12,375.
        assert_eq!(
            burden("NC", "4", "49500", dec!(12375))
                .unwrap()
                .medical_share
                .unwrap()
                .typical,
            dec!(25)
        );
    }

    #[test]
    fn with_no_income_any_cost_passes_every_threshold() {
        let b = burden("NC", "1", "0", dec!(1)).unwrap();
        assert_eq!(b.medical_share, None);
        assert!(b.flags.typical.severe && b.flags.typical.underinsured);
        assert!(!burden("NC", "1", "0", dec!(0)).unwrap().flags.typical.catastrophic);
    }
}
