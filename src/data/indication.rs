//! Claims whose home subject (their first) is an indication.

use super::prelude::*;
use crate::{
    Benefit, Claim, Comparison, Disagreement, Evidence, Formulation, HistoryEvent, Indication,
    Mechanism, ResearchDirection, Route, Section, Source,
};

/// The rows, in the order the knowledge base lists them.
pub(crate) const ROWS: &[Claim] = &[
    Claim::new(
        "indication/anesthesia-anesthetic",
        &[S::Indication(Indication::Anesthesia)],
        "Ketamine is an anesthetic.",
        &[whole(Source::WhatIsKetamin, Evidence::Stated), at(Section::WhatIsKetamine, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated), at(Section::KeyTakeaways, Evidence::Stated)],
    ),
    Claim::new(
        "indication/anesthesia-best-known-use",
        &[S::Indication(Indication::Anesthesia)],
        "Ketamine is best known as an anesthetic.",
        &[whole(Source::MentalHealthOverview, Evidence::Stated), at(Section::MedicalUses, Evidence::Stated), at(Section::FaqWhatIsKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "indication/anesthesia-original-purpose",
        &[S::Indication(Indication::Anesthesia), S::HistoryEvent(HistoryEvent::DevelopedInThe1960s)],
        "Ketamine was first developed as an anesthetic.",
        &[at(Section::RevolutionaryTreatmentTitle, Evidence::Stated), at(Section::WhatIsKetamine, Evidence::Stated), whole(Source::RiseOfKetamineTherapy, Evidence::Stated), at(Section::Overview, Evidence::Stated), at(Section::UnlockingTheMysteriesTitle, Evidence::Stated)],
    ),
    Claim::new(
        "indication/anesthesia-to-mental-health-shift",
        &[S::Indication(Indication::Anesthesia)],
        "After its start as an anesthetic, ketamine has been taken up in mental health treatment.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Stated), at(Section::Overview, Evidence::Stated), at(Section::UnlockingTheMysteriesTitle, Evidence::Stated)],
    ),
    Claim::new(
        "indication/anesthesia-surgery",
        &[S::Indication(Indication::Anesthesia)],
        "Ketamine is used to anesthetize patients for surgery (article 004: for decades).",
        &[at(Section::MedicalUses, Evidence::StandardPractice), at(Section::FaqWhatIsKetamine, Evidence::StandardPractice), at(Section::WhatIsKetaminConclusion, Evidence::StandardPractice), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "indication/anesthesia-emergency-medicine",
        &[S::Indication(Indication::Anesthesia)],
        "Ketamine is used for anesthesia in emergency medicine.",
        &[at(Section::MedicalUses, Evidence::StandardPractice), at(Section::FaqWhatIsKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "indication/anesthesia-rapid-onset",
        &[S::Indication(Indication::Anesthesia)],
        "Ketamine takes effect quickly, which makes it valuable where anesthesia is needed fast.",
        &[at(Section::MedicalUses, Evidence::Stated), at(Section::FaqWhatIsKetamine, Evidence::Stated), at(Section::WhatIsKetaminConclusion, Evidence::Stated)],
    ),
    Claim::new(
        "indication/anesthesia-preserved-breathing",
        &[S::Indication(Indication::Anesthesia), S::HistoryEvent(HistoryEvent::WidelyUsedAnesthetic)],
        "Ketamine brings on anesthesia while the patient keeps breathing on their own.",
        &[at(Section::WhatIsKetamine, Evidence::Stated), at(Section::HistoryOfKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "indication/chronic-pain-hedged-in-003-list",
        &[S::Indication(Indication::ChronicPain)],
        "Article 003's list of medical uses says, hedged with \"can\", that its pain-relieving properties can make ketamine effective for managing chronic pain conditions.",
        &[at(Section::MedicalUses, Evidence::Stated)],
    )
    .disputed(&[Disagreement::ChronicPainWording]),
    Claim::new(
        "indication/chronic-pain-unhedged-in-003-faq",
        &[S::Indication(Indication::ChronicPain)],
        "Article 003's FAQ says without a hedge that ketamine is used in pain management to ease chronic pain conditions.",
        &[at(Section::FaqWhatIsKetamine, Evidence::Stated)],
    )
    .disputed(&[Disagreement::ChronicPainWording]),
    Claim::new(
        "indication/chronic-pain-in-003-table",
        &[S::Indication(Indication::ChronicPain)],
        "Article 003's table calls ketamine effective for chronic pain syndromes, with no qualifier and no cited evidence.",
        &[at(Section::WhatIsKetaminConclusion, Evidence::Stated)],
    )
    .disputed(&[Disagreement::ChronicPainWording]),
    Claim::new(
        "indication/chronic-pain-mood-and-pain-observations",
        &[S::Indication(Indication::ChronicPain), S::Indication(Indication::Depression), S::HistoryEvent(HistoryEvent::MoodAndPainNoticed)],
        "Over time, researchers saw that patients given ketamine (the article does not say for what) reported better mood and less pain, which drew interest to its psychological effects.",
        &[at(Section::WhatIsKetamine, Evidence::PatientReports)],
    ),
    Claim::new(
        "indication/depression-definition",
        &[S::Indication(Indication::Depression)],
        "Depression is a complex disorder marked by lasting sadness, lost interest and problems with thinking.",
        &[at(Section::KetamineAndDepression, Evidence::Stated)],
    ),
    Claim::new(
        "indication/depression-global-burden",
        &[S::Indication(Indication::Depression), S::Indication(Indication::TreatmentResistantDepression)],
        "Depression is a debilitating condition that touches millions of people worldwide, and some have a more stubborn form of it.",
        &[at(Section::LowDoseTeaser, Evidence::Stated)],
    ),
    Claim::new(
        "indication/depression-shown-promise",
        &[S::Indication(Indication::Depression)],
        "Ketamine has shown promise as a treatment for depression.",
        &[at(Section::MedicalUses, Evidence::Preliminary), at(Section::KetamineAndDepression, Evidence::Preliminary)],
    ),
    Claim::new(
        "indication/depression-major-depressive-disorder",
        &[S::Indication(Indication::Depression)],
        "Article 003 names major depressive disorder (MDD) as a form of depression for which ketamine is promising.",
        &[at(Section::MedicalUses, Evidence::Preliminary)],
    ),
    Claim::new(
        "indication/depression-emerging-treatment",
        &[S::Indication(Indication::Depression)],
        "Article 003 calls ketamine an emerging treatment for depression.",
        &[whole(Source::WhatIsKetamin, Evidence::Stated)],
    ),
    Claim::new(
        "indication/depression-attention-for-mental-health",
        &[S::Indication(Indication::Depression), S::Indication(Indication::AnxietyDisorders)],
        "Ketamine has drawn attention for promising uses against depression, anxiety and other mental health disorders.",
        &[at(Section::RevolutionaryTreatmentTitle, Evidence::Preliminary)],
    ),
    Claim::new(
        "indication/depression-transformative-potential",
        &[S::Indication(Indication::Depression), S::Benefit(Benefit::Hope)],
        "Ketamine may prove transformative for mental health care.",
        &[at(Section::RevolutionaryTreatmentTitle, Evidence::Preliminary), at(Section::WhatIsKetaminConclusion, Evidence::Preliminary), at(Section::UnlockingConclusion, Evidence::Preliminary)],
    ),
    Claim::new(
        "indication/depression-major-advance-claim",
        &[S::Indication(Indication::Depression), S::Benefit(Benefit::Hope)],
        "The articles present ketamine as a major advance in mental health treatment.",
        &[at(Section::RevolutionaryConclusion, Evidence::Stated), at(Section::WhatIsKetaminConclusion, Evidence::Stated), at(Section::UnlockingTheMysteriesTitle, Evidence::Stated), at(Section::UnlockingConclusion, Evidence::Stated)],
    ),
    Claim::new(
        "indication/depression-studies-show-symptom-relief",
        &[S::Indication(Indication::Depression), S::Benefit(Benefit::Effectiveness)],
        "Numerous studies have shown that ketamine eases the symptoms of depression.",
        &[at(Section::ClinicalEvidence, Evidence::ClinicalStudies)],
    ),
    Claim::new(
        "indication/depression-landmark-ajp-study",
        &[S::Indication(Indication::Depression), S::Benefit(Benefit::SingleInfusionStudy)],
        "Article 004 reports what it calls a landmark study in the American Journal of Psychiatry: one intravenous infusion brought a significant drop in depressive symptoms within 24 hours. The article names neither authors nor year.",
        &[at(Section::ClinicalEvidence, Evidence::ClinicalStudies)],
    ),
    Claim::new(
        "indication/depression-repeated-infusions-sustain",
        &[S::Indication(Indication::Depression), S::Benefit(Benefit::SustainedByRepeatedInfusions)],
        "One study indicated that repeated infusions could keep the effect going over time, which article 004 takes to make ketamine an option for managing depression long term.",
        &[at(Section::ClinicalEvidence, Evidence::Preliminary)],
    )
    .disputed(&[Disagreement::LongTermBenefit]),
    Claim::new(
        "indication/depression-late-20th-century-mood-studies",
        &[S::Indication(Indication::Depression), S::HistoryEvent(HistoryEvent::LateCenturyMoodStudies)],
        "By the late 20th century, studies had begun to show ketamine's effects on mood disorders.",
        &[at(Section::HistoryOfKetamine, Evidence::ClinicalStudies)],
    ),
    Claim::new(
        "indication/depression-rapid-relief-turning-point",
        &[S::Indication(Indication::Depression), S::HistoryEvent(HistoryEvent::RapidAntidepressantDiscovery)],
        "Finding that ketamine could relieve depressive symptoms rapidly was a turning point for psychiatry; the article gives no date.",
        &[at(Section::HistoryOfKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "indication/depression-faster-than-antidepressants",
        &[S::Indication(Indication::Depression), S::Comparison(Comparison::Onset)],
        "Ketamine can act sooner than traditional antidepressants, at least in some people.",
        &[at(Section::HowDoesKetamineAffectsTheBrain, Evidence::Stated), at(Section::WhatResearchExists, Evidence::Preliminary), at(Section::HowDoesKetamineWork, Evidence::Stated), whole(Source::RiseOfKetamineTherapy, Evidence::Stated), at(Section::Overview, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated), at(Section::KeyTakeaways, Evidence::Stated), at(Section::WhatIsKetaminConclusion, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "indication/depression-antidepressant-delay",
        &[S::Indication(Indication::Depression), S::Comparison(Comparison::Onset)],
        "Traditional antidepressants can take weeks to work.",
        &[at(Section::HowDoesKetamineAffectsTheBrain, Evidence::Stated), at(Section::WhatResearchExists, Evidence::Preliminary), at(Section::HowDoesKetamineWork, Evidence::Stated), whole(Source::RiseOfKetamineTherapy, Evidence::Stated), at(Section::Overview, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated), at(Section::UnderstandingKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "indication/depression-off-label-use",
        &[S::Indication(Indication::Depression), S::Formulation(Formulation::Ketamine)],
        "Ketamine itself is used off-label to treat mental health disorders.",
        &[at(Section::Overview, Evidence::Stated), at(Section::FaqWhatIsKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "indication/depression-first-off-label-target",
        &[S::Indication(Indication::Depression)],
        "Among the mental health disorders ketamine is used for off-label, depression comes first.",
        &[at(Section::FaqWhatIsKetamine, Evidence::Stated)],
    ),
    Claim::new(
        "indication/depression-research-areas-in-000",
        &[S::Indication(Indication::Depression), S::Indication(Indication::Ptsd), S::Indication(Indication::AnxietyDisorders), S::ResearchDirection(ResearchDirection::BroaderConditions)],
        "Article 000: ongoing research has looked at ketamine for depression, anxiety disorders and PTSD.",
        &[at(Section::WhatResearchExists, Evidence::UnderInvestigation)],
    )
    .disputed(&[Disagreement::PtsdWording]),
    Claim::new(
        "indication/depression-unqualified-in-003-takeaways",
        &[S::Indication(Indication::Depression), S::Indication(Indication::Ptsd)],
        "Article 003's takeaways name ketamine, without any qualifier, as a treatment for depression and PTSD.",
        &[at(Section::KeyTakeaways, Evidence::Stated)],
    )
    .disputed(&[Disagreement::PtsdWording]),
    Claim::new(
        "indication/depression-promising-in-003-conclusion",
        &[S::Indication(Indication::Depression), S::Indication(Indication::Ptsd)],
        "Article 003's conclusion and its table call ketamine promising for depression and PTSD.",
        &[at(Section::WhatIsKetaminConclusion, Evidence::Preliminary)],
    )
    .disputed(&[Disagreement::PtsdWording]),
    Claim::new(
        "indication/depression-severe-or-suicidal-appeal",
        &[S::Indication(Indication::Depression), S::Indication(Indication::SuicidalIdeation), S::Benefit(Benefit::AcuteSuicidalThoughts)],
        "Ketamine's speed makes it particularly appealing for people with severe depression or suicidal thoughts.",
        &[at(Section::Overview, Evidence::Stated)],
    ),
    Claim::new(
        "indication/depression-hope-after-failed-therapies",
        &[S::Indication(Indication::Depression), S::Indication(Indication::TreatmentResistantDepression), S::Benefit(Benefit::Hope)],
        "Ketamine brings hope to people whom traditional therapies have not helped.",
        &[whole(Source::MentalHealthOverview, Evidence::UnderInvestigation), at(Section::RevolutionaryConclusion, Evidence::Stated), at(Section::Overview, Evidence::Stated), at(Section::PotentialBenefits, Evidence::Stated), at(Section::FaqMechanism, Evidence::Stated), at(Section::FaqBenefits, Evidence::Stated), at(Section::WhatIsKetaminConclusion, Evidence::Stated)],
    ),
    Claim::new(
        "indication/depression-severe-resistant-benefit",
        &[S::Indication(Indication::Depression), S::Indication(Indication::TreatmentResistantDepression)],
        "People with severe depression, or whose depression resists treatment, may benefit significantly from ketamine.",
        &[at(Section::FaqPopulations, Evidence::Preliminary)],
    ),
    Claim::new(
        "indication/treatment-resistant-depression-infusion-relief-studies",
        &[S::Indication(Indication::TreatmentResistantDepression), S::Route(Route::Iv)],
        "Studies have shown that ketamine infusions can bring relief to people who have lived for years with depression that conventional antidepressants did not adequately treat.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::ClinicalStudies)],
    ),
    Claim::new(
        "indication/treatment-resistant-depression-quick-response-value",
        &[S::Indication(Indication::TreatmentResistantDepression), S::Benefit(Benefit::RapidRelief)],
        "A quicker response matters for people with acute or severe symptoms.",
        &[at(Section::WhatResearchExists, Evidence::Preliminary), whole(Source::RiseOfKetamineTherapy, Evidence::Stated)],
    ),
    Claim::new(
        "indication/treatment-resistant-depression-promising-treatment",
        &[S::Indication(Indication::TreatmentResistantDepression)],
        "Ketamine has become a promising treatment for treatment-resistant depression.",
        &[at(Section::MedicalUses, Evidence::Preliminary), at(Section::KetamineAndDepression, Evidence::Preliminary)],
    ),
    Claim::new(
        "indication/treatment-resistant-depression-improvement-within-hours",
        &[S::Indication(Indication::TreatmentResistantDepression)],
        "Clinical studies have looked at ketamine in treatment-resistant depression; their results suggest symptoms may improve within hours rather than weeks.",
        &[at(Section::WhatResearchExists, Evidence::Preliminary)],
    ),
    Claim::new(
        "indication/treatment-resistant-depression-recent-research-interest",
        &[S::Indication(Indication::TreatmentResistantDepression), S::HistoryEvent(HistoryEvent::RecentAttention)],
        "More recently, researchers have begun to explore ketamine's effects on mental health conditions that resist treatment.",
        &[whole(Source::MentalHealthOverview, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "indication/treatment-resistant-depression-alternative-after-antidepressants",
        &[S::Indication(Indication::TreatmentResistantDepression), S::Benefit(Benefit::OptionWhenOthersFail)],
        "For people who have tried several antidepressants without success, ketamine is an alternative.",
        &[at(Section::PotentialBenefits, Evidence::Stated), at(Section::FaqBenefits, Evidence::Stated)],
    ),
    Claim::new(
        "indication/treatment-resistant-depression-new-route-to-relief",
        &[S::Indication(Indication::TreatmentResistantDepression), S::Benefit(Benefit::OptionWhenOthersFail)],
        "Ketamine opens a new route to relief for people whom conventional treatment, traditional antidepressants included, has not helped.",
        &[at(Section::Overview, Evidence::Stated), at(Section::FaqWhatIsKetamine, Evidence::Stated), at(Section::FaqPopulations, Evidence::Stated)],
    ),
    Claim::new(
        "indication/treatment-resistant-depression-teaser-in-001-blog",
        &[S::Indication(Indication::TreatmentResistantDepression)],
        "A further post on article 001's blog, seen only as a teaser, says low-dose ketamine can help with depression that resists medication.",
        &[at(Section::LowDoseTeaser, Evidence::Stated)],
    ),
    Claim::new(
        "indication/suicidal-ideation-rapid-relief-saves-lives",
        &[S::Indication(Indication::SuicidalIdeation), S::Benefit(Benefit::AcuteSuicidalThoughts)],
        "Article 003 says that ketamine can address acute suicidal thoughts quickly and that this can save lives.",
        &[at(Section::PotentialBenefits, Evidence::Stated)],
    ),
    Claim::new(
        "indication/suicidal-ideation-lasting-effects-appeal",
        &[S::Indication(Indication::SuicidalIdeation), S::Benefit(Benefit::LastingEffects)],
        "Article 003's FAQ says that lasting effects after a few treatments make ketamine particularly appealing for people with severe depression or acute suicidal thoughts.",
        &[at(Section::FaqBenefits, Evidence::Stated)],
    ),
    Claim::new(
        "indication/ptsd-burden",
        &[S::Indication(Indication::Ptsd)],
        "PTSD is a debilitating condition that can weigh heavily on the lives of the people who have it.",
        &[at(Section::PtsdBenefitsTeaser, Evidence::Stated)],
    ),
    Claim::new(
        "indication/ptsd-plasticity-research",
        &[S::Indication(Indication::Ptsd), S::Mechanism(Mechanism::TraumaRecovery)],
        "Ketamine is being studied for PTSD: researchers are investigating whether its effect on neural plasticity helps people with intrusive thoughts or hyperarousal recover.",
        &[at(Section::WhatResearchExists, Evidence::UnderInvestigation)],
    )
    .disputed(&[Disagreement::PtsdWording]),
    Claim::new(
        "indication/ptsd-studies-in-004",
        &[S::Indication(Indication::Ptsd), S::Indication(Indication::AnxietyDisorders), S::Indication(Indication::SubstanceUseDisorders), S::ResearchDirection(ResearchDirection::BroaderConditions)],
        "Article 004: studies are looking at ketamine for anxiety disorders, PTSD and substance use disorders too.",
        &[at(Section::ResearchAndFutureDirections, Evidence::UnderInvestigation)],
    )
    .disputed(&[Disagreement::PtsdWording, Disagreement::SubstanceUse]),
    Claim::new(
        "indication/ptsd-promise-beyond-depression",
        &[S::Indication(Indication::Ptsd), S::Indication(Indication::AnxietyDisorders), S::Indication(Indication::SubstanceUseDisorders)],
        "Beyond depression, ketamine is showing promise for anxiety disorders and PTSD, and even for substance use disorders.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Preliminary)],
    )
    .disputed(&[Disagreement::PtsdWording, Disagreement::SubstanceUse]),
    Claim::new(
        "indication/ptsd-traumatic-memory-processing",
        &[S::Indication(Indication::Ptsd), S::Mechanism(Mechanism::TraumaRecovery)],
        "In PTSD, the psychedelic experience may let people face and work through traumatic memories in ways traditional therapies may not.",
        &[whole(Source::RiseOfKetamineTherapy, Evidence::Preliminary)],
    )
    .disputed(&[Disagreement::DissociationRole, Disagreement::PtsdWording]),
    Claim::new(
        "indication/ptsd-symptom-relief",
        &[S::Indication(Indication::Ptsd)],
        "Ketamine may help relieve the symptoms of PTSD.",
        &[at(Section::MedicalUses, Evidence::Preliminary), at(Section::FaqPopulations, Evidence::Preliminary)],
    )
    .disputed(&[Disagreement::PtsdWording]),
    Claim::new(
        "indication/ptsd-teaser-in-001-blog",
        &[S::Indication(Indication::Ptsd)],
        "A teaser for a further post on article 001's blog promises benefits of ketamine therapy for PTSD, which it says has usually been treated with therapy and medicines such as antidepressants; the excerpt breaks off before any evidence.",
        &[at(Section::PtsdBenefitsTeaser, Evidence::Stated)],
    )
    .disputed(&[Disagreement::PtsdWording]),
    Claim::new(
        "indication/bipolar-depression-depressive-episodes",
        &[S::Indication(Indication::BipolarDepression)],
        "Ketamine may benefit people with bipolar disorder during its depressive episodes.",
        &[at(Section::MedicalUses, Evidence::Preliminary), at(Section::FaqPopulations, Evidence::Preliminary)],
    )
    .disputed(&[Disagreement::BipolarWording]),
    Claim::new(
        "indication/bipolar-depression-in-003-table",
        &[S::Indication(Indication::BipolarDepression)],
        "Article 003's table lists ketamine, without qualification, as an aid during the depressive episodes of bipolar disorder.",
        &[at(Section::WhatIsKetaminConclusion, Evidence::Stated)],
    )
    .disputed(&[Disagreement::BipolarWording]),
    Claim::new(
        "indication/anxiety-disorders-and-ocd-studies",
        &[S::Indication(Indication::AnxietyDisorders), S::Indication(Indication::ObsessiveCompulsiveDisorder), S::ResearchDirection(ResearchDirection::BroaderConditions)],
        "Article 003: studies are exploring whether anxiety disorders or obsessive-compulsive disorder might respond as depression does.",
        &[at(Section::FutureOfResearch, Evidence::UnderInvestigation), at(Section::FaqOngoingResearch, Evidence::UnderInvestigation)],
    ),
    Claim::new(
        "indication/pain-related-depression-opioid-explanation",
        &[S::Indication(Indication::PainRelatedDepression), S::Mechanism(Mechanism::OpioidInteraction)],
        "Emerging research suggests the opioid interaction may help explain why ketamine could treat depression related to pain.",
        &[at(Section::RoleOfNeurochemistry, Evidence::Preliminary)],
    ),
    Claim::new(
        "indication/pediatric-mood-disorders-specialised-care",
        &[S::Indication(Indication::PediatricMoodDisorders)],
        "Children and adolescents with severe mood disorders may also do well on ketamine, given carefully under specialised care for young patients; article 003 cites no study for this.",
        &[at(Section::FaqPopulations, Evidence::Preliminary)],
    )
    .disputed(&[Disagreement::PediatricClaim]),
];
