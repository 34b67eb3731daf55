package io.callpipeline.spring.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A system that is not Java hears of each call that ends: a signed event the receiver verifies with
 * the Standard Webhooks reference library, retried (same id) when the receiver fails, and carrying
 * ids and the outcome, never what was said.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventWebhookIntegrationTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    private static final WireMockServer RECEIVER = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(randomKey());

    static {
        RECEIVER.start();
    }

    private static byte[] randomKey() {
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "event-webhook", 3);
        registry.add("callpipeline.events.webhook.url", () -> RECEIVER.baseUrl() + "/hooks/calls");
        registry.add("callpipeline.events.webhook.secret", () -> SECRET);
        registry.add("callpipeline.events.webhook.backoff", () -> "300ms");
    }

    @AfterAll
    static void stop() {
        PROVIDERS.stop();
        RECEIVER.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Test
    void aCallThatEndsIsPostedSignedAndRetriedUntilTheReceiverTakesIt() throws Exception {
        RECEIVER.stubFor(post("/hooks/calls").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        RECEIVER.stubFor(post("/hooks/calls").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
        String recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        PROVIDERS.recording(recordingSid, callSid);

        HttpResponse<String> accepted = HttpClient.newHttpClient().send(TwilioSignatures.signedPost(
                StubbedProviders.AUTH_TOKEN, "http://localhost:" + port + "/webhook/handle_recording",
                StubbedProviders.callback(recordingSid, callSid)), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(StubbedProviders.awaitEnd(store, recordingSid).stage()).isEqualTo(ProcessingStage.COMPLETED);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                RECEIVER.verify(2, postRequestedFor(urlEqualTo("/hooks/calls"))));
        List<LoggedRequest> attempts = RECEIVER.findAll(postRequestedFor(urlEqualTo("/hooks/calls")));
        assertThat(attempts).extracting(r -> r.getHeader("webhook-id")).as("a retry is the same message")
                .containsOnly(attempts.get(0).getHeader("webhook-id")).allMatch(id -> id.startsWith("msg_"));
        for (LoggedRequest attempt : attempts) {
            Map<String, List<String>> headers = attempt.getHeaders().all().stream()
                    .collect(Collectors.toMap(h -> h.key().toLowerCase(), h -> h.values(), (a, b) -> a));
            new Webhook(SECRET).verify(attempt.getBodyAsString(), HttpHeaders.of(headers, (k, v) -> true));
        }
        String body = attempts.get(1).getBodyAsString();
        assertThat(body).contains("\"type\":\"call.ended\"").contains("\"recording_id\":\"" + recordingSid + "\"")
                .contains("\"call_id\":\"" + callSid + "\"").contains("\"result\":\"completed\"")
                .doesNotContain(StubbedProviders.TRANSCRIPT).doesNotContain("summary");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).untilAsserted(() ->
                RECEIVER.verify(2, postRequestedFor(urlEqualTo("/hooks/calls"))));
    }
}
