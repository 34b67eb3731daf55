package io.callpipeline.core.recording;

import java.time.Instant;

/**
 * What the telephony provider itself says about a recording. The pipeline trusts this, not the
 * callback, when deciding whether a recording is real, ours and complete.
 *
 * @param recordingSid    the recording's SID
 * @param accountSid      the account that owns it
 * @param callSid         the call it belongs to
 * @param status          the provider's status, e.g. {@code completed}
 * @param durationSeconds length in seconds, or {@code null} when unknown
 * @param channels        number of audio channels, or {@code null} when unknown
 * @param source          how it was made, e.g. {@code RecordVerb}, or {@code null}
 * @param startTime       when recording started, or {@code null}
 */
public record RecordingInfo(
        String recordingSid,
        String accountSid,
        String callSid,
        String status,
        Integer durationSeconds,
        Integer channels,
        String source,
        Instant startTime) {
}
