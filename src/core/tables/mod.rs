//! The data tables: every figure the estimate uses, each row with its source, unit and date.
//!
//! `Tables::parse` takes the text of the CSV files (embedded in the binary or read from a
//! folder by the caller) and refuses any doubtful table with file, line and column. Each
//! group of tables is read in its own file; `TableFile` is the one list of table files.

mod advocacy;
mod aid;
#[cfg(test)]
mod aid_tests;
mod cells;
mod checks;
mod coverage_rules;
#[cfg(test)]
mod dated_tests;
mod dating;
mod geography;
mod household;
mod income_rules;
mod insurance;
mod journey;
#[cfg(test)]
mod limits_tests;
mod notes;
mod period;
mod places;
mod prices;
mod reader;
mod sources;
#[cfg(test)]
mod tests;
mod trials;
mod work_and_tax;

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

pub use advocacy::{AdvocateFigure, AdvocateTopic, COVERAGE_POLICY_SOURCE_IDS};
pub use aid::{AidKind, AidProgram, Flag, NeedsInsurance, Serves};
use checks::position;
pub use coverage_rules::{
    CarePart, CoverageRule, CoverageRules, CoverageStatus, NetworkScope, Outcome, TravelBenefitTerms,
};
pub use dating::{Dating, FIGURE_TABLES, RowDating, TableDating, TableUpdate};
pub use geography::{DistanceRule, DistanceRuleId, DistanceRules, GeoPoint, ZIP_SOURCE_IDS, ZipPoint, is_zip};
pub use household::{BurdenThresholds, PovertyGuideline, PovertyRegion, Threshold};
pub use income_rules::{
    AssistanceHelp, AssistancePatients, AssistanceRule, CostSharingReduction, CostSharingReductions,
    GUIDELINE_TIMING_SOURCE_IDS, MEDICAID_APPLY_SOURCE_IDS, MedicaidAdults, SilverVariant,
};
pub use insurance::{
    CapPreset, DatedPresets, EmployerPreset, InsurancePresets, MarketplacePreset, MedicarePreset, PresetItem,
    PresetValue,
};
pub use journey::{CountingRuleId, CountingRules, JourneyParam, JourneyRow};
pub use notes::{Note, NoteGroup, NoteId};
pub use period::{Dated, InForce, Period};
pub use places::{
    Center, CenterLocation, HospitalOwnership, LodgingSeason, MonthDay, PerDiemArea, PerDiemYear, UNLISTED_CENTER,
    fiscal_year_of,
};
pub use prices::{ConditioningRegimen, HospitalDayCost, NATIONAL, Ownership, ProductPriceRow, UnitCostId, UnitCostRow};
use reader::TableText;
pub use reader::{DataError, ReadProblem, SourceIds, unique_ids};
pub use sources::{Quality, Source, THIS_PROJECT};
pub use trials::{SiteCertainty, Trial, TrialSite, TrialStatus};
pub use work_and_tax::{DatedTaxRules, PaidLeaveRow, TaxFigure, TaxRuleId, TaxRules};

use crate::core::choices::{DiseaseGroup, PriceBasis};
use crate::core::scenarios::Scenarios;

/// Declares the table files, in the order they are read (a table is read after those it
/// refers to).
macro_rules! table_files {
    ($($file:ident => $name:literal,)+) => {
        /// A table file in `data/`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum TableFile { $($file),+ }

        impl TableFile {
            pub const ALL: &'static [TableFile] = &[$(TableFile::$file),+];

            /// Its file name: `sources.csv`.
            pub const fn name(self) -> &'static str {
                match self { $(TableFile::$file => $name),+ }
            }
        }
    };
}

table_files! {
    Sources => "sources.csv",
    ProductPrices => "product_prices.csv",
    Journey => "journey.csv",
    UnitCosts => "unit_costs.csv",
    CountingRules => "counting_rules.csv",
    GsaPerDiem => "gsa_per_diem.csv",
    ZipPoints => "zip_points.csv",
    DistanceRules => "distance_rules.csv",
    Centers => "centers.csv",
    Trials => "trials.csv",
    TrialSites => "trial_sites.csv",
    HospitalDayCosts => "hospital_day_costs.csv",
    InsurancePresets => "insurance_presets.csv",
    CoverageRules => "coverage_rules.csv",
    TravelBenefitTerms => "travel_benefit_terms.csv",
    PovertyGuidelines => "poverty_guidelines.csv",
    CostSharingReductions => "cost_sharing_reductions.csv",
    MedicaidAdults => "medicaid_adults.csv",
    FinancialAssistance => "financial_assistance.csv",
    BurdenThresholds => "burden_thresholds.csv",
    Notes => "notes.csv",
    AidPrograms => "aid_programs.csv",
    PaidLeave => "paid_leave.csv",
    TaxRules => "tax_rules.csv",
    ConditioningRegimens => "conditioning_regimens.csv",
    AdvocateFigures => "advocate_figures.csv",
    TableUpdates => "table_updates.csv",
}

/// The id a value has in the data files (its serde name): `hospital_days`.
pub fn wire_id<T: Serialize>(value: &T) -> String {
    match serde_variant::to_variant_name(value) {
        Ok(name) => name.to_string(),
        // Not an enum's variant: whatever string it serializes as.
        Err(_) => serde_json::to_value(value)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
    }
}

/// Every table, loaded and checked.
#[derive(Debug, Clone)]
pub struct Tables {
    sources: BTreeMap<String, Source>,
    products: Vec<Dated<ProductPriceRow>>,
    journey: Vec<JourneyRow>,
    unit_costs: Vec<Dated<UnitCostRow>>,
    counting: CountingRules,
    per_diem: BTreeMap<String, PerDiemArea>,
    centers: Vec<Center>,
    /// Each center's place in `centers`, by id.
    center_index: HashMap<String, usize>,
    zip_points: Vec<ZipPoint>,
    distance_rules: DistanceRules,
    trials: Vec<Trial>,
    trial_sites: Vec<TrialSite>,
    hospital_day_costs: Vec<HospitalDayCost>,
    national_nonprofit: HospitalDayCost,
    national_for_profit: HospitalDayCost,
    insurance: DatedPresets,
    coverage_rules: CoverageRules,
    travel_benefit: TravelBenefitTerms,
    poverty: Vec<Dated<PovertyGuideline>>,
    cost_sharing_reductions: CostSharingReductions,
    medicaid_adults: Vec<MedicaidAdults>,
    financial_assistance: Vec<AssistanceRule>,
    thresholds: BurdenThresholds,
    notes: Vec<Note>,
    aid_programs: Vec<AidProgram>,
    paid_leave: Vec<Dated<PaidLeaveRow>>,
    tax_rules: DatedTaxRules,
    advocate_figures: Vec<AdvocateFigure>,
    conditioning: Scenarios<Dated<ConditioningRegimen>>,
    dating: Vec<TableDating>,
}

/// A table file's text, named as errors name it.
struct Loaded {
    file: String,
    text: String,
}

impl Loaded {
    fn table(&self) -> TableText<'_> {
        TableText {
            file: &self.file,
            text: &self.text,
        }
    }
}

impl Tables {
    /// Parses every table. `text_of` returns a file's text by its name
    /// ([`TableFile::name`]), or why it has none; `folder` is how errors name the folder
    /// (`data`, or the `--data-dir` path). The time it takes grows in proportion to the rows.
    pub fn parse(folder: &str, text_of: impl Fn(&str) -> Result<String, ReadProblem>) -> Result<Self, DataError> {
        let load = |file: TableFile| {
            let path = format!("{}/{}", folder.trim_end_matches('/'), file.name());
            match text_of(file.name()) {
                Ok(text) => Ok(Loaded { file: path, text }),
                Err(problem) => Err(problem.error(path)),
            }
        };
        let sources = sources::parse_sources(&load(TableFile::Sources)?.table())?;
        let products = prices::parse_products(&load(TableFile::ProductPrices)?.table(), &sources)?;
        let journey = journey::parse_journey(&load(TableFile::Journey)?.table(), &sources)?;
        let unit_costs = prices::parse_unit_costs(&load(TableFile::UnitCosts)?.table(), &sources)?;
        let counting = journey::parse_counting_rules(&load(TableFile::CountingRules)?.table(), &sources)?;
        let per_diem = places::parse_per_diem(&load(TableFile::GsaPerDiem)?.table(), &sources)?;
        let zip_points = geography::parse_zip_points(&load(TableFile::ZipPoints)?.table(), &sources)?;
        let distance_rules = geography::parse_distance_rules(&load(TableFile::DistanceRules)?.table(), &sources)?;
        let centers = places::parse_centers(&load(TableFile::Centers)?.table(), &sources, &per_diem, &zip_points)?;
        let trials = trials::parse_trials(&load(TableFile::Trials)?.table(), &sources)?;
        let trial_sites =
            trials::parse_trial_sites(&load(TableFile::TrialSites)?.table(), &sources, &trials, &centers)?;
        let hospital = load(TableFile::HospitalDayCosts)?;
        let hospital_day_costs = prices::parse_hospital_day_costs(&hospital.table(), &sources)?;
        let national =
            |ownership: Ownership| prices::national_day_cost(&hospital.table(), &hospital_day_costs, ownership);
        let national_nonprofit = national(Ownership::Nonprofit)?;
        let national_for_profit = national(Ownership::ForProfit)?;
        let insurance = insurance::parse_insurance_presets(&load(TableFile::InsurancePresets)?.table(), &sources)?;
        let coverage_rules = coverage_rules::parse_coverage_rules(&load(TableFile::CoverageRules)?.table(), &sources)?;
        let travel_benefit =
            coverage_rules::parse_travel_benefit_terms(&load(TableFile::TravelBenefitTerms)?.table(), &sources)?;
        let poverty = household::parse_poverty_guidelines(&load(TableFile::PovertyGuidelines)?.table(), &sources)?;
        let cost_sharing_reductions =
            income_rules::parse_cost_sharing_reductions(&load(TableFile::CostSharingReductions)?.table(), &sources)?;
        let medicaid_adults = income_rules::parse_medicaid_adults(&load(TableFile::MedicaidAdults)?.table(), &sources)?;
        let financial_assistance =
            income_rules::parse_financial_assistance(&load(TableFile::FinancialAssistance)?.table(), &sources)?;
        let thresholds = household::parse_burden_thresholds(&load(TableFile::BurdenThresholds)?.table(), &sources)?;
        let notes = notes::parse_notes(&load(TableFile::Notes)?.table(), &sources)?;
        let aid_programs = aid::parse_aid_programs(&load(TableFile::AidPrograms)?.table(), &sources, &centers)?;
        let paid_leave = work_and_tax::parse_paid_leave(&load(TableFile::PaidLeave)?.table(), &sources)?;
        let tax_rules = work_and_tax::parse_tax_rules(&load(TableFile::TaxRules)?.table(), &sources)?;
        let advocate_figures = advocacy::parse_advocate_figures(&load(TableFile::AdvocateFigures)?.table(), &sources)?;
        let conditioning =
            prices::parse_conditioning_regimens(&load(TableFile::ConditioningRegimens)?.table(), &sources)?;
        let updates = dating::parse_table_updates(&load(TableFile::TableUpdates)?.table(), &sources)?;
        let dating = FIGURE_TABLES
            .iter()
            .zip(updates)
            .map(|((file, naming), update)| {
                Ok(TableDating {
                    table: *file,
                    rows: dating::read_dating(&load(*file)?.table(), naming)?,
                    update,
                })
            })
            .collect::<Result<Vec<_>, DataError>>()?;
        Ok(Self {
            sources,
            products,
            journey,
            unit_costs,
            counting,
            per_diem,
            center_index: centers
                .iter()
                .enumerate()
                .map(|(index, c)| (c.id.clone(), index))
                .collect(),
            centers,
            zip_points,
            distance_rules,
            trials,
            trial_sites,
            hospital_day_costs,
            national_nonprofit,
            national_for_profit,
            insurance,
            coverage_rules,
            travel_benefit,
            poverty,
            cost_sharing_reductions,
            medicaid_adults,
            financial_assistance,
            thresholds,
            notes,
            aid_programs,
            paid_leave,
            tax_rules,
            advocate_figures,
            conditioning,
            dating,
        })
    }

    /// How current each table of figures is, in the order of [`FIGURE_TABLES`].
    pub fn dating(&self) -> &[TableDating] {
        &self.dating
    }

    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.sources.values()
    }

    /// The newest date a figure was taken into the data (`YYYY-MM-DD`): the data's version.
    pub fn data_as_of(&self) -> &str {
        self.sources.values().map(|s| s.retrieved.as_str()).max().unwrap_or("")
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// A product price as in force on a day (a quarter's payment limit after its quarter is
    /// the latest one, marked `reused_for`).
    pub fn product_price_on(&self, basis: PriceBasis, day: jiff::civil::Date) -> InForce<'_, ProductPriceRow> {
        // Parsing guarantees rows for every basis, in `PriceBasis::ALL` order.
        self.products[position(PriceBasis::ALL, basis)]
            .on(day)
            .unwrap_or_else(|| unreachable!("a product price without rows"))
    }

    pub fn journey(&self, param: JourneyParam) -> &JourneyRow {
        &self.journey[position(&JourneyParam::ALL, param)]
    }

    /// The latest row of a unit cost (loading made sure each has one).
    pub fn unit_cost(&self, id: UnitCostId) -> &UnitCostRow {
        self.unit_costs[position(&UnitCostId::ALL, id)]
            .latest()
            .unwrap_or_else(|| unreachable!("a unit cost without rows"))
    }

    /// A unit cost as in force on a day.
    pub fn unit_cost_on(&self, id: UnitCostId, day: jiff::civil::Date) -> InForce<'_, UnitCostRow> {
        self.unit_costs[position(&UnitCostId::ALL, id)]
            .on(day)
            .unwrap_or_else(|| unreachable!("a unit cost without rows"))
    }

    pub fn counting_rules(&self) -> &CountingRules {
        &self.counting
    }

    pub fn centers(&self) -> &[Center] {
        &self.centers
    }

    pub fn center(&self, id: &str) -> Option<&Center> {
        self.center_index.get(id).and_then(|index| self.centers.get(*index))
    }

    /// The GSA area of a center. Parsing guarantees every center's area exists.
    /// The Census ZIP area of a 5-digit ZIP code, if it has one.
    pub fn zip_point(&self, zip: &str) -> Option<&ZipPoint> {
        let index = self.zip_points.binary_search_by(|p| p.zip.as_str().cmp(zip)).ok()?;
        self.zip_points.get(index)
    }

    pub fn trials(&self) -> &[Trial] {
        &self.trials
    }

    /// The trials seen at a center for a disease, in table order, each with its site row.
    pub fn trials_at(&self, center: &str, group: DiseaseGroup) -> Vec<(&Trial, &TrialSite)> {
        self.trial_sites
            .iter()
            .filter(|site| site.center == center)
            .filter_map(|site| {
                let trial = self.trials.iter().find(|t| t.id == site.trial)?;
                trial.studies(group).then_some((trial, site))
            })
            .collect()
    }

    pub fn distance_rules(&self) -> &DistanceRules {
        &self.distance_rules
    }

    pub fn per_diem_area(&self, center: &Center) -> Option<&PerDiemArea> {
        self.per_diem.get(&center.gsa_area)
    }

    /// The cost per inpatient day for a region and ownership, if the data has it.
    pub fn hospital_day_cost(&self, region: &str, ownership: Ownership) -> Option<&HospitalDayCost> {
        self.hospital_day_costs
            .iter()
            .find(|c| c.region == region && c.ownership == ownership)
    }

    /// The U.S. cost per inpatient day at nonprofit hospitals (always present).
    pub fn national_nonprofit_day_cost(&self) -> &HospitalDayCost {
        &self.national_nonprofit
    }

    /// The U.S. cost per inpatient day at for-profit hospitals (always present).
    pub fn national_for_profit_day_cost(&self) -> &HospitalDayCost {
        &self.national_for_profit
    }

    pub fn coverage_rules(&self) -> &CoverageRules {
        &self.coverage_rules
    }

    /// A region's poverty guideline for a year's day (loading made sure each region has one);
    /// a year not yet published gets the latest, marked.
    pub fn poverty_guideline(&self, region: PovertyRegion, day: jiff::civil::Date) -> InForce<'_, PovertyGuideline> {
        self.poverty[position(&PovertyRegion::ALL, region)]
            .on(day)
            .unwrap_or_else(|| unreachable!("a region without guidelines"))
    }

    /// Every region's guidelines over time.
    pub fn poverty_guidelines(&self) -> &[Dated<PovertyGuideline>] {
        &self.poverty
    }

    /// The reduced yearly limits of Marketplace silver plans, by income band.
    pub fn cost_sharing_reductions(&self) -> &CostSharingReductions {
        &self.cost_sharing_reductions
    }

    /// A state's Medicaid income limit for adults (none for Puerto Rico).
    pub fn medicaid_adults(&self, state: &str) -> Option<&MedicaidAdults> {
        self.medicaid_adults.iter().find(|row| row.state == state)
    }

    /// Hospital financial-assistance rules: the common nonprofit policy and the state laws.
    pub fn financial_assistance(&self) -> &[AssistanceRule] {
        &self.financial_assistance
    }

    /// Every note, in table order (loading made sure each note id has one row).
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    pub fn note(&self, id: NoteId) -> &Note {
        &self.notes[position(&NoteId::ALL, id)]
    }

    /// Every aid program, in table order.
    pub fn aid_programs(&self) -> &[AidProgram] {
        &self.aid_programs
    }

    /// The paid family leave program of the state where someone works, if it has one, as in
    /// force on a day.
    pub fn paid_leave(&self, state: &str, day: jiff::civil::Date) -> Option<InForce<'_, PaidLeaveRow>> {
        self.paid_leave
            .iter()
            .find(|program| program.latest().is_some_and(|row| row.state == state))?
            .on(day)
    }

    /// Every state's paid leave over time.
    pub fn paid_leave_programs(&self) -> &[Dated<PaidLeaveRow>] {
        &self.paid_leave
    }

    /// The tax rules in force on a day.
    pub fn tax_rules(&self, day: jiff::civil::Date) -> TaxRules {
        self.tax_rules.on(day)
    }

    pub fn dated_tax_rules(&self) -> &DatedTaxRules {
        &self.tax_rules
    }

    pub fn advocate_figures(&self) -> &[AdvocateFigure] {
        &self.advocate_figures
    }

    pub fn burden_thresholds(&self) -> &BurdenThresholds {
        &self.thresholds
    }

    pub fn travel_benefit_terms(&self) -> &TravelBenefitTerms {
        &self.travel_benefit
    }

    /// The plan figures in force on a day.
    /// The chemotherapy before the cells, low / typical / high, as assumed on a day.
    pub fn conditioning_regimens(&self, day: jiff::civil::Date) -> Scenarios<&ConditioningRegimen> {
        fn on(dated: &Dated<ConditioningRegimen>, day: jiff::civil::Date) -> &ConditioningRegimen {
            dated
                .on(day)
                .map(|in_force| in_force.value)
                .unwrap_or_else(|| unreachable!("a regimen without rows"))
        }
        let regimens = &self.conditioning;
        Scenarios::new(
            on(&regimens.low, day),
            on(&regimens.typical, day),
            on(&regimens.high, day),
        )
    }

    pub fn insurance_presets(&self, day: jiff::civil::Date) -> InsurancePresets {
        self.insurance.on(day)
    }

    /// Every plan figure with its periods.
    pub fn dated_presets(&self) -> &DatedPresets {
        &self.insurance
    }
}
