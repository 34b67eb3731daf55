package io.callpipeline.core;

import io.callpipeline.core.ReasonCode;
import java.time.Duration;

/**
 * A failure that may pass by itself: a timeout, a rate limit, a provider's 5xx, or media that is
 * not downloadable yet right after the callback. The caller retries with backoff; because each
 * finished step was stored, the retry resumes where this attempt stopped.
 */
public final class TransientProcessingException extends CallPipelineException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TransientProcessingException(ReasonCode reason, String message) {
        this(reason, message, null, null);
    }

    public TransientProcessingException(ReasonCode reason, String message, Throwable cause) {
        this(reason, message, cause, null);
    }

    /**
     * @param reason     from the catalogue; must be {@link ReasonCode.Kind#TRANSIENT}
     * @param retryAfter the provider's own hint (e.g. a {@code Retry-After} header), or {@code null}
     */
    public TransientProcessingException(ReasonCode reason, String message, Throwable cause, Duration retryAfter) {
        super(reason, message, cause);
        if (!reason.isTransient()) {
            throw new IllegalArgumentException(reason + " is not a transient reason");
        }
        this.retryAfter = retryAfter;
    }

    /** The wait the provider asked for, or {@link Duration#ZERO} when it gave none. */
    public Duration retryAfter() {
        return retryAfter == null ? Duration.ZERO : retryAfter;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
