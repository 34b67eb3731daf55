package io.callpipeline.core.event;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One Twilio recording status callback, parsed and checked at the boundary so the rest of the
 * pipeline never sees a malformed SID or an unparsable number.
 *
 * <p>{@code callSid} and {@code recordingSid} are always present and well-formed. The other
 * components are {@code null} when Twilio did not send them (several are not documented as always
 * sent): {@code accountSid} when absent is checked later against the recording itself.
 *
 * @param accountSid          {@code AccountSid}, {@code AC…}, or {@code null}
 * @param callSid             {@code CallSid}, {@code CA…} (the parent call leg)
 * @param recordingSid        {@code RecordingSid}, {@code RE…}
 * @param recordingUrl        {@code RecordingUrl} as sent; informational only, media is fetched from
 *                            the configured Twilio base URL so a forged URL can never be followed
 * @param recordingStatus     {@code RecordingStatus}: {@code completed}, {@code absent}, {@code failed}…
 * @param durationSeconds     {@code RecordingDuration}
 * @param channels            {@code RecordingChannels}
 * @param source              {@code RecordingSource}, e.g. {@code RecordVerb} or {@code DialVerb}
 * @param startTime           {@code RecordingStartTime} (RFC 2822 in the callback)
 * @param errorCode           {@code ErrorCode}, e.g. 16101 (too short) or 16102 (silent)
 */
public record RecordingEvent(
        String accountSid,
        String callSid,
        String recordingSid,
        String recordingUrl,
        String recordingStatus,
        Integer durationSeconds,
        Integer channels,
        String source,
        Instant startTime,
        Integer errorCode) {

    /** The one recording status that means media exists and can be processed. */
    public static final String STATUS_COMPLETED = "completed";

    /** Final statuses without media: recorded as such, never downloaded. */
    private static final Set<String> FINAL_WITHOUT_MEDIA = Set.of("absent", "failed", "deleted");

    /** The longest {@code RecordingUrl} kept; stores must hold at least this many characters. */
    public static final int MAX_URL_LENGTH = 2000;
    /** The longest {@code RecordingStatus} kept (Twilio's longest is 11). */
    public static final int MAX_STATUS_LENGTH = 32;
    /** The longest {@code RecordingSource} kept (Twilio's longest is 27). */
    public static final int MAX_SOURCE_LENGTH = 64;

    /**
     * @throws InvalidRecordingEventException naming the parameter that is malformed or longer than
     *         a store is required to keep, so a callback is refused rather than half-saved
     */
    public RecordingEvent {
        TwilioSid.CALL.require("CallSid", callSid);
        TwilioSid.RECORDING.require("RecordingSid", recordingSid);
        if (accountSid != null) {
            TwilioSid.ACCOUNT.require("AccountSid", accountSid);
        }
        requireAtMost("RecordingUrl", recordingUrl, MAX_URL_LENGTH);
        requireAtMost("RecordingStatus", recordingStatus, MAX_STATUS_LENGTH);
        requireAtMost("RecordingSource", source, MAX_SOURCE_LENGTH);
    }

    /** A completed recording with only the identifiers known, as a caller resuming work has them. */
    public static RecordingEvent completed(String accountSid, String callSid, String recordingSid) {
        return new RecordingEvent(accountSid, callSid, recordingSid, null, STATUS_COMPLETED,
                null, null, null, null, null);
    }

    /**
     * Parses the form parameters of a callback exactly as Twilio names them.
     *
     * @throws InvalidRecordingEventException naming the first missing or malformed parameter;
     *         {@code RecordingSid} and {@code CallSid} are checked for presence before shape
     */
    public static RecordingEvent fromParameters(Map<String, String> form) {
        Objects.requireNonNull(form, "form");
        String recordingSid = blankToNull(form.get("RecordingSid"));
        String callSid = blankToNull(form.get("CallSid"));
        if (recordingSid == null) {
            throw new InvalidRecordingEventException("RecordingSid", true, "RecordingSid is missing");
        }
        if (callSid == null) {
            throw new InvalidRecordingEventException("CallSid", true, "CallSid is missing");
        }
        return new RecordingEvent(
                blankToNull(form.get("AccountSid")),
                callSid,
                recordingSid,
                blankToNull(form.get("RecordingUrl")),
                blankToNull(form.get("RecordingStatus")),
                integer(form, "RecordingDuration"),
                integer(form, "RecordingChannels"),
                blankToNull(form.get("RecordingSource")),
                rfc2822(form, "RecordingStartTime"),
                integer(form, "ErrorCode"));
    }

    /**
     * Whether the media can be processed: Twilio said {@code completed}, or sent no status at all (a
     * plain {@code <Record action>} callback), in which case the recording's own status decides.
     */
    public boolean isCompleted() {
        return recordingStatus == null || STATUS_COMPLETED.equals(recordingStatus);
    }

    /**
     * Whether this callback says how the recording ended: {@code completed} (or no status), or a
     * final status without media ({@code absent}, {@code failed}, {@code deleted}). Anything else
     * ({@code in-progress}, {@code processing}, a status Twilio adds later) is not final: the
     * recording's own status at Twilio decides, and a later final callback replaces this one.
     */
    public boolean isFinal() {
        return isCompleted() || endedWithoutMedia();
    }

    /** Whether Twilio said the recording ended without media: recorded, never downloaded. */
    public boolean endedWithoutMedia() {
        return recordingStatus != null && FINAL_WITHOUT_MEDIA.contains(recordingStatus);
    }

    private static void requireAtMost(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidRecordingEventException(name, false,
                    name + " is longer than " + max + " characters (" + value.length() + ")");
        }
    }

    private static Integer integer(Map<String, String> form, String name) {
        String value = blankToNull(form.get(name));
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRecordingEventException(name, false, name + " must be a whole number, got '"
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
            throw new InvalidRecordingEventException(name, false,
                    name + " must be an RFC 2822 date such as 'Fri, 14 Oct 2016 21:56:34 +0000'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
