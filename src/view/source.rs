//! Where facts come from: the source articles and their section headings.

use crate::{Section, Source, SourceKind};

impl Source {
    /// Whether this is one of the articles or a reference source.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Source, SourceKind};
    ///
    /// assert_eq!(Source::RiseOfKetamineTherapy.kind(), SourceKind::Article);
    /// ```
    #[must_use]
    pub const fn kind(self) -> SourceKind {
        match self {
            Self::MentalHealthOverview
            | Self::RevolutionaryTreatment
            | Self::RiseOfKetamineTherapy
            | Self::WhatIsKetamin
            | Self::UnlockingTheMysteries => SourceKind::Article,
            Self::WhoDrugInformation2018
            | Self::DrugBank
            | Self::PubChem
            | Self::CasRegistry
            | Self::FdaGsrs
            | Self::SpravatoPrescribingInformation
            | Self::SpravatoRems
            | Self::SpravatoPatientInformation
            | Self::SnomedCtRouteCodes
            | Self::FdaSplRouteTerminology
            | Self::ApaTextbookKetamineChapter
            | Self::ErowidKetamineTimeline
            | Self::HistoryReviewPmc4933765
            | Self::DominoTamingTheKetamineTiger
            | Self::KetalarLabel
            | Self::MercerDrugOfWar
            | Self::WhoKetamineControl2015
            | Self::FederalRegister1999
            | Self::Berman2000
            | Self::Zarate2006
            | Self::Murrough2013
            | Self::JanssenFdaApproval2019
            | Self::JanssenEuApproval2019
            | Self::Bmj2019
            | Self::JanssenSuicidalIdeation2020
            | Self::JnjMonotherapy2025
            | Self::Fava2018
            | Self::Yanagihara2003
            | Self::Rolan2013
            | Self::Pharmacotherapy2022
            | Self::Peltoniemi2016
            | Self::Anesthesiology2021
            | Self::PkSecondarySummaries
            | Self::Shahani2007 => SourceKind::Reference,
        }
    }

    /// Whether this is one of the five articles.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Source;
    ///
    /// assert!(Source::WhatIsKetamin.is_article());
    /// ```
    #[must_use]
    pub const fn is_article(self) -> bool {
        matches!(self.kind(), SourceKind::Article)
    }

    /// A readable title: the printed title where the source has one, otherwise a
    /// description in brackets.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Source;
    ///
    /// assert_eq!(Source::WhatIsKetamin.title(), "What Is Ketamin?");
    /// assert_eq!(
    ///     Source::MentalHealthOverview.title(),
    ///     "[untitled overview of ketamine in mental health]",
    /// );
    /// ```
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Self::MentalHealthOverview => "[untitled overview of ketamine in mental health]",
            Self::RevolutionaryTreatment => {
                "Understanding Ketamine: A Revolutionary Treatment for Depression and Beyond"
            }
            Self::RiseOfKetamineTherapy => "[untitled essay on the rise of ketamine therapy]",
            Self::WhatIsKetamin => "What Is Ketamin?",
            Self::UnlockingTheMysteries => {
                "Unlocking the Mysteries: How Does Ketamine Work in the Brain?"
            }
            Self::WhoDrugInformation2018 => {
                "WHO Drug Information 32(4), 2018: ATC/DDD classification"
            }
            Self::DrugBank => "DrugBank",
            Self::PubChem => "PubChem",
            Self::CasRegistry => "CAS registry / Merck Index entry",
            Self::FdaGsrs => "FDA Global Substance Registration System",
            Self::SpravatoPrescribingInformation => {
                "Spravato (esketamine) nasal spray prescribing information"
            }
            Self::SpravatoRems => "Spravato REMS program",
            Self::SpravatoPatientInformation => "Spravato patient information: What is SPRAVATO",
            Self::SnomedCtRouteCodes => {
                "SNOMED CT route of administration concepts (284009009), as used by the HL7 FHIR value set route-codes"
            }
            Self::FdaSplRouteTerminology => {
                "FDA Structured Product Labeling route-of-administration terminology (NCI thesaurus codes)"
            }
            Self::ApaTextbookKetamineChapter => "APA Publishing textbook chapter on ketamine",
            Self::ErowidKetamineTimeline => "Erowid, Ketamine Timeline",
            Self::HistoryReviewPmc4933765 => "Review article on the history of ketamine",
            Self::DominoTamingTheKetamineTiger => {
                "Domino, Taming the Ketamine Tiger, Anesthesiology 2010;113(3):678-84"
            }
            Self::KetalarLabel => {
                "Ketamine hydrochloride injection label (Ketalar, Parke-Davis, NDA 016812), DailyMed"
            }
            Self::MercerDrugOfWar => "Mercer, The Drug of War, J R Nav Med Serv 2009;95(3):145-50",
            Self::WhoKetamineControl2015 => {
                "WHO, WHO recommends against international control of ketamine, 2015"
            }
            Self::FederalRegister1999 => "Federal Register, 64 FR 37673 (13 July 1999)",
            Self::Berman2000 => "Berman et al., Biological Psychiatry 2000;47(4):351-354",
            Self::Zarate2006 => {
                "Zarate et al., A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression, Arch Gen Psychiatry 2006"
            }
            Self::Murrough2013 => {
                "Murrough et al., Antidepressant efficacy of ketamine in treatment-resistant major depression: a two-site randomized controlled trial, Am J Psychiatry 2013"
            }
            Self::JanssenFdaApproval2019 => "FDA / Janssen announcement of 5 March 2019",
            Self::JanssenEuApproval2019 => "Janssen announcement of 19 December 2019",
            Self::Bmj2019 => "BMJ 2019;367:l7069",
            Self::JanssenSuicidalIdeation2020 => "Janssen announcement of 3 August 2020",
            Self::JnjMonotherapy2025 => "Johnson & Johnson announcement of 21 January 2025",
            Self::Fava2018 => "Fava et al. 2018",
            Self::Yanagihara2003 => "Yanagihara et al., Biopharmaceutics & Drug Disposition 2003",
            Self::Rolan2013 => "Rolan et al. 2013",
            Self::Pharmacotherapy2022 => {
                "Pharmacotherapy 2022, intranasal ketamine pharmacokinetics"
            }
            Self::Peltoniemi2016 => "Peltoniemi et al. 2016",
            Self::Anesthesiology2021 => "Anesthesiology 2021;135(2):326",
            Self::PkSecondarySummaries => "Secondary summaries of the pharmacokinetic literature",
            Self::Shahani2007 => {
                "Shahani et al., Ketamine-associated ulcerative cystitis: a new clinical entity, Urology 2007;69(5):810-2"
            }
        }
    }

    /// The author or publisher as printed, where the source names one.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Source;
    ///
    /// assert_eq!(Source::RevolutionaryTreatment.author(), None);
    /// ```
    #[must_use]
    pub const fn author(self) -> Option<&'static str> {
        match self {
            Self::UnlockingTheMysteries => Some("SubstanceAbuseAction Team"),
            Self::MentalHealthOverview
            | Self::RevolutionaryTreatment
            | Self::RiseOfKetamineTherapy
            | Self::WhatIsKetamin => None,
            Self::WhoDrugInformation2018
            | Self::DrugBank
            | Self::PubChem
            | Self::CasRegistry
            | Self::FdaGsrs
            | Self::SpravatoPrescribingInformation
            | Self::SpravatoRems
            | Self::SpravatoPatientInformation
            | Self::SnomedCtRouteCodes
            | Self::FdaSplRouteTerminology
            | Self::ApaTextbookKetamineChapter
            | Self::ErowidKetamineTimeline
            | Self::HistoryReviewPmc4933765
            | Self::DominoTamingTheKetamineTiger
            | Self::KetalarLabel
            | Self::MercerDrugOfWar
            | Self::WhoKetamineControl2015
            | Self::FederalRegister1999
            | Self::Berman2000
            | Self::Zarate2006
            | Self::Murrough2013
            | Self::JanssenFdaApproval2019
            | Self::JanssenEuApproval2019
            | Self::Bmj2019
            | Self::JanssenSuicidalIdeation2020
            | Self::JnjMonotherapy2025
            | Self::Fava2018
            | Self::Yanagihara2003
            | Self::Rolan2013
            | Self::Pharmacotherapy2022
            | Self::Peltoniemi2016
            | Self::Anesthesiology2021
            | Self::PkSecondarySummaries
            | Self::Shahani2007 => None,
        }
    }

    /// The file in `shared/sources/` that keeps an article's text (`None` for
    /// reference sources).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Source;
    ///
    /// assert_eq!(Source::MentalHealthOverview.file(), Some("000_782562d5e1dbe9c7.txt"));
    /// ```
    #[must_use]
    pub const fn file(self) -> Option<&'static str> {
        match self {
            Self::MentalHealthOverview => Some("000_782562d5e1dbe9c7.txt"),
            Self::RevolutionaryTreatment => Some("001_47451294f85c751d.txt"),
            Self::RiseOfKetamineTherapy => Some("002_badb47e68e36dd51.txt"),
            Self::WhatIsKetamin => Some("003_2ccf404e00c35a56.txt"),
            Self::UnlockingTheMysteries => Some("004_559be0387037aa47.txt"),
            Self::WhoDrugInformation2018
            | Self::DrugBank
            | Self::PubChem
            | Self::CasRegistry
            | Self::FdaGsrs
            | Self::SpravatoPrescribingInformation
            | Self::SpravatoRems
            | Self::SpravatoPatientInformation
            | Self::SnomedCtRouteCodes
            | Self::FdaSplRouteTerminology
            | Self::ApaTextbookKetamineChapter
            | Self::ErowidKetamineTimeline
            | Self::HistoryReviewPmc4933765
            | Self::DominoTamingTheKetamineTiger
            | Self::KetalarLabel
            | Self::MercerDrugOfWar
            | Self::WhoKetamineControl2015
            | Self::FederalRegister1999
            | Self::Berman2000
            | Self::Zarate2006
            | Self::Murrough2013
            | Self::JanssenFdaApproval2019
            | Self::JanssenEuApproval2019
            | Self::Bmj2019
            | Self::JanssenSuicidalIdeation2020
            | Self::JnjMonotherapy2025
            | Self::Fava2018
            | Self::Yanagihara2003
            | Self::Rolan2013
            | Self::Pharmacotherapy2022
            | Self::Peltoniemi2016
            | Self::Anesthesiology2021
            | Self::PkSecondarySummaries
            | Self::Shahani2007 => None,
        }
    }

    /// An identifier or link for a reference source (a DOI, PubMed id, Federal
    /// Register citation, URL); `None` for the articles, which have none.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Source;
    ///
    /// assert_eq!(Source::WhatIsKetamin.identifier(), None);
    /// assert_eq!(Source::Murrough2013.identifier(), Some("PubMed 23982301"));
    /// ```
    #[must_use]
    pub const fn identifier(self) -> Option<&'static str> {
        match self {
            Self::MentalHealthOverview
            | Self::RevolutionaryTreatment
            | Self::RiseOfKetamineTherapy
            | Self::WhatIsKetamin
            | Self::UnlockingTheMysteries => None,
            Self::FdaGsrs => Some("drugs.ncats.io"),
            Self::SpravatoPatientInformation => Some("spravato.com"),
            Self::SnomedCtRouteCodes => Some("http://hl7.org/fhir/ValueSet/route-codes"),
            Self::ApaTextbookKetamineChapter => Some("doi:10.1176/appi.books.9781615371624.as21"),
            Self::HistoryReviewPmc4933765 => Some("PMC4933765"),
            Self::DominoTamingTheKetamineTiger => Some("Anesthesiology 2010;113(3):678-84"),
            Self::KetalarLabel => Some("NDA 016812"),
            Self::MercerDrugOfWar => Some("J R Nav Med Serv 2009;95(3):145-50"),
            Self::FederalRegister1999 => Some("64 FR 37673"),
            Self::Berman2000 => Some("Biol Psychiatry 2000;47(4):351-354"),
            Self::Zarate2006 => Some("Arch Gen Psychiatry 2006"),
            Self::Murrough2013 => Some("PubMed 23982301"),
            Self::Bmj2019 => Some("BMJ 2019;367:l7069"),
            Self::Fava2018 => Some("PMC6447473"),
            Self::Yanagihara2003 => Some("Biopharm Drug Dispos 2003"),
            Self::Rolan2013 => Some("PMC4093926"),
            Self::Pharmacotherapy2022 => Some("PMC9118341"),
            Self::Anesthesiology2021 => Some("Anesthesiology 2021;135(2):326"),
            Self::Shahani2007 => Some("Urology 2007;69(5):810-2"),
            Self::WhoDrugInformation2018
            | Self::DrugBank
            | Self::PubChem
            | Self::CasRegistry
            | Self::SpravatoPrescribingInformation
            | Self::SpravatoRems
            | Self::FdaSplRouteTerminology
            | Self::ErowidKetamineTimeline
            | Self::WhoKetamineControl2015
            | Self::JanssenFdaApproval2019
            | Self::JanssenEuApproval2019
            | Self::JanssenSuicidalIdeation2020
            | Self::JnjMonotherapy2025
            | Self::Peltoniemi2016
            | Self::PkSecondarySummaries => None,
        }
    }

    /// What the source covers, in a line.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Source;
    ///
    /// assert!(Source::UnlockingTheMysteries.covers().contains("BDNF"));
    /// ```
    #[must_use]
    pub const fn covers(self) -> &'static str {
        match self {
            Self::MentalHealthOverview => {
                "ketamine in mental health: mechanism, research, therapeutic use, safety"
            }
            Self::RevolutionaryTreatment => {
                "what ketamine is and how it works; teasers on PTSD, nasal spray and low-dose use"
            }
            Self::RiseOfKetamineTherapy => {
                "mechanism, the dissociative experience, treatment-resistant depression, the nasal spray approval, other conditions, controversies"
            }
            Self::WhatIsKetamin => {
                "history, medical uses, mechanism, the four routes, clinics, benefits, risks, future research, FAQ"
            }
            Self::UnlockingTheMysteries => {
                "neurochemistry (glutamate, BDNF, opioid system), clinical evidence, the four-step therapy process, combinations, side effects"
            }
            Self::WhoDrugInformation2018 => "ATC codes of ketamine and esketamine",
            Self::DrugBank => "DrugBank identifiers",
            Self::PubChem => "PubChem compound identifiers",
            Self::CasRegistry => "CAS registry numbers",
            Self::FdaGsrs => "FDA UNII codes",
            Self::SpravatoPrescribingInformation => {
                "esketamine: product, dosing, pharmacokinetics, adverse-effect rates, boxed warning"
            }
            Self::SpravatoRems => "where Spravato may be given and how long patients are observed",
            Self::SpravatoPatientInformation => "limits of use of Spravato",
            Self::SnomedCtRouteCodes => "SNOMED CT route codes",
            Self::FdaSplRouteTerminology => "FDA SPL route codes",
            Self::ApaTextbookKetamineChapter => "history: synthesis, approval, battlefield use",
            Self::ErowidKetamineTimeline => "history: synthesis",
            Self::HistoryReviewPmc4933765 => "history: synthesis",
            Self::DominoTamingTheKetamineTiger => {
                "history: first human study, the term dissociative anesthetic"
            }
            Self::KetalarLabel => "first US approval, 1970",
            Self::MercerDrugOfWar => "battlefield use in the Vietnam War",
            Self::WhoKetamineControl2015 => "WHO Model List of Essential Medicines",
            Self::FederalRegister1999 => "US DEA Schedule III",
            Self::Berman2000 => "first placebo-controlled trial of ketamine in depression",
            Self::Zarate2006 => "randomized trial in treatment-resistant depression",
            Self::Murrough2013 => "two-site randomized controlled trial against midazolam",
            Self::JanssenFdaApproval2019 => "US approval of Spravato",
            Self::JanssenEuApproval2019 => "EU approval of Spravato",
            Self::Bmj2019 => "EU approval of Spravato",
            Self::JanssenSuicidalIdeation2020 => {
                "Spravato for depression with acute suicidal ideation or behavior"
            }
            Self::JnjMonotherapy2025 => "Spravato as monotherapy",
            Self::Fava2018 => "the IV protocol of depression trials",
            Self::Yanagihara2003 => "bioavailability by route",
            Self::Rolan2013 => "intranasal bioavailability",
            Self::Pharmacotherapy2022 => "intranasal bioavailability measured at 11-17%",
            Self::Peltoniemi2016 => "pharmacokinetics: bioavailability, half-life, metabolism",
            Self::Anesthesiology2021 => "terminal half-life of ketamine",
            Self::PkSecondarySummaries => "intramuscular bioavailability (no primary study found)",
            Self::Shahani2007 => "ketamine-associated ulcerative cystitis",
        }
    }

    /// The section headings of an article, verbatim and in order (empty for
    /// article 002, which has none, and for reference sources).
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Section, Source};
    ///
    /// let headings = Source::MentalHealthOverview.sections();
    /// assert_eq!(headings.first(), Some(&Section::HowDoesKetamineAffectsTheBrain));
    /// assert!(Source::RiseOfKetamineTherapy.sections().is_empty());
    /// ```
    #[must_use]
    pub const fn sections(self) -> &'static [Section] {
        match self {
            Self::MentalHealthOverview => ARTICLE_000,
            Self::RevolutionaryTreatment => ARTICLE_001,
            Self::WhatIsKetamin => ARTICLE_003,
            Self::UnlockingTheMysteries => ARTICLE_004,
            Self::RiseOfKetamineTherapy => &[],
            Self::WhoDrugInformation2018
            | Self::DrugBank
            | Self::PubChem
            | Self::CasRegistry
            | Self::FdaGsrs
            | Self::SpravatoPrescribingInformation
            | Self::SpravatoRems
            | Self::SpravatoPatientInformation
            | Self::SnomedCtRouteCodes
            | Self::FdaSplRouteTerminology
            | Self::ApaTextbookKetamineChapter
            | Self::ErowidKetamineTimeline
            | Self::HistoryReviewPmc4933765
            | Self::DominoTamingTheKetamineTiger
            | Self::KetalarLabel
            | Self::MercerDrugOfWar
            | Self::WhoKetamineControl2015
            | Self::FederalRegister1999
            | Self::Berman2000
            | Self::Zarate2006
            | Self::Murrough2013
            | Self::JanssenFdaApproval2019
            | Self::JanssenEuApproval2019
            | Self::Bmj2019
            | Self::JanssenSuicidalIdeation2020
            | Self::JnjMonotherapy2025
            | Self::Fava2018
            | Self::Yanagihara2003
            | Self::Rolan2013
            | Self::Pharmacotherapy2022
            | Self::Peltoniemi2016
            | Self::Anesthesiology2021
            | Self::PkSecondarySummaries
            | Self::Shahani2007 => &[],
        }
    }
}

/// Splits a `Section` slice out of the one table, per article, at compile time.
const fn sections_of<const N: usize>(source: Source) -> [Section; N] {
    let mut out = [Section::HowDoesKetamineAffectsTheBrain; N];
    let mut filled = 0;
    let mut i = 0;
    while i < crate::model::source::ALL_SECTIONS_BY_SOURCE.len() {
        let (s, section) = crate::model::source::ALL_SECTIONS_BY_SOURCE[i];
        if s as u8 == source as u8 && filled < N {
            out[filled] = section;
            filled += 1;
        }
        i += 1;
    }
    out
}

const ARTICLE_000: &[Section] = &sections_of::<5>(Source::MentalHealthOverview);

const ARTICLE_001: &[Section] = &sections_of::<8>(Source::RevolutionaryTreatment);

const ARTICLE_003: &[Section] = &sections_of::<22>(Source::WhatIsKetamin);

const ARTICLE_004: &[Section] = &sections_of::<14>(Source::UnlockingTheMysteries);

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> serde::Deserialize<'de> for Section {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::model::macros::deserialize_by_name(deserializer)
    }
}
