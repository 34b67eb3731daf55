package io.callpipeline.spring.observability;

import io.callpipeline.core.pipeline.StepInstrumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.function.Supplier;

/**
 * Each pipeline step as a Micrometer {@link Observation} opened around it on the processing thread, so a tracer
 * makes it a span of the call's run, and a provider request made inside it a span of the step.
 */
public final class ObservedSteps implements StepInstrumentation {

    private static final StepObservationConvention DEFAULT = new DefaultStepObservationConvention();

    private final ObservationRegistry registry;
    private final StepObservationConvention convention;

    /** @param convention the host's, or {@code null} for {@link DefaultStepObservationConvention} */
    public ObservedSteps(ObservationRegistry registry, StepObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public <T> T around(StepScope step, Supplier<T> work) {
        StepObservationContext context = new StepObservationContext(step);
        return Observation.createNotStarted(convention, DEFAULT, () -> context, registry).observe(work);
    }
}
