//! Where facts come from: the source articles and their section headings.

use core::fmt;
use core::str::FromStr;

use crate::ParseError;
use crate::macros::facts_enum;

facts_enum! {
    /// A source the crate cites: one of the five articles it was built from, or
    /// a verified reference source.
    ///
    /// The articles are web pages without dates; most have no printed title, so
    /// each variant is named after what the article is about. [`Source::title`]
    /// gives the title as printed where there is one, [`Source::file`] the file the
    /// article is kept in, [`Source::kind`] tells articles from reference sources.
    ///
    /// `Ord` is declaration order: the articles in file order.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Source, SourceKind};
    ///
    /// let source: Source = "what_is_ketamin".parse().unwrap();
    /// assert_eq!(source, Source::WhatIsKetamin);
    /// assert_eq!(source.kind(), SourceKind::Article);
    /// assert_eq!(source.file(), Some("003_2ccf404e00c35a56.txt"));
    /// assert_eq!(Source::UnlockingTheMysteries.author(), Some("SubstanceAbuseAction Team"));
    /// ```
    #[non_exhaustive]
    pub enum Source ("source") {
        /// Article 000: an untitled overview of ketamine in mental health
        /// (mechanism, research, therapeutic use, safety).
        MentalHealthOverview => "mental_health_overview" | "000" | "article 000",
        /// Article 001: "Understanding Ketamine: A Revolutionary Treatment for
        /// Depression and Beyond", a clinic blog post.
        RevolutionaryTreatment => "revolutionary_treatment" | "001" | "article 001",
        /// Article 002: an untitled essay on the rise of ketamine therapy. It has
        /// no headings, so its citations have no section.
        RiseOfKetamineTherapy => "rise_of_ketamine_therapy" | "002" | "article 002",
        /// Article 003: "What Is Ketamin?", the most detailed of the five.
        WhatIsKetamin => "what_is_ketamin" | "003" | "article 003",
        /// Article 004: "Unlocking the Mysteries: How Does Ketamine Work in the
        /// Brain?", by the SubstanceAbuseAction Team.
        UnlockingTheMysteries => "unlocking_the_mysteries" | "004" | "article 004",
        /// Reference: WHO Drug Information 32(4), 2018: ATC/DDD classification.
        WhoDrugInformation2018 => "who_drug_information_2018",
        /// Reference: DrugBank.
        DrugBank => "drugbank",
        /// Reference: PubChem.
        PubChem => "pubchem",
        /// Reference: CAS registry / Merck Index entry.
        CasRegistry => "cas_registry",
        /// Reference: FDA Global Substance Registration System.
        FdaGsrs => "fda_gsrs",
        /// Reference: Spravato (esketamine) nasal spray prescribing information.
        SpravatoPrescribingInformation => "spravato_prescribing_information",
        /// Reference: Spravato REMS program.
        SpravatoRems => "spravato_rems",
        /// Reference: Spravato patient information: What is SPRAVATO.
        SpravatoPatientInformation => "spravato_patient_information",
        /// Reference: SNOMED CT route of administration concepts (284009009), as used by the HL7 FHIR value set route-codes.
        SnomedCtRouteCodes => "snomed_ct_route_codes",
        /// Reference: FDA Structured Product Labeling route-of-administration terminology (NCI thesaurus codes).
        FdaSplRouteTerminology => "fda_spl_route_terminology",
        /// Reference: APA Publishing textbook chapter on ketamine.
        ApaTextbookKetamineChapter => "apa_textbook_ketamine_chapter",
        /// Reference: Erowid, Ketamine Timeline.
        ErowidKetamineTimeline => "erowid_ketamine_timeline",
        /// Reference: Review article on the history of ketamine.
        HistoryReviewPmc4933765 => "history_review_pmc4933765",
        /// Reference: Domino, Taming the Ketamine Tiger, Anesthesiology 2010;113(3):678-84.
        DominoTamingTheKetamineTiger => "domino_2010",
        /// Reference: Ketamine hydrochloride injection label (Ketalar, Parke-Davis, NDA 016812), DailyMed.
        KetalarLabel => "ketalar_label",
        /// Reference: Mercer, The Drug of War, J R Nav Med Serv 2009;95(3):145-50.
        MercerDrugOfWar => "mercer_2009",
        /// Reference: WHO, WHO recommends against international control of ketamine, 2015.
        WhoKetamineControl2015 => "who_2015",
        /// Reference: Federal Register, 64 FR 37673 (13 July 1999).
        FederalRegister1999 => "federal_register_64_fr_37673",
        /// Reference: Berman et al., Biological Psychiatry 2000;47(4):351-354.
        Berman2000 => "berman_2000",
        /// Reference: Zarate et al., A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression, Arch Gen Psychiatry 2006.
        Zarate2006 => "zarate_2006",
        /// Reference: Murrough et al., Antidepressant efficacy of ketamine in treatment-resistant major depression: a two-site randomized controlled trial, Am J Psychiatry 2013.
        Murrough2013 => "murrough_2013",
        /// Reference: FDA / Janssen announcement of 5 March 2019.
        JanssenFdaApproval2019 => "janssen_2019_03_05",
        /// Reference: Janssen announcement of 19 December 2019.
        JanssenEuApproval2019 => "janssen_2019_12_19",
        /// Reference: BMJ 2019;367:l7069.
        Bmj2019 => "bmj_2019",
        /// Reference: Janssen announcement of 3 August 2020.
        JanssenSuicidalIdeation2020 => "janssen_2020_08_03",
        /// Reference: Johnson & Johnson announcement of 21 January 2025.
        JnjMonotherapy2025 => "jnj_2025_01_21",
        /// Reference: Fava et al. 2018.
        Fava2018 => "fava_2018",
        /// Reference: Yanagihara et al., Biopharmaceutics & Drug Disposition 2003.
        Yanagihara2003 => "yanagihara_2003",
        /// Reference: Rolan et al. 2013.
        Rolan2013 => "rolan_2013",
        /// Reference: Pharmacotherapy 2022, intranasal ketamine pharmacokinetics.
        Pharmacotherapy2022 => "pharmacotherapy_2022",
        /// Reference: Peltoniemi et al. 2016.
        Peltoniemi2016 => "peltoniemi_2016",
        /// Reference: Anesthesiology 2021;135(2):326.
        Anesthesiology2021 => "anesthesiology_2021",
        /// Reference: Secondary summaries of the pharmacokinetic literature.
        PkSecondarySummaries => "pk_secondary_summaries",
        /// Reference: Shahani et al., Ketamine-associated ulcerative cystitis: a new clinical entity, Urology 2007;69(5):810-2.
        Shahani2007 => "shahani_2007",
    }
}

facts_enum! {
    /// What kind of source a [`Source`] is.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Source, SourceKind};
    ///
    /// let articles = Source::ALL.iter().filter(|s| s.kind() == SourceKind::Article).count();
    /// assert_eq!(articles, 5);
    /// ```
    #[non_exhaustive]
    pub enum SourceKind ("source kind") {
        /// One of the five web articles in `shared/sources`: undated, unreviewed,
        /// sometimes wrong. Cited by section heading.
        Article => "article",
        /// A checked primary or secondary source (a regulator's label, a trial
        /// publication, a registry, a terminology).
        Reference => "reference",
    }
}

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

macro_rules! sections {
    ($(
        $Variant:ident => ($source:ident, $heading:literal),
    )+) => {
        /// A section of an article, by its heading as printed.
        ///
        /// Headings are kept verbatim, typos included ("How Does Ketamine Affects
        /// the Brain?", "What Is Ketamin?"), so a citation can be found in the
        /// article by plain text search. Text that stands before an article's first
        /// heading is cited with no section (see [`Citation`](crate::Citation)).
        ///
        /// `Display` writes `source: heading` (headings repeat across articles:
        /// both 001 and 004 have a "Conclusion"); [`heading`](Self::heading) gives
        /// the heading alone. `FromStr` takes either form; a bare heading must
        /// belong to one article only.
        ///
        /// # Example
        ///
        /// ```
        /// use ketamine_facts::{Section, Source};
        ///
        /// let section = Section::HistoryOfKetamine;
        /// assert_eq!(section.heading(), "The History of Ketamine");
        /// assert_eq!(section.source(), Source::WhatIsKetamin);
        /// assert_eq!(section.to_string(), "what_is_ketamin: The History of Ketamine");
        /// assert_eq!("the history of ketamine".parse(), Ok(section));
        /// assert!("Conclusion".parse::<Section>().is_err()); // two articles have one
        /// assert_eq!(
        ///     "unlocking_the_mysteries: Conclusion".parse(),
        ///     Ok(Section::UnlockingConclusion),
        /// );
        /// ```
        #[non_exhaustive]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Section {
            $(
                #[doc = concat!("\"", $heading, "\"")]
                $Variant,
            )+
        }

        impl Section {
            /// Every section, article by article, in the order of the text.
            ///
            /// # Example
            ///
            /// ```
            /// use ketamine_facts::Section;
            ///
            /// assert!(Section::ALL.iter().all(|s| s.source().sections().contains(s)));
            /// ```
            pub const ALL: &'static [Section] = &[$(Self::$Variant),+];

            /// The heading, verbatim as printed in the article.
            ///
            /// # Example
            ///
            /// ```
            /// use ketamine_facts::Section;
            ///
            /// assert_eq!(Section::Step1Assessment.heading(), "Step 1: Assessment");
            /// ```
            #[must_use]
            pub const fn heading(self) -> &'static str {
                match self {
                    $(Self::$Variant => $heading,)+
                }
            }

            /// The article the section belongs to.
            ///
            /// # Example
            ///
            /// ```
            /// use ketamine_facts::{Section, Source};
            ///
            /// assert_eq!(Section::ClinicalEvidence.source(), Source::UnlockingTheMysteries);
            /// ```
            #[must_use]
            pub const fn source(self) -> Source {
                match self {
                    $(Self::$Variant => Source::$source,)+
                }
            }
        }

        const ALL_SECTIONS_BY_SOURCE: &[(Source, Section)] = &[$((Source::$source, Section::$Variant)),+];
    };
}

sections! {
    HowDoesKetamineAffectsTheBrain => (MentalHealthOverview, "How Does Ketamine Affects the Brain?"),
    WhatResearchExists => (MentalHealthOverview, "What Research Exists on Ketamine in Mental Health?"),
    WhatAreTherapeuticUses => (MentalHealthOverview, "What are Therapeutic Uses?"),
    WhatAreSafetyAndConsiderations => (MentalHealthOverview, "What are Safety and Considerations"),
    MovingForward => (MentalHealthOverview, "Moving Forward with Innovative Approaches"),

    RevolutionaryTreatmentTitle => (RevolutionaryTreatment, "Understanding Ketamine: A Revolutionary Treatment for Depression and Beyond"),
    WhatIsKetamine => (RevolutionaryTreatment, "What Is Ketamine?"),
    HowDoesKetamineWork => (RevolutionaryTreatment, "How Does Ketamine Work?"),
    UsesInMentalHealth => (RevolutionaryTreatment, "Uses of Ketamine in Mental Health"),
    RevolutionaryConclusion => (RevolutionaryTreatment, "Conclusion"),
    PtsdBenefitsTeaser => (RevolutionaryTreatment, "The Benefits of Ketamine Therapy for Patients Suffering from PTSD"),
    NasalSprayTeaser => (RevolutionaryTreatment, "Understanding Nasal Spray Ketamine: How It Works and Its Therapeutic Benefits"),
    LowDoseTeaser => (RevolutionaryTreatment, "How Low-Dose Ketamine Can Help with Medication-Resistant Depression"),

    Overview => (WhatIsKetamin, "Understanding Ketamine: An Overview"),
    HistoryOfKetamine => (WhatIsKetamin, "The History of Ketamine"),
    MedicalUses => (WhatIsKetamin, "Medical Uses of Ketamine"),
    MechanismBehindEffects => (WhatIsKetamin, "How Does Ketamine Work? The Mechanism Behind Its Effects"),
    AdministrationMethods => (WhatIsKetamin, "Ketamine Administration Methods"),
    RoleOfClinics => (WhatIsKetamin, "The Role of Ketamine Clinics"),
    PotentialBenefits => (WhatIsKetamin, "Potential Benefits of Ketamine Therapy"),
    RisksAndSideEffects => (WhatIsKetamin, "Risks and Side Effects Associated with Ketamine"),
    FutureOfResearch => (WhatIsKetamin, "The Future of Ketamine Research"),
    KeyTakeaways => (WhatIsKetamin, "Key Takeaways: Ketamine"),
    FrequentlyAskedQuestions => (WhatIsKetamin, "Frequently Asked Questions: What Is Ketamin?"),
    FaqWhatIsKetamine => (WhatIsKetamin, "What is ketamine and how is it used in medical settings?"),
    FaqMechanism => (WhatIsKetamin, "How does the mechanism of action of ketamine differ from traditional antidepressants?"),
    FaqAdministration => (WhatIsKetamin, "What are the different administration methods for ketamine?"),
    FaqBenefits => (WhatIsKetamin, "What are some potential benefits of ketamine therapy?"),
    FaqRisks => (WhatIsKetamin, "What risks and side effects are associated with ketamine use?"),
    FaqReputableClinic => (WhatIsKetamin, "How does one find a reputable ketamine clinic?"),
    FaqOngoingResearch => (WhatIsKetamin, "Is there ongoing research regarding ketamine’s therapeutic applications?"),
    FaqNeuroplasticity => (WhatIsKetamin, "What role does neuroplasticity play in the effectiveness of ketamine?"),
    FaqPopulations => (WhatIsKetamin, "Certain populations may benefit more from ketamine therapy?"),
    FaqInfusionSession => (WhatIsKetamin, "What should one expect during a typical ketamine infusion session?"),
    WhatIsKetaminConclusion => (WhatIsKetamin, "Conclusion – What Is Ketamin?"),

    UnlockingTheMysteriesTitle => (UnlockingTheMysteries, "Unlocking the Mysteries: How Does Ketamine Work in the Brain?"),
    UnderstandingKetamine => (UnlockingTheMysteries, "Understanding Ketamine"),
    RoleOfNeurochemistry => (UnlockingTheMysteries, "The Role of Neurochemistry"),
    KetamineAndDepression => (UnlockingTheMysteries, "Ketamine and Depression"),
    ClinicalEvidence => (UnlockingTheMysteries, "Clinical Evidence"),
    TherapyProcess => (UnlockingTheMysteries, "Ketamine Therapy: The Process"),
    Step1Assessment => (UnlockingTheMysteries, "Step 1: Assessment"),
    Step2TreatmentPlan => (UnlockingTheMysteries, "Step 2: Treatment Plan"),
    Step3Administration => (UnlockingTheMysteries, "Step 3: Administration of Ketamine"),
    Step4FollowUp => (UnlockingTheMysteries, "Step 4: Follow-Up and Support"),
    ResearchAndFutureDirections => (UnlockingTheMysteries, "Research and Future Directions"),
    CombiningWithOtherTherapies => (UnlockingTheMysteries, "Combining Ketamine with Other Therapies"),
    TroubleshootingAndConsiderations => (UnlockingTheMysteries, "Troubleshooting and Considerations"),
    UnlockingConclusion => (UnlockingTheMysteries, "Conclusion"),
}

/// Splits a `Section` slice out of the one table, per article, at compile time.
const fn sections_of<const N: usize>(source: Source) -> [Section; N] {
    let mut out = [Section::HowDoesKetamineAffectsTheBrain; N];
    let mut filled = 0;
    let mut i = 0;
    while i < ALL_SECTIONS_BY_SOURCE.len() {
        let (s, section) = ALL_SECTIONS_BY_SOURCE[i];
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

impl Section {
    /// The section of `source` whose heading is `heading` (exact text), if any.
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::{Section, Source};
    ///
    /// assert_eq!(
    ///     Section::find(Source::RevolutionaryTreatment, "Conclusion"),
    ///     Some(Section::RevolutionaryConclusion),
    /// );
    /// assert_eq!(Section::find(Source::RiseOfKetamineTherapy, "Conclusion"), None);
    /// ```
    #[must_use]
    pub fn find(source: Source, heading: &str) -> Option<Section> {
        source
            .sections()
            .iter()
            .copied()
            .find(|section| section.heading() == heading)
    }
}

impl fmt::Display for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source(), self.heading())
    }
}

impl FromStr for Section {
    type Err = ParseError;

    /// Trims once, splits once at the first colon, then compares: linear in
    /// the input.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        // "source: heading" (no source name has a colon; a heading may)
        if let Some((source, heading)) = text.split_once(':')
            && let Ok(source) = source.parse::<Source>()
            && let Some(section) = Self::find_ignoring_case(source, heading.trim())
        {
            return Ok(section);
        }
        // a bare heading, when only one article has it
        let mut found = Self::ALL
            .iter()
            .filter(|section| section.heading().eq_ignore_ascii_case(text));
        match (found.next(), found.next()) {
            (Some(section), None) => Ok(*section),
            _ => Err(ParseError::new(input, "section", SECTION_FORMS)),
        }
    }
}

impl Section {
    /// The section of `source` whose heading is `heading`, ignoring ASCII case.
    fn find_ignoring_case(source: Source, heading: &str) -> Option<Section> {
        source
            .sections()
            .iter()
            .copied()
            .find(|section| section.heading().eq_ignore_ascii_case(heading))
    }
}

const SECTION_FORMS: &[&str] = &[
    "\"<source>: <heading as printed>\"",
    "a heading that only one article has",
];

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Section {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> serde::Deserialize<'de> for Section {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::macros::deserialize_by_name(deserializer)
    }
}
