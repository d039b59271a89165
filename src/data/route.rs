//! Claims whose home subject (their first) is a route of administration.

use super::prelude::*;

rows! {
    "route/intravenous-most-common-for-depression" [Route(Iv), Indication(Depression), Formulation(Ketamine)]
        "IV infusion is the most common way ketamine is given to treat depression."
        [(AdministrationMethods, StandardPractice)]
        disputes [MostCommonMethod];
    "route/intravenous-most-common-in-003-faq" [Route(Iv)]
        "Article 003's FAQ calls IV infusion the most common method of giving ketamine."
        [(FaqAdministration, StandardPractice)]
        disputes [MostCommonMethod];
    "route/intravenous-infusion-40-minutes" [Route(Iv), ProcessItem(InfusionDuration), TherapyStep(Administration), ClinicPractice(SupervisedSessions)]
        "In ketamine treatment for depression, one IV infusion runs for about 40 minutes."
        [(AdministrationMethods, StandardPractice), (FaqAdministration, Stated), (FaqInfusionSession, Stated)];
    "route/intravenous-low-dose" [Route(Iv)]
        "In ketamine treatment for depression, the IV infusion gives a low dose."
        [(AdministrationMethods, StandardPractice), (FaqAdministration, Stated)];
    "route/intravenous-precise-dose-control" [Route(Iv)]
        "Giving ketamine by IV infusion allows precise control of the dose, and the infusion acts immediately."
        [(FaqAdministration, Stated)];
    "route/intranasal-spravato-fda-approval-in-003" [Route(Intranasal), Indication(TreatmentResistantDepression), HistoryEvent(NasalSprayApproval), Formulation(EsketamineNasalSpray)]
        "Article 003: the FDA approved a nasal spray of esketamine, sold as Spravato, for treatment-resistant depression."
        [(AdministrationMethods, RegulatoryApproval), (FaqAdministration, RegulatoryApproval)]
        disputes [WhatTheFdaApproved];
    "route/intranasal-alternative-to-iv" [Route(Intranasal), Formulation(EsketamineNasalSpray)]
        "The esketamine nasal spray (Spravato) suits patients who would rather not have IV infusions; article 003 calls it a convenient alternative."
        [(FaqAdministration, Stated)]
        disputes [NasalSprayConvenience];
    "route/intranasal-fda-approval-rapid-acting-in-002" [Route(Intranasal), Indication(TreatmentResistantDepression), HistoryEvent(NasalSprayApproval), Formulation(EsketamineNasalSpray)]
        "Article 002: the FDA approved a ketamine nasal spray for treatment-resistant depression, prompted by its rapid onset; the article calls it the first rapid-acting antidepressant to reach the market."
        [(whole RiseOfKetamineTherapy, RegulatoryApproval)]
        disputes [WhatTheFdaApproved];
    "route/intranasal-newer-development" [Route(Intranasal), Indication(Depression)]
        "Using ketamine as a nasal spray for conditions such as depression is one of the newer developments in the field."
        [(NasalSprayTeaser, Stated)];
    "route/intramuscular-chosen-in-certain-cases" [Route(Im), Formulation(Ketamine)]
        "In certain cases, providers may choose to give ketamine by intramuscular injection."
        [(AdministrationMethods, Stated), (FaqAdministration, Stated)];
    "route/oral-less-common-variable-absorption" [Route(Oral), Formulation(Ketamine)]
        "Ketamine is given by mouth less often than by the other routes because its absorption varies, though some practitioners prescribe oral ketamine for particular patients."
        [(AdministrationMethods, Stated), (FaqAdministration, Stated)];
}
