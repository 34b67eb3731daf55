package io.callpipeline.spring.observability;

import io.micrometer.common.KeyValues;

/**
 * {@value #NAME}: low-cardinality {@code result} (completed, gibberish, rejected, failed, retrying, superseded,
 * empty) and {@code reason} (the catalogue's code, {@code none}); high-cardinality {@code recording.sid} and
 * {@code queue.wait} (how long the job waited past its due time, in milliseconds). As a timer, the whole run's
 * time; the runs' count by result stays {@code callpipeline.runs}.
 */
public class DefaultRunObservationConvention implements RunObservationConvention {

    /** The observation's (and its timer's) name. */
    public static final String NAME = "callpipeline.run";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(RunObservationContext context) {
        return "callpipeline run";
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(RunObservationContext context) {
        return KeyValues.of("result", context.result() == null ? "unknown" : context.result().tagValue(),
                "reason", context.reason() == null ? "none" : context.reason().code());
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(RunObservationContext context) {
        return KeyValues.of("recording.sid", context.recordingSid(),
                "queue.wait", Long.toString(context.queueWait().toMillis()));
    }
}
