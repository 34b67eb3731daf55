package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A caller who says only a word or two in his own language ("Rappelez-moi.", "¿Sigue disponible?", "ደውልልኝ"): the
 * fifty-first held-back set's three false positives. Too short for the identifier to name its language, a Latin one
 * was read as foreign letters in a Hebrew call, and one word alone as no content. A caller's request, his flat or a
 * question is something a call is about, in any language: those pass. A short invention says none of them and is still
 * caught.
 */
class ShortCallsInOtherLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Rappelle-moi.",
        "Disponible encore?",
        "¿Todavía disponible?",
        "Llámame.",
        "ደውሉልኝ",
        "Ligue-me, por favor.",
        "Chiamami.",
        "Oddzwoń.",
        "Sunați-mă.",
        "Perezvonite mne.",
        "Appartement libre?",
    })
    void aShortCallInAnotherLanguagePasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Merci.",
        "Music",
        "Abonnez-vous !",
        "Suscríbete.",
        "ቻው",
        "Sous-titres",
        "Gracias.",
    })
    void aShortInventionIsStillCaught(String text) {
        assertCaught(text);
    }
}
