//! The medical lines: collection, conditioning, the cells, the hospital stay, complications,
//! infection-prevention medicines and follow-up care.

use rust_decimal::Decimal;

use super::draft::{Context, Draft, When, dec, merge_sources, money};
use crate::core::choices::{Route, state_or_code};
use crate::core::coverage::Setting;
use crate::core::data_gaps::GapKind;
use crate::core::lines::{Category, LineId};
use crate::core::scenarios::Scenarios;
use crate::core::tables::{CarePart, JourneyParam, Ownership, UnitCostId};
use crate::core::text::{Arg, Text};
use crate::text;

impl Context<'_, '_> {
    pub(super) fn collection(&self) -> Draft {
        let trips = self.count(JourneyParam::CollectionTrips).map(|n| dec(*n));
        let draft = match self.input.route() {
            // In a trial the study usually pays, but no price is published: ask.
            Route::Trial => {
                let mut draft = self.unpriced(
                    LineId::Collection,
                    text!("line-collection"),
                    UnitCostId::ApheresisCollection,
                    trips,
                    text!("unit-collections"),
                );
                draft.question = Some(text!("line-collection-ask-trial"));
                draft
            }
            // A bought product's price includes collecting the cells (Medicare bundles it).
            Route::Approved => {
                let row = self.tables.unit_cost(UnitCostId::ApheresisCollection);
                Draft::priced(
                    LineId::Collection,
                    Category::Medical,
                    text!("line-collection"),
                    trips,
                    text!("unit-collections"),
                    Scenarios::ZERO,
                    row.unit_text(),
                    text!("line-collection-included"),
                    row.source_ids.to_vec(),
                )
            }
        };
        draft.care(CarePart::Treatment, When::Arrival, Setting::Outpatient)
    }

    /// Fludarabine and cyclophosphamide at Medicare's payment limits: each day's dose (by body
    /// surface) rounded up to whole billing units, for the regimen of each scenario.
    pub(super) fn conditioning(&self) -> Draft {
        let regimens = self.tables.conditioning_regimens(self.first_day);
        let fludarabine = self.unit_cost_on(UnitCostId::FludarabinePer50mg, self.first_day, GapKind::MedicinePrice);
        let cyclophosphamide = self.unit_cost_on(
            UnitCostId::CyclophosphamidePer5mg,
            self.first_day,
            GapKind::MedicinePrice,
        );
        let flu_price = fludarabine.price().unwrap_or(Scenarios::ZERO);
        let cy_price = cyclophosphamide.price().unwrap_or(Scenarios::ZERO);
        // Billing units: HCPCS J9185 is per 50 mg of fludarabine, J9075 per 5 mg of cyclophosphamide.
        let units = |mg_per_m2: Decimal, bsa: Decimal, unit_mg: u32, days: u32| {
            (mg_per_m2 * bsa / Decimal::from(unit_mg)).ceil() * Decimal::from(days)
        };
        let flu_units = regimens.map(|r| units(r.fludarabine_mg_per_m2, r.body_surface_m2, 50, r.fludarabine_days));
        let cy_units = regimens.map(|r| {
            units(
                r.cyclophosphamide_mg_per_m2,
                r.body_surface_m2,
                5,
                r.cyclophosphamide_days,
            )
        });
        let cost = Scenarios::from_fn(|s| *flu_units.get(s) * *flu_price.get(s) + *cy_units.get(s) * *cy_price.get(s));
        let typical = &regimens.typical;
        let basis = text!(
            "line-conditioning-basis",
            bsa = Arg::Number(typical.body_surface_m2),
            flu_dose = Arg::Number(typical.fludarabine_mg_per_m2),
            flu_days = typical.fludarabine_days,
            flu_units = Arg::Number(flu_units.typical),
            flu_price = money(flu_price.typical),
            cy_dose = Arg::Number(typical.cyclophosphamide_mg_per_m2),
            cy_days = typical.cyclophosphamide_days,
            cy_units = Arg::Number(cy_units.typical),
            cy_price = money(cy_price.typical),
            low = Arg::Money(cost.low),
            high = Arg::Money(cost.high)
        );
        let sources = merge_sources(
            [regimens.low.source_ids.as_slice(), regimens.high.source_ids.as_slice()]
                .into_iter()
                .chain([
                    fludarabine.source_ids.as_slice(),
                    cyclophosphamide.source_ids.as_slice(),
                ]),
        );
        Draft::costed(
            LineId::Conditioning,
            Category::Medical,
            text!("line-conditioning"),
            (Scenarios::same(Decimal::ONE), text!("unit-course")),
            (cost, text!("unit-usd-per-course")),
            cost,
            basis,
            sources,
        )
        .care(CarePart::Treatment, When::Arrival, Setting::Outpatient)
    }

    pub(super) fn product(&self) -> Draft {
        let in_force = self.tables.product_price_on(self.input.price_basis(), self.first_day);
        let row = in_force.value;
        if in_force.reused_for.is_some() {
            // A quarter's payment limit used after its quarter: the later ones were not found.
            let parameter = format!("product_prices:{}", row.basis.id());
            self.note_reused(GapKind::MedicinePrice, parameter, self.first_day, in_force.period.from);
        }
        let price = row.price();
        let basis = match self.input.route() {
            Route::Trial => text!("line-product-basis-trial"),
            Route::Approved => text!("line-product-basis-approved"),
        }
        .with("prices", row.label_text())
        .with("low", money(price.low))
        .with("high", money(price.high))
        .with("typical", money(price.typical));
        Draft::priced(
            LineId::Product,
            Category::Medical,
            text!("line-product"),
            Scenarios::same(Decimal::ONE),
            text!("unit-treatment"),
            price,
            row.unit_text(),
            basis,
            row.source_ids.to_vec(),
        )
        .care(CarePart::Cells, When::InfusionDay, Setting::Inpatient)
    }

    pub(super) fn hospital_stay(&self) -> Draft {
        let tables = self.tables;
        let state = self.input.center().state.as_str();
        let state_cost = tables
            .hospital_day_cost(state, Ownership::Nonprofit)
            .filter(|_| !state.is_empty());
        let national_nonprofit = tables.national_nonprofit_day_cost();
        let national_for_profit = tables.national_for_profit_day_cost();
        let typical = state_cost.unwrap_or(national_nonprofit);
        let rate = Scenarios::new(
            national_for_profit.cost.min(typical.cost),
            typical.cost,
            national_nonprofit.cost.max(typical.cost),
        );
        let days = self.count(JourneyParam::HospitalDays);
        let basis = match state_cost {
            Some(cost) => text!(
                "line-hospital-basis-state",
                state = state_or_code(&cost.region),
                year = Arg::Verbatim(cost.data_year.clone())
            ),
            None if state.is_empty() => {
                text!(
                    "line-hospital-basis-us",
                    year = Arg::Verbatim(typical.data_year.clone())
                )
            }
            None => text!(
                "line-hospital-basis-no-state",
                year = Arg::Verbatim(typical.data_year.clone()),
                state = state_or_code(state)
            ),
        }
        .with("days", days.typical)
        .with("rate", money(rate.typical))
        .with("low", money(national_for_profit.cost));
        let mut sources = self.journey_sources(&[JourneyParam::HospitalDays]);
        for row in [typical, national_for_profit, national_nonprofit] {
            sources = merge_sources([sources.as_slice(), row.source_ids.as_slice()]);
        }
        Draft::priced(
            LineId::HospitalStay,
            Category::Medical,
            text!("line-hospital"),
            days.map(|n| dec(*n)),
            text!("unit-days"),
            rate,
            text!("unit-usd-per-day"),
            basis,
            sources,
        )
        .care(CarePart::Treatment, When::HospitalDays, Setting::Inpatient)
    }

    pub(super) fn complications(&self) -> Draft {
        let row = self.unit_cost_on(UnitCostId::TocilizumabDose, self.first_day, GapKind::MedicinePrice);
        let doses = self.count(JourneyParam::TocilizumabDoses);
        let rate = row.price().unwrap_or(Scenarios::ZERO);
        let basis = text!(
            "line-complications-basis",
            doses = doses.typical,
            rate = money(rate.typical),
            high = doses.high
        );
        Draft::priced(
            LineId::Complications,
            Category::Medical,
            text!("line-complications"),
            doses.map(|n| dec(*n)),
            text!("unit-doses"),
            rate,
            row.unit_text(),
            basis,
            merge_sources([
                self.journey_sources(&[JourneyParam::TocilizumabDoses]).as_slice(),
                self.unit_sources(UnitCostId::TocilizumabDose),
            ]),
        )
        .care(CarePart::Treatment, When::DuringStay, Setting::Inpatient)
    }

    pub(super) fn prophylaxis(&self) -> Draft {
        let months = self.count(JourneyParam::ProphylaxisMonths);
        let mut draft = self.unpriced(
            LineId::Prophylaxis,
            text!("line-prophylaxis"),
            UnitCostId::ProphylaxisPerMonth,
            months.map(|n| dec(*n)),
            text!("unit-months"),
        );
        draft.basis = Text::join([
            Some(text!("line-prophylaxis-basis", months = months.typical)),
            Some(draft.basis),
        ]);
        draft.sources = merge_sources([
            self.journey_sources(&[JourneyParam::ProphylaxisMonths]).as_slice(),
            draft.sources.as_slice(),
        ]);
        draft.question = Some(text!("line-prophylaxis-ask"));
        draft.care(CarePart::Ongoing, When::AfterDischarge, Setting::Outpatient)
    }

    pub(super) fn follow_up_care(&self) -> Draft {
        let row = self.tables.unit_cost(UnitCostId::FollowUpCarePerYear);
        let years = self.count(JourneyParam::FollowUpYears);
        let rate = row.price().unwrap_or(Scenarios::ZERO);
        let basis = text!(
            "line-follow-up-basis",
            years = years.typical,
            rate = money(rate.typical),
            high = money(rate.high)
        );
        Draft::priced(
            LineId::FollowUpCare,
            Category::Medical,
            text!("line-follow-up"),
            years.map(|n| dec(*n)),
            text!("unit-years"),
            rate,
            row.unit_text(),
            basis,
            merge_sources([
                self.journey_sources(&[JourneyParam::FollowUpYears]).as_slice(),
                self.unit_sources(UnitCostId::FollowUpCarePerYear),
            ]),
        )
        .care(CarePart::Ongoing, When::AfterDischarge, Setting::Outpatient)
    }
}
