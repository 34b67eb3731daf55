package io.callpipeline.spring.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.callpipeline.spring.testing.StubbedProviders.AUTH_TOKEN;
import static io.callpipeline.spring.testing.StubbedProviders.TRANSCRIPT;
import static io.callpipeline.spring.testing.StubbedProviders.TRANSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import brave.Tracing;
import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One call, one trace: the callback's request, the job queued in it, every run of the job (here a run revived
 * after its instance stopped heartbeating, as db-scheduler revives a crashed instance's job, while the first still
 * hangs on the transcription), each step and each request to Twilio and OpenAI are spans of the trace the callback came in with.
 * A real tracer (Brave, through Micrometer Tracing's bridge) with B3 propagation, as a host with tracing has one.
 */
@SpringBootTest(classes = {StarterTestApplication.class, CallTraceIntegrationTest.WithTracing.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallTraceIntegrationTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    private static final List<MutableSpan> SPANS = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "trace", 3);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
    }

    /** What a host with Micrometer Tracing and Brave has: the tracing handlers on the observation registry. */
    @TestConfiguration(proxyBeanMethods = false)
    static class WithTracing {

        @Bean(destroyMethod = "close")
        Tracing braveTracing() {
            return Tracing.newBuilder().localServiceName("crm").addSpanHandler(new SpanHandler() {
                @Override
                public boolean end(TraceContext context, MutableSpan span, Cause cause) {
                    SPANS.add(span);
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
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
                    new PropagatingSenderTracingObservationHandler<>(tracer, propagator),
                    new PropagatingReceiverTracingObservationHandler<>(tracer, propagator),
                    new DefaultTracingObservationHandler(tracer)));
            return registry;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Autowired
    DataSource dataSource;

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private List<MutableSpan> named(String name) {
        return SPANS.stream().filter(span -> name.equals(span.name())).toList();
    }

    @Test
    void theCallbackTheQueueEveryRunStepAndProviderRequestAreOneTraceAcrossARevival() throws Exception {
        PROVIDERS.server().stubFor(post(TRANSCRIPTIONS).inScenario("revive").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(verbose()).withFixedDelay(4_000)).willSetStateTo("revived"));
        PROVIDERS.server().stubFor(post(TRANSCRIPTIONS).inScenario("revive").whenScenarioStateIs("revived")
                .willReturn(okJson(verbose())));
        String recordingSid = sid("RE");
        String callSid = sid("CA");
        PROVIDERS.recording(recordingSid, callSid);
        String traceId = "463ac35c9f6413ad48485a3953bb6124";
        String url = "http://localhost:" + port + "/webhook/handle_recording";
        HttpRequest signed = TwilioSignatures.signedPost(AUTH_TOKEN, url, StubbedProviders.callback(recordingSid, callSid));
        HttpRequest callback = HttpRequest.newBuilder(signed, (name, value) -> true)
                .header("b3", traceId + "-a2fb4a1d1a96d312-1").build();

        assertThat(HttpClient.newHttpClient().send(callback, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                PROVIDERS.server().findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS))).size() == 1);
        // what db-scheduler does to the job of an instance whose heartbeats stopped: unpicked, due now, a new version
        assertThat(new JdbcTemplate(dataSource).update("update callpipeline_scheduled_tasks set picked = false,"
                + " picked_by = null, last_heartbeat = null, execution_time = current_timestamp, version = version + 1"
                + " where task_instance = ? and picked = true", recordingSid)).isEqualTo(1);
        assertThat(StubbedProviders.awaitEnd(store, recordingSid).stage()).isEqualTo(ProcessingStage.COMPLETED);
        await().atMost(Duration.ofSeconds(20)).until(() -> named("callpipeline run").size() == 2);

        // the start-up reconciliation's list of recordings is a trace of its own, about no one call
        List<MutableSpan> ours = SPANS.stream().filter(span -> span.name() != null
                && (span.name().startsWith("callpipeline") || span.name().startsWith("openai")
                    || (span.name().startsWith("twilio") && span.parentId() != null)
                    || span.name().startsWith("http post"))).toList();
        assertThat(ours).extracting(MutableSpan::traceId).as(describe(ours)).containsOnly(traceId);
        MutableSpan server = named("http post /webhook/handle_recording").get(0);
        MutableSpan enqueue = named("callpipeline enqueue").get(0);
        assertThat(enqueue.parentId()).as("queued in the callback's request").isEqualTo(server.id());
        List<MutableSpan> runs = named("callpipeline run");
        assertThat(runs).extracting(MutableSpan::parentId).as("both runs continue the queued job").containsOnly(enqueue.id());
        assertThat(runs).extracting(span -> span.tag("result")).containsExactlyInAnyOrder("superseded", "completed");
        assertThat(runs).allSatisfy(run -> assertThat(run.tag("queue.wait")).matches("\\d+"));
        Map<String, MutableSpan> byId = SPANS.stream().collect(Collectors.toMap(MutableSpan::id, span -> span, (a, b) -> a));
        assertThat(named("callpipeline transcribe")).hasSize(2)
                .allSatisfy(step -> assertThat(byId.get(step.parentId()).name()).isEqualTo("callpipeline run"));
        assertThat(named("openai audio/transcriptions")).hasSize(2).allSatisfy(request -> {
            assertThat(byId.get(request.parentId()).name()).isEqualTo("callpipeline transcribe");
            assertThat(request.tag("model")).isEqualTo("whisper-1");
        });
        assertThat(named("twilio recordings/media")).as("the download's requests to Twilio").isNotEmpty()
                .allSatisfy(request -> {
                    assertThat(byId.get(request.parentId()).name()).isEqualTo("callpipeline download");
                    assertThat(request.tag("status")).isEqualTo("200");
                });
        assertThat(ours).filteredOn(span -> span.name().equals("twilio recordings"))
                .as("the recording's resource, read through twilio-java").isNotEmpty()
                .allSatisfy(request -> assertThat(byId.get(request.parentId()).name()).startsWith("callpipeline "));
        assertThat(named("openai chat/completions")).hasSize(1)
                .allSatisfy(request -> assertThat(byId.get(request.parentId()).name()).isEqualTo("callpipeline respond"));
        System.out.println("One call's trace, as the README shows it:\n" + describe(ours));
    }

    /** The spans as text: start offset from the first, duration, name, by start. */
    private static String describe(List<MutableSpan> spans) {
        long first = spans.stream().mapToLong(MutableSpan::startTimestamp).min().orElse(0);
        return spans.stream().sorted(Comparator.comparingLong(MutableSpan::startTimestamp))
                .map(span -> String.format("%8.1f ms %8.1f ms  %s%s", (span.startTimestamp() - first) / 1000.0,
                        (span.finishTimestamp() - span.startTimestamp()) / 1000.0, span.name(),
                        span.tag("result") == null ? "" : " result=" + span.tag("result")
                                + (span.tag("queue.wait") == null ? "" : " queue.wait=" + span.tag("queue.wait") + "ms")))
                .collect(Collectors.joining("\n"));
    }

    private static String verbose() {
        return """
            {"task":"transcribe","language":"hebrew","duration":3.2,"text":"%1$s",
             "segments":[{"id":0,"seek":0,"start":0.0,"end":3.2,"text":"%1$s","tokens":[50364],"temperature":0.0,
               "avg_logprob":-0.21,"compression_ratio":1.1,"no_speech_prob":0.01}]}
            """.formatted(TRANSCRIPT);
    }
}
