package io.callpipeline.spring.processing;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts db-scheduler once the application is ready and stops it first on shutdown, so no job runs
 * against a half-built or half-closed context.
 */
public final class SchedulerLifecycle implements SmartLifecycle {

    private final Scheduler scheduler;
    private final Runnable beforeStart;
    private final Runnable hourly;
    private volatile boolean running;
    private ScheduledExecutorService housekeeping;

    public SchedulerLifecycle(Scheduler scheduler) {
        this(scheduler, () -> { }, () -> { });
    }

    /**
     * @param beforeStart work that must be done before the first job runs (e.g. removing what
     *                    dead runs left behind); a failure there is logged, never fatal
     * @param hourly      housekeeping of this instance's own disk while it runs (e.g. results kept
     *                    for calls another instance has finished since); a failure is logged
     */
    public SchedulerLifecycle(Scheduler scheduler, Runnable beforeStart, Runnable hourly) {
        this.scheduler = scheduler;
        this.beforeStart = beforeStart;
        this.hourly = hourly;
    }

    @Override
    public void start() {
        try {
            beforeStart.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SchedulerLifecycle.class).warn("Start-up clean-up failed: {}", e.toString());
        }
        scheduler.start();
        housekeeping = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "callpipeline-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                hourly.run();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(SchedulerLifecycle.class).warn("Housekeeping failed: {}", e.toString());
            }
        }, 1, 1, TimeUnit.HOURS);
        running = true;
    }

    @Override
    public void stop() {
        if (housekeeping != null) {
            housekeeping.shutdownNow();
        }
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
