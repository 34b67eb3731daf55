package io.callpipeline.core.twilio;

import io.callpipeline.core.event.InvalidRecordingEventException;
import io.callpipeline.core.event.RecordingEvent;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * Twilio's recording status callback, read into the pipeline's {@link RecordingEvent}. The parameter
 * names, the SID shapes and the date format are Twilio's, so they live here and not in the event:
 * another provider's webhook parses its own callback into the same record. Twilio's recording
 * statuses are already the pipeline's words ({@link io.callpipeline.core.event.RecordingStatus}).
 */
public final class TwilioRecordingCallback {

    private TwilioRecordingCallback() {
    }

    /**
     * Parses the form parameters of a callback exactly as Twilio names them.
     *
     * @throws InvalidRecordingEventException naming the first missing or malformed parameter as Twilio
     *         spells it; {@code RecordingSid} and {@code CallSid} are checked for presence before shape
     */
    public static RecordingEvent parse(Map<String, String> form) {
        Objects.requireNonNull(form, "form");
        String recordingSid = blankToNull(form.get("RecordingSid"));
        String callSid = blankToNull(form.get("CallSid"));
        if (recordingSid == null) {
            throw InvalidRecordingEventException.missing("RecordingSid");
        }
        if (callSid == null) {
            throw InvalidRecordingEventException.missing("CallSid");
        }
        TwilioSid.CALL.require("CallSid", callSid);
        TwilioSid.RECORDING.require("RecordingSid", recordingSid);
        String accountSid = blankToNull(form.get("AccountSid"));
        if (accountSid != null) {
            TwilioSid.ACCOUNT.require("AccountSid", accountSid);
        }
        String url = text(form, "RecordingUrl", RecordingEvent.MAX_URL_LENGTH);
        String status = text(form, "RecordingStatus", RecordingEvent.MAX_STATUS_LENGTH);
        String source = text(form, "RecordingSource", RecordingEvent.MAX_SOURCE_LENGTH);
        return new RecordingEvent(accountSid, callSid, recordingSid, url, status,
                integer(form, "RecordingDuration"),
                integer(form, "RecordingChannels"),
                source,
                rfc2822(form, "RecordingStartTime"),
                integer(form, "ErrorCode"));
    }

    private static String text(Map<String, String> form, String name, int max) {
        String value = blankToNull(form.get(name));
        RecordingEvent.requireAtMost(name, value, max);
        return value;
    }

    private static Integer integer(Map<String, String> form, String name) {
        String value = blankToNull(form.get(name));
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidRecordingEventException.malformed(name, name + " must be a whole number, got '"
                    + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'");
        }
    }

    private static Instant rfc2822(Map<String, String> form, String name) {
        String value = blankToNull(form.get(name));
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidRecordingEventException.malformed(name,
                    name + " must be an RFC 2822 date such as 'Fri, 14 Oct 2016 21:56:34 +0000'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
