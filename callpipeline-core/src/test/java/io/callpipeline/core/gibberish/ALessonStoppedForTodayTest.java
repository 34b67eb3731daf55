package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lesson stopped for today, to go on next time ("That's where we'll stop for today", "כאן נעצור להיום, נמשיך בשיעור
 * הבא", "На этом давайте остановимся, продолжим в следующий раз", "Lo dejamos aquí por hoy"): the held-back sets'
 * lecturers stopped so, and the guard knew their goodbyes but not their stop. A caller who stops says why, asks, or
 * names the flat, a day or a call back.
 */
class ALessonStoppedForTodayTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That's where we'll stop for today.",
        "Let's stop here for today, and we'll pick it up next week.",
        "כאן נעצור להיום, נמשיך בשיעור הבא.",
        "נעצור כאן להיום, ובשיעור הבא נמשיך מאותה נקודה.",
        "На этом давайте остановимся, продолжим в следующий раз.",
        "На сегодня остановимся здесь, продолжим на следующем занятии.",
        "نتوقف هنا اليوم ونكمل في المحاضرة القادمة.",
        "On s'arrête là pour aujourd'hui, on reprendra la semaine prochaine.",
        "Lo dejamos aquí por hoy, seguimos en la próxima clase.",
        "Wir hören für heute hier auf und machen nächstes Mal weiter.",
        "Per oggi ci fermiamo qui, continuiamo la prossima lezione.",
    })
    void aLessonStoppedForTodayIsALecturers(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Let's stop here for today, I'll think about the price and call you tomorrow.",
        "We stopped at the flat on Herzl today, the kitchen is too small.",
        "בוא נעצור כאן להיום, אני אחשוב על המחיר ואחזור אליך מחר.",
        "Давайте на этом остановимся, я подумаю о цене и перезвоню завтра.",
        "خلينا نوقف هون اليوم، بفكر بالسعر وبرجعلك بكرا.",
        "On s'arrête là pour aujourd'hui ? Je vous rappelle demain pour l'appartement.",
        "Lo dejamos aquí por hoy, mañana le llamo por el piso.",
        "I'll leave it there today, under the mat.",
        "Let's leave it there for now, I'll think about it.",
        "יאללה, נעצור כאן להיום, אני אחשוב על זה.",
    })
    void aCallerWhoStopsPasses(String text) {
        assertPasses(text);
    }
}
