package io.callpipeline.core.recording;

/** Step 2: finds out who called, so the CRM can match the call to a customer. */
@FunctionalInterface
public interface CallLookup {

    /**
     * @throws io.callpipeline.core.CallPipelineException typed permanent or transient
     */
    CallDetails fetchCall(String callSid);
}
