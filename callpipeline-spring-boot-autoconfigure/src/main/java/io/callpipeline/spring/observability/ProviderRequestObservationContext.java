package io.callpipeline.spring.observability;

import io.callpipeline.core.http.ProviderRequest;
import io.micrometer.observation.Observation;

/** One HTTP request to a provider as an observation sees it: whose, what it asked, and how it ended. */
public final class ProviderRequestObservationContext extends Observation.Context {

    private final ProviderRequest request;

    public ProviderRequestObservationContext(ProviderRequest request) {
        this.request = request;
    }

    public ProviderRequest request() {
        return request;
    }
}
