package io.callpipeline.core.recording;

import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;

/**
 * A byte range that starts at or past the end of the recording: the HTTP answer is 416 with the
 * recording's real length, so the player can ask again.
 */
public final class MediaRangeNotSatisfiableException extends PermanentProcessingException {

    private static final long serialVersionUID = 1L;

    private final long totalBytes;

    public MediaRangeNotSatisfiableException(long firstByte, long totalBytes) {
        super(ReasonCode.RANGE_NOT_SATISFIABLE, "Byte " + firstByte + " is past the end of the " + totalBytes + "-byte recording");
        this.totalBytes = totalBytes;
    }

    /** The recording's length, or -1 when unknown. */
    public long totalBytes() {
        return totalBytes;
    }
}
