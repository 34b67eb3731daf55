package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.exceptions.FailedToScheduleBatchException;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.Origin;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.event.RecordingEvent;
import io.callpipeline.core.store.TranscriptStore;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /**
     * The RecordingSid {@link #rehearse()} looks up: Twilio's are {@code RE} and 32 hex digits, so
     * this one is never a real recording's.
     */
    public static final String REHEARSAL_SID = "RE-callpipeline-rehearsal";

    private final TranscriptStore store;
    private final RecordingJobQueue jobs;
    private final TransactionTemplate transaction;

    public RecordingIntake(TranscriptStore store, RecordingJobQueue jobs, TransactionTemplate transaction) {
        this.store = store;
        this.jobs = jobs;
        this.transaction = transaction;
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
            CallRecord received = CallRecord.received(event, origin);
            result = acceptNew(received);
            if (result == null) {
                result = acceptKnown(event, received);
            }
        } catch (DuplicateKeyException concurrentTwin) {
            return Result.DUPLICATE;
        }
        if (result != Result.DUPLICATE) {
            jobs.wakeUp();
        }
        return result;
    }

    /**
     * The common case, a recording seen for the first time, in two statements and the commit: the
     * record inserted if absent, and its job inserted, with no look first. A webhook's answer waits
     * on these round trips, so they are kept few.
     *
     * @return {@link Result#ACCEPTED}, or {@code null} (nothing changed) when the recording was
     *         already known or a job was already queued for it
     */
    private Result acceptNew(CallRecord received) {
        try {
            return transaction.execute(status -> {
                if (!store.saveIfAbsent(received)) {
                    status.setRollbackOnly();
                    return null;
                }
                jobs.enqueueNew(received.recordingSid());
                return Result.ACCEPTED;
            });
        } catch (FailedToScheduleBatchException jobAlreadyThere) {
            return null; // rolled back; the careful path keeps that job
        }
    }

    /**
     * Looks up a recording that cannot exist, through the store and in the intake's own kind of
     * transaction, and rolls back. A JVM's first use of that path (connections, the ORM's query
     * parsing, class loading) is slow and serialised; done by the first hundred callbacks at once on
     * a fresh JVM, it made the demo refuse 187 to 1,000 of its first 1,000 (100 a second) in 10 of
     * 10 runs, and done once here first, none in 20 of 23. It only reads, so a store that does not
     * take part in the transaction is not written to either.
     *
     * @throws org.springframework.dao.DataAccessException when the database cannot be read
     */
    public void rehearse() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            store.find(REHEARSAL_SID);
        });
    }

    /** Anything else: looks first, then replaces an earlier non-final status, or adds what is missing. */
    private Result acceptKnown(RecordingEvent event, CallRecord received) {
        AtomicBoolean due = new AtomicBoolean(true);
        Result result = transaction.execute(status -> {
            Optional<CallRecord> known = store.find(event.recordingSid());
            if (known.isPresent()) {
                return replaceEarlierStatus(known.get(), event, due);
            }
            if (!store.saveIfAbsent(received)) {
                status.setRollbackOnly(); // a twin committed first
                return Result.DUPLICATE;
            }
            jobs.enqueue(event.recordingSid());
            return Result.ACCEPTED;
        });
        if (result == Result.UPDATED && !due.get()) {
            jobs.runNow(event.recordingSid()); // a run was ending with the old status: queue the job now it is gone
        }
        return result == null ? Result.DUPLICATE : result;
    }

    private Result replaceEarlierStatus(CallRecord known, RecordingEvent event, AtomicBoolean due) {
        if (!event.isFinal() || known.event().isFinal()
                || known.stage() == ProcessingStage.COMPLETED || known.stage() == ProcessingStage.GIBBERISH) {
            return Result.DUPLICATE;
        }
        store.save(known.withEvent(event));
        due.set(jobs.runNow(event.recordingSid()));
        return Result.UPDATED;
    }
}
