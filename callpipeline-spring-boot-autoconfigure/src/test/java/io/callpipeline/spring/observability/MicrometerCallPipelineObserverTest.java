package io.callpipeline.spring.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.pipeline.ProcessingOutcome;
import io.callpipeline.spring.observability.CallPipelineObserver.RunResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How a run ended, as the operator's counters tell it: each outcome its own result, a retryable failure counted as
 * retrying and a final one as failed, and the reason only ever a code of the catalogue (anything else is
 * {@code unexpected_error}), so a stray code never becomes a time series of its own.
 */
class MicrometerCallPipelineObserverTest {

    private static final CallRecord RECORD = CallRecord.received(RecordingEvent.completed(
            "AC0123456789abcdef0123456789abcdef", "CA0123456789abcdef0123456789abcdef",
            "RE0123456789abcdef0123456789abcdef"));

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerCallPipelineObserver observer = new MicrometerCallPipelineObserver(registry);

    private double runs(String result, String reason) {
        var counter = registry.find(MicrometerCallPipelineObserver.RUNS).tag("result", result).tag("reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void eachOutcomeIsItsOwnResult() {
        ProcessingFailure retryable = new ProcessingFailure(ReasonCode.TWILIO_UNAVAILABLE, "down", true,
                Duration.ofSeconds(3));
        ProcessingFailure last = new ProcessingFailure(ReasonCode.RETRIES_EXHAUSTED, "gave up", false, null);

        assertThat(RunResult.of(new ProcessingOutcome.Completed(RECORD))).isEqualTo(RunResult.COMPLETED);
        assertThat(RunResult.of(new ProcessingOutcome.Gibberish(RECORD))).isEqualTo(RunResult.GIBBERISH);
        assertThat(RunResult.of(new ProcessingOutcome.Rejected(RECORD, last))).isEqualTo(RunResult.REJECTED);
        assertThat(RunResult.of(new ProcessingOutcome.Failed(RECORD, retryable))).isEqualTo(RunResult.RETRYING);
        assertThat(RunResult.of(new ProcessingOutcome.Failed(RECORD, last))).isEqualTo(RunResult.FAILED);
        assertThat(RunResult.of(new ProcessingOutcome.Superseded(RECORD))).isEqualTo(RunResult.SUPERSEDED);
    }

    @Test
    void runsAreCountedByResultAndCataloguedReason() {
        observer.runEnded(RunResult.COMPLETED, null);
        observer.runEnded(RunResult.COMPLETED, null);
        observer.runEnded(RunResult.FAILED, ReasonCode.RETRIES_EXHAUSTED);
        // a code no catalogue holds (a host's store, an older version's record) is read as unexpected before it can be a tag
        observer.runEnded(RunResult.FAILED, ProcessingFailure.stored("made_up_by_a_host", "x", false, null).reason());

        assertThat(runs("completed", "none")).isEqualTo(2);
        assertThat(runs("failed", "retries_exhausted")).isEqualTo(1);
        assertThat(runs("failed", "unexpected_error")).isEqualTo(1);
        assertThat(registry.find(MicrometerCallPipelineObserver.RUNS).tag("reason", "made_up_by_a_host").counter())
                .isNull();
    }

    @Test
    void callbacksAreCountedByTheirAnswer() {
        observer.callbackAnswered(200);
        observer.callbackAnswered(200);
        observer.callbackAnswered(403);

        assertThat(registry.get(MicrometerCallPipelineObserver.CALLBACKS).tag("status", "200").counter().count())
                .isEqualTo(2);
        assertThat(registry.get(MicrometerCallPipelineObserver.CALLBACKS).tag("status", "403").counter().count())
                .isEqualTo(1);
    }
}
