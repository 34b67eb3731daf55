package io.callpipeline.core.pipeline;

import io.callpipeline.core.ReasonCode;
import java.util.function.Supplier;

/**
 * Wraps each step of a run as a whole, so that what happens inside it (a provider's HTTP request, a save) is
 * seen as part of it: the starter opens a Micrometer {@code Observation} here, which a tracer turns into a
 * span that a provider request's span nests under. {@link PipelineListener} hears a step only once it ended,
 * too late for that. The core depends on no observation library; {@link #NONE} runs the step as it is.
 */
public interface StepInstrumentation {

    /** Runs each step as it is. */
    StepInstrumentation NONE = new StepInstrumentation() {
        @Override
        public <T> T around(StepScope step, Supplier<T> work) {
            return work.get();
        }
    };

    /**
     * Runs {@code work}, the step, and returns or throws what it does. When it throws,
     * {@link StepScope#failureReason()} already says why.
     */
    <T> T around(StepScope step, Supplier<T> work);

    /** The step being run, and how it ended once it has. */
    final class StepScope {
        private final PipelineStep step;
        private final String recordingSid;
        private volatile ReasonCode failureReason;
        private volatile boolean cutShort;

        /** A step about to run; the pipeline makes one per step (a host's test of its instrumentation may too). */
        public StepScope(PipelineStep step, String recordingSid) {
            this.step = step;
            this.recordingSid = recordingSid;
        }

        public PipelineStep step() {
            return step;
        }

        public String recordingSid() {
            return recordingSid;
        }

        /** Why the step failed, from the catalogue, once it has; else {@code null}. */
        public ReasonCode failureReason() {
            return failureReason;
        }

        /** Whether the step was stopped because another run took its recording over (not a failure). */
        public boolean cutShort() {
            return cutShort;
        }

        /** Says why the step failed, before the failure leaves it. */
        public void failed(ReasonCode reason) {
            this.failureReason = reason;
        }

        void stoppedByTakeover() {
            this.cutShort = true;
        }
    }
}
