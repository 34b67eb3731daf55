package io.callpipeline.spring.observability;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Each HTTP request of the OpenAI client as an observation {@value #NAME}, made on the step's thread, so a tracer
 * makes it a span of the step that sent it (each attempt of the SDK's own retries its own span): low-cardinality
 * {@code provider}, {@code operation} (the API path, e.g. {@code audio/transcriptions}), {@code model} (as
 * configured for that operation) and {@code status} (the HTTP status, or {@code io_error}).
 */
public final class ObservedProviderRequests implements Interceptor {

    /** The observation's name. */
    public static final String NAME = "callpipeline.provider.request";

    private final ObservationRegistry registry;
    private final String provider;
    private final Map<String, String> models;

    /**
     * @param models the model configured for each operation, e.g. {@code chat/completions → gpt-4o-mini}
     */
    public ObservedProviderRequests(ObservationRegistry registry, String provider, Map<String, String> models) {
        this.registry = registry;
        this.provider = provider;
        this.models = Map.copyOf(models);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String operation = operation(chain.request().url().encodedPath());
        Observation observation = Observation.createNotStarted(NAME, registry)
                .contextualName(provider + " " + operation)
                .lowCardinalityKeyValues(KeyValues.of("provider", provider, "operation", operation,
                        "model", models.getOrDefault(operation, "unknown")))
                .start();
        try (Observation.Scope scope = observation.openScope()) {
            Response response = chain.proceed(chain.request());
            observation.lowCardinalityKeyValue("status", Integer.toString(response.code()));
            return response;
        } catch (IOException | RuntimeException e) {
            observation.lowCardinalityKeyValue("status", "io_error");
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
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
