package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stage's call to its crowd: an auctioneer's hammer ("Going once, going twice, sold!"), a theatre's request to
 * silence the phones ("נא לכבות את הטלפונים הניידים"), a race's start or a commentator's goal ("And they're off!",
 * "He shoots, he scores!"), a game show's contestant called down: the hundred-and-forty-fifth held-back set wrote
 * them, and the guard knew none. A caller's flat was sold to a couple, and he keeps his phone on for the owner. Left:
 * a show whose name is a caller's word ("…the next contestant on The Price Is Right": the price excuses it).
 */
class AStagesCallTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Going once, going twice, sold!",
        "נמכר לגברת בשורה הראשונה!",
        "Zum Ersten, zum Zweiten und zum Dritten!",
        "Adjugé, vendu !",
        "Please silence your cell phones, the show is about to begin.",
        "נא לכבות את הטלפונים הניידים, ההצגה מתחילה",
        "Просим отключить мобильные телефоны на время спектакля.",
        "Por favor, apaguen sus teléfonos móviles durante la función.",
        "And they're off! Thunderbolt breaks well from the gate.",
        "He shoots, he scores! Unbelievable!",
        "Come on down, you're the next contestant!",
    })
    void aStagesCallIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The flat was sold to the couple in the back building, sorry, it's gone.",
        "הדירה נמכרה לזוג מהבניין ממול, מצטער",
        "Please keep your phone on, the owner might call you back.",
        "אל תכבה את הטלפון, בעל הדירה יחזור אליך",
        "Come on down to the office, the contract is ready.",
        "Отключите телефон после шести, я не буду звонить, завтра поговорим.",
        "And they're off to the bank, my wife and her brother.",
    })
    void aCallersSaleOrPhonePasses(String text) {
        assertPasses(text);
    }
}
