package io.callpipeline.core.pipeline;

import io.callpipeline.core.ReasonCode;
import java.time.Duration;
import java.util.Objects;

/**
 * How long one step of one call took, and whether it failed; handed to a {@link PipelineListener}.
 *
 * @param recordingSid  the recording being processed
 * @param step          the step that ended
 * @param duration      its wall-clock time
 * @param failureReason why the step failed, from the catalogue, or {@code null} when it succeeded
 */
public record StepTiming(String recordingSid, PipelineStep step, Duration duration, ReasonCode failureReason) {

    public StepTiming {
        Objects.requireNonNull(recordingSid, "recordingSid");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(duration, "duration");
    }

    public boolean succeeded() {
        return failureReason == null;
    }
}
