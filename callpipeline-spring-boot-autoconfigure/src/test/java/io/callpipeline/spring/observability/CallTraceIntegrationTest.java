package io.callpipeline.spring.observability;

import brave.Tracing;
import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One call, one trace, with Brave as the host's tracer and B3 propagation. */
@SpringBootTest(classes = {StarterTestApplication.class, CallTraceIntegrationTest.WithBrave.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallTraceIntegrationTest extends OneTracePerCallContract {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    private static final List<FinishedSpan> SPANS = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "trace-brave", 3);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
    }

    @Override
    StubbedProviders providers() {
        return PROVIDERS;
    }

    @Override
    List<FinishedSpan> spans() {
        return List.copyOf(SPANS);
    }

    @Override
    HttpRequest.Builder withTraceHeader(HttpRequest.Builder callback) {
        return callback.header("b3", TRACE_ID + "-" + CALLER_SPAN_ID + "-1");
    }

    /** What a host with Micrometer Tracing and Brave has: the tracing handlers on the observation registry. */
    @TestConfiguration(proxyBeanMethods = false)
    static class WithBrave {

        @Bean(destroyMethod = "close")
        Tracing braveTracing() {
            return Tracing.newBuilder().localServiceName("crm").addSpanHandler(new SpanHandler() {
                @Override
                public boolean end(TraceContext context, MutableSpan span, Cause cause) {
                    SPANS.add(new FinishedSpan(span.name(), span.traceId(), span.id(), span.parentId(),
                            span.tags(), span.startTimestamp(), span.finishTimestamp()));
                    return true;
                }
            }).build();
        }

        @Bean
        Tracer tracer(Tracing tracing) {
            return new BraveTracer(tracing.tracer(), new BraveCurrentTraceContext(tracing.currentTraceContext()),
                    new BraveBaggageManager());
        }

        @Bean
        Propagator propagator(Tracing tracing) {
            return new BravePropagator(tracing);
        }

        @Bean
        ObservationRegistry observationRegistry(Tracer tracer, Propagator propagator) {
            return TracingHandlers.registry(tracer, propagator);
        }
    }

    /** The handlers Spring Boot's tracing auto-configuration puts on the registry, in its order. */
    static final class TracingHandlers {

        private TracingHandlers() {
        }

        static ObservationRegistry registry(Tracer tracer, Propagator propagator) {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
                    new PropagatingSenderTracingObservationHandler<>(tracer, propagator),
                    new PropagatingReceiverTracingObservationHandler<>(tracer, propagator),
                    new DefaultTracingObservationHandler(tracer)));
            return registry;
        }
    }
}
