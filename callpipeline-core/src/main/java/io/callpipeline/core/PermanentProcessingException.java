package io.callpipeline.core;

/**
 * A failure that will never go away by retrying: the recording does not exist or belongs to
 * another call or account, the audio is unreadable, the credentials are wrong, the quota is spent,
 * or the provider rejected the request as malformed. The call ends at once with this reason.
 */
public non-sealed class PermanentProcessingException extends CallPipelineException {

    private static final long serialVersionUID = 1L;

    public PermanentProcessingException(ReasonCode reason, String message) {
        this(reason, message, null);
    }

    /**
     * @throws IllegalArgumentException when the catalogue says the reason is transient
     */
    public PermanentProcessingException(ReasonCode reason, String message, Throwable cause) {
        super(reason, message, cause);
        if (reason.isTransient()) {
            throw new IllegalArgumentException(reason + " is a transient reason");
        }
    }

    @Override
    public final boolean isRetryable() {
        return false;
    }
}
