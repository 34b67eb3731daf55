package io.callpipeline.spring.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes the recording queue's depth ({@value #DEPTH}, tag {@code state}: waiting, running,
 * overdue) so a growing backlog shows on a dashboard before callers notice. Read from the database
 * on every scrape, so the figures cover all instances.
 */
public final class QueueMetrics implements MeterBinder {

    /** Jobs in the queue, by state. */
    public static final String DEPTH = "callpipeline.queue.depth";

    private final RecordingQueue queue;

    public QueueMetrics(RecordingQueue queue) {
        this.queue = queue;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(DEPTH, queue, q -> q.snapshot().waiting()).tag("state", "waiting")
                .description("Recording jobs not yet picked by an instance").register(registry);
        Gauge.builder(DEPTH, queue, q -> q.snapshot().running()).tag("state", "running")
                .description("Recording jobs being processed").register(registry);
        Gauge.builder(DEPTH, queue, q -> q.snapshot().overdue()).tag("state", "overdue")
                .description("Waiting recording jobs overdue past the health check's threshold").register(registry);
    }
}
