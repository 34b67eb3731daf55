package io.callpipeline.spring.processing;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limit.FixedLimit;
import com.netflix.concurrency.limits.limiter.BlockingLimiter;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.pipeline.ProcessingOutcome;
import io.callpipeline.spring.observability.ConcurrencyReading;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * How many recordings this instance processes at once. A fixed number either leaves a burst
 * waiting while the providers idle, or, set high, hammers them into 429s; so by default the number
 * adapts: Netflix concurrency-limits' AIMD limit grows by one with each call that ends without the
 * providers pushing back, and shrinks by a quarter when one met a 429, a {@code Retry-After} or
 * an OpenAI rate-limit header at zero ({@link ProviderPushback}), between configured bounds. As in
 * TCP, one overload is answered once: calls that were already in flight when the limit last shrank
 * met the same overload, so their pushback does not shrink it again (without this, twenty calls
 * meeting one 429 burst took the limit from 30 to its floor). And a call that ran while another
 * met pushback does not grow the limit: it proves nothing about room for more.
 * Latency is not a signal: a call's time depends on its recording's length, not on the providers'
 * load. But a call that has held its permit for {@link #stallAfter} (a provider that hangs until
 * the client's timeout) gives the permit back early, so the calls behind it, which may not need that
 * provider at all, are not starved by it; the worker threads ({@link #max()}) still bound how many
 * run at once.
 *
 * <p>The scheduler runs {@link #max()} worker threads; a job waits here for a permit, so no more
 * than the current limit reach the providers. {@link #fixed} keeps the old behaviour.
 */
public final class ProcessingLimit implements ConcurrencyReading {

    /** The ratio the limit is multiplied by when the providers push back. */
    static final double BACKOFF_RATIO = 0.75;

    /** How long processing keeps to its floor after a callback last waited. */
    static final Duration YIELD = Duration.ofSeconds(2);

    private final SimpleLimiter<Void> limiter;
    private final Limiter<Void> blocking;
    private final int max;
    private final boolean adaptive;
    private final AtomicLong pushbacks = new AtomicLong();
    /** Counts the limit's decreases; a call remembers the count it started under. */
    private final AtomicLong decreases = new AtomicLong();
    private final int floor;
    /** Until when (System.nanoTime, whose origin may be negative) new calls keep to the floor. */
    private final AtomicLong yieldUntil = new AtomicLong(System.nanoTime());
    private final Object floorLock = new Object();
    private volatile Duration stallAfter = Duration.ofSeconds(20);
    private final AtomicLong stalled = new AtomicLong();

    /** Gives the permits of stalled calls back; a daemon thread, one for the JVM. */
    private static final ScheduledExecutorService STALL_WATCH = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "callpipeline-stall-watch");
        thread.setDaemon(true);
        return thread;
    });

    private ProcessingLimit(com.netflix.concurrency.limits.Limit limit, int floor, int max, boolean adaptive) {
        this.floor = floor;
        this.limiter = SimpleLimiter.newBuilder().named("callpipeline-processing").limit(limit).build();
        this.blocking = BlockingLimiter.wrap(limiter); // waits up to its own maximum, an hour
        this.max = max;
        this.adaptive = adaptive;
    }

    /**
     * A limit that adapts between {@code min} and {@code max}, starting at {@code initial}.
     *
     * @throws IllegalArgumentException unless {@code 1 <= min <= initial <= max}
     */
    public static ProcessingLimit adaptive(int min, int initial, int max) {
        if (min < 1 || initial < min || max < initial) {
            throw new IllegalArgumentException("Need 1 <= min <= initial <= max, got " + min + ", " + initial + ", " + max);
        }
        return new ProcessingLimit(AIMDLimit.newBuilder().minLimit(min).initialLimit(initial).maxLimit(max)
                .backoffRatio(BACKOFF_RATIO).timeout(1, TimeUnit.HOURS).build(), min, max, true);
    }

    /** Always {@code concurrency} at once. */
    public static ProcessingLimit fixed(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        return new ProcessingLimit(FixedLimit.of(concurrency), concurrency, concurrency, false);
    }

    /** The worker threads the scheduler needs: the most calls that may ever run at once. */
    @Override
    public int max() {
        return max;
    }

    /**
     * After how long a call in flight gives its permit back to the calls behind it (20 s unless
     * set); it still runs to its end.
     */
    public ProcessingLimit stallAfter(Duration stallAfter) {
        if (stallAfter == null || stallAfter.isNegative() || stallAfter.isZero()) {
            throw new IllegalArgumentException("stall-after must be positive, got " + stallAfter);
        }
        this.stallAfter = stallAfter;
        return this;
    }

    /** How many calls have given their permit back for running past {@link #stallAfter}. */
    public long stalled() {
        return stalled.get();
    }

    /** The number of calls allowed at once now. */
    @Override
    public int current() {
        return limiter.getLimit();
    }

    /** The calls holding a permit now. */
    @Override
    public int inFlight() {
        return limiter.getInflight();
    }

    @Override
    public boolean isAdaptive() {
        return adaptive;
    }

    /** How many calls have met the providers' pushback since start. */
    @Override
    public long pushbacks() {
        return pushbacks.get();
    }

    /**
     * Runs one call within the limit, waiting for a permit, and feeds its end back to the limit.
     *
     * @return the run's outcome
     * @throws RecordingTask.RetryableRun when no permit came (the thread was interrupted: the app
     *         is stopping), so the job runs again later
     */
    Optional<ProcessingOutcome> run(Supplier<Optional<ProcessingOutcome>> call) {
        Optional<Limiter.Listener> permit = acquire();
        if (permit.isEmpty()) {
            throw new RecordingTask.RetryableRun(new ProcessingFailure(ReasonCode.INTERRUPTED,
                    "Stopped while waiting for a processing permit"));
        }
        long startedUnder = decreases.get();
        long pushbacksBefore = pushbacks.get();
        Permit held = new Permit(permit.get());
        ScheduledFuture<?> stall = STALL_WATCH.schedule(() -> {
            // counted before the permit goes back, so whoever sees the next call run also sees the count
            if (held.end(stalled::incrementAndGet, Limiter.Listener::onIgnore)) { // it says nothing of the providers' pace
                released();
            }
        }, stallAfter.toMillis(), TimeUnit.MILLISECONDS);
        ProviderPushback.Watch watch = ProviderPushback.watch();
        try {
            Optional<ProcessingOutcome> outcome = call.get();
            if (watch.pushedBack() || outcome.map(ProcessingLimit::rateLimited).orElse(false)) {
                pushbacks.incrementAndGet();
                if (decreases.compareAndSet(startedUnder, startedUnder + 1)) {
                    held.end(Limiter.Listener::onDropped);
                } else {
                    held.end(Limiter.Listener::onIgnore); // this overload has already been answered
                }
            } else if (outcome.map(ProcessingLimit::endedCleanly).orElse(false)
                    && pushbacks.get() == pushbacksBefore) {
                held.end(Limiter.Listener::onSuccess);
            } else {
                held.end(Limiter.Listener::onIgnore);
            }
            return outcome;
        } catch (RuntimeException | Error e) {
            held.end(Limiter.Listener::onIgnore);
            throw e;
        } finally {
            stall.cancel(false);
            watch.close();
            released();
        }
    }

    /**
     * A callback waited: behind others (the webhook's storing threads were all busy), or longer than
     * {@link io.callpipeline.spring.webhook.StorageDeadline#SLOW_STORE} in all (for the CPU or the
     * database processing shares): for
     * the next {@link #YIELD}, calls not yet started wait while {@code min-concurrency} are in
     * flight, so a burst of callbacks gets the CPU and the database connections it needs to be
     * stored, and processing, which can wait, catches up after. Calls already in flight go on;
     * a fixed limit does not yield.
     */
    public void yieldToCallbacks() {
        if (adaptive) {
            yieldUntil.set(System.nanoTime() + YIELD.toNanos());
        }
    }

    /** Whether calls not yet started are holding back for the webhook now. */
    @Override
    public boolean yielding() {
        return System.nanoTime() - yieldUntil.get() < 0;
    }

    /**
     * A permit: while the webhook's callbacks are queuing, one only below the floor (checked and
     * taken under one lock, so no two calls slip past it together), waiting for a call to end or
     * the yield to end, whichever comes first; otherwise as the limit allows.
     */
    private Optional<Limiter.Listener> acquire() {
        try {
            synchronized (floorLock) {
                long left;
                while ((left = yieldUntil.get() - System.nanoTime()) > 0) {
                    if (limiter.getInflight() < floor) {
                        Optional<Limiter.Listener> permit = limiter.acquire(null);
                        if (permit.isPresent()) {
                            return permit;
                        }
                    }
                    TimeUnit.NANOSECONDS.timedWait(floorLock, left); // a yield made longer meanwhile is read on waking
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return blocking.acquire(null);
    }

    /** A permit came back: a call held back by a yield may take it. */
    private void released() {
        if (yielding()) {
            synchronized (floorLock) {
                floorLock.notifyAll();
            }
        }
    }

    /** A permit given back once: by its call's end, or earlier by the stall watch. */
    private static final class Permit {
        private final Limiter.Listener listener;
        private final AtomicBoolean ended = new AtomicBoolean();

        Permit(Limiter.Listener listener) {
            this.listener = listener;
        }

        /** @return whether this was the permit's end (a second end does nothing) */
        boolean end(java.util.function.Consumer<Limiter.Listener> how) {
            return end(() -> { }, how);
        }

        /** As {@link #end(java.util.function.Consumer)}, doing {@code first} only if this is the end. */
        boolean end(Runnable first, java.util.function.Consumer<Limiter.Listener> how) {
            if (ended.compareAndSet(false, true)) {
                first.run();
                how.accept(listener);
                return true;
            }
            return false;
        }
    }

    /** A run that reached its end without trouble: a failed or superseded one says nothing of the providers' pace. */
    private static boolean endedCleanly(ProcessingOutcome outcome) {
        return outcome instanceof ProcessingOutcome.Completed || outcome instanceof ProcessingOutcome.Gibberish
                || outcome instanceof ProcessingOutcome.Rejected;
    }

    /** A run that failed because a provider asked us to slow down. */
    private static boolean rateLimited(ProcessingOutcome outcome) {
        if (!(outcome instanceof ProcessingOutcome.Failed failed)) {
            return false;
        }
        ProcessingFailure failure = failed.failure();
        return failure.reason() == ReasonCode.OPENAI_RATE_LIMITED || failure.reason() == ReasonCode.PROVIDER_RATE_LIMITED
                || failure.retryAfter().compareTo(Duration.ZERO) > 0;
    }
}
