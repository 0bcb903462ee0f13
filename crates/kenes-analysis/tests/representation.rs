//! Known answers from the paper for the local Muslim population's share of
//! seats in the embedded Turkestan 1917 model. Line numbers are 1-based lines
//! of `datasets/turkestan-1917/texts/paper.kk.txt` (the PDF extraction, with
//! a blank line after every text line).

use kenes_analysis::representation::{
    Bound, Fraction, Hamilton, LocalShare, OfKind, TotalBasis, local_shares,
};
use kenes_model::Outcome;

fn shares() -> Vec<LocalShare> {
    let loaded = kenes_dataset::load_embedded();
    local_shares(&loaded.model)
}

fn share<'a>(all: &'a [LocalShare], id: &str) -> &'a LocalShare {
    all.iter()
        .find(|s| s.composition.as_str() == id)
        .unwrap_or_else(|| panic!("no local share for {id}"))
}

/// Seats, total and the exact share.
fn assert_share(s: &LocalShare, seats: u64, total: u64) {
    assert_eq!(
        (s.seats, s.total),
        (seats, total),
        "{}: seats / total",
        s.composition
    );
    assert_eq!(s.share, Fraction::new(seats, total), "{}", s.composition);
}

fn proportional<'a>(
    s: &'a LocalShare,
    population: &str,
) -> &'a kenes_analysis::representation::Proportional {
    s.proportional
        .iter()
        .find(|p| p.population.as_str() == population)
        .unwrap_or_else(|| panic!("{}: no figure {population}", s.composition))
}

#[test]
fn every_composition_of_the_model_has_a_local_share() {
    let loaded = kenes_dataset::load_embedded();
    let all = local_shares(&loaded.model);
    assert_eq!(all.len(), loaded.model.compositions().len());
    for (s, c) in all.iter().zip(loaded.model.compositions()) {
        assert_eq!(&s.composition, c.id());
    }
}

/// Бірлік туы's list of the Temporary Turkestan Committee (lines 453–457):
/// «Қазақ-қырғыз советінен 1, Мұсылмандар советінен 1» of «9 ағзасы» — the
/// 2 of 9 that the joint resolution of 9 November names
/// «9 орынның 2 орнын ғана» (line 422) and «9 орыннан 2 орын» (line 436).
#[test]
fn birlik_tuy_committee_gives_2_of_9_exactly() {
    let all = shares();
    let s = share(&all, "comp.rec.birlik-tuy");
    assert_share(s, 2, 9);
    assert_eq!(s.total_basis, TotalBasis::Stated);
    assert!(s.known_exactly(), "{:?}", s.bound_note);
    assert_eq!(s.of_kind, OfKind::Body);
    let local: Vec<&str> = s
        .local_constituencies
        .iter()
        .map(|(who, _)| who.as_str())
        .collect();
    assert_eq!(
        local,
        ["org.kazakh-kyrgyz-council", "org.muslim-central-council"]
    );
}

/// The joint resolution (lines 420–424, 436–438): «9 орынның 2 орнын ғана»,
/// «24 орынның 4 орнын ғана». The other 7 and 20 seats are not assigned by
/// the source, so the model's share is a lower bound.
#[test]
fn joint_resolution_gives_2_of_9_and_4_of_24() {
    let all = shares();
    let committee = share(&all, "comp.rec.joint-resolution");
    assert_share(committee, 2, 9);
    assert_eq!(committee.bound, Bound::AtLeast);
    assert_eq!(committee.unassigned, 7);
    let council = share(&all, "comp.council.joint-resolution");
    assert_share(council, 4, 24);
    assert_eq!(council.share, Fraction::new(1, 6));
    assert_eq!(council.bound, Bound::AtLeast);
    assert_eq!(council.unassigned, 20);
}

/// Наша газета (lines 376–384): 3 + 1 + 1 + 1 + 1 of «9 адамнан»; the 2
/// local seats (Kazakh-Kyrgyz council, Muslims' central council, line 380)
/// of 9, with 2 seats unlisted — a lower bound.
#[test]
fn nasha_gazeta_gives_at_least_2_of_9() {
    let all = shares();
    let s = share(&all, "comp.rec.nasha-gazeta");
    assert_share(s, 2, 9);
    assert_eq!((s.listed_sum, s.unassigned), (7, 2));
    assert_eq!(s.bound, Bound::AtLeast);
}

/// Бірлік туы's council (lines 459–463): «22 кісілік» with «Қазақ-қырғыз
/// советінен 2, мұсылмандар советінен 2» — 4 of 22, of which only 10 are listed.
#[test]
fn birlik_tuy_council_gives_4_of_22() {
    let all = shares();
    let s = share(&all, "comp.council.birlik-tuy");
    assert_share(s, 4, 22);
    assert_eq!(s.share, Fraction::new(2, 11));
    assert_eq!((s.listed_sum, s.unassigned), (10, 12));
    assert_eq!(s.bound, Bound::AtLeast);
}

/// The adopted Council of People's Commissars (lines 810–815): 15 members,
/// «8 солшыл эсерлер, 7 большевик», «бірде-бір жергілікті халық өкілдері
/// енбей қалды» — 0 of 15, exactly.
#[test]
fn adopted_cpc_gives_0_of_15_exactly() {
    let all = shares();
    let s = share(&all, "comp.cpc.adopted");
    assert_share(s, 0, 15);
    assert!(s.known_exactly(), "{:?}", s.bound_note);
    assert_eq!(s.share_display(), "0/15 = 0.0 %");
}

/// Shuro-i-Ulema's proposals (lines 635–647): an executive committee of 12
/// with «өлкелік мұсылман съезі атынан 6 өкіл», and a council of 20 with
/// «мұсылман съезі атынан 10 өкіл»; both rejected (line 647).
#[test]
fn ulema_proposals_give_6_of_12_and_10_of_20() {
    let all = shares();
    let executive = share(&all, "comp.prop.ulema-executive-12");
    assert_share(executive, 6, 12);
    assert!(executive.known_exactly());
    assert_eq!(executive.share, Fraction::new(1, 2));
    assert_eq!(executive.of_kind, OfKind::Proposal(Outcome::Rejected));
    let council = share(&all, "comp.prop.ulema-council-20");
    assert_share(council, 10, 20);
    assert!(council.known_exactly());
}

/// The Left SR draft (lines 788–790): a Council of People's Commissars «18
/// адамнан тұратын, оның үшеуі жергілікті мұсылман пролетариаты өкілі» —
/// 3 of 18; the other 15 are not described, so the model gives a lower bound.
#[test]
fn left_sr_draft_gives_3_of_18() {
    let all = shares();
    let s = share(&all, "comp.prop.left-sr-cpc-18");
    assert_share(s, 3, 18);
    assert_eq!(s.share, Fraction::new(1, 6));
    assert_eq!(s.bound, Bound::AtLeast);
    assert_eq!(s.of_kind, OfKind::Proposal(Outcome::Rejected));
}

/// The Menshevik and right SR draft (lines 798–804): an executive committee
/// «10 адамнан», «орынның жартысы жергілікті халық өкілдеріне» — 5 of 10.
#[test]
fn menshevik_draft_gives_half_of_10() {
    let all = shares();
    let s = share(&all, "comp.prop.menshevik-rec-10");
    assert_share(s, 5, 10);
    assert_eq!(s.share, Fraction::new(1, 2));
    assert_eq!(s.bound, Bound::AtLeast);
}

/// Бірлік туы, 1917: 1 (lines 584–586): «мұсылмандар үшін онда 2 орын» with
/// no size: the listed sum (2) is the total and the unnamed others make the
/// share an upper bound — the table must not read it as 100 %.
#[test]
fn birlik_tuy_1917_1_has_no_size_and_only_an_upper_bound() {
    let all = shares();
    let s = share(&all, "comp.rec.birlik-tuy-1917-1");
    assert_eq!(
        (s.seats, s.total, s.total_basis),
        (2, 2, TotalBasis::ListedSum)
    );
    assert_eq!(s.bound, Bound::AtMost);
}

/// The 12–15 November meeting (lines 604–614): 11 numbered delegates of
/// national organisations, plus Shuro-i-Ulema's, unnumbered — every one local.
#[test]
fn muslim_organisations_meeting_is_all_local() {
    let all = shares();
    let s = share(&all, "comp.meeting-muslim-orgs");
    assert_eq!(
        (s.seats, s.total, s.total_basis),
        (11, 11, TotalBasis::ListedSum)
    );
    assert_eq!(s.unnumbered_local.len(), 1);
    assert_eq!(s.unnumbered_local[0].as_str(), "org.shuro-i-ulema");
    assert_eq!(s.bound, Bound::AtLeast);
}

/// The population figures: 95 % (Туркестанское слово, 10 Nov, line 412), 98 %
/// (Lapin, line 748), 98 % (the meeting, line 651). A proportional committee of
/// 9 gives the Muslims 8.55 or 8.82 seats — 9 by largest remainders — against
/// the 2 the committee gave them.
#[test]
fn proportional_body_of_9_gives_9_seats_at_95_and_98_per_cent() {
    let all = shares();
    let s = share(&all, "comp.rec.birlik-tuy");
    let at95 = proportional(s, "pop.muslims.95.ts");
    assert_eq!(at95.share_percent, Fraction::new(95, 1).unwrap());
    assert_eq!(at95.quota, Fraction::new(171, 20).unwrap());
    assert_eq!(at95.hamilton, Some(Hamilton::Seats(9)));
    assert_eq!(
        at95.sources,
        ["[Туркестанское слово, 1917. 10 ноябрь]".to_string()]
    );
    let lapin = proportional(s, "pop.muslims.98.lapin");
    assert_eq!(lapin.quota, Fraction::new(441, 50).unwrap());
    assert_eq!(lapin.hamilton, Some(Hamilton::Seats(9)));
    let meeting = proportional(s, "pop.muslims.98.meeting");
    assert_eq!(meeting.quota, Fraction::new(441, 50).unwrap());

    // The council of 24 (line 424): 22.8 or 23.52 seats — 23 or 24.
    let council = share(&all, "comp.council.joint-resolution");
    let at95 = proportional(council, "pop.muslims.95.ts");
    assert_eq!(at95.quota, Fraction::new(114, 5).unwrap());
    assert_eq!(at95.hamilton, Some(Hamilton::Seats(23)));
    let at98 = proportional(council, "pop.muslims.98.lapin");
    assert_eq!(at98.quota, Fraction::new(588, 25).unwrap());
    assert_eq!(at98.hamilton, Some(Hamilton::Seats(24)));

    // The CPC of 15 (line 810): 14.25 → 14 at 95 %, 14.7 → 15 at 98 %.
    let cpc = share(&all, "comp.cpc.adopted");
    assert_eq!(
        proportional(cpc, "pop.muslims.95.ts").hamilton,
        Some(Hamilton::Seats(14))
    );
    assert_eq!(
        proportional(cpc, "pop.muslims.98.lapin").hamilton,
        Some(Hamilton::Seats(15))
    );
}
