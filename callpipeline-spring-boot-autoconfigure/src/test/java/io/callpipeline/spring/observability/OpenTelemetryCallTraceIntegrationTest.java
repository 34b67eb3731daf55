package io.callpipeline.spring.observability;

import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.micrometer.tracing.propagation.Propagator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One call, one trace, with OpenTelemetry's SDK as the host's tracer and W3C {@code traceparent} propagation (what
 * Spring Boot's OpenTelemetry bridge uses by default): the job carries a W3C context as well as a B3 one.
 */
@SpringBootTest(classes = {StarterTestApplication.class, OpenTelemetryCallTraceIntegrationTest.WithOpenTelemetry.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenTelemetryCallTraceIntegrationTest extends OneTracePerCallContract {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    private static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "trace-otel", 3);
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
        return EXPORTER.getFinishedSpanItems().stream().map(OpenTelemetryCallTraceIntegrationTest::finished).toList();
    }

    @Override
    HttpRequest.Builder withTraceHeader(HttpRequest.Builder callback) {
        return callback.header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01");
    }

    private static FinishedSpan finished(SpanData span) {
        Map<String, String> tags = new LinkedHashMap<>();
        span.getAttributes().forEach((AttributeKey<?> key, Object value) -> tags.put(key.getKey(), String.valueOf(value)));
        String parent = span.getParentSpanId();
        return new FinishedSpan(span.getName(), span.getTraceId(), span.getSpanId(),
                SpanId.isValid(parent) ? parent : null, tags,
                TimeUnit.NANOSECONDS.toMicros(span.getStartEpochNanos()),
                TimeUnit.NANOSECONDS.toMicros(span.getEndEpochNanos()));
    }

    /** What a host with Micrometer Tracing's OpenTelemetry bridge has. */
    @TestConfiguration(proxyBeanMethods = false)
    static class WithOpenTelemetry {

        @Bean(destroyMethod = "close")
        OpenTelemetrySdk openTelemetry() {
            return OpenTelemetrySdk.builder()
                    .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(EXPORTER))
                            .build())
                    .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                    .build();
        }

        @Bean
        OtelCurrentTraceContext otelCurrentTraceContext() {
            return new OtelCurrentTraceContext();
        }

        @Bean
        Tracer tracer(OpenTelemetrySdk openTelemetry, OtelCurrentTraceContext current) {
            return new OtelTracer(openTelemetry.getTracer("crm"), current, event -> {
            }, new OtelBaggageManager(current, List.of(), List.of()));
        }

        @Bean
        Propagator propagator(OpenTelemetrySdk openTelemetry) {
            return new OtelPropagator(openTelemetry.getPropagators(), openTelemetry.getTracer("crm"));
        }

        @Bean
        ObservationRegistry observationRegistry(Tracer tracer, Propagator propagator) {
            return CallTraceIntegrationTest.TracingHandlers.registry(tracer, propagator);
        }
    }
}
