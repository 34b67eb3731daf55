package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A French caller's lease, mortgage, deposit or down payment: "bail", "hypothèque", "caution", "acompte". French's
 * topic words named the flat, its rent and its contract but not these, so a caller who thanks a group and names his
 * lease was read as a video's thanks and sign-off ("C'est tout pour moi concernant le bail, merci les amis"), as a grid
 * of callers in six languages found on 2026-12-08; the same call in English ("lease") passed. A French video's ending
 * beside none of them is still one.
 */
class AFrenchLeaseIsACallersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "C'est tout pour moi concernant le bail, merci les amis",
        "Bonjour à tous, merci pour le bail, bisous",
        "Bonjour à tous, merci pour l'hypothèque, à bientôt les amis",
        "Salut les amis, c'est tout pour la caution, merci, bisous",
    })
    void aFrenchCallersLeaseIsACallers(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "C'est tout pour moi, merci les amis",
        "Bonjour à tous, merci d'avoir regardé, bisous",
        "Salut les amis, c'est tout pour aujourd'hui, merci, bisous",
    })
    void aFrenchEndingIsStillOne(String text) {
        assertCaughtAs(text, VideoOutroRule.CODE);
    }
}
