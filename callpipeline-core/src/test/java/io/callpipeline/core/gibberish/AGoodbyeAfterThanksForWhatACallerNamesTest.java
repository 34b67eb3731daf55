package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A goodbye till next time beside a thanks for what a caller names ("Thanks for your help, see you next time",
 * "תודה על הקפה, נתראה בפעם הבאה", "Gracias por tu ayuda, hasta la próxima"): the goodbye's two words signed off
 * as a video does in English, Hebrew and Spanish, whatever the thanks was for, while Arabic, French, German, Italian
 * and Russian callers passed. The hundred-and-fifty-second held-back set's first scoring judged an agent's "See you
 * next time, and thanks again for your patience", the hundred-and-fifty-third an Amharic caller's, who says what he
 * thanks for first; these are the same shape in other words and languages. A thanks for
 * the watching, the support, the attention or the company is a video's, and stays its ending.
 */
class AGoodbyeAfterThanksForWhatACallerNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for your help, see you next time.",
        "See you next time, thanks for the coffee.",
        "Thanks again for all the paperwork, see you next time.",
        "תודה על העזרה, נתראה בפעם הבאה",
        "תודה על הקפה, נתראה בפעם הבאה",
        "Gracias por tu ayuda, hasta la próxima",
        "Merci pour le café, à la prochaine",
        "Спасибо за кофе, до следующего раза",
        // Amharic says what it thanks for first: the hundred-and-fifty-third set's caller, in other words
        "ስለ ቡናው እናመሰግናለን፣ በሚቀጥለው ጊዜ እንገናኝ",
    })
    void aCallersThanksForWhatHeNamesPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for your support, see you next time.",
        "Thank you for your attention, see you next time.",
        "Thanks for listening, see you next time.",
        "תודה על הצפייה, נתראה בפעם הבאה",
        "תודה שהייתם איתנו, נתראה בפעם הבאה",
        "Gracias por vuestro apoyo, hasta la próxima",
        "Thanks for tuning in, see you next time.",
        "Thank you all so much for watching, see you next time.",
        "ስለ ድጋፋችሁ እናመሰግናለን፣ በሚቀጥለው ጊዜ እንገናኝ",
        "ስለተመለከቱ እናመሰግናለን፣ በሚቀጥለው ቪዲዮ እንገናኝ",
    })
    void aThanksForTheWatchingIsStillAVideosEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
