package io.callpipeline.spring.observability;

import io.callpipeline.core.http.ProviderRequest;
import io.micrometer.common.KeyValues;

/**
 * {@value #NAME}, all keys low-cardinality, so the timer Micrometer makes of it stays small: {@code provider}
 * ({@code twilio}, {@code openai}), {@code operation} (what was asked, without ids: {@code recordings},
 * {@code recordings/media}, {@code audio/transcriptions}, {@code chat/completions}), {@code method}, {@code model}
 * (as configured for the operation, {@code none} where none is asked for) and {@code status} (the HTTP status, or
 * {@code io_error} when no answer came). The span is named {@code <provider> <operation>}.
 */
public class DefaultProviderRequestObservationConvention implements ProviderRequestObservationConvention {

    /** The observation's (and its timer's) name. */
    public static final String NAME = "callpipeline.provider.request";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(ProviderRequestObservationContext context) {
        return context.request().provider() + " " + context.request().operation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ProviderRequestObservationContext context) {
        ProviderRequest request = context.request();
        String status = request.status().isPresent() ? Integer.toString(request.status().getAsInt()) : "io_error";
        return KeyValues.of("provider", request.provider(), "operation", request.operation(),
                "method", request.method(), "model", request.model().orElse("none"), "status", status);
    }
}
