package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A code, a PIN or a postcode whose digits are one digit said four times ("Код четыре четыре четыре четыре, поняли?",
 * "הקוד ארבע ארבע ארבע ארבע, הבנת?") was a word said over, a transcriber's loop, in six languages: a grid of callers
 * dictating numbers found it (2026-12-07). The digits said over are the number the words beside them name (a code, a
 * PIN, a card, a phone, a postcode); the same digit said over with nothing to name it is still a loop.
 */
class ACodeOfOneDigitSaidOverTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Индекс четыре четыре четыре четыре, поняли?",
        "Код четыре четыре четыре четыре, поняли?",
        "הקוד ארבע ארבע ארבע ארבע, הבנת?",
        "קוד ארבע ארבע ארבע ארבע",
        "الكود أربعة أربعة أربعة أربعة، فهمت؟",
        "Código cuatro cuatro cuatro cuatro, ¿vale?",
        "PIN 1 1 1 1, ok?",
        "המיקוד שבע שבע שבע שבע, תרשום",
    })
    void aCodeOfOneDigitPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "four four four four four four",
        "ארבע ארבע ארבע ארבע ארבע ארבע",
        "четыре четыре четыре четыре четыре, да",
        "Код да да да да да да",
    })
    void theSameDigitWithNothingToNameItIsStillALoop(String text) {
        assertCaughtAs(text, RepetitionRule.CODE);
    }
}
