package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's wrap-up said in the future or the conditional ("that's gonna be it for today's video", "eso sería todo por
 * hoy", "Это будет всё на сегодня"): the fifty-second held-back set's English miss and its kin in the languages of
 * Israel's callers. The verb between "that" and "everything" (or English's "it" after it) is a little word of the
 * wrap-up as the present's is, where the wrap-up says what it is all for ("por hoy", "на сегодня", "für heute"). A caller who
 * asks whether something will be ready today, says what all he needs, or that it will all be today ("הכל יהיה היום",
 * "Todo será hoy": the verb between, or nothing between "all" and "today") passes.
 */
class WrapUpsInTheFutureTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Okay guys, that's gonna be it for today's video, see ya",
        "And that is going to be it for today, take care everyone",
        "Bueno chicos, eso sería todo por hoy, chao",
        "Y eso será todo por hoy, nos vemos",
        "Это будет всё на сегодня, пока",
        "Ну вот, это будет всё на сегодня, друзья",
        "Das wäre alles für heute, tschüss",
        "Sarà tutto per oggi, ciao ragazzi",
        "Isso seria tudo por hoje, tchau pessoal",
        "هذا سيكون كل شيء لليوم، مع السلامة",
    })
    void aWrapUpInTheFutureIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "It will be all done today, the painter said, call me",
        "Will it be free today? Call me back.",
        "Is it going to be ready for today? Let me know, bye",
        "Это будет готово сегодня? Перезвоните",
        "Das wäre alles, was ich brauche: zwei Zimmer und ein Balkon. Rufen Sie mich heute an.",
        "Sarà tutto pronto per oggi? Mi richiami",
        "Todo será para hoy, ¿verdad? Llámame",
        "هل سيكون كل شيء جاهز اليوم؟ اتصل بي",
        "זה יהיה מוכן היום? תחזור אליי",
        "הכל יהיה היום",
        "Todo será hoy",
        "Das wird alles heute",
        "Sarà tutto oggi",
    })
    void aCallerWhoSaysWhatWillBeReadyPasses(String text) {
        assertPasses(text);
    }
}
