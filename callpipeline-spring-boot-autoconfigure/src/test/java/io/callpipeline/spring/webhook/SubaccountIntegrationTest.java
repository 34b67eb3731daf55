package io.callpipeline.spring.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import io.callpipeline.test.ProviderAnswers;
import io.callpipeline.test.SignedCallback;
import io.callpipeline.test.TestAudio;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
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
 * An agency with a Twilio subaccount of its own: its callbacks are checked with its own auth token
 * (Twilio signs each account's webhooks with that account's token), and its recording, call and
 * audio are read in its account with its credentials.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubaccountIntegrationTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    private static final String SUBACCOUNT = "AC" + "5".repeat(32);
    private static final String SUBACCOUNT_TOKEN = "subaccount-token-not-a-secret";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "subaccount", 2);
        registry.add("callpipeline.twilio.accounts." + SUBACCOUNT + ".auth-token", () -> SUBACCOUNT_TOKEN);
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

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private String url() {
        return "http://localhost:" + port + "/webhook/handle_recording";
    }

    private HttpResponse<String> post(Map<String, String> form, String token) throws Exception {
        return http.send(TwilioSignatures.signedPost(token, url(), form), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSubaccountsCallbackIsCheckedWithItsTokenAndItsRecordingReadInItsAccount() throws Exception {
        String recordingSid = sid("RE");
        String callSid = sid("CA");
        String account = "/2010-04-01/Accounts/" + SUBACCOUNT;
        String basic = "Basic " + Base64.getEncoder().encodeToString((SUBACCOUNT + ":" + SUBACCOUNT_TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        String date = "Fri, 14 Oct 2016 21:56:34 +0000";
        PROVIDERS.server().stubFor(get(account + "/Recordings/" + recordingSid + ".json")
                .withHeader("Authorization", equalTo(basic))
                .willReturn(okJson(ProviderAnswers.recording(SUBACCOUNT, callSid, recordingSid, 4, date))));
        PROVIDERS.server().stubFor(get(account + "/Calls/" + callSid + ".json").withHeader("Authorization", equalTo(basic))
                .willReturn(okJson(ProviderAnswers.call(SUBACCOUNT, callSid, "+972541234567", "+97245550000", "inbound",
                        14, date))));
        PROVIDERS.server().stubFor(get(urlPathEqualTo(account + "/Recordings/" + recordingSid + ".wav"))
                .withHeader("Authorization", equalTo(basic)).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "audio/x-wav").withBody(TestAudio.speakingWav(4))));
        Map<String, String> form = new HashMap<>(SignedCallback.completed(SUBACCOUNT, recordingSid, callSid).form());

        assertThat(post(form, StubbedProviders.AUTH_TOKEN).statusCode()).as("signed with the main account's token")
                .isEqualTo(403);
        assertThat(store.find(recordingSid)).isEmpty();
        assertThat(post(form, SUBACCOUNT_TOKEN).statusCode()).as("signed with its own").isEqualTo(200);

        CallRecord record = StubbedProviders.awaitEnd(store, recordingSid);
        assertThat(record.stage()).as(String.valueOf(record.failure())).isEqualTo(ProcessingStage.COMPLETED);
        assertThat(record.recording().accountSid()).isEqualTo(SUBACCOUNT);
        PROVIDERS.server().verify(1, getRequestedFor(urlPathEqualTo(account + "/Recordings/" + recordingSid + ".wav")));
    }

    @Test
    void anAccountThatIsNotOursIsRefusedHoweverItIsSigned() throws Exception {
        String other = "AC" + "7".repeat(32);
        Map<String, String> form = new HashMap<>(SignedCallback.completed(other, sid("RE"), sid("CA")).form());
        HttpResponse<String> answer = post(form, StubbedProviders.AUTH_TOKEN);
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).isEqualTo("Unknown account");
    }
}
