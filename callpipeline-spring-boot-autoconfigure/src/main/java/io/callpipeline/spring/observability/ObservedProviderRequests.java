package io.callpipeline.spring.observability;

import io.callpipeline.core.http.ProviderRequest;
import io.callpipeline.core.http.RequestInstrumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Each HTTP request to a provider as an observation ({@link DefaultProviderRequestObservationConvention}), opened on
 * the thread that sends it, so a tracer makes it a span of the step that needed it: Twilio's and ElevenLabs' through
 * the adapter's {@link RequestInstrumentation}, the OpenAI client's through {@link OkHttpProviderRequests} (each
 * attempt of the SDK's own retries its own span).
 */
public final class ObservedProviderRequests implements RequestInstrumentation {

    /** The observation's name. */
    public static final String NAME = DefaultProviderRequestObservationConvention.NAME;

    private static final ProviderRequestObservationConvention DEFAULT = new DefaultProviderRequestObservationConvention();

    private final ObservationRegistry registry;
    private final ProviderRequestObservationConvention convention;

    /** @param convention the host's, or {@code null} for {@link DefaultProviderRequestObservationConvention} */
    public ObservedProviderRequests(ObservationRegistry registry, ProviderRequestObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public InFlight start(ProviderRequest request) {
        ProviderRequestObservationContext context = new ProviderRequestObservationContext(request);
        Observation observation = Observation.createNotStarted(convention, DEFAULT, () -> context, registry).start();
        Observation.Scope scope = observation.openScope();
        return () -> {
            scope.close();
            request.failure().ifPresent(observation::error);
            observation.stop();
        };
    }
}
