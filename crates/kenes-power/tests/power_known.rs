//! Known-answer tests of the power indices, each against a published example.

use kenes_power::game::{Game, Rule, WeightedRule};
use kenes_power::index::{Algorithm, ExactOptions, IndexKind, exact};
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;

fn r(numer: i64, denom: i64) -> BigRational {
    BigRational::new(BigInt::from(numer), BigInt::from(denom))
}

fn all_indices(game: &Game, algorithm: Algorithm) -> kenes_power::index::Exact {
    let options = ExactOptions {
        algorithm,
        list_minimal: 1000,
        ..ExactOptions::default()
    };
    exact(game, &IndexKind::ALL, &options).expect("computable")
}

/// UN Security Council since 1965: five permanent members with a veto and
/// ten elected members, nine votes to pass — as the weighted game
/// [39; 7×5, 1×10]. Shapley–Shubik 421/2145 ≈ 0.1963 and 4/2145 ≈ 0.0019
/// (Straffin, *Game Theory and Strategy*, MAA 1993); Banzhaf swings 848 and
/// 84, normalised 16.7 % and 1.65 % (Felsenthal & Machover, *The Measurement
/// of Voting Power*, 1998).
#[test]
fn un_security_council() {
    let mut weights = vec![7; 5];
    weights.extend([1; 10]);
    let game = Game::weighted(weights, 39).unwrap();
    for algorithm in [Algorithm::GeneratingFunction, Algorithm::Enumeration] {
        let result = all_indices(&game, algorithm);
        let swings = result.swings().unwrap();
        assert_eq!(swings[0], BigUint::from(848u32));
        assert_eq!(swings[14], BigUint::from(84u32));
        let ss = result.get(IndexKind::ShapleyShubik).unwrap();
        assert_eq!(ss[0], r(421, 2145));
        assert_eq!(ss[5], r(4, 2145));
        let bz = result.get(IndexKind::Banzhaf).unwrap();
        assert_eq!(bz[0], r(848, 5080));
        assert_eq!(bz[9], r(84, 5080));
        assert_eq!(
            result.get(IndexKind::BanzhafAbsolute).unwrap()[0],
            r(848, 16384)
        );
    }
}

/// The same Council as a combined game: all five permanent members (a
/// unanimity rule among them) and nine members in all.
#[test]
fn un_security_council_as_combined_game() {
    let permanent: Vec<u64> = (0..15).map(|i| u64::from(i < 5)).collect();
    let rule = Rule::All(vec![
        Rule::Weighted(WeightedRule::new(permanent, 5).unwrap()),
        Rule::Weighted(WeightedRule::new(vec![1; 15], 9).unwrap()),
    ]);
    let game = Game::new(15, rule).unwrap();
    let result = all_indices(&game, Algorithm::Auto);
    assert_eq!(
        result.get(IndexKind::ShapleyShubik).unwrap()[0],
        r(421, 2145)
    );
    assert_eq!(result.swings().unwrap()[14], BigUint::from(84u32));
}

/// Council of the EEC, 1958–1972: France, Germany, Italy 4; Belgium,
/// Netherlands 2; Luxembourg 1; quota 12. Luxembourg is a dummy; Banzhaf
/// 5/21, 3/21, 0; Shapley–Shubik 14/60, 9/60, 0. Felsenthal & Machover
/// (1998); the Banzhaf values also in the `powerindex` README (EEC example).
#[test]
fn eec_council_1958() {
    let game = Game::weighted(vec![4, 4, 4, 2, 2, 1], 12).unwrap();
    let result = all_indices(&game, Algorithm::Auto);
    let bz = result.get(IndexKind::Banzhaf).unwrap();
    assert_eq!(
        bz,
        &[r(5, 21), r(5, 21), r(5, 21), r(3, 21), r(3, 21), r(0, 1)]
    );
    let ss = result.get(IndexKind::ShapleyShubik).unwrap();
    assert_eq!(
        ss,
        &[r(14, 60), r(14, 60), r(14, 60), r(9, 60), r(9, 60), r(0, 1)]
    );
    let pg = result.get(IndexKind::PublicGood).unwrap();
    assert_eq!(pg[5], r(0, 1));
}

/// Nassau County Board of Supervisors, 1964: weights 9, 9, 7, 3, 1, 1 and
/// quota 16 of 30. Banzhaf (1965), "Weighted voting doesn't work", Rutgers
/// Law Review 19: the three smallest members have no power at all.
#[test]
fn nassau_county_board_1964() {
    let game = Game::weighted(vec![9, 9, 7, 3, 1, 1], 16).unwrap();
    let result = all_indices(&game, Algorithm::Auto);
    let third = r(1, 3);
    let zero = r(0, 1);
    assert_eq!(
        result.get(IndexKind::Banzhaf).unwrap(),
        &[
            third.clone(),
            third.clone(),
            third.clone(),
            zero.clone(),
            zero.clone(),
            zero.clone()
        ]
    );
    assert_eq!(
        result.get(IndexKind::ShapleyShubik).unwrap(),
        &[
            third.clone(),
            third.clone(),
            third,
            zero.clone(),
            zero.clone(),
            zero
        ]
    );
}

/// Holler (1982), "Forming coalitions and measuring voting power", Political
/// Studies 30: in [51; 35, 20, 15, 15, 15] the Public Good Index gives the
/// 20-seat party less (2/15) than each 15-seat party (3/15). The five minimal
/// winning coalitions also give Deegan–Packel (1978) 3/10, 3/20, 11/60 ×3.
#[test]
fn holler_public_good_paradox() {
    let game = Game::weighted(vec![35, 20, 15, 15, 15], 51).unwrap();
    for algorithm in [Algorithm::Auto, Algorithm::Enumeration] {
        let result = all_indices(&game, algorithm);
        assert_eq!(
            result.get(IndexKind::PublicGood).unwrap(),
            &[r(4, 15), r(2, 15), r(3, 15), r(3, 15), r(3, 15)]
        );
        assert_eq!(
            result.get(IndexKind::DeeganPackel).unwrap(),
            &[r(3, 10), r(3, 20), r(11, 60), r(11, 60), r(11, 60)]
        );
        assert_eq!(result.minimal_count(), Some(5));
        assert_eq!(result.minimal_winning().unwrap().len(), 5);
    }
}

/// Johnston (1978) on the EEC Council: the index is normalised and gives the
/// dummy (Luxembourg) nothing. (Full values are checked against the
/// definition in the property tests.)
#[test]
fn johnston_sums_to_one_and_ignores_dummies() {
    let game = Game::weighted(vec![4, 4, 4, 2, 2, 1], 12).unwrap();
    let result = all_indices(&game, Algorithm::Auto);
    let johnston = result.get(IndexKind::Johnston).unwrap();
    let total: BigRational = johnston.iter().sum();
    assert_eq!(total, r(1, 1));
    assert_eq!(johnston[5], r(0, 1));
}
