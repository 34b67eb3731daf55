package io.callpipeline.spring.webhook;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.function.Supplier;

/**
 * The callback request's current observation (Spring MVC's {@code http.server.requests}) opened on the thread that
 * stores the callback, so the job's {@code callpipeline.enqueue} observation is its child and a tracer writes the
 * callback's own trace into the job: what context-propagation's snapshot does for observations, without the
 * library.
 */
public final class ObservedCallbackContext implements CallbackContext {

    private final ObservationRegistry registry;

    public ObservedCallbackContext(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public <T> Supplier<T> carry(Supplier<T> work) {
        Observation request = registry.getCurrentObservation();
        if (request == null) {
            return work;
        }
        return () -> {
            try (Observation.Scope scope = request.openScope()) {
                return work.get();
            }
        };
    }
}
