package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video named by its kind, a tutorial, a review, an unboxing, a reel or a short ("Thanks for watching this
 * tutorial", "Спасибо, что посмотрели этот обзор", "Gracias por ver este tutorial", "On se retrouve dans le prochain
 * tuto"): the hundred-and-nineteenth held-back set ended a tutorial, and the guard read "this tutorial" as something
 * else the audience was thanked for watching, as a babysitter is. A caller thanks for a market's review or asks about
 * a tutorial in his own words.
 */
class AVideoNamedByItsKindTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for watching this tutorial.",
        "Thanks for watching this unboxing, see you soon.",
        "If this tutorial helped you out, smash that thumbs up and I'll catch you in the next one.",
        "Спасибо, что посмотрели этот туториал.",
        "Спасибо, что посмотрели этот обзор.",
        "Gracias por ver este tutorial.",
        "On se retrouve dans le prochain tuto.",
        "Grazie per aver guardato questo tutorial.",
        "شكرا لمشاهدة هذا الريلز، ولا تنسوا الاشتراك.",
    })
    void aVideosKindIsAVideo(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks for watching my daughter yesterday, she loved you.",
        "Спасибо за обзор рынка, пришлите ещё пару квартир в Хайфе.",
        "I watched the tutorial on your website about the mortgage calculator, but it doesn't work, can you call me?",
        "Vi el tutorial de la hipoteca en su página, ¿me puede llamar mañana?",
        "Is there a reel of the flat on Instagram? My wife wants to see the balcony.",
    })
    void aCallerWhoNamesOneInHisOwnWordsPasses(String text) {
        assertPasses(text);
    }
}
