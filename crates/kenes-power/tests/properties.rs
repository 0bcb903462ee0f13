//! Property tests against slow, obvious oracles: exact power indices equal
//! brute-force enumeration written from the definitions; divisor methods and
//! the quota method are house-monotone; Hamilton and the quota method
//! satisfy quota; apportionments add up to the house.

use kenes_power::apportion::{Method, Options, TieBreak, apportion};
use kenes_power::game::{Game, Rule, WeightedRule};
use kenes_power::index::{Algorithm, ExactOptions, IndexKind, exact};
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use proptest::prelude::*;

/// The definitions, coalition by coalition (players ≤ 16).
struct Oracle {
    swings: Vec<u64>,
    shapley: Vec<BigRational>,
    johnston: Vec<BigRational>,
    public_good: Vec<u64>,
    deegan_packel: Vec<BigRational>,
}

fn factorial(n: usize) -> BigInt {
    (1..=n).map(BigInt::from).product()
}

fn oracle(game: &Game) -> Oracle {
    let n = game.players();
    let wins = |mask: u32| game.wins(&(0..n).map(|i| mask >> i & 1 == 1).collect::<Vec<_>>());
    let winning: Vec<bool> = (0..1u32 << n).map(wins).collect();
    let zero = BigRational::from_integer(BigInt::from(0));
    let mut o = Oracle {
        swings: vec![0; n],
        shapley: vec![zero.clone(); n],
        johnston: vec![zero.clone(); n],
        public_good: vec![0; n],
        deegan_packel: vec![zero.clone(); n],
    };
    let mut minimal_total = 0u64;
    for mask in 0..1u32 << n {
        if !winning[mask as usize] {
            continue;
        }
        let members: Vec<usize> = (0..n).filter(|&i| mask >> i & 1 == 1).collect();
        let critical: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| !winning[(mask & !(1 << i)) as usize])
            .collect();
        let size = members.len();
        for &i in &critical {
            o.swings[i] += 1;
            let weight = BigRational::new(factorial(size - 1) * factorial(n - size), factorial(n));
            o.shapley[i] += weight;
            o.johnston[i] += BigRational::new(BigInt::from(1), BigInt::from(critical.len()));
        }
        if critical.len() == size {
            minimal_total += 1;
            for &i in &members {
                o.public_good[i] += 1;
                o.deegan_packel[i] += BigRational::new(BigInt::from(1), BigInt::from(size));
            }
        }
    }
    let johnston_total: BigRational = o.johnston.iter().sum();
    if johnston_total != zero {
        o.johnston
            .iter_mut()
            .for_each(|v| *v = &*v / &johnston_total);
    }
    if minimal_total > 0 {
        let m = BigRational::from_integer(BigInt::from(minimal_total));
        o.deegan_packel.iter_mut().for_each(|v| *v = &*v / &m);
    }
    o
}

fn check_against_oracle(game: &Game, algorithm: Algorithm) {
    let options = ExactOptions {
        algorithm,
        ..ExactOptions::default()
    };
    let result = exact(game, &IndexKind::ALL, &options).unwrap();
    let o = oracle(game);
    let swings: Vec<BigUint> = o.swings.iter().map(|&s| BigUint::from(s)).collect();
    assert_eq!(result.swings().unwrap(), swings.as_slice());
    assert_eq!(
        result.get(IndexKind::ShapleyShubik).unwrap(),
        o.shapley.as_slice()
    );
    assert_eq!(
        result.get(IndexKind::Johnston).unwrap(),
        o.johnston.as_slice()
    );
    assert_eq!(
        result.get(IndexKind::DeeganPackel).unwrap(),
        o.deegan_packel.as_slice()
    );
    let pg_total: u64 = o.public_good.iter().sum();
    let pg: Vec<BigRational> = o
        .public_good
        .iter()
        .map(|&c| BigRational::new(BigInt::from(c), BigInt::from(pg_total.max(1))))
        .collect();
    assert_eq!(result.get(IndexKind::PublicGood).unwrap(), pg.as_slice());
}

fn weighted_game() -> impl Strategy<Value = Game> {
    (prop::collection::vec(0u64..40, 1..=16), 0.0f64..1.0).prop_filter_map(
        "quota in range",
        |(weights, fraction)| {
            let total: u64 = weights.iter().sum();
            let quota = ((total as f64 * fraction).ceil() as u64).clamp(1, total.max(1));
            Game::weighted(weights, quota).ok()
        },
    )
}

fn combined_game() -> impl Strategy<Value = Game> {
    (1usize..=9).prop_flat_map(|n| {
        let rule =
            (prop::collection::vec(0u64..10, n), 0.0f64..1.0).prop_filter_map("rule", |(w, f)| {
                let total: u64 = w.iter().sum();
                WeightedRule::new(w, ((total as f64 * f).ceil() as u64).max(1)).ok()
            });
        (
            prop::collection::vec(rule, 2..=3),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(move |(rules, all, nest)| {
                let mut leaves: Vec<Rule> = rules.into_iter().map(Rule::Weighted).collect();
                let nested = if nest && leaves.len() == 3 {
                    let last = leaves.pop().into_iter().collect::<Vec<_>>();
                    let inner = if all {
                        Rule::Any(leaves)
                    } else {
                        Rule::All(leaves)
                    };
                    vec![
                        inner,
                        last.into_iter().next().unwrap_or_else(|| unreachable!()),
                    ]
                } else {
                    leaves
                };
                let rule = if all {
                    Rule::All(nested)
                } else {
                    Rule::Any(nested)
                };
                Game::new(n, rule).unwrap()
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generating_functions_equal_brute_force(game in weighted_game()) {
        check_against_oracle(&game, Algorithm::Auto);
    }

    #[test]
    fn enumeration_equals_brute_force(game in weighted_game()) {
        check_against_oracle(&game, Algorithm::Enumeration);
    }

    #[test]
    fn combined_games_equal_brute_force(game in combined_game()) {
        check_against_oracle(&game, Algorithm::Auto);
    }
}

const DIVISOR_METHODS: [&str; 9] = [
    "dhondt",
    "sainte-lague",
    "modified-sainte-lague",
    "modified-sainte-lague:1.2",
    "huntington-hill",
    "adams",
    "dean",
    "danish",
    "imperiali",
];

fn ordered(n: usize) -> Options {
    Options {
        tie_break: TieBreak::Order((0..n).collect()),
        ..Options::default()
    }
}

fn allocate(votes: &[u64], house: u64, method: &str) -> Vec<u64> {
    let method: Method = method.parse().unwrap();
    apportion(votes, house, &method, &ordered(votes.len()))
        .unwrap()
        .seats()
        .to_vec()
}

/// Is `seats` within floor/ceiling of each exact quota `v·h/V`?
fn within_quota(votes: &[u64], seats: &[u64], house: u64) -> bool {
    let total: u128 = votes.iter().map(|&v| u128::from(v)).sum();
    votes.iter().zip(seats).all(|(&v, &s)| {
        let scaled = u128::from(v) * u128::from(house);
        let lower = scaled / total;
        let upper = scaled.div_ceil(total);
        (lower..=upper).contains(&u128::from(s))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn divisor_methods_are_house_monotone(votes in prop::collection::vec(1u64..5000, 1..8), house in 8u64..60) {
        for method in DIVISOR_METHODS {
            let smaller = allocate(&votes, house, method);
            let larger = allocate(&votes, house + 1, method);
            prop_assert!(smaller.iter().zip(&larger).all(|(a, b)| a <= b), "{method}: {smaller:?} -> {larger:?}");
            prop_assert_eq!(larger.iter().sum::<u64>(), house + 1);
        }
    }

    #[test]
    fn hamilton_and_quota_method_satisfy_quota(votes in prop::collection::vec(1u64..5000, 1..8), house in 1u64..60) {
        for method in ["hamilton", "quota"] {
            let seats = allocate(&votes, house, method);
            prop_assert!(within_quota(&votes, &seats, house), "{method}: {seats:?}");
            prop_assert_eq!(seats.iter().sum::<u64>(), house);
        }
    }

    #[test]
    fn quota_method_is_house_monotone(votes in prop::collection::vec(1u64..5000, 1..8), house in 1u64..60) {
        let smaller = allocate(&votes, house, "quota");
        let larger = allocate(&votes, house + 1, "quota");
        prop_assert!(smaller.iter().zip(&larger).all(|(a, b)| a <= b));
    }

    #[test]
    fn parsers_never_panic(text in "\\PC{0,200}") {
        let _ = kenes_power::csv::parse_counts(&text);
        let _ = kenes_power::game::parse_game(&text);
    }

    #[test]
    fn game_file_lines_never_panic(lines in prop::collection::vec(prop::sample::select(vec![
        "columns = a, b", "game x = a >= 3", "game y = b >= 50%", "rule = x and (y or x)", "rule = ((x", "[players]",
        "P, 1, 2", "Q, 3, 4", "R,5", "game z = c >= 1", "title = t", "game x = a >= 2/3", "S, 18446744073709551615, 1",
    ]), 0..12)) {
        let _ = kenes_power::game::parse_game(&lines.join("\n"));
    }
}
