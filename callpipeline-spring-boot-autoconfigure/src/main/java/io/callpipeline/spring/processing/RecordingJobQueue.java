package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.callpipeline.spring.observability.JobTrace;
import java.time.Clock;
import java.util.List;

/**
 * The recording jobs in db-scheduler's table, as the intake and the retry button put them there:
 * one per RecordingSid. Its writes join the caller's transaction, so a job exists exactly when the
 * call's record says it should.
 */
public final class RecordingJobQueue {

    private final SchedulerClient scheduler;
    private final OneTimeTask<String> task;
    private final Clock clock;
    private final DueCheck dueCheck;
    private final JobTrace trace;

    /**
     * @param trace what writes the queuing request's trace context into a new job's data, so every run of it
     *              continues that trace
     */
    public RecordingJobQueue(SchedulerClient scheduler, OneTimeTask<String> task, Clock clock, DueCheck dueCheck,
            JobTrace trace) {
        this.scheduler = scheduler;
        this.task = task;
        this.clock = clock;
        this.dueCheck = dueCheck;
        this.trace = trace;
    }

    /** A new job's instance, carrying the current trace's context (or nothing without a tracer). */
    private TaskInstance<String> instance(String recordingSid) {
        return task.instance(recordingSid, trace.capture(recordingSid));
    }

    /**
     * Queues the job of a recording whose record was just inserted, due now, in one statement
     * (no look first: no job can exist without its record).
     *
     * @throws com.github.kagkarlsson.scheduler.exceptions.FailedToScheduleBatchException when one
     *         did all the same; the caller's transaction is then spoiled on PostgreSQL
     */
    void enqueueNew(String recordingSid) {
        scheduler.scheduleBatch(List.of(instance(recordingSid)), clock.instant());
    }

    /** Queues the recording's job, due now, unless it is queued already. */
    void enqueue(String recordingSid) {
        scheduler.scheduleIfNotExists(instance(recordingSid), clock.instant());
    }

    /**
     * Makes the recording's job due now: queued if it is not, brought forward if it waits for a
     * retry. A job running at this moment cannot be moved (db-scheduler refuses): if that run goes
     * on, its next attempt reads the record as saved now; if it is ending, it removes its job, so
     * the caller must call this again once its transaction has committed (see
     * {@link RecordingTask}: a job removed at its end is queued again when its call was reopened
     * meanwhile; between the two, no reopened call is left without a job).
     *
     * @return whether the job is now due; false when a run held it
     */
    boolean runNow(String recordingSid) {
        TaskInstance<String> instance = instance(recordingSid);
        if (scheduler.scheduleIfNotExists(instance, clock.instant())) {
            return true;
        }
        try {
            scheduler.reschedule(instance, clock.instant());
            return true;
        } catch (RuntimeException runningNow) {
            return false;
        }
    }

    /**
     * Looks for due jobs at once rather than at the next poll, or as soon as a worker is free; call
     * it after the commit that made them due.
     */
    void wakeUp() {
        dueCheck.request();
    }
}
