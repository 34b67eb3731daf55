package io.callpipeline.core.audio;

import java.nio.file.Path;

/**
 * One piece of a recording small enough to upload, and where it sits in the whole, so segment
 * times from each piece can be moved onto the recording's own timeline.
 *
 * @param path            the piece on disk (the original file when no split was needed)
 * @param contentType     e.g. {@code audio/mpeg}
 * @param sizeBytes       its size
 * @param offsetSeconds   where it starts in the whole recording
 * @param durationSeconds its length, or {@code null} when the file was not split and not measured
 */
public record AudioPart(Path path, String contentType, long sizeBytes, double offsetSeconds, Double durationSeconds) {
}
