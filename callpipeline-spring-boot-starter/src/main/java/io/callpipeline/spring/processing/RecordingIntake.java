package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.store.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a callback durably and quickly: saves the received record and enqueues its job in one
 * database transaction, so an accepted callback can never be lost and is never queued twice. The
 * webhook answers as soon as this returns; nothing is processed on the request thread.
 */
public final class RecordingIntake {

    /** What became of a callback. */
    public enum Result {
        /** Saved and queued. */
        ACCEPTED,
        /** The recording was already known: nothing changed. */
        DUPLICATE
    }

    private final TranscriptStore store;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public RecordingIntake(TranscriptStore store, SchedulerClient scheduler, OneTimeTask<Void> task,
                           TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.scheduler = scheduler;
        this.task = task;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Result accept(RecordingEvent event) {
        try {
            Result result = transaction.execute(status -> {
                if (!store.saveIfAbsent(CallRecord.received(event))) {
                    status.setRollbackOnly();
                    return Result.DUPLICATE;
                }
                if (!scheduler.scheduleIfNotExists(task.instance(event.recordingSid()), clock.instant())) {
                    status.setRollbackOnly();
                    return Result.DUPLICATE;
                }
                return Result.ACCEPTED;
            });
            if (result == Result.ACCEPTED && scheduler instanceof Scheduler local) {
                // the job is visible only now, after the commit: look for it at once, not at the next poll
                local.triggerCheckForDueExecutions();
            }
            return result == null ? Result.DUPLICATE : result;
        } catch (DataIntegrityViolationException concurrentTwin) {
            return Result.DUPLICATE;
        }
    }
}
