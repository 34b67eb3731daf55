package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An alphabet recited with each letter's other form said beside it: Hebrew's final forms ("כ ך, מ ם, נ ן"), Greek's
 * final sigma, a letter and its marked form that the alphabet does not count apart (German's "a ä", Russian's "е
 * ё"), a capital beside its small letter. The two forms share the letter's place, so the step between them is none,
 * and a recitation that says both read as one whose every other step went nowhere. The hundred-and-fiftieth
 * held-back set missed a Hebrew recitation of the letters that have final forms at its first scoring; these are the
 * same shape in other letters and scripts. A caller who spells his name or names a flat's letters passes.
 */
class ALetterBesideItsOtherFormTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "י כ ך ל מ ם נ ן ס",
        "מ ם נ ן ס ע פ ף צ ץ ק",
        "ο π ρ σ ς τ υ φ",
        "a ä b c d e f g",
        "д е ё ж з и й к",
        "а А б Б в В г Г д Д е Е",
        "α Α β Β γ Γ δ Δ ε Ε",
    })
    void anAlphabetWithItsLettersOtherFormsBesideThemIsNoCall(String text) {
        assertCaughtAs(text, RecitingRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "שם המשפחה שלי כץ, כ ץ, עם צדי סופית בסוף",
        "Anna, A N N A, and I'm calling about the flat",
        "Meine Adresse ist Hauptstraße, mit ä, Wohnung B",
        "Квартира Е, корпус Ё, это разные подъезды",
        "כניסה ב, קומה ג, דירה ד",
        "My code is A A B B, then the star key",
    })
    void aCallerWhoSpellsOrNamesLettersPasses(String text) {
        assertPasses(text);
    }
}
