//! The household's answers in words ("Home: North Carolina, 180 miles away"), for the
//! estimate's "Your answers", the print view and the comparison of several households.

use super::choices::{CoverageTier, InsuranceType, Lodging, MarketplaceMetal, StayNearby, state_or_code};
use super::distance::whole_miles;
use super::input::{Earnings, Input};
use super::text::{Arg, Text};
use crate::text;

/// One answer: what it is and what was answered.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub label: Text,
    pub value: Text,
}

fn money_per_week(earnings: Earnings) -> Text {
    let days = earnings.paid_leave_days;
    match (earnings.given.and_then(|given| given.how_weekly()), earnings.weekly_pay) {
        (Some(how), _) => text!("fact-pay-given", how = how, days = days),
        (None, Some(pay)) => text!("fact-pay", pay = Arg::MoneyShort(pay), days = days),
        (None, None) => text!("fact-pay-none"),
    }
}

/// The household's answers as "label: value" facts, in the order the page lists them.
/// Whether the screening, collection and follow-up visits are day trips or nights away, and why.
fn visits(input: &Input<'_>) -> Text {
    let reach = input.reach().typical;
    let shown = reach.hours.round_dp(1);
    let hours = Arg::Number(shown);
    // Hours are shown as decimals, which Fluent reads as text: the plural goes by a count
    // that is 1 exactly when the hours shown are 1 ("1 hour", "1.5 hours", "2 hours").
    let plural = Arg::Count(u64::from(shown == rust_decimal::Decimal::ONE));
    let limit = Arg::Number(reach.overnight_after_hours);
    match (reach.flies, reach.overnight) {
        (true, _) => text!("fact-visits-fly"),
        (false, true) => text!("fact-visits-overnight", hours = hours, plural = plural, limit = limit),
        (false, false) => text!("fact-visits-day", hours = hours, plural = plural, limit = limit),
    }
}

/// Where the family stays near the center, and at what rate if they gave one.
fn staying(input: &Input<'_>) -> Text {
    match input.lodging_rate() {
        Some(rate) if input.lodging() != Lodging::Family => text!(
            "fact-staying-rate",
            lodging = input.lodging().label(),
            rate = Arg::MoneyShort(rate)
        ),
        _ => input.lodging().label(),
    }
}

pub fn facts(input: &Input<'_>) -> Vec<Fact> {
    let fact = |label: &'static str, value: Text| Fact {
        label: Text::new(label),
        value,
    };
    let state = state_or_code;
    let mut facts = vec![
        fact("fact-disease", input.condition().label()),
        fact(
            "fact-treatment",
            text!(
                "fact-treatment-value",
                route = input.route().label(),
                cells = input.cells().label()
            ),
        ),
        fact(
            "fact-center",
            if input.center().is_unlisted() {
                text!("form-center-other")
            } else {
                text!("verbatim", text = Arg::Verbatim(input.center().display_name()))
            },
        ),
        fact(
            "fact-home",
            match input.zip_distance() {
                None => text!(
                    "fact-home-value",
                    state = state(input.home_state()),
                    miles = Arg::Number(input.distance_miles())
                ),
                Some(zip) => text!(
                    "fact-home-zip-value",
                    state = state(input.home_state()),
                    zip = Arg::Verbatim(zip.home_zip.clone()),
                    miles = Arg::Count(whole_miles(zip.road_miles.typical)),
                    straight = Arg::Count(whole_miles(zip.straight_line_miles)),
                    factor = Arg::Number(zip.detour_factor.typical),
                    low = Arg::Count(whole_miles(zip.road_miles.low)),
                    high = Arg::Count(whole_miles(zip.road_miles.high))
                ),
            },
        ),
        fact(
            "fact-travel",
            // The way of travel, then whether visits are day trips or nights away, and why.
            text!(
                "fact-travel-and-visits",
                travel = match input.travel_by_distance() {
                    None => input.travel_mode().label(),
                    Some(limit) => text!(
                        "fact-travel-usual",
                        mode = input.travel_mode().label(),
                        limit = Arg::Number(limit)
                    ),
                },
                visits = visits(input)
            ),
        ),
        fact(
            "fact-staying",
            match (input.reach().typical.sleeps_home, input.stay_nearby()) {
                (true, StayNearby::Usual) => text!("fact-staying-home-usual"),
                (true, _) => text!("fact-staying-home"),
                (false, _) => staying(input),
            },
        ),
        fact(
            "fact-caregivers",
            text!("verbatim", text = Arg::Verbatim(input.caregivers().to_string())),
        ),
        fact("fact-caregiver-pay", money_per_week(input.caregiver())),
        fact("fact-patient-pay", money_per_week(input.patient())),
    ];
    if let Some(age) = input.patient_age() {
        let years = Arg::Number(rust_decimal::Decimal::from(age));
        facts.insert(
            2,
            fact("fact-patient-age", text!("fact-patient-age-value", years = years)),
        );
    }
    if input.caregiver_work_state() != input.home_state() {
        facts.push(fact(
            "fact-caregiver-works-in",
            text!("verbatim", text = state(input.caregiver_work_state())),
        ));
    }
    if let Some(income) = input.household_income() {
        facts.push(fact(
            "fact-income",
            match input.household_size() {
                Some(size) => text!("fact-income-value-size", income = Arg::Money(income), people = size),
                None => text!("fact-income-value", income = Arg::Money(income)),
            },
        ));
    }
    if let Some(per_day) = input.child_care_per_day() {
        facts.push(fact(
            "fact-child-care",
            text!("fact-child-care-value", rate = Arg::MoneyShort(per_day)),
        ));
    }
    if input.pets() > 0 {
        facts.push(fact(
            "fact-pets",
            text!("verbatim", text = Arg::Verbatim(input.pets().to_string())),
        ));
    }
    let choices = input.plan_choices();
    let mut coverage = vec![input.insurance().label()];
    match input.insurance() {
        InsuranceType::Uninsured => {}
        InsuranceType::Medicare => {
            coverage.push(if choices.medicare_supplement {
                text!("fact-coverage-supplement")
            } else {
                text!("fact-coverage-no-supplement")
            });
        }
        insurance => {
            if matches!(insurance, InsuranceType::Employer | InsuranceType::Marketplace) {
                coverage.push(match choices.tier {
                    CoverageTier::SelfOnly => text!("fact-coverage-self-only"),
                    CoverageTier::Family => text!("fact-coverage-family"),
                });
            }
            if insurance == InsuranceType::Marketplace {
                coverage.push(match choices.metal {
                    MarketplaceMetal::Unsure => text!("fact-coverage-metal-unsure"),
                    metal => text!("fact-coverage-metal", metal = Arg::Text(Box::new(metal.label()))),
                });
            }
            coverage.push(match (choices.in_network, choices.network_known) {
                (_, false) => text!("fact-coverage-network-unsure"),
                (true, true) => text!("fact-coverage-in-network"),
                (false, true) => text!("fact-coverage-out-of-network"),
            });
        }
    }
    // The parts are written to follow one another ("Job-based plan, family coverage; …").
    facts.push(fact("fact-coverage", text!("verbatim", text = Arg::Joined(coverage))));
    if let Some(amount) = choices.travel_benefit {
        facts.push(fact(
            "fact-travel-benefit",
            text!("fact-travel-benefit-value", amount = Arg::MoneyShort(amount)),
        ));
    }
    if let Some(date) = input.start_date() {
        facts.push(fact("fact-start", text!("verbatim", text = Arg::Date(date))));
    }
    facts.push(fact("fact-prices", input.price_basis().label()));
    facts
}
