package io.callpipeline.core.call;

import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import java.time.Duration;
import java.util.Objects;

/**
 * Why the last attempt stopped, kept with the call so the CRM can show it and a scheduler can
 * decide whether and when to try again.
 *
 * @param reasonCode a {@link ReasonCode#code()}, e.g. {@code openai_rate_limited}
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

    /** A failure for a reason from the catalogue, retryable when the reason is transient. */
    public ProcessingFailure(ReasonCode reason, String message) {
        this(reason.code(), message, reason.isTransient(), null);
    }

    /** The failure an exception describes. */
    public static ProcessingFailure of(CallPipelineException e) {
        Duration wait = e instanceof TransientProcessingException t ? t.retryAfter() : Duration.ZERO;
        return new ProcessingFailure(e.reasonCode(), String.valueOf(e.getMessage()), e.isRetryable(), wait);
    }

    /**
     * The reason in the catalogue; a code stored by an older version and since retired reads as
     * {@link ReasonCode#UNEXPECTED_ERROR}.
     */
    public ReasonCode reason() {
        return ReasonCode.of(reasonCode).orElse(ReasonCode.UNEXPECTED_ERROR);
    }
}
