package io.callpipeline.core.response;

/**
 * Step 6: turns a transcript into the agent's summary and suggested reply. Skipped for gibberish.
 */
@FunctionalInterface
public interface Responder {

    /**
     * @throws io.callpipeline.core.CallPipelineException typed; a refused, truncated or malformed
     *         answer is a permanent failure with a reason, never a half-filled response
     */
    CallResponse respond(ResponseRequest request);
}
