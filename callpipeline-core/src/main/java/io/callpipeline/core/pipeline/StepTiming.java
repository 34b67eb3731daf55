package io.callpipeline.core.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one step of one call took, and whether it failed; handed to a {@link PipelineListener}.
 *
 * @param recordingSid  the recording being processed
 * @param step          the step that ended
 * @param duration      its wall-clock time
 * @param failureReason the typed failure's reason code, or {@code null} when the step succeeded
 */
public record StepTiming(String recordingSid, PipelineStep step, Duration duration, String failureReason) {

    public StepTiming {
        Objects.requireNonNull(recordingSid, "recordingSid");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(duration, "duration");
    }

    public boolean succeeded() {
        return failureReason == null;
    }
}
