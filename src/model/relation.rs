//! Relations between concepts: an edge from one [`Subject`] to another, with
//! the ids of the claims that support it.

use crate::Subject;

/// A cited edge between two concepts: "this indication is treated by that
/// route", "this precaution is put into practice by that process item".
///
/// Every relation names the claims that support it, by id; each of them is
/// about both ends (`claim.is_about(from) && claim.is_about(to)`), and the
/// build fails if one is not. [`Relation::support`] gives those claims,
/// [`Relation::citations`] their citations and
/// [`Relation::strongest_evidence`] the strongest level among them. The typed
/// accessors ([`Indication::routes`](crate::Indication::routes),
/// [`Precaution::process_item`](crate::Precaution::process_item), ...) read
/// the same table; [`Relation::all`] lists it, and
/// [`Subject::relations`](crate::Subject::relations) gives the relations from
/// one subject.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Evidence, Indication, Relation, Route, Subject};
///
/// let depression = Subject::Indication(Indication::Depression);
/// let by_infusion = depression
///     .relations()
///     .iter()
///     .find(|r| r.to() == Subject::Route(Route::Iv))
///     .expect("IV infusion is documented for depression");
/// assert_eq!(by_infusion.from(), depression);
/// for claim in by_infusion.support() {
///     assert!(claim.is_about(by_infusion.from()) && claim.is_about(by_infusion.to()));
/// }
/// assert!(by_infusion.citations().count() >= 1);
/// assert!(by_infusion.strongest_evidence() >= Evidence::Stated);
/// assert!(Relation::all().contains(by_infusion));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Relation {
    from: Subject,
    to: Subject,
    support: &'static [&'static str],
}

impl Relation {
    /// An edge from `from` to `to`, supported by the claims with these ids.
    pub(crate) const fn new(from: Subject, to: Subject, support: &'static [&'static str]) -> Self {
        Self { from, to, support }
    }

    /// The subject the relation starts from (the `self` of the accessor).
    #[must_use]
    pub const fn from(&self) -> Subject {
        self.from
    }

    /// The subject the relation leads to (what the accessor returns).
    #[must_use]
    pub const fn to(&self) -> Subject {
        self.to
    }

    /// The ids of the supporting claims, as written in the table (the build
    /// checks that each names a claim about both ends).
    #[must_use]
    pub const fn support_ids(&self) -> &'static [&'static str] {
        self.support
    }
}
