package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forms the nineteenth held-back set's misses and false positive stand for, each in three languages or more (the
 * set's own rows moved to development): the standard Arabic teens said in two words ("أحد عشر", "ثلاث عشرة"), which
 * ICU spells only one way; "that was the last episode of the season" (an episode a few words after "that was", whose
 * words now carry); the audience's friends and family; "it means the world"; more tips next week; French fillers
 * ("bah", "en fait"). A caller's pleasantries or fillers switching script mid-goodbye ("Ok, תודה, bye") were judged
 * an invention: Whisper's over silence are in one language.
 */
class NineteenthSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "تسعة، عشرة، أحد عشر، اثنا عشر، ثلاثة عشر",
        "عشرة، إحدى عشرة، اثنتا عشرة، ثلاث عشرة، أربع عشرة",
        "That was the final episode of this season",
        "Это была последняя серия сезона",
        "זה היה הפרק האחרון של העונה",
        "Esta fue la última temporada de la serie",
        "Share it with your friends and family",
        "שתפו עם חברים ומשפחה",
        "Поделитесь с друзьями и близкими",
        "Your support means the world, thank you",
        "See you next week with more tips, bye",
        "نشوفكم الأسبوع الجاي مع نصائح جديدة، باي",
        "Bah... euh... en fait... voilà",
    })
    void theNineteenthSetsFormsAreInventions(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ok, תודה, bye",
        "Спасибо, תודה, увидимся",
        "Ok, כן, yes, בסדר",
        "Merci, תודה, d'accord",
        "That was the last flat we saw, thanks",
        "Thanks for the tips, see you next week",
        "Share it with your family, the flat is big enough",
        "The eleventh floor is too high, thanks",
        "الطابق أحد عشر عالي كتير",
    })
    void aCallerSayingSuchWordsIsACall(String text) {
        assertPasses(text);
    }
}
