//! How strongly a source words a claim.

use crate::model::macros::names;

/// How strongly a source words a claim, from weakest to strongest.
///
/// The level is read off the source's own wording, never raised: an article
/// that writes "some studies suggest" gives [`Preliminary`](Self::Preliminary)
/// even where another article states the same thing more firmly. When sources
/// word one claim differently, the claim keeps every citation at its own level
/// (see [`Claim::strongest_evidence`](crate::Claim::strongest_evidence)).
///
/// `Ord` follows strength: `UnderInvestigation < ... < RegulatoryApproval`, so
/// "at least clinical studies" is `level >= Evidence::ClinicalStudies`.
///
/// | level | [`describe`](Self::describe) | cues ([`CUES`](Self::CUES)) |
/// | --- | --- | --- |
/// | `UnderInvestigation` | under investigation | "being studied", "investigate", "investigating", "investigation", "are exploring", "is exploring", "begun exploring", "began to explore", "researchers study", "research continues", "area of exploration", "ongoing research", "continued research", "researchers aim" |
/// | `PatientReports` | reported by patients | "report", "describe" |
/// | `Preliminary` | preliminary findings | "may", "maybe", "might", "could", "can", "suggest", "indicate", "potential", "promise", "promising", "emerging", "believed", "thought to" |
/// | `Stated` | stated without named evidence | no cue: a plain statement |
/// | `ClinicalStudies` | shown in clinical studies | "studies show", "studies have shown", "studies have demonstrated", "studies started to reveal", "landmark study", "clinical trial" |
/// | `StandardPractice` | standard practice | "commonly used", "commonly administered", "most common method", "widely used", "used widely", "widely utilized", "widespread adoption" |
/// | `RegulatoryApproval` | approved by a regulator | "approved by the fda", "fda approval", "fda approved", "approved the", "approved for", "fda to approve" |
///
/// **The grading rule.** A citation's level is the level of the cue that
/// governs the sentence (or clause) it summarises, read off this table: the
/// weakest cue in that wording, since a hedge governs what it hedges ("studies
/// have shown that it may help" is preliminary); no cue, a plain statement, is
/// `stated`. A cue matches at the start of a word and may run on ("suggest"
/// matches "suggested"); a cue word of three letters or fewer matches only the
/// whole word ("can" is not "cancer"). Cues in other sentences of the section, and in a
/// subordinate clause that is not the claim's ("while the mechanisms are still
/// being studied, ..."), do not govern it. The level is *equal* to the rule's,
/// neither stronger (never state a claim stronger than its source) nor weaker.
/// Wording listed in [`NOT_CUES`](Self::NOT_CUES) holds a cue's word without
/// stating evidence ("may opt", "potential risks") and is skipped.
/// "Can" of what a treatment or mechanism may achieve ("can be life-saving",
/// "can help") is a hedge and caps the level at `preliminary`; "can" of a harm
/// or side effect ("can cause nausea", "can occur") is in `NOT_CUES`: it states
/// that the harm can happen, and grading it down would understate the risk. A causal
/// [`Link`](crate::Link) drawn from an association ([`ASSOCIATION_CUES`](Self::ASSOCIATION_CUES):
/// "associated with", "linked to") is at most `preliminary`.
///
/// Non-exhaustive: a source may word a claim at a level between or beyond these.
///
/// # Example
///
/// ```
/// use ketamine_facts::Evidence;
///
/// assert!(Evidence::RegulatoryApproval > Evidence::ClinicalStudies);
/// assert!(Evidence::Preliminary < Evidence::Stated);
/// assert_eq!("some studies suggest".parse(), Ok(Evidence::Preliminary));
/// assert_eq!(Evidence::StandardPractice.to_string(), "standard_practice");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Evidence {
    /// Under study, with no result claimed: "being studied", "studies are exploring".
    UnderInvestigation,
    /// What patients say of their own experience: "patients report".
    PatientReports,
    /// Early or hedged findings: "some studies suggest", "research indicates potential", "may".
    Preliminary,
    /// Stated plainly, without naming the evidence behind it.
    Stated,
    /// Shown in clinical studies: "studies have shown", "numerous studies have demonstrated".
    ClinicalStudies,
    /// Standard practice: "commonly used", "widely used".
    StandardPractice,
    /// Approved by a regulator ("FDA approved"), or stated on a regulator's label.
    RegulatoryApproval,
}

/// The grading rule as data: each cue of the sources' wording and the level it
/// gives. See [`Evidence::CUES`].
const CUES: &[(&str, Evidence)] = &[
    // Under investigation: a question under study, no result claimed.
    ("being studied", Evidence::UnderInvestigation),
    ("investigate", Evidence::UnderInvestigation),
    ("investigating", Evidence::UnderInvestigation),
    ("investigation", Evidence::UnderInvestigation),
    ("are exploring", Evidence::UnderInvestigation),
    ("is exploring", Evidence::UnderInvestigation),
    ("begun exploring", Evidence::UnderInvestigation),
    ("began to explore", Evidence::UnderInvestigation),
    ("researchers study", Evidence::UnderInvestigation),
    ("research continues", Evidence::UnderInvestigation),
    ("area of exploration", Evidence::UnderInvestigation),
    ("ongoing research", Evidence::UnderInvestigation),
    ("continued research", Evidence::UnderInvestigation),
    ("researchers aim", Evidence::UnderInvestigation),
    // What patients say of their own experience.
    ("report", Evidence::PatientReports),
    ("describe", Evidence::PatientReports),
    // Early or hedged findings.
    ("may", Evidence::Preliminary),
    ("maybe", Evidence::Preliminary),
    ("might", Evidence::Preliminary),
    ("could", Evidence::Preliminary),
    // "can" of what a treatment or mechanism may achieve ("can help", "can be
    // life-saving"); "can" of a harm is in NOT_CUES.
    ("can", Evidence::Preliminary),
    ("suggest", Evidence::Preliminary),
    ("indicate", Evidence::Preliminary),
    ("potential", Evidence::Preliminary),
    ("promise", Evidence::Preliminary),
    ("promising", Evidence::Preliminary),
    ("emerging", Evidence::Preliminary),
    ("believed", Evidence::Preliminary),
    ("thought to", Evidence::Preliminary),
    // Shown in studies.
    ("studies show", Evidence::ClinicalStudies),
    ("studies have shown", Evidence::ClinicalStudies),
    ("studies have demonstrated", Evidence::ClinicalStudies),
    ("studies started to reveal", Evidence::ClinicalStudies),
    ("landmark study", Evidence::ClinicalStudies),
    ("clinical trial", Evidence::ClinicalStudies),
    // Standard practice.
    ("commonly used", Evidence::StandardPractice),
    ("commonly administered", Evidence::StandardPractice),
    ("most common method", Evidence::StandardPractice),
    ("widely used", Evidence::StandardPractice),
    ("used widely", Evidence::StandardPractice),
    ("widely utilized", Evidence::StandardPractice),
    ("widespread adoption", Evidence::StandardPractice),
    // A regulator's word.
    ("approved by the fda", Evidence::RegulatoryApproval),
    ("fda approval", Evidence::RegulatoryApproval),
    ("fda approved", Evidence::RegulatoryApproval),
    ("approved the", Evidence::RegulatoryApproval),
    ("approved for", Evidence::RegulatoryApproval),
    ("fda to approve", Evidence::RegulatoryApproval),
];

/// Wording that contains a cue's word but states no evidence: a choice or a
/// requirement ("may opt", "may require"), a harm that can happen
/// ("potential risks", "can cause"). See [`Evidence::NOT_CUES`].
const NOT_CUES: &[&str] = &[
    "may opt",
    "may prescribe",
    "may administer",
    "may require",
    "may prefer",
    "may take",
    "may include",
    "may occur",
    // "can" of a harm or a side effect states that the harm can happen, not
    // weak evidence: weakening it would understate the risk.
    "can occur",
    "can cause",
    "can raise",
    "can elevate",
    "can temporarily elevate",
    "can lead to dependence",
    "can lead to temporary increases",
    "can feel psychedelic",
    "can significantly impact",
    // "can" of a choice or of time taken, as "may administer", "may take".
    "can administer",
    "can be administered",
    "can take",
    // "can vary": the variation is stated.
    "can vary",
    "potential drawbacks",
    "potential risks",
    "potential side effects",
    "potential for abuse",
    "often described",
];

/// Wording that ties two things together without saying that one causes the
/// other. See [`Evidence::ASSOCIATION_CUES`].
const ASSOCIATION_CUES: &[&str] = &["associated with", "linked to", "tied to"];

/// Cue words this short match only a whole word: "can" is not "cancer", "may"
/// is not "Mayo".
const WHOLE_WORD: usize = 3;

/// Whether the words of `text` from `at` on begin with the words of `cue`,
/// each text word starting with its cue word (ASCII case aside), or equal to
/// it for a cue word of [`WHOLE_WORD`] letters or fewer.
fn cue_at<'t>(mut words: impl Iterator<Item = &'t str>, cue: &str) -> bool {
    cue.split(' ').all(|want| {
        words.next().is_some_and(|word| {
            (word.len() == want.len() || (want.len() > WHOLE_WORD && word.len() > want.len()))
                && word.as_bytes()[..want.len()].eq_ignore_ascii_case(want.as_bytes())
        })
    })
}

/// The words of `text`: runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> + Clone {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

names! {
    Evidence ("evidence level") else Evidence::from_cue {
        UnderInvestigation => "under_investigation" | "investigational" | "studies are exploring",
        PatientReports => "patient_reports" | "anecdotal" | "patients report" | "reported",
        Preliminary => "preliminary" | "some studies suggest" | "research indicates potential",
        Stated => "stated" | "asserted",
        ClinicalStudies => "clinical_studies" | "clinical" | "trials",
        StandardPractice => "standard_practice" | "standard",
        RegulatoryApproval => "regulatory_approval" | "approved" | "regulator",
    }
}

impl Evidence {
    /// A short phrase for readers, e.g. "shown in clinical studies".
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            Self::UnderInvestigation => "under investigation",
            Self::PatientReports => "reported by patients",
            Self::Preliminary => "preliminary findings",
            Self::Stated => "stated without named evidence",
            Self::ClinicalStudies => "shown in clinical studies",
            Self::StandardPractice => "standard practice",
            Self::RegulatoryApproval => "approved by a regulator",
        }
    }

    /// The wording-to-evidence rule, as a table: each cue of a source's
    /// wording and the level it gives, weakest level first. The doc table
    /// above lists the same rows (a test keeps the two in sync), and `FromStr`
    /// parses each cue to its level.
    ///
    /// A cue matches at the start of a word and may run on (`"suggest"`
    /// matches "suggests", `"report"` matches "reported"), but a cue word of
    /// three letters or fewer only as a whole word (`"can"` does not match
    /// "cancer", nor `"may"` "Mayo"); a cue of several words matches them in a
    /// row. `"can"` is the hedge of what a treatment or mechanism may achieve
    /// ("can be highly effective"); `"can"` of a harm is in
    /// [`NOT_CUES`](Self::NOT_CUES). See [`governing_cue`](Self::governing_cue)
    /// for the rule that picks one cue out of several.
    pub const CUES: &'static [(&'static str, Evidence)] = CUES;

    /// Wording that holds a cue's word but states no evidence, so the rule
    /// skips it: a choice or a requirement ("may opt", "may require", "can
    /// administer"), time taken ("may take"), a harm that can happen
    /// ("potential risks", "can cause", "can occur", "can raise"): the
    /// possibility of a harm is what the source states, and reading it as a
    /// hedge would understate the risk.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Evidence;
    ///
    /// assert_eq!(Evidence::of_wording("ketamine can be life-saving"), Evidence::Preliminary);
    /// assert_eq!(Evidence::of_wording("ketamine can cause nausea"), Evidence::Stated);
    /// assert!(Evidence::NOT_CUES.contains(&"can cause"));
    /// ```
    pub const NOT_CUES: &'static [&'static str] = NOT_CUES;

    /// Wording that ties two things together without saying that one causes
    /// the other ("associated with", "linked to"). A statement of the tie is
    /// graded by its other cues; a causal [`Link`](crate::Link) drawn from such
    /// wording is at most [`Preliminary`](Self::Preliminary).
    pub const ASSOCIATION_CUES: &'static [&'static str] = ASSOCIATION_CUES;

    /// The cue of [`CUES`](Self::CUES) that governs `wording` (a sentence, or
    /// the clause of one that a claim summarises): the cue of the weakest
    /// level, as the hedge governs what it hedges ("studies have shown that it
    /// may help" is preliminary); among cues of that level, the first.
    /// `None` if no cue occurs: the wording is a plain statement.
    ///
    /// The rule reads words, not meaning: "may" of permission ("providers may
    /// choose") reads as a hedge too. Linear in `wording`; never allocates.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Evidence;
    ///
    /// let cue = Evidence::governing_cue("Studies indicate that some feel better");
    /// assert_eq!(cue, Some(("indicate", Evidence::Preliminary)));
    /// assert_eq!(Evidence::governing_cue("It is an anesthetic."), None);
    /// ```
    #[must_use]
    pub fn governing_cue(wording: &str) -> Option<(&'static str, Evidence)> {
        let mut best: Option<(&'static str, Evidence)> = None;
        let mut rest = words(wording);
        loop {
            if let Some(skip) = NOT_CUES.iter().find(|not| cue_at(rest.clone(), not)) {
                for _ in 0..skip.split(' ').count() {
                    rest.next();
                }
                continue;
            }
            for &(cue, level) in CUES {
                if best.is_none_or(|(_, b)| level < b) && cue_at(rest.clone(), cue) {
                    best = Some((cue, level));
                }
            }
            if rest.next().is_none() {
                return best;
            }
        }
    }

    /// The level the grading rule gives `wording`: that of its
    /// [`governing_cue`](Self::governing_cue), or [`Stated`](Self::Stated)
    /// for a plain statement.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Evidence;
    ///
    /// assert_eq!(Evidence::of_wording("an emerging treatment"), Evidence::Preliminary);
    /// assert_eq!(Evidence::of_wording("numerous studies have demonstrated"), Evidence::ClinicalStudies);
    /// assert_eq!(Evidence::of_wording("ketamine is an anesthetic"), Evidence::Stated);
    /// ```
    #[must_use]
    pub fn of_wording(wording: &str) -> Evidence {
        Self::governing_cue(wording).map_or(Self::Stated, |(_, level)| level)
    }

    /// Whether `wording` ties two things together by one of the
    /// [`ASSOCIATION_CUES`](Self::ASSOCIATION_CUES).
    #[must_use]
    pub fn is_association(wording: &str) -> bool {
        let mut rest = words(wording);
        loop {
            if ASSOCIATION_CUES.iter().any(|cue| cue_at(rest.clone(), cue)) {
                return true;
            }
            if rest.next().is_none() {
                return false;
            }
        }
    }

    /// The level of a whole cue of [`CUES`](Self::CUES) (ASCII case, `-`, `_`
    /// and spaces aside), for `FromStr`.
    fn from_cue(trimmed: &str) -> Option<Evidence> {
        CUES.iter()
            .find(|(cue, _)| crate::model::macros::same_name(trimmed, cue))
            .map(|&(_, level)| level)
    }

    /// Whether this level is at least `floor` (a `const` form of `self >= floor`).
    #[must_use]
    pub const fn is_at_least(self, floor: Evidence) -> bool {
        self as u8 >= floor as u8
    }
}
