//! Routes of administration: how ketamine is given.

use chrono::TimeDelta;

use crate::Evidence::{StandardPractice, Stated};
use crate::Section::{AdministrationMethods, FaqAdministration, FaqInfusionSession, KeyTakeaways};
use crate::history::{ESKETAMINE_SPRAY_APPROVAL, ESSAY_SPRAY_APPROVAL};
use crate::macros::facts_enum;
use crate::{Citation, Claim, Section};

facts_enum! {
    /// A route of administration: how a dose of ketamine reaches the body.
    ///
    /// Article 003 ("Ketamine Administration Methods") names these four; the other
    /// articles mention infusions and the nasal spray. `Ord` is the order article
    /// 003 lists them in, most common first for depression.
    ///
    /// | route | `name()` | [`abbreviation`](Self::abbreviation) | [`label`](Self::label) |
    /// | --- | --- | --- | --- |
    /// | `Iv` | `intravenous` | IV | intravenous infusion |
    /// | `Intranasal` | `intranasal` | IN | intranasal spray |
    /// | `Im` | `intramuscular` | IM | intramuscular injection |
    /// | `Oral` | `oral` | PO | oral formulation |
    ///
    /// `FromStr` also takes the abbreviations and the words people type:
    /// "i.v.", "infusion", "nasal spray", "injection", "by mouth", ...
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Route;
    ///
    /// assert_eq!("IV".parse(), Ok(Route::Iv));
    /// assert_eq!("nasal spray".parse(), Ok(Route::Intranasal));
    /// assert_eq!("by mouth".parse(), Ok(Route::Oral));
    /// assert_eq!(Route::Im.to_string(), "intramuscular");
    /// for route in Route::ALL {
    ///     println!("{} ({}): {}", route.label(), route.abbreviation(), route.claims()[0].summary());
    /// }
    /// ```
    #[non_exhaustive]
    pub enum Route ("route") {
        /// Intravenous infusion.
        Iv => "intravenous" | "iv" | "i.v." | "intravenous infusion" | "infusion" | "intravenously",
        /// A nasal spray (the approved product is esketamine, Spravato).
        Intranasal => "intranasal" | "in" | "nasal" | "nasal spray" | "intranasal spray" | "intranasally" | "spray",
        /// Intramuscular injection.
        Im => "intramuscular" | "im" | "i.m." | "intramuscular injection" | "injection" | "intramuscularly",
        /// By mouth.
        Oral => "oral" | "po" | "p.o." | "by mouth" | "orally" | "oral formulation",
    }
}

impl Route {
    /// What the route is called in prose.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Route;
    ///
    /// assert_eq!(Route::Iv.label(), "intravenous infusion");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Iv => "intravenous infusion",
            Self::Intranasal => "intranasal spray",
            Self::Im => "intramuscular injection",
            Self::Oral => "oral formulation",
        }
    }

    /// The clinical abbreviation: IV, IN, IM or PO.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Route;
    ///
    /// let abbreviations: Vec<&str> = Route::ALL.iter().map(|r| r.abbreviation()).collect();
    /// assert_eq!(abbreviations, ["IV", "IN", "IM", "PO"]);
    /// ```
    #[must_use]
    pub const fn abbreviation(self) -> &'static str {
        match self {
            Self::Iv => "IV",
            Self::Intranasal => "IN",
            Self::Im => "IM",
            Self::Oral => "PO",
        }
    }

    /// Everything the sources say of this route, one claim per statement.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Evidence, Route};
    ///
    /// let approved = Route::Intranasal
    ///     .claims()
    ///     .iter()
    ///     .any(|claim| claim.strongest_evidence() == Evidence::RegulatoryApproval);
    /// assert!(approved);
    /// ```
    #[must_use]
    pub const fn claims(self) -> &'static [Claim] {
        match self {
            Self::Iv => IV,
            Self::Intranasal => INTRANASAL,
            Self::Im => IM,
            Self::Oral => ORAL,
        }
    }

    /// How long one dose takes to give, where a source says: about 40 minutes
    /// for an IV infusion (article 003). `None` where no source gives a duration.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::TimeDelta;
    /// use ketamine_facts::Route;
    ///
    /// assert_eq!(Route::Iv.session_duration(), Some(TimeDelta::minutes(40)));
    /// assert_eq!(Route::Oral.session_duration(), None);
    /// ```
    #[must_use]
    pub const fn session_duration(self) -> Option<TimeDelta> {
        match self {
            Self::Iv => Some(IV_INFUSION),
            Self::Intranasal | Self::Im | Self::Oral => None,
        }
    }

    /// Whether the sources call this the most common route for treating
    /// depression (only IV infusion).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Route;
    ///
    /// let most_common: Vec<Route> = Route::ALL.iter().copied().filter(|r| r.is_most_common_for_depression()).collect();
    /// assert_eq!(most_common, [Route::Iv]);
    /// ```
    #[must_use]
    pub const fn is_most_common_for_depression(self) -> bool {
        matches!(self, Self::Iv)
    }

    /// What the sources say of routes in general: how one is chosen.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Route;
    ///
    /// assert!(Route::choice().iter().any(|claim| claim.mentions("severity")));
    /// ```
    #[must_use]
    pub const fn choice() -> &'static [Claim] {
        CHOICE
    }
}

/// The length of an IV infusion session in article 003.
const IV_INFUSION: TimeDelta = TimeDelta::minutes(40);

const fn at(section: Section, evidence: crate::Evidence) -> Citation {
    Citation::section(section, evidence)
}

/// "IV infusion is the most common way ketamine is given to treat depression"
/// (article 003's list of methods). Lives here;
/// [`Indication::Depression`](crate::Indication::Depression) lists it.
pub(crate) const IV_MOST_COMMON_FOR_DEPRESSION: Claim = Claim::new(
    "IV infusion is the most common way ketamine is given to treat depression.",
    &[at(AdministrationMethods, StandardPractice)],
);

const IV: &[Claim] = &[
    IV_MOST_COMMON_FOR_DEPRESSION,
    // The FAQ says "the most common method" without naming depression.
    Claim::new(
        "Article 003's FAQ calls IV infusion the most common method of giving ketamine.",
        &[at(FaqAdministration, StandardPractice)],
    ),
    IV_FORTY_MINUTES,
    IV_LOW_DOSE,
    Claim::new(
        "Infusion lets the provider control the dose precisely, and its effects are immediate.",
        &[at(FaqAdministration, Stated)],
    ),
];

/// Article 003: an infusion takes about 40 minutes (made precise by the trial
/// protocol in [`IvProtocol`](crate::IvProtocol)).
pub(crate) const IV_FORTY_MINUTES: Claim = Claim::new(
    "One IV infusion runs for about 40 minutes.",
    &[
        at(AdministrationMethods, Stated),
        at(FaqAdministration, Stated),
        at(FaqInfusionSession, Stated),
    ],
);

/// Article 003: the infused dose is low (made precise by the trial protocol).
pub(crate) const IV_LOW_DOSE: Claim = Claim::new(
    "The dose given by infusion is a low one.",
    &[
        at(AdministrationMethods, Stated),
        at(FaqAdministration, Stated),
    ],
);

/// Article 001's teaser: the nasal spray is one of the newer developments, for
/// conditions such as depression. Lives here; [`Indication::Depression`](crate::Indication::Depression) lists it.
pub(crate) const NASAL_SPRAY_FOR_DEPRESSION: Claim = Claim::new(
    "Using ketamine as a nasal spray for conditions such as depression is one of the newer developments in the field.",
    &[at(Section::NasalSprayTeaser, Stated)],
);

// The two accounts of the spray's approval are history: they live with
// `HistoryEvent::NasalSprayApproval` and are listed here.
const INTRANASAL: &[Claim] = &[
    ESKETAMINE_SPRAY_APPROVAL,
    Claim::new(
        "The spray suits patients who would rather not have IV infusions.",
        &[at(FaqAdministration, Stated)],
    ),
    ESSAY_SPRAY_APPROVAL,
    NASAL_SPRAY_FOR_DEPRESSION,
];

const IM: &[Claim] = &[Claim::new(
    "Providers may choose intramuscular injection in certain cases.",
    &[
        at(AdministrationMethods, Stated),
        at(FaqAdministration, Stated),
    ],
)];

/// Article 003: oral dosing is less common because absorption varies (made
/// precise by the bioavailability in [`Bioavailability`](crate::Bioavailability)).
pub(crate) const ORAL_LESS_COMMON: Claim = Claim::new(
    "Oral doses are less common because absorption varies, though some practitioners prescribe them for particular patients.",
    &[
        at(AdministrationMethods, Stated),
        at(FaqAdministration, Stated),
    ],
);

const ORAL: &[Claim] = &[ORAL_LESS_COMMON];

const CHOICE: &[Claim] = &[
    Claim::new(
        "Every route has advantages and drawbacks, and the choice depends on the individual patient (003's list gives the severity of symptoms and earlier responses to treatment).",
        &[
            at(AdministrationMethods, Stated),
            at(FaqAdministration, Stated),
        ],
    ),
    Claim::new(
        "Ketamine comes in several forms, among them IV infusion and nasal spray, and which is used depends on the condition treated.",
        &[at(Section::WhatAreTherapeuticUses, Stated)],
    ),
    Claim::new(
        "Article 003's takeaways give IV infusion, nasal spray and injections as the ways of giving ketamine.",
        &[at(KeyTakeaways, Stated)],
    ),
    Claim::new(
        "A treatment plan sets the method of administration, intravenous or intranasal, together with the dose.",
        &[at(Section::Step2TreatmentPlan, Stated)],
    ),
];
