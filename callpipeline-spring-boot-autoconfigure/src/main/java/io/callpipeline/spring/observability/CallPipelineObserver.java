package io.callpipeline.spring.observability;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.pipeline.PipelineListener;
import io.callpipeline.core.pipeline.ProcessingOutcome;
import io.callpipeline.core.pipeline.StepTiming;
import java.util.Locale;

/**
 * What the starter reports as it works: every webhook answer, every step's time, and how every run
 * of a call ended. The webhook, the jobs and the retry policy call it without knowing whether a
 * metrics library is present; {@link #NONE} is used when it is not, {@link MicrometerCallPipelineObserver}
 * when the host has a Micrometer {@code MeterRegistry}. Implementations must be fast and never throw.
 */
public interface CallPipelineObserver extends PipelineListener {

    /** Hears nothing: the observer of an app without Micrometer. */
    CallPipelineObserver NONE = new CallPipelineObserver() {
        @Override
        public void callbackAnswered(int httpStatus) {
        }

        @Override
        public void runEnded(RunResult result, ReasonCode reason) {
        }
    };

    /** The webhook answered a callback with this HTTP status. */
    void callbackAnswered(int httpStatus);

    /**
     * One processing run of a call ended.
     *
     * @param reason why it failed, or {@code null} when the call completed or was gibberish
     */
    void runEnded(RunResult result, ReasonCode reason);

    @Override
    default void stepEnded(StepTiming timing) {
    }

    /**
     * How one run ended: a terminal outcome, a transient failure that will be retried, a run that
     * stopped because another run had taken its recording over, or a job that found no stored call
     * to run ({@link #EMPTY}, which the run's observation reports and the counters do not).
     */
    enum RunResult {
        COMPLETED, GIBBERISH, REJECTED, FAILED, RETRYING, SUPERSEDED, EMPTY;

        /** The result as meters and spans tag it, e.g. {@code completed}. */
        public String tagValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The run's result from the pipeline's outcome. */
        public static RunResult of(ProcessingOutcome outcome) {
            if (outcome instanceof ProcessingOutcome.Failed failed) {
                return failed.retryable() ? RETRYING : FAILED;
            }
            if (outcome instanceof ProcessingOutcome.Rejected) {
                return REJECTED;
            }
            if (outcome instanceof ProcessingOutcome.Superseded) {
                return SUPERSEDED;
            }
            return outcome instanceof ProcessingOutcome.Gibberish ? GIBBERISH : COMPLETED;
        }
    }
}
