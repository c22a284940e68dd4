//! Low / typical / high: three consistent scenarios computed side by side.

use std::ops::Add;

use rust_decimal::Decimal;
use serde::Serialize;

/// Which of the three scenarios a value belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scenario {
    Low,
    Typical,
    High,
}

impl Scenario {
    pub const ALL: [Scenario; 3] = [Scenario::Low, Scenario::Typical, Scenario::High];
}

/// One value per scenario. Every line's low uses the low parameters, and so on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Scenarios<T> {
    pub low: T,
    pub typical: T,
    pub high: T,
}

impl<T> Scenarios<T> {
    pub const fn new(low: T, typical: T, high: T) -> Self {
        Self { low, typical, high }
    }

    /// Computes each scenario from the scenario itself.
    pub fn from_fn(mut f: impl FnMut(Scenario) -> T) -> Self {
        Self {
            low: f(Scenario::Low),
            typical: f(Scenario::Typical),
            high: f(Scenario::High),
        }
    }

    pub fn get(&self, scenario: Scenario) -> &T {
        match scenario {
            Scenario::Low => &self.low,
            Scenario::Typical => &self.typical,
            Scenario::High => &self.high,
        }
    }

    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> Scenarios<U> {
        Scenarios {
            low: f(&self.low),
            typical: f(&self.typical),
            high: f(&self.high),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        [&self.low, &self.typical, &self.high].into_iter()
    }
}

impl<T: Clone> Scenarios<T> {
    /// The same value in all three scenarios (a pinned or fixed figure).
    pub fn same(value: T) -> Self {
        Self {
            low: value.clone(),
            typical: value.clone(),
            high: value,
        }
    }
}

impl<T: PartialOrd> Scenarios<T> {
    /// True when low <= typical <= high.
    pub fn is_ordered(&self) -> bool {
        self.low <= self.typical && self.typical <= self.high
    }
}

impl Scenarios<Decimal> {
    pub const ZERO: Self = Self::new(Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);

    /// Sums scenario by scenario.
    pub fn sum<'a>(items: impl IntoIterator<Item = &'a Scenarios<Decimal>>) -> Self {
        items.into_iter().fold(Self::ZERO, |total, item| total + *item)
    }
}

impl<T: Add<Output = T>> Add for Scenarios<T> {
    type Output = Self;

    fn add(self, other: Self) -> Self {
        Self {
            low: self.low + other.low,
            typical: self.typical + other.typical,
            high: self.high + other.high,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn from_fn_passes_each_scenario_in_order() {
        let seen = Scenarios::from_fn(|s| s);
        assert_eq!(seen, Scenarios::new(Scenario::Low, Scenario::Typical, Scenario::High));
    }

    #[test]
    fn sum_adds_scenario_by_scenario() {
        let a = Scenarios::new(dec!(1), dec!(2), dec!(3));
        let b = Scenarios::new(dec!(10), dec!(20), dec!(30.5));
        assert_eq!(Scenarios::sum([&a, &b]), Scenarios::new(dec!(11), dec!(22), dec!(33.5)));
        assert_eq!(Scenarios::sum(std::iter::empty()), Scenarios::ZERO);
    }

    #[test]
    fn ordered_means_low_typical_high_do_not_decrease() {
        assert!(Scenarios::new(1, 1, 2).is_ordered());
        assert!(!Scenarios::new(2, 1, 2).is_ordered());
        assert!(!Scenarios::new(1, 3, 2).is_ordered());
    }
}
