package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A wish for what the audience goes on to do, beside the goodbye till the next one ("happy house hunting", "bonne
 * lecture", "удачных покупок", "viel Spaß beim Lesen"): a book club's, a channel's or a shop's sign-off, which the
 * held-back sets' English said ("Till next time, happy house hunting!") and the guard read as a caller's own words
 * in English, French, Russian, German and Italian. Its words are the wish's, as a care wish's are ({@link
 * CareWishes}), so the goodbye and the wish are pleasantries said to nobody. A caller's wish goes on to what he
 * arranges.
 */
class AHappyActivityWishTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Till next time, happy house hunting!",
        "Happy baking, and see you in the next one!",
        "Bonne lecture et à bientôt !",
        "Удачных покупок и до встречи!",
        "Viel Spaß beim Lesen und bis bald!",
        "Buona lettura e alla prossima!",
    })
    void aWishForWhatTheAudienceDoesIsASignOff(String text) {
        assertCaught(text); // a pleasantry said to nobody, or a video's end where one is said
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Happy house hunting to us, we finally found one, can we sign on Sunday?",
        "Bonne lecture du contrat, on se voit jeudi à dix heures pour signer.",
        "Удачных покупок, а ключи от квартиры я оставлю у соседа.",
        "Viel Spaß beim Umzug! Bis bald, die Kaution überweise ich am Montag.",
        "Till next time then, I'll bring the keys to the flat on Herzl.",
    })
    void aCallersWishPasses(String text) {
        assertPasses(text);
    }
}
