package io.callpipeline.crm.call;

/**
 * Only a completed call has a transcript and an answer to answer again, and only one request at a
 * time answers it; the API says 409.
 */
public class CallNotReanswerableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CallNotReanswerableException(long callId, String status) {
        super("Call " + callId + " is " + status + ": only a completed call can be answered again");
    }

    private CallNotReanswerableException(String message) {
        super(message);
    }

    /** Another request is answering the call again right now. */
    public static CallNotReanswerableException inProgress(long callId) {
        return new CallNotReanswerableException("Call " + callId + " is being answered again by another request");
    }
}
