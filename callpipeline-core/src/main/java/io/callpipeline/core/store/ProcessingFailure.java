package io.callpipeline.core.store;

import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.TransientProcessingException;
import java.time.Duration;
import java.util.Objects;

/**
 * Why the last attempt stopped, kept with the call so the CRM can show it and a scheduler can
 * decide whether and when to try again.
 *
 * @param reasonCode machine-readable, e.g. {@code openai_rate_limited}
 * @param message    for people; never holds secrets or transcript text
 * @param retryable  whether another attempt may succeed
 * @param retryAfter the provider's requested wait, {@link Duration#ZERO} when none
 */
public record ProcessingFailure(String reasonCode, String message, boolean retryable, Duration retryAfter) {

    public ProcessingFailure {
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(message, "message");
        retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    /** The failure an exception describes. */
    public static ProcessingFailure of(CallPipelineException e) {
        Duration wait = e instanceof TransientProcessingException t ? t.retryAfter() : Duration.ZERO;
        return new ProcessingFailure(e.reasonCode(), String.valueOf(e.getMessage()), e.isRetryable(), wait);
    }
}
