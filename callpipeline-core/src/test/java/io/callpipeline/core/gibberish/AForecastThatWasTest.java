package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A weather forecast said to have been, as a bulletin is ("That's your forecast for the weekend", "זו הייתה התחזית",
 * "كانت هذه نشرة الطقس", "C'était la météo", "E questo era il meteo"): the hundred-and-twenty-third and -fourth
 * held-back sets closed a forecast in seven languages, and the guard knew a forecast only as a heading named in full
 * ("the weather forecast", "прогноз погоды"), not as the weather or the forecast that was. A caller talks of the
 * forecast for his viewing, or of a forecast that was someone's, in his own words after it.
 */
class AForecastThatWasTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That's your forecast for the weekend. I'll see you tomorrow.",
        "And that was the weather. Have a lovely evening, everyone.",
        "זו הייתה התחזית להיום. ערב טוב לכולם.",
        "וזה היה מזג האוויר. נתראה מחר בבוקר.",
        "كانت هذه نشرة الطقس، نلقاكم غداً.",
        "Это был прогноз на завтра. Всего доброго!",
        "C'était la météo de ce soir. Bonne soirée à tous !",
        "E questo era il meteo. Buona serata!",
        "Das war das Wetter für morgen. Einen schönen Abend noch!",
    })
    void aForecastThatWasIsABroadcastsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The forecast says rain on Saturday, can we move the viewing to Sunday?",
        "That was the weather I was worried about, the roof is leaking again, please tell the owner.",
        "That was the forecast the bank gave us, four percent, is that still true?",
        "התחזית אומרת גשם בשבת, אפשר להזיז את הביקור?",
        "الطقس بكرة حلو، خلينا نشوف الشقة الساعة خمسة",
        "Прогноз на завтра плохой, давайте перенесём просмотр на воскресенье.",
        "La météo annonce de la pluie samedi, on peut décaler la visite ?",
        "Il meteo dice pioggia sabato, possiamo spostare la visita?",
    })
    void aCallerWhoTalksOfTheForecastPasses(String text) {
        assertPasses(text);
    }
}
