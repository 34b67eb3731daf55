package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A production credit that names its episode or podcast before the job ("This episode was produced by Sarah Cohen",
 * "הפודקאסט הופק על ידי שרה כהן", "Выпуск подготовила Ольга Ким", "Este episodio fue producido por Ana García"): the
 * hundred-and-twentieth held-back set credited so in Hebrew and Russian, and an earlier one in English; the guard
 * read a credit only where its job opens the sentence ("Produced by…"). A caller says who filmed the flat's video or
 * drew up the contract beside his own words, a day or "my".
 */
class ACreditThatNamesItsEpisodeFirstTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "This episode was produced by Sarah Cohen and edited by Dan Levi.",
        "This podcast was produced by Sarah Cohen.",
        "הפודקאסט הופק על ידי שרה כהן.",
        "הפרק נערך על ידי דן לוי.",
        "Выпуск подготовила Ольга Ким.",
        "Выпуск подготовили: ведущий Антон Белов, режиссёр монтажа Ольга Ким.",
        "Este episodio fue producido por Ana García.",
        "Cet épisode a été réalisé par Julie Martin.",
        "Questo episodio è stato prodotto da Marco Rossi.",
    })
    void aCreditAfterItsEpisodeIsACredit(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The video was filmed by my son, I'll send you the rest tomorrow.",
        "הסרטון צולם על ידי הבן שלי, אני אשלח לך עוד מחר.",
        "Видео снимал мой сын, завтра пришлю ещё.",
        "The contract was prepared by our lawyer, please sign it by Thursday.",
        "This flat was renovated by the owner himself, call me back.",
    })
    void aCallerWhoSaysWhoMadeHisVideoPasses(String text) {
        assertPasses(text);
    }
}
