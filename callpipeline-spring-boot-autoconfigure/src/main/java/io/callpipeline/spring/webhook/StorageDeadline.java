package io.callpipeline.spring.webhook;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Puts a time limit on storing a callback. When the database is down, a connection pool waits for
 * its own timeout (30 s by default in HikariCP) while Twilio gives up after 15 s and the call is
 * gone; answering 503 within a few seconds instead lets Twilio retry (the TwiML's connection
 * overrides ask it to). The store runs on a small pool of its own; up to {@value #WAITING_PER_THREAD}
 * callbacks per thread may wait for it, each no longer than the time limit, and any beyond that are
 * refused at once. So a burst (500 a second) waits its turn instead of being refused (with room
 * for one waiting callback per thread, 27% of such a burst got 503 here; with 16, none), and an
 * outage still answers every callback within the limit. A store that finishes after its 503 is
 * harmless: Twilio's retry then finds the recording and gets 200.
 */
public final class StorageDeadline implements AutoCloseable {

    /** Storing took too long, or too many stores are already waiting. */
    public static final class Missed extends Exception {
        private static final long serialVersionUID = 1L;

        Missed(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /** Callbacks that may wait for a storing thread, per thread. */
    public static final int WAITING_PER_THREAD = 16;

    /**
     * A store that took longer than this was kept waiting: for the CPU or the database, which
     * processing shares (a warm store takes 1–8 ms). A thread free for it proves nothing when the
     * CPU is not: at 200 callbacks a second on 2 cores the demo's processing took the CPU while
     * every callback found a storing thread idle, so processing never yielded.
     */
    public static final Duration SLOW_STORE = Duration.ofMillis(50);

    private final ThreadPoolExecutor pool;
    private final int threads;
    /**
     * Stores running now, counted inside the task, so a store that has returned no longer counts;
     * the pool's own active count still did for a moment after (a callback then read as waiting),
     * and reading it takes the pool's lock.
     */
    private final AtomicInteger storing = new AtomicInteger();
    private final Duration timeout;
    private final Runnable queuing;
    private final CallbackContext context;
    private final long slowStoreNanos;

    /**
     * @param timeout the longest a callback may take to store
     * @param threads stores running at once; {@value #WAITING_PER_THREAD} times as many may wait
     */
    public StorageDeadline(Duration timeout, int threads) {
        this(timeout, threads, () -> { });
    }

    /**
     * @param timeout the longest a callback may take to store
     * @param threads stores running at once; {@value #WAITING_PER_THREAD} times as many may wait
     * @param queuing told each time a callback waits: for a storing thread (callbacks arrive faster
     *                than they are stored), or longer than {@link #SLOW_STORE} in all; e.g. to hold
     *                processing back
     */
    public StorageDeadline(Duration timeout, int threads, Runnable queuing) {
        this(timeout, threads, queuing, CallbackContext.NONE);
    }

    /**
     * @param context carries the callback's context (its trace) to the storing thread
     */
    public StorageDeadline(Duration timeout, int threads, Runnable queuing, CallbackContext context) {
        this(timeout, threads, queuing, context, SLOW_STORE);
    }

    /**
     * @param slowStore how long a store may take before {@code queuing} is told ({@link #SLOW_STORE})
     */
    public StorageDeadline(Duration timeout, int threads, Runnable queuing, CallbackContext context, Duration slowStore) {
        this.context = Objects.requireNonNull(context, "context");
        this.slowStoreNanos = slowStore.toNanos();
        this.timeout = timeout;
        this.queuing = queuing;
        this.threads = threads;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(threads * WAITING_PER_THREAD),
                r -> {
                    Thread t = new Thread(r, "callpipeline-intake-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.pool.allowCoreThreadTimeOut(true);
    }

    /**
     * @return what {@code store} returned
     * @throws Missed when it did not finish in time or could not start
     * @throws RuntimeException what {@code store} threw
     */
    public <T> T call(Supplier<T> store) throws Missed {
        long started = System.nanoTime();
        try {
            return store(store);
        } finally {
            if (System.nanoTime() - started > slowStoreNanos) {
                queuing.run();
            }
        }
    }

    private <T> T store(Supplier<T> store) throws Missed {
        Future<T> result;
        if (storing.get() >= threads) {
            queuing.run(); // every thread is storing: this callback waits (or is refused)
        }
        Supplier<T> carried = context.carry(store);
        try {
            result = pool.submit(() -> {
                storing.incrementAndGet();
                try {
                    return carried.get();
                } finally {
                    storing.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            throw new Missed("too many callbacks are waiting for the database", e);
        }
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Missed("the database did not answer within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Missed("interrupted while storing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
