package io.callpipeline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue is the only source of reason codes: every one has a label and a stable shape. */
class ReasonCodeTest {

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    void everyCodeHasAHebrewLabelAndAStableShape(ReasonCode reason) {
        assertThat(reason.label()).as(reason.code()).isNotBlank().containsPattern("[\\u05D0-\\u05EA]");
        assertThat(reason.code()).matches("[a-z][a-z0-9_]{2,63}");
        assertThat(ReasonCode.of(reason.code())).contains(reason);
    }

    @Test
    void labelsAreDistinctSoAnAgentCanTellCausesApart() {
        assertThat(Arrays.stream(ReasonCode.values()).map(ReasonCode::label)).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownOrCallerSuppliedCodeIsNotInTheCatalogue() {
        assertThat(ReasonCode.of("recording_completed'--")).isEmpty();
        assertThat(ReasonCode.of(null)).isEmpty();
    }

    @Test
    void anExceptionCannotDisagreeWithTheCatalogueAboutRetrying() {
        assertThatThrownBy(() -> new PermanentProcessingException(ReasonCode.OPENAI_UNAVAILABLE, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TransientProcessingException(ReasonCode.AUDIO_UNREADABLE, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
