//! Money is `rust_decimal::Decimal` end to end. Rounding happens here, for display only.

use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds to whole cents, half away from zero ($2.345 -> $2.35, -$2.345 -> -$2.35).
/// `Decimal::round_dp` would round half to even, which is not what people expect on a bill.
pub fn round_cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// A figure rounded to a whole number for display (half away from zero): `7.5` → `8`.
pub fn whole(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// Formats dollars with thousands separators and cents: `$12,345.60`, `-$5.00`.
pub fn format_usd(amount: Decimal) -> String {
    let (sign, digits) = split_rounded(round_cents(amount), 2);
    format!("{sign}${digits}")
}

/// Formats a rate for a sentence: whole dollars when there are no cents (`$3,167`), cents
/// when there are (`$7.79`), and up to 4 places for rates finer than a cent (`$0.205`), so a
/// rate is never shown rounded to a different figure than the one used.
pub fn format_usd_short(amount: Decimal) -> String {
    let places = amount
        .round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
        .scale();
    let places = match places {
        0 => 0,
        1 | 2 => 2,
        more => more,
    };
    let rounded = amount.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    let (sign, digits) = split_rounded(rounded, places);
    format!("{sign}${digits}")
}

/// Formats a plain number with thousands separators and at most `max_places` decimals,
/// dropping trailing zeros: `5,400`, `43.57`, `0.205`.
pub fn format_number(value: Decimal, max_places: u32) -> String {
    let rounded = value
        .round_dp_with_strategy(max_places, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    let (sign, digits) = split_rounded(rounded, rounded.scale());
    format!("{sign}{digits}")
}

/// Splits an already rounded amount into its sign and its digits grouped by thousands.
fn split_rounded(amount: Decimal, places: u32) -> (&'static str, String) {
    let negative = amount.is_sign_negative() && !amount.is_zero();
    let text = format!("{:.*}", places as usize, amount.abs());
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text.as_str(), None),
    };
    let mut grouped = String::with_capacity(text.len() + whole.len() / 3);
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if let Some(fraction) = fraction {
        grouped.push('.');
        grouped.push_str(fraction);
    }
    (if negative { "-" } else { "" }, grouped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(round_cents(dec!(2.345)), dec!(2.35));
        assert_eq!(round_cents(dec!(2.355)), dec!(2.36));
        assert_eq!(round_cents(dec!(-2.345)), dec!(-2.35));
        assert_eq!(round_cents(dec!(2.3449)), dec!(2.34));
    }

    #[test]
    fn formats_dollars_with_separators_and_cents() {
        assert_eq!(format_usd(dec!(0)), "$0.00");
        assert_eq!(format_usd(dec!(7.79)), "$7.79");
        assert_eq!(format_usd(dec!(999.995)), "$1,000.00");
        assert_eq!(format_usd(dec!(10492)), "$10,492.00");
        assert_eq!(format_usd(dec!(614180.808)), "$614,180.81");
        assert_eq!(format_usd(dec!(1234567.5)), "$1,234,567.50");
        assert_eq!(format_usd(dec!(-5)), "-$5.00");
        assert_eq!(format_usd(dec!(-0.004)), "$0.00");
    }

    #[test]
    fn short_format_shows_rates_as_used() {
        assert_eq!(format_usd_short(dec!(3167)), "$3,167");
        assert_eq!(format_usd_short(dec!(3167.00)), "$3,167");
        assert_eq!(format_usd_short(dec!(0.205)), "$0.205");
        assert_eq!(format_usd_short(dec!(7.79)), "$7.79");
        assert_eq!(format_usd_short(dec!(7.8)), "$7.80");
        assert_eq!(format_usd_short(dec!(240.8)), "$240.80");
        assert_eq!(format_usd_short(dec!(28.571428)), "$28.5714");
    }

    #[test]
    fn formats_plain_numbers() {
        assert_eq!(format_number(dec!(5400), 2), "5,400");
        assert_eq!(format_number(dec!(43.571428), 2), "43.57");
        assert_eq!(format_number(dec!(0.205), 3), "0.205");
        assert_eq!(format_number(dec!(12.50), 2), "12.5");
    }

    proptest! {
        #[test]
        fn formatted_dollars_read_back_as_the_rounded_amount(cents in -10_000_000_000i64..10_000_000_000i64) {
            let amount = Decimal::new(cents, 2);
            let text = format_usd(amount).replace(['$', ','], "");
            prop_assert_eq!(text.parse::<Decimal>().unwrap(), amount);
        }

        #[test]
        fn rounding_is_idempotent(mills in -10_000_000_000i64..10_000_000_000i64) {
            let once = round_cents(Decimal::new(mills, 3));
            prop_assert_eq!(round_cents(once), once);
            prop_assert!((once - Decimal::new(mills, 3)).abs() <= dec!(0.005));
        }
    }
}
