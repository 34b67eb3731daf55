package io.callpipeline.spring.observability;

import io.callpipeline.core.ReasonCode;
import io.micrometer.common.KeyValues;

/**
 * {@value #NAME}: low-cardinality {@code step} (verify, download, listen, transcribe, check, archive, respond) and
 * {@code result} ({@code ok}, the failure's reason code from the catalogue, or {@code superseded} when another run
 * took the recording over); high-cardinality {@code recording.sid}. With Micrometer's meter handler this is a
 * timer named {@value #NAME} with those low-cardinality tags (and Micrometer's {@code error}), in place of the
 * former {@code callpipeline.step.duration}.
 */
public class DefaultStepObservationConvention implements StepObservationConvention {

    /** The observation's (and its timer's) name. */
    public static final String NAME = "callpipeline.step";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(StepObservationContext context) {
        return "callpipeline " + context.step().step().tagValue();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(StepObservationContext context) {
        ReasonCode reason = context.step().failureReason();
        String result = context.step().cutShort() ? "superseded" : reason == null ? "ok" : reason.code();
        return KeyValues.of("step", context.step().step().tagValue(), "result", result);
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(StepObservationContext context) {
        return KeyValues.of("recording.sid", context.step().recordingSid());
    }
}
