package io.callpipeline.spring.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries a call's trace across the job queue. As the callback's request queues the job, an observation
 * {@value #ENQUEUE} (the producer side) lets a tracer write the current trace context into a carrier, which is
 * kept as the job's data in db-scheduler's table; each run of the job reads it back into its observation
 * {@link DefaultRunObservationConvention#NAME} (the consumer side), so the callback, the queue wait, every run
 * and step and every provider request are one trace, whichever instance runs the job and after any retry or
 * crash. Without a tracer the carrier stays empty and the job carries nothing.
 */
public final class JobTrace {

    /** The producer side's observation name. */
    public static final String ENQUEUE = "callpipeline.enqueue";

    /** Carries nothing; runs are still observed with no registry's cost. */
    public static final JobTrace NONE = new JobTrace(ObservationRegistry.NOOP, null);

    private static final RunObservationConvention DEFAULT = new DefaultRunObservationConvention();
    private static final Logger log = LoggerFactory.getLogger(JobTrace.class);

    private final ObservationRegistry registry;
    private final RunObservationConvention convention;

    /** @param convention the host's, or {@code null} for {@link DefaultRunObservationConvention} */
    public JobTrace(ObservationRegistry registry, RunObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    /**
     * The current trace's context as a job keeps it ({@code key=value} lines), or {@code null} when no tracer
     * wrote one.
     */
    public String capture(String recordingSid) {
        if (registry.isNoop()) {
            return null;
        }
        SenderContext<Map<String, String>> context = new SenderContext<>(Map::put, Kind.PRODUCER);
        context.setCarrier(new LinkedHashMap<>());
        context.setRemoteServiceName("callpipeline-queue");
        try {
            Observation.createNotStarted(ENQUEUE, () -> context, registry).contextualName("callpipeline enqueue")
                    .highCardinalityKeyValue("recording.sid", recordingSid).observe(() -> { });
        } catch (RuntimeException e) { // a broken tracer must never cost an accepted call
            log.warn("The trace of recording {} could not be kept with its job: {}", recordingSid, e.toString());
            return null;
        }
        return encode(context.getCarrier());
    }

    /**
     * Runs a job's run inside its observation, continuing the trace {@code carrier} holds.
     *
     * @param carrier   what {@link #capture} gave when the job was queued, or {@code null}
     * @param queueWait how long the job waited past its due time
     */
    public <T> T run(String carrier, String recordingSid, Duration queueWait, Function<RunObservationContext, T> run) {
        RunObservationContext context = new RunObservationContext(recordingSid,
                queueWait.isNegative() ? Duration.ZERO : queueWait, decode(carrier));
        return Observation.createNotStarted(convention, DEFAULT, () -> context, registry).observe(() -> run.apply(context));
    }

    static String encode(Map<String, String> carrier) {
        if (carrier == null || carrier.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        carrier.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.toString();
    }

    static Map<String, String> decode(String carrier) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (carrier == null) {
            return headers;
        }
        for (String line : carrier.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                headers.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return headers;
    }
}
