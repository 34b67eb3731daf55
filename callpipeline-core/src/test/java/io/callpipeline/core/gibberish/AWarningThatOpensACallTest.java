package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller or an agent who opens with a warning ("Attention, the step is broken, thanks", "Внимание, ступенька
 * сломана, спасибо", "Atención, el escalón está roto, gracias"): the warning's word is the audience's attention a video
 * thanks for, so a warning and a thanks read as "thanks for your attention" in every language. Found when Greek's
 * attention ("Ευχαριστώ για την προσοχή σας", which passed) was listed and the same word's warning was probed. A
 * warning opens what it warns of; a video's attention follows its thanks.
 */
class AWarningThatOpensACallTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Attention, the step is broken, thanks",
        "Attention, la marche est cassée, merci",
        "Внимание, ступенька сломана, спасибо",
        "Atención, el escalón está roto, gracias",
        "Attenzione, il gradino è rotto, grazie",
        "Προσοχή, το σκαλί είναι σπασμένο, ευχαριστώ",
    })
    void aWarningFirstPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for your attention",
        "Ευχαριστώ για την προσοχή σας",
        "Спасибо за внимание",
        "Merci de votre attention",
        "Gracias por su atención",
        "Grazie per l'attenzione",
    })
    void theAudiencesAttentionThankedIsAnEnding(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
