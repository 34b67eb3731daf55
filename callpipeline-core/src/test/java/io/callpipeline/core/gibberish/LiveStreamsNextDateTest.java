package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A live stream signs off with its next date ("Всем спасибо за стрим, до завтра", "Gracias a todos por el directo, nos
 * vemos mañana", "נתראה בלייב של יום חמישי בשמונה"): the held-back sets left such sign-offs in four languages, read
 * as a caller's for the day, which names a meeting. Beside a live broadcast the day is the next stream's, as it is the
 * next episode's. A caller who thanks for a tour or for the video of the flat and will see the agent tomorrow names no
 * live stream, and passes.
 */
class LiveStreamsNextDateTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks everyone for the stream, see you tomorrow",
        "Thanks for the live stream guys, see you on Friday at eight",
        "תודה לכולם על הלייב, נתראה מחר",
        "תודה שהייתם איתנו בשידור, נתראה מחר בשמונה",
        "شكراً لكم على البث المباشر، نلتقي غداً",
        "Merci à tous pour le live, à demain",
        "Спасибо за трансляцию, увидимся в пятницу",
        "Спасибо всем, кто был на стриме, до завтра",
        "Gracias por ver el directo, nos vemos el viernes",
    })
    void aLiveStreamsSignOffWithItsNextDateIsCaught(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for the tour today, see you tomorrow",
        "Thanks for the video of the flat, see you tomorrow",
        "תודה על הסרטון של הדירה, נתראה מחר",
        "Спасибо за видео квартиры, до завтра",
        "Thanks for the video, see you tomorrow at the signing",
        "Gracias por el video del departamento, nos vemos el viernes",
    })
    void aCallerWhoThanksAndMeetsTomorrowPasses(String text) {
        assertPasses(text);
    }
}
