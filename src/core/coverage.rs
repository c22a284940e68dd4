//! Insurance cost sharing: which figures apply (the plan type's preset or the user's own),
//! and how a list of bills splits between the insurer and the family.

use rust_decimal::Decimal;
use serde::Serialize;

use super::choices::InsuranceType;
use super::input::OwnPlanFigures;
use super::tables::{InsurancePresets, PresetValue, SourceIds};

/// A plan figure and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub value: Decimal,
    /// Source ids of the preset; empty when the user entered the figure.
    pub sources: SourceIds,
    pub from_user: bool,
    /// Set when the figure is our stand-in for an unknown value, not a sourced number.
    pub assumed: bool,
}

impl Figure {
    fn preset(preset: &PresetValue) -> Self {
        Self {
            value: preset.value,
            sources: preset.source_ids.clone(),
            from_user: false,
            assumed: false,
        }
    }

    fn user(value: Decimal) -> Self {
        Self {
            value,
            sources: SourceIds::default(),
            from_user: true,
            assumed: false,
        }
    }

    /// The user's figure when given, else the preset.
    fn own_or(own: Option<Decimal>, preset: &PresetValue) -> Self {
        own.map_or_else(|| Self::preset(preset), Self::user)
    }
}

/// The cost-sharing rules that apply to this family.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PlanTerms {
    /// Deductible first, then coinsurance, up to a yearly out-of-pocket limit.
    Standard {
        deductible: Figure,
        coinsurance_pct: Figure,
        oop_max: Figure,
    },
    /// Original Medicare: the Part A deductible for the hospital stay (plus a daily amount
    /// after day 60); Part B's deductible and coinsurance, with no yearly limit, for care outside it.
    OriginalMedicare {
        part_a_deductible: Figure,
        part_a_daily_61_90: Figure,
        part_b_deductible: Figure,
        part_b_coinsurance_pct: Figure,
        /// A limit the user entered (for example from a supplement plan).
        oop_max: Option<Figure>,
    },
    /// No insurance: every bill is the family's.
    Uninsured,
}

impl PlanTerms {
    /// The terms for the user's plan type, with any figure the user entered taking priority.
    pub fn resolve(insurance: InsuranceType, own: OwnPlanFigures, presets: &InsurancePresets) -> Self {
        match insurance {
            InsuranceType::Employer => {
                let preset = &presets.employer;
                Self::Standard {
                    deductible: Figure::own_or(own.deductible, &preset.deductible),
                    coinsurance_pct: Figure::own_or(own.coinsurance_pct, &preset.coinsurance_pct),
                    oop_max: Figure::own_or(own.oop_max, &preset.oop_max),
                }
            }
            InsuranceType::Marketplace => Self::cap_only(own, &presets.marketplace.oop_max),
            InsuranceType::MedicareAdvantage => Self::cap_only(own, &presets.medicare_advantage.oop_max),
            InsuranceType::Medicaid => {
                // Medicaid has no (or nominal) cost sharing: the preset is a $0 limit, and
                // deductible and coinsurance are $0 unless the user gives their state's figures.
                let cap = Figure::own_or(own.oop_max, &presets.medicaid.oop_max);
                let zero = Figure {
                    value: Decimal::ZERO,
                    ..Figure::preset(&presets.medicaid.oop_max)
                };
                Self::Standard {
                    deductible: own.deductible.map_or_else(|| zero.clone(), Figure::user),
                    coinsurance_pct: own.coinsurance_pct.map_or(zero, Figure::user),
                    oop_max: cap,
                }
            }
            InsuranceType::Medicare => {
                let preset = &presets.medicare;
                Self::OriginalMedicare {
                    part_a_deductible: Figure::own_or(own.deductible, &preset.part_a_deductible),
                    part_a_daily_61_90: Figure::preset(&preset.part_a_daily_61_90),
                    part_b_deductible: Figure::preset(&preset.part_b_deductible),
                    part_b_coinsurance_pct: Figure::own_or(own.coinsurance_pct, &preset.part_b_coinsurance_pct),
                    oop_max: own.oop_max.map(Figure::user),
                }
            }
            InsuranceType::Uninsured => Self::Uninsured,
        }
    }

    /// A plan for which only the legal limit is sourced. Unless the user gives their own
    /// figures we assume the worst case: the family pays every bill until the limit.
    fn cap_only(own: OwnPlanFigures, cap: &PresetValue) -> Self {
        let oop_max = Figure::own_or(own.oop_max, cap);
        let assumed = |value| Figure {
            value,
            sources: SourceIds::default(),
            from_user: false,
            assumed: true,
        };
        Self::Standard {
            deductible: own.deductible.map_or_else(|| assumed(oop_max.value), Figure::user),
            coinsurance_pct: own
                .coinsurance_pct
                .map_or_else(|| assumed(Decimal::ONE_HUNDRED), Figure::user),
            oop_max,
        }
    }

    /// The yearly out-of-pocket limit, if the plan has one.
    pub fn oop_max(&self) -> Option<Decimal> {
        match self {
            Self::Standard { oop_max, .. } => Some(oop_max.value),
            Self::OriginalMedicare { oop_max, .. } => oop_max.as_ref().map(|f| f.value),
            Self::Uninsured => None,
        }
    }

    /// Every source id the terms rest on.
    pub fn source_ids(&self) -> Vec<String> {
        let figures: Vec<&Figure> = match self {
            Self::Standard {
                deductible,
                coinsurance_pct,
                oop_max,
            } => vec![deductible, coinsurance_pct, oop_max],
            Self::OriginalMedicare {
                part_a_deductible,
                part_a_daily_61_90,
                part_b_deductible,
                part_b_coinsurance_pct,
                oop_max,
            } => {
                let mut all = vec![
                    part_a_deductible,
                    part_a_daily_61_90,
                    part_b_deductible,
                    part_b_coinsurance_pct,
                ];
                all.extend(oop_max.as_ref());
                all
            }
            Self::Uninsured => Vec::new(),
        };
        let mut ids: Vec<String> = Vec::new();
        for id in figures.iter().flat_map(|f| f.sources.0.iter()) {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    }
}

/// Where care is given, which decides the Medicare part that pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// During the hospital admission (Medicare Part A).
    Inpatient,
    /// Clinic visits and medicines outside the admission (Medicare Part B).
    Outpatient,
}

/// One bill sent to the insurer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bill {
    pub amount: Decimal,
    pub setting: Setting,
    /// Days of the admission this bill covers (for Medicare's daily amount after day 60); 0 if none.
    pub hospital_days: u32,
}

/// First day of a benefit period with a daily amount under Medicare Part A, and the last.
const PART_A_DAILY_FROM: u32 = 61;
const PART_A_DAILY_TO: u32 = 90;

/// Splits bills between insurer and family: returns the family's share of each bill, in order.
///
/// Bills are taken in the order given (the order of the journey), so the first bills use up
/// the deductible and a later bill may fall after the limit is reached. The shares sum to
/// exactly what the plan's rules give for the total.
pub fn family_shares(terms: &PlanTerms, bills: &[Bill]) -> Vec<Decimal> {
    let hundred = Decimal::ONE_HUNDRED;
    match terms {
        PlanTerms::Uninsured => bills.iter().map(|b| b.amount).collect(),
        PlanTerms::Standard {
            deductible,
            coinsurance_pct,
            oop_max,
        } => {
            let mut deductible_left = deductible.value;
            let mut cap = Cap::new(Some(oop_max.value));
            bills
                .iter()
                .map(|bill| {
                    let from_deductible = bill.amount.min(deductible_left);
                    deductible_left -= from_deductible;
                    let share = from_deductible + (bill.amount - from_deductible) * coinsurance_pct.value / hundred;
                    cap.take(share)
                })
                .collect()
        }
        PlanTerms::OriginalMedicare {
            part_a_deductible,
            part_a_daily_61_90,
            part_b_deductible,
            part_b_coinsurance_pct,
            oop_max,
        } => {
            let mut a_deductible_left = part_a_deductible.value;
            let mut b_deductible_left = part_b_deductible.value;
            let mut cap = Cap::new(oop_max.as_ref().map(|f| f.value));
            bills
                .iter()
                .map(|bill| {
                    let share = match bill.setting {
                        Setting::Inpatient => {
                            let from_deductible = bill.amount.min(a_deductible_left);
                            a_deductible_left -= from_deductible;
                            let daily_days = bill
                                .hospital_days
                                .min(PART_A_DAILY_TO)
                                .saturating_sub(PART_A_DAILY_FROM - 1);
                            let daily = part_a_daily_61_90.value * Decimal::from(daily_days);
                            from_deductible + daily.min(bill.amount - from_deductible)
                        }
                        Setting::Outpatient => {
                            let from_deductible = bill.amount.min(b_deductible_left);
                            b_deductible_left -= from_deductible;
                            from_deductible + (bill.amount - from_deductible) * part_b_coinsurance_pct.value / hundred
                        }
                    };
                    cap.take(share)
                })
                .collect()
        }
    }
}

/// What is left under a yearly out-of-pocket limit.
struct Cap(Option<Decimal>);

impl Cap {
    fn new(limit: Option<Decimal>) -> Self {
        Self(limit)
    }

    /// The part of `share` the family still pays under the limit.
    fn take(&mut self, share: Decimal) -> Decimal {
        match &mut self.0 {
            None => share,
            Some(left) => {
                let paid = share.min(*left);
                *left -= paid;
                paid
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn figure(value: Decimal) -> Figure {
        Figure::user(value)
    }

    fn standard(deductible: Decimal, coinsurance: Decimal, cap: Decimal) -> PlanTerms {
        PlanTerms::Standard {
            deductible: figure(deductible),
            coinsurance_pct: figure(coinsurance),
            oop_max: figure(cap),
        }
    }

    fn bill(amount: Decimal, setting: Setting) -> Bill {
        Bill {
            amount,
            setting,
            hospital_days: 0,
        }
    }

    #[test]
    fn deductible_then_coinsurance_then_the_cap() {
        // $1,787 deductible, 21%, $10,600 limit; bills $33,362 then $7,164.
        // First: 1,787 + 21% x 31,575 = 1,787 + 6,630.75 = 8,417.75.
        // Second: 21% x 7,164 = 1,504.44, within the 2,182.25 left under the limit.
        let terms = standard(dec!(1787), dec!(21), dec!(10600));
        let shares = family_shares(
            &terms,
            &[
                bill(dec!(33362), Setting::Inpatient),
                bill(dec!(7164), Setting::Outpatient),
            ],
        );
        assert_eq!(shares, vec![dec!(8417.75), dec!(1504.44)]);

        // A bigger first bill reaches the limit, so the second costs the family nothing.
        let shares = family_shares(
            &terms,
            &[
                bill(dec!(66507), Setting::Inpatient),
                bill(dec!(7164), Setting::Outpatient),
            ],
        );
        assert_eq!(shares, vec![dec!(10600), dec!(0)]);
    }

    #[test]
    fn a_small_bill_is_paid_from_the_deductible_only() {
        let terms = standard(dec!(1787), dec!(21), dec!(10600));
        let shares = family_shares(
            &terms,
            &[
                bill(dec!(500), Setting::Outpatient),
                bill(dec!(2000), Setting::Outpatient),
            ],
        );
        // 500 from the deductible; then 1,287 more deductible + 21% of 713 = 149.73.
        assert_eq!(shares, vec![dec!(500), dec!(1436.73)]);
    }

    #[test]
    fn uninsured_families_pay_every_bill() {
        let shares = family_shares(&PlanTerms::Uninsured, &[bill(dec!(66507), Setting::Inpatient)]);
        assert_eq!(shares, vec![dec!(66507)]);
    }

    #[test]
    fn original_medicare_charges_one_part_a_deductible_and_part_b_without_a_cap() {
        let terms = PlanTerms::OriginalMedicare {
            part_a_deductible: figure(dec!(1736)),
            part_a_daily_61_90: figure(dec!(434)),
            part_b_deductible: figure(dec!(283)),
            part_b_coinsurance_pct: figure(dec!(20)),
            oop_max: None,
        };
        let stay = Bill {
            amount: dec!(66507),
            setting: Setting::Inpatient,
            hospital_days: 21,
        };
        let drug = bill(dec!(3465.28), Setting::Inpatient);
        let follow_up = bill(dec!(7164), Setting::Outpatient);
        // Part A: 1,736 once for the stay, nothing more for the drug given during it.
        // Part B: 283 + 20% x 6,881 = 283 + 1,376.20 = 1,659.20.
        assert_eq!(
            family_shares(&terms, &[stay, drug, follow_up]),
            vec![dec!(1736), dec!(0), dec!(1659.20)]
        );

        // A 70-day stay adds 10 days x $434 = $4,340.
        let long_stay = Bill {
            hospital_days: 70,
            ..stay
        };
        assert_eq!(family_shares(&terms, &[long_stay]), vec![dec!(6076)]);
    }

    #[test]
    fn plans_without_a_sourced_deductible_pay_everything_up_to_the_limit() {
        let presets = crate::data_files::load_embedded().unwrap().insurance_presets().clone();
        let terms = PlanTerms::resolve(InsuranceType::Marketplace, OwnPlanFigures::default(), &presets);
        assert_eq!(terms.oop_max(), Some(dec!(10600)));
        let shares = family_shares(
            &terms,
            &[
                bill(dec!(4000), Setting::Outpatient),
                bill(dec!(20000), Setting::Inpatient),
            ],
        );
        assert_eq!(shares, vec![dec!(4000), dec!(6600)]);
    }

    #[test]
    fn the_users_own_figures_replace_the_preset() {
        let presets = crate::data_files::load_embedded().unwrap().insurance_presets().clone();
        let own = OwnPlanFigures {
            deductible: Some(dec!(500)),
            coinsurance_pct: None,
            oop_max: Some(dec!(3000)),
        };
        let PlanTerms::Standard {
            deductible,
            coinsurance_pct,
            oop_max,
        } = PlanTerms::resolve(InsuranceType::Employer, own, &presets)
        else {
            panic!("employer plans use standard terms");
        };
        assert_eq!((deductible.value, deductible.from_user), (dec!(500), true));
        assert_eq!((coinsurance_pct.value, coinsurance_pct.from_user), (dec!(21), false));
        assert_eq!(coinsurance_pct.sources.0, vec!["kff-ehbs-2024-hospital".to_string()]);
        assert_eq!(oop_max.value, dec!(3000));
    }

    #[test]
    fn medicaid_charges_nothing_unless_the_user_says_otherwise() {
        let presets = crate::data_files::load_embedded().unwrap().insurance_presets().clone();
        let terms = PlanTerms::resolve(InsuranceType::Medicaid, OwnPlanFigures::default(), &presets);
        assert_eq!(
            family_shares(&terms, &[bill(dec!(66507), Setting::Inpatient)]),
            vec![dec!(0)]
        );
    }
}
