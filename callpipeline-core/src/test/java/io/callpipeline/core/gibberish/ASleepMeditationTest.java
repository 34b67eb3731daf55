package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A guide's orders to let go and sleep ("Close your eyes. Let your body sink into the bed", "תעצמו עיניים, תשחררו את
 * הגוף", "Закройте глаза и расслабьте тело"): the hundred-and-nineteenth, -twenty-third and -twenty-fourth held-back
 * sets each ended with a sleep meditation, and the guard knew a guided breath in and out but not the orders around it,
 * which it read as a sentence of the caller's own. Two orders, or one beside a breath, are a guide's; a caller tells
 * no one to close his eyes, and his "relax" stands among the flat's words.
 */
class ASleepMeditationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Close your eyes. Let your body relax completely. Goodnight.",
        "Breathe in slowly. Now close your eyes and let go of the day.",
        "תעצמו עיניים. תשחררו את כל המתח מהגוף. לילה טוב.",
        "Закройте глаза. Расслабьте тело. Спокойной ночи.",
        "أغمضوا أعينكم، واتركوا التوتر يخرج من أجسادكم. تصبحون على خير.",
        "Fermez les yeux. Détendez votre corps. Bonne nuit.",
        "Chiudete gli occhi e rilassate il corpo. Buonanotte.",
    })
    void aGuidesOrdersToLetGoAreABroadcastsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Relax, the owner agreed, just close the deal with the bank by Friday.",
        "I could close my eyes and buy it, the view from the balcony is amazing.",
        "תירגעו, הבעלים הסכים, רק צריך לסגור את המשכנתא עד יום שישי",
        "Расслабьтесь, хозяин согласился, только закройте вопрос с банком до пятницы.",
        "Fermez bien la porte en partant, la clé est chez le gardien.",
        "Close the windows when you leave, and let the agent know when you're done.",
    })
    void aCallerWhoSaysRelaxPasses(String text) {
        assertPasses(text);
    }
}
