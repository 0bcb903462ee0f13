//! The rules, one module each, named after the problem it finds. Each module
//! opens with what it finds, why it matters and an example; `docs/checks.md`
//! gathers them for readers of the model rather than of the code.

mod ambiguous_source;
mod duplicate_id;
mod effect_before_body_exists;
mod fact_without_claim;
mod invalid_date;
mod name_spelled_two_ways;
mod passage_not_found;
mod references;
mod seats_do_not_add_up;
mod source_before_event;
mod sources_disagree;
mod tally_disagrees_with_attendance;
mod uncited_claim;
mod undated_event;
mod unresolved_reference;

use kenes_model::diagnostic::code;

use crate::Rule;

/// Codes of the rules beyond those `kenes_model::diagnostic::code` names.
pub mod codes {
    /// An event, composition, proposal, stance, vote or population figure with no claims.
    pub const FACT_WITHOUT_CLAIM: &str = "K110";
    /// An actor whose names include variant spellings.
    pub const NAME_SPELLED_TWO_WAYS: &str = "K111";
    /// A source whose locator is marked `ambiguous`.
    pub const AMBIGUOUS_SOURCE: &str = "K112";
    /// An event with no date.
    pub const UNDATED_EVENT: &str = "K113";
    /// A claim that no entity cites.
    pub const UNCITED_CLAIM: &str = "K114";
}

/// Every rule, in code order.
pub(crate) static ALL: &[Rule] = &[
    Rule {
        code: code::UNRESOLVED_REFERENCE,
        name: "unresolved-reference",
        summary: "an id an entity names resolves to no entity of the kind its key takes",
        run: unresolved_reference::run,
    },
    Rule {
        code: code::DUPLICATE_ID,
        name: "duplicate-id",
        summary: "two entities share one id",
        run: duplicate_id::run,
    },
    Rule {
        code: code::INVALID_DATE,
        name: "invalid-date",
        summary: "a date that parses but cannot be right (outside the period, its congress, its relaying work)",
        run: invalid_date::run,
    },
    Rule {
        code: code::PASSAGE_NOT_FOUND,
        name: "passage-not-found",
        summary: "a claim's passage does not stand verbatim in the text of the work that prints it",
        run: passage_not_found::run,
    },
    Rule {
        code: code::SEATS_DO_NOT_ADD_UP,
        name: "seats-do-not-add-up",
        summary: "a composition's listed seats do not add up to its stated size",
        run: seats_do_not_add_up::run,
    },
    Rule {
        code: code::TALLY_DISAGREES_WITH_ATTENDANCE,
        name: "tally-disagrees-with-attendance",
        summary: "a vote's tallies do not sum to the delegates attested present",
        run: tally_disagrees_with_attendance::run,
    },
    Rule {
        code: code::SOURCES_DISAGREE,
        name: "sources-disagree",
        summary: "two sources state the same composition, event or population figure differently",
        run: sources_disagree::run,
    },
    Rule {
        code: code::SOURCE_BEFORE_EVENT,
        name: "source-before-event",
        summary: "a source is dated before the event a claim of it is cited for",
        run: source_before_event::run,
    },
    Rule {
        code: code::EFFECT_BEFORE_BODY_EXISTS,
        name: "effect-before-body-exists",
        summary: "an effect acts on a body before (or without) the event that forms it",
        run: effect_before_body_exists::run,
    },
    Rule {
        code: codes::FACT_WITHOUT_CLAIM,
        name: "fact-without-claim",
        summary: "a fact (event, composition, proposal, stance, vote, population) rests on no claim",
        run: fact_without_claim::run,
    },
    Rule {
        code: codes::NAME_SPELLED_TWO_WAYS,
        name: "name-spelled-two-ways",
        summary: "an actor's sources spell its name in more than one way",
        run: name_spelled_two_ways::run,
    },
    Rule {
        code: codes::AMBIGUOUS_SOURCE,
        name: "ambiguous-source",
        summary: "a source's locator cannot be read one way",
        run: ambiguous_source::run,
    },
    Rule {
        code: codes::UNDATED_EVENT,
        name: "undated-event",
        summary: "an event has no date, so no place on the timeline",
        run: undated_event::run,
    },
    Rule {
        code: codes::UNCITED_CLAIM,
        name: "uncited-claim",
        summary: "a claim that no entity cites",
        run: uncited_claim::run,
    },
];
