package io.callpipeline.spring.observability;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes this instance's processing limit ({@value #LIMIT}), the calls holding a permit
 * ({@value #IN_FLIGHT}) and the calls that met the providers' pushback ({@value #PUSHBACKS}), so a
 * dashboard shows whether a backlog waits on the providers' rate limits or on this instance.
 */
public final class ProcessingLimitMetrics implements MeterBinder {

    public static final String LIMIT = "callpipeline.processing.limit";
    public static final String IN_FLIGHT = "callpipeline.processing.in.flight";
    public static final String PUSHBACKS = "callpipeline.processing.pushbacks";

    private final ConcurrencyReading limit;

    public ProcessingLimitMetrics(ConcurrencyReading limit) {
        this.limit = limit;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(LIMIT, limit, ConcurrencyReading::current)
                .description("Recordings this instance may process at once now").register(registry);
        Gauge.builder(IN_FLIGHT, limit, ConcurrencyReading::inFlight)
                .description("Recordings this instance is processing").register(registry);
        FunctionCounter.builder(PUSHBACKS, limit, ConcurrencyReading::pushbacks)
                .description("Calls that met a provider's 429, Retry-After or exhausted rate limit").register(registry);
    }
}
