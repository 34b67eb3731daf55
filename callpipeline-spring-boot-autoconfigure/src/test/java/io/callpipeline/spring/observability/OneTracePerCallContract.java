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

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One call, one trace, whichever tracer the host has: the callback's request, the job queued in it, every run of
 * the job (here a run revived after its instance stopped heartbeating, as db-scheduler revives a crashed
 * instance's job, while the first still hangs on the transcription), each step and each request to Twilio and
 * OpenAI are spans of the trace the callback came in with. Each subclass is a host with one real tracer, through
 * Micrometer Tracing's bridge, and the header its propagation reads.
 */
abstract class OneTracePerCallContract {

    /** A finished span, whichever tracer made it. */
    record FinishedSpan(String name, String traceId, String id, String parentId, Map<String, String> tags,
            long startMicros, long finishMicros) {

        String tag(String key) {
            return tags.get(key);
        }
    }

    /** The trace the callback comes in with (its id is 32 hex digits for both propagations). */
    static final String TRACE_ID = "463ac35c9f6413ad48485a3953bb6124";

    /** The caller's span the callback is sent from. */
    static final String CALLER_SPAN_ID = "a2fb4a1d1a96d312";

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Autowired
    DataSource dataSource;

    /** The providers stubbed for this subclass's app. */
    abstract StubbedProviders providers();

    /** Every span finished so far. */
    abstract List<FinishedSpan> spans();

    /** The callback with the tracing header this host's propagation reads. */
    abstract HttpRequest.Builder withTraceHeader(HttpRequest.Builder callback);

    private List<FinishedSpan> named(String name) {
        return spans().stream().filter(span -> name.equals(span.name())).toList();
    }

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void theCallbackTheQueueEveryRunStepAndProviderRequestAreOneTraceAcrossARevival() throws Exception {
        StubbedProviders providers = providers();
        providers.server().stubFor(post(TRANSCRIPTIONS).inScenario("revive").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(verbose()).withFixedDelay(4_000)).willSetStateTo("revived"));
        providers.server().stubFor(post(TRANSCRIPTIONS).inScenario("revive").whenScenarioStateIs("revived")
                .willReturn(okJson(verbose())));
        String recordingSid = sid("RE");
        String callSid = sid("CA");
        providers.recording(recordingSid, callSid);
        String url = "http://localhost:" + port + "/webhook/handle_recording";
        HttpRequest signed = TwilioSignatures.signedPost(AUTH_TOKEN, url, StubbedProviders.callback(recordingSid, callSid));
        HttpRequest callback = withTraceHeader(HttpRequest.newBuilder(signed, (name, value) -> true)).build();

        assertThat(HttpClient.newHttpClient().send(callback, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                providers.server().findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS))).size() == 1);
        // what db-scheduler does to the job of an instance whose heartbeats stopped: unpicked, due now, a new version
        assertThat(new JdbcTemplate(dataSource).update("update callpipeline_scheduled_tasks set picked = false,"
                + " picked_by = null, last_heartbeat = null, execution_time = current_timestamp, version = version + 1"
                + " where task_instance = ? and picked = true", recordingSid)).isEqualTo(1);
        assertThat(StubbedProviders.awaitEnd(store, recordingSid).stage()).isEqualTo(ProcessingStage.COMPLETED);
        await().atMost(Duration.ofSeconds(20)).until(() -> named("callpipeline run").size() == 2
                && named("openai chat/completions").size() == 1);

        // the start-up reconciliation's list of recordings is a trace of its own, about no one call
        List<FinishedSpan> ours = spans().stream().filter(span -> span.name() != null
                && (span.name().startsWith("callpipeline") || span.name().startsWith("openai")
                    || (span.name().startsWith("twilio") && span.parentId() != null)
                    || span.name().startsWith("http post"))).toList();
        assertThat(ours).extracting(FinishedSpan::traceId).as(describe(ours)).containsOnly(TRACE_ID);
        FinishedSpan server = named("http post /webhook/handle_recording").get(0);
        assertThat(server.parentId()).as("the callback continues its caller's span").isEqualTo(CALLER_SPAN_ID);
        FinishedSpan enqueue = named("callpipeline enqueue").get(0);
        assertThat(enqueue.parentId()).as("queued in the callback's request").isEqualTo(server.id());
        List<FinishedSpan> runs = named("callpipeline run");
        assertThat(runs).extracting(FinishedSpan::parentId).as("both runs continue the queued job")
                .containsOnly(enqueue.id());
        assertThat(runs).extracting(span -> span.tag("result")).containsExactlyInAnyOrder("superseded", "completed");
        assertThat(runs).allSatisfy(run -> assertThat(run.tag("queue.wait")).matches("\\d+"));
        Map<String, FinishedSpan> byId = ours.stream()
                .collect(Collectors.toMap(FinishedSpan::id, span -> span, (a, b) -> a));
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
        System.out.println("One call's trace (" + getClass().getSimpleName() + "):\n" + describe(ours));
    }

    /** The spans as text: start offset from the first, duration, name, by start. */
    private static String describe(List<FinishedSpan> spans) {
        long first = spans.stream().mapToLong(FinishedSpan::startMicros).min().orElse(0);
        return spans.stream().sorted(Comparator.comparingLong(FinishedSpan::startMicros))
                .map(span -> String.format("%8.1f ms %8.1f ms  %s%s%s", (span.startMicros() - first) / 1000.0,
                        (span.finishMicros() - span.startMicros()) / 1000.0, span.name(),
                        TRACE_ID.equals(span.traceId()) ? "" : " (trace " + span.traceId() + ")",
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
