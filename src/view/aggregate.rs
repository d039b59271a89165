//! The sealed aggregate traits, implemented once for every cited record and
//! every concept type.

use crate::concepts::{
    Benefit, ClinicPractice, Comparison, Formulation, Frequency, Link, Precaution, ProcessItem,
    ResearchDirection, SessionExperience, TherapyStep,
};
use crate::identifiers::Substance;
use crate::model::aggregate::Sealed;
use crate::provenance::Side;
use crate::{
    Citation, Cited, Claim, Concept, Fact, HistoryEvent, Indication, Mechanism, Route, SideEffect,
    Subject, Topic,
};

impl Sealed for Claim {}
impl Cited for Claim {
    fn citations(&self) -> &'static [Citation] {
        Claim::citations(self)
    }
    fn is_contested(&self) -> bool {
        Claim::is_contested(self)
    }
}

impl Sealed for Fact {}
impl Cited for Fact {
    fn citations(&self) -> &'static [Citation] {
        Fact::citations(self)
    }
    fn is_contested(&self) -> bool {
        Fact::is_contested(self)
    }
}

impl Sealed for Link {}
/// A link states one step of the mechanism; no source disputes a link itself.
impl Cited for Link {
    fn citations(&self) -> &'static [Citation] {
        Link::citations(self)
    }
    fn is_contested(&self) -> bool {
        false
    }
}

impl Sealed for Side {}
/// A side is one position in a disagreement: always contested.
impl Cited for Side {
    fn citations(&self) -> &'static [Citation] {
        Side::citations(self)
    }
    fn is_contested(&self) -> bool {
        true
    }
}

impl Sealed for Subject {}
impl Concept for Subject {
    fn claims(self) -> &'static [Claim] {
        crate::view::index::claims_of(self)
    }
}

macro_rules! concepts {
    ($($Ty:ident),+ $(,)?) => {$(
        impl Sealed for $Ty {}
        impl Concept for $Ty {
            fn claims(self) -> &'static [Claim] {
                crate::view::index::claims_of(Subject::$Ty(self))
            }
        }
    )+};
}

crate::model::subject::for_each_kind!(concepts);
