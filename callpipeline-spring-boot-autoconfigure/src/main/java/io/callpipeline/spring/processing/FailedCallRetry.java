package io.callpipeline.spring.processing;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a failed call another run. A call that ran out of retries (the provider was down for
 * hours, a credential or quota was fixed since) is not dead: this reopens it at the step where it
 * stopped, keeping everything already paid for, and queues it now. The CRM's API and its button
 * call it; a host without the CRM extension can call this bean itself.
 */
public final class FailedCallRetry {

    /** What became of the request. */
    public enum Result {
        /** Reopened and queued. */
        REQUEUED,
        /** No call has this recording. */
        NOT_FOUND,
        /** The call has not failed (it is done, rejected, gibberish, or still in progress). */
        NOT_FAILED
    }

    private final TranscriptStore store;
    private final RecordingJobQueue jobs;
    private final TransactionTemplate transaction;

    public FailedCallRetry(TranscriptStore store, RecordingJobQueue jobs, TransactionTemplate transaction) {
        this.store = store;
        this.jobs = jobs;
        this.transaction = transaction;
    }

    /**
     * Of two retries at once (two agents, a double click), one reopens the call and the other finds it
     * no longer failed: the store's version check decides, and the loser changes nothing.
     */
    public Result retry(String recordingSid) {
        Attempt attempt;
        try {
            attempt = attempt(recordingSid);
        } catch (OptimisticLockingFailureException e) {
            return Result.NOT_FAILED;
        }
        if (attempt.result() == Result.REQUEUED) {
            if (!attempt.due()) {
                jobs.runNow(recordingSid); // the failed run was still removing its job: queue it now it is gone
            }
            jobs.wakeUp();
        }
        return attempt.result();
    }

    private Attempt attempt(String recordingSid) {
        return transaction.execute(status -> {
            CallRecord record = store.find(recordingSid).orElse(null);
            if (record == null) {
                return new Attempt(Result.NOT_FOUND, false);
            }
            if (record.stage() != ProcessingStage.FAILED) {
                return new Attempt(Result.NOT_FAILED, false);
            }
            store.save(record.reopened());
            return new Attempt(Result.REQUEUED, jobs.runNow(recordingSid));
        });
    }

    /** What the transaction did, and whether the job it queued is due (false: a run still held it). */
    private record Attempt(Result result, boolean due) {
    }
}
