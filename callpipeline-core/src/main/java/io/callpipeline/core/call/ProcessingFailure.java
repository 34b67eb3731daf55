package io.callpipeline.core.call;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import java.time.Duration;
import java.util.Objects;

/**
 * Why the last attempt stopped, kept with the call so the CRM can show it and a scheduler can
 * decide whether and when to try again. The reason is a word of the one catalogue, not free text, so
 * a store, a meter or a page can only ever hold a reason an agent has a label for.
 *
 * @param reason     why, from the catalogue; kept as its {@link ReasonCode#code() code} (JSON
 *                   {@code reasonCode}), e.g. {@code openai_rate_limited}
 * @param message    for people; never holds secrets or transcript text
 * @param retryable  whether another attempt may succeed
 * @param retryAfter the provider's requested wait, {@link Duration#ZERO} when none
 */
public record ProcessingFailure(@JsonProperty("reasonCode") ReasonCode reason, String message, boolean retryable,
        Duration retryAfter) {

    public ProcessingFailure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    /** A failure for a reason from the catalogue, retryable when the reason is transient. */
    public ProcessingFailure(ReasonCode reason, String message) {
        this(reason, message, reason.isTransient(), null);
    }

    /** The failure an exception describes. */
    public static ProcessingFailure of(CallPipelineException e) {
        Duration wait = e instanceof TransientProcessingException t ? t.retryAfter() : Duration.ZERO;
        return new ProcessingFailure(e.reason(), String.valueOf(e.getMessage()), e.isRetryable(), wait);
    }

    /**
     * A failure as a store kept it, by its code: a code stored by an older version and since retired
     * reads as {@link ReasonCode#UNEXPECTED_ERROR}.
     */
    public static ProcessingFailure stored(String reasonCode, String message, boolean retryable, Duration retryAfter) {
        return new ProcessingFailure(ReasonCode.stored(reasonCode), message, retryable, retryAfter);
    }

    /** The reason's stable code, as stores, meters and the API keep it. */
    public String reasonCode() {
        return reason.code();
    }
}
