package io.callpipeline.core.gibberish;

import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertCaught;
import static io.callpipeline.core.gibberish.AsThePipelineJudges.assertPasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ethiopic writes a consonant and its vowel as one letter, and a word list's stem of three letters or more dropped
 * every Amharic word of two ("ቤት", house; "ዋጋ", price; "ውል", contract; "ኮድ", code; "ሼር", share; "ዜና", news; "ገጽ",
 * page), in every list: writing callers for the forty-third held-back set's rules found "እግዚአብሔር ይመስገን፣ ቤት አገኘን"
 * (thank God, we found a house) judged a blessing, its house in no list. Two Ethiopic letters are a stem; a Latin,
 * Hebrew or Cyrillic stem still needs three.
 */
class TwoLetterStemsInEthiopicTest {

    @Test
    void aTwoLetterEthiopicStemIsReadAndAShortOneElsewhereIsNot() {
        StemSet stems = new StemSet(4);
        stems.add("ቤት");
        stems.add("ab");
        assertThat(stems.anyIn(List.of("ቤትህ"))).isTrue();
        assertThat(stems.anyIn(List.of("ቤ"))).isFalse();
        assertThat(stems.anyIn(List.of("abc"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "እግዚአብሔር ይመስገን፣ ቤት አገኘን።",
        "ተመስገን፣ ዋጋው ጥሩ ነው፣ ውሉን እንፈርማለን።",
        "እግዚአብሔር ይመስገን፣ ውል ፈርመናል።",
    })
    void anAmharicCallerWhoseWordsAreTwoLettersLongPasses(String text) {
        assertPasses(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "የዛሬው ዜና ይህ ነበር",
        "ለበለጠ መረጃ ገጻችንን ይጎብኙ",
    })
    void anAmharicEndingWhoseWordsAreTwoLettersLongIsCaught(String text) {
        assertCaught(text);
    }
}
