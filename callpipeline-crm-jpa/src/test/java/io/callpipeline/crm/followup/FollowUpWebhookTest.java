package io.callpipeline.crm.followup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.FieldDecision;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.crm.testing.CrmTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An agent's decision on an extracted field reaches a system that is not Java as a signed
 * {@code call.field_decided} event, queued with the decision itself: a decision refused sends
 * nothing, and the value decided is not in the event.
 */
@SpringBootTest(classes = CrmTestApplication.class)
class FollowUpWebhookTest {

    private static final WireMockServer RECEIVER = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    static {
        RECEIVER.start();
        RECEIVER.stubFor(post("/hooks").willReturn(aResponse().withStatus(200)));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CrmDatabases.h2(registry);
        StubbedProviders.register(registry, "http://127.0.0.1:9");
        registry.add("callpipeline.processing.polling-interval", () -> "200ms");
        registry.add("callpipeline.events.webhook.url", () -> RECEIVER.baseUrl() + "/hooks");
        registry.add("callpipeline.events.webhook.secret", () -> SECRET);
    }

    @AfterAll
    static void stop() {
        RECEIVER.stop();
    }

    @Autowired
    TranscriptStore store;

    @Autowired
    CallHistory calls;

    @Autowired
    FieldConfirmation confirmation;

    @Test
    void aDecisionIsPostedSignedWithoutItsValueAndARefusedOneIsNot() throws Exception {
        List<CallRecord> steps = Calls.steps("+972545551234");
        steps.forEach(store::save);
        long callId = calls.findByRecordingSid(steps.get(0).recordingSid()).orElseThrow().getId();

        confirmation.decide(callId, "area", FieldDecision.Kind.EDITED, "גבעתיים", AccessScope.ALL, "dana");
        assertThatThrownBy(() -> confirmation.decide(callId, "no_such_field", FieldDecision.Kind.ACCEPTED, null,
                AccessScope.ALL, "dana")).isInstanceOf(InvalidFieldDecisionException.class);

        var decided = postRequestedFor(urlEqualTo("/hooks"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("call.field_decided"));
        var tasks = postRequestedFor(urlEqualTo("/hooks"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("call.task_created"));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            RECEIVER.verify(1, decided);
            RECEIVER.verify(Calls.STEPS.size(), tasks);
        });
        assertThat(RECEIVER.findAll(tasks)).allSatisfy(task -> assertThat(task.getBodyAsString())
                .contains("\"call_id\":" + callId).contains("\"task_id\":").contains("\"agency\":")
                .doesNotContain(Calls.STEPS.get(0).task()));
        assertThat(RECEIVER.findAll(tasks)).anySatisfy(task -> assertThat(task.getBodyAsString())
                .contains("\"due_date\":\"2026-11-27\""));
        LoggedRequest sent = RECEIVER.findAll(decided).get(0);
        Map<String, List<String>> headers = sent.getHeaders().all().stream()
                .collect(Collectors.toMap(h -> h.key().toLowerCase(), h -> h.values(), (a, b) -> a));
        new Webhook(SECRET).verify(sent.getBodyAsString(), HttpHeaders.of(headers, (k, v) -> true));
        assertThat(sent.getBodyAsString()).contains("\"type\":\"call.field_decided\"")
                .contains("\"call_id\":" + callId).contains("\"field\":\"area\"").contains("\"decision\":\"edited\"")
                .doesNotContain("גבעתיים").doesNotContain("dana");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).untilAsserted(() ->
                RECEIVER.verify(1 + Calls.STEPS.size(), postRequestedFor(urlEqualTo("/hooks"))));
    }
}
