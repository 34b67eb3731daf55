package io.callpipeline.spring.observability;

import io.callpipeline.core.http.ProviderRequest;
import io.callpipeline.core.http.RequestInstrumentation;
import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An OkHttp client's requests (openai-java's) shown to a {@link RequestInstrumentation}, named by the API path's
 * operation. A class of its own so that nothing else in the starter needs OkHttp on the class path: a host without
 * callpipeline-openai has none.
 */
public final class OkHttpProviderRequests {

    private OkHttpProviderRequests() {
    }

    /**
     * An OkHttp client's requests to {@code provider}, each shown to {@code requests}.
     *
     * @param models the model configured for each operation, e.g. {@code chat/completions → gpt-4o-mini}
     */
    public static Interceptor interceptor(RequestInstrumentation requests, String provider, Map<String, String> models) {
        Map<String, String> byOperation = Map.copyOf(models);
        return chain -> {
            String operation = operation(chain.request().url().encodedPath());
            ProviderRequest request = new ProviderRequest(provider, operation, chain.request().method(),
                    byOperation.get(operation));
            try (RequestInstrumentation.InFlight inFlight = requests.start(request)) {
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
