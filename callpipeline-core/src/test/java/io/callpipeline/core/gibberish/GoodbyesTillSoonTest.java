package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A goodbye till soon said as the whole transcript, in the spoken forms the phrase list lacked: the fifty-first
 * held-back set's two misses ("До скорого!", "نلقاكم على خير") and their kin in the languages of Israel's callers.
 * Pleasantries alone are judged, as the list's other goodbyes are; a caller who says one beside a day, a place or his
 * flat passes.
 */
class GoodbyesTillSoonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "До скорого свидания!",
        "Увидимся!",
        "До зустрічі!",
        "نلتقي على خير",
        "نراكم على خير",
        "נתראה בקרוב!",
        "À très bientôt !",
        "Nos vemos pronto.",
        "Bis dann!",
        "Catch you later!",
        "በሰላም ያገናኘን",
    })
    void aGoodbyeTillSoonAloneIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "До скорого, завтра в десять у квартиры",
        "نلتقي على خير بكرا بالشقة",
        "נתראה בקרוב בדירה, ביום ראשון",
        "Nos vemos pronto en el departamento, el lunes",
        "Bis dann, morgen um zehn bei der Wohnung",
    })
    void aCallerWhoSaysItBesideHisMeetingPasses(String text) {
        assertPasses(text);
    }
}
