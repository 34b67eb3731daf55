package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A countdown whose first two numbers say a third together: Turkish "on, dokuz" (ten, nine) is "on dokuz",
 * nineteen, Amharic "አስር ዘጠኝ" reads so too, and the count read along itself took the pair for one number only once
 * a count was under way, so five words counting down from ten were four numbers and too few (a grid of counts,
 * 2026-12-07). The first number is the one the next goes on from by one. A caller's nineteen stays nineteen.
 */
class ACountdownThatOpensOnACompoundTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "on, dokuz, sekiz, yedi, altı",
        "on - dokuz - sekiz - yedi - altı",
        "አስር ዘጠኝ ስምንት ሰባት ስድስት",
        "አስር - ዘጠኝ - ስምንት - ሰባት - ስድስት",
        "dix, neuf, huit, sept, six",
        "zehn, neun, acht, sieben, sechs",
    })
    void aCountdownFromTenIsCaught(String text) {
        assertCaughtAs(text, CountingRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Daire on dokuz numara, üçüncü kat, yarın saat beşte gelirim",
        "ቤቱ አስር ዘጠኝ ቁጥር ነው፣ ነገ እመጣለሁ",
        "Kira on dokuz bin, depozito iki kira, tamam mı?",
    })
    void aCallersNineteenPasses(String text) {
        assertPasses(text);
    }
}
