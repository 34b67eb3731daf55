package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bulletin's goodbye till a part of tomorrow ("…et à demain matin", "увидимся завтра утром", "ci vediamo domani
 * mattina", "Bis morgen früh"): the hundred-and-twenty-third and -fourth held-back sets closed their forecasts so, and
 * in Russian, French and Italian the guard took the day's part for a caller's own word after his goodbye, and French's
 * "à demain" for no goodbye. A caller's goodbye till tomorrow morning names the flat, the building or what he brings.
 */
class AGoodbyeTillTomorrowMorningTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Это были новости. До завтра!",
        "C'était le journal. À demain soir !",
        "E questo era il telegiornale, a domani sera.",
        "Das waren die Nachrichten. Bis morgen früh!",
        "И это был прогноз погоды. Увидимся завтра вечером!",
    })
    void aBulletinsGoodbyeTillTomorrowIsItsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "À demain matin, neuf heures devant l'immeuble rue Herzl.",
        "Ci vediamo domani mattina all'appartamento, porto i documenti.",
        "Увидимся завтра утром у подъезда, я привезу ключи.",
        "נתראה מחר בבוקר בדירה, אני מביא את החוזה",
        "See you tomorrow morning at the flat, I'll bring the deposit.",
        "Bis morgen früh, ich bringe den Vertrag zur Wohnung mit.",
        "Das waren die Nachrichten, die ich wollte! Bis morgen früh in der Wohnung.",
    })
    void aCallersGoodbyeTillTomorrowMorningPasses(String text) {
        assertPasses(text);
    }
}
