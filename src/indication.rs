//! Indications: what ketamine is used, or studied, for.

use crate::macros::facts_enum;

facts_enum! {
    /// A condition or use that the sources say ketamine treats, may treat, or is
    /// being studied for. (Data and methods: to be filled in.)
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Indication;
    ///
    /// assert_eq!("TRD".parse(), Ok(Indication::TreatmentResistantDepression));
    /// ```
    #[non_exhaustive]
    pub enum Indication ("indication") {
        /// Anesthesia for surgery and emergencies.
        Anesthesia => "anesthesia" | "anaesthesia" | "surgery" | "surgical anesthesia",
        /// Chronic pain conditions.
        ChronicPain => "chronic_pain" | "pain" | "pain management",
        /// Depression, major depressive disorder.
        Depression => "depression" | "mdd" | "major depressive disorder" | "major depression",
        /// Treatment-resistant depression.
        TreatmentResistantDepression => "treatment_resistant_depression" | "trd" | "treatment resistant depression" | "medication resistant depression",
        /// Severe depression with acute suicidal thoughts.
        SuicidalIdeation => "suicidal_ideation" | "suicidal thoughts" | "suicidality",
        /// Post-traumatic stress disorder.
        Ptsd => "ptsd" | "post traumatic stress disorder" | "posttraumatic stress disorder",
        /// Depressive episodes of bipolar disorder.
        BipolarDepression => "bipolar_depression" | "bipolar" | "bipolar disorder",
        /// Anxiety disorders.
        AnxietyDisorders => "anxiety_disorders" | "anxiety",
        /// Substance use disorders.
        SubstanceUseDisorders => "substance_use_disorders" | "sud" | "substance use" | "addiction",
        /// Obsessive-compulsive disorder.
        ObsessiveCompulsiveDisorder => "obsessive_compulsive_disorder" | "ocd",
        /// Depression tied to pain.
        PainRelatedDepression => "pain_related_depression",
        /// Severe mood disorders in children and adolescents (a weakly supported claim).
        PediatricMoodDisorders => "pediatric_mood_disorders" | "pediatric" | "children",
    }
}
