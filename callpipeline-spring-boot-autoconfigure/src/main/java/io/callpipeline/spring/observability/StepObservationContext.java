package io.callpipeline.spring.observability;

import io.callpipeline.core.pipeline.StepInstrumentation.StepScope;
import io.micrometer.observation.Observation;

/** One pipeline step as an observation sees it: which step, of which recording, and how it ended. */
public final class StepObservationContext extends Observation.Context {

    private final StepScope step;

    public StepObservationContext(StepScope step) {
        this.step = step;
    }

    public StepScope step() {
        return step;
    }
}
