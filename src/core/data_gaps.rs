//! Figures not published yet for a year the journey reaches: the latest published one is used
//! instead, and the estimate says so where it is used and in its list of data gaps.

use serde::Serialize;

use super::text::{Arg, Text};

/// What kind of figure is missing for a year, which decides how the page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// GSA hotel and meals rates, by federal fiscal year.
    GsaPerDiem,
    /// A plan figure (a legal limit, Medicare's amounts) by plan year.
    PlanFigure,
    /// The IRS mileage rate, by tax year.
    Mileage,
    /// The HHS poverty guidelines, by year.
    PovertyGuideline,
    /// A state's paid-leave weekly maximum.
    PaidLeave,
    /// Medicare's quarterly payment limits for medicines (ASP + 6%).
    MedicinePrice,
    /// The average domestic airfare, published each quarter.
    Airfare,
}

/// A year for which a figure is not out yet, and the year whose figure is used.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
pub struct DataGap {
    #[serde(skip)]
    pub kind: GapKind,
    /// The figure: `gsa_per_diem:nc-durham`, `insurance_presets:medicare:part_a_deductible`.
    pub parameter: String,
    /// Calendar years, except GSA's, which are federal fiscal years.
    pub year_needed: i16,
    pub year_used: i16,
}

/// The sentence for the `needed` years (sorted) that borrow the figures of `used`.
fn sentence(kind: GapKind, needed: &[i16], used: i16) -> Text {
    let key = match kind {
        GapKind::GsaPerDiem => "gap-gsa",
        GapKind::PlanFigure => "gap-plan",
        GapKind::Mileage => "gap-mileage",
        GapKind::PovertyGuideline => "gap-poverty",
        GapKind::PaidLeave => "gap-paid-leave",
        // A quarter's limit reused later in its own year: "2026's are used for 2026" would
        // say nothing.
        GapKind::MedicinePrice if needed.contains(&used) => "gap-medicine-quarter",
        GapKind::MedicinePrice => "gap-medicine",
        GapKind::Airfare => "gap-airfare",
    };
    let years = needed
        .iter()
        .map(|year| Text::new("verbatim").with("text", Arg::Verbatim(year.to_string())))
        .collect();
    Text::new(key)
        .with("needed", Arg::List(years))
        // How many years are needed, for the plural ("fiscal years 2028 and 2029").
        .with("count", Arg::Count(needed.len() as u64))
        .with("used", Arg::Verbatim(used.to_string()))
}

/// Adds a gap once, keeping them sorted.
pub fn note(gaps: &mut Vec<DataGap>, gap: DataGap) {
    if let Err(at) = gaps.binary_search(&gap) {
        gaps.insert(at, gap);
    }
}

/// Gaps for the page: one sentence per kind and year used, naming every year that borrows
/// it ("for 2027, 2028 and 2029"), since every area or plan figure with the same years says
/// the same thing.
pub fn sentences(gaps: &[DataGap]) -> Vec<Text> {
    let mut said: Vec<(GapKind, i16, Vec<i16>)> = Vec::new();
    for gap in gaps {
        match said
            .iter_mut()
            .find(|(kind, used, _)| *kind == gap.kind && *used == gap.year_used)
        {
            Some((_, _, needed)) if needed.contains(&gap.year_needed) => {}
            Some((_, _, needed)) => needed.push(gap.year_needed),
            None => said.push((gap.kind, gap.year_used, vec![gap.year_needed])),
        }
    }
    said.into_iter()
        .map(|(kind, used, mut needed)| {
            needed.sort_unstable();
            sentence(kind, &needed, used)
        })
        .collect()
}
