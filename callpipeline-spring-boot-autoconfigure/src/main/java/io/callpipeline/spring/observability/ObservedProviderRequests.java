package io.callpipeline.spring.observability;

import io.callpipeline.core.http.ProviderRequest;
import io.callpipeline.core.http.RequestInstrumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Each HTTP request to a provider as an observation ({@link DefaultProviderRequestObservationConvention}), opened on
 * the thread that sends it, so a tracer makes it a span of the step that needed it: Twilio's through the adapter's
 * {@link RequestInstrumentation}, the OpenAI client's through {@link #okHttp an OkHttp interceptor} (each attempt of
 * the SDK's own retries its own span).
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

    /**
     * An OkHttp client's requests to {@code provider}, each shown to {@code requests}.
     *
     * @param models the model configured for each operation, e.g. {@code chat/completions → gpt-4o-mini}
     */
    public static Interceptor okHttp(RequestInstrumentation requests, String provider, Map<String, String> models) {
        Map<String, String> byOperation = Map.copyOf(models);
        return chain -> {
            String operation = operation(chain.request().url().encodedPath());
            ProviderRequest request = new ProviderRequest(provider, operation, chain.request().method(),
                    byOperation.get(operation));
            try (InFlight inFlight = requests.start(request)) {
                Response response = proceed(chain, request);
                request.answered(response.code());
                return response;
            }
        };
    }

    private static Response proceed(Interceptor.Chain chain, ProviderRequest request) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (IOException | RuntimeException e) {
            request.failed(e);
            throw e;
        }
    }

    /** {@code /v1/audio/transcriptions} → {@code audio/transcriptions}; a deployment's path the same way. */
    static String operation(String path) {
        for (String known : new String[] {"audio/transcriptions", "chat/completions", "responses", "models"}) {
            if (path.endsWith("/" + known)) {
                return known;
            }
        }
        return "other";
    }
}
