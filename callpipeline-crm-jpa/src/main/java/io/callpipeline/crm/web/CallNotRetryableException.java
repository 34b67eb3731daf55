package io.callpipeline.crm.web;

/** Only a failed call can be run again; a 409 in the API, naming the call's status. */
public final class CallNotRetryableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public CallNotRetryableException(long callId, String status) {
        super("Call " + callId + " is " + status + ", not failed: only a failed call can be retried");
    }
}
