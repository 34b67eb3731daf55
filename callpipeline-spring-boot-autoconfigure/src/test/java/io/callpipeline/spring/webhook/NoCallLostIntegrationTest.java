package io.callpipeline.spring.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.callpipeline.spring.testing.StubbedProviders.AUTH_TOKEN;
import static io.callpipeline.spring.testing.StubbedProviders.CHAT;
import static io.callpipeline.spring.testing.StubbedProviders.TRANSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.Origin;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.processing.FailedCallRetry;
import io.callpipeline.spring.processing.RecordingReconciliation;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "200 means stored and queued", and what makes it true under bad input and faults: fields too
 * long to keep, an early {@code in-progress} callback, a database that does not answer, an
 * unreadable form body, Twilio's signature over a URL with connection overrides, a failed call
 * run again, and calls whose callback never came found by reconciliation.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class NoCallLostIntegrationTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    private static final String PATH = "/webhook/handle_recording";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "nolost", 2);
        registry.add("callpipeline.webhook.store-timeout", () -> "2s");
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
    DataSource dataSource;

    @Autowired
    FailedCallRetry retries;

    @Autowired
    RecordingReconciliation reconciliation;

    private final HttpClient http = HttpClient.newHttpClient();
    private String recordingSid;
    private String callSid;

    @BeforeEach
    void newCall() {
        PROVIDERS.reset();
        recordingSid = sid("RE");
        callSid = sid("CA");
        PROVIDERS.recording(recordingSid, callSid);
    }

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private String url() {
        return "http://localhost:" + port + PATH;
    }

    private HttpResponse<String> postSigned(Map<String, String> form) throws Exception {
        return postSigned(url(), form);
    }

    private HttpResponse<String> postSigned(String signedUrl, Map<String, String> form) throws Exception {
        HttpRequest signed = TwilioSignatures.signedPost(AUTH_TOKEN, signedUrl, form);
        HttpRequest request = HttpRequest.newBuilder(signed, (name, value) -> true).uri(URI.create(url())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private CallRecord awaitEnd(String sid) throws InterruptedException {
        return StubbedProviders.awaitEnd(store, sid);
    }

    private int queued(String sid) {
        return jdbc.queryForObject("select count(*) from callpipeline_scheduled_tasks where task_instance = ?",
                Integer.class, sid);
    }

    @ParameterizedTest
    @CsvSource({"RecordingUrl, 2001", "RecordingStatus, 33", "RecordingSource, 65"})
    void aFieldTooLongToKeepIsRefusedByNameAndNothingIsStored(String field, int length) throws Exception {
        Map<String, String> form = StubbedProviders.callback(recordingSid, callSid);
        form.put(field, "x".repeat(length));

        HttpResponse<String> answer = postSigned(form);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains(field);
        assertThat(store.find(recordingSid)).isEmpty();
        assertThat(queued(recordingSid)).isZero();
    }

    @Test
    void aFieldAtTheLimitIsStoredAndProcessed() throws Exception {
        Map<String, String> form = StubbedProviders.callback(recordingSid, callSid);
        form.put("RecordingUrl", "https://api.twilio.com/" + "x".repeat(2000 - 23));
        form.put("RecordingSource", "S".repeat(64));

        assertThat(postSigned(form).statusCode()).isEqualTo(200);
        assertThat(awaitEnd(recordingSid).stage()).isEqualTo(ProcessingStage.COMPLETED);
    }

    @Test
    void anInProgressCallbackNeverBlocksTheCompletedOne() throws Exception {
        Map<String, String> early = StubbedProviders.callback(recordingSid, callSid);
        early.put("RecordingStatus", "in-progress");
        assertThat(postSigned(early).statusCode()).isEqualTo(200);

        assertThat(postSigned(StubbedProviders.callback(recordingSid, callSid)).statusCode()).isEqualTo(200);

        CallRecord record = awaitEnd(recordingSid);
        assertThat(record.stage()).isEqualTo(ProcessingStage.COMPLETED);
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }

    @Test
    void aCompletedCallbackReopensACallThatEndedWhileOnlyInProgressWasKnown() throws Exception {
        PROVIDERS.server().stubFor(post(CHAT).willReturn(aResponse().withStatus(503)));
        Map<String, String> early = StubbedProviders.callback(recordingSid, callSid);
        early.put("RecordingStatus", "in-progress");
        postSigned(early);
        assertThat(awaitEnd(recordingSid).stage()).isEqualTo(ProcessingStage.FAILED);
        PROVIDERS.reset();
        PROVIDERS.recording(recordingSid, callSid);

        assertThat(postSigned(StubbedProviders.callback(recordingSid, callSid)).statusCode()).isEqualTo(200);

        assertThat(awaitEnd(recordingSid).stage()).isEqualTo(ProcessingStage.COMPLETED);
        PROVIDERS.server().verify(0, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }

    @Test
    void aDatabaseThatDoesNotAnswerGets503WithinTheDeadlineAndTheRetryIsKept() throws Exception {
        Map<String, String> form = StubbedProviders.callback(recordingSid, callSid);
        HttpResponse<String> answer;
        Duration took;
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement hold = blocker.prepareStatement("insert into callpipeline_call_record"
                    + " (recording_sid, call_sid, stage, record_json, created_at, updated_at) values (?, ?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                hold.setString(1, recordingSid);
                hold.setString(2, callSid);
                hold.setString(3, "RECEIVED");
                hold.setString(4, "{}");
                hold.setTimestamp(5, now);
                hold.setTimestamp(6, now);
                hold.executeUpdate();
            }
            Instant start = Instant.now();
            answer = postSigned(form);
            took = Duration.between(start, Instant.now());
            blocker.rollback();
        }

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        // Twilio retries: the call is then stored (or found stored) and answered 200
        assertThat(postSigned(form).statusCode()).isEqualTo(200);
        assertThat(awaitEnd(recordingSid).stage()).isEqualTo(ProcessingStage.COMPLETED);
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad-percent-encoding", "too-many-parameters", "not-utf-8"})
    void anUnreadableFormBodyIsRefusedWithOneWarningAndNoStackTrace(String kind, CapturedOutput output)
            throws Exception {
        byte[] body = switch (kind) {
            case "bad-percent-encoding" -> "RecordingSid=%zz%&CallSid=%E0%A4%A".getBytes(StandardCharsets.US_ASCII);
            case "too-many-parameters" -> java.util.stream.IntStream.range(0, 1_500).mapToObj(i -> "p" + i + "=" + i)
                    .collect(java.util.stream.Collectors.joining("&")).getBytes(StandardCharsets.US_ASCII);
            default -> ("RecordingSid=" + recordingSid + "&CallSid=" + callSid + "&RecordingSource=")
                    .getBytes(StandardCharsets.US_ASCII);
        };
        if (kind.equals("not-utf-8")) {
            byte[] hebrewInIso8859 = "\u05e9\u05dc\u05d5\u05dd".getBytes(java.nio.charset.Charset.forName("ISO-8859-8"));
            byte[] all = java.util.Arrays.copyOf(body, body.length + hebrewInIso8859.length);
            System.arraycopy(hebrewInIso8859, 0, all, body.length, hebrewInIso8859.length);
            body = all;
        }
        int before = output.getAll().length();
        HttpRequest bad = HttpRequest.newBuilder(URI.create(url()))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", "x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();

        HttpResponse<String> answer = http.send(bad, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isBetween(400, 499);
        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("\tat ").doesNotContain(" ERROR ");
        // only the request's own thread: another cached context's scheduler may warn in the same moment
        assertThat(logged.lines().filter(l -> l.contains(" WARN ") && l.contains("-exec-")).count()).as(logged)
                .isLessThanOrEqualTo(1);
        assertThat(store.find(recordingSid)).isEmpty();
    }

    @Test
    void twiliosSignatureOverTheUrlWithConnectionOverridesIsAccepted() throws Exception {
        String withFragment = url() + "#ct=3000&rt=6000&tt=15000&rc=2&rp=all";

        assertThat(postSigned(withFragment, StubbedProviders.callback(recordingSid, callSid)).statusCode())
                .isEqualTo(200);
        assertThat(postSigned(url() + "#rc=5", StubbedProviders.callback(sid("RE"), callSid)).statusCode())
                .as("a fragment we did not write").isEqualTo(403);
    }

    @Test
    void aCallThatRanOutOfRetriesRunsAgainWithoutPayingTwice() throws Exception {
        PROVIDERS.server().stubFor(post(CHAT).willReturn(aResponse().withStatus(503)));
        postSigned(StubbedProviders.callback(recordingSid, callSid));
        CallRecord failed = awaitEnd(recordingSid);
        assertThat(failed.failure().reasonCode()).isEqualTo("retries_exhausted");
        assertThat(retries.retry(sid("RE"))).isEqualTo(FailedCallRetry.Result.NOT_FOUND);
        PROVIDERS.server().stubFor(post(CHAT).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(StubbedProviders.chatCompletion())));

        assertThat(retries.retry(recordingSid)).isEqualTo(FailedCallRetry.Result.REQUEUED);

        assertThat(awaitEnd(recordingSid).stage()).isEqualTo(ProcessingStage.COMPLETED);
        assertThat(retries.retry(recordingSid)).isEqualTo(FailedCallRetry.Result.NOT_FAILED);
        PROVIDERS.server().verify(1, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }

    @Test
    void reconciliationFinishesACallWhoseCompletedCallbackWasLostAfterAnEarlyOne() throws Exception {
        PROVIDERS.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                StubbedProviders.recordingPath(recordingSid)).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                    {"account_sid":"%s","call_sid":"%s","sid":"%s","status":"processing","duration":"4","channels":1}
                    """.formatted(StubbedProviders.ACCOUNT_SID, callSid, recordingSid))));
        Map<String, String> early = StubbedProviders.callback(recordingSid, callSid);
        early.put("RecordingStatus", "in-progress");
        postSigned(early);
        assertThat(awaitEnd(recordingSid).failure().reasonCode()).isEqualTo("retries_exhausted");
        PROVIDERS.reset();
        PROVIDERS.recording(recordingSid, callSid);
        PROVIDERS.recordingList(List.<String[]>of(new String[] {recordingSid, callSid, "completed"}));

        reconciliation.run(null);

        CallRecord done = awaitEnd(recordingSid);
        assertThat(done.stage()).isEqualTo(ProcessingStage.COMPLETED);
        assertThat(done.event().recordingStatus()).isEqualTo("completed");
    }

    @Test
    void reconciliationQueuesCompletedRecordingsNoCallbackAnnounced() throws Exception {
        String missed = sid("RE");
        String missedCall = sid("CA");
        PROVIDERS.recording(missed, missedCall);
        String stillProcessing = sid("RE");
        postSigned(StubbedProviders.callback(recordingSid, callSid));
        awaitEnd(recordingSid);
        PROVIDERS.recordingList(List.of(new String[] {missed, missedCall, "completed"},
                new String[] {recordingSid, callSid, "completed"}, new String[] {stillProcessing, sid("CA"), "processing"}));

        RecordingReconciliation.Watermark mark = reconciliation.run(null);

        assertThat(mark.listedUntil()).isNotNull();
        CallRecord found = awaitEnd(missed);
        assertThat(found.stage()).isEqualTo(ProcessingStage.COMPLETED);
        assertThat(found.origin()).isEqualTo(Origin.RECONCILIATION);
        assertThat(store.find(recordingSid).orElseThrow().origin()).isEqualTo(Origin.CALLBACK);
        assertThat(store.find(stillProcessing)).as("not completed yet: a later run finds it").isEmpty();
        // the late callback is a duplicate, and a second run queues nothing new
        assertThat(postSigned(StubbedProviders.callback(missed, missedCall)).statusCode()).isEqualTo(200);
        reconciliation.run(mark);
        PROVIDERS.server().verify(2, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
    }
}
