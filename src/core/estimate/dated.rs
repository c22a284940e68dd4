//! Figures in force on the day each cost falls: the GSA fiscal year and season of each night,
//! the IRS tax year of each trip. With a start date the journey's days are dated; without
//! one, every figure is the one in force today.

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::draft::Context;
use crate::core::data_gaps::{DataGap, GapKind, note};
use crate::core::journey_days::Run;
use crate::core::tables::{PerDiemYear, UnitCostId, UnitCostRow, fiscal_year_of};

impl Context<'_, '_> {
    /// The day a journey day falls on (`offset` days from the start); without a start date,
    /// today, for every day.
    pub(super) fn day_of(&self, offset: i64) -> Date {
        match self.input.start_date() {
            Some(start) => start.checked_add(jiff::Span::new().days(offset)).unwrap_or(start),
            None => self.first_day,
        }
    }

    /// The sum of `weight × price(day)` over the days.
    pub(super) fn priced_days(&self, days: &[Run], mut price: impl FnMut(Date) -> Decimal) -> Decimal {
        let dated = self.input.start_date().is_some();
        let mut total = Decimal::ZERO;
        for run in days {
            // Day by day from the run's first (a step to the next day is cheaper than adding
            // an offset to the start each time); undated, every day is today.
            let mut day = self.day_of(run.first);
            for _ in run.first..run.end() {
                total += Decimal::from(run.weight) * price(day);
                if dated {
                    day = day.tomorrow().unwrap_or(day);
                }
            }
        }
        total
    }

    /// The GSA rates of the center's area on a day, noting a fiscal year not yet published.
    pub(super) fn per_diem_on(&self, day: Date) -> &PerDiemYear {
        const TABLE: &str = "gsa_per_diem:";
        let area = self.input.per_diem_area();
        let in_force = area.on(day);
        if in_force.reused_for.is_some() {
            let (year_needed, year_used) = (fiscal_year_of(day), in_force.value.fiscal_year);
            // Nights are priced one by one, so the same gap comes up for every night of a
            // fiscal year: its name is written out only the first time.
            let noted = self.gaps.borrow().iter().any(|gap| {
                gap.kind == GapKind::GsaPerDiem
                    && (gap.year_needed, gap.year_used) == (year_needed, year_used)
                    && gap.parameter.strip_prefix(TABLE) == Some(area.id.as_str())
            });
            if !noted {
                note(
                    &mut self.gaps.borrow_mut(),
                    DataGap {
                        kind: GapKind::GsaPerDiem,
                        parameter: format!("{TABLE}{}", area.id),
                        year_needed,
                        year_used,
                    },
                );
            }
        }
        in_force.value
    }

    /// A unit cost on a day, noting a year whose figure is not published yet.
    pub(super) fn unit_cost_on(&self, id: UnitCostId, day: Date, kind: GapKind) -> &UnitCostRow {
        let in_force = self.tables.unit_cost_on(id, day);
        if in_force.reused_for.is_some() {
            let parameter = format!("unit_costs:{}", crate::core::tables::wire_id(&id));
            self.note_reused(kind, parameter, day, in_force.period.from);
        }
        in_force.value
    }

    /// Notes that a figure whose period began on `used_from` stands in on `day`, for which
    /// none was found.
    pub(super) fn note_reused(&self, kind: GapKind, parameter: String, day: Date, used_from: Date) {
        let gap = DataGap {
            kind,
            parameter,
            year_needed: day.year(),
            year_used: used_from.year(),
        };
        note(&mut self.gaps.borrow_mut(), gap);
    }
}
