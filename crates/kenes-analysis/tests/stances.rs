//! The stance matrix and how one actor's position moved.

mod common;

use common::*;
use kenes_analysis::stances::{movement, stance_matrix};
use kenes_model::Position;

#[test]
fn the_matrix_lists_each_cell_in_date_order() {
    let model = turkestan_like();
    let matrix = stance_matrix(&model);
    assert_eq!(matrix.actors, [actor("org.shuro-i-ulema")]);
    assert_eq!(matrix.issues, [issue("issue.soviet-power")]);
    let cell = matrix.cell(&actor("org.shuro-i-ulema"), &issue("issue.soviet-power"));
    let ids: Vec<&str> = cell.iter().map(|e| e.stance.as_str()).collect();
    assert_eq!(ids, ["st.ulema.1", "st.ulema.2", "st.ulema.3"]);
    assert_eq!(cell[1].ascribed_by(), Some(&actor("paper.birlik-tuy")));
    assert_eq!(cell[0].dual, "5 Nov 1917 O.S. = 18 Nov 1917 N.S.");
    assert_eq!(cell[0].claims, [claim("c.st.ulema.1")]);
    assert!(
        matrix
            .cell(&actor("org.shuro-i-islam"), &issue("issue.soviet-power"))
            .is_empty()
    );
}

#[test]
fn shuro_i_ulema_moves_from_oppose_to_compromise() {
    let matrix = stance_matrix(&turkestan_like());
    let moves = movement(&matrix, &actor("org.shuro-i-ulema"));
    assert_eq!(moves.len(), 1);
    let soviet_power = &moves[0];
    assert!(soviet_power.moved());
    assert_eq!(
        soviet_power.positions(),
        [Position::Oppose, Position::Compromise]
    );
    let oppose = &soviet_power.steps[0];
    assert_eq!(oppose.entries.len(), 2);
    assert!(oppose.is_declared());
    assert_eq!(oppose.ascribed_by(), [&actor("paper.birlik-tuy")]);
    let compromise = &soviet_power.steps[1];
    assert!(compromise.is_declared() && compromise.ascribed_by().is_empty());
    assert_eq!(compromise.first_date().unwrap().as_written(), "1917-11-20");
}

#[test]
fn a_position_only_others_ascribe_is_marked_so() {
    let mut fixture = Fixture::new(None);
    fixture.stance(
        "st.1",
        "org.a",
        "issue.x",
        Position::Refuse,
        "1917-11-10",
        Some("paper.p"),
    );
    let matrix = stance_matrix(&fixture.build());
    let moves = movement(&matrix, &actor("org.a"));
    assert!(moves[0].steps[0].is_only_ascribed());
    assert!(!moves[0].moved());
    assert_eq!(
        matrix.issues,
        [issue("issue.x")],
        "an issue the model lacks is kept"
    );
}
