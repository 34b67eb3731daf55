package io.callpipeline.spring.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code /actuator/health}'s {@code callPipeline} component: down when a provider's settings are
 * missing or when the recording queue is stuck (a job overdue with no instance picking it up),
 * the two ways calls silently stop becoming records. Providers are not called: a probe must stay
 * cheap and must not depend on the internet. The database itself is Actuator's own {@code db} check.
 */
public final class CallPipelineHealthIndicator extends AbstractHealthIndicator {

    private final List<ProviderCheck> providers;
    private final RecordingQueue queue;

    /**
     * @param queue the recording jobs, or {@code null} when the app has no background processing
     */
    public CallPipelineHealthIndicator(List<ProviderCheck> providers, RecordingQueue queue) {
        super("Call pipeline health check failed");
        this.providers = List.copyOf(providers);
        this.queue = queue;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean up = true;
        for (ProviderCheck provider : providers) {
            builder.withDetail(provider.provider(), provider.detail());
            up &= provider.ready();
        }
        if (queue != null) {
            RecordingQueue.Snapshot snapshot = queue.snapshot();
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
        if (up) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
