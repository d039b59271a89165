//! Substances: racemic ketamine and esketamine, with their identifiers.

use crate::macros::facts_enum;

facts_enum! {
    /// A chemical substance the crate describes. (Identifiers: to be filled in.)
    ///
    /// # Example
    ///
    /// ```
    /// use ketamine_facts::Substance;
    ///
    /// assert_eq!("esketamine".parse(), Ok(Substance::Esketamine));
    /// ```
    #[non_exhaustive]
    pub enum Substance ("substance") {
        /// Ketamine, the racemic mixture of its R- and S-enantiomers.
        Ketamine => "ketamine" | "racemic ketamine" | "ketalar",
        /// Esketamine, the S-enantiomer; the substance in Spravato nasal spray.
        Esketamine => "esketamine" | "s-ketamine" | "spravato",
    }
}
