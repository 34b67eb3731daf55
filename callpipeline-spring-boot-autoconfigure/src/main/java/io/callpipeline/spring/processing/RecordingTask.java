package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.core.pipeline.ProcessingOutcome;
import io.callpipeline.core.pipeline.RunOwnership;
import io.callpipeline.core.privacy.MessageFree;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.events.CallEnded;
import io.callpipeline.spring.observability.CallPipelineObserver;
import io.callpipeline.spring.observability.JobTrace;
import io.callpipeline.spring.observability.RunObservationContext;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The db-scheduler task that processes one recording, and what happens after each run: one task
 * instance per RecordingSid (the scheduler's own locking guarantees no two instances work on the
 * same recording at once), carrying only the SID: the pipeline reads the call's record once.
 *
 * <p>Retries count db-scheduler's consecutive failures: past {@link Retries#maxAttempts()} the
 * give-up records the call as {@code FAILED} with {@code retries_exhausted} so no accepted call waits
 * for ever, and only once that is saved is the job removed (db-scheduler's
 * {@link FailureHandler.MaxRetriesFailureHandler} removes it first, which left a call "processing"
 * with no job whenever that save failed); a give-up that cannot be saved keeps the job, which tries
 * again later. Before that, the wait grows exponentially and is never shorter than the provider's
 * {@code Retry-After}. Every run's end is reported to the observer from here alone.
 * Each run waits for a permit of the {@link ProcessingLimit}, and tells it how the run ended.
 *
 * <p>A run that db-scheduler judged dead and revived elsewhere while it was in fact still going
 * learns so from {@link JobOwnership} before its next paid request or save, stops, and leaves the
 * job's row to the run that took over.
 */
public final class RecordingTask {

    /** The task's name in {@code callpipeline_scheduled_tasks}. */
    public static final String TASK_NAME = "callpipeline-recording";

    private static final Logger log = LoggerFactory.getLogger(RecordingTask.class);

    /**
     * How a call that keeps failing transiently is retried.
     *
     * @param maxAttempts attempts in all, the first included
     * @param initial     the wait after the first failure
     * @param multiplier  the growth of each further wait
     * @param max         the longest wait
     */
    public record Retries(int maxAttempts, Duration initial, double multiplier, Duration max) {

        /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
        public Duration backoff(int attempt) {
            double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
            return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
        }
    }

    private final CallRecordingPipeline pipeline;
    private final TranscriptStore store;
    private final Retries retries;
    private final CallPipelineObserver observer;
    private final Clock clock;
    private final ProcessingLimit limit;
    private final JobOwnership ownership;
    private final Supplier<RecordingJobQueue> jobs;
    private final Consumer<CallEnded> ended;
    private final JobTrace trace;

    /**
     * @param jobs  the queue, looked up when a job ends (it is built on the task this makes, so it
     *              cannot be given here)
     * @param ended told of each call that has ended for good ({@link CallEnded}, published to the host)
     * @param trace runs each run inside its observation, continuing the trace its job carries
     */
    public RecordingTask(CallRecordingPipeline pipeline, TranscriptStore store, Retries retries,
            CallPipelineObserver observer, Clock clock, ProcessingLimit limit, JobOwnership ownership,
            Supplier<RecordingJobQueue> jobs, Consumer<CallEnded> ended, JobTrace trace) {
        this.trace = trace;
        this.jobs = jobs;
        this.ended = ended;
        this.limit = limit;
        this.ownership = ownership;
        this.pipeline = pipeline;
        this.store = store;
        this.retries = retries;
        this.observer = observer;
        this.clock = clock;
    }

    public OneTimeTask<String> task() {
        // db-scheduler counts retries after the first attempt
        FailureHandler<String> failures = (complete, operations) -> {
            if (complete.getExecution().consecutiveFailures + 1 < retries.maxAttempts()) {
                retryLater(complete, operations);
            } else {
                giveUp(complete, operations);
            }
        };
        return new OneTimeTask<>(TASK_NAME, String.class, failures, new DeadExecutionHandler.ReviveDeadExecution<>()) {
            @Override
            public CompletionHandler<String> execute(TaskInstance<String> instance, ExecutionContext context) {
                Duration queueWait = Duration.between(context.getExecution().executionTime, clock.instant());
                boolean stillOurs = trace.run(instance.getData(), instance.getId(), queueWait,
                        observed -> run(instance.getId(), ownership.of(context.getExecution()), observed));
                // a superseded run leaves the row alone: it belongs to the run that took over
                return stillOurs ? (complete, operations) -> endJob(instance.getId(), operations)
                        : (complete, operations) -> { };
            }

            @Override
            public void executeOnce(TaskInstance<String> instance, ExecutionContext context) {
                throw new UnsupportedOperationException("runs through execute");
            }
        };
    }

    /**
     * One run; a failure that may pass is thrown to the failure handlers, anything else ends the job.
     *
     * @param observed the run's observation, told how the run ended
     * @return whether the run still owned its job when it ended (false: another run took it over)
     */
    private boolean run(String recordingSid, RunOwnership owned, RunObservationContext observed) {
        ProcessingOutcome outcome = limit.run(() -> pipeline.process(recordingSid, owned)).orElse(null);
        if (outcome == null) {
            log.warn("Job for recording {} found no stored call; nothing to process", recordingSid);
            observed.ended(CallPipelineObserver.RunResult.EMPTY, null);
            return true;
        }
        if (outcome instanceof ProcessingOutcome.Superseded) {
            observer.runEnded(CallPipelineObserver.RunResult.SUPERSEDED, null);
            observed.ended(CallPipelineObserver.RunResult.SUPERSEDED, null);
            return false;
        }
        if (outcome instanceof ProcessingOutcome.Failed failed && failed.retryable()) {
            observed.ended(CallPipelineObserver.RunResult.RETRYING, failed.failure().reason());
            throw new RetryableRun(failed.failure());
        }
        ProcessingFailure failure = outcome.record().failure();
        CallPipelineObserver.RunResult result = CallPipelineObserver.RunResult.of(outcome);
        observer.runEnded(result, failure == null ? null : failure.reason());
        observed.ended(result, failure == null ? null : failure.reason());
        tell(outcome.record(), CallEnded.Result.valueOf(result.name()));
        return true;
    }

    /** The host hears of a call that has ended; what its listener does cannot change the call. */
    private void tell(CallRecord record, CallEnded.Result result) {
        String reason = result == CallEnded.Result.COMPLETED ? null
                : record.failure() != null ? record.failure().reasonCode()
                : record.verdict() != null ? record.verdict().reasonCode() : null;
        try {
            ended.accept(new CallEnded(record.recordingSid(), result, reason, record));
        } catch (RuntimeException e) {
            log.warn("A listener of ended calls failed on recording {}", record.recordingSid(), MessageFree.of(e));
        }
    }

    private void retryLater(ExecutionComplete complete, ExecutionOperations<String> operations) {
        ProcessingFailure failure = failureOf(complete);
        int attempts = complete.getExecution().consecutiveFailures + 1;
        Duration wait = retries.backoff(attempts);
        if (failure.retryAfter().compareTo(wait) > 0) {
            wait = failure.retryAfter();
        }
        observer.runEnded(CallPipelineObserver.RunResult.RETRYING, failure.reason());
        log.info("Recording {} failed attempt {} of {} ({}); retrying in {}", complete.getExecution().taskInstance.getId(),
                attempts, retries.maxAttempts(), failure.reasonCode(), wait);
        operations.reschedule(complete, clock.instant().plus(wait));
    }

    private void giveUp(ExecutionComplete complete, ExecutionOperations<String> operations) {
        String recordingSid = complete.getExecution().taskInstance.getId();
        ProcessingFailure last = failureOf(complete);
        int failures = complete.getExecution().consecutiveFailures + 1;
        try {
            CallRecord record = store.find(recordingSid).orElse(null);
            if (record != null && !record.stage().isTerminal()) {
                store.save(record.failed(new ProcessingFailure(ReasonCode.RETRIES_EXHAUSTED, "Gave up after "
                        + failures + " attempts; last: " + last.reasonCode() + ": " + last.message()),
                        ProcessingStage.FAILED));
            }
        } catch (RuntimeException e) {
            Duration wait = retries.backoff(failures);
            log.warn("Recording {} failed {} times, but the give-up could not be saved ({}); its job stays and runs"
                    + " again in {}", recordingSid, failures, e.getClass().getSimpleName(), wait);
            operations.reschedule(complete, clock.instant().plus(wait));
            return;
        }
        log.warn("Recording {} failed {} times; giving up: {}", recordingSid, failures, last.reasonCode());
        endJob(recordingSid, operations);
        observer.runEnded(CallPipelineObserver.RunResult.FAILED, ReasonCode.RETRIES_EXHAUSTED);
        store.find(recordingSid).filter(record -> record.stage() == ProcessingStage.FAILED)
                .ifPresent(record -> tell(record, CallEnded.Result.FAILED));
        pipeline.discardKeptResults(recordingSid); // the call has ended; leave no file behind
    }

    /**
     * Removes the job of a run that has ended, then looks at its call once more: a call reopened
     * while the run was ending (a retry clicked as it failed, a final status that came as it ended)
     * could not have its job moved by whoever reopened it, because the job was still running; left
     * alone, the removal would strand it with no job. It is queued again instead.
     */
    private void endJob(String recordingSid, ExecutionOperations<String> operations) {
        operations.stop();
        try {
            CallRecord record = store.find(recordingSid).orElse(null);
            if (record != null && !record.stage().isTerminal()) {
                RecordingJobQueue queue = jobs.get();
                queue.runNow(recordingSid);
                queue.wakeUp();
                log.info("Recording {} was reopened as its run ended; queued again", recordingSid);
            }
        } catch (RuntimeException e) {
            // whoever reopened it queues it again once its own transaction has committed
            log.warn("Recording {} ended its run; could not look whether it was reopened meanwhile ({})", recordingSid,
                    e.getClass().getSimpleName());
        }
    }

    /** The failure a run reported, or an unexpected error when the job itself threw. */
    private static ProcessingFailure failureOf(ExecutionComplete complete) {
        Throwable cause = complete.getCause().orElse(null);
        if (cause instanceof RetryableRun run) {
            return run.failure;
        }
        return new ProcessingFailure(ReasonCode.UNEXPECTED_ERROR,
                cause == null ? "unknown failure" : "Unexpected " + cause.getClass().getSimpleName() + " (see the app's log)");
    }

    /** Hands a run's transient failure to db-scheduler's failure handlers. */
    static final class RetryableRun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient ProcessingFailure failure;

        RetryableRun(ProcessingFailure failure) {
            super(failure.reasonCode() + ": " + failure.message(), null, false, false);
            this.failure = failure;
        }
    }
}
