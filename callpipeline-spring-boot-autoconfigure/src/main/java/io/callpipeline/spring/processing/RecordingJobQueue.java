package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.util.List;

/**
 * The recording jobs in db-scheduler's table, as the intake and the retry button put them there:
 * one per RecordingSid. Its writes join the caller's transaction, so a job exists exactly when the
 * call's record says it should.
 */
public final class RecordingJobQueue {

    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final Clock clock;
    private final DueCheck dueCheck;

    public RecordingJobQueue(SchedulerClient scheduler, OneTimeTask<Void> task, Clock clock, DueCheck dueCheck) {
        this.scheduler = scheduler;
        this.task = task;
        this.clock = clock;
        this.dueCheck = dueCheck;
    }

    /**
     * Queues the job of a recording whose record was just inserted, due now, in one statement
     * (no look first: no job can exist without its record).
     *
     * @throws com.github.kagkarlsson.scheduler.exceptions.FailedToScheduleBatchException when one
     *         did all the same; the caller's transaction is then spoiled on PostgreSQL
     */
    void enqueueNew(String recordingSid) {
        scheduler.scheduleBatch(List.of(task.instance(recordingSid)), clock.instant());
    }

    /** Queues the recording's job, due now, unless it is queued already. */
    void enqueue(String recordingSid) {
        scheduler.scheduleIfNotExists(task.instance(recordingSid), clock.instant());
    }

    /**
     * Makes the recording's job due now: queued if it is not, brought forward if it waits for a
     * retry. A job running at this moment is left alone (db-scheduler will not move it); its next
     * attempt reads the record as saved now.
     */
    void runNow(String recordingSid) {
        TaskInstance<Void> instance = task.instance(recordingSid);
        if (!scheduler.scheduleIfNotExists(instance, clock.instant())) {
            try {
                scheduler.reschedule(instance, clock.instant());
            } catch (RuntimeException runningNow) {
                // see above
            }
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
