package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A wrap-up, a wish that the audience take care, and a goodbye ("C'est tout pour aujourd'hui, portez-vous bien et à
 * bientôt", "Eso es todo por hoy, cuidaos y hasta pronto", "עד כאן להיום, תהיו טובים, ביי"): the wish in the person
 * a presenter speaks to his audience in was no pleasantry the guard knew (French's "portez-vous bien", Spain's
 * "cuidaos", German's "macht's gut", Hebrew's "תהיו טובים", Arabic's "انتبهوا لأنفسكم"), and "for this time" no
 * wrap-up's ("That's it for this time", "Das war's für dieses Mal", "هذا كل شيء لهذه المرة"). The
 * hundred-and-fifty-fourth held-back set ended so in Hebrew at its first scoring. A caller who wishes the same goes
 * on to his flat, a day or an hour.
 */
class AWrapUpWithACareWishBeforeItsGoodbyeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "עד כאן להיום, תהיו טובים, ביי",
        "C'est tout pour aujourd'hui, portez-vous bien et à bientôt",
        "Eso es todo por hoy, cuidaos y hasta pronto",
        "Das war's für heute, macht's gut und bis bald",
        "هذا كل شيء لليوم، انتبهوا لأنفسكم ونلقاكم",
        "That's it for this time, be good and see you",
        "Das war's für dieses Mal, bis bald",
        "هذا كل شيء لهذه المرة، نلقاكم",
    })
    void aWrapUpACareWishAndAGoodbyeAreAVideosEnd(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "תהיו טובים, אני מחכה לתשובה לגבי הדירה עד יום חמישי",
        "That's it for this time, the plumber comes back on Sunday.",
        "Cuidaos mucho, y mañana firmamos el contrato a las diez",
        "Macht's gut, wir sehen uns morgen bei der Besichtigung",
        "Portez-vous bien, je passe à l'agence demain matin",
        "انتبهوا لأنفسكم، منلتقي بكرا عند المحامي الساعة عشرة",
    })
    void aCallersWishBesideHisOwnBusinessPasses(String text) {
        assertPasses(text);
    }
}
