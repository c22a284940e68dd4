//! How dated bills split between the insurer and the family under the plan's terms: the
//! deductible, then coinsurance, up to the yearly limit; Medicare's parts A and B.

use rust_decimal::Decimal;
use serde::Serialize;

use super::PlanTerms;

/// Where care is given, which decides the Medicare part that pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// During the hospital admission (Medicare Part A).
    Inpatient,
    /// Clinic visits and medicines outside the admission (Medicare Part B).
    Outpatient,
}

/// One dated bill sent to the insurer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bill {
    pub amount: Decimal,
    pub setting: Setting,
    /// The plan year it falls in (0 for the first); deductibles and limits restart each year.
    pub plan_year: u32,
    /// The days of the admission it covers, counted from 1 (for Medicare's daily amount
    /// after day 60); `None` if it is not for hospital days.
    pub hospital_days: Option<(u32, u32)>,
}

/// First day of a benefit period with a daily amount under Medicare Part A, and the last.
const PART_A_DAILY_FROM: u32 = 61;
const PART_A_DAILY_TO: u32 = 90;

/// Splits bills between insurer and family: returns the family's share of each bill, in order.
///
/// Bills must come in date order: the first bills of a plan year use up its deductible, and a
/// later bill may fall after the year's limit is reached. Deductibles and limits restart with
/// each plan year, except Medicare's Part A deductible, which is charged once for the admission
/// (one benefit period) even when the stay crosses into a new year.
///
/// `years` are the terms of each plan year, from its own figures (a bill after the last year
/// listed uses the last); every year's terms are of the same kind of plan.
pub fn family_shares(years: &[&PlanTerms], bills: &[Bill]) -> Vec<Decimal> {
    let hundred = Decimal::ONE_HUNDRED;
    let terms_of = |plan_year: u32| {
        let index = usize::try_from(plan_year)
            .unwrap_or(usize::MAX)
            .min(years.len().saturating_sub(1));
        years.get(index).copied().unwrap_or(&PlanTerms::Uninsured)
    };
    let mut year = YearlyState::default();
    // Medicare's Part A deductible is charged once for the admission, from the year it begins.
    let mut a_deductible_left: Option<Decimal> = None;
    bills
        .iter()
        .map(|bill| match terms_of(bill.plan_year) {
            PlanTerms::Uninsured => bill.amount,
            PlanTerms::Standard {
                deductible,
                coinsurance_pct,
                oop_max,
            } => {
                let state = year.enter(bill.plan_year, deductible.value, oop_max.as_ref().map(|f| f.value));
                let from_deductible = bill.amount.min(state.deductible_left);
                state.deductible_left -= from_deductible;
                let share = from_deductible + (bill.amount - from_deductible) * coinsurance_pct.value / hundred;
                state.cap.take(share)
            }
            PlanTerms::OriginalMedicare {
                part_a_deductible,
                part_a_daily_61_90,
                part_b_deductible,
                part_b_coinsurance_pct,
                supplement_pays_pct,
                oop_max,
            } => {
                let kept_pct = supplement_pays_pct.as_ref().map_or(hundred, |pct| hundred - pct.value);
                let state = year.enter(
                    bill.plan_year,
                    part_b_deductible.value,
                    oop_max.as_ref().map(|f| f.value),
                );
                let medicare_share = match bill.setting {
                    Setting::Inpatient => {
                        let a_left = a_deductible_left.get_or_insert(part_a_deductible.value);
                        let from_deductible = bill.amount.min(*a_left);
                        *a_left -= from_deductible;
                        let daily_days = bill.hospital_days.map_or(0, |(first, last)| {
                            let from = first.max(PART_A_DAILY_FROM);
                            let to = last.min(PART_A_DAILY_TO);
                            (to + 1).saturating_sub(from)
                        });
                        let daily = part_a_daily_61_90.value * Decimal::from(daily_days);
                        from_deductible + daily.min(bill.amount - from_deductible)
                    }
                    Setting::Outpatient => {
                        let from_deductible = bill.amount.min(state.deductible_left);
                        state.deductible_left -= from_deductible;
                        from_deductible + (bill.amount - from_deductible) * part_b_coinsurance_pct.value / hundred
                    }
                };
                state.cap.take(medicare_share * kept_pct / hundred)
            }
        })
        .collect()
}

/// A plan year's deductible and limit, restarted when a bill falls in a new plan year.
#[derive(Default)]
struct YearlyState {
    year: Option<u32>,
    current: YearLeft,
}

#[derive(Default)]
struct YearLeft {
    deductible_left: Decimal,
    cap: Cap,
}

impl YearlyState {
    /// What is left of `plan_year`'s deductible and limit, which start full in a new year.
    fn enter(&mut self, plan_year: u32, deductible: Decimal, limit: Option<Decimal>) -> &mut YearLeft {
        if self.year != Some(plan_year) {
            self.year = Some(plan_year);
            self.current = YearLeft {
                deductible_left: deductible,
                cap: Cap(limit),
            };
        }
        &mut self.current
    }
}

/// What is left under a yearly out-of-pocket limit.
#[derive(Default)]
struct Cap(Option<Decimal>);

impl Cap {
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
    use crate::core::choices::{CoverageTier, InsuranceType};
    use crate::core::coverage::{Figure, Plan};
    use crate::core::input::{OwnPlanFigures, PlanChoices};
    use crate::core::tables::InsurancePresets;
    use rust_decimal_macros::dec;

    /// The family's shares under one year's terms, for every plan year.
    fn family_shares_one_year(terms: &PlanTerms, bills: &[Bill]) -> Vec<Decimal> {
        family_shares(&[terms], bills)
    }

    fn figure(value: Decimal) -> Figure {
        Figure::user(value)
    }

    fn standard(deductible: Decimal, coinsurance: Decimal, cap: Option<Decimal>) -> PlanTerms {
        PlanTerms::Standard {
            deductible: figure(deductible),
            coinsurance_pct: figure(coinsurance),
            oop_max: cap.map(figure),
        }
    }

    fn bill(amount: Decimal, setting: Setting) -> Bill {
        Bill {
            amount,
            setting,
            plan_year: 0,
            hospital_days: None,
        }
    }

    fn in_year(plan_year: u32, amount: Decimal) -> Bill {
        Bill {
            plan_year,
            ..bill(amount, Setting::Outpatient)
        }
    }

    fn medicare(supplement: Option<Decimal>) -> PlanTerms {
        PlanTerms::OriginalMedicare {
            part_a_deductible: figure(dec!(1736)),
            part_a_daily_61_90: figure(dec!(434)),
            part_b_deductible: figure(dec!(283)),
            part_b_coinsurance_pct: figure(dec!(20)),
            supplement_pays_pct: supplement.map(figure),
            oop_max: None,
        }
    }

    fn presets() -> InsurancePresets {
        crate::data_files::load_embedded()
            .unwrap()
            .insurance_presets(jiff::civil::date(2026, 6, 1))
    }

    fn choices(tier: CoverageTier, in_network: bool) -> PlanChoices {
        PlanChoices {
            tier,
            in_network,
            network_known: true,
            medicare_supplement: false,
            travel_benefit: None,
            metal: crate::core::choices::MarketplaceMetal::Unsure,
        }
    }

    #[test]
    fn deductible_then_coinsurance_then_the_cap() {
        // $1,787 deductible, 21%, $10,600 limit; bills $33,362 then $7,164.
        // First: 1,787 + 21% x 31,575 = 1,787 + 6,630.75 = 8,417.75.
        // Second: 21% x 7,164 = 1,504.44, within the 2,182.25 left under the limit.
        let terms = standard(dec!(1787), dec!(21), Some(dec!(10600)));
        let shares = family_shares_one_year(
            &terms,
            &[
                bill(dec!(33362), Setting::Inpatient),
                bill(dec!(7164), Setting::Outpatient),
            ],
        );
        assert_eq!(shares, vec![dec!(8417.75), dec!(1504.44)]);

        // A bigger first bill reaches the limit, so the second costs the family nothing.
        let shares = family_shares_one_year(
            &terms,
            &[
                bill(dec!(66507), Setting::Inpatient),
                bill(dec!(7164), Setting::Outpatient),
            ],
        );
        assert_eq!(shares, vec![dec!(10600), dec!(0)]);
    }

    #[test]
    fn a_new_plan_year_restarts_the_deductible_and_the_limit() {
        // Year 0: $66,507 reaches the $10,600 limit. Year 1: the deductible starts again:
        // 1,787 + 21% x (7,164 - 1,787) = 1,787 + 1,129.17 = 2,916.17.
        let terms = standard(dec!(1787), dec!(21), Some(dec!(10600)));
        let shares = family_shares_one_year(&terms, &[in_year(0, dec!(66507)), in_year(1, dec!(7164))]);
        assert_eq!(shares, vec![dec!(10600), dec!(2916.17)]);
    }

    #[test]
    fn out_of_network_terms_have_no_limit() {
        // 1,787 + 21% x 64,720 = 1,787 + 13,591.20 = 15,378.20: above the in-network limit.
        let terms = standard(dec!(1787), dec!(21), None);
        assert_eq!(
            family_shares_one_year(&terms, &[in_year(0, dec!(66507))]),
            vec![dec!(15378.20)]
        );
    }

    #[test]
    fn a_small_bill_is_paid_from_the_deductible_only() {
        let terms = standard(dec!(1787), dec!(21), Some(dec!(10600)));
        let shares = family_shares_one_year(
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
        let shares = family_shares_one_year(&PlanTerms::Uninsured, &[bill(dec!(66507), Setting::Inpatient)]);
        assert_eq!(shares, vec![dec!(66507)]);
    }

    #[test]
    fn original_medicare_charges_one_part_a_deductible_and_part_b_without_a_cap() {
        let stay = Bill {
            hospital_days: Some((1, 21)),
            ..bill(dec!(66507), Setting::Inpatient)
        };
        let drug = bill(dec!(3465.28), Setting::Inpatient);
        let follow_up = bill(dec!(7164), Setting::Outpatient);
        // Part A: 1,736 once for the stay, nothing more for the drug given during it.
        // Part B: 283 + 20% x 6,881 = 283 + 1,376.20 = 1,659.20.
        assert_eq!(
            family_shares_one_year(&medicare(None), &[stay, drug, follow_up]),
            vec![dec!(1736), dec!(0), dec!(1659.20)]
        );

        // A 70-day stay adds days 61 to 70: 10 days x $434 = $4,340.
        let long_stay = Bill {
            hospital_days: Some((1, 70)),
            ..stay
        };
        assert_eq!(family_shares_one_year(&medicare(None), &[long_stay]), vec![dec!(6076)]);
    }

    #[test]
    fn a_medicare_stay_across_new_year_has_one_part_a_deductible_but_part_b_restarts() {
        // Days 1-10 in December, 11-21 in January: one benefit period, one $1,736.
        // Follow-up: $3,000 in year 0 and $4,164 in year 1, each with its own $283 Part B deductible:
        // 283 + 20% x 2,717 = 826.40; 283 + 20% x 3,881 = 1,059.20.
        let december = Bill {
            hospital_days: Some((1, 10)),
            ..bill(dec!(31670), Setting::Inpatient)
        };
        let january = Bill {
            plan_year: 1,
            hospital_days: Some((11, 21)),
            ..bill(dec!(34837), Setting::Inpatient)
        };
        let follow_up_0 = bill(dec!(3000), Setting::Outpatient);
        let follow_up_1 = in_year(1, dec!(4164));
        assert_eq!(
            family_shares_one_year(&medicare(None), &[december, follow_up_0, january, follow_up_1]),
            vec![dec!(1736), dec!(826.40), dec!(0), dec!(1059.20)]
        );
        // A split stay past day 60 counts the daily amount on the days that fall in each part.
        let first = Bill {
            hospital_days: Some((1, 65)),
            ..bill(dec!(100000), Setting::Inpatient)
        };
        let second = Bill {
            plan_year: 1,
            hospital_days: Some((66, 70)),
            ..bill(dec!(10000), Setting::Inpatient)
        };
        // 1,736 + 5 x 434 = 3,906; then 5 x 434 = 2,170.
        assert_eq!(
            family_shares_one_year(&medicare(None), &[first, second]),
            vec![dec!(3906), dec!(2170)]
        );
    }

    #[test]
    fn a_supplement_plan_pays_medicares_cost_sharing() {
        let stay = Bill {
            hospital_days: Some((1, 21)),
            ..bill(dec!(66507), Setting::Inpatient)
        };
        assert_eq!(
            family_shares_one_year(
                &medicare(Some(dec!(100))),
                &[stay, bill(dec!(7164), Setting::Outpatient)]
            ),
            vec![dec!(0), dec!(0)]
        );
        // A supplement paying 80% leaves a fifth: 1,736 / 5 = 347.20.
        assert_eq!(
            family_shares_one_year(&medicare(Some(dec!(80))), &[stay]),
            vec![dec!(347.20)]
        );
    }

    #[test]
    fn plans_without_a_sourced_deductible_pay_everything_up_to_the_limit() {
        let plan = Plan::resolve(
            InsuranceType::Marketplace,
            OwnPlanFigures::default(),
            choices(CoverageTier::SelfOnly, true),
            &presets(),
        );
        assert_eq!(plan.terms.oop_max(), Some(dec!(10600)));
        let shares = family_shares_one_year(
            &plan.terms,
            &[
                bill(dec!(4000), Setting::Outpatient),
                bill(dec!(20000), Setting::Inpatient),
            ],
        );
        assert_eq!(shares, vec![dec!(4000), dec!(6600)]);
    }

    #[test]
    fn family_coverage_caps_one_person_at_the_limit_for_one_person() {
        let presets = presets();
        let family = Plan::resolve(
            InsuranceType::Employer,
            OwnPlanFigures::default(),
            choices(CoverageTier::Family, true),
            &presets,
        );
        assert_eq!(family.terms.oop_max(), Some(dec!(10600)));
        assert_eq!(family.family_limit.as_ref().map(|f| f.value), Some(dec!(21200)));
        // A family limit the user entered above the one-person limit is capped by it too.
        let own = OwnPlanFigures {
            oop_max: Some(dec!(15000)),
            ..OwnPlanFigures::default()
        };
        let family_own = Plan::resolve(
            InsuranceType::Employer,
            own,
            choices(CoverageTier::Family, true),
            &presets,
        );
        assert_eq!(family_own.terms.oop_max(), Some(dec!(10600)));
        // Self-only coverage keeps what the user entered.
        let self_only = Plan::resolve(
            InsuranceType::Employer,
            own,
            choices(CoverageTier::SelfOnly, true),
            &presets,
        );
        assert_eq!(self_only.terms.oop_max(), Some(dec!(15000)));
        assert_eq!(self_only.family_limit, None);
    }

    #[test]
    fn out_of_network_drops_the_limit_unless_the_user_gave_one() {
        let presets = presets();
        let plan = Plan::resolve(
            InsuranceType::Employer,
            OwnPlanFigures::default(),
            choices(CoverageTier::SelfOnly, false),
            &presets,
        );
        assert_eq!(plan.out_of_network.oop_max(), None);
        let own = OwnPlanFigures {
            oop_max: Some(dec!(20000)),
            ..OwnPlanFigures::default()
        };
        let plan = Plan::resolve(
            InsuranceType::Employer,
            own,
            choices(CoverageTier::SelfOnly, false),
            &presets,
        );
        assert_eq!(plan.out_of_network.oop_max(), Some(dec!(20000)));
        // Medicaid keeps its $0 terms everywhere.
        let medicaid = Plan::resolve(
            InsuranceType::Medicaid,
            OwnPlanFigures::default(),
            choices(CoverageTier::SelfOnly, false),
            &presets,
        );
        assert_eq!(medicaid.out_of_network.oop_max(), Some(dec!(0)));
    }

    #[test]
    fn the_users_own_figures_replace_the_preset() {
        let own = OwnPlanFigures {
            deductible: Some(dec!(500)),
            coinsurance_pct: None,
            oop_max: Some(dec!(3000)),
        };
        let plan = Plan::resolve(
            InsuranceType::Employer,
            own,
            choices(CoverageTier::SelfOnly, true),
            &presets(),
        );
        let PlanTerms::Standard {
            deductible,
            coinsurance_pct,
            oop_max,
        } = plan.terms
        else {
            panic!("employer plans use standard terms");
        };
        assert_eq!((deductible.value, deductible.from_user), (dec!(500), true));
        assert_eq!((coinsurance_pct.value, coinsurance_pct.from_user), (dec!(21), false));
        assert_eq!(
            coinsurance_pct.sources.as_slice(),
            ["kff-ehbs-2024-hospital".to_string()]
        );
        assert_eq!(oop_max.map(|f| f.value), Some(dec!(3000)));
    }

    #[test]
    fn medicaid_charges_nothing_unless_the_user_says_otherwise() {
        let plan = Plan::resolve(
            InsuranceType::Medicaid,
            OwnPlanFigures::default(),
            choices(CoverageTier::SelfOnly, true),
            &presets(),
        );
        assert_eq!(
            family_shares_one_year(&plan.terms, &[bill(dec!(66507), Setting::Inpatient)]),
            vec![dec!(0)]
        );
    }
}
