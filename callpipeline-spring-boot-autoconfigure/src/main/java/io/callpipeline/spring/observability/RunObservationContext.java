package io.callpipeline.spring.observability;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.spring.observability.CallPipelineObserver.RunResult;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import java.time.Duration;
import java.util.Map;

/**
 * One processing run of a call as an observation sees it: the consumer side of the job, whose carrier is the
 * trace context the callback's request left with the job, so a tracer continues the callback's trace in the
 * run, on whichever instance and after whatever retry or crash.
 */
public final class RunObservationContext extends ReceiverContext<Map<String, String>> {

    private final String recordingSid;
    private final Duration queueWait;
    private volatile RunResult result;
    private volatile ReasonCode reason;

    /**
     * @param queueWait how long the job waited past its due time before this run picked it up
     */
    public RunObservationContext(String recordingSid, Duration queueWait, Map<String, String> carrier) {
        super((headers, key) -> headers.get(key), Kind.CONSUMER);
        this.recordingSid = recordingSid;
        this.queueWait = queueWait;
        setCarrier(carrier);
        setRemoteServiceName("callpipeline-queue");
    }

    public String recordingSid() {
        return recordingSid;
    }

    public Duration queueWait() {
        return queueWait;
    }

    /** How the run ended, or {@code null} while it has not said (a run cut short by an error it did not catch). */
    public RunResult result() {
        return result;
    }

    /** Why it failed, or {@code null}. */
    public ReasonCode reason() {
        return reason;
    }

    /** Says how the run ended, before its observation stops. */
    public void ended(RunResult result, ReasonCode reason) {
        this.result = result;
        this.reason = reason;
    }
}
