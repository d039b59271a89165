//! Claims whose home subject (their first) is an indication.

use super::prelude::*;

rows! {
    "indication/anesthesia-anesthetic" [Indication(Anesthesia)]
        "Ketamine is an anesthetic."
        [(whole WhatIsKetamine, Stated), (WhatIsKetamine, Stated), (UnderstandingKetamine, Stated), (KeyTakeaways, Stated)];
    "indication/anesthesia-best-known-use" [Indication(Anesthesia)]
        "Ketamine is best known as an anesthetic."
        [(whole MentalHealthOverview, Stated), (MedicalUses, Stated), (FaqWhatIsKetamine, Stated)];
    "indication/anesthesia-original-purpose" [Indication(Anesthesia), HistoryEvent(DevelopedInThe1960s)]
        "Ketamine was first developed as an anesthetic."
        [(RevolutionaryTreatmentTitle, Stated), (WhatIsKetamine, Stated), (whole RiseOfKetamineTherapy, Stated), (Overview, Stated), (UnlockingTheMysteriesTitle, Stated)];
    "indication/anesthesia-to-mental-health-shift" [Indication(Anesthesia)]
        "After its start as an anesthetic, ketamine has been taken up in mental health treatment."
        [(NasalSprayTeaser, Stated), (whole RiseOfKetamineTherapy, Stated), (Overview, Stated), (UnlockingTheMysteriesTitle, Stated)];
    "indication/anesthesia-surgery" [Indication(Anesthesia)]
        "Ketamine is used to anesthetize patients for surgery (article 004: for decades)."
        [(MedicalUses, StandardPractice), (FaqWhatIsKetamine, StandardPractice), (WhatIsKetamineConclusion, StandardPractice), (UnderstandingKetamine, Stated)];
    "indication/anesthesia-emergency-medicine" [Indication(Anesthesia)]
        "Ketamine is used for anesthesia in emergency medicine."
        [(MedicalUses, StandardPractice), (FaqWhatIsKetamine, Stated)];
    "indication/anesthesia-rapid-onset" [Indication(Anesthesia)]
        "Ketamine takes effect quickly, which makes it valuable where anesthesia is needed fast."
        [(FaqWhatIsKetamine, Stated), (WhatIsKetamineConclusion, Stated)];
    "indication/anesthesia-preserved-breathing" [Indication(Anesthesia), HistoryEvent(WidelyUsedAnesthetic)]
        "Ketamine brings on anesthesia while the patient keeps breathing on their own."
        [(WhatIsKetamine, Stated), (HistoryOfKetamine, Stated)]
        disputes [BreathingPreserved];
    "indication/chronic-pain-hedged-in-003-list" [Indication(ChronicPain)]
        "Article 003's list of medical uses says, hedged with \"can\", that its pain-relieving properties can make ketamine effective for managing chronic pain conditions."
        [(MedicalUses, Preliminary)]
        disputes [ChronicPainWording];
    "indication/chronic-pain-unhedged-in-003-faq" [Indication(ChronicPain)]
        "Article 003's FAQ says without a hedge that ketamine is used in pain management to ease chronic pain conditions."
        [(FaqWhatIsKetamine, Stated)]
        disputes [ChronicPainWording];
    "indication/chronic-pain-in-003-table" [Indication(ChronicPain)]
        "Article 003's table calls ketamine effective for chronic pain syndromes, with no qualifier and no cited evidence."
        [(WhatIsKetamineConclusion, Stated)]
        disputes [ChronicPainWording];
    "indication/depression-definition" [Indication(Depression)]
        "Depression is a complex disorder marked by lasting sadness, lost interest and problems with thinking."
        [(KetamineAndDepression, Stated)];
    "indication/depression-global-burden" [Indication(Depression), Indication(TreatmentResistantDepression)]
        "Depression is a debilitating condition that touches millions of people worldwide, and some have a more stubborn form of it."
        [(LowDoseTeaser, Stated)];
    "indication/depression-shown-promise" [Indication(Depression)]
        "Ketamine has shown promise as a treatment for depression."
        [(MedicalUses, Preliminary), (KetamineAndDepression, Preliminary)]
        disputes [DepressionEvidence];
    "indication/depression-major-depressive-disorder" [Indication(Depression)]
        "Article 003 names major depressive disorder (MDD) as a form of depression for which ketamine is promising."
        [(MedicalUses, Preliminary)];
    "indication/depression-emerging-treatment" [Indication(Depression)]
        "Article 003 calls ketamine an emerging treatment for depression."
        [(whole WhatIsKetamine, Preliminary)]
        disputes [DepressionEvidence];
    "indication/depression-attention-for-mental-health" [Indication(Depression), Indication(AnxietyDisorders)]
        "Ketamine has drawn attention for promising uses against depression, anxiety and other mental health disorders."
        [(RevolutionaryTreatmentTitle, Preliminary)];
    "indication/depression-transformative-potential" [Indication(Depression), Benefit(Hope)]
        "Ketamine may prove transformative for mental health care."
        [(RevolutionaryTreatmentTitle, Preliminary), (WhatIsKetamineConclusion, Preliminary), (UnlockingConclusion, Preliminary)];
    "indication/depression-major-advance-claim" [Indication(Depression), Benefit(Hope)]
        "Articles 001, 003 and 004 present ketamine as a major advance in mental health treatment."
        [(RevolutionaryConclusion, Stated), (WhatIsKetamineConclusion, Stated), (UnlockingTheMysteriesTitle, Stated), (UnlockingConclusion, Stated)];
    "indication/depression-studies-show-symptom-relief" [Indication(Depression), Benefit(Effectiveness)]
        "Numerous studies have shown that ketamine eases the symptoms of depression."
        [(ClinicalEvidence, ClinicalStudies)]
        disputes [DepressionEvidence];
    "indication/depression-landmark-ajp-study" [Indication(Depression), Benefit(SingleInfusionStudy)]
        "Article 004 reports what it calls a landmark study in the American Journal of Psychiatry: one intravenous infusion brought a significant drop in depressive symptoms within 24 hours. The article names neither authors nor year."
        [(ClinicalEvidence, ClinicalStudies)];
    "indication/depression-repeated-infusions-sustain" [Indication(Depression), Benefit(SustainedByRepeatedInfusions)]
        "One study indicated that repeated ketamine infusions could keep up the drop in depressive symptoms over time, which article 004 takes to make ketamine an option for managing depression long term."
        [(ClinicalEvidence, Preliminary)]
        disputes [BenefitDuration];
    "indication/depression-late-20th-century-mood-studies" [Indication(Depression), HistoryEvent(LateCenturyMoodStudies)]
        "By the late 20th century, studies had begun to show ketamine's effects on mood disorders."
        [(HistoryOfKetamine, ClinicalStudies)]
        disputes [DepressionEvidence];
    "indication/depression-rapid-relief-turning-point" [Indication(Depression), HistoryEvent(RapidAntidepressantDiscovery)]
        "Finding that ketamine could relieve depressive symptoms rapidly was a turning point for psychiatry; the article gives no date."
        [(HistoryOfKetamine, Preliminary)];
    "indication/depression-faster-than-antidepressants" [Indication(Depression), Comparison(Onset)]
        "Ketamine can act sooner than traditional antidepressants, at least in some people."
        [(HowDoesKetamineAffectTheBrain, Stated), (WhatResearchExists, Preliminary), (HowDoesKetamineWork, Preliminary), (whole RiseOfKetamineTherapy, Stated), (Overview, Preliminary), (FaqMechanism, Preliminary), (KeyTakeaways, Preliminary), (WhatIsKetamineConclusion, Stated), (UnderstandingKetamine, Stated)]
        disputes [RapidImprovement];
    "indication/depression-antidepressant-delay" [Indication(Depression), Comparison(Onset)]
        "Traditional antidepressants can take weeks to work."
        [(HowDoesKetamineAffectTheBrain, Stated), (HowDoesKetamineWork, Stated), (whole RiseOfKetamineTherapy, Stated), (Overview, Stated), (FaqMechanism, Stated), (UnderstandingKetamine, Stated)];
    "indication/depression-off-label-use" [Indication(Depression), Formulation(Ketamine)]
        "Ketamine itself is used off-label to treat mental health disorders."
        [(Overview, Stated), (FaqWhatIsKetamine, Stated)];
    "indication/depression-singled-out-off-label-use" [Indication(Depression)]
        "Of ketamine's off-label uses in mental health, article 003 singles out depression."
        [(FaqWhatIsKetamine, Stated)];
    "indication/depression-research-areas-in-000" [Indication(Depression), Indication(Ptsd), Indication(AnxietyDisorders), ResearchDirection(BroaderConditions)]
        "Article 000: ongoing research has looked at ketamine for depression, anxiety disorders and PTSD."
        [(WhatResearchExists, UnderInvestigation)]
        disputes [PtsdWording];
    "indication/depression-unqualified-in-003-takeaways" [Indication(Depression), Indication(Ptsd)]
        "Article 003's takeaways name ketamine, without any qualifier, as a treatment for depression and PTSD."
        [(KeyTakeaways, Stated)]
        disputes [DepressionEvidence, PtsdWording];
    "indication/depression-promising-in-003-conclusion" [Indication(Depression), Indication(Ptsd)]
        "Article 003's conclusion and its table call ketamine promising for depression and PTSD."
        [(WhatIsKetamineConclusion, Preliminary)]
        disputes [PtsdWording, DepressionEvidence];
    "indication/depression-severe-or-suicidal-appeal" [Indication(Depression), Indication(SuicidalIdeation), Benefit(AcuteSuicidalThoughts)]
        "Ketamine's speed makes it particularly appealing for people with severe depression or suicidal thoughts."
        [(Overview, Stated)]
        disputes [SuicidalThoughts];
    "indication/depression-hope-after-failed-therapies" [Indication(Depression), Indication(TreatmentResistantDepression), Benefit(Hope)]
        "Ketamine brings hope to people whom traditional therapies have not helped."
        [(whole MentalHealthOverview, UnderInvestigation), (RevolutionaryConclusion, Stated), (PotentialBenefits, Stated), (FaqMechanism, Stated), (FaqBenefits, Stated), (WhatIsKetamineConclusion, Stated)];
    "indication/depression-severe-resistant-benefit" [Indication(Depression), Indication(TreatmentResistantDepression)]
        "People with severe depression, or whose depression resists treatment, may benefit significantly from ketamine."
        [(FaqPopulations, Preliminary)];
    "indication/treatment-resistant-depression-infusion-relief-no-study-named" [Indication(TreatmentResistantDepression), Route(Iv)]
        "Article 002 says studies have shown that ketamine infusions can bring relief to people whose depressive symptoms have lasted for years; it names no study, and says so in its passage on treatment-resistant depression."
        [(whole RiseOfKetamineTherapy, Preliminary)]
        disputes [DepressionEvidence];
    "indication/treatment-resistant-depression-noteworthy-efficacy-in-002" [Indication(TreatmentResistantDepression)]
        "Article 002 says ketamine's efficacy stands out in treatment-resistant depression, where people have not responded well enough to conventional antidepressants."
        [(whole RiseOfKetamineTherapy, Stated)];
    "indication/treatment-resistant-depression-quick-response-value" [Indication(TreatmentResistantDepression), Benefit(RapidRelief)]
        "A response within hours rather than weeks, which ketamine may give, matters for people with acute or severe symptoms."
        [(WhatResearchExists, Preliminary), (whole RiseOfKetamineTherapy, Stated)];
    "indication/treatment-resistant-depression-promising-treatment" [Indication(TreatmentResistantDepression)]
        "Ketamine has become a promising treatment for treatment-resistant depression."
        [(MedicalUses, Preliminary), (KetamineAndDepression, Preliminary)]
        disputes [DepressionEvidence];
    "indication/treatment-resistant-depression-studied-in-000" [Indication(TreatmentResistantDepression)]
        "Article 000 says clinical studies have looked at ketamine in people with treatment-resistant depression."
        [(WhatResearchExists, UnderInvestigation)]
        disputes [DepressionEvidence];
    "indication/depression-improvement-within-hours-hedged-in-000" [Indication(Depression), Comparison(Onset)]
        "Article 000 says results suggest ketamine may ease symptoms within hours rather than weeks."
        [(WhatResearchExists, Preliminary)]
        disputes [DepressionEvidence];
    "indication/treatment-resistant-depression-alternative-after-antidepressants" [Indication(TreatmentResistantDepression), Benefit(OptionWhenOthersFail)]
        "For people who have tried several antidepressants without success, ketamine is an alternative."
        [(PotentialBenefits, Stated), (FaqBenefits, Stated)];
    "indication/treatment-resistant-depression-new-route-to-relief" [Indication(TreatmentResistantDepression), Benefit(OptionWhenOthersFail)]
        "Ketamine opens a new route to relief for people whom conventional treatment, traditional antidepressants included, has not helped."
        [(Overview, Stated), (FaqWhatIsKetamine, Stated)];
    "indication/treatment-resistant-depression-people-turn-to-ketamine" [Indication(TreatmentResistantDepression)]
        "Article 003 says people whom conventional antidepressants have not helped often turn to ketamine when their symptoms are debilitating."
        [(FaqPopulations, Stated)];
    "indication/treatment-resistant-depression-teaser-in-001-blog" [Indication(TreatmentResistantDepression)]
        "A further post on article 001's blog, seen only as a teaser, says low-dose ketamine can help with depression that resists medication."
        [(LowDoseTeaser, Preliminary)];
    "indication/suicidal-ideation-rapid-relief-saves-lives" [Indication(SuicidalIdeation), Benefit(AcuteSuicidalThoughts)]
        "Article 003 says that ketamine can address acute suicidal thoughts quickly and that this can save lives."
        [(PotentialBenefits, Preliminary)]
        disputes [SuicidalThoughts];
    "indication/suicidal-ideation-some-lasting-effects-appeal" [Indication(SuicidalIdeation), Benefit(LastingEffects)]
        "Article 003's FAQ says that the lasting effects some people have after a few treatments (which, it says, studies indicate) make ketamine particularly appealing for people with severe depression or acute suicidal thoughts."
        [(FaqBenefits, Stated)]
        disputes [SuicidalThoughts];
    "indication/ptsd-burden" [Indication(Ptsd)]
        "PTSD is a debilitating condition that can weigh heavily on the lives of the people who have it."
        [(PtsdBenefitsTeaser, Stated)];
    "indication/ptsd-plasticity-research" [Indication(Ptsd), Mechanism(TraumaRecovery)]
        "Ketamine is being studied for PTSD: researchers are investigating whether its effect on neural plasticity helps people with intrusive thoughts or hyperarousal recover."
        [(WhatResearchExists, UnderInvestigation)]
        disputes [PtsdWording];
    "indication/ptsd-studies-in-004" [Indication(Ptsd), Indication(AnxietyDisorders), Indication(SubstanceUseDisorders), ResearchDirection(BroaderConditions)]
        "Article 004: studies are looking at ketamine for anxiety disorders, PTSD and substance use disorders too."
        [(ResearchAndFutureDirections, UnderInvestigation)]
        disputes [PtsdWording, SubstanceUse];
    "indication/ptsd-promise-beyond-depression" [Indication(Ptsd), Indication(AnxietyDisorders), Indication(SubstanceUseDisorders)]
        "Beyond depression, ketamine is showing promise for anxiety disorders and PTSD, and even for substance use disorders."
        [(whole RiseOfKetamineTherapy, Preliminary)]
        disputes [PtsdWording, SubstanceUse];
    "indication/ptsd-traumatic-memory-processing" [Indication(Ptsd), Mechanism(TraumaRecovery)]
        "In PTSD, the psychedelic experience that ketamine brings on may let people face and work through traumatic memories in ways traditional therapies may not."
        [(whole RiseOfKetamineTherapy, Preliminary)]
        disputes [DissociationRole, PtsdWording];
    "indication/ptsd-symptom-relief" [Indication(Ptsd)]
        "Ketamine may help relieve the symptoms of PTSD."
        [(MedicalUses, Preliminary)]
        disputes [PtsdWording];
    "indication/ptsd-substantial-relief-in-003-faq" [Indication(Ptsd)]
        "Article 003's FAQ says that people with PTSD might find substantial relief when ketamine is part of their overall treatment plan."
        [(FaqPopulations, Preliminary)]
        disputes [PtsdWording];
    "indication/ptsd-teaser-in-001-blog" [Indication(Ptsd)]
        "A teaser for a further post on article 001's blog promises benefits of ketamine therapy for PTSD, which it says has usually been treated with therapy and medicines such as antidepressants; the excerpt breaks off before any evidence."
        [(PtsdBenefitsTeaser, Stated)]
        disputes [PtsdWording];
    "indication/bipolar-depression-depressive-episodes" [Indication(BipolarDepression)]
        "Ketamine may benefit people with bipolar disorder during its depressive episodes."
        [(MedicalUses, Preliminary)]
        disputes [BipolarWording];
    "indication/bipolar-depression-substantial-relief-in-003-faq" [Indication(BipolarDepression)]
        "Article 003's FAQ says that people with bipolar disorder might find substantial relief during depressive episodes when ketamine is part of their overall treatment plan."
        [(FaqPopulations, Preliminary)]
        disputes [BipolarWording];
    "indication/bipolar-depression-in-003-table" [Indication(BipolarDepression)]
        "Article 003's table lists ketamine, without qualification, as an aid during the depressive episodes of bipolar disorder."
        [(WhatIsKetamineConclusion, Stated)]
        disputes [BipolarWording];
    "indication/anxiety-disorders-and-ocd-studies" [Indication(AnxietyDisorders), Indication(ObsessiveCompulsiveDisorder), ResearchDirection(BroaderConditions)]
        "Article 003: studies are exploring whether anxiety disorders or obsessive-compulsive disorder might respond as depression does."
        [(FutureOfResearch, UnderInvestigation), (FaqOngoingResearch, UnderInvestigation)];
    "indication/pain-related-depression-opioid-explanation" [Indication(PainRelatedDepression), Mechanism(OpioidInteraction)]
        "Emerging research suggests ketamine may also interact with the opioid system, which may help explain why ketamine could treat depression related to pain."
        [(RoleOfNeurochemistry, Preliminary)];
    "indication/pediatric-mood-disorders-specialised-care" [Indication(PediatricMoodDisorders)]
        "Children and adolescents with severe mood disorders may also do well on ketamine, given carefully under specialised care for young patients; article 003 cites no study for this."
        [(FaqPopulations, Preliminary)]
        disputes [PediatricClaim];
}
