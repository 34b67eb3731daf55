package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.store.CallRecord;
import io.callpipeline.core.store.Origin;
import io.callpipeline.core.store.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts a call durably: saves its record and enqueues its job in one database transaction, so
 * an accepted callback can never be lost and is never queued twice. The webhook answers 200 only
 * when this returns; any storage failure propagates (the webhook answers 503 and Twilio retries).
 * Only the store's own "already there" counts as a duplicate.
 *
 * <p>A callback whose status is not final ({@code in-progress}) is kept and queued like any other
 * (the recording's own status at Twilio decides), and a later final callback for the same
 * recording replaces its event and brings its job forward, so an early status can never block
 * the completed one.
 */
public final class RecordingIntake {

    /** What became of a callback. */
    public enum Result {
        /** Saved and queued. */
        ACCEPTED,
        /** A final status replaced an earlier, non-final one; the job is due now. */
        UPDATED,
        /** The recording was already known with a final status: nothing changed. */
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

    /** Accepts a callback Twilio sent. */
    public Result accept(RecordingEvent event) {
        return accept(event, Origin.CALLBACK);
    }

    /**
     * Accepts a call however it became known.
     *
     * @throws org.springframework.dao.DataAccessException when it could not be stored: nothing was
     *         accepted, and the caller must say so
     */
    public Result accept(RecordingEvent event, Origin origin) {
        Result result;
        try {
            result = transaction.execute(status -> {
                Optional<CallRecord> known = store.find(event.recordingSid());
                if (known.isPresent()) {
                    return replaceEarlierStatus(known.get(), event);
                }
                if (!store.saveIfAbsent(CallRecord.received(event, origin))) {
                    status.setRollbackOnly(); // a twin committed first
                    return Result.DUPLICATE;
                }
                scheduler.scheduleIfNotExists(task.instance(event.recordingSid()), clock.instant());
                return Result.ACCEPTED;
            });
        } catch (DuplicateKeyException concurrentTwin) {
            return Result.DUPLICATE;
        }
        if (result != Result.DUPLICATE && scheduler instanceof Scheduler local) {
            // the job is visible only now, after the commit: look for it at once, not at the next poll
            local.triggerCheckForDueExecutions();
        }
        return result == null ? Result.DUPLICATE : result;
    }

    private Result replaceEarlierStatus(CallRecord known, RecordingEvent event) {
        if (!event.isFinal() || known.event().isFinal()
                || known.stage() == ProcessingStage.COMPLETED || known.stage() == ProcessingStage.GIBBERISH) {
            return Result.DUPLICATE;
        }
        store.save(known.withEvent(event));
        var instance = task.instance(event.recordingSid());
        if (!scheduler.scheduleIfNotExists(instance, clock.instant())) {
            try {
                scheduler.reschedule(instance, clock.instant());
            } catch (RuntimeException runningNow) {
                // db-scheduler will not move a running job; its next attempt reads the new event
            }
        }
        return Result.UPDATED;
    }
}
