//! Representation of a body: for constituencies (or national groups) with a
//! population and the seats they were given, the seat shares against the
//! population shares, the disproportionality indices, and what each
//! apportionment method would have given the same body — the question the
//! paper asks of Turkestan's 1917 bodies ("95–98 % of the people, 2 of 9 seats").

use num_bigint::BigInt;
use num_rational::BigRational;

use crate::ApportionError;
use crate::apportion::{Apportionment, Method, Options, apportion};
use crate::disproportionality::{Disproportionality, Unrepresented, measure};

/// One constituency of a body: a name, its population, its seats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Constituency {
    /// Name as the source gives it.
    pub name: String,
    /// Population (or electorate, or votes) it stands for.
    pub population: u64,
    /// Seats it held in the body.
    pub seats: u64,
}

/// One constituency's shares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share {
    /// Name as given.
    pub name: String,
    /// Population share, fraction of 1.
    pub population_share: BigRational,
    /// Seat share, fraction of 1.
    pub seat_share: BigRational,
    /// Seat share over population share (1 is exact representation);
    /// `None` for a constituency with no population.
    pub advantage: Option<BigRational>,
}

/// What an alternative method would have given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// The method.
    pub method: Method,
    /// Its apportionment of the same number of seats, or why there is none.
    pub outcome: Result<Apportionment, ApportionError>,
}

/// The whole report for a body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Representation {
    /// Shares, in input order.
    pub shares: Vec<Share>,
    /// Indices of the actual seats against population.
    pub disproportionality: Disproportionality,
    /// Apportionments by the requested methods.
    pub comparisons: Vec<Comparison>,
}

/// Computes shares, indices and the comparison apportionments.
pub fn represent(
    constituencies: &[Constituency],
    methods: &[Method],
    unrepresented: Unrepresented,
) -> Result<Representation, ApportionError> {
    let population: Vec<u64> = constituencies.iter().map(|c| c.population).collect();
    let seats: Vec<u64> = constituencies.iter().map(|c| c.seats).collect();
    let disproportionality = measure(&population, &seats, unrepresented)?;
    let total_population: u128 = population.iter().map(|&p| u128::from(p)).sum();
    let total_seats: u128 = seats.iter().map(|&s| u128::from(s)).sum();
    let shares = constituencies
        .iter()
        .map(|c| share(c, total_population, total_seats))
        .collect();
    let house = u64::try_from(total_seats)
        .map_err(|_| ApportionError::InvalidParameter("seat total overflows".into()))?;
    let comparisons = methods
        .iter()
        .map(|method| Comparison {
            method: method.clone(),
            outcome: apportion(&population, house, method, &Options::default()),
        })
        .collect();
    Ok(Representation {
        shares,
        disproportionality,
        comparisons,
    })
}

fn share(constituency: &Constituency, total_population: u128, total_seats: u128) -> Share {
    let fraction =
        |part: u64, whole: u128| BigRational::new(BigInt::from(part), BigInt::from(whole));
    let population_share = fraction(constituency.population, total_population);
    let seat_share = fraction(constituency.seats, total_seats);
    let advantage = (constituency.population > 0).then(|| &seat_share / &population_share);
    Share {
        name: constituency.name.clone(),
        population_share,
        seat_share,
        advantage,
    }
}
