//! The estimate's lines and totals: what each line costs in each scenario, who pays it and
//! how much the family pays. A leaf of the core: the line builders, the payer rules, the
//! household's burden, tax, notes, aid and timeline all read these types.

use rust_decimal::Decimal;
use serde::Serialize;

use super::scenarios::Scenarios;
use super::tables::CarePart;
use super::text::Text;
use super::who_pays::LineYear;

/// The line items, in journey order within each category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LineId {
    Collection,
    Conditioning,
    Product,
    HospitalStay,
    Complications,
    Prophylaxis,
    FollowUpCare,
    Travel,
    GroundTransport,
    Lodging,
    Meals,
    Parking,
    ChildCare,
    PetCare,
    CaregiverIncome,
    PatientIncome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Bills for care: the cells, the hospital, medicines, follow-up.
    Medical,
    /// Travel, lodging, meals, parking and care at home.
    NonMedical,
    /// Pay lost while away or recovering.
    LostIncome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Payer {
    Sponsor,
    Insurer,
    /// The insurer's travel and lodging benefit.
    TravelBenefit,
    /// Medicaid's non-emergency medical transportation.
    MedicaidTransport,
    /// The state's paid family leave, toward the caregiver's lost pay.
    StatePaidLeave,
    Family,
}

/// One line of the estimate. `cost` is `None` when no sourced price exists; then
/// `question` says what to ask, and the line adds nothing to the totals.
/// For a priced line, cost = sponsor + insurer + benefit + family in every scenario.
#[derive(Debug, Clone, Serialize)]
pub struct LineItem {
    pub id: LineId,
    pub category: Category,
    /// The part of the care a medical line belongs to, for the coverage rules.
    pub part: Option<CarePart>,
    pub label: Text,
    pub quantity: Scenarios<Decimal>,
    pub quantity_unit: Text,
    pub rate: Option<Scenarios<Decimal>>,
    pub rate_unit: Text,
    pub cost: Option<Scenarios<Decimal>>,
    pub payer: Vec<Payer>,
    pub sponsor_pays: Option<Scenarios<Decimal>>,
    pub insurer_pays: Option<Scenarios<Decimal>>,
    /// What a travel benefit, Medicaid transportation or state paid leave pays.
    pub benefit_pays: Option<Scenarios<Decimal>>,
    pub family_pays: Option<Scenarios<Decimal>>,
    /// Medical bills by plan year.
    pub plan_years: Vec<LineYear>,
    /// How the cost was worked out, in one plain sentence (typical figures).
    pub basis: Text,
    /// Why this payer pays, in a plain sentence or two.
    pub payer_reason: Option<Text>,
    pub question: Option<Text>,
    pub sources: Vec<String>,
}

/// What each party pays, summed over the lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Every priced medical line, whoever pays it.
    pub billed_medical: Scenarios<Decimal>,
    pub sponsor_pays: Scenarios<Decimal>,
    pub insurer_pays: Scenarios<Decimal>,
    /// Travel benefits, Medicaid transportation and state paid leave.
    pub benefit_pays: Scenarios<Decimal>,
    /// The family's share of medical bills.
    pub family_medical: Scenarios<Decimal>,
    /// The family's share of travel, lodging, meals, parking and care at home.
    pub non_medical: Scenarios<Decimal>,
    pub lost_income: Scenarios<Decimal>,
    /// family_medical + non_medical + lost_income.
    pub family_total: Scenarios<Decimal>,
}

impl Totals {
    /// Every cost of the journey, whoever pays it: the medical bills, the costs of living away
    /// (the family's share and what benefits pay) and the pay lost.
    pub fn every_cost(&self) -> Scenarios<Decimal> {
        self.billed_medical + self.benefit_pays + self.non_medical + self.lost_income
    }
}

/// Sums the lines into what each party pays.
pub fn totals(lines: &[LineItem]) -> Totals {
    let sum = |pick: &dyn Fn(&LineItem) -> Option<Scenarios<Decimal>>, category: Option<Category>| {
        lines
            .iter()
            .filter(|line| category.is_none_or(|c| line.category == c))
            .filter_map(pick)
            .fold(Scenarios::ZERO, |total, amount| total + amount)
    };
    let billed_medical = sum(&|l| l.cost, Some(Category::Medical));
    let sponsor_pays = sum(&|l| l.sponsor_pays, None);
    let insurer_pays = sum(&|l| l.insurer_pays, None);
    let benefit_pays = sum(&|l| l.benefit_pays, None);
    let family_medical = sum(&|l| l.family_pays, Some(Category::Medical));
    let non_medical = sum(&|l| l.family_pays, Some(Category::NonMedical));
    let lost_income = sum(&|l| l.family_pays, Some(Category::LostIncome));
    Totals {
        billed_medical,
        sponsor_pays,
        insurer_pays,
        benefit_pays,
        family_medical,
        non_medical,
        lost_income,
        family_total: family_medical + non_medical + lost_income,
    }
}
