package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pooled held-back misses' "Comenten desde qué ciudad nos ven" (comment which city you watch us from) and its kin:
 * "write in the comments" was an order (a telling word and the comments), but commenting ordered in one word, in the
 * plural or the polite form, was only the comments' idea. In Spanish, French, Italian, Portuguese, German and Russian
 * that imperative asks by itself, as "subscribe" said to an audience does. English's "Comment which city you're
 * watching from" is left: "comment" is as often a caller's noun. A caller who says he commented passes.
 */
class CommentingOrderedTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Comenten desde qué ciudad nos ven",
        "Commentez depuis quelle ville vous regardez",
        "Commentate da quale città ci guardate",
        "Comentem de qual cidade vocês assistem",
        "Kommentiert, aus welcher Stadt ihr zuschaut",
        "Комментируйте, из какого вы города",
    })
    void commentingOrderedIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Comenté en el anuncio del piso, ¿me llaman?",
        "J'ai commenté sous la vidéo de l'appartement, rappelez-moi",
        "Ich habe unter dem Video kommentiert, bitte rufen Sie mich an",
        "Я прокомментировал видео квартиры, перезвоните",
        "Comentei no vídeo do apartamento, me liguem",
        "Ho commentato il video dell'appartamento, richiamatemi",
    })
    void aCallerWhoCommentedPasses(String text) {
        assertPasses(text);
    }
}
