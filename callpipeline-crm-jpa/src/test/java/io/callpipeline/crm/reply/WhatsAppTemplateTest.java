package io.callpipeline.crm.reply;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.crm.testing.CrmTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.test.ProviderAnswers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an approved template configured, a WhatsApp reply outside the 24-hour window sends the template
 * (Twilio's {@code ContentSid}, the customer's name as its variable) instead of the agent's text, and the
 * call says so; inside the window the text itself goes.
 */
@SpringBootTest(classes = CrmTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WhatsAppTemplateTest {

    private static final WireMockServer TWILIO = new WireMockServer(wireMockConfig().dynamicPort());
    private static final String MESSAGES = "/2010-04-01/Accounts/" + StubbedProviders.ACCOUNT_SID + "/Messages.json";
    private static final String TEMPLATE = "HX" + "b".repeat(32);

    static {
        TWILIO.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CrmDatabases.h2(registry);
        StubbedProviders.register(registry, TWILIO.baseUrl());
        registry.add("callpipeline.crm.messaging.whatsapp-template-sid", () -> TEMPLATE);
    }

    @AfterAll
    static void stop() {
        TWILIO.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Autowired
    CallHistory calls;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    MessagingContacts contacts;

    @Test
    void outsideTheWindowTheApprovedTemplateGoesInsteadOfTheText() throws Exception {
        TWILIO.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(ProviderAnswers.message(StubbedProviders.ACCOUNT_SID, "SM" + "c".repeat(32), "+97235551234",
                        "+972545557777", ""))));
        customers.create(Calls.AGENCY, "דנה כהן", "054-5557777", AccessScope.ALL);
        List<CallRecord> steps = Calls.steps("+972545557777");
        steps.forEach(store::save);
        long callId = calls.findByRecordingSid(steps.get(0).recordingSid()).orElseThrow().getId();

        JsonNode template = send(callId, "אשלח לך שלוש דירות היום").get(0);

        assertThat(template.path("status").asText()).isEqualTo("queued");
        assertThat(template.path("body").asText()).contains(TEMPLATE).contains("24 השעות");
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES)).withRequestBody(containing("ContentSid=" + TEMPLATE))
                .withRequestBody(containing("ContentVariables="
                        + java.net.URLEncoder.encode("{\"1\":\"דנה כהן\"}", java.nio.charset.StandardCharsets.UTF_8)))
                .withRequestBody(notContaining("Body=")));

        contacts.wrote("+972545557777", ReplyChannel.WHATSAPP, java.time.Instant.now());
        JsonNode text = send(callId, "אשלח לך שלוש דירות היום").get(1);
        assertThat(text.path("body").asText()).isEqualTo("אשלח לך שלוש דירות היום");
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES)).withRequestBody(containing("Body="))
                .withRequestBody(notContaining("ContentSid")));
    }

    private JsonNode send(long callId, String body) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String request = json.writeValueAsString(Map.of("channel", "whatsapp", "body", body,
                "key", UUID.randomUUID().toString()));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/callpipeline/api/calls/" + callId + "/reply"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).path("response").path("replies");
    }
}
