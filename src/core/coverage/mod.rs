//! Insurance: which figures apply (the plan type's preset or the user's own); `sharing` splits
//! dated bills between the insurer and the family, plan year by plan year.

mod sharing;

use rust_decimal::Decimal;
use serde::Serialize;

use super::choices::{CoverageTier, InsuranceType};
use super::input::{OwnPlanFigures, PlanChoices};
use jiff::civil::Date;

use super::data_gaps::{DataGap, GapKind, note};
use super::tables::{InsurancePresets, PresetValue, SourceIds, unique_ids};
pub use sharing::{Bill, Setting, family_shares};

/// A plan figure and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Figure {
    pub value: Decimal,
    /// Source ids of the preset; empty when the user entered the figure.
    pub sources: SourceIds,
    pub from_user: bool,
    /// Set when the figure is our stand-in for an unknown value, not a sourced number.
    pub assumed: bool,
    /// The year of the figure used, when it is used for a later year whose figure is not
    /// published yet.
    #[serde(skip)]
    pub reused_from: Option<i16>,
}

impl Figure {
    fn preset(preset: &PresetValue) -> Self {
        Self {
            value: preset.value,
            sources: preset.source_ids.clone(),
            from_user: false,
            assumed: false,
            reused_from: preset.reused_for.map(|_| preset.period.from.year()),
        }
    }

    fn user(value: Decimal) -> Self {
        Self {
            value,
            sources: SourceIds::default(),
            from_user: true,
            assumed: false,
            reused_from: None,
        }
    }

    /// The user's figure when given, else the preset.
    fn own_or(own: Option<Decimal>, preset: &PresetValue) -> Self {
        own.map_or_else(|| Self::preset(preset), Self::user)
    }

    /// This figure, also resting on `more` sources.
    fn citing(mut self, more: &SourceIds) -> Self {
        if more.as_slice().iter().any(|id| !self.sources.contains(id)) {
            self.sources = SourceIds::from(unique_ids(self.sources.as_slice().iter().chain(more.as_slice())));
        }
        self
    }
}

/// The cost-sharing rules for one kind of care (in network, or out of network).
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
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
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
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
    /// The terms of each plan year, from the figures in force when it begins (the first is
    /// the terms above). A bill after the last one listed uses the last.
    #[serde(skip)]
    pub years: Vec<YearTerms>,
}

/// One plan year's terms, and the figures in it that are last year's because this year's are
/// not out yet.
#[derive(Debug, Clone, PartialEq)]
pub struct YearTerms {
    pub terms: PlanTerms,
    pub out_of_network: PlanTerms,
    pub original_medicare: Option<PlanTerms>,
    /// When the plan year begins.
    pub begins: Date,
    pub reused: Vec<DataGap>,
}

impl Plan {
    /// The plan for the user's insurance, year by year: each plan year's terms from the figures
    /// in force on the day it begins (`year_begins`), with any figure the user entered taking
    /// priority in every year.
    pub fn by_year(
        insurance: InsuranceType,
        own: OwnPlanFigures,
        choices: PlanChoices,
        presets_on: impl Fn(Date) -> InsurancePresets,
        year_begins: &[Date],
    ) -> Self {
        let mut years: Vec<(Plan, Date, Vec<DataGap>)> = year_begins
            .iter()
            .map(|&begins| {
                let presets = presets_on(begins);
                let plan = Self::resolve(insurance, own, choices, &presets);
                let reused = plan.reused_figures(insurance, begins);
                (plan, begins, reused)
            })
            .collect();
        let years_terms = years
            .iter()
            .map(|(plan, begins, reused)| YearTerms {
                terms: plan.terms.clone(),
                out_of_network: plan.out_of_network.clone(),
                original_medicare: plan.original_medicare.clone(),
                begins: *begins,
                reused: reused.clone(),
            })
            .collect();
        let mut first = years.swap_remove(0).0;
        first.years = years_terms;
        first
    }

    /// The terms of a plan year (the last listed for any later one).
    pub fn year(&self, plan_year: u32) -> &YearTerms {
        // `resolve` and `by_year` list at least one year.
        let index = usize::try_from(plan_year)
            .unwrap_or(usize::MAX)
            .min(self.years.len().saturating_sub(1));
        &self.years[index]
    }

    /// The preset figures of these terms used beyond their period: not yet published for the
    /// plan year that begins on `begins`.
    fn reused_figures(&self, insurance: InsuranceType, begins: Date) -> Vec<DataGap> {
        let mut gaps = Vec::new();
        let terms = [
            Some(&self.terms),
            Some(&self.out_of_network),
            self.original_medicare.as_ref(),
        ];
        for figure in terms
            .into_iter()
            .flatten()
            .flat_map(PlanTerms::figures)
            .chain(self.family_limit.as_ref())
        {
            if let Some(used) = figure.reused_from {
                note(
                    &mut gaps,
                    DataGap {
                        kind: GapKind::PlanFigure,
                        parameter: format!("insurance_presets:{}", insurance.id()),
                        year_needed: begins.year(),
                        year_used: used,
                    },
                );
            }
        }
        gaps
    }

    /// The plan for the user's insurance from one day's presets, with any figure the user
    /// entered taking priority.
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
        let year = YearTerms {
            terms: terms.clone(),
            out_of_network: out_of_network.clone(),
            original_medicare: original_medicare.clone(),
            begins: Date::MIN,
            reused: Vec::new(),
        };
        Self {
            insurance,
            tier: choices.tier,
            in_network: choices.in_network,
            terms,
            out_of_network,
            family_limit,
            travel_benefit: choices.travel_benefit,
            original_medicare,
            years: vec![year],
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
        for id in figures.flat_map(|f| f.sources.iter()) {
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
        reused_from: None,
    };
    PlanTerms::Standard {
        deductible: own.deductible.map_or_else(|| assumed(oop_max.value), Figure::user),
        coinsurance_pct: own
            .coinsurance_pct
            .map_or_else(|| assumed(Decimal::ONE_HUNDRED), Figure::user),
        oop_max: Some(oop_max),
    }
}
