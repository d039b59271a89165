//! Side effects and risks of ketamine.

use crate::macros::facts_enum;

facts_enum! {
    /// A side effect or risk that a source names. (Data and methods: to be filled in.)
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::SideEffect;
    ///
    /// assert_eq!("high blood pressure".parse(), Ok(SideEffect::IncreasedBloodPressure));
    /// ```
    #[non_exhaustive]
    pub enum SideEffect ("side effect") {
        /// Feeling detached from reality; described as psychedelic.
        Dissociation => "dissociation" | "dissociative" | "detachment",
        /// Altered perception.
        PerceptionChanges => "perception_changes" | "altered perception" | "changes in perception",
        /// Dizziness.
        Dizziness => "dizziness" | "dizzy",
        /// Nausea.
        Nausea => "nausea",
        /// Vomiting.
        Vomiting => "vomiting",
        /// A temporary rise in blood pressure.
        IncreasedBloodPressure => "increased_blood_pressure" | "high blood pressure" | "blood pressure" | "hypertension",
        /// Bladder and urinary-tract problems with long-term high-dose use (ulcerative cystitis).
        BladderProblems => "bladder_problems" | "bladder" | "urinary tract problems" | "cystitis" | "ulcerative cystitis",
        /// Sedation (from the Spravato label).
        Sedation => "sedation" | "drowsiness",
        /// Vertigo (from the Spravato label).
        Vertigo => "vertigo",
    }
}
