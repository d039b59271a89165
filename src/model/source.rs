//! Where facts come from: the source articles and their section headings.

use core::fmt;

use core::str::FromStr;

use crate::ParseError;

use crate::model::macros::names;

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
/// Non-exhaustive: a new edition can add a reference source.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Source, SourceKind};
///
/// let source: Source = "what_is_ketamine".parse()?;
/// assert_eq!(source, Source::WhatIsKetamine);
/// assert_eq!(source.kind(), SourceKind::Article);
/// assert_eq!(source.file(), Some("003_2ccf404e00c35a56.txt"));
/// assert_eq!(Source::UnlockingTheMysteries.author(), Some("SubstanceAbuseAction Team"));
/// # Ok::<(), ketamine_facts::ParseError>(())
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// Article 000: an untitled overview of ketamine in mental health
    /// (mechanism, research, therapeutic use, safety).
    MentalHealthOverview,
    /// Article 001: "Understanding Ketamine: A Revolutionary Treatment for
    /// Depression and Beyond", a clinic blog post.
    RevolutionaryTreatment,
    /// Article 002: an untitled essay on the rise of ketamine therapy. It has
    /// no headings, so its citations have no section.
    RiseOfKetamineTherapy,
    /// Article 003: "What Is Ketamin?", the most detailed of the five.
    WhatIsKetamine,
    /// Article 004: "Unlocking the Mysteries: How Does Ketamine Work in the
    /// Brain?", by the `SubstanceAbuseAction` Team.
    UnlockingTheMysteries,
    /// Reference: WHO Drug Information 32(4), 2018: ATC/DDD classification.
    WhoDrugInformation2018,
    /// Reference: `DrugBank`.
    DrugBank,
    /// Reference: `PubChem`.
    PubChem,
    /// Reference: CAS / Merck Index entry, CAS registry number.
    CasRegistry,
    /// Reference: FDA Global Substance Registration System.
    FdaGsrs,
    /// Reference: Spravato prescribing information, esketamine nasal spray (Janssen).
    SpravatoPrescribingInformation,
    /// Reference: Spravato REMS program.
    SpravatoRems,
    /// Reference: Spravato patient information: What is SPRAVATO.
    SpravatoPatientInformation,
    /// Reference: SNOMED CT route of administration concepts (284009009), as used by the HL7 FHIR value set route-codes.
    SnomedCtRouteCodes,
    /// Reference: FDA Structured Product Labeling route-of-administration terminology (NCI thesaurus codes).
    FdaSplRouteTerminology,
    /// Reference: APA Publishing textbook chapter on ketamine.
    ApaTextbookKetamineChapter,
    /// Reference: Erowid, Ketamine Timeline.
    ErowidKetamineTimeline,
    /// Reference: Review article on the history of ketamine.
    HistoryReviewPmc4933765,
    /// Reference: Domino, Taming the Ketamine Tiger, Anesthesiology 2010;113(3):678-84.
    DominoTamingTheKetamineTiger,
    /// Reference: Ketamine hydrochloride injection label (Ketalar, Parke-Davis, NDA 016812), `DailyMed`.
    KetalarLabel,
    /// Reference: Mercer, The Drug of War, J R Nav Med Serv 2009;95(3):145-50.
    MercerDrugOfWar,
    /// Reference: WHO, WHO recommends against international control of ketamine, 2015.
    WhoKetamineControl2015,
    /// Reference: Federal Register, 64 FR 37673 (13 July 1999).
    FederalRegister1999,
    /// Reference: Berman et al., Biological Psychiatry 2000;47(4):351-354.
    Berman2000,
    /// Reference: Zarate et al., A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression, Arch Gen Psychiatry 2006.
    Zarate2006,
    /// Reference: Murrough et al., Antidepressant efficacy of ketamine in treatment-resistant major depression: a two-site randomized controlled trial, Am J Psychiatry 2013.
    Murrough2013,
    /// Reference: FDA / Janssen announcement of 5 March 2019.
    JanssenFdaApproval2019,
    /// Reference: Janssen announcement of 19 December 2019.
    JanssenEuApproval2019,
    /// Reference: BMJ 2019;367:l7069.
    Bmj2019,
    /// Reference: Janssen announcement of 3 August 2020.
    JanssenSuicidalIdeation2020,
    /// Reference: Johnson & Johnson announcement of 21 January 2025.
    JnjMonotherapy2025,
    /// Reference: Fava et al., Double-blind, placebo-controlled, dose-ranging trial of intravenous ketamine as adjunctive therapy in treatment-resistant depression (TRD), Mol Psychiatry 2020;25(7):1592-1603 (online 2018).
    Fava2018,
    /// Reference: Yanagihara et al., Biopharmaceutics & Drug Disposition 2003.
    Yanagihara2003,
    /// Reference: Rolan et al., Br J Clin Pharmacol 2014;77(6):1011-6 (online 2013): a sublingual-wafer study, not a review.
    Rolan2013,
    /// Reference: Pharmacotherapy 2022, intranasal ketamine pharmacokinetics.
    Pharmacotherapy2022,
    /// Reference: Peltoniemi et al. 2016.
    Peltoniemi2016,
    /// Reference: Anesthesiology 2021;135(2):326.
    Anesthesiology2021,
    /// Reference: Secondary summaries of the pharmacokinetic literature.
    PkSecondarySummaries,
    /// Reference: Shahani et al., Ketamine-associated ulcerative cystitis: a new clinical entity, Urology 2007;69(5):810-2.
    Shahani2007,
    /// Reference: Reviews of ketamine pharmacokinetics, for the intranasal range usually quoted in reviews (no single review pinned down).
    IntranasalBioavailabilityReviews,
    /// Reference: FDA substance data, openFDA substance record of UNII 690G0D6V8H.
    OpenFdaSubstanceRecord,
    /// Reference: FDA NDC Directory, openFDA NDC record of Spravato.
    FdaNdcDirectory,
    /// Reference: HL7 FHIR SPL implementation guide terminology (HL7/fhir-spl).
    Hl7FhirSplTerminology,
    /// Reference: HL7 Terminology (THO, HL7/UTG) naming systems.
    Hl7TerminologyNamingSystems,
    /// Reference: FDA GSRS source code (UNII generator and its tests).
    FdaGsrsSourceCode,
}

names! {
    Source ("source") {
        MentalHealthOverview => "mental_health_overview" | "000" | "article 000",
        RevolutionaryTreatment => "revolutionary_treatment" | "001" | "article 001",
        RiseOfKetamineTherapy => "rise_of_ketamine_therapy" | "002" | "article 002",
        WhatIsKetamine => "what_is_ketamine" | "what_is_ketamine" | "003" | "article 003",
        UnlockingTheMysteries => "unlocking_the_mysteries" | "004" | "article 004",
        WhoDrugInformation2018 => "who_drug_information_2018",
        DrugBank => "drugbank",
        PubChem => "pubchem",
        CasRegistry => "cas_registry",
        FdaGsrs => "fda_gsrs",
        SpravatoPrescribingInformation => "spravato_prescribing_information",
        SpravatoRems => "spravato_rems",
        SpravatoPatientInformation => "spravato_patient_information",
        SnomedCtRouteCodes => "snomed_ct_route_codes",
        FdaSplRouteTerminology => "fda_spl_route_terminology",
        ApaTextbookKetamineChapter => "apa_textbook_ketamine_chapter",
        ErowidKetamineTimeline => "erowid_ketamine_timeline",
        HistoryReviewPmc4933765 => "history_review_pmc4933765",
        DominoTamingTheKetamineTiger => "domino_2010",
        KetalarLabel => "ketalar_label",
        MercerDrugOfWar => "mercer_2009",
        WhoKetamineControl2015 => "who_2015",
        FederalRegister1999 => "federal_register_64_fr_37673",
        Berman2000 => "berman_2000",
        Zarate2006 => "zarate_2006",
        Murrough2013 => "murrough_2013",
        JanssenFdaApproval2019 => "janssen_2019_03_05",
        JanssenEuApproval2019 => "janssen_2019_12_19",
        Bmj2019 => "bmj_2019",
        JanssenSuicidalIdeation2020 => "janssen_2020_08_03",
        JnjMonotherapy2025 => "jnj_2025_01_21",
        Fava2018 => "fava_2018",
        Yanagihara2003 => "yanagihara_2003",
        Rolan2013 => "rolan_2013",
        Pharmacotherapy2022 => "pharmacotherapy_2022",
        Peltoniemi2016 => "peltoniemi_2016",
        Anesthesiology2021 => "anesthesiology_2021",
        PkSecondarySummaries => "pk_secondary_summaries",
        Shahani2007 => "shahani_2007",
        IntranasalBioavailabilityReviews => "intranasal_bioavailability_reviews",
        OpenFdaSubstanceRecord => "openfda_substance_690g0d6v8h",
        FdaNdcDirectory => "fda_ndc_directory",
        Hl7FhirSplTerminology => "hl7_fhir_spl_terminology",
        Hl7TerminologyNamingSystems => "hl7_terminology_naming_systems",
        FdaGsrsSourceCode => "fda_gsrs_source_code",
    }
}

/// What kind of source a [`Source`] is.
///
/// Exhaustive: closed set because every source is either one of the articles the
/// crate was built from or a reference source that checks them.
///
/// # Example
///
/// ```
/// use ketamine_facts::{Source, SourceKind};
///
/// let articles = Source::ALL.iter().filter(|s| s.kind() == SourceKind::Article).count();
/// assert_eq!(articles, 5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceKind {
    /// One of the five web articles in `shared/sources`: undated, unreviewed,
    /// sometimes wrong. Cited by section heading.
    Article,
    /// A checked primary or secondary source (a regulator's label, a trial
    /// publication, a registry, a terminology).
    Reference,
}

names! {
    SourceKind ("source kind") {
        Article => "article",
        Reference => "reference",
    }
}

/// One row of the sources table (`data/sources.rs`): everything the crate
/// says about a [`Source`] besides its sections. The table has one row per
/// source, in the order of [`Source::ALL`]; the build checks it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SourceRow {
    /// The source the row describes.
    pub(crate) source: Source,
    /// Article or reference source.
    pub(crate) kind: SourceKind,
    /// The printed title, or a description in brackets.
    pub(crate) title: &'static str,
    /// The author or publisher as printed, where the source names one.
    pub(crate) author: Option<&'static str>,
    /// The file in `shared/sources/` that keeps an article's text.
    pub(crate) file: Option<&'static str>,
    /// A DOI, `PubMed` id, Federal Register citation or URL, where there is one.
    pub(crate) identifier: Option<&'static str>,
    /// What the source covers, in a line.
    pub(crate) covers: &'static str,
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
        /// assert_eq!(section.source(), Source::WhatIsKetamine);
        /// assert_eq!(section.to_string(), "what_is_ketamine: The History of Ketamine");
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
    };
}

sections! {
    HowDoesKetamineAffectTheBrain => (MentalHealthOverview, "How Does Ketamine Affects the Brain?"),
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

    Overview => (WhatIsKetamine, "Understanding Ketamine: An Overview"),
    HistoryOfKetamine => (WhatIsKetamine, "The History of Ketamine"),
    MedicalUses => (WhatIsKetamine, "Medical Uses of Ketamine"),
    MechanismBehindEffects => (WhatIsKetamine, "How Does Ketamine Work? The Mechanism Behind Its Effects"),
    AdministrationMethods => (WhatIsKetamine, "Ketamine Administration Methods"),
    RoleOfClinics => (WhatIsKetamine, "The Role of Ketamine Clinics"),
    PotentialBenefits => (WhatIsKetamine, "Potential Benefits of Ketamine Therapy"),
    RisksAndSideEffects => (WhatIsKetamine, "Risks and Side Effects Associated with Ketamine"),
    FutureOfResearch => (WhatIsKetamine, "The Future of Ketamine Research"),
    KeyTakeaways => (WhatIsKetamine, "Key Takeaways: Ketamine"),
    FrequentlyAskedQuestions => (WhatIsKetamine, "Frequently Asked Questions: What Is Ketamin?"),
    FaqWhatIsKetamine => (WhatIsKetamine, "What is ketamine and how is it used in medical settings?"),
    FaqMechanism => (WhatIsKetamine, "How does the mechanism of action of ketamine differ from traditional antidepressants?"),
    FaqAdministration => (WhatIsKetamine, "What are the different administration methods for ketamine?"),
    FaqBenefits => (WhatIsKetamine, "What are some potential benefits of ketamine therapy?"),
    FaqRisks => (WhatIsKetamine, "What risks and side effects are associated with ketamine use?"),
    FaqReputableClinic => (WhatIsKetamine, "How does one find a reputable ketamine clinic?"),
    FaqOngoingResearch => (WhatIsKetamine, "Is there ongoing research regarding ketamine’s therapeutic applications?"),
    FaqNeuroplasticity => (WhatIsKetamine, "What role does neuroplasticity play in the effectiveness of ketamine?"),
    FaqPopulations => (WhatIsKetamine, "Certain populations may benefit more from ketamine therapy?"),
    FaqInfusionSession => (WhatIsKetamine, "What should one expect during a typical ketamine infusion session?"),
    WhatIsKetamineConclusion => (WhatIsKetamine, "Conclusion – What Is Ketamin?"),

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

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl serde::Serialize for Section {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

const SECTION_FORMS: &[&str] = &[
    "\"<source>: <heading as printed>\"",
    "a heading that only one article has",
];

impl Section {
    /// The section of `source` whose heading is `heading`, ignoring ASCII case.
    fn find_ignoring_case(source: Source, heading: &str) -> Option<Section> {
        Self::ALL
            .iter()
            .copied()
            .find(|s| s.source() == source && s.heading().eq_ignore_ascii_case(heading))
    }
}

/// The 0.1.0 names that copied an article's typo ("What Is Ketamin?").
#[allow(non_upper_case_globals)]
impl Source {
    /// Article 003, under the name 0.1.0 gave it.
    #[deprecated(since = "0.2.0", note = "use Source::WhatIsKetamine")]
    pub const WhatIsKetamin: Source = Source::WhatIsKetamine;
}

/// The 0.1.0 names that copied a heading's typo; the headings themselves stay
/// verbatim ([`Section::heading`]).
#[allow(non_upper_case_globals)]
impl Section {
    /// "How Does Ketamine Affects the Brain?", under the name 0.1.0 gave it.
    #[deprecated(since = "0.2.0", note = "use Section::HowDoesKetamineAffectTheBrain")]
    pub const HowDoesKetamineAffectsTheBrain: Section = Section::HowDoesKetamineAffectTheBrain;
    /// Article 003's conclusion, under the name 0.1.0 gave it.
    #[deprecated(since = "0.2.0", note = "use Section::WhatIsKetamineConclusion")]
    pub const WhatIsKetaminConclusion: Section = Section::WhatIsKetamineConclusion;
}
