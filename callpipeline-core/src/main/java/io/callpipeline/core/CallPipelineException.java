package io.callpipeline.core;

import java.util.Objects;

/**
 * The one root of every failure the pipeline reports, so a caller can catch a single type and
 * still decide, by {@link #isRetryable()}, whether trying again can ever help.
 *
 * <p>Each failure carries a {@link ReasonCode} from the one catalogue (for example
 * {@code recording_not_found} or {@code openai_rate_limited}) that a CRM can store and show; the
 * message is for people and never contains secrets or transcript text.
 */
public abstract sealed class CallPipelineException extends RuntimeException
        permits PermanentProcessingException, TransientProcessingException {

    private static final long serialVersionUID = 1L;

    private final ReasonCode reason;

    protected CallPipelineException(ReasonCode reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why processing stopped, from the one catalogue. */
    public ReasonCode reason() {
        return reason;
    }

    /** The reason's stable, machine-readable code, e.g. {@code openai_rate_limited}. */
    public String reasonCode() {
        return reason.code();
    }

    /** Whether the same input might succeed later (timeouts, rate limits, server errors). */
    public abstract boolean isRetryable();
}
