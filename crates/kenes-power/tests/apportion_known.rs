//! Known-answer tests of the apportionment methods, each against a
//! published example or an official election result.

use kenes_power::apportion::{Apportionment, Method, Options, Threshold, TieBreak, apportion};
use num_bigint::BigInt;
use num_rational::BigRational;

fn seats(votes: &[u64], house: u64, method: &str) -> Vec<u64> {
    let method: Method = method.parse().expect("known method");
    let result = apportion(votes, house, &method, &Options::default()).expect("apportionable");
    assert!(
        result.ties().is_empty(),
        "{method}: unexpected tie {:?}",
        result.ties()
    );
    result.seats().to_vec()
}

/// Balinski & Young (1975), "The quota method of apportionment", American
/// Mathematical Monthly 82(7), 701–730: five states, 100 seats.
#[test]
fn balinski_young_1975_first_example() {
    let votes = [5117, 4400, 162, 161, 160];
    assert_eq!(seats(&votes, 100, "quota"), [52, 44, 2, 1, 1]);
    assert_eq!(seats(&votes, 100, "hamilton"), [51, 44, 2, 2, 1]);
    assert_eq!(seats(&votes, 100, "dhondt"), [52, 45, 1, 1, 1]);
    for method in [
        "sainte-lague",
        "modified-sainte-lague",
        "huntington-hill",
        "adams",
        "dean",
    ] {
        assert_eq!(seats(&votes, 100, method), [51, 43, 2, 2, 2], "{method}");
    }
}

/// Balinski & Young (1975), second example: five states, 26 seats — every
/// method gives a different answer.
#[test]
fn balinski_young_1975_second_example() {
    let votes = [9061, 7179, 5259, 3319, 1182];
    let expected: [(&str, [u64; 5]); 8] = [
        ("quota", [10, 7, 5, 3, 1]),
        ("hamilton", [9, 7, 5, 4, 1]),
        ("dhondt", [10, 7, 5, 3, 1]),
        ("sainte-lague", [9, 8, 5, 3, 1]),
        ("modified-sainte-lague", [9, 8, 5, 3, 1]),
        ("huntington-hill", [9, 7, 6, 3, 1]),
        ("adams", [9, 7, 5, 3, 2]),
        ("dean", [9, 7, 5, 4, 1]),
    ];
    for (method, want) in expected {
        assert_eq!(seats(&votes, 26, method), want, "{method}");
    }
}

/// Israel, elections to the 19th–22nd Knesset (2013–2019), Central Elections
/// Committee: 120 seats by D'Hondt (Bader–Ofer) among lists past the
/// threshold, surplus-agreement pairs counted together (figures as compiled
/// in M. Lackner's `apportionment` package, examples/knesset.txt).
#[test]
fn knesset_elections_2013_to_2019() {
    let cases: [(&[u64], &[u64]); 4] = [
        (
            &[
                885163 + 345985,
                543458 + 432118,
                331868 + 195892,
                189167 + 172403,
                138450,
                113439 + 97030,
                78974,
            ],
            &[43, 34, 18, 12, 4, 7, 2],
        ),
        (
            &[
                985408 + 283910,
                786313 + 165529,
                446583,
                371602,
                315360 + 214906,
                241613 + 210143,
            ],
            &[38, 29, 13, 11, 16, 13],
        ),
        (
            &[
                1140370 + 159468,
                1125881,
                258275 + 249049,
                193442 + 143666,
                190870 + 156473,
                173004,
                152756,
            ],
            &[40, 35, 16, 10, 10, 5, 4],
        ),
        (
            &[
                1151214 + 310154,
                1113617 + 260655,
                470211,
                330199 + 268775,
                212782 + 192495,
            ],
            &[41, 39, 13, 16, 11],
        ),
    ];
    for (votes, official) in cases {
        assert_eq!(seats(votes, 120, "dhondt"), official);
    }
}

/// US House, 1792: Jefferson's method, 105 seats, 1790 census (representative
/// population), as tabulated in Balinski & Young, *Fair Representation*
/// (1982), appendix of historical apportionments.
#[test]
fn us_house_1792_jefferson() {
    let population = [
        630560, 475327, 432879, 353523, 331589, 278514, 236841, 206236, 179570, 141822, 85533,
        70835, 68705, 68446, 55540,
    ];
    let official = [19, 14, 13, 10, 10, 8, 7, 6, 5, 4, 2, 2, 2, 2, 1];
    assert_eq!(seats(&population, 105, "jefferson"), official);
}

/// The worked example of the largest-remainder method (Hare and Droop quotas)
/// in the Wikipedia article "Largest remainder method": 100,000 votes, 10 seats.
#[test]
fn largest_remainder_hare_and_droop() {
    let votes = [47000, 16000, 15800, 12000, 6100, 3100];
    assert_eq!(seats(&votes, 10, "hamilton"), [5, 2, 1, 1, 1, 0]);
    assert_eq!(seats(&votes, 10, "droop"), [5, 2, 2, 1, 0, 0]);
}

/// The worked example of the Wikipedia article "D'Hondt method": 8 seats.
#[test]
fn dhondt_and_sainte_lague_worked_example() {
    let votes = [100000, 80000, 30000, 20000];
    assert_eq!(seats(&votes, 8, "dhondt"), [4, 3, 1, 0]);
    assert_eq!(seats(&votes, 8, "sainte-lague"), [3, 3, 1, 1]);
}

fn tied(votes: &[u64], house: u64, method: &str, tie_break: TieBreak) -> Apportionment {
    let options = Options {
        tie_break,
        ..Options::default()
    };
    apportion(votes, house, &method.parse().unwrap(), &options).unwrap()
}

#[test]
fn ties_are_reported_not_broken() {
    for method in [
        "dhondt",
        "sainte-lague",
        "hamilton",
        "huntington-hill",
        "quota",
    ] {
        let result = tied(&[11, 11, 11], 4, method, TieBreak::Report);
        assert_eq!(result.seats(), [1, 1, 1], "{method}");
        assert!(!result.is_complete());
        assert_eq!(result.ties()[0].contenders(), [0, 1, 2]);
        assert_eq!(result.ties()[0].contested(), 1);
    }
}

#[test]
fn ties_broken_by_order_or_lots_are_still_reported() {
    let ordered = tied(&[11, 11, 11], 4, "dhondt", TieBreak::Order(vec![2, 0, 1]));
    assert_eq!(ordered.seats(), [1, 1, 2]);
    assert_eq!(ordered.ties()[0].winners(), [2]);
    let drawn = tied(&[11, 11, 11], 4, "dhondt", TieBreak::Lots { seed: 7 });
    assert_eq!(drawn.seats().iter().sum::<u64>(), 4);
    assert_eq!(
        drawn,
        tied(&[11, 11, 11], 4, "dhondt", TieBreak::Lots { seed: 7 })
    );
}

#[test]
fn threshold_excludes_small_parties() {
    let share = BigRational::new(BigInt::from(31), BigInt::from(1000));
    let options = Options {
        threshold: Some(Threshold::Share(share)),
        ..Options::default()
    };
    let result = apportion(&[41, 56, 3], 60, &"dhondt".parse().unwrap(), &options).unwrap();
    assert_eq!(result.excluded(), [2]);
    assert_eq!(result.seats()[2], 0);
    let options = Options {
        threshold: Some(Threshold::Votes(3)),
        ..Options::default()
    };
    assert!(
        apportion(&[41, 56, 3], 60, &"dhondt".parse().unwrap(), &options)
            .unwrap()
            .excluded()
            .is_empty()
    );
}

/// Adams and Huntington–Hill give every state a first seat; with a minimum
/// of two seats the divisor method starts from two.
#[test]
fn minimum_seats_for_divisor_methods() {
    let options = Options {
        minimum: 2,
        ..Options::default()
    };
    let result = apportion(&[1000, 10, 10], 10, &"dhondt".parse().unwrap(), &options).unwrap();
    assert_eq!(result.seats(), [6, 2, 2]);
    assert!(apportion(&[1, 1], 3, &"hamilton".parse().unwrap(), &options).is_err());
}

#[test]
fn modified_sainte_lague_first_divisor_matters() {
    assert_eq!(seats(&[6, 1], 4, "sainte-lague"), [3, 1]);
    assert_eq!(seats(&[6, 1], 4, "modified-sainte-lague:1.4"), [4, 0]);
    assert!("modified-sainte-lague:3.5".parse::<Method>().is_err());
    assert!("borda".parse::<Method>().is_err());
}

#[test]
fn danish_and_imperiali_divisors() {
    // Divisors 1, 4, 7 against 2, 3, 4: Danish favours small parties, Imperiali large.
    assert_eq!(seats(&[700, 300], 5, "danish"), [3, 2]);
    assert_eq!(seats(&[700, 300], 5, "imperiali"), [4, 1]);
}
