package io.callpipeline.spring.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/** How a run's observation is named and tagged; a host's bean replaces {@link DefaultRunObservationConvention}. */
public interface RunObservationConvention extends ObservationConvention<RunObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof RunObservationContext;
    }
}
