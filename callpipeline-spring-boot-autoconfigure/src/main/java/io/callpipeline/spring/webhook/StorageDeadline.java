package io.callpipeline.spring.webhook;

import java.time.Duration;
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
 * overrides ask it to). The store runs on a small bounded pool of its own, so requests piling up
 * during an outage are refused at once rather than queued behind each other. A store that finishes
 * after its 503 is harmless: Twilio's retry then finds the recording and gets 200.
 */
public final class StorageDeadline implements AutoCloseable {

    /** Storing took too long, or too many stores are already waiting. */
    public static final class Missed extends Exception {
        private static final long serialVersionUID = 1L;

        Missed(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    /**
     * @param timeout the longest a callback may take to store
     * @param threads stores running at once; as many more may wait
     */
    public StorageDeadline(Duration timeout, int threads) {
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(threads),
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
        Future<T> result;
        try {
            result = pool.submit(store::get);
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
