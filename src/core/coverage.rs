//! Insurance cost sharing: which figures apply (the plan type's preset or the user's own),
//! and how dated bills split between the insurer and the family, plan year by plan year.

use rust_decimal::Decimal;
use serde::Serialize;

use super::choices::{CoverageTier, InsuranceType};
use super::input::{OwnPlanFigures, PlanChoices};
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

    /// This figure, also resting on `more` sources.
    fn citing(mut self, more: &SourceIds) -> Self {
        for id in &more.0 {
            if !self.sources.0.contains(id) {
                self.sources.0.push(id.clone());
            }
        }
        self
    }
}

/// The cost-sharing rules for one kind of care (in network, or out of network).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PlanTerms {
    /// Deductible first, then coinsurance, up to a yearly out-of-pocket limit if there is one.
    Standard {
        deductible: Figure,
        coinsurance_pct: Figure,
        /// `None` out of network without a limit the user entered: no cap at all.
        oop_max: Option<Figure>,
    },
    /// Original Medicare: the Part A deductible once for the hospital stay (plus a daily amount
    /// after day 60); Part B's yearly deductible and coinsurance, with no yearly limit, for care outside it.
    OriginalMedicare {
        part_a_deductible: Figure,
        part_a_daily_61_90: Figure,
        part_b_deductible: Figure,
        part_b_coinsurance_pct: Figure,
        /// The share of Medicare's cost sharing a supplement (Medigap) plan pays, if the patient has one.
        supplement_pays_pct: Option<Figure>,
        /// A limit the user entered.
        oop_max: Option<Figure>,
    },
    /// No insurance: every bill is the family's.
    Uninsured,
}

impl PlanTerms {
    /// The yearly out-of-pocket limit, if the terms have one.
    pub fn oop_max(&self) -> Option<Decimal> {
        match self {
            Self::Standard { oop_max, .. } | Self::OriginalMedicare { oop_max, .. } => {
                oop_max.as_ref().map(|f| f.value)
            }
            Self::Uninsured => None,
        }
    }

    fn figures(&self) -> Vec<&Figure> {
        match self {
            Self::Standard {
                deductible,
                coinsurance_pct,
                oop_max,
            } => {
                let mut all = vec![deductible, coinsurance_pct];
                all.extend(oop_max.as_ref());
                all
            }
            Self::OriginalMedicare {
                part_a_deductible,
                part_a_daily_61_90,
                part_b_deductible,
                part_b_coinsurance_pct,
                supplement_pays_pct,
                oop_max,
            } => {
                let mut all = vec![
                    part_a_deductible,
                    part_a_daily_61_90,
                    part_b_deductible,
                    part_b_coinsurance_pct,
                ];
                all.extend(supplement_pays_pct.as_ref());
                all.extend(oop_max.as_ref());
                all
            }
            Self::Uninsured => Vec::new(),
        }
    }
}

/// The patient's plan: the terms in and out of network, and the choices that shaped them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub insurance: InsuranceType,
    pub tier: CoverageTier,
    pub in_network: bool,
    /// Terms for care in the network, or where the network does not matter.
    pub terms: PlanTerms,
    /// Terms for care out of network: the same deductible and coinsurance, but no yearly
    /// limit unless the user entered one (legal limits apply in network only).
    pub out_of_network: PlanTerms,
    /// The legal limit for a whole family, shown with family coverage.
    pub family_limit: Option<Figure>,
    /// The travel and lodging benefit the user entered, in dollars for the episode.
    pub travel_benefit: Option<Decimal>,
    /// Original Medicare's terms, for a Medicare Advantage member's routine care in a trial
    /// (Original Medicare pays it; the plan pays the difference when its own share is lower).
    pub original_medicare: Option<PlanTerms>,
}

impl Plan {
    /// The plan for the user's insurance, with any figure the user entered taking priority.
    pub fn resolve(
        insurance: InsuranceType,
        own: OwnPlanFigures,
        choices: PlanChoices,
        presets: &InsurancePresets,
    ) -> Self {
        let family = choices.tier == CoverageTier::Family;
        let (terms, family_limit) = match insurance {
            InsuranceType::Employer => {
                let preset = &presets.employer;
                let terms = PlanTerms::Standard {
                    deductible: Figure::own_or(own.deductible, &preset.deductible),
                    coinsurance_pct: Figure::own_or(own.coinsurance_pct, &preset.coinsurance_pct),
                    oop_max: Some(person_limit(
                        own.oop_max,
                        &preset.oop_max,
                        family,
                        &preset.oop_max_family,
                    )),
                };
                (terms, family.then(|| Figure::preset(&preset.oop_max_family)))
            }
            InsuranceType::Marketplace => {
                let preset = &presets.marketplace;
                let cap = person_limit(own.oop_max, &preset.oop_max, family, &preset.oop_max_family);
                (
                    cap_only(own, cap),
                    family.then(|| Figure::preset(&preset.oop_max_family)),
                )
            }
            InsuranceType::MedicareAdvantage => (
                cap_only(own, Figure::own_or(own.oop_max, &presets.medicare_advantage.oop_max)),
                None,
            ),
            InsuranceType::Medicaid => {
                // Medicaid has no (or nominal) cost sharing: the preset is a $0 limit, and
                // deductible and coinsurance are $0 unless the user gives their state's figures.
                let cap = Figure::own_or(own.oop_max, &presets.medicaid.oop_max);
                let zero = Figure {
                    value: Decimal::ZERO,
                    ..Figure::preset(&presets.medicaid.oop_max)
                };
                let terms = PlanTerms::Standard {
                    deductible: own.deductible.map_or_else(|| zero.clone(), Figure::user),
                    coinsurance_pct: own.coinsurance_pct.map_or(zero, Figure::user),
                    oop_max: Some(cap),
                };
                (terms, None)
            }
            InsuranceType::Medicare => {
                let preset = &presets.medicare;
                let terms = PlanTerms::OriginalMedicare {
                    part_a_deductible: Figure::own_or(own.deductible, &preset.part_a_deductible),
                    part_a_daily_61_90: Figure::preset(&preset.part_a_daily_61_90),
                    part_b_deductible: Figure::preset(&preset.part_b_deductible),
                    part_b_coinsurance_pct: Figure::own_or(own.coinsurance_pct, &preset.part_b_coinsurance_pct),
                    supplement_pays_pct: choices
                        .medicare_supplement
                        .then(|| Figure::preset(&preset.supplement_pays_pct)),
                    oop_max: own.oop_max.map(Figure::user),
                };
                (terms, None)
            }
            InsuranceType::Uninsured => (PlanTerms::Uninsured, None),
        };
        let out_of_network = match (&terms, insurance) {
            // Medicaid pays providers in full or not at all: no balance billing, same terms.
            (_, InsuranceType::Medicaid) => terms.clone(),
            (
                PlanTerms::Standard {
                    deductible,
                    coinsurance_pct,
                    ..
                },
                _,
            ) => PlanTerms::Standard {
                deductible: deductible.clone(),
                coinsurance_pct: coinsurance_pct.clone(),
                oop_max: own.oop_max.map(Figure::user),
            },
            // Original Medicare has no networks.
            _ => terms.clone(),
        };
        let original_medicare = (insurance == InsuranceType::MedicareAdvantage).then(|| {
            let preset = &presets.medicare;
            PlanTerms::OriginalMedicare {
                part_a_deductible: Figure::preset(&preset.part_a_deductible),
                part_a_daily_61_90: Figure::preset(&preset.part_a_daily_61_90),
                part_b_deductible: Figure::preset(&preset.part_b_deductible),
                part_b_coinsurance_pct: Figure::preset(&preset.part_b_coinsurance_pct),
                supplement_pays_pct: None,
                oop_max: None,
            }
        });
        Self {
            insurance,
            tier: choices.tier,
            in_network: choices.in_network,
            terms,
            out_of_network,
            family_limit,
            travel_benefit: choices.travel_benefit,
            original_medicare,
        }
    }

    /// True when the plan's deductible or coinsurance is our worst-case stand-in, not a
    /// sourced or entered figure.
    pub fn uses_assumed_terms(&self) -> bool {
        matches!(
            &self.terms,
            PlanTerms::Standard { deductible, coinsurance_pct, .. } if deductible.assumed || coinsurance_pct.assumed
        )
    }

    /// Every source id the plan's figures rest on.
    pub fn source_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        let figures = self.terms.figures().into_iter().chain(self.family_limit.as_ref());
        for id in figures.flat_map(|f| f.sources.0.iter()) {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
        ids
    }
}

/// The yearly limit for the patient. On family coverage no one person pays more than the
/// legal limit for one person (the "embedded" limit), so that is the patient's cap even when
/// the family's limit, or the one the user entered, is higher.
fn person_limit(own: Option<Decimal>, one_person: &PresetValue, family: bool, family_preset: &PresetValue) -> Figure {
    let figure = Figure::own_or(own, one_person);
    if family && figure.value > one_person.value {
        Figure::preset(one_person).citing(&family_preset.source_ids)
    } else {
        figure
    }
}

/// A plan for which only the legal limit is sourced. Unless the user gives their own
/// figures we assume the worst case: the family pays every bill until the limit.
fn cap_only(own: OwnPlanFigures, oop_max: Figure) -> PlanTerms {
    let assumed = |value| Figure {
        value,
        sources: SourceIds::default(),
        from_user: false,
        assumed: true,
    };
    PlanTerms::Standard {
        deductible: own.deductible.map_or_else(|| assumed(oop_max.value), Figure::user),
        coinsurance_pct: own
            .coinsurance_pct
            .map_or_else(|| assumed(Decimal::ONE_HUNDRED), Figure::user),
        oop_max: Some(oop_max),
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
pub fn family_shares(terms: &PlanTerms, bills: &[Bill]) -> Vec<Decimal> {
    let hundred = Decimal::ONE_HUNDRED;
    match terms {
        PlanTerms::Uninsured => bills.iter().map(|b| b.amount).collect(),
        PlanTerms::Standard {
            deductible,
            coinsurance_pct,
            oop_max,
        } => {
            let mut year = YearlyState::new(deductible.value, oop_max.as_ref().map(|f| f.value));
            bills
                .iter()
                .map(|bill| {
                    let state = year.enter(bill.plan_year);
                    let from_deductible = bill.amount.min(state.deductible_left);
                    state.deductible_left -= from_deductible;
                    let share = from_deductible + (bill.amount - from_deductible) * coinsurance_pct.value / hundred;
                    state.cap.take(share)
                })
                .collect()
        }
        PlanTerms::OriginalMedicare {
            part_a_deductible,
            part_a_daily_61_90,
            part_b_deductible,
            part_b_coinsurance_pct,
            supplement_pays_pct,
            oop_max,
        } => {
            let mut a_deductible_left = part_a_deductible.value;
            let mut year = YearlyState::new(part_b_deductible.value, oop_max.as_ref().map(|f| f.value));
            let kept_pct = supplement_pays_pct.as_ref().map_or(hundred, |pct| hundred - pct.value);
            bills
                .iter()
                .map(|bill| {
                    let state = year.enter(bill.plan_year);
                    let medicare_share = match bill.setting {
                        Setting::Inpatient => {
                            let from_deductible = bill.amount.min(a_deductible_left);
                            a_deductible_left -= from_deductible;
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
                })
                .collect()
        }
    }
}

/// A plan year's deductible and limit, restarted when a bill falls in a new plan year.
struct YearlyState {
    year: Option<u32>,
    deductible: Decimal,
    limit: Option<Decimal>,
    current: YearLeft,
}

struct YearLeft {
    deductible_left: Decimal,
    cap: Cap,
}

impl YearlyState {
    fn new(deductible: Decimal, limit: Option<Decimal>) -> Self {
        Self {
            year: None,
            deductible,
            limit,
            current: YearLeft {
                deductible_left: deductible,
                cap: Cap(limit),
            },
        }
    }

    fn enter(&mut self, plan_year: u32) -> &mut YearLeft {
        if self.year != Some(plan_year) {
            self.year = Some(plan_year);
            self.current = YearLeft {
                deductible_left: self.deductible,
                cap: Cap(self.limit),
            };
        }
        &mut self.current
    }
}

/// What is left under a yearly out-of-pocket limit.
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
    use rust_decimal_macros::dec;

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
        crate::data_files::load_embedded().unwrap().insurance_presets().clone()
    }

    fn choices(tier: CoverageTier, in_network: bool) -> PlanChoices {
        PlanChoices {
            tier,
            in_network,
            medicare_supplement: false,
            travel_benefit: None,
        }
    }

    #[test]
    fn deductible_then_coinsurance_then_the_cap() {
        // $1,787 deductible, 21%, $10,600 limit; bills $33,362 then $7,164.
        // First: 1,787 + 21% x 31,575 = 1,787 + 6,630.75 = 8,417.75.
        // Second: 21% x 7,164 = 1,504.44, within the 2,182.25 left under the limit.
        let terms = standard(dec!(1787), dec!(21), Some(dec!(10600)));
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
    fn a_new_plan_year_restarts_the_deductible_and_the_limit() {
        // Year 0: $66,507 reaches the $10,600 limit. Year 1: the deductible starts again:
        // 1,787 + 21% x (7,164 - 1,787) = 1,787 + 1,129.17 = 2,916.17.
        let terms = standard(dec!(1787), dec!(21), Some(dec!(10600)));
        let shares = family_shares(&terms, &[in_year(0, dec!(66507)), in_year(1, dec!(7164))]);
        assert_eq!(shares, vec![dec!(10600), dec!(2916.17)]);
    }

    #[test]
    fn out_of_network_terms_have_no_limit() {
        // 1,787 + 21% x 64,720 = 1,787 + 13,591.20 = 15,378.20: above the in-network limit.
        let terms = standard(dec!(1787), dec!(21), None);
        assert_eq!(family_shares(&terms, &[in_year(0, dec!(66507))]), vec![dec!(15378.20)]);
    }

    #[test]
    fn a_small_bill_is_paid_from_the_deductible_only() {
        let terms = standard(dec!(1787), dec!(21), Some(dec!(10600)));
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
        let stay = Bill {
            hospital_days: Some((1, 21)),
            ..bill(dec!(66507), Setting::Inpatient)
        };
        let drug = bill(dec!(3465.28), Setting::Inpatient);
        let follow_up = bill(dec!(7164), Setting::Outpatient);
        // Part A: 1,736 once for the stay, nothing more for the drug given during it.
        // Part B: 283 + 20% x 6,881 = 283 + 1,376.20 = 1,659.20.
        assert_eq!(
            family_shares(&medicare(None), &[stay, drug, follow_up]),
            vec![dec!(1736), dec!(0), dec!(1659.20)]
        );

        // A 70-day stay adds days 61 to 70: 10 days x $434 = $4,340.
        let long_stay = Bill {
            hospital_days: Some((1, 70)),
            ..stay
        };
        assert_eq!(family_shares(&medicare(None), &[long_stay]), vec![dec!(6076)]);
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
            family_shares(&medicare(None), &[december, follow_up_0, january, follow_up_1]),
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
            family_shares(&medicare(None), &[first, second]),
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
            family_shares(
                &medicare(Some(dec!(100))),
                &[stay, bill(dec!(7164), Setting::Outpatient)]
            ),
            vec![dec!(0), dec!(0)]
        );
        // A supplement paying 80% leaves a fifth: 1,736 / 5 = 347.20.
        assert_eq!(family_shares(&medicare(Some(dec!(80))), &[stay]), vec![dec!(347.20)]);
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
        let shares = family_shares(
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
        assert_eq!(coinsurance_pct.sources.0, vec!["kff-ehbs-2024-hospital".to_string()]);
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
            family_shares(&plan.terms, &[bill(dec!(66507), Setting::Inpatient)]),
            vec![dec!(0)]
        );
    }
}
