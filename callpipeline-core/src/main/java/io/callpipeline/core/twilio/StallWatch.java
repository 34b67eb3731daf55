package io.callpipeline.core.twilio;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ends a download whose body stops arriving while its connection stays open: the HTTP client's
 * timeout covers only the wait for the headers, and a worker blocked in {@code read} for ever
 * would keep its call from ever ending (its heartbeat keeps another instance from taking it
 * over). When no bytes came for a whole period, the stream is closed under the reader.
 */
final class StallWatch implements AutoCloseable {

    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "callpipeline-download-stall-watch");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicLong progress = new AtomicLong();
    private final AtomicBoolean stalled = new AtomicBoolean();
    private final ScheduledFuture<?> check;

    private StallWatch(InputStream body, Duration period) {
        long millis = Math.max(1, period.toMillis());
        long[] seen = {-1};
        this.check = CLOCK.scheduleAtFixedRate(() -> {
            long now = progress.get();
            if (now == seen[0] && stalled.compareAndSet(false, true)) {
                try {
                    body.close();
                } catch (IOException e) {
                    // closing is all that can be done; the reader sees the end or an error
                }
            }
            seen[0] = now;
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Watches {@code body}: no bytes for {@code period} closes it. */
    static StallWatch over(InputStream body, Duration period) {
        return new StallWatch(body, period);
    }

    /** Bytes arrived. */
    void progressed() {
        progress.incrementAndGet();
    }

    /** Whether the stream was closed for want of bytes. */
    boolean stalled() {
        return stalled.get();
    }

    @Override
    public void close() {
        check.cancel(false);
    }
}
