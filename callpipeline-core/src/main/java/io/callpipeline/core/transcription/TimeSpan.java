package io.callpipeline.core.transcription;

/**
 * A stretch of a recording, in seconds from its start: where a personal number was said, and so
 * where the audio we keep is silent.
 */
public record TimeSpan(double start, double end) {

    public TimeSpan {
        if (!(start >= 0) || !(end >= start)) {
            throw new IllegalArgumentException("A time span runs forwards from 0: " + start + "–" + end);
        }
    }

    /** The same stretch widened by {@code seconds} on each side (never before 0). */
    public TimeSpan widened(double seconds) {
        return new TimeSpan(Math.max(0, start - seconds), end + seconds);
    }
}
