package io.callpipeline.core.twilio;

import com.twilio.rest.api.v2010.account.Recording;
import io.callpipeline.core.recording.CallDirection;
import io.callpipeline.core.recording.RecordingInfo;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * twilio-java's answers in our terms: a recording as {@link RecordingInfo}, and the loosely typed
 * fields (a duration as text, which Twilio sends as {@code -1} or empty while unknown, a call's
 * direction in five words) as values the pipeline can trust.
 */
final class TwilioAnswers {

    private TwilioAnswers() {
    }

    static RecordingInfo info(Recording recording) {
        return new RecordingInfo(
                recording.getSid(),
                recording.getAccountSid(),
                recording.getCallSid(),
                recording.getStatus() == null ? null : recording.getStatus().toString(),
                seconds(recording.getDuration()),
                recording.getChannels(),
                recording.getSource() == null ? null : recording.getSource().toString(),
                instant(recording.getStartTime()));
    }

    static Integer seconds(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int seconds = Integer.parseInt(value.trim());
            return seconds < 0 ? null : seconds;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Instant instant(ZonedDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /**
     * Twilio's five directions as ours. A trunk's call is named from the PBX's side:
     * {@code trunking-originating} leaves the PBX for the phone network (we called out),
     * {@code trunking-terminating} comes in from it.
     *
     * @return the direction, or {@code null} for a word Twilio has not documented (the CRM then takes
     *         the caller as the customer, as for an inbound call)
     */
    static CallDirection direction(String twilio) {
        if (twilio == null) {
            return null;
        }
        return switch (twilio.strip().toLowerCase(Locale.ROOT)) {
            case "inbound", "trunking-terminating" -> CallDirection.INBOUND;
            case "outbound-api", "outbound-dial", "trunking-originating" -> CallDirection.OUTBOUND;
            default -> null;
        };
    }
}
