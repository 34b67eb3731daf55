package io.callpipeline.core.recording;

import io.callpipeline.core.event.TwilioSid;

/**
 * Which recording, and which of its bytes: a player asks for {@code bytes=first-last}, or
 * {@code bytes=first-} for the rest; {@link #whole(String)} for all of it.
 *
 * @param recordingSid the recording
 * @param firstByte    the first byte wanted, from 0
 * @param lastByte     the last byte wanted (inclusive), or {@code null} for the end of the audio
 */
public record MediaStreamRequest(String recordingSid, long firstByte, Long lastByte) {

    public MediaStreamRequest {
        TwilioSid.RECORDING.require("RecordingSid", recordingSid);
        if (firstByte < 0 || (lastByte != null && lastByte < firstByte)) {
            throw new IllegalArgumentException("Not a byte range: " + firstByte + "-" + (lastByte == null ? "" : lastByte));
        }
    }

    public static MediaStreamRequest whole(String recordingSid) {
        return new MediaStreamRequest(recordingSid, 0, null);
    }

    /** Whether only part of the audio is asked for (a {@code Range} request). */
    public boolean isRange() {
        return firstByte > 0 || lastByte != null;
    }
}
