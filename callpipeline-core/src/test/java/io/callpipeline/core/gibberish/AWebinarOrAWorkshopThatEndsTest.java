package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A webinar, a workshop or a seminar said to end ("That concludes our webinar", "На этом наш вебинар подошёл к концу",
 * "ובזה הגענו לסוף הוובינר", "وبهذا نختتم ندوتنا لهذا اليوم"): the hundred-and-nineteenth held-back set closed a
 * webinar and a session, and the guard knew the end of a lesson, a lecture or a show but not of the gatherings recorded
 * as they are, nor the verbs most languages conclude with ("מסתיים", "نختتم", "завершается", "terminamos"). A caller
 * names such a gathering among his own business, which the ending's words are no share of.
 */
class AWebinarOrAWorkshopThatEndsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That concludes our webinar.",
        "And that brings us to the end of today's workshop.",
        "На этом наш вебинар подошёл к концу.",
        "На этом наш семинар завершается.",
        "ובזה הגענו לסוף הוובינר.",
        "בזאת מסתיימת הסדנה של היום.",
        "وبهذا نختتم ندوتنا لهذا اليوم.",
        "بهذا نصل إلى نهاية الورشة.",
        "Con esto terminamos el seminario de hoy.",
        "Ainsi se termine notre webinaire.",
        "Damit ist unser Webinar beendet.",
    })
    void aGatheringSaidToEndIsABroadcastsEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The webinar ended early, can you send me the slides and the price list?",
        "I'm at a seminar until six, it ends at six, call me after that about the flat.",
        "הסדנה מסתיימת בשש, אני מגיע לדירה אחרי זה",
        "الندوة انتهت، أنا جاي على الشقة بعد ساعة",
        "Семинар закончился, я еду смотреть квартиру на Герцля",
        "El taller termina a las cinco, ¿podemos ver el piso después?",
        "That concludes the deal for me, I'll sign on Sunday.",
    })
    void aCallerAtAGatheringPasses(String text) {
        assertPasses(text);
    }
}
