package io.callpipeline.spring.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.callpipeline.spring.testing.StubbedProviders.ACCOUNT_SID;
import static io.callpipeline.spring.testing.StubbedProviders.AUTH_TOKEN;
import static io.callpipeline.spring.testing.StubbedProviders.CHAT;
import static io.callpipeline.spring.testing.StubbedProviders.TRANSCRIPT;
import static io.callpipeline.spring.testing.StubbedProviders.TRANSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.observability.MicrometerCallPipelineObserver;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The webhook over real HTTP in a running app (H2, db-scheduler), with Twilio and OpenAI stubbed:
 * every answer code, signatures, duplicates, and the background processing that follows.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RecordingWebhookIntegrationTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    private static final String PATH = "/webhook/handle_recording";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "webhook", 3);
        registry.add("callpipeline.twilio.media-not-found-delay", () -> "50ms");
        registry.add("callpipeline.webhook.trust-forwarded-headers", () -> "true");
    }

    @AfterAll
    static void stopProviders() {
        PROVIDERS.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    TranscriptStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();
    private String recordingSid;
    private String callSid;

    @BeforeEach
    void newCall() {
        // an earlier test's call still retrying would add its requests to this test's counts
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from callpipeline_scheduled_tasks where task_name = 'callpipeline-recording'",
                Integer.class) == 0);
        PROVIDERS.reset();
        recordingSid = sid("RE");
        callSid = sid("CA");
        PROVIDERS.recording(recordingSid, callSid);
    }

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private Map<String, String> callback() {
        return StubbedProviders.callback(recordingSid, callSid);
    }

    private String localUrl() {
        return "http://localhost:" + port + PATH;
    }

    private HttpResponse<String> send(Map<String, String> form, String signature, String... headers) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(localUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postSigned(Map<String, String> form) throws Exception {
        return http.send(TwilioSignatures.signedPost(AUTH_TOKEN, localUrl(), form), HttpResponse.BodyHandlers.ofString());
    }

    private CallRecord awaitEnd() throws InterruptedException {
        return StubbedProviders.awaitEnd(store, recordingSid);
    }

    @Test
    void signedCallbackIsAcceptedAtOnceAndProcessedInTheBackground() throws Exception {
        HttpResponse<String> response = postSigned(callback());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("OK");
        CallRecord record = awaitEnd();
        assertThat(record.stage()).isEqualTo(ProcessingStage.COMPLETED);
        assertThat(record.transcript().text()).isEqualTo(TRANSCRIPT);
        assertThat(record.response().intent()).isEqualTo("קנייה");
        PROVIDERS.server().verify(1, getRequestedFor(urlEqualTo(StubbedProviders.wavPath(recordingSid))));
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS))
                .withRequestBodyPart(aMultipart("language").withBody(containing("he")).build()));
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void noSecretAndNoCallContentReachesTheLog(CapturedOutput output) throws Exception {
        assertThat(postSigned(callback()).statusCode()).isEqualTo(200);
        assertThat(awaitEnd().stage()).isEqualTo(ProcessingStage.COMPLETED);
        Map<String, String> forged = callback();
        assertThat(send(forged, "forged-signature").statusCode()).isEqualTo(403);

        assertThat(output.getAll())
                .contains(recordingSid)
                .doesNotContain(AUTH_TOKEN)
                .doesNotContain(StubbedProviders.API_KEY)
                .doesNotContain(TRANSCRIPT)
                .doesNotContain("רמת גן")
                .doesNotContain("forged-signature");
    }

    @Test
    void inboundCallHearsTheHebrewNoticeAndIsRecordedWithTheCallbackOnTheWebhook() throws Exception {
        String voiceUrl = "http://localhost:" + port + "/webhook/voice";
        Map<String, String> form = Map.of("AccountSid", ACCOUNT_SID, "CallSid", callSid, "From", "+972541234567",
                "To", "+97235551234", "CallStatus", "ringing", "Direction", "inbound");
        HttpRequest request = TwilioSignatures.signedPost(AUTH_TOKEN, voiceUrl, form);

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("xml"));
        assertThat(response.body())
                .contains("<Say language=\"he-IL\" voice=\"Google.he-IL-Wavenet-A\">שלום, השיחה מוקלטת")
                .contains("<Record maxLength=\"3600\"")
                .contains("recordingStatusCallback=\"" + localUrl() + "#ct=3000&amp;rt=6000&amp;tt=15000&amp;rc=2&amp;rp=all\"")
                .contains("recordingStatusCallbackEvent=\"completed\"");
        assertThat(response.body().indexOf("<Say")).isLessThan(response.body().indexOf("<Record"));
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(URI.create(voiceUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("AccountSid=" + ACCOUNT_SID)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(voiceUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    @Test
    void getAndOtherMethodsAre405() throws Exception {
        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(localUrl()))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).contains("POST");
        }
    }

    @Test
    void missingSidsAre400MissingData() throws Exception {
        for (String parameter : new String[] {"RecordingSid", "CallSid"}) {
            Map<String, String> form = callback();
            form.remove(parameter);
            HttpResponse<String> response = postSigned(form);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).isEqualTo("Missing data");
        }
    }

    @Test
    void malformedSidIs400SayingWhich() throws Exception {
        Map<String, String> form = callback();
        form.put("CallSid", "CA-not-a-sid");

        HttpResponse<String> response = postSigned(form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("CallSid must be 'CA' followed by 32 hex characters");
    }

    @Test
    void missingOrWrongSignatureIs403AndNothingIsQueued() throws Exception {
        Map<String, String> form = callback();
        assertThat(send(form, null).statusCode()).isEqualTo(403);
        assertThat(send(form, TwilioSignatures.sign("another-token", localUrl(), form)).statusCode()).isEqualTo(403);
        Map<String, String> tampered = new HashMap<>(form);
        tampered.put("RecordingDuration", "5");
        HttpResponse<String> response = send(tampered, TwilioSignatures.sign(AUTH_TOKEN, localUrl(), form));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("Invalid signature");
        assertThat(store.find(recordingSid)).isEmpty();
    }

    @Test
    void anotherAccountIs403() throws Exception {
        Map<String, String> form = callback();
        form.put("AccountSid", "ACffffffffffffffffffffffffffffffff");

        HttpResponse<String> response = postSigned(form);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("Unknown account");
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        Map<String, String> form = callback();
        form.put("Padding", "x".repeat(70_000));

        assertThat(postSigned(form).statusCode()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyIsHeldToTheSameCap() throws Exception {
        Map<String, String> oversized = callback();
        oversized.put("Padding", "x".repeat(70_000));
        HttpResponse<String> refused = http.send(TwilioSignatures.signedChunkedPost(AUTH_TOKEN, localUrl(), oversized),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(store.find(oversized.get("RecordingSid"))).isEmpty();

        Map<String, String> fine = callback();
        HttpResponse<String> accepted = http.send(TwilioSignatures.signedChunkedPost(AUTH_TOKEN, localUrl(), fine),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    }

    @Test
    void behindAProxyTheForwardedPublicUrlIsWhatIsChecked() throws Exception {
        Map<String, String> form = callback();
        String signature = TwilioSignatures.sign(AUTH_TOKEN, "https://crm.example.com" + PATH, form);

        HttpResponse<String> viaProxy = send(form, signature, "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "crm.example.com");
        assertThat(viaProxy.statusCode()).isEqualTo(200);
        assertThat(send(form, signature).statusCode()).as("same signature without the proxy's headers").isEqualTo(403);
        assertThat(awaitEnd().stage()).as("finished before the next test's stubs").isEqualTo(ProcessingStage.COMPLETED);
    }

    @Test
    void duplicateCallbackIsA200NoOp() throws Exception {
        Map<String, String> form = callback();
        assertThat(postSigned(form).statusCode()).isEqualTo(200);
        assertThat(postSigned(form).statusCode()).isEqualTo(200);
        awaitEnd();
        assertThat(postSigned(form).statusCode()).as("after completion too").isEqualTo(200);

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("select count(*) from callpipeline_call_record where recording_sid = ?",
                        Integer.class, recordingSid)).isEqualTo(1));
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void absentRecordingEndsRejectedWithoutADownload() throws Exception {
        Map<String, String> form = callback();
        form.put("RecordingStatus", "absent");
        form.put("ErrorCode", "16102");

        assertThat(postSigned(form).statusCode()).isEqualTo(200);

        CallRecord record = awaitEnd();
        assertThat(record.stage()).isEqualTo(ProcessingStage.REJECTED);
        assertThat(record.failure().reasonCode()).isEqualTo("recording_absent");
        PROVIDERS.server().verify(0, getRequestedFor(urlEqualTo(StubbedProviders.wavPath(recordingSid))));
    }

    /** OpenAI's answer when it is overloaded: a transient 503 in its error shape. */
    private static ResponseDefinitionBuilder overloaded() {
        return aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\",\"param\":null,\"code\":null}}");
    }

    @Test
    void transientFailureIsRetriedAndResumesAfterTheStoredTranscript() throws Exception {
        PROVIDERS.server().stubFor(post(CHAT).inScenario("overloaded").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(overloaded()).willSetStateTo("recovered"));
        PROVIDERS.server().stubFor(post(CHAT).inScenario("overloaded").whenScenarioStateIs("recovered")
                .willReturn(okJson(StubbedProviders.chatCompletion())));

        assertThat(postSigned(callback()).statusCode()).isEqualTo(200);

        assertThat(awaitEnd().stage()).isEqualTo(ProcessingStage.COMPLETED);
        PROVIDERS.server().verify(2, postRequestedFor(urlEqualTo(CHAT)));
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        PROVIDERS.server().verify(1, getRequestedFor(urlEqualTo(StubbedProviders.wavPath(recordingSid))));
    }

    @Test
    void transientFailuresPastTheLimitEndAsFailedWithTheReason() throws Exception {
        PROVIDERS.server().stubFor(post(CHAT).willReturn(overloaded()));
        double retries = runs("retrying", "openai_unavailable");
        double givenUp = runs("failed", "retries_exhausted");

        assertThat(postSigned(callback()).statusCode()).isEqualTo(200);

        CallRecord record = awaitEnd();
        assertThat(record.stage()).isEqualTo(ProcessingStage.FAILED);
        assertThat(record.failure().reasonCode()).isEqualTo("retries_exhausted");
        assertThat(record.failure().message()).contains("openai_unavailable");
        PROVIDERS.server().verify(3, postRequestedFor(urlEqualTo(CHAT)));
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        assertThat(jdbc.queryForObject("select count(*) from callpipeline_scheduled_tasks where task_instance = ?",
                Integer.class, recordingSid)).as("nothing left pending").isZero();
        assertThat(runs("retrying", "openai_unavailable")).as("runs that will be retried").isEqualTo(retries + 2);
        assertThat(runs("failed", "retries_exhausted")).as("the give-up").isEqualTo(givenUp + 1);
    }

    private double runs(String result, String reason) {
        return Search.in(meters).name(MicrometerCallPipelineObserver.RUNS).tags("result", result, "reason", reason)
                .counters().stream().mapToDouble(Counter::count).sum();
    }
}
