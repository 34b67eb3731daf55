package io.callpipeline.core.http;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One HTTP request to a provider as {@link RequestInstrumentation} sees it. Its names are few by design (a
 * provider, an operation such as {@code recordings/media} or {@code chat/completions}, the method and the model
 * configured for it), so that a metric made from them stays small: an id or a URL never goes in one. It learns
 * how the request ended from the adapter that sent it.
 */
public final class ProviderRequest {

    private final String provider;
    private final String operation;
    private final String method;
    private final String model;
    private volatile int status;
    private volatile Throwable failure;

    /**
     * @param provider  e.g. {@code twilio}, {@code openai}
     * @param operation what was asked, without ids, e.g. {@code recordings}, {@code audio/transcriptions}
     * @param method    the HTTP method, e.g. {@code GET}
     * @param model     the model configured for the operation, or {@code null} where none is asked for
     */
    public ProviderRequest(String provider, String operation, String method, String model) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.method = Objects.requireNonNull(method, "method");
        this.model = model;
    }

    public String provider() {
        return provider;
    }

    public String operation() {
        return operation;
    }

    public String method() {
        return method;
    }

    /** The model configured for the operation, if the request asks one. */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    /** The answer's HTTP status, once there was one. */
    public OptionalInt status() {
        int answered = status;
        return answered == 0 ? OptionalInt.empty() : OptionalInt.of(answered);
    }

    /** Why no answer came (a connection refused, a timeout), once it did not. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Says the provider answered with {@code status} (whatever it was: a 429 is an answer). */
    public void answered(int status) {
        this.status = status;
    }

    /** Says the request got no answer. */
    public void failed(Throwable failure) {
        this.failure = failure;
    }
}
