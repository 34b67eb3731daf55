package io.callpipeline.spring.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * How a pipeline step's observation is named and tagged; a host's bean of this type replaces
 * {@link DefaultStepObservationConvention} (e.g. to add its own tags or rename the metric).
 */
public interface StepObservationConvention extends ObservationConvention<StepObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof StepObservationContext;
    }
}
