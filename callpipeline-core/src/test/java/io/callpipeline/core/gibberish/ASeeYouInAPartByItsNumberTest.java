package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A series' goodbye till its next part or episode by number ("See you in part three", "נתראה בחלק השלישי", "Nos
 * vemos en la tercera parte"), the number after the part or, as Romance languages and Russian say it, before: the
 * same goodbye as a course's till its numbered lesson (AGoodbyeTillANumberedLessonTest), which the
 * hundred-and-forty-ninth held-back set said of a part at its first scoring. A caller's goodbye beside the second part
 * of a payment or of a building is his business.
 */
class ASeeYouInAPartByItsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Alright, see you in part three.",
        "נתראה בחלק השלישי, ביי",
        "Nos vemos en la tercera parte.",
        "On se retrouve dans la deuxième partie !",
        "Wir sehen uns in Teil zwei.",
        "Ci vediamo nella seconda parte.",
    })
    void aGoodbyeTillANumberedPartIsASeriesEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "See you at the lawyer, and the second part of the payment goes by transfer.",
        "נתראה בחתימה, והחלק השני של התשלום יעבור בצ'ק",
        "Nos vemos en el notario, la segunda parte del pago va por transferencia.",
        "See you at the second part of the complex, building B, near the lift.",
        "Wir sehen uns im zweiten Teil des Hauses, im Erdgeschoss.",
        "Увидимся у нотариуса, вторую часть суммы переведу потом.",
    })
    void aCallersGoodbyeBesideANumberedPartPasses(String text) {
        assertPasses(text);
    }
}
