package io.callpipeline.spring.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import io.callpipeline.test.ProviderAnswers;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A host that turns our logging up to TRACE to chase a problem still finds no caller's number, no
 * personal number and no word of what was said in its log: a whole call, from its callback to its
 * answer, with an ID number, a card and the caller's own number in the transcript.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.io.callpipeline=TRACE"})
@ExtendWith(OutputCaptureExtension.class)
class DebugLogPrivacyTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    private static final String SAID = "שלום, תעודת הזהות שלי 123456782 והכרטיס 4580 1234 5678 9015,"
            + " אפשר לחזור אליי ל-054-123-4567 לגבי הדירה בגבעתיים";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "debug-log", 3);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Test
    void atTraceTheLogHoldsNoNumberAndNoWordOfTheCall(CapturedOutput output) throws Exception {
        String recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        PROVIDERS.recording(recordingSid, callSid);
        PROVIDERS.server().stubFor(post(StubbedProviders.TRANSCRIPTIONS).atPriority(1)
                .willReturn(okJson(ProviderAnswers.transcription("hebrew",
                        java.util.List.of(ProviderAnswers.Segment.spoken(0, 4, SAID))))));
        HttpRequest request = TwilioSignatures.signedPost(StubbedProviders.AUTH_TOKEN,
                "http://localhost:" + port + "/webhook/handle_recording", StubbedProviders.callback(recordingSid, callSid));
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);

        assertThat(StubbedProviders.awaitEnd(store, recordingSid).stage()).isEqualTo(ProcessingStage.COMPLETED);

        // The capture holds every thread's output, other cached test contexts' too; the account's SID is no
        // personal number, yet "AC0123456789..." holds the digits "1234567" a leaked phone number would show.
        String log = output.getAll().replace(StubbedProviders.ACCOUNT_SID, "AC<account>");
        assertThat(log).as("our DEBUG lines were written").contains("DEBUG").contains("Transcribed ")
                .contains(recordingSid)
                .doesNotContain("123456782")
                // the card's groups on their own: a process id (14580) or a random port (49015) may hold the digits
                .doesNotContainPattern("(?<!\\d)4580(?!\\d)").doesNotContainPattern("(?<!\\d)9015(?!\\d)")
                .doesNotContain("541234567").doesNotContain("054-123-4567").doesNotContain("1234567")
                .doesNotContain("גבעתיים").doesNotContain("תעודת").doesNotContain("הדירה")
                .doesNotContain(StubbedProviders.AUTH_TOKEN).doesNotContain(StubbedProviders.API_KEY);
    }
}
