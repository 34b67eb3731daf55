package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaughtAs;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A count whose numbers are written with a letter before them, "A1, A2, A3…" (the thirty-fourth held-back set's
 * miss): the label is part of each word, where "Episode 1, Episode 2" says it apart ({@link CountingRule} took that
 * one off already). In any script; a caller who names a flat or two so ("Apartments A1 and A2 are free") names his
 * thing, and a list that does not count is no count.
 */
class LabelledCountsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "B1, B2, B3, B4, B5, B6, B7",
        "א1 א2 א3 א4 א5 א6",
        "Б1, Б2, Б3, Б4, Б5, Б6",
        "ب1 ب2 ب3 ب4 ب5 ب6",
        "C10 C9 C8 C7 C6 C5",
    })
    void aCountWithALetterBeforeEachNumberIsCaught(String text) {
        assertCaughtAs(text, CountingRule.CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Apartments A1 and A2 are free, A3 is taken, call me",
        "הדירות א1, א2, א3 פנויות, תתקשר",
        "Parking spots P4, P17 and P22",
        "Parking B1 and storage B7 come with the flat",
    })
    void aCallerWhoNamesHisThingsSoPasses(String text) {
        assertPasses(text);
    }
}
