package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lesson's end and the homework set till a day, the kind the seventy-eighth and eighty-eighth held-back sets
 * (English alone) and the eighty-second (Hebrew alone) missed: after a lesson said to be over, "read chapter five for
 * Wednesday", "תקראו את פרק ארבע עד יום ראשון", "прочитайте пятую главу к среде" is the class's schedule, as a goodbye
 * till a day is a series'. The callers beside them end a child's lesson and then ask the agent to read a contract or
 * the documents by a day.
 */
class ALessonsEndAndItsHomeworkTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That concludes today's lecture. Please read chapter six for Thursday.",
        "Okay everyone, class dismissed, finish exercise three before Monday.",
        "השיעור של היום הסתיים, תקראו את פרק ארבע עד יום ראשון",
        "На этом урок окончен, прочитайте пятую главу к среде",
        "La clase de hoy ha terminado, lean el capítulo cuatro para el lunes",
        "Le cours est terminé, lisez le chapitre deux pour jeudi",
        "Die heutige Vorlesung ist beendet, lest Kapitel drei bis Dienstag",
        "انتهى درس اليوم، اقرأوا الفصل الثالث قبل يوم الأحد",
    })
    void aLessonsEndAndHomeworkTillADayIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hi, my daughter's lesson is over, please read the contract before Monday and call me",
        "השיעור של הבת שלי נגמר, תקרא את החוזה עד יום ראשון",
        "Урок у сына закончился, прочитайте договор до среды, пожалуйста",
        "Terminó la clase de mi hijo, lean el contrato antes del lunes",
        "Thanks for the tour, I'll read the documents before Monday",
        "The lesson is over, I'll come to see the flat on Thursday",
    })
    void aCallerWhoAsksForReadingByADayPasses(String text) {
        assertPasses(text);
    }
}
