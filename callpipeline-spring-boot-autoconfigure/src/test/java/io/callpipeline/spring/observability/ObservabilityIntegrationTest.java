package io.callpipeline.spring.observability;

import static io.callpipeline.spring.testing.StubbedProviders.ACCOUNT_SID;
import static io.callpipeline.spring.testing.StubbedProviders.AUTH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Health and metrics in a running app with Actuator and Micrometer, as a host would have them:
 * callbacks counted by answer, the run's result, every step timed (by its observation), and the health endpoint.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoint.health.show-details=always",
            "management.endpoints.web.exposure.include=health,metrics"})
class ObservabilityIntegrationTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "observability", 8);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Autowired
    TranscriptStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private double count(String name, String... tags) {
        return Search.in(registry).name(name).tags(tags).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private long timed(String step) {
        // with Actuator's observation registry the steps are observations, timed as callpipeline.step
        return Search.in(registry).name(DefaultStepObservationConvention.NAME).tags("step", step, "result", "ok")
                .timers().stream().mapToLong(t -> t.count()).sum();
    }

    private static void await(String what, BooleanSupplier condition) {
        org.awaitility.Awaitility.await(what).atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(50)).until(condition::getAsBoolean);
    }

    @Test
    void callbacksRunsStepsAndQueueAreMeasured() throws Exception {
        String url = "http://localhost:" + port + "/webhook/handle_recording";
        String recordingSid = sid("RE");
        String callSid = sid("CA");
        PROVIDERS.recording(recordingSid, callSid);
        Map<String, String> form = new HashMap<>(Map.of("AccountSid", ACCOUNT_SID, "CallSid", callSid,
                "RecordingSid", recordingSid, "RecordingStatus", "completed", "RecordingDuration", "4"));
        double accepted = count(MicrometerCallPipelineObserver.CALLBACKS, "status", "200");
        double refused = count(MicrometerCallPipelineObserver.CALLBACKS, "status", "403");
        double completed = count(MicrometerCallPipelineObserver.RUNS, "result", "completed", "reason", "none");

        assertThat(http.send(TwilioSignatures.signedPost(AUTH_TOKEN, url, form), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        assertThat(http.send(TwilioSignatures.signedPost("wrong-token", url, form),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        await("the run's result", () -> count(MicrometerCallPipelineObserver.RUNS, "result", "completed",
                "reason", "none") == completed + 1);

        assertThat(store.find(recordingSid).orElseThrow().stage()).isEqualTo(ProcessingStage.COMPLETED);
        assertThat(count(MicrometerCallPipelineObserver.CALLBACKS, "status", "200")).isEqualTo(accepted + 1);
        assertThat(count(MicrometerCallPipelineObserver.CALLBACKS, "status", "403")).isEqualTo(refused + 1);
        for (String step : new String[] {"verify", "download", "transcribe", "check", "respond"}) {
            assertThat(timed(step)).as(step).isGreaterThanOrEqualTo(1);
        }
        await("an empty queue", () -> registry.get(QueueMetrics.DEPTH).tag("state", "waiting").gauge().value() == 0
                && registry.get(QueueMetrics.DEPTH).tag("state", "running").gauge().value() == 0);
    }

    @Test
    void healthEndpointShowsTheCallPipelineComponent() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .containsPattern("\"callPipeline\":\\{\"details\":\\{[^}]*\"twilio\":\"auth token for "
                        + PROVIDERS.baseUrl() + "\"[^}]*\"queue\":\\{[^}]*\"overdue\":0\\},"
                        + "\"concurrency\":\\{\"mode\":\"adaptive\",\"limit\":32,[^}]*\"max\":64[^}]*\\}\\},\"status\":\"UP\"")
                .doesNotContain(AUTH_TOKEN)
                .doesNotContain(StubbedProviders.API_KEY);
    }

    @Test
    void metricsEndpointListsTheCallPipelineMeters() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/metrics/" + QueueMetrics.DEPTH)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"state\"").contains("waiting").contains("running").contains("overdue");
    }
}
