package io.callpipeline.core.recording;

/**
 * Which recording, and which of its bytes. Provider-neutral: the identifier only has to be a plain
 * token (letters and digits), so it can never steer a URL; the provider's adapter judges its shape.
 * A player asks for {@code bytes=first-last}, or
 * {@code bytes=first-} for the rest; {@link #whole(String)} for all of it.
 *
 * @param recordingSid the recording
 * @param firstByte    the first byte wanted, from 0
 * @param lastByte     the last byte wanted (inclusive), or {@code null} for the end of the audio
 */
public record MediaStreamRequest(String recordingSid, long firstByte, Long lastByte) {

    private static final java.util.regex.Pattern PLAIN_ID = java.util.regex.Pattern.compile("[A-Za-z0-9]{1,64}");

    public MediaStreamRequest {
        if (recordingSid == null || !PLAIN_ID.matcher(recordingSid).matches()) {
            throw new IllegalArgumentException("Not a recording identifier: "
                    + (recordingSid == null ? "null" : recordingSid.length() + " characters"));
        }
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
