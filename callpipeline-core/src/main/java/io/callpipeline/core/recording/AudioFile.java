package io.callpipeline.core.recording;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A downloaded recording on local disk. The file is temporary: the pipeline deletes it when the
 * call's processing ends, whatever the outcome.
 *
 * @param path        where the audio is
 * @param contentType its media type, e.g. {@code audio/mpeg} or {@code audio/x-wav}
 * @param sizeBytes   its size on disk
 */
public record AudioFile(Path path, String contentType, long sizeBytes) {

    public AudioFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentType, "contentType");
    }
}
