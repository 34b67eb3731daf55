package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks db-scheduler to look for due jobs at once, instead of at its next poll, but only when one
 * of its workers could take a job. Each such look fetches a batch of due rows (three per worker)
 * and drops the batch fetched before, so asking after every accepted callback while every worker
 * is busy made it fetch back to back: with a backlog of thousands, PostgreSQL spent three
 * quarters of a core on it and the webhook's commits waited behind (measured with the load
 * harness). While every worker is busy the request is kept instead, and made when the next job
 * ends; a call accepted into an idle app is still picked up in milliseconds.
 */
public final class DueCheck extends AbstractSchedulerListener {

    private final int workers;
    private final AtomicBoolean deferred = new AtomicBoolean();
    private volatile Scheduler scheduler;

    /** @param workers the scheduler's worker threads */
    public DueCheck(int workers) {
        this.workers = workers;
    }

    /** The scheduler to wake; until then, requests wait for its first poll at start. */
    public void attach(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** A job has become due (its transaction committed): look for it now if a worker is free. */
    public void request() {
        Scheduler local = scheduler;
        if (local == null) {
            return;
        }
        deferred.set(true);
        // set before the look at the workers, so a job ending in between sees it and makes the check
        if (local.getCurrentlyExecuting().size() < workers && deferred.compareAndSet(true, false)) {
            local.triggerCheckForDueExecutions();
        }
    }

    @Override
    public void onExecutionComplete(ExecutionComplete executionComplete) {
        Scheduler local = scheduler;
        if (local != null && deferred.compareAndSet(true, false)) {
            local.triggerCheckForDueExecutions(); // a worker is about to be free for what came meanwhile
        }
    }
}
