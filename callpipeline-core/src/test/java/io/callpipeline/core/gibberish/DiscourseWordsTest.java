package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A transcript made only of the words speakers fill a pause or answer with ("כן. כן. טוב.", "يعني... يعني...",
 * "طيب، ماشي.", "Ну да, ладно", "Yeah, okay, right", "Bon, ben, voilà") says nothing a call is about: Whisper
 * writes it over a line's noise as it writes a hum. The eighth held-back set missed three at its first scoring;
 * these are the same shape in other words and languages. A caller who says them around a name, a flat, a day or
 * a number, or who asks something, passes.
 */
class DiscourseWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "כן. כן. טוב.",
        "כן, בסדר, אוקיי",
        "נו, טוב, יאללה",
        "يعني... يعني...",
        "طيب، ماشي.",
        "ايوه، طيب",
        "Ну да, ладно.",
        "Так, ну вот, хорошо",
        "Yeah, okay, right.",
        "Well, so, right",
        "Ouais, bon, alors.",
        "Bueno, vale, pues",
        "Allora, va bene",
        "Ja, also, gut",
        "እሺ አዎ",
    })
    void onlyFillingWordsAreNoCall(String text) {
        assertCaughtAs(text, NoContentRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "כן, טוב, אז מחר בחמש",
        "כן, בסדר, תחזור אליי",
        "طيب، ماشي، بكرا الساعة خمسة",
        "Ну да, ладно, перезвоните мне",
        "Yeah, okay, call me back",
        "Okay, so is it still available?",
        "Bon, d'accord, rappelez-moi",
        "כן, טוב, 054-1234567",
    })
    void aCallerSayingThemAroundSomethingPasses(String text) {
        assertPasses(text);
    }
}
