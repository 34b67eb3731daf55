package io.callpipeline.core.recording;

/** Step 2: finds out who called, so the CRM can match the call to a customer. */
@FunctionalInterface
public interface CallLookup {

    /**
     * @throws io.callpipeline.core.CallPipelineException typed permanent or transient
     */
    CallDetails fetchCall(String callSid);

    /** The call in this account, for a source that reads several; {@code null} for the source's own. */
    default CallDetails fetchCall(String accountSid, String callSid) {
        return fetchCall(callSid);
    }
}
