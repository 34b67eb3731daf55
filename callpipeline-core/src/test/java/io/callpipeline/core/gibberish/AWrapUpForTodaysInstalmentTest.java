package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A wrap-up for today's instalment of whatever the series shows ("That's all for today's tour", "Eso es todo por el
 * tour de hoy", "Вот и всё на сегодняшней экскурсии"): the held-back sets' presenters wrapped up their house tours and
 * market updates so, and the guard knew the wrap-up only when what it was for was a video's, a lesson's or a
 * programme's word. What today's instalment is (a tour, a visit) is a caller's word too, so a caller was excused by
 * the wrap-up's own words; where it is said of today, it is the instalment's. A caller who says such a thing goes on to
 * a question, a day or what he brings.
 */
class AWrapUpForTodaysInstalmentTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That's all for today's tour.",
        "Okay guys, that's it for today's walkthrough.",
        "Eso es todo por el tour de hoy.",
        "C'est tout pour la visite d'aujourd'hui.",
        "Вот и всё на сегодняшней экскурсии.",
        "וזה הכל לסיור של היום.",
        "Questo è tutto per il giro di oggi.",
        // today's instalment in two words
        "And that's all for today's home tour.",
        "זה הכל לסיור הנכסים של היום.",
        "Eso es todo por el recorrido virtual de hoy.",
        // Hebrew's "that's it" for today's instalment
        "זהו לסטרים של היום, ביי.",
        "וזהו לשיעור של היום.",
        "זהו לסיור של היום, תודה שצפיתם.",
    })
    void aWrapUpForTodaysInstalmentIsItsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "That's all for today's tour? I wanted to see the flat on Herzl too.",
        "Eso es todo por el pago de hoy, mañana le mando el resto.",
        "C'est tout pour la visite d'aujourd'hui, on se rappelle demain pour l'offre.",
        "זה הכל לגבי הביקור של היום, אני אחזור אליך מחר עם תשובה.",
        "Это всё на сегодняшний просмотр? А можно ещё одну квартиру посмотреть?",
        "Questo è tutto per il contratto di oggi, domani porto la caparra.",
        "That's all for today's viewing, I'll bring the deposit on Sunday.",
        "That's all for today's bank transfer, the rest comes with the keys.",
        "זה הכל לגבי תשלום השכירות של היום, את היתר אעביר מחר.",
        "זהו, היום העברתי את המקדמה, תאשר לי בבקשה.",
        "זהו לגבי הביקור של היום, אני אחזור אליך מחר.",
    })
    void aCallersWrapUpOfTodaysVisitPasses(String text) {
        assertPasses(text);
    }
}
