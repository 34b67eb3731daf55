package io.callpipeline.core;

import java.util.Objects;

/**
 * The one root of every failure the pipeline reports, so a caller can catch a single type and
 * still decide, by {@link #isRetryable()}, whether trying again can ever help.
 *
 * <p>Each failure carries a short machine-readable {@link #reasonCode()} (for example
 * {@code recording_not_found} or {@code openai_rate_limited}) that a CRM can store and show; the
 * message is for people and never contains secrets or transcript text.
 */
public abstract sealed class CallPipelineException extends RuntimeException
        permits PermanentProcessingException, TransientProcessingException {

    private static final long serialVersionUID = 1L;

    private final String reasonCode;

    protected CallPipelineException(String reasonCode, String message, Throwable cause) {
        super(message, cause);
        this.reasonCode = Objects.requireNonNull(reasonCode, "reasonCode");
    }

    /** A stable, machine-readable code naming why processing stopped. */
    public String reasonCode() {
        return reasonCode;
    }

    /** Whether the same input might succeed later (timeouts, rate limits, server errors). */
    public abstract boolean isRetryable();
}
