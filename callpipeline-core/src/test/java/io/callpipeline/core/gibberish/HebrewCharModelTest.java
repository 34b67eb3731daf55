package io.callpipeline.core.gibberish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HebrewCharModelTest {

    @Test
    void shippedCountsAreExactlyWhatTheGeneratorMakesFromTheNamedSource() throws Exception {
        String shipped;
        try (InputStream in = HebrewCharModel.class.getResourceAsStream("hebrew-char-ngrams.tsv")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).isEqualTo(HebrewNgramModelGenerator.generate());
    }

    @Test
    void realWordsScoreAboveKeyboardMashing() {
        HebrewCharModel model = HebrewCharModel.shipped();
        assertThat(model.averageLogProbability("דירה")).isGreaterThan(model.averageLogProbability("גכעי"));
        assertThat(model.averageLogProbability("להשכיר")).isGreaterThan(model.averageLogProbability("דגכשדג"));
    }
}
