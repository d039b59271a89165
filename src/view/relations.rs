//! The relation table read back: the check that fails the build on a bad row,
//! the typed target arrays behind the concept accessors (built at compile time
//! from [`RELATIONS`]), and the queries of [`Relation`].
//!
//! Each typed accessor (`Indication::routes`, `Precaution::process_item`, ...)
//! reads a `static` array of targets grouped by source value, sliced with
//! `split_at` so that it stays a `const fn`.

use crate::data::relations::RELATIONS;
use crate::view::index::{CLAIMS, same};
use crate::{
    Benefit, Citation, Claim, ClinicPractice, Comparison, Evidence, Formulation, Frequency,
    Indication, Precaution, ProcessItem, Relation, ResearchDirection, Route, SessionExperience,
    SideEffect, Subject, TherapyStep,
};

// ---------------------------------------------------------------------------
// Checks that fail the build.

/// What is wrong with a relation table, if anything: the first problem found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RelationError {
    /// A relation names no supporting claim (row number).
    NoSupport(usize),
    /// A supporting id names no claim.
    UnknownClaim(&'static str),
    /// A supporting claim is not about both ends of its relation.
    NotAboutBothEnds(&'static str),
    /// The same edge is written twice (row number of the second).
    DuplicateEdge(usize),
    /// The rows are not grouped by `from` in [`Subject`] order (row number).
    OutOfOrder(usize),
}

const fn about(claim: &Claim, subject: Subject) -> bool {
    let subjects = claim.subjects();
    let mut i = 0;
    while i < subjects.len() {
        if subjects[i].dense() == subject.dense() {
            return true;
        }
        i += 1;
    }
    false
}

const fn find(claims: &[Claim], id: &str) -> Option<usize> {
    let mut i = 0;
    while i < claims.len() {
        if same(claims[i].id().as_str(), id) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Checks `relations` against `claims`.
pub(crate) const fn check(relations: &[Relation], claims: &[Claim]) -> Option<RelationError> {
    let mut r = 0;
    while r < relations.len() {
        let relation = &relations[r];
        let support = relation.support_ids();
        if support.is_empty() {
            return Some(RelationError::NoSupport(r));
        }
        let mut s = 0;
        while s < support.len() {
            let Some(at) = find(claims, support[s]) else {
                return Some(RelationError::UnknownClaim(support[s]));
            };
            let claim = &claims[at];
            if !about(claim, relation.from()) || !about(claim, relation.to()) {
                return Some(RelationError::NotAboutBothEnds(support[s]));
            }
            s += 1;
        }
        if r > 0 && relations[r - 1].from().dense() > relation.from().dense() {
            return Some(RelationError::OutOfOrder(r));
        }
        let mut earlier = 0;
        while earlier < r {
            let other = &relations[earlier];
            if other.from().dense() == relation.from().dense()
                && other.to().dense() == relation.to().dense()
            {
                return Some(RelationError::DuplicateEdge(r));
            }
            earlier += 1;
        }
        r += 1;
    }
    None
}

const _: () = {
    if let Some(problem) = check(RELATIONS, &CLAIMS) {
        match problem {
            RelationError::NoSupport(_) => panic!("a relation names no supporting claim"),
            RelationError::UnknownClaim(_) => panic!("a relation's support names no claim"),
            RelationError::NotAboutBothEnds(_) => {
                panic!("a relation's supporting claim is not about both of its ends")
            }
            RelationError::DuplicateEdge(_) => panic!("a relation is written twice"),
            RelationError::OutOfOrder(_) => {
                panic!("the relations are not grouped by `from` in subject order")
            }
        }
    }
};

// ---------------------------------------------------------------------------
// The relations from each subject.

/// Where each subject's relations start in [`RELATIONS`] (by [`Subject::dense`]).
static FROM_START: [u16; Subject::COUNT + 1] = {
    let mut start = [0u16; Subject::COUNT + 1];
    let mut r = 0;
    while r < RELATIONS.len() {
        start[RELATIONS[r].from().dense() + 1] += 1;
        r += 1;
    }
    let mut k = 1;
    while k <= Subject::COUNT {
        start[k] += start[k - 1];
        k += 1;
    }
    start
};

/// The part of `list` between `start[key]` and `start[key + 1]`.
const fn part<'a, T>(start: &[u16], list: &'a [T], key: usize) -> &'a [T] {
    let (head, _) = list.split_at(start[key + 1] as usize);
    let (_, mine) = head.split_at(start[key] as usize);
    mine
}

impl Subject {
    /// Every relation from this subject, in the order its typed accessors
    /// return their targets; empty when it has none.
    #[must_use]
    pub const fn relations(self) -> &'static [Relation] {
        part(&FROM_START, RELATIONS, self.dense())
    }
}

impl Relation {
    /// Every relation, grouped by [`from`](Self::from) in [`Subject`] order.
    #[must_use]
    pub const fn all() -> &'static [Relation] {
        RELATIONS
    }

    /// The claims that support the relation, in the order the row names them.
    /// Each is about both [`from`](Self::from) and [`to`](Self::to); there is
    /// at least one (the build checks both).
    pub fn support(&self) -> impl Iterator<Item = &'static Claim> + use<> {
        self.support_ids().iter().filter_map(|id| Claim::find(id))
    }

    /// Every citation of every supporting claim, claim by claim.
    pub fn citations(&self) -> impl Iterator<Item = Citation> + use<> {
        self.support()
            .flat_map(|claim| claim.citations().iter().copied())
    }

    /// The strongest level any source gives any supporting claim.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Evidence, Relation};
    ///
    /// assert!(Relation::all().iter().all(|r| r.strongest_evidence() >= Evidence::UnderInvestigation));
    /// ```
    #[must_use]
    pub fn strongest_evidence(&self) -> Evidence {
        self.support()
            .map(Claim::strongest_evidence)
            .max()
            .unwrap_or(Evidence::UnderInvestigation)
    }
}

// ---------------------------------------------------------------------------
// Typed targets, by (from type, to type).

/// For a pair of concept types, emits the targets of every relation from the
/// one to the other, grouped by source value (`$list`, in table order), the
/// start of each source's group (`$start`), and a `const fn` giving a source's
/// targets. With `optional`, also checks that no source has two targets and
/// emits a `const fn` giving the one target, if any.
macro_rules! targets {
    ($From:ident => $To:ident, $targets:ident, $start:ident, $list:ident) => {
        static $start: [u16; $From::ALL.len() + 1] = {
            let mut start = [0u16; $From::ALL.len() + 1];
            let mut r = 0;
            while r < RELATIONS.len() {
                if let (Subject::$From(from), Subject::$To(_)) =
                    (RELATIONS[r].from(), RELATIONS[r].to())
                {
                    start[from as usize + 1] += 1;
                }
                r += 1;
            }
            let mut k = 1;
            while k <= $From::ALL.len() {
                start[k] += start[k - 1];
                k += 1;
            }
            start
        };

        static $list: [$To; $start[$From::ALL.len()] as usize] = {
            const N: usize = $start[$From::ALL.len()] as usize;
            let mut list = [$To::ALL[0]; N];
            let mut next = [0u16; $From::ALL.len()];
            let mut k = 0;
            while k < $From::ALL.len() {
                next[k] = $start[k];
                k += 1;
            }
            let mut r = 0;
            while r < RELATIONS.len() {
                if let (Subject::$From(from), Subject::$To(to)) =
                    (RELATIONS[r].from(), RELATIONS[r].to())
                {
                    list[next[from as usize] as usize] = to;
                    next[from as usize] += 1;
                }
                r += 1;
            }
            list
        };

        /// The targets of the relations from `from` to this type, in table order.
        pub(crate) const fn $targets(from: $From) -> &'static [$To] {
            part(&$start, &$list, from as usize)
        }
    };
    ($From:ident => $To:ident, $targets:ident, $start:ident, $list:ident, optional $one:ident) => {
        targets!($From => $To, $targets, $start, $list);

        const _: () = {
            let mut k = 0;
            while k < $From::ALL.len() {
                assert!(
                    $start[k + 1] - $start[k] <= 1,
                    "an accessor returning an Option has two targets for one source"
                );
                k += 1;
            }
        };

        /// The one target of the relations from `from` to this type, if any.
        pub(crate) const fn $one(from: $From) -> Option<$To> {
            match $targets(from) {
                [to, ..] => Some(*to),
                [] => None,
            }
        }
    };
}

targets!(Indication => Route, indication_routes, INDICATION_ROUTE_START, INDICATION_ROUTES);
targets!(Benefit => Indication, benefit_indications, BENEFIT_INDICATION_START, BENEFIT_INDICATIONS);
targets!(
    Benefit => Comparison,
    benefit_comparisons,
    BENEFIT_COMPARISON_START,
    BENEFIT_COMPARISONS,
    optional benefit_comparison
);
targets!(
    Benefit => SessionExperience,
    benefit_experiences,
    BENEFIT_EXPERIENCE_START,
    BENEFIT_EXPERIENCES
);
targets!(Formulation => Route, formulation_routes, FORMULATION_ROUTE_START, FORMULATION_ROUTES);
targets!(
    Precaution => ProcessItem,
    precaution_items,
    PRECAUTION_ITEM_START,
    PRECAUTION_ITEMS,
    optional precaution_item
);
targets!(
    Precaution => ClinicPractice,
    precaution_practices,
    PRECAUTION_PRACTICE_START,
    PRECAUTION_PRACTICES,
    optional precaution_practice
);
targets!(
    Precaution => ResearchDirection,
    precaution_research_all,
    PRECAUTION_RESEARCH_START,
    PRECAUTION_RESEARCH,
    optional precaution_research
);
targets!(
    ResearchDirection => Indication,
    research_indications,
    RESEARCH_INDICATION_START,
    RESEARCH_INDICATIONS
);
targets!(TherapyStep => ProcessItem, step_items, STEP_ITEM_START, STEP_ITEMS);
targets!(ProcessItem => Route, item_routes, ITEM_ROUTE_START, ITEM_ROUTES);
targets!(ProcessItem => Frequency, item_frequencies, ITEM_FREQUENCY_START, ITEM_FREQUENCIES);
targets!(
    ProcessItem => SessionExperience,
    item_experiences,
    ITEM_EXPERIENCE_START,
    ITEM_EXPERIENCES
);
targets!(
    ProcessItem => ResearchDirection,
    item_research_all,
    ITEM_RESEARCH_START,
    ITEM_RESEARCH,
    optional item_research
);
targets!(
    SessionExperience => SideEffect,
    experience_side_effects,
    EXPERIENCE_SIDE_EFFECT_START,
    EXPERIENCE_SIDE_EFFECTS,
    optional experience_side_effect
);
targets!(
    ClinicPractice => TherapyStep,
    practice_steps,
    PRACTICE_STEP_START,
    PRACTICE_STEPS,
    optional practice_step
);
targets!(
    ClinicPractice => ProcessItem,
    practice_items,
    PRACTICE_ITEM_START,
    PRACTICE_ITEMS,
    optional practice_item
);

// Every process item is listed under exactly one step: the one its `step()` names.
const _: () = {
    let mut i = 0;
    while i < ProcessItem::ALL.len() {
        let item = ProcessItem::ALL[i];
        let mut holders = 0;
        let mut s = 0;
        while s < TherapyStep::ALL.len() {
            let step = TherapyStep::ALL[s];
            let items = step_items(step);
            let mut k = 0;
            while k < items.len() {
                if items[k] as usize == item as usize {
                    holders += 1;
                    assert!(
                        step as usize == item.step() as usize,
                        "a step lists an item whose step() is another"
                    );
                }
                k += 1;
            }
            s += 1;
        }
        assert!(
            holders == 1,
            "a process item is not listed under exactly one step"
        );
        i += 1;
    }
};

/// With feature `serde` a relation is `{"from": subject, "to": subject,
/// "support": [claim ids]}`.
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Relation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Relation", 3)?;
        out.serialize_field("from", &self.from())?;
        out.serialize_field("to", &self.to())?;
        out.serialize_field("support", self.support_ids())?;
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use super::{RelationError, check};
    use crate::{Citation, Claim, Evidence, Indication, Route, Source, Subject};

    const CITE: &[Citation] = &[Citation::whole(Source::WhatIsKetamine, Evidence::Stated)];
    const IV: Subject = Subject::Route(Route::Iv);
    const ORAL: Subject = Subject::Route(Route::Oral);
    const TRD: Subject = Subject::Indication(Indication::TreatmentResistantDepression);
    const BOTH: &[Subject] = &[IV, TRD];
    const ONLY_IV: &[Subject] = &[IV];

    const CLAIMS: &[Claim] = &[
        Claim::new("route/both", BOTH, "Both.", CITE),
        Claim::new("route/only-iv", ONLY_IV, "Only IV.", CITE),
    ];

    #[test]
    fn a_well_formed_table_passes() {
        let table = [
            Relation::new(TRD, IV, &["route/both"]),
            Relation::new(TRD, ORAL, &[]),
        ];
        assert_eq!(check(&table[..1], CLAIMS), None);
        assert_eq!(check(&[], CLAIMS), None);
    }

    #[test]
    fn a_relation_whose_supporting_claim_does_not_mention_both_ends_is_caught() {
        let table = [Relation::new(TRD, IV, &["route/only-iv"])];
        assert_eq!(
            check(&table, CLAIMS),
            Some(RelationError::NotAboutBothEnds("route/only-iv"))
        );
        // one good claim does not excuse a bad one beside it
        let table = [Relation::new(TRD, IV, &["route/both", "route/only-iv"])];
        assert_eq!(
            check(&table, CLAIMS),
            Some(RelationError::NotAboutBothEnds("route/only-iv"))
        );
    }

    #[test]
    fn an_unknown_support_id_is_caught() {
        let table = [Relation::new(TRD, IV, &["route/no-such-claim"])];
        assert_eq!(
            check(&table, CLAIMS),
            Some(RelationError::UnknownClaim("route/no-such-claim"))
        );
    }

    #[test]
    fn a_relation_without_support_is_caught() {
        let table = [Relation::new(TRD, ORAL, &[])];
        assert_eq!(check(&table, CLAIMS), Some(RelationError::NoSupport(0)));
    }

    #[test]
    fn an_edge_written_twice_is_caught() {
        let row = Relation::new(TRD, IV, &["route/both"]);
        assert_eq!(
            check(&[row, row], CLAIMS),
            Some(RelationError::DuplicateEdge(1))
        );
    }

    #[test]
    fn rows_out_of_source_order_are_caught() {
        let claims = &[
            Claim::new("route/both", BOTH, "Both.", CITE),
            Claim::new("route/oral-iv", &[ORAL, IV], "Oral and IV.", CITE),
        ];
        let table = [
            Relation::new(TRD, IV, &["route/both"]),
            Relation::new(ORAL, IV, &["route/oral-iv"]),
        ];
        assert_eq!(check(&table, claims), Some(RelationError::OutOfOrder(1)));
        let table = [table[1], table[0]];
        assert_eq!(check(&table, claims), None);
    }

    use crate::Relation;
}
