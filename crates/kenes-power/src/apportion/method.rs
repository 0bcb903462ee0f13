//! Names of the apportionment methods: the quotas of largest-remainder
//! methods, the divisor sequences, and parsing of the names the command
//! line accepts.

use std::fmt;
use std::str::FromStr;

use num_bigint::BigInt;
use num_rational::BigRational;

use crate::ApportionError;
use crate::number::parse_decimal;

/// The quota of a largest-remainder (Hamilton) method, for `V` votes and `S` seats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quota {
    /// `V / S`: Hamilton's method, Hare–Niemeyer.
    Hare,
    /// `floor(V / (S + 1)) + 1`.
    Droop,
    /// `V / (S + 1)`, exact.
    HagenbachBischoff,
    /// `V / (S + 2)`.
    Imperiali,
}

/// A divisor method, named by its sequence of divisors `d(s)` for a party
/// that holds `s` seats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Divisor {
    /// Jefferson, D'Hondt: `s + 1`.
    Jefferson,
    /// Webster, Sainte-Laguë: `s + 1/2` (1, 3, 5, … in odd numbers).
    Webster,
    /// Modified Sainte-Laguë: `first`, 3, 5, 7, … (Norway and Sweden: 1.4;
    /// Sweden from 2018: 1.2). `first` must lie in (0, 3).
    ModifiedSainteLague {
        /// The first divisor, on the 1, 3, 5 scale.
        first: BigRational,
    },
    /// Huntington–Hill, equal proportions (US House since 1941): `sqrt(s(s+1))`.
    HuntingtonHill,
    /// Adams, smallest divisors: `s`.
    Adams,
    /// Dean, harmonic mean: `2s(s+1)/(2s+1)`.
    Dean,
    /// Danish: 1, 4, 7, 10, … (`3s + 1`).
    Danish,
    /// Imperiali: 2, 3, 4, … (`s + 2`).
    Imperiali,
}

/// An apportionment method.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Method {
    /// Largest remainders with the given quota.
    LargestRemainder(Quota),
    /// A divisor (highest averages) method.
    Divisor(Divisor),
    /// The quota method of Balinski and Young (1975): Jefferson's priorities,
    /// restricted to parties that stay within their upper quota.
    BalinskiYoung,
}

/// Method names accepted by [`Method::from_str`].
pub const METHOD_NAMES: &[&str] = &[
    "hamilton",
    "droop",
    "hagenbach-bischoff",
    "imperiali-quota",
    "jefferson",
    "dhondt",
    "webster",
    "sainte-lague",
    "modified-sainte-lague[:FIRST]",
    "huntington-hill",
    "adams",
    "dean",
    "danish",
    "imperiali",
    "quota",
];

impl FromStr for Method {
    type Err = ApportionError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        let lower = name.trim().to_lowercase().replace(['_', ' '], "-");
        if let Some(first) = lower.strip_prefix("modified-sainte-lague") {
            return modified_sainte_lague(first);
        }
        let method = match lower.as_str() {
            "hamilton" | "hare" | "largest-remainder" | "hare-niemeyer" | "vinton" => {
                Method::LargestRemainder(Quota::Hare)
            }
            "droop" => Method::LargestRemainder(Quota::Droop),
            "hagenbach-bischoff" => Method::LargestRemainder(Quota::HagenbachBischoff),
            "imperiali-quota" => Method::LargestRemainder(Quota::Imperiali),
            "jefferson" | "dhondt" | "d'hondt" => Method::Divisor(Divisor::Jefferson),
            "webster" | "sainte-lague" | "saint-lague" => Method::Divisor(Divisor::Webster),
            "huntington-hill" | "hill" | "equal-proportions" => {
                Method::Divisor(Divisor::HuntingtonHill)
            }
            "adams" => Method::Divisor(Divisor::Adams),
            "dean" => Method::Divisor(Divisor::Dean),
            "danish" => Method::Divisor(Divisor::Danish),
            "imperiali" => Method::Divisor(Divisor::Imperiali),
            "quota" | "balinski-young" => Method::BalinskiYoung,
            _ => return Err(ApportionError::UnknownMethod(name.to_string())),
        };
        Ok(method)
    }
}

fn modified_sainte_lague(suffix: &str) -> Result<Method, ApportionError> {
    let first = match suffix.strip_prefix(':') {
        None if suffix.is_empty() => BigRational::new(BigInt::from(7), BigInt::from(5)),
        None => {
            return Err(ApportionError::UnknownMethod(format!(
                "modified-sainte-lague{suffix}"
            )));
        }
        Some(text) => parse_decimal(text).ok_or_else(|| {
            ApportionError::InvalidParameter(format!(
                "first divisor {text:?} is not a decimal number"
            ))
        })?,
    };
    let three = BigRational::from_integer(BigInt::from(3));
    if first <= BigRational::default() || first >= three {
        return Err(ApportionError::InvalidParameter(format!(
            "first divisor {first} of modified Sainte-Laguë must lie strictly between 0 and 3"
        )));
    }
    Ok(Method::Divisor(Divisor::ModifiedSainteLague { first }))
}

impl fmt::Display for Quota {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Quota::Hare => "Hare",
            Quota::Droop => "Droop",
            Quota::HagenbachBischoff => "Hagenbach-Bischoff",
            Quota::Imperiali => "Imperiali",
        })
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Method::LargestRemainder(Quota::Hare) => f.write_str("hamilton"),
            Method::LargestRemainder(Quota::Droop) => f.write_str("droop"),
            Method::LargestRemainder(Quota::HagenbachBischoff) => f.write_str("hagenbach-bischoff"),
            Method::LargestRemainder(Quota::Imperiali) => f.write_str("imperiali-quota"),
            Method::Divisor(Divisor::Jefferson) => f.write_str("dhondt"),
            Method::Divisor(Divisor::Webster) => f.write_str("sainte-lague"),
            Method::Divisor(Divisor::ModifiedSainteLague { first }) => {
                write!(
                    f,
                    "modified-sainte-lague:{}",
                    crate::number::decimal_string(first, 6)
                )
            }
            Method::Divisor(Divisor::HuntingtonHill) => f.write_str("huntington-hill"),
            Method::Divisor(Divisor::Adams) => f.write_str("adams"),
            Method::Divisor(Divisor::Dean) => f.write_str("dean"),
            Method::Divisor(Divisor::Danish) => f.write_str("danish"),
            Method::Divisor(Divisor::Imperiali) => f.write_str("imperiali"),
            Method::BalinskiYoung => f.write_str("quota"),
        }
    }
}
