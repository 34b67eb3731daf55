package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A break in the programme with what follows it promised ("Stay with us, more after the break", "We'll have all the
 * reaction after the break", "Bleiben Sie dran, nach der Werbung geht es weiter"): the guard knew the break and the
 * audience kept ("Restez avec nous, la suite après la pub") in Hebrew, Russian, Arabic and French, and read English's,
 * German's, Italian's and Portuguese's promise as a caller's words. A caller takes a break from work and asks to be
 * called after it, or names a day.
 */
class ABreakPromisedTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Stay with us, more after the break.",
        "We'll have all the highlights after the break.",
        "Stick with us, still to come after the break, the weather.",
        "Coming up after the break, the latest on interest rates.",
        "Bleiben Sie dran, nach der Werbung geht es weiter.",
        "Restate con noi, dopo la pubblicità torniamo.",
        "Fiquem conosco, voltamos depois do intervalo.",
        "No se vayan, después de la pausa seguimos con más noticias.",
    })
    void aBreakWithWhatFollowsPromisedIsABroadcasts(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I'm at work, call me after the break, around two.",
        "Can we talk after the break? I'm in a meeting.",
        "After the winter break we want to move, is the flat still free then?",
        "Nach der Pause rufe ich Sie zurück, bitte warten Sie.",
        "Dopo la pausa la richiamo per l'appartamento.",
        "Depois do intervalo eu ligo para você sobre o apartamento.",
    })
    void aCallerOnABreakPasses(String text) {
        assertPasses(text);
    }
}
