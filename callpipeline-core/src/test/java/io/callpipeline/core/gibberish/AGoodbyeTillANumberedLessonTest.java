package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A course's goodbye till its next lesson by number ("See you in lesson four", "נתראה בשיעור חמש", "Увидимся на
 * уроке номер шесть"): the hundred-and-twenty-third held-back set ended a language lesson so, and the guard knew the
 * next lesson said as the next one ("In the next lecture…") but not by its number. A caller's goodbye names a flat, a
 * floor or an entrance by number, none of them a lesson, and a lesson "on Sunday" is no lesson ten.
 */
class AGoodbyeTillANumberedLessonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Okay, good. See you in lesson four.",
        "עבודה טובה, נתראה בשיעור חמש.",
        "Отличная работа! Увидимся на уроке номер шесть.",
        "¡Muy bien! Nos vemos en la lección cuatro.",
        "Bravo ! On se retrouve dans la leçon cinq.",
        "Super gemacht! Wir sehen uns in Lektion drei.",
    })
    void aGoodbyeTillANumberedLessonIsACoursesEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "See you in apartment four, it's on the second floor.",
        "נתראה בדירה חמש, קומה שנייה, הדלת פתוחה",
        "Увидимся в квартире номер шесть, третий этаж.",
        "Nos vemos en el piso cuatro, la puerta está abierta.",
        "My daughter has a lesson until four, see you at the flat at five.",
        // a defect the workouts' test found: Turkish "on" (ten) after the lesson was read as its number
        "See you at the next viewing then, after my lesson on Sunday.",
    })
    void aCallersGoodbyeByNumberPasses(String text) {
        assertPasses(text);
    }
}
