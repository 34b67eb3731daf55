package io.callpipeline.core.recording;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Asks for one recording's media to be written into a directory the pipeline owns (and cleans).
 *
 * @param recording the verified recording
 * @param directory an existing, private, temporary directory for this call
 */
public record MediaRequest(RecordingInfo recording, Path directory) {

    public MediaRequest {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(directory, "directory");
    }
}
