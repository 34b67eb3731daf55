package io.callpipeline.spring.webhook;

import static io.callpipeline.spring.testing.StubbedProviders.ACCOUNT_SID;
import static io.callpipeline.spring.testing.StubbedProviders.AUTH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
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
 * An app under a servlet context path: the voice TwiML gives Twilio the callback URL with the path,
 * and a callback Twilio signed over that URL is accepted.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.servlet.context-path=/crm")
class ContextPathWebhookTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "context-path", 2);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theVoiceTwimlsCallbackUrlCarriesTheContextPath() throws Exception {
        String voiceUrl = "http://localhost:" + port + "/crm/webhook/voice";
        Map<String, String> form = Map.of("AccountSid", ACCOUNT_SID, "CallSid", "CA" + hex(), "From", "+972541234567",
                "To", "+97235551234", "CallStatus", "ringing", "Direction", "inbound");

        HttpResponse<String> twiml = http.send(TwilioSignatures.signedPost(AUTH_TOKEN, voiceUrl, form),
                HttpResponse.BodyHandlers.ofString());

        assertThat(twiml.statusCode()).isEqualTo(200);
        assertThat(twiml.body()).contains("recordingStatusCallback=\"http://localhost:" + port
                + "/crm/webhook/handle_recording#");
    }

    @Test
    void aCallbackSignedOverTheUrlWithTheContextPathIsAccepted() throws Exception {
        String recordingSid = "RE" + hex();
        String url = "http://localhost:" + port + "/crm/webhook/handle_recording";
        Map<String, String> form = Map.of("AccountSid", ACCOUNT_SID, "CallSid", "CA" + hex(), "RecordingSid",
                recordingSid, "RecordingStatus", "completed");

        HttpResponse<String> answer = http.send(TwilioSignatures.signedPost(AUTH_TOKEN, url, form),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(store.find(recordingSid)).isPresent();
    }

    private static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
