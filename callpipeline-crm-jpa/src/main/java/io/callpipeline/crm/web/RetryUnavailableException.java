package io.callpipeline.crm.web;

/** What would run a call again is missing (no background processing, no responder): a 501. */
public final class RetryUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public RetryUnavailableException() {
        this("This application has no background processing, so a call cannot be retried");
    }

    public RetryUnavailableException(String message) {
        super(message);
    }
}
