package io.callpipeline.spring.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobTraceTest {

    @Test
    void withoutATracerAJobCarriesNothingAndItsRunIsStillObserved() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        JobTrace trace = new JobTrace(registry, null);

        assertThat(trace.capture("RE1")).as("no tracer wrote a context").isNull();
        String result = trace.run(null, "RE1", Duration.ofMillis(-5), run -> {
            run.ended(CallPipelineObserver.RunResult.COMPLETED, null);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo(DefaultRunObservationConvention.NAME).that()
                .hasLowCardinalityKeyValue("result", "completed").hasLowCardinalityKeyValue("reason", "none")
                .hasHighCardinalityKeyValue("recording.sid", "RE1").hasHighCardinalityKeyValue("queue.wait", "0");
        assertThat(JobTrace.NONE.capture("RE1")).isNull();
        String ran = JobTrace.NONE.run(
                "{\"traceparent\":\"00-463ac35c9f6413ad48485a3953bb6124-a2fb4a1d1a96d312-01\"}", "RE1", Duration.ZERO,
                run -> "ran");
        assertThat(ran).as("with no tracing at all, a job still runs its work").isEqualTo("ran");
    }

    /** The intake queues the job in the callback's transaction: a tracer that throws must not refuse the call. */
    @Test
    void aBrokenTracerCostsTheTraceNotTheCall() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new io.micrometer.observation.ObservationHandler<>() {
            @Override
            public boolean supportsContext(io.micrometer.observation.Observation.Context context) {
                return true;
            }

            @Override
            public void onStart(io.micrometer.observation.Observation.Context context) {
                throw new IllegalStateException("tracer down");
            }
        });

        assertThat(new JobTrace(registry, null).capture("RE1")).isNull();
    }

    @Test
    void aCarrierSurvivesItsTextKeptAsTheJobsData() {
        Map<String, String> carrier = new LinkedHashMap<>();
        carrier.put("traceparent", "00-463ac35c9f6413ad48485a3953bb6124-a2fb4a1d1a96d312-01");
        carrier.put("tracestate", "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7");

        assertThat(JobTrace.decode(JobTrace.encode(carrier))).isEqualTo(carrier);
        assertThat(JobTrace.encode(Map.of())).isNull();
        assertThat(JobTrace.decode(null)).isEmpty();
    }

    /** Both sides with a real tracer (Brave, its multi-header B3): what the job keeps is the queuing request's trace, and a run continues it. */
    @Test
    void withATracerTheJobKeepsTheQueuingRequestsTraceAndItsRunContinuesIt() {
        try (brave.Tracing tracing = brave.Tracing.newBuilder().build()) {
            io.micrometer.tracing.Tracer tracer = new io.micrometer.tracing.brave.bridge.BraveTracer(tracing.tracer(),
                    new io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext(tracing.currentTraceContext()),
                    new io.micrometer.tracing.brave.bridge.BraveBaggageManager());
            ObservationRegistry registry = CallTraceIntegrationTest.TracingHandlers.registry(tracer,
                    new io.micrometer.tracing.brave.bridge.BravePropagator(tracing));
            JobTrace trace = new JobTrace(registry, null);

            io.micrometer.observation.Observation request = io.micrometer.observation.Observation.start("request", registry);
            String carrier;
            String requestTrace;
            try (io.micrometer.observation.Observation.Scope scope = request.openScope()) {
                requestTrace = tracer.currentSpan().context().traceId();
                carrier = trace.capture("RE1");
            } finally {
                request.stop();
            }
            assertThat(carrier).as("the queuing request's trace, kept as the job's data").contains(requestTrace);
            assertThat(JobTrace.decode(carrier)).containsEntry("X-B3-TraceId", requestTrace);

            String runTrace = trace.run(carrier, "RE1", Duration.ofSeconds(2), run -> {
                run.ended(CallPipelineObserver.RunResult.COMPLETED, null);
                assertThat(run.queueWait()).isEqualTo(Duration.ofSeconds(2));
                return tracer.currentSpan().context().traceId();
            });

            assertThat(runTrace).as("the run continues the request's trace").isEqualTo(requestTrace);
        }
    }
}
