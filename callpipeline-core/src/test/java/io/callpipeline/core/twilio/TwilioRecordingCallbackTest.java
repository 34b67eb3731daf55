package io.callpipeline.core.twilio;

import static io.callpipeline.core.Fixtures.ACCOUNT_SID;
import static io.callpipeline.core.Fixtures.CALL_SID;
import static io.callpipeline.core.Fixtures.RECORDING_SID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callpipeline.core.event.InvalidRecordingEventException;
import io.callpipeline.core.event.RecordingEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Twilio's callback read into the pipeline's event: its parameter names, SID shapes and dates. */
class TwilioRecordingCallbackTest {

    private static Map<String, String> callback() {
        Map<String, String> form = new HashMap<>();
        form.put("AccountSid", ACCOUNT_SID);
        form.put("CallSid", CALL_SID);
        form.put("RecordingSid", RECORDING_SID);
        form.put("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + RECORDING_SID);
        form.put("RecordingStatus", "completed");
        form.put("RecordingDuration", "14");
        form.put("RecordingChannels", "1");
        form.put("RecordingSource", "RecordVerb");
        form.put("RecordingStartTime", "Fri, 14 Oct 2016 21:56:34 +0000");
        return form;
    }

    @Test
    void parsesEveryCallbackField() {
        RecordingEvent event = TwilioRecordingCallback.parse(callback());

        assertThat(event.accountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(event.callSid()).isEqualTo(CALL_SID);
        assertThat(event.recordingSid()).isEqualTo(RECORDING_SID);
        assertThat(event.recordingStatus()).isEqualTo("completed");
        assertThat(event.durationSeconds()).isEqualTo(14);
        assertThat(event.channels()).isEqualTo(1);
        assertThat(event.source()).isEqualTo("RecordVerb");
        assertThat(event.startTime()).isEqualTo(Instant.parse("2016-10-14T21:56:34Z"));
        assertThat(event.errorCode()).isNull();
        assertThat(event.isCompleted()).isTrue();
    }

    @Test
    void absentRecordingIsNotCompletedAndKeepsItsErrorCode() {
        Map<String, String> form = callback();
        form.put("RecordingStatus", "absent");
        form.put("ErrorCode", "16102");

        RecordingEvent event = TwilioRecordingCallback.parse(form);

        assertThat(event.isCompleted()).isFalse();
        assertThat(event.errorCode()).isEqualTo(16102);
    }

    @ParameterizedTest
    @CsvSource({"RecordingSid", "CallSid"})
    void missingIdentifierIsNamed(String parameter) {
        Map<String, String> form = callback();
        form.put(parameter, "  ");

        assertThatThrownBy(() -> TwilioRecordingCallback.parse(form))
                .isInstanceOfSatisfying(InvalidRecordingEventException.class, e -> {
                    assertThat(e.parameter()).isEqualTo(parameter);
                    assertThat(e.isMissing()).isTrue();
                    assertThat(e.reasonCode()).isEqualTo("missing_parameter");
                })
                .hasMessage(parameter + " is missing");
    }

    @ParameterizedTest
    @CsvSource({
        "RecordingSid, CA33333333333333333333333333333333, 'RecordingSid must be ''RE'' followed by 32 hex characters'",
        "RecordingSid, RE3333333333333333333333333333333, '(33 characters)'",
        "CallSid,      CA1111111111111111111111111111111g, 'CallSid must be ''CA'' followed by 32 hex characters'",
        "AccountSid,   AC0123, 'AccountSid must be ''AC'' followed by 32 hex characters, got ''AC0123'' (6 characters)'",
    })
    void malformedIdentifierIsExplained(String parameter, String value, String expectedMessagePart) {
        Map<String, String> form = callback();
        form.put(parameter, value);

        assertThatThrownBy(() -> TwilioRecordingCallback.parse(form))
                .isInstanceOfSatisfying(InvalidRecordingEventException.class, e -> {
                    assertThat(e.parameter()).isEqualTo(parameter);
                    assertThat(e.isMissing()).isFalse();
                    assertThat(e.isRetryable()).isFalse();
                })
                .hasMessageContaining(expectedMessagePart);
    }

    @Test
    void longJunkIsCutInTheMessage() {
        Map<String, String> form = callback();
        form.put("CallSid", "CA" + "x".repeat(5000));

        assertThatThrownBy(() -> TwilioRecordingCallback.parse(form))
                .hasMessageContaining("…' (5002 characters)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @ParameterizedTest
    @CsvSource({"RecordingUrl, 2000", "RecordingStatus, 32", "RecordingSource, 64"})
    void aFieldLongerThanStoresKeepIsRefusedByName(String parameter, int longest) {
        Map<String, String> form = callback();
        form.put(parameter, "x".repeat(longest));
        assertThat(TwilioRecordingCallback.parse(form)).isNotNull();

        form.put(parameter, "x".repeat(longest + 1));
        assertThatThrownBy(() -> TwilioRecordingCallback.parse(form))
                .isInstanceOfSatisfying(InvalidRecordingEventException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining(parameter + " is longer than " + longest);
    }

    @Test
    void aCallbackWithoutAStatusIsFinalAndHasMedia() {
        Map<String, String> form = callback();
        form.remove("RecordingStatus");
        RecordingEvent event = TwilioRecordingCallback.parse(form);

        assertThat(event.isFinal()).isTrue();
        assertThat(event.endedWithoutMedia()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"completed, true, false", "absent, true, true", "failed, true, true", "deleted, true, true",
        "in-progress, false, false", "processing, false, false", "'recording_completed''--', false, false"})
    void statusSaysWhetherTheCallbackIsFinal(String status, boolean isFinal, boolean withoutMedia) {
        Map<String, String> form = callback();
        form.put("RecordingStatus", status);
        RecordingEvent event = TwilioRecordingCallback.parse(form);

        assertThat(event.isFinal()).isEqualTo(isFinal);
        assertThat(event.endedWithoutMedia()).isEqualTo(withoutMedia);
    }

    @ParameterizedTest
    @CsvSource({
        "RecordingDuration, ten, 'RecordingDuration must be a whole number'",
        "RecordingChannels, 1.5, 'RecordingChannels must be a whole number'",
        "RecordingStartTime, yesterday, 'RecordingStartTime must be an RFC 2822 date'",
    })
    void malformedOptionalFieldsAreRejected(String parameter, String value, String message) {
        Map<String, String> form = callback();
        form.put(parameter, value);

        assertThatThrownBy(() -> TwilioRecordingCallback.parse(form))
                .isInstanceOf(InvalidRecordingEventException.class)
                .hasMessageContaining(message);
    }

    @Test
    void accountSidMayBeAbsent() {
        Map<String, String> form = callback();
        form.remove("AccountSid");

        assertThat(TwilioRecordingCallback.parse(form).accountSid()).isNull();
    }

    @Test
    void aNumberThatIsNotOneIsQuotedUpToTwentyCharacters() {
        Map<String, String> form = callback();
        form.put("RecordingDuration", "1".repeat(19) + "x");
        assertThatThrownBy(() -> TwilioRecordingCallback.parse(form))
                .hasMessage("RecordingDuration must be a whole number, got '" + "1".repeat(19) + "x'");

        form.put("RecordingDuration", "1".repeat(20) + "x");
        assertThatThrownBy(() -> TwilioRecordingCallback.parse(form))
                .hasMessage("RecordingDuration must be a whole number, got '" + "1".repeat(20) + "…'");
    }

    @Test
    void eachKindOfSidHasTwiliosPrefix() {
        assertThat(TwilioSid.ACCOUNT.prefix()).isEqualTo("AC");
        assertThat(TwilioSid.CALL.prefix()).isEqualTo("CA");
        assertThat(TwilioSid.RECORDING.prefix()).isEqualTo("RE");
        assertThat(TwilioSid.RECORDING.matches(RECORDING_SID)).isTrue();
        assertThat(TwilioSid.CALL.matches(RECORDING_SID)).isFalse();
    }
}
