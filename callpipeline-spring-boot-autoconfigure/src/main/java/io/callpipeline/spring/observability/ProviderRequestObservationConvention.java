package io.callpipeline.spring.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * How a provider request's observation is named and tagged; a host's bean of this type replaces
 * {@link DefaultProviderRequestObservationConvention} (e.g. to tag the deployment a model runs in).
 */
public interface ProviderRequestObservationConvention extends ObservationConvention<ProviderRequestObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof ProviderRequestObservationContext;
    }
}
