package io.callpipeline.crm.web;

/** The app has no background processing (no database queue), so nothing can re-run a call: a 501. */
public final class RetryUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public RetryUnavailableException() {
        super("This application has no background processing, so a call cannot be retried");
    }
}
