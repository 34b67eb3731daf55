package io.callpipeline.core.event;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One recording's event from the telephony provider (a status callback, or a recording found by
 * reconciliation), checked at the boundary so the rest of the pipeline never sees an identifier that
 * cannot go into a file name, a URL path or a log line. It is the provider's word, not yet trusted:
 * the pipeline asks the provider about the recording itself before paying for anything.
 *
 * <p>An adapter parses its provider's callback into this (for Twilio,
 * {@code io.callpipeline.core.twilio.TwilioRecordingCallback}), checking its own identifier shapes
 * first; this record checks only what every provider's must satisfy. The identifiers keep the names of
 * Twilio's, the first provider, and hold any provider's. {@code callSid} and {@code recordingSid} are
 * always present. The other components are {@code null} when the provider did not send them:
 * {@code accountSid} when absent is checked later against the recording itself.
 *
 * @param accountSid      the provider account, or {@code null}
 * @param callSid         the call (for Twilio, the parent call leg)
 * @param recordingSid    the recording
 * @param recordingUrl    the media's URL as sent; informational only, media is fetched from the
 *                        configured provider so a forged URL can never be followed
 * @param recordingStatus the status in the words of {@link RecordingStatus}; {@code null} when the
 *                        callback sent none (the recording's own status at the provider decides)
 * @param durationSeconds the recording's length
 * @param channels        its audio channels
 * @param source          how it was made, in the provider's words (Twilio's {@code RecordVerb})
 * @param startTime       when recording started
 * @param errorCode       the provider's error code for a recording that ended without media
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
    public static final String STATUS_COMPLETED = RecordingStatus.COMPLETED;

    /** The longest identifier kept; stores must hold at least this many characters. */
    public static final int MAX_ID_LENGTH = 64;
    /** The longest {@code recordingUrl} kept; stores must hold at least this many characters. */
    public static final int MAX_URL_LENGTH = 2000;
    /** The longest {@code recordingStatus} kept (Twilio's longest is 11). */
    public static final int MAX_STATUS_LENGTH = 32;
    /** The longest {@code source} kept (Twilio's longest is 27). */
    public static final int MAX_SOURCE_LENGTH = 64;

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int SHOWN_PREFIX = 40;

    /**
     * @throws InvalidRecordingEventException naming the component that is missing, not a safe
     *         identifier, or longer than a store is required to keep, so an event is refused rather
     *         than half-saved
     */
    public RecordingEvent {
        requireId("callSid", callSid);
        requireId("recordingSid", recordingSid);
        if (accountSid != null) {
            requireId("accountSid", accountSid);
        }
        requireAtMost("recordingUrl", recordingUrl, MAX_URL_LENGTH);
        requireAtMost("recordingStatus", recordingStatus, MAX_STATUS_LENGTH);
        requireAtMost("source", source, MAX_SOURCE_LENGTH);
    }

    /** A completed recording with only the identifiers known, as a caller resuming work has them. */
    public static RecordingEvent completed(String accountSid, String callSid, String recordingSid) {
        return new RecordingEvent(accountSid, callSid, recordingSid, null, STATUS_COMPLETED,
                null, null, null, null, null);
    }

    /**
     * Returns {@code value} when it can name a recording, call or account anywhere the pipeline puts
     * one (a file name, a URL path, a log line): 1 to {@value #MAX_ID_LENGTH} ASCII letters, digits,
     * {@code -} or {@code _}.
     *
     * @throws InvalidRecordingEventException naming {@code name} and what was wrong
     */
    public static String requireId(String name, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRecordingEventException.missing(name);
        }
        if (value.length() > MAX_ID_LENGTH || !SAFE_ID.matcher(value).matches()) {
            throw InvalidRecordingEventException.malformed(name, name + " must be 1 to " + MAX_ID_LENGTH
                    + " letters, digits, '-' or '_', got " + shown(value) + " (" + value.length() + " characters)");
        }
        return value;
    }

    /**
     * Whether the media can be processed: the provider said {@code completed}, or sent no status at
     * all (a plain {@code <Record action>} callback), in which case the recording's own status decides.
     */
    public boolean isCompleted() {
        return recordingStatus == null || RecordingStatus.isCompleted(recordingStatus);
    }

    /**
     * Whether this event says how the recording ended: {@code completed} (or no status), or a final
     * status without media. Anything else is not final: the recording's own status at the provider
     * decides, and a later final event replaces this one.
     */
    public boolean isFinal() {
        return isCompleted() || endedWithoutMedia();
    }

    /** Whether the provider said the recording ended without media: recorded, never downloaded. */
    public boolean endedWithoutMedia() {
        return RecordingStatus.endedWithoutMedia(recordingStatus);
    }

    /**
     * @throws InvalidRecordingEventException when {@code value} is longer than {@code max}, naming
     *         {@code name}
     */
    public static void requireAtMost(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw InvalidRecordingEventException.malformed(name,
                    name + " is longer than " + max + " characters (" + value.length() + ")");
        }
    }

    /** A value as an error message may quote it: cut, with control characters replaced. */
    public static String shown(String value) {
        String cut = value.length() > SHOWN_PREFIX ? value.substring(0, SHOWN_PREFIX) + "…" : value;
        return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
