package io.callpipeline.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The event as any provider's adapter makes it: identifiers that can go into a file name, a URL path
 * and a log line, whatever their provider's shape, and the pipeline's own status words.
 */
class RecordingEventTest {

    private static RecordingEvent withIds(String account, String call, String recording) {
        return new RecordingEvent(account, call, recording, null, "completed", null, null, null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CA0123456789abcdef0123456789abcdef", "call-42",
        "b1a2c3_d4", "x"})
    void anyProvidersSafeIdentifierIsTaken(String id) {
        RecordingEvent event = withIds(id, id, id);

        assertThat(event.callSid()).isEqualTo(id);
        assertThat(event.recordingSid()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({
        "'../../etc/passwd', callSid",
        "'call 42', callSid",
        "'rec/42', recordingSid",
        "'שיחה', recordingSid",
        "'abc\u0000', recordingSid",
    })
    void anIdentifierThatCouldEscapeAPathOrALineIsRefusedByName(String id, String component) {
        String call = component.equals("callSid") ? id : "call-1";
        String recording = component.equals("recordingSid") ? id : "rec-1";

        assertThatThrownBy(() -> withIds(null, call, recording))
                .isInstanceOfSatisfying(InvalidRecordingEventException.class, e -> {
                    assertThat(e.parameter()).isEqualTo(component);
                    assertThat(e.isMissing()).isFalse();
                    assertThat(e.isRetryable()).isFalse();
                })
                .hasMessageContaining(component + " must be 1 to 64 letters, digits, '-' or '_'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0000"));
    }

    @Test
    void identifiersArePresentAndAtMostSixtyFourCharacters() {
        assertThat(withIds(null, "c".repeat(64), "r").callSid()).hasSize(64);

        assertThatThrownBy(() -> withIds(null, "c".repeat(65), "r"))
                .hasMessageContaining("callSid must be 1 to 64").hasMessageContaining("(65 characters)");
        assertThatThrownBy(() -> withIds(null, " ", "r"))
                .isInstanceOfSatisfying(InvalidRecordingEventException.class, e -> assertThat(e.isMissing()).isTrue())
                .hasMessage("callSid is missing");
        assertThatThrownBy(() -> withIds("acc/1", "c", "r")).hasMessageContaining("accountSid must be");
    }

    @ParameterizedTest
    @CsvSource({"completed, true, true, false", "absent, false, true, true", "failed, false, true, true",
        "deleted, false, true, true", "in-progress, false, false, false", "processing, false, false, false",
        "'a status added later', false, false, false"})
    void theStatusWordsDecideWhetherTheEventIsFinal(String status, boolean completed, boolean isFinal,
            boolean withoutMedia) {
        RecordingEvent event = new RecordingEvent(null, "c", "r", null, status, null, null, null, null, null);

        assertThat(event.isCompleted()).isEqualTo(completed);
        assertThat(event.isFinal()).isEqualTo(isFinal);
        assertThat(event.endedWithoutMedia()).isEqualTo(withoutMedia);
        assertThat(RecordingStatus.isPending(status)).isEqualTo(!isFinal);
    }

    @Test
    void noStatusIsFinalWithMediaAndNotPending() {
        RecordingEvent event = RecordingEvent.completed(null, "c", "r");
        RecordingEvent silent = new RecordingEvent(null, "c", "r", null, null, null, null, null, null, null);

        assertThat(event.isCompleted()).isTrue();
        assertThat(silent.isFinal()).isTrue();
        assertThat(silent.endedWithoutMedia()).isFalse();
        assertThat(RecordingStatus.isPending(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"recordingUrl, 2000", "recordingStatus, 32", "source, 64"})
    void aValueLongerThanStoresKeepIsRefusedByItsName(String component, int longest) {
        java.util.function.Function<Integer, RecordingEvent> withLength = length -> {
            String value = "x".repeat(length);
            return new RecordingEvent(null, "c", "r", component.equals("recordingUrl") ? value : null,
                    component.equals("recordingStatus") ? value : null, null, null,
                    component.equals("source") ? value : null, null, null);
        };

        assertThat(withLength.apply(longest)).isNotNull();
        assertThatThrownBy(() -> withLength.apply(longest + 1))
                .isInstanceOfSatisfying(InvalidRecordingEventException.class,
                        e -> assertThat(e.parameter()).isEqualTo(component))
                .hasMessage(component + " is longer than " + longest + " characters (" + (longest + 1) + ")");
    }

    @Test
    void aQuotedValueIsShownWholeUpToFortyCharactersThenCut() {
        assertThat(RecordingEvent.shown("a".repeat(40))).isEqualTo("'" + "a".repeat(40) + "'");
        assertThat(RecordingEvent.shown("a".repeat(41))).isEqualTo("'" + "a".repeat(40) + "…'");
        assertThat(RecordingEvent.shown("a\tb\u0007")).isEqualTo("'a?b?'");
    }
}
