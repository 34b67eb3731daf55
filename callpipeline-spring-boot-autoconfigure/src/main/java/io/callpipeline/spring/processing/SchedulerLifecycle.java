package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts db-scheduler once the application is ready and stops it first on shutdown, so no job runs
 * against a half-built or half-closed context.
 */
public final class SchedulerLifecycle implements SmartLifecycle {

    private final Scheduler scheduler;
    private final Runnable beforeStart;
    private volatile boolean running;

    public SchedulerLifecycle(Scheduler scheduler) {
        this(scheduler, () -> { });
    }

    /**
     * @param beforeStart work that must be done before the first job runs (e.g. removing what
     *                    dead runs left behind); a failure there is logged, never fatal
     */
    public SchedulerLifecycle(Scheduler scheduler, Runnable beforeStart) {
        this.scheduler = scheduler;
        this.beforeStart = beforeStart;
    }

    @Override
    public void start() {
        try {
            beforeStart.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SchedulerLifecycle.class).warn("Start-up clean-up failed: {}", e.toString());
        }
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
