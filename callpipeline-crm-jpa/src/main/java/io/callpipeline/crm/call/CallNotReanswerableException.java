package io.callpipeline.crm.call;

/** Only a completed call has a transcript and an answer to answer again; the API says 409. */
public class CallNotReanswerableException extends RuntimeException {

    public CallNotReanswerableException(long callId, String status) {
        super("Call " + callId + " is " + status + ": only a completed call can be answered again");
    }
}
