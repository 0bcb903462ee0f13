//! Disproportionality indices and the representation report, against values
//! worked by hand from the definitions (Gallagher 1991, Electoral Studies 10).

use kenes_power::apportion::Method;
use kenes_power::disproportionality::{Unrepresented, measure};
use kenes_power::game::Game;
use kenes_power::index::{Control, IndexKind, monte_carlo};
use kenes_power::representation::{Constituency, represent};
use num_bigint::BigInt;
use num_rational::BigRational;

fn r(numer: i64, denom: i64) -> BigRational {
    BigRational::new(BigInt::from(numer), BigInt::from(denom))
}

/// Votes 50/30/20 %, seats 6/3/1 of 10: differences 0.1, 0, −0.1.
#[test]
fn indices_by_hand() {
    let d = measure(&[50, 30, 20], &[6, 3, 1], Unrepresented::Separate).unwrap();
    assert_eq!(d.loosemore_hanby, r(1, 10));
    assert_eq!(d.gallagher_squared, r(1, 100));
    assert!((d.gallagher_points() - 10.0).abs() < 1e-12);
    assert_eq!(d.rae, r(1, 15));
    assert_eq!(d.sainte_lague, Some(r(7, 100)));
    assert_eq!(d.dhondt, Some(r(6, 5)));
}

#[test]
fn unrepresented_parties_lumped_or_excluded() {
    let separate = measure(&[60, 20, 10, 10], &[3, 1, 0, 0], Unrepresented::Separate).unwrap();
    let lumped = measure(&[60, 20, 10, 10], &[3, 1, 0, 0], Unrepresented::Lumped).unwrap();
    let excluded = measure(&[60, 20, 10, 10], &[3, 1, 0, 0], Unrepresented::Excluded).unwrap();
    assert_eq!(separate.categories, 4);
    assert_eq!(lumped.categories, 3);
    assert_eq!(excluded.categories, 2);
    assert_eq!(separate.loosemore_hanby, lumped.loosemore_hanby);
    assert_eq!(excluded.loosemore_hanby, r(0, 1));
    assert_ne!(separate.gallagher_squared, lumped.gallagher_squared);
}

#[test]
fn representation_of_a_body() {
    // Two constituencies, 97 % and 3 % of the people, holding 2 and 7 seats.
    let body = [
        Constituency {
            name: "majority".into(),
            population: 97,
            seats: 2,
        },
        Constituency {
            name: "minority".into(),
            population: 3,
            seats: 7,
        },
    ];
    let report = represent(
        &body,
        &["hamilton".parse::<Method>().unwrap()],
        Unrepresented::Separate,
    )
    .unwrap();
    assert_eq!(report.shares[0].seat_share, r(2, 9));
    assert_eq!(report.shares[1].advantage, Some(r(700, 27)));
    let hamilton = report.comparisons[0].outcome.as_ref().unwrap();
    assert_eq!(hamilton.seats(), [9, 0]);
}

#[test]
fn monte_carlo_brackets_the_exact_values() {
    let game = Game::weighted(vec![4, 4, 4, 2, 2, 1], 12).unwrap();
    let kinds = [
        IndexKind::Banzhaf,
        IndexKind::BanzhafAbsolute,
        IndexKind::ShapleyShubik,
    ];
    let estimates = monte_carlo(&game, &kinds, 200_000, 7, &Control::default()).unwrap();
    let exact = [
        (IndexKind::Banzhaf, 5.0 / 21.0),
        (IndexKind::BanzhafAbsolute, 10.0 / 32.0),
        (IndexKind::ShapleyShubik, 14.0 / 60.0),
    ];
    for ((kind, values), (_, want)) in estimates.values.iter().zip(exact) {
        assert!(
            values[0].low <= want && want <= values[0].high,
            "{kind}: {:?} vs {want}",
            values[0]
        );
        assert_eq!(values[5].value, 0.0);
    }
    let stop = std::sync::atomic::AtomicBool::new(true);
    let stopped = monte_carlo(
        &game,
        &kinds,
        10,
        7,
        &Control {
            stop: Some(&stop),
            progress: None,
        },
    );
    assert!(stopped.is_err());
}
