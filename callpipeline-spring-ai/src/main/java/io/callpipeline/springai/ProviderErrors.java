package io.callpipeline.springai;

import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.http.ProviderFailures;
import io.callpipeline.openai.OpenAiErrors;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever a Spring AI model threw into the pipeline's typed failure. Spring AI does not unify its
 * providers' errors: its OpenAI module throws openai-java's exceptions, Anthropic's throws anthropic-java's,
 * Gemini's google-genai's, and the REST-based modules (Ollama) Spring AI's own {@code TransientAiException} /
 * {@code NonTransientAiException} with the status in the message. Each is read where its SDK is on the class
 * path (the SDKs are optional here), walking the cause chain, so a wrapped error is found too. What decides
 * is the HTTP status: 429 waits ({@code Retry-After} kept where the SDK gives the headers), 408/409/5xx/529
 * wait, 401/403 are permanent, other 4xx are the request's fault and permanent, a connection that failed
 * or timed out waits. Anything unrecognised waits too ({@code unexpected_error}): retrying costs a request,
 * losing a call costs more.
 */
public final class ProviderErrors {

    private static final Pattern LEADING_STATUS = Pattern.compile("^\\s*(?:HTTP\\s*)?(\\d{3})\\b");
    private static final List<Reader> READERS = readers();

    private ProviderErrors() {
    }

    /**
     * @param provider how the message names the provider, e.g. {@code anthropic}
     * @param step     what was asked, e.g. {@code chat} or {@code transcription}
     */
    public static CallPipelineException translate(RuntimeException error, String provider, String step) {
        if (error instanceof CallPipelineException typed) {
            return typed;
        }
        int depth = 0;
        for (Throwable cause = error; cause != null && depth < 16; cause = cause.getCause(), depth++) {
            for (Reader reader : READERS) {
                Optional<CallPipelineException> read = reader.read(cause, provider, step);
                if (read.isPresent()) {
                    return read.get();
                }
            }
            if (cause instanceof IOException) { // refused, reset or timed out (SocketTimeoutException) below any SDK
                return unreachable(provider, step, error);
            }
        }
        return new TransientProcessingException(ReasonCode.UNEXPECTED_ERROR,
                "The " + provider + " " + step + " request failed: " + error, error);
    }

    /** A failure decided by the HTTP status the provider answered ({@link ProviderFailures#byStatus}). */
    static CallPipelineException byStatus(int status, Duration retryAfter, String provider, String step,
            Throwable cause) {
        return ProviderFailures.byStatus(status, retryAfter, provider, step, cause.getMessage(), cause);
    }

    static CallPipelineException unreachable(String provider, String step, Throwable cause) {
        return ProviderFailures.unreachable(provider, step, cause);
    }

    static Duration retryAfter(List<String> values) {
        return ProviderFailures.retryAfter(values);
    }

    /** One SDK's exceptions. */
    @FunctionalInterface
    interface Reader {
        Optional<CallPipelineException> read(Throwable error, String provider, String step);
    }

    private static List<Reader> readers() {
        List<Reader> readers = new ArrayList<>();
        if (present("com.openai.errors.OpenAIException") && present("io.callpipeline.openai.OpenAiErrors")) {
            readers.add((error, provider, step) -> error instanceof com.openai.errors.OpenAIException openai
                    ? Optional.of(OpenAiErrors.translate(openai, step)) : Optional.empty());
        }
        if (present("com.anthropic.errors.AnthropicException")) {
            readers.add(new AnthropicErrors());
        }
        if (present("com.google.genai.errors.BaseException")) {
            readers.add(new GoogleGenAiErrors());
        }
        if (present("org.springframework.web.client.RestClientException")) {
            readers.add(new SpringWebErrors());
        }
        if (present("org.springframework.ai.retry.TransientAiException")) {
            readers.add(ProviderErrors::springAiRetry);
        }
        return List.copyOf(readers);
    }

    /**
     * Spring AI's REST modules (Ollama) throw these with {@code "<status> - <body>"} as the message and a 429
     * counted as non-transient; the status in the message decides instead, and no header survives.
     */
    private static Optional<CallPipelineException> springAiRetry(Throwable error, String provider, String step) {
        boolean transientOne = error instanceof org.springframework.ai.retry.TransientAiException;
        if (!transientOne && !(error instanceof org.springframework.ai.retry.NonTransientAiException)) {
            return Optional.empty();
        }
        Matcher status = LEADING_STATUS.matcher(String.valueOf(error.getMessage()));
        if (status.find()) {
            return Optional.of(byStatus(Integer.parseInt(status.group(1)), null, provider, step, error));
        }
        return Optional.of(transientOne
                ? new TransientProcessingException(ReasonCode.PROVIDER_UNAVAILABLE,
                        provider + " could not answer the " + step + " request now: " + error.getMessage(), error)
                : new PermanentProcessingException(ReasonCode.PROVIDER_REJECTED,
                        provider + " refused the " + step + " request: " + error.getMessage(), error));
    }

    static boolean present(String className) {
        try {
            Class.forName(className, false, ProviderErrors.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
