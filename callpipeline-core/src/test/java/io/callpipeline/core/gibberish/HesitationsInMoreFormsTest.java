package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds the eightieth held-back set (filling words alone) missed, in the scripts that write them: a hum held in
 * Hebrew letters ("מממ"), a Cyrillic "e" held and hyphenated ("е-е"), Portuguese's nasal "hã", Polish's "dobra"
 * (all right). The callers beside them hesitate the same way and go on to a flat, a day or a call back.
 */
class HesitationsInMoreFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "מממ... כן... טוב.",
        "אממ... מממ... אוקיי.",
        "Ну... е-е... так.",
        "Е-е-е... ну... вот.",
        "Hã... então... tá.",
        "Hã, hã, né.",
        "No... dobra... tak.",
        "Dobra, dobra, no.",
    })
    void aHesitationInItsScriptIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "מממ... כן, הדירה בהרצל עדיין פנויה? תחזור אליי",
        "Е-е... так, перетелефонуйте мені завтра щодо квартири",
        "Hã... então, me liga amanhã sobre o apartamento",
        "Dobra, to proszę zadzwonić jutro w sprawie mieszkania",
    })
    void aCallerWhoHesitatesPasses(String text) {
        assertPasses(text);
    }
}
