//! The text inputs: CSV of counts and game files, accepted and refused with
//! the line and column of the problem.

use kenes_power::Position;
use kenes_power::csv::parse_counts;
use kenes_power::game::parse_game;
use kenes_power::index::{ExactOptions, IndexKind, exact};

#[test]
fn csv_with_header_quotes_and_comments() {
    let rows = parse_counts(
        "name,population\n# 1917 estimates\n\"Fergana, oblast\",2150000\nSyr-Darya, 1867000\r\n",
    )
    .unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].name, "Fergana, oblast");
    assert_eq!(rows[1].count, 1_867_000);
}

#[test]
fn csv_errors_name_line_and_column() {
    let error = parse_counts("A,1\nB,-2\n").unwrap_err();
    assert_eq!(error.position, Position { line: 2, column: 3 });
    assert!(
        parse_counts("A,1\nA,2")
            .unwrap_err()
            .message
            .contains("duplicate")
    );
    assert!(
        parse_counts("A,1,2")
            .unwrap_err()
            .message
            .contains("expected 2 fields")
    );
    assert!(
        parse_counts("\"A,1")
            .unwrap_err()
            .message
            .contains("unterminated")
    );
    assert!(parse_counts("").is_err());
    assert!(parse_counts("A,99999999999999999999").is_err());
}

const UNSC: &str = "title = UN Security Council\ncolumns = permanent, member\ngame vetoes = permanent >= 100%\ngame majority = member >= 9\nrule = vetoes and majority\n[players]\nChina, 1, 1\nFrance, 1, 1\nRussia, 1, 1\nUK, 1, 1\nUS, 1, 1\nE1, 0, 1\nE2, 0, 1\nE3, 0, 1\nE4, 0, 1\nE5, 0, 1\nE6, 0, 1\nE7, 0, 1\nE8, 0, 1\nE9, 0, 1\nE10, 0, 1\n";

#[test]
fn game_file_combined_rule() {
    let file = parse_game(UNSC).unwrap();
    assert_eq!(file.title.as_deref(), Some("UN Security Council"));
    assert_eq!(file.names.len(), 15);
    assert_eq!(file.game.rule().leaves()[0].quota(), 5);
    let result = exact(
        &file.game,
        &[IndexKind::ShapleyShubik],
        &ExactOptions::default(),
    )
    .unwrap();
    assert_eq!(
        kenes_power::number::fraction_string(&result.get(IndexKind::ShapleyShubik).unwrap()[0]),
        "421/2145"
    );
}

#[test]
fn game_file_errors_name_line_and_column() {
    let missing = parse_game("columns = a\ngame x = a >= 1\n").unwrap_err();
    assert!(missing.message.contains("[players]"));
    let unknown = parse_game("columns = a\ngame x = b >= 1\n[players]\nP, 1\n").unwrap_err();
    assert_eq!(unknown.position.line, 2);
    let weight = parse_game("columns = a\ngame x = a >= 1\n[players]\nP, x1\n").unwrap_err();
    assert_eq!(weight.position, Position { line: 4, column: 3 });
    let quota = parse_game("columns = a\ngame x = a >= 5\n[players]\nP, 1\n").unwrap_err();
    assert!(quota.message.contains("out of range"), "{quota}");
    let rule =
        parse_game("columns = a\ngame x = a >= 1\nrule = x and (x\n[players]\nP, 1\n").unwrap_err();
    assert!(rule.message.contains("expected `)`"), "{rule}");
    let deep = format!(
        "columns = a\ngame x = a >= 1\nrule = {}x\n[players]\nP, 1\n",
        "(".repeat(500)
    );
    assert!(
        parse_game(&deep)
            .unwrap_err()
            .message
            .contains("nested too deeply")
    );
}

/// The Council of the EU's qualified majority: 55 % of the members with 65 %
/// of the population, or every coalition a blocking minority (four members)
/// cannot stop — here with six invented members, to check the nesting.
#[test]
fn eu_style_nested_rule() {
    let text = "columns = members, population\ngame states = members >= 55%\ngame people = population >= 65%\ngame blocking = members >= 5\nrule = (states and people) or blocking\n[players]\nA, 1, 40\nB, 1, 30\nC, 1, 10\nD, 1, 10\nE, 1, 5\nF, 1, 5\n";
    let file = parse_game(text).unwrap();
    let game = &file.game;
    // A, B, C, D: 4 of 6 members (≥ 55 %), 90 % of the population.
    assert!(game.wins(&[true, true, true, true, false, false]));
    // C, D, E, F: 4 members but 30 %: loses.
    assert!(!game.wins(&[false, false, true, true, true, true]));
    // B, C, D, E, F: five members pass by the blocking rule although 60 % < 65 %.
    assert!(game.wins(&[false, true, true, true, true, true]));
}

/// Found by fuzzing (`power_game`): a second `columns` line after games that
/// use the first one indexed past the new, shorter list of columns.
#[test]
fn fuzz_regression_columns_redeclared() {
    let text = "columns = members, population\ngame statepeople = population >= .2%\ngame blocking = members >= 5\nrule = (states ans = members >= 13%\ncolumns = w\ngame g = w >= 3/3\n[players]\nA,4\nBw >= 3/&E,3\nF,1\n\n";
    let error = parse_game(text).unwrap_err();
    assert!(error.message.contains("given twice"), "{error}");
}
