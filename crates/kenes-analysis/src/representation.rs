//! The local Muslim population's share of seats in every composition of a
//! model (bodies and proposals, each source's account), against the
//! population figures the sources give.
//!
//! Which constituencies count as the local Muslim population's is not decided
//! here: it is the editors' reading [`LOCAL_MUSLIM_READING`]
//! (`r.local-muslim-seats`), whose adopted ids are looked up in
//! `model.readings()`. A model without that reading has no local shares.
//!
//! All arithmetic is exact (integers and reduced fractions); percentages are
//! rounded only for display. A seat list that leaves seats unnumbered or
//! unassigned makes the share a bound, never a guess: [`Bound`] says which.

use std::collections::HashSet;
use std::fmt;

use kenes_model::{
    ActorId, Composition, CompositionId, Id, Model, Outcome, Population, PopulationId,
};

/// The reading whose adopted ids are the constituencies counted as seats of
/// the local Muslim population.
pub const LOCAL_MUSLIM_READING: &str = "r.local-muslim-seats";

/// An exact non-negative fraction in lowest terms (`denominator > 0`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fraction {
    pub numerator: u64,
    pub denominator: u64,
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Fraction {
    /// `numerator / denominator` in lowest terms; `None` for a zero denominator.
    pub fn new(numerator: u64, denominator: u64) -> Option<Fraction> {
        Fraction::from_wide(u128::from(numerator), u128::from(denominator))
    }

    /// Reduces a wide fraction; `None` for a zero denominator or when the
    /// reduced terms do not fit in `u64`.
    fn from_wide(numerator: u128, denominator: u128) -> Option<Fraction> {
        if denominator == 0 {
            return None;
        }
        let divisor = gcd(numerator, denominator).max(1);
        Some(Fraction {
            numerator: u64::try_from(numerator / divisor).ok()?,
            denominator: u64::try_from(denominator / divisor).ok()?,
        })
    }

    /// The whole part (rounded down).
    pub fn floor(&self) -> u64 {
        self.numerator / self.denominator
    }

    /// The fraction as a percentage in tenths, rounded half up (222 for 2/9).
    pub fn percent_tenths(&self) -> u128 {
        let (n, d) = (u128::from(self.numerator), u128::from(self.denominator));
        (2000 * n + d) / (2 * d)
    }

    /// The percentage rounded to one decimal, for display: `22.2 %`.
    pub fn percent_display(&self) -> String {
        let tenths = self.percent_tenths();
        format!("{}.{} %", tenths / 10, tenths % 10)
    }

    /// The value rounded half up to two decimals, for display: `8.55`.
    pub fn decimal_display(&self) -> String {
        let (n, d) = (u128::from(self.numerator), u128::from(self.denominator));
        let hundredths = (200 * n + d) / (2 * d);
        format!("{}.{:02}", hundredths / 100, hundredths % 100)
    }
}

impl fmt::Display for Fraction {
    /// `2/9`; a whole number as `4/1` is shown `4`.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.denominator == 1 {
            write!(formatter, "{}", self.numerator)
        } else {
            write!(formatter, "{}/{}", self.numerator, self.denominator)
        }
    }
}

/// Whether the composition describes a body or a proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfKind {
    Body,
    /// A proposal, with what became of it.
    Proposal(Outcome),
    /// Neither resolves (a dangling `of`; the checker reports it).
    Unresolved,
}

/// Where the total comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TotalBasis {
    /// The size the source states.
    Stated,
    /// No size is stated: the sum of the numbered seats listed.
    ListedSum,
}

/// How far the share is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// Every seat of the total is numbered and assigned: the share is exact.
    Exact,
    /// Seats are unnumbered or unassigned and may include local ones: the
    /// true share is at least the one given.
    AtLeast,
    /// No size is stated and only non-local constituencies lack a number:
    /// the true total may be larger, so the true share is at most the one given.
    AtMost,
    /// No size is stated and both local and other constituencies lack a
    /// number: the share is bounded neither way.
    Unknown,
}

impl Bound {
    /// `""`, `"≥ "`, `"≤ "` or `"? "`: the marker written before a share.
    pub fn marker(self) -> &'static str {
        match self {
            Bound::Exact => "",
            Bound::AtLeast => "≥ ",
            Bound::AtMost => "≤ ",
            Bound::Unknown => "? ",
        }
    }
}

/// What a proportional body of the same size would give at one population figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hamilton {
    /// The group's seats by largest remainders (group against the rest).
    Seats(u64),
    /// The remainders are equal (exactly one half): the last seat is a tie
    /// that the method does not settle; `lower` seats are certain.
    Tie { lower: u64 },
}

/// One population figure of the model, applied to a composition's total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proportional {
    pub population: PopulationId,
    /// The group the figure is about (`group.muslims`, `group.russians`…).
    pub group: ActorId,
    /// The share in percent, exactly (95/1).
    pub share_percent: Fraction,
    /// The source label (the citation as written) of each claim behind the figure.
    pub sources: Vec<String>,
    /// The exact quota: share × total seats.
    pub quota: Fraction,
    /// Hamilton (largest remainder) seats for the group against everyone
    /// else; `None` when the share exceeds 100 %.
    pub hamilton: Option<Hamilton>,
}

/// The local Muslim population's seats in one composition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalShare {
    pub composition: CompositionId,
    /// The body or proposal it belongs to.
    pub of: Id,
    pub of_kind: OfKind,
    /// The body's display name or the proposal's title.
    pub of_label: String,
    /// The composition's own label (whose account it is).
    pub label: Option<String>,
    /// The adopted constituencies listed in it, with their seats as given.
    pub local_constituencies: Vec<(ActorId, Option<u32>)>,
    /// The numbered seats of the adopted constituencies.
    pub seats: u64,
    /// The stated size, or the listed sum when no size is stated.
    pub total: u64,
    pub total_basis: TotalBasis,
    /// The sum of every numbered seat listed.
    pub listed_sum: u64,
    /// `seats / total`, exact; `None` when the total is 0.
    pub share: Option<Fraction>,
    pub bound: Bound,
    /// Adopted (local) constituencies listed without a number.
    pub unnumbered_local: Vec<ActorId>,
    /// Other constituencies listed without a number.
    pub unnumbered_other: Vec<ActorId>,
    /// Seats of the stated size that no numbered constituency holds.
    pub unassigned: u64,
    /// Why the share is not exact, in plain words (`None` when it is).
    pub bound_note: Option<String>,
    /// Every population figure of the model applied to `total`.
    pub proportional: Vec<Proportional>,
}

impl LocalShare {
    /// Whether the share is known exactly.
    pub fn known_exactly(&self) -> bool {
        self.bound == Bound::Exact
    }
    /// `2/9 = 22.2 %`, with the bound's marker; `—` when there is no share.
    pub fn share_display(&self) -> String {
        match self.share {
            Some(share) => format!(
                "{}{} = {}",
                self.bound.marker(),
                share_as_written(self.seats, self.total, share),
                share.percent_display()
            ),
            None => "—".to_string(),
        }
    }
}

/// `2/9`, or `4/24 (1/6)` when the reduced fraction differs from the count.
fn share_as_written(seats: u64, total: u64, share: Fraction) -> String {
    if seats == 0 || (share.numerator == seats && share.denominator == total) {
        format!("{seats}/{total}")
    } else {
        format!("{seats}/{total} ({share})")
    }
}

/// The local Muslim population's share of seats in every composition of the
/// model, in the model's order, with every population figure applied to it.
/// Empty when the model has no reading `r.local-muslim-seats`.
pub fn local_shares(model: &Model) -> Vec<LocalShare> {
    let Some(reading) = model
        .readings()
        .iter()
        .find(|r| r.id().as_str() == LOCAL_MUSLIM_READING)
    else {
        return Vec::new();
    };
    let local: HashSet<&Id> = reading.adopted().iter().collect();
    model
        .compositions()
        .iter()
        .map(|composition| local_share(model, composition, &local))
        .collect()
}

fn local_share(model: &Model, composition: &Composition, local: &HashSet<&Id>) -> LocalShare {
    let is_local = |who: &ActorId| local.contains(who.id());
    let mut local_constituencies = Vec::new();
    let mut unnumbered_local = Vec::new();
    let mut unnumbered_other = Vec::new();
    let mut seats = 0u64;
    for allocation in composition.seats() {
        let who = allocation.constituency();
        if is_local(who) {
            local_constituencies.push((who.clone(), allocation.seats()));
        }
        match (allocation.seats(), is_local(who)) {
            (Some(n), true) => seats += u64::from(n),
            (Some(_), false) => {}
            (None, true) => unnumbered_local.push(who.clone()),
            (None, false) => unnumbered_other.push(who.clone()),
        }
    }
    let (listed_sum, _) = composition.listed_seats();
    let (total, total_basis) = match composition.stated_size() {
        Some(size) => (u64::from(size), TotalBasis::Stated),
        None => (listed_sum, TotalBasis::ListedSum),
    };
    let unassigned = total.saturating_sub(listed_sum);
    let (bound, bound_note) = bound_of(
        composition.stated_size().is_some(),
        listed_sum,
        total,
        &unnumbered_local,
        &unnumbered_other,
    );
    let share = Fraction::new(seats, total);
    let (of_kind, of_label) = describe_of(model, composition.of());
    let proportional = if total == 0 {
        Vec::new()
    } else {
        model
            .populations()
            .iter()
            .filter_map(|population| proportional(model, population, total))
            .collect()
    };
    LocalShare {
        composition: composition.id().clone(),
        of: composition.of().clone(),
        of_kind,
        of_label,
        label: composition.label().map(str::to_string),
        local_constituencies,
        seats,
        total,
        total_basis,
        listed_sum,
        share,
        bound,
        unnumbered_local,
        unnumbered_other,
        unassigned,
        bound_note,
        proportional,
    }
}

fn ids(list: &[ActorId]) -> String {
    list.iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn bound_of(
    stated: bool,
    listed_sum: u64,
    total: u64,
    unnumbered_local: &[ActorId],
    unnumbered_other: &[ActorId],
) -> (Bound, Option<String>) {
    let mut unnumbered: Vec<ActorId> = unnumbered_local.to_vec();
    unnumbered.extend(unnumbered_other.iter().cloned());
    if stated {
        if listed_sum > total {
            return (
                Bound::Unknown,
                Some(format!(
                    "the numbered seats add up to {listed_sum}, more than the stated size of {total}"
                )),
            );
        }
        let unassigned = total - listed_sum;
        if unassigned == 0 {
            return (Bound::Exact, None);
        }
        let whose = if unnumbered.is_empty() {
            "no constituency is listed for them".to_string()
        } else {
            format!("listed without a number: {}", ids(&unnumbered))
        };
        return (
            Bound::AtLeast,
            Some(format!(
                "{unassigned} of the {total} seats are not assigned a number ({whose}); \
                 any of them may be local, so the share is a lower bound"
            )),
        );
    }
    match (unnumbered_local.is_empty(), unnumbered_other.is_empty()) {
        (true, true) => (Bound::Exact, None),
        (false, true) => (
            Bound::AtLeast,
            Some(format!(
                "no size is stated and {} (local) are listed without a number: \
                 the share of the listed sum is a lower bound",
                ids(unnumbered_local)
            )),
        ),
        (true, false) => (
            Bound::AtMost,
            Some(format!(
                "no size is stated and {} are listed without a number: \
                 the true total may be larger, so the share is an upper bound",
                ids(unnumbered_other)
            )),
        ),
        (false, false) => (
            Bound::Unknown,
            Some(format!(
                "no size is stated and both local ({}) and other ({}) constituencies \
                 are listed without a number: the share is bounded neither way",
                ids(unnumbered_local),
                ids(unnumbered_other)
            )),
        ),
    }
}

fn describe_of(model: &Model, of: &Id) -> (OfKind, String) {
    use kenes_model::Entity;
    match model.get(of) {
        Some(Entity::Body(body)) => (OfKind::Body, Entity::Body(body).label().to_string()),
        Some(Entity::Proposal(proposal)) => (
            OfKind::Proposal(proposal.outcome()),
            proposal.title().to_string(),
        ),
        _ => (OfKind::Unresolved, of.as_str().to_string()),
    }
}

fn proportional(model: &Model, population: &Population, total: u64) -> Option<Proportional> {
    let (numerator, denominator) = population.share_percent()?;
    let share_percent = Fraction::new(numerator, denominator)?;
    // quota = (numerator / (100 × denominator)) × total
    let quota = Fraction::from_wide(
        u128::from(share_percent.numerator) * u128::from(total),
        100 * u128::from(share_percent.denominator),
    )?;
    let hamilton = hamilton(quota, total);
    let sources = population
        .origin()
        .claims()
        .iter()
        .filter_map(|claim| model.claim(claim))
        .filter_map(|claim| model.source(claim.source()))
        .map(|source| source.label().to_string())
        .collect();
    Some(Proportional {
        population: population.id().clone(),
        group: population.group().clone(),
        share_percent,
        sources,
        quota,
        hamilton,
    })
}

/// Largest remainders between the group (quota `q`) and the rest (`total − q`).
fn hamilton(quota: Fraction, total: u64) -> Option<Hamilton> {
    let lower = quota.floor();
    if lower > total || (lower == total && !quota.numerator.is_multiple_of(quota.denominator)) {
        return None; // more than 100 %
    }
    let remainder = quota.numerator % quota.denominator;
    if remainder == 0 {
        return Some(Hamilton::Seats(lower));
    }
    // One seat is left; the rest's remainder is 1 − r. Compare r with 1/2.
    let twice = 2 * u128::from(remainder);
    let whole = u128::from(quota.denominator);
    Some(match twice.cmp(&whole) {
        std::cmp::Ordering::Greater => Hamilton::Seats(lower + 1),
        std::cmp::Ordering::Less => Hamilton::Seats(lower),
        std::cmp::Ordering::Equal => Hamilton::Tie { lower },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use kenes_model::date::{Calendar, CalendarBasis};
    use kenes_model::{
        Actor, ActorKind, ActorParts, Body, BodyKind, CalendarInference, Claim, ClaimId,
        ClaimParts, Files, Lang, ModelBuilder, ModelMeta, Name, NameKind, Names, Origin, Passage,
        PlaceId, Population, Reading, ReadingId, SeatAllocation, Source, SourceId, SourceKind,
        SourceParts, Voice,
    };

    fn names(text: &str) -> Names {
        Names::new(vec![
            Name::new(text, Lang::new("en").unwrap(), NameKind::Original).unwrap(),
        ])
    }

    fn builder() -> ModelBuilder {
        let meta = ModelMeta {
            id: "t".into(),
            title: names("T"),
            version: "0".into(),
            description: None,
            period: None,
            calendar: CalendarInference::new(Calendar::Julian, CalendarBasis::Inferred, None),
            relaying_work: None,
            origin: Origin::default(),
        };
        let mut b = ModelBuilder::new(meta, Files::default());
        for id in ["org.local", "org.local2", "org.other", "group.unspecified"] {
            b.add_actor(Actor::new(ActorParts {
                id: ActorId::new(id).unwrap(),
                kind: ActorKind::Organisation,
                names: names(id),
                description: None,
                affiliations: Vec::new(),
                place: None,
                part_of: None,
                origin: Origin::default(),
            }));
        }
        b.add_body(Body::new(
            kenes_model::BodyId::new("body.b").unwrap(),
            BodyKind::Council,
            names("The council"),
            None,
            None,
            Origin::default(),
        ));
        b.add_source(Source::new(
            SourceId::new("src.paper").unwrap(),
            SourceKind::NewspaperIssue,
            SourceParts {
                cited_as: Some("[Paper, 1917. 10 Nov]".into()),
                ..SourceParts::default()
            },
        ));
        b.add_claim(Claim::new(ClaimParts {
            id: ClaimId::new("c.share").unwrap(),
            source: SourceId::new("src.paper").unwrap(),
            via: Vec::new(),
            locator: None,
            passage: Passage::new("95".into(), Lang::new("kk").unwrap(), false),
            english: "95".into(),
            confidence: None,
            voice: Voice::QuotedDocument,
            origin: Origin::default(),
        }));
        b
    }

    fn reading(b: &mut ModelBuilder, id: &str) {
        let ids = |l: &[&str]| l.iter().map(|i| Id::new(i).unwrap()).collect();
        b.add_reading(Reading::new(
            ReadingId::new(id).unwrap(),
            "Which are local?".into(),
            ids(&["org.local", "org.local2", "org.other"]),
            ids(&["org.local", "org.local2"]),
            "test".into(),
            Origin::default(),
        ));
    }

    fn composition(
        b: &mut ModelBuilder,
        id: &str,
        size: Option<u32>,
        seats: &[(&str, Option<u32>)],
    ) {
        let seats = seats
            .iter()
            .map(|(who, n)| SeatAllocation::new(ActorId::new(who).unwrap(), *n, None))
            .collect();
        b.add_composition(Composition::new(
            CompositionId::new(id).unwrap(),
            Id::new("body.b").unwrap(),
            None,
            size,
            seats,
            Origin::default(),
        ));
    }

    fn population(b: &mut ModelBuilder, id: &str, share: (u64, u64)) {
        b.add_population(Population::new(
            PopulationId::new(id).unwrap(),
            PlaceId::new("place.x").unwrap(),
            ActorId::new("group.unspecified").unwrap(),
            Some(share),
            None,
            false,
            Origin::new(None, vec![ClaimId::new("c.share").unwrap()], None),
        ));
    }

    fn share_of<'a>(shares: &'a [LocalShare], id: &str) -> &'a LocalShare {
        shares
            .iter()
            .find(|s| s.composition.as_str() == id)
            .unwrap()
    }

    #[test]
    fn fractions_reduce_and_round_for_display_only() {
        let f = Fraction::new(4, 24).unwrap();
        assert_eq!((f.numerator, f.denominator), (1, 6));
        assert_eq!(f.percent_display(), "16.7 %");
        assert_eq!(Fraction::new(2, 9).unwrap().percent_display(), "22.2 %");
        assert_eq!(Fraction::new(1, 8).unwrap().percent_display(), "12.5 %");
        assert_eq!(Fraction::new(1, 16).unwrap().percent_display(), "6.3 %");
        assert_eq!(Fraction::new(171, 20).unwrap().decimal_display(), "8.55");
        assert_eq!(Fraction::new(0, 15).unwrap().to_string(), "0");
        assert!(Fraction::new(1, 0).is_none());
    }

    #[test]
    fn no_reading_means_no_shares() {
        let mut b = builder();
        composition(&mut b, "comp.a", Some(9), &[("org.local", Some(2))]);
        assert!(local_shares(&b.build()).is_empty());
    }

    #[test]
    fn counts_only_the_adopted_constituencies_exactly() {
        let mut b = builder();
        reading(&mut b, LOCAL_MUSLIM_READING);
        composition(
            &mut b,
            "comp.full",
            Some(9),
            &[
                ("org.local", Some(1)),
                ("org.local2", Some(1)),
                ("org.other", Some(7)),
            ],
        );
        let shares = local_shares(&b.build());
        let s = share_of(&shares, "comp.full");
        assert_eq!(
            (s.seats, s.total, s.total_basis),
            (2, 9, TotalBasis::Stated)
        );
        assert_eq!(s.share, Fraction::new(2, 9));
        assert!(s.known_exactly());
        assert_eq!(s.share_display(), "2/9 = 22.2 %");
        assert_eq!(s.of_kind, OfKind::Body);
        assert_eq!(s.of_label, "The council");
    }

    #[test]
    fn a_different_reading_id_is_not_used() {
        let mut b = builder();
        reading(&mut b, "r.something-else");
        composition(&mut b, "comp.a", Some(9), &[("org.local", Some(2))]);
        assert!(local_shares(&b.build()).is_empty());
    }

    #[test]
    fn unnumbered_or_unassigned_seats_make_a_lower_bound() {
        let mut b = builder();
        reading(&mut b, LOCAL_MUSLIM_READING);
        composition(
            &mut b,
            "comp.short",
            Some(9),
            &[("org.local", Some(2)), ("org.other", Some(5))],
        );
        composition(
            &mut b,
            "comp.unspecified",
            Some(24),
            &[("org.local", Some(4)), ("group.unspecified", None)],
        );
        composition(
            &mut b,
            "comp.local-unnumbered",
            Some(12),
            &[
                ("org.local", Some(6)),
                ("org.local2", None),
                ("org.other", Some(3)),
            ],
        );
        composition(
            &mut b,
            "comp.full-with-blank",
            Some(9),
            &[("org.local", Some(9)), ("org.other", None)],
        );
        let shares = local_shares(&b.build());
        let short = share_of(&shares, "comp.short");
        assert_eq!((short.seats, short.total, short.unassigned), (2, 9, 2));
        assert_eq!(short.bound, Bound::AtLeast);
        assert!(
            short
                .bound_note
                .as_deref()
                .unwrap()
                .contains("no constituency is listed")
        );
        let unspecified = share_of(&shares, "comp.unspecified");
        assert_eq!(unspecified.share, Fraction::new(1, 6));
        assert_eq!(unspecified.bound, Bound::AtLeast);
        assert_eq!(unspecified.share_display(), "≥ 4/24 (1/6) = 16.7 %");
        let unnumbered = share_of(&shares, "comp.local-unnumbered");
        assert_eq!(
            unnumbered.unnumbered_local,
            vec![ActorId::new("org.local2").unwrap()]
        );
        assert_eq!(unnumbered.bound, Bound::AtLeast);
        assert_eq!(
            unnumbered.local_constituencies,
            vec![
                (ActorId::new("org.local").unwrap(), Some(6)),
                (ActorId::new("org.local2").unwrap(), None)
            ]
        );
        // Every seat of the size is numbered: the blank constituency holds none.
        assert!(share_of(&shares, "comp.full-with-blank").known_exactly());
    }

    #[test]
    fn without_a_stated_size_the_listed_sum_is_the_total() {
        let mut b = builder();
        reading(&mut b, LOCAL_MUSLIM_READING);
        composition(
            &mut b,
            "comp.all-numbered",
            None,
            &[("org.local", Some(2)), ("org.other", Some(6))],
        );
        composition(
            &mut b,
            "comp.local-blank",
            None,
            &[
                ("org.local", Some(2)),
                ("org.local2", None),
                ("org.other", Some(2)),
            ],
        );
        composition(
            &mut b,
            "comp.other-blank",
            None,
            &[("org.local", Some(2)), ("group.unspecified", None)],
        );
        composition(
            &mut b,
            "comp.both-blank",
            None,
            &[
                ("org.local", Some(1)),
                ("org.local2", None),
                ("org.other", Some(1)),
                ("group.unspecified", None),
            ],
        );
        composition(&mut b, "comp.nothing", None, &[("org.other", None)]);
        let shares = local_shares(&b.build());
        let all = share_of(&shares, "comp.all-numbered");
        assert_eq!(
            (all.total, all.total_basis, all.bound),
            (8, TotalBasis::ListedSum, Bound::Exact)
        );
        assert_eq!(share_of(&shares, "comp.local-blank").bound, Bound::AtLeast);
        let other = share_of(&shares, "comp.other-blank");
        assert_eq!(
            (other.seats, other.total, other.bound),
            (2, 2, Bound::AtMost)
        );
        assert_eq!(share_of(&shares, "comp.both-blank").bound, Bound::Unknown);
        let nothing = share_of(&shares, "comp.nothing");
        assert_eq!((nothing.total, nothing.share), (0, None));
        assert_eq!(nothing.share_display(), "—");
        assert!(nothing.proportional.is_empty());
    }

    #[test]
    fn proportional_quotas_are_exact_and_hamilton_ties_are_reported() {
        let mut b = builder();
        reading(&mut b, LOCAL_MUSLIM_READING);
        composition(&mut b, "comp.nine", Some(9), &[("org.local", Some(2))]);
        composition(&mut b, "comp.ten", Some(10), &[("org.local", Some(5))]);
        population(&mut b, "pop.95", (95, 1));
        population(&mut b, "pop.97-5", (195, 2)); // 97.5 %
        population(&mut b, "pop.0-2", (1, 5)); // 0.2 %
        let model = b.build();
        let shares = local_shares(&model);
        let nine = share_of(&shares, "comp.nine");
        let at95 = &nine.proportional[0];
        assert_eq!(at95.quota, Fraction::new(171, 20).unwrap()); // 8.55
        assert_eq!(at95.hamilton, Some(Hamilton::Seats(9)));
        assert_eq!(at95.sources, vec!["[Paper, 1917. 10 Nov]".to_string()]);
        let at975 = &nine.proportional[1];
        assert_eq!(at975.share_percent, Fraction::new(195, 2).unwrap());
        assert_eq!(at975.quota, Fraction::new(351, 40).unwrap()); // 8.775
        let small = &nine.proportional[2];
        assert_eq!(small.quota, Fraction::new(9, 500).unwrap());
        assert_eq!(small.hamilton, Some(Hamilton::Seats(0)));
        let ten = share_of(&shares, "comp.ten");
        assert_eq!(ten.proportional[0].quota, Fraction::new(19, 2).unwrap()); // 9.5
        assert_eq!(
            ten.proportional[0].hamilton,
            Some(Hamilton::Tie { lower: 9 })
        );
    }

    #[test]
    fn hamilton_handles_whole_quotas_and_refuses_more_than_the_whole() {
        assert_eq!(
            hamilton(Fraction::new(4, 1).unwrap(), 8),
            Some(Hamilton::Seats(4))
        );
        assert_eq!(
            hamilton(Fraction::new(8, 1).unwrap(), 8),
            Some(Hamilton::Seats(8))
        );
        assert_eq!(hamilton(Fraction::new(17, 2).unwrap(), 8), None);
        assert_eq!(hamilton(Fraction::new(9, 1).unwrap(), 8), None);
    }
}
