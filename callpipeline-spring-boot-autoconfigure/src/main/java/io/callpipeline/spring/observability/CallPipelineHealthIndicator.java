package io.callpipeline.spring.observability;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code /actuator/health}'s {@code callPipeline} component: down when a provider's settings are
 * missing or when the recording queue is stuck (a job overdue with no instance picking it up),
 * the two ways calls silently stop becoming records. Providers are not called: a probe must stay
 * cheap and must not depend on the internet. A database that does not answer within 2 s makes it
 * DOWN at once, instead of after the connection pool's own timeout.
 */
public final class CallPipelineHealthIndicator extends AbstractHealthIndicator {

    /** The longest the queue is read for: a database that does not answer is reported as down, not waited for. */
    public static final Duration QUEUE_READ_LIMIT = Duration.ofSeconds(2);

    private final List<ProviderCheck> providers;
    private final RecordingQueue queue;
    private final ConcurrencyReading limit;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "callpipeline-health");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param queue the recording jobs, or {@code null} when the app has no background processing
     */
    public CallPipelineHealthIndicator(List<ProviderCheck> providers, RecordingQueue queue) {
        this(providers, queue, null);
    }

    /**
     * @param queue the recording jobs, or {@code null} when the app has no background processing
     * @param limit this instance's processing limit, or {@code null} likewise
     */
    public CallPipelineHealthIndicator(List<ProviderCheck> providers, RecordingQueue queue, ConcurrencyReading limit) {
        super("Call pipeline health check failed");
        this.providers = List.copyOf(providers);
        this.queue = queue;
        this.limit = limit;
    }

    private RecordingQueue.Snapshot readQueue() throws Exception {
        Future<RecordingQueue.Snapshot> read = reader.submit(queue::snapshot);
        try {
            return read.get(QUEUE_READ_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            throw new IllegalStateException("The database did not answer within " + QUEUE_READ_LIMIT);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        boolean up = true;
        for (ProviderCheck provider : providers) {
            builder.withDetail(provider.provider(), provider.detail());
            up &= provider.ready();
        }
        if (queue != null) {
            RecordingQueue.Snapshot snapshot = readQueue();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("waiting", snapshot.waiting());
            details.put("running", snapshot.running());
            details.put("overdue", snapshot.overdue());
            if (snapshot.oldestDueAt() != null) {
                details.put("oldestDueAt", snapshot.oldestDueAt().toString());
            }
            if (snapshot.overdue() > 0) {
                details.put("problem", snapshot.overdue() + " job(s) due more than " + queue.overdueAfter()
                        + " ago and not picked up: is the scheduler running on any instance?");
                up = false;
            }
            builder.withDetail("queue", details);
        }
        if (limit != null) {
            Map<String, Object> concurrency = new LinkedHashMap<>();
            concurrency.put("mode", limit.isAdaptive() ? "adaptive" : "fixed");
            concurrency.put("limit", limit.current());
            concurrency.put("inFlight", limit.inFlight());
            concurrency.put("max", limit.max());
            concurrency.put("pushbacks", limit.pushbacks());
            concurrency.put("yieldingToCallbacks", limit.yielding());
            builder.withDetail("concurrency", concurrency);
        }
        if (up) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
