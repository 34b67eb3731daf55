package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.store.CallRecord;
import io.callpipeline.core.store.ProcessingFailure;
import io.callpipeline.core.store.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.observability.CallPipelineObserver;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens after a transient failure: try again after an exponentially growing wait (never
 * shorter than the provider's {@code Retry-After}), and after the last allowed attempt end the call
 * as failed with the reason, so no accepted callback is left pending for ever.
 *
 * @param maxAttempts attempts in all, the first included
 * @param initial     the wait after the first failure
 * @param multiplier  the growth of each further wait
 * @param max         the longest wait
 * @param store       where the final failure is recorded
 * @param observer    hears each retry and each give-up
 * @param clock       the application's clock
 */
public record RetryPolicy(int maxAttempts, Duration initial, double multiplier, Duration max, TranscriptStore store,
        CallPipelineObserver observer, Clock clock) implements FailureHandler<Void> {

    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
    public Duration backoff(int attempt) {
        double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        String recordingSid = complete.getExecution().taskInstance.getId();
        int attempts = complete.getExecution().consecutiveFailures + 1;
        Optional<ProcessingFailure> failure = complete.getCause()
                .filter(RecordingJobs.RetryableFailure.class::isInstance)
                .map(c -> ((RecordingJobs.RetryableFailure) c).outcome().failure());
        Duration providerWait = failure.map(ProcessingFailure::retryAfter).orElse(null);
        String reason = complete.getCause().map(Throwable::getMessage).orElse("unknown failure");
        if (attempts >= maxAttempts) {
            observer.runEnded(CallPipelineObserver.RunResult.FAILED, ReasonCode.RETRIES_EXHAUSTED.code());
            giveUp(recordingSid, attempts, reason);
            operations.remove();
            return;
        }
        observer.runEnded(CallPipelineObserver.RunResult.RETRYING,
                failure.map(ProcessingFailure::reasonCode).orElse(ReasonCode.UNEXPECTED_ERROR.code()));
        Duration wait = backoff(attempts);
        wait = providerWait != null && providerWait.compareTo(wait) > 0 ? providerWait : wait;
        log.info("Recording {} failed attempt {} of {}; retrying in {}", recordingSid, attempts, maxAttempts, wait);
        operations.reschedule(complete, clock.instant().plus(wait));
    }

    private void giveUp(String recordingSid, int attempts, String reason) {
        log.warn("Recording {} failed {} times; giving up: {}", recordingSid, attempts, reason);
        CallRecord record = store.find(recordingSid).orElse(null);
        if (record != null && !record.stage().isTerminal()) {
            store.save(record.failed(new ProcessingFailure(ReasonCode.RETRIES_EXHAUSTED,
                    "Gave up after " + attempts + " attempts; last: " + reason), ProcessingStage.FAILED));
        }
    }
}
