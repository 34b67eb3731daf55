package io.callpipeline.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The time limit on storing a callback, and what it tells when callbacks wait: nothing while a thread
 * is free and the store is quick, each time one has to wait for a thread, is refused, or takes longer
 * than {@link StorageDeadline#SLOW_STORE} (the CPU or the database taken by something else).
 */
class StorageDeadlineTest {

    @Test
    void storesThatFindAFreeThreadTellNothingAndOnesThatWaitOrAreRefusedSaySo() throws Exception {
        AtomicInteger queuing = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(StorageDeadline.WAITING_PER_THREAD + 1);
        try (StorageDeadline deadline = new StorageDeadline(Duration.ofSeconds(5), 1, queuing::incrementAndGet)) {
            assertThat(deadline.call(() -> "stored")).isEqualTo("stored");
            assertThat(queuing.get()).as("a free thread").isZero();

            List<Future<String>> stores = new ArrayList<>();
            stores.add(callers.submit(() -> deadline.call(() -> {
                await(release);
                return "first";
            })));
            Thread.sleep(200);
            for (int i = 0; i < StorageDeadline.WAITING_PER_THREAD; i++) {
                int n = i;
                stores.add(callers.submit(() -> deadline.call(() -> "waited " + n)));
            }
            Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(queuing.get()).as("each that had to wait").isEqualTo(StorageDeadline.WAITING_PER_THREAD));
            assertThatThrownBy(() -> deadline.call(() -> "one too many")).as("one thread, sixteen places to wait")
                    .isInstanceOf(StorageDeadline.Missed.class);
            assertThat(queuing.get()).as("and the refused one").isEqualTo(StorageDeadline.WAITING_PER_THREAD + 1);

            release.countDown();
            assertThat(stores.get(0).get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(stores.get(16).get(5, TimeUnit.SECONDS)).isEqualTo("waited 15");
        } finally {
            callers.shutdownNow();
        }
    }

    /** A free thread proves nothing when the store then waits for the CPU or the database: a slow one says so. */
    @Test
    void aSlowStoreSaysSoThoughItFoundAFreeThread() throws Exception {
        AtomicInteger queuing = new AtomicInteger();
        try (StorageDeadline deadline = new StorageDeadline(Duration.ofSeconds(5), 4, queuing::incrementAndGet)) {
            deadline.call(() -> "quick");
            assertThat(queuing.get()).as("a quick store").isZero();

            deadline.call(() -> {
                sleep(StorageDeadline.SLOW_STORE.multipliedBy(2));
                return "slow";
            });
            assertThat(queuing.get()).as("a store twice as long as slow").isEqualTo(1);

            assertThatThrownBy(() -> deadline.call(() -> {
                sleep(StorageDeadline.SLOW_STORE.multipliedBy(2));
                throw new IllegalStateException("the database refused");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(queuing.get()).as("a slow store that failed").isEqualTo(2);
        }
    }

    @Test
    void aStoreThatHasReturnedNoLongerCountsAsBusy() throws Exception {
        AtomicInteger queuing = new AtomicInteger();
        // a pause of the JVM longer than SLOW_STORE is not what this test is about
        try (StorageDeadline deadline = new StorageDeadline(Duration.ofSeconds(5), 1, queuing::incrementAndGet,
                CallbackContext.NONE, Duration.ofDays(1))) {
            for (int i = 0; i < 2_000; i++) {
                deadline.call(() -> "stored");
            }
        }

        assertThat(queuing.get()).as("one callback at a time never waits for the one before it").isZero();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
