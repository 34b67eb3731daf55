package io.callpipeline.spring.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener.SchedulerEventType;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A real db-scheduler on H2 with two workers and an hour between polls, so every pick-up seen here
 * came from a due check asked for, not from a poll.
 */
class DueCheckTest {

    private static final int WORKERS = 2;

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch holding = new CountDownLatch(WORKERS);
    private final AtomicInteger quickDone = new AtomicInteger();
    private final AtomicInteger dueChecks = new AtomicInteger();
    private final DueCheck dueCheck = new DueCheck(WORKERS);
    private Scheduler scheduler;
    private OneTimeTask<String> task;

    @BeforeEach
    void startScheduler() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:due-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/callpipeline/h2/V1__callpipeline.sql")).execute(dataSource);
        task = Tasks.oneTime("due-check-test", String.class).execute((instance, context) -> {
            if (instance.getId().startsWith("hold")) {
                holding.countDown();
                awaitRelease();
            } else {
                quickDone.incrementAndGet();
            }
        });
        scheduler = Scheduler.create(dataSource, task)
                .tableName("callpipeline_scheduled_tasks")
                .threads(WORKERS)
                .pollingInterval(Duration.ofHours(1))
                .addSchedulerListener(dueCheck)
                .addSchedulerListener(new AbstractSchedulerListener() {
                    @Override
                    public void onSchedulerEvent(SchedulerEventType type) {
                        if (type == SchedulerEventType.RAN_EXECUTE_DUE) {
                            dueChecks.incrementAndGet();
                        }
                    }
                })
                .build();
        dueCheck.attach(scheduler);
        scheduler.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        scheduler.stop();
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void scheduleAndRequest(String id) {
        scheduler.schedule(task.instance(id), Instant.now());
        dueCheck.request();
    }

    @Test
    void jobsArrivingWhileEveryWorkerIsBusyCostNoLookUntilOneIsFreeThenAllRun() throws Exception {
        for (int i = 0; i < WORKERS; i++) {
            scheduleAndRequest("hold-" + i);
        }
        assertThat(holding.await(10, TimeUnit.SECONDS)).as("picked up at once while workers were free").isTrue();
        AtomicInteger lastSeen = new AtomicInteger(-1);
        await("any look still under way to end").pollInterval(Duration.ofMillis(20)).during(Duration.ofMillis(200))
                .atMost(Duration.ofSeconds(5)).until(() -> lastSeen.getAndSet(dueChecks.get()) == dueChecks.get());
        int looksBefore = dueChecks.get();

        for (int i = 0; i < 20; i++) {
            scheduleAndRequest("quick-" + i);
        }
        await("nothing while every worker is busy").during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> dueChecks.get() == looksBefore && quickDone.get() == 0);
        int looksWhileBusy = dueChecks.get() - looksBefore;
        int doneWhileBusy = quickDone.get();
        release.countDown();
        await("the quick jobs once the workers are free").atMost(Duration.ofSeconds(10))
                .until(() -> quickDone.get() == 20);

        assertThat(looksWhileBusy).as("no look for due jobs while no worker could take one").isZero();
        assertThat(doneWhileBusy).isZero();
        assertThat(quickDone.get()).as("all picked up once the workers were free, with the next poll an hour away")
                .isEqualTo(20);
    }
}
