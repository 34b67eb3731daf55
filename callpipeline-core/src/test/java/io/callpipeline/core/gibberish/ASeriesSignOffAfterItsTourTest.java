package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fifty-ninth held-back set's "That wraps up our walkthrough of the two-bedroom, catch you in the next one" and its
 * kin: a tour of the flat said to end (an end's words, "wraps up", "закончен", "termina", or a wrap-up, "that'll be it
 * for…") and a goodbye till the next one is a series signing off, whatever flat it names; a caller's words about the
 * flat excused it. A caller who says the paperwork or the contract is done and names the day or the week to meet
 * passes.
 */
class ASeriesSignOffAfterItsTourTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That wraps up our walkthrough of the two-bedroom, catch you in the next one",
        "And that wraps up this tour of the penthouse, see you in the next one",
        "На этом обзор квартиры закончен, увидимся в следующем",
        "Y con esto termina el recorrido por el piso, nos vemos en el próximo",
        "Okay guys, that's it for today's apartment tour, catch you in the next one",
    })
    void aTourSaidToEndAndAGoodbyeTillTheNextOneIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "That wraps up the paperwork for the flat, see you next week",
        "Okay, that wraps it up for the contract, see you Sunday",
        "Ну всё, с документами на квартиру закончили, увидимся в четверг",
        "Con esto termina lo del contrato del piso, nos vemos el lunes",
        "That's all for the flat today, see you next week",
    })
    void aCallerWhoseBusinessEndsAndWhoNamesTheDayPasses(String text) {
        assertPasses(text);
    }
}
