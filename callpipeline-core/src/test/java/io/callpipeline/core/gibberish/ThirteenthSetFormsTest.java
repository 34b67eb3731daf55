package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classes behind the thirteenth held-back set's first misses and its false positive (2026-12-04), each written
 * before its rule, in more forms than the set held: a Hebrew call switching to French, Spanish or English for half its
 * words (a defect: the Latin words were counted as junk, as only English ones were known); a syllabary recited along
 * a consonant's row of vowel forms (Amharic "ሀ ሁ ሂ ሃ ሄ ህ ሆ", as the fidel is taught) besides across its consonants;
 * and an Amharic ending whose verb takes another vowel form in its last syllable ("እንገናኛለን", "we will meet", beside
 * the listed "እንገናኝ"). The set's own row, "በሚቀጥለው ክፍል እንገናኛለን", stays a call: "ክፍል" is the next episode there
 * and a room in a caller's mouth ("ሶስት ክፍል"), and a caller's word excuses a goodbye.
 */
class ThirteenthSetFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Bonjour, כאן מישל, je voudrais savoir si l'appartement, הדירה ברחוב הרצל, est toujours disponible.",
        "Hola, זה פבלו, quería saber el precio del departamento, של הדירה בחיפה, gracias.",
        "Hi, זה מייק, I just wanted to confirm our meeting tomorrow morning, את הפגישה מחר.",
        "Buongiorno, זאת ג'וליה, volevo sapere se la casa, הבית ברעננה, è ancora libera.",
    })
    void aHebrewCallSwitchingToAnotherLatinLanguageIsACall(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "שלום asdfgh qwerty zxcvbn hjkl",
        "תודה xkcd qwrtp vbnm sdfg",
    })
    void hebrewWithKeyboardLettersStaysForeign(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ሀ ሁ ሂ ሃ ሄ ህ ሆ",
        "ለ ሉ ሊ ላ ሌ ል ሎ",
        "በ ቡ ቢ ባ ቤ ብ ቦ",
        "መ፣ ሙ፣ ሚ፣ ማ፣ ሜ፣ ም፣ ሞ",
    })
    void aSyllabaryRecitedAlongARowIsReciting(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "በሚቀጥለው ዝግጅት እንገናኛለን",
        "በሚቀጥለው ቪዲዮ እንገናኛለን",
        "በሚቀጥለው ፕሮግራም እንገናኛለን",
    })
    void anAmharicGoodbyeTillTheNextOneInAnotherVowelFormIsAnEnding(String text) {
        assertCaught(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ሰላም፣ ቤቱን ለማየት ነገ እንገናኛለን፣ አድራሻውን ይላኩልኝ።",
        "ተስፋዬ እባላለሁ፣ ስልኬ ዜሮ አምስት ሁለት ነው፣ እባክዎ ይደውሉልኝ።",
    })
    void anAmharicCallerArrangingToMeetIsACall(String text) {
        assertPasses(text);
    }
}
