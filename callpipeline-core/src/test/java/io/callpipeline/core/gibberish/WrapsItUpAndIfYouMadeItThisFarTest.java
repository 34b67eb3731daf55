package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms of a video's ending found by writing fifty more endings of our own in English, French and Spanish after the
 * nineteenth set (no held-back row read; 20 passed): a wrap-up said otherwise ("That about wraps it up", "That's all
 * folks", "Y eso fue todo", "C'est tout pour moi"), a goodbye on the flip side, "if you made it this far", the
 * conversation kept going in the comments, a share around the audience after it liked the video,
 * a subscription "if it isn't done yet", "till next time". Left as callers say them: "I'll let you go", "goodbye for
 * now", a week away. A caller who wraps up his own matter passes.
 */
class WrapsItUpAndIfYouMadeItThisFarTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "That about wraps it up",
        "That's all folks",
        "Y eso fue todo, chicos",
        "C'est tout pour moi, à plus tard",
        "Voilà pour aujourd'hui, à bientôt",
        "I'll catch y'all on the flip side",
        "If you made it this far, comment below",
        "Let's keep the conversation going in the comments",
        "Si vous avez aimé, partagez autour de vous",
        "Abonnez-vous si ce n'est pas déjà fait",
        "Suscríbete si aún no lo has hecho",
        "Till next time, stay awesome",
    })
    void theseEndingsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "That about wraps it up for the contract, call me tomorrow",
        "C'est tout pour moi, je signe le bail lundi",
        "Y eso fue todo lo que dijo el dueño del piso",
        "If you made it this far in the paperwork, send me the forms",
        "Till next time then, I'll bring the keys on Sunday",
    })
    void aCallerSayingSuchWordsIsACall(String text) {
        assertPasses(text);
    }
}
