package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.callpipeline.core.pipeline.CallRecordingPipeline;
import io.callpipeline.core.pipeline.ProcessingOutcome;
import io.callpipeline.core.store.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.observability.CallPipelineObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The db-scheduler task that processes one recording: one task instance per RecordingSid, so the
 * scheduler's own locking guarantees no two instances ever work on the same recording at once. The
 * job carries only the SID; the callback itself was saved in the store when it was accepted.
 */
public final class RecordingJobs {

    /** The task's name in {@code callpipeline_scheduled_tasks}. */
    public static final String TASK_NAME = "callpipeline-recording";

    private static final Logger log = LoggerFactory.getLogger(RecordingJobs.class);

    private RecordingJobs() {
    }

    /**
     * @param retries  decides, after a retryable failure, when to try again or to give up
     * @param observer hears how each run ended (the retry policy reports the retryable ones)
     */
    public static OneTimeTask<Void> task(CallRecordingPipeline pipeline, TranscriptStore store, RetryPolicy retries,
            CallPipelineObserver observer) {
        return Tasks.oneTime(TASK_NAME)
                .onFailure(retries)
                .onDeadExecutionRevive()
                .execute((instance, context) -> process(pipeline, store, observer, instance.getId()));
    }

    private static void process(CallRecordingPipeline pipeline, TranscriptStore store, CallPipelineObserver observer,
            String recordingSid) {
        CallRecord record = store.find(recordingSid).orElse(null);
        if (record == null) {
            log.warn("Job for recording {} found no stored callback; nothing to process", recordingSid);
            return;
        }
        ProcessingOutcome outcome = pipeline.process(record.event());
        if (outcome instanceof ProcessingOutcome.Failed failed && failed.retryable()) {
            throw new RetryableFailure(failed);
        }
        observer.runEnded(CallPipelineObserver.RunResult.of(outcome),
                outcome.record().failure() == null ? null : outcome.record().failure().reasonCode());
    }

    /** Thrown out of a job so db-scheduler hands the failure to the {@link RetryPolicy}. */
    static final class RetryableFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient ProcessingOutcome.Failed outcome;

        RetryableFailure(ProcessingOutcome.Failed outcome) {
            super(outcome.failure().reasonCode() + ": " + outcome.failure().message(), null, false, false);
            this.outcome = outcome;
        }

        ProcessingOutcome.Failed outcome() {
            return outcome;
        }
    }
}
