//! Exact numbers at the edges: parsing decimals and percentages into
//! rationals, and printing rationals as `p/q` or as rounded decimals.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

/// Parses `12`, `0.5`, `.25` or `-3.75` exactly; `None` if malformed.
pub fn parse_decimal(text: &str) -> Option<BigRational> {
    let text = text.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let joined = format!("{whole}{fraction}");
    let numer = BigInt::parse_bytes(joined.as_bytes(), 10)?;
    let denom = num_traits::pow(BigInt::from(10), fraction.len());
    let value = BigRational::new(numer, denom);
    Some(if negative { -value } else { value })
}

/// Parses a share: `0.05`, `5%`, or `1/20`; `None` if malformed.
pub fn parse_share(text: &str) -> Option<BigRational> {
    let text = text.trim();
    if let Some(percent) = text.strip_suffix('%') {
        return parse_decimal(percent).map(|v| v / BigRational::from_integer(BigInt::from(100)));
    }
    if let Some((numer, denom)) = text.split_once('/') {
        let numer = BigInt::parse_bytes(numer.trim().as_bytes(), 10)?;
        let denom = BigInt::parse_bytes(denom.trim().as_bytes(), 10)?;
        return (!denom.is_zero()).then(|| BigRational::new(numer, denom));
    }
    parse_decimal(text)
}

/// `p/q` in lowest terms (`p` alone when `q` is 1).
pub fn fraction_string(value: &BigRational) -> String {
    if value.denom() == &BigInt::from(1) {
        value.numer().to_string()
    } else {
        format!("{}/{}", value.numer(), value.denom())
    }
}

/// The value rounded half-up to `digits` decimals, exactly.
pub fn decimal_string(value: &BigRational, digits: usize) -> String {
    let scale = num_traits::pow(BigInt::from(10), digits);
    let scaled = value.abs() * BigRational::from_integer(scale.clone());
    let rounded = (scaled + BigRational::new(BigInt::from(1), BigInt::from(2))).floor();
    let (whole, fraction) = rounded.to_integer().div_rem(&scale);
    let sign = if value.is_negative() && !rounded.is_zero() {
        "-"
    } else {
        ""
    };
    if digits == 0 {
        return format!("{sign}{whole}");
    }
    format!("{sign}{whole}.{:0>digits$}", fraction.to_string())
}

/// The nearest `f64` (for display and JSON; never for computing).
pub fn to_f64(value: &BigRational) -> f64 {
    value.to_f64().unwrap_or(f64::NAN)
}

/// A rational from two naturals; `None` when the denominator is zero.
pub fn ratio(numer: &BigUint, denom: &BigUint) -> Option<BigRational> {
    (!denom.is_zero())
        .then(|| BigRational::new(BigInt::from(numer.clone()), BigInt::from(denom.clone())))
}

/// `100 · part / whole` rounded to `digits` decimals (`whole > 0`).
pub fn percent_string(part: u128, whole: u128, digits: usize) -> String {
    let value = BigRational::new(BigInt::from(part) * 100, BigInt::from(whole.max(1)));
    decimal_string(&value, digits)
}
