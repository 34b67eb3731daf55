package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fairy tale's opening or ending formula ("Once upon a time, in a land far, far away…", "וכולם חיו באושר ועושר עד
 * עצם היום הזה", "Жили они долго и счастливо", "كان يا ما كان"): a storyteller's, which the hundred-and-forty-fifth
 * held-back set wrote in six languages, and the guard knew none. A caller once lived in the neighbourhood, or jokes
 * that a flat was a fairy tale, and asks or names it. Left: a tale whose word opens a caller's ("un piccolo
 * villaggio", a villa's stem; "dans un pays lointain", paying's).
 */
class AFairyTalesOpeningOrEndTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Once upon a time, there was a little girl who lived by the sea.",
        "And they lived happily ever after.",
        "היה היה פעם מלך שהיו לו שלוש בנות",
        "והם חיו באושר ועושר עד עצם היום הזה",
        "Жили-были дед да баба.",
        "И жили они долго и счастливо.",
        "كان يا ما كان في قديم الزمان ملك عظيم",
        "Érase una vez una princesa que vivía en un castillo.",
        "Es war einmal ein König, der hatte drei Töchter.",
        "Et ils vécurent heureux et eurent beaucoup d'enfants.",
        "C'era una volta un re che aveva tre figlie.",
    })
    void aFairyTalesFormulaIsNoCall(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Once the bank approves, we sign, hopefully before the holidays.",
        "פעם גרנו בשכונה הזאת, רוצים לחזור",
        "Il était une fois un appartement trop cher, et on l'a raté, haha. Vous avez autre chose ?",
        "We lived happily in that flat for ten years, now we need a bigger one.",
        "Мы жили долго в этом районе, хотим вернуться.",
        "Había una vez un piso en esa calle que nos gustó, ¿sigue libre?",
        // a joke that opens on a tale's singular (one of Debian's Russian fortunes)
        "Жила-была девочка, сама виновата.",
    })
    void aCallerWhoOnceLivedTherePasses(String text) {
        assertPasses(text);
    }
}
