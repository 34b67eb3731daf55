package io.callpipeline.crm.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.call.ProcessingFailure;
import io.callpipeline.core.call.ProcessingStage;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.crm.access.AccessScope;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.customer.Customer;
import io.callpipeline.crm.customer.CustomerDirectory;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.crm.testing.CrmDatabases;
import io.callpipeline.crm.testing.CrmTestApplication;
import io.callpipeline.crm.testing.TwilioMedia;
import io.callpipeline.spring.testing.StubbedProviders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The calls API and the audio endpoint over real HTTP, with Twilio's media stubbed by WireMock. */
@SpringBootTest(classes = CrmTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallsApiTest {

    private static final WireMockServer TWILIO = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final byte[] AUDIO = new byte[5000];

    static {
        TWILIO.start();
        for (int i = 0; i < AUDIO.length; i++) {
            AUDIO[i] = (byte) (i * 31);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CrmDatabases.h2(registry);
        StubbedProviders.register(registry, TWILIO.baseUrl());
        // a host's own Jackson settings, which must not change the API's field names or leave fields out
        registry.add("spring.jackson.property-naming-strategy", () -> "SNAKE_CASE");
        registry.add("spring.jackson.default-property-inclusion", () -> "non_null");
        // a provider's stream that stops sending ends after this; two listeners at once at most
        registry.add("callpipeline.twilio.media-response-timeout", () -> "2s");
        registry.add("callpipeline.crm.audio.max-streams", () -> "2");
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
    CustomerDirectory customers;

    @Autowired
    CallHistory calls;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void empty() {
        jdbc.update("delete from callpipeline_call_transcript");
        jdbc.update("delete from callpipeline_call_log");
        jdbc.update("delete from callpipeline_customer");
        TWILIO.resetAll();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> audio(long callId, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/callpipeline/api/calls/" + callId + "/audio")).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String completedCall(String from) {
        List<CallRecord> steps = Calls.steps(from);
        steps.forEach(store::save);
        return steps.get(0).recordingSid();
    }

    private long idOf(String recordingSid) {
        return calls.findByRecordingSid(recordingSid).orElseThrow().getId();
    }

    @Test
    void customersCallsNewestFirstWithEverythingThePageShows() throws Exception {
        Customer dana = customers.create(Calls.AGENCY, "דנה כהן", "054-5551234", AccessScope.ALL);
        String first = completedCall("+972545551234");
        String second = completedCall("+972545551234");
        jdbc.update("update callpipeline_call_log set occurred_at = occurred_at + interval '1' hour where recording_sid = ?",
                second);

        HttpResponse<String> response = get("/callpipeline/api/customers/" + dana.getId() + "/calls?size=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(response.body())
                .contains("\"total\":2").contains("\"size\":1")
                .contains("\"recordingSid\":\"" + second + "\"").doesNotContain(first)
                .contains("\"displayTime\":\"26.11.2026 15:02\"")
                .contains("\"durationSeconds\":7")
                .contains("\"status\":\"completed\"").contains("\"stage\":\"COMPLETED\"")
                .contains("\"origin\":\"CALLBACK\"")
                .contains("\"direction\":\"inbound\"").contains("\"counterpart\":\"+972545551234\"")
                .contains("\"customerName\":\"דנה כהן\"")
                .contains("\"language\":\"he\",\"languageName\":\"עברית\",\"passes\":1")
                .contains("הרצל 12")
                .contains("\"suggestedReply\":\"שלום! אשמח לחזור אליך ב-WhatsApp")
                .contains("\"audioUrl\":\"/callpipeline/api/calls/" + idOf(second) + "/audio\"")
                .doesNotContain("api.twilio.com");
    }

    /** A call the agent made is written {@code outbound}, with whom they called as the other party. */
    @Test
    void anOutboundCallSaysSo() throws Exception {
        Customer dana = customers.create(Calls.AGENCY, "דנה כהן", "054-5551234", AccessScope.ALL);
        Calls.outboundSteps("+972545551234").forEach(store::save);

        HttpResponse<String> response = get("/callpipeline/api/customers/" + dana.getId() + "/calls");

        assertThat(response.body()).contains("\"total\":1").contains("\"direction\":\"outbound\"")
                .contains("\"counterpart\":\"+972545551234\"");
    }

    @Test
    void unknownCustomerIs404InJson() throws Exception {
        HttpResponse<String> response = get("/callpipeline/api/customers/999999/calls");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"detail\":\"No customer with id 999999\"").contains("\"status\":404");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void badPagingAndStatusAre400() throws Exception {
        assertThat(get("/callpipeline/api/calls?size=0").statusCode()).isEqualTo(400);
        assertThat(get("/callpipeline/api/calls?page=-1").statusCode()).isEqualTo(400);
        HttpResponse<String> status = get("/callpipeline/api/calls?status=done");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("Unknown status 'done'")
                .contains("received, processing, completed, gibberish, rejected, failed");
        assertThat(get("/callpipeline/api/calls?status=COMPLETED,%20gibberish").statusCode()).isEqualTo(200);
        assertThat(get("/callpipeline/api/customers/abc/calls").statusCode()).isEqualTo(400);
    }

    @Test
    void recentCallsFilterByStatusAndUnassigned() throws Exception {
        String completed = completedCall("+972545551234");
        String withheld = completedCall("Anonymous");
        List<CallRecord> failing = Calls.steps("+972549876543");
        store.save(failing.get(1).failed(new ProcessingFailure(ReasonCode.TWILIO_UNAUTHORIZED, "refused", false, null),
                ProcessingStage.FAILED));

        assertThat(get("/callpipeline/api/calls").body()).contains("\"total\":3");
        String failed = get("/callpipeline/api/calls?status=failed,gibberish").body();
        assertThat(failed).contains("\"total\":1").contains(failing.get(0).recordingSid())
                .contains("\"code\":\"twilio_unauthorized\"");
        String unassigned = get("/callpipeline/api/calls?unassigned=true").body();
        assertThat(unassigned).contains("\"total\":1").contains(withheld).doesNotContain(completed)
                .contains("\"withheld\":true").contains("\"customerId\":null");
    }

    @Test
    void aFailedCallShowsItsReasonInHebrewAndCanBeRetriedButADoneOneCannot() throws Exception {
        long done = idOf(completedCall("+972545551234"));
        List<CallRecord> failing = Calls.steps("+972549876543");
        store.save(failing.get(2).failed(new ProcessingFailure(ReasonCode.RETRIES_EXHAUSTED, "Gave up after 8 attempts"),
                ProcessingStage.FAILED));
        long failed = idOf(failing.get(0).recordingSid());

        String view = get("/callpipeline/api/calls/" + failed).body();
        assertThat(view).contains("\"code\":\"retries_exhausted\"")
                .contains("\"label\":\"" + ReasonCode.RETRIES_EXHAUSTED.label() + "\"")
                .contains("\"retryable\":true").contains("\"origin\":\"CALLBACK\"");

        HttpResponse<String> retried = post("/callpipeline/api/calls/" + failed + "/retry");
        assertThat(retried.statusCode()).isEqualTo(202);
        assertThat(retried.body()).contains("\"finished\":false").doesNotContain("retries_exhausted");
        HttpResponse<String> refused = post("/callpipeline/api/calls/" + done + "/retry");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("not failed");
        assertThat(post("/callpipeline/api/calls/999999/retry").statusCode()).isEqualTo(404);
        awaitFinished(failed); // the re-run must not outlive this test
    }

    @Test
    void anExceptionsOwnTextNeverReachesTheBrowser() throws Exception {
        List<CallRecord> failing = Calls.steps("+972549876543");
        String internal = "PSQLException: ERROR: duplicate key (phone)=(+972549876543) on db-7.internal:5432";
        store.save(failing.get(2).failed(new ProcessingFailure(ReasonCode.UNEXPECTED_ERROR, internal, true, null),
                ProcessingStage.FAILED));
        long failed = idOf(failing.get(0).recordingSid());

        String view = get("/callpipeline/api/calls/" + failed).body();

        assertThat(view).contains("\"code\":\"unexpected_error\"").doesNotContain("PSQLException")
                .doesNotContain("db-7.internal").doesNotContain("duplicate key")
                .contains("\"message\":\"" + ReasonCode.UNEXPECTED_ERROR.label() + "\"");
        assertThat(get("/callpipeline/api/calls?status=failed").body()).doesNotContain("db-7.internal");
    }

    @Test
    void aPageNumberPastAnyListIs400NotAnOverflow() throws Exception {
        HttpResponse<String> answer = get("/callpipeline/api/calls?page=2147483647&size=100");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("past any list");
        assertThat(get("/callpipeline/api/calls?page=21474836&size=100").statusCode()).as("just within").isEqualTo(200);
    }

    private void awaitFinished(long callId) {
        org.awaitility.Awaitility.await("the re-run to end").atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> calls.find(callId, AccessScope.ALL).orElseThrow().getStatus().isFinal());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unassignedCallCanBeGivenToACustomerButNotTakenFromOne() throws Exception {
        Customer dana = customers.create(Calls.AGENCY, "דנה", "054-5551234", AccessScope.ALL);
        Customer other = customers.create(Calls.AGENCY, "יוסי", "052-3456789", AccessScope.ALL);
        long withheld = idOf(completedCall("Restricted"));

        HttpResponse<String> assigned = put("/callpipeline/api/calls/" + withheld + "/customer",
                "{\"customerId\": " + dana.getId() + "}");
        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(assigned.body()).contains("\"customerId\":" + dana.getId());
        assertThat(calls.ofCustomer(dana.getId(), AccessScope.ALL, 0, 10).total()).isEqualTo(1);

        HttpResponse<String> taken = put("/callpipeline/api/calls/" + withheld + "/customer",
                "{\"customerId\": " + other.getId() + "}");
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("already belongs to customer " + dana.getId());
        assertThat(put("/callpipeline/api/calls/" + withheld + "/customer", "{\"customerId\": 999999}").statusCode())
                .isEqualTo(404);
        assertThat(put("/callpipeline/api/calls/999999/customer", "{\"customerId\": " + dana.getId() + "}").statusCode())
                .isEqualTo(404);
        assertThat(put("/callpipeline/api/calls/" + withheld + "/customer", "{}").statusCode()).isEqualTo(400);
        assertThat(put("/callpipeline/api/calls/" + withheld + "/customer", "not json").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void audioIsStreamedFromTwilioWithOurCredentials() throws Exception {
        String sid = completedCall("+972545551234");
        TwilioMedia.serve(TWILIO, sid, AUDIO);

        HttpResponse<byte[]> whole = audio(idOf(sid), null);

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).contains("audio/mpeg");
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(whole.body()).isEqualTo(AUDIO);
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (Calls.ACCOUNT_SID + ":" + StubbedProviders.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
        TWILIO.verify(getRequestedFor(urlEqualTo(TwilioMedia.path(sid))).withHeader("Authorization", equalTo(basic)));
    }

    @Test
    void rangesAreAnsweredWith206AndContentRange() throws Exception {
        String sid = completedCall("+972545551234");
        TwilioMedia.serve(TWILIO, sid, AUDIO);
        long id = idOf(sid);

        assertPartial(id, "bytes=0-99", 0, 99);
        assertPartial(id, "bytes=1000-1999", 1000, 1999);
        assertPartial(id, "bytes=4000-", 4000, 4999);
        assertPartial(id, "bytes=-10", 4990, 4999);
    }

    private void assertPartial(long id, String range, int first, int last) throws Exception {
        HttpResponse<byte[]> answer = audio(id, range);
        assertThat(answer.statusCode()).as(range).isEqualTo(206);
        assertThat(answer.headers().firstValue("Content-Range")).as(range)
                .contains("bytes " + first + "-" + last + "/" + AUDIO.length);
        assertThat(answer.headers().firstValue("Content-Length")).as(range).contains(Integer.toString(last - first + 1));
        assertThat(answer.body()).as(range).isEqualTo(Arrays.copyOfRange(AUDIO, first, last + 1));
    }

    @Test
    void aCustomersCallsExportAsCsvThatExcelReadsAsUtf8() throws Exception {
        Customer dana = customers.create(Calls.AGENCY, "דנה כהן", "054-5551234", AccessScope.ALL);
        String first = completedCall("+972545551234");
        String second = completedCall("+972545551234");

        HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/callpipeline/api/customers/" + dana.getId() + "/calls.csv")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment").contains("calls-customer-" + dana.getId() + ".csv"));
        byte[] body = csv.body();
        assertThat(Arrays.copyOfRange(body, 0, 3)).as("UTF-8 byte-order mark")
                .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String[] lines = new String(body, java.nio.charset.StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("תאריך,משך (שניות),סטטוס");
        assertThat(lines[1]).contains(",completed,").contains("\"שלום, אני מתקשר").endsWith(second);
        assertThat(lines[2]).endsWith(first);
        assertThat(get("/callpipeline/api/customers/999999/calls.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void searchFindsTheCallAndTheSegmentWhereTheWordsWereSaid() throws Exception {
        String sid = completedCall("+972545551234");
        completedCall("+972501112233");

        HttpResponse<String> found = get("/callpipeline/api/calls?q=whatsapp%20%D7%AA%D7%A7%D7%A6%D7%99%D7%91");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"total\":2").contains("\"match\":{\"segment\":1,\"start\":3.5}");
        assertThat(get("/callpipeline/api/calls?q=whatsapp&customerRef=not-linked-yet").body())
                .contains("\"total\":0");
        HttpResponse<String> byNumber = get("/callpipeline/api/calls?q=054-5551234");
        assertThat(byNumber.body()).contains("\"total\":1").contains(sid);
        assertThat(get("/callpipeline/api/calls?q=x&from=2026-11-30&to=2026-11-01").statusCode()).isEqualTo(400);
    }

    @Test
    void aCompletedCallIsAnsweredAgainFromItsTranscriptKeepingTheEarlierAnswer() throws Exception {
        long id = idOf(completedCall("+972545551234"));
        TWILIO.stubFor(WireMock.post("/v1/chat/completions").willReturn(WireMock.okJson(StubbedProviders.chatCompletion())));

        HttpResponse<String> again = post("/callpipeline/api/calls/" + id + "/reanswer");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"summary\":\"המתקשר מחפש דירה ברמת גן\"")
                .contains("\"earlier\":[{\"summary\":\"הלקוח מתעניין בדירה ברמת גן בתקציב 2.5 מיליון ₪.\"");
        TWILIO.verify(0, WireMock.postRequestedFor(WireMock.urlEqualTo("/v1/audio/transcriptions")));
        TWILIO.verify(0, WireMock.getRequestedFor(WireMock.urlMatching(".*\\.mp3")));
        assertThat(post("/callpipeline/api/calls/" + id + "/reanswer").body()).as("each answer is kept")
                .containsPattern("\"earlier\":\\[\\{[^\\]]*\\},\\{\"summary\":\"המתקשר מחפש דירה ברמת גן\"");
        assertThat(get("/callpipeline/api/calls/" + id).body()).contains("\"earlier\":[{");
    }

    @Test
    void twoReanswersAtOnceCostOneAnswerAndTheSecondIs409() throws Exception {
        long id = idOf(completedCall("+972545551234"));
        TWILIO.stubFor(WireMock.post("/v1/chat/completions").willReturn(WireMock.okJson(StubbedProviders.chatCompletion())
                .withFixedDelay(1500)));
        HttpRequest reanswer = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callpipeline/api/calls/"
                + id + "/reanswer")).POST(HttpRequest.BodyPublishers.noBody()).build();

        var first = http.sendAsync(reanswer, HttpResponse.BodyHandlers.ofString());
        org.awaitility.Awaitility.await("the first re-answer at the model").atMost(java.time.Duration.ofSeconds(10))
                .until(() -> TWILIO.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo("/v1/chat/completions")))
                        .size() == 1);
        var second = http.sendAsync(reanswer, HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(first.get().statusCode(), second.get().statusCode())).containsExactlyInAnyOrder(200, 409);
        assertThat(second.get().body()).contains("being answered again");
        TWILIO.verify(1, WireMock.postRequestedFor(WireMock.urlEqualTo("/v1/chat/completions")));
        assertThat(post("/callpipeline/api/calls/" + id + "/reanswer").statusCode()).as("released once done")
                .isEqualTo(200);
    }

    @Test
    void twoRetriesAtOnceRequeueOnceAndNeitherIs500() throws Exception {
        List<CallRecord> failing = Calls.steps("+972549876543");
        store.save(failing.get(2).failed(new ProcessingFailure(ReasonCode.RETRIES_EXHAUSTED, "Gave up after 8 attempts"),
                ProcessingStage.FAILED));
        long failed = idOf(failing.get(0).recordingSid());
        HttpRequest retry = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/callpipeline/api/calls/"
                + failed + "/retry")).POST(HttpRequest.BodyPublishers.noBody()).build();

        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(http.sendAsync(retry, HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get().statusCode());
        }

        assertThat(statuses).as(statuses.toString()).containsOnly(202, 409).containsOnlyOnce(202);
        awaitFinished(failed);
    }

    @Test
    void onlyACompletedCallIsAnsweredAgainAndAFailedAnswerChangesNothing() throws Exception {
        List<CallRecord> steps = Calls.steps("+972545551234");
        store.save(steps.get(0));
        long received = idOf(steps.get(0).recordingSid());
        assertThat(post("/callpipeline/api/calls/" + received + "/reanswer").statusCode()).isEqualTo(409);
        assertThat(post("/callpipeline/api/calls/999999/reanswer").statusCode()).isEqualTo(404);

        long id = idOf(completedCall("+972545551234"));
        TWILIO.stubFor(WireMock.post("/v1/chat/completions").willReturn(WireMock.aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\",\"code\":null}}")));
        HttpResponse<String> failed = post("/callpipeline/api/calls/" + id + "/reanswer");

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(get("/callpipeline/api/calls/" + id).body()).contains("הלקוח מתעניין בדירה").contains("\"earlier\":[]");
    }

    @Test
    void csvFieldsAreQuotedAndNeverFormulas() {
        assertThat(CallsCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CallsCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CallsCsv.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CallsCsv.field("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(CallsCsv.field("+972545551234")).isEqualTo("+972545551234");
        assertThat(CallsCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void theRecordingDownloadsUnderANameAnAgentCanFindAgain() throws Exception {
        String sid = completedCall("+972545551234");
        TwilioMedia.serve(TWILIO, sid, AUDIO);

        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/callpipeline/api/calls/" + idOf(sid) + "/audio?download=true")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment").contains("call-2026-11-26-").contains("-972545551234.mp3"));
        assertThat(download.body()).isEqualTo(AUDIO);
    }

    @Test
    void aRangePastTheEndIs416WithTheLength() throws Exception {
        String sid = completedCall("+972545551234");
        TwilioMedia.serve(TWILIO, sid, AUDIO);
        long id = idOf(sid);

        HttpResponse<byte[]> pastTheEnd = audio(id, "bytes=5000-");
        assertThat(pastTheEnd.statusCode()).isEqualTo(416);
        assertThat(pastTheEnd.headers().firstValue("Content-Range")).contains("bytes */5000");
        HttpResponse<byte[]> lastNone = audio(id, "bytes=-0");
        assertThat(lastNone.statusCode()).as("the last zero bytes").isEqualTo(416);
        assertThat(lastNone.headers().firstValue("Content-Range")).contains("bytes */5000");
    }

    @Test
    void aStalledProviderStreamEndsAndListenersBeyondTheBoundAreToldToComeBack() throws Exception {
        String sid = completedCall("+972545551234");
        long id = idOf(sid);
        // Twilio sends its headers, then a chunk every 8 s: past the 2 s the stream may go without bytes
        TWILIO.stubFor(WireMock.get(TwilioMedia.path(sid)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withBody(AUDIO).withChunkedDribbleDelay(5, 40_000)));

        var first = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/callpipeline/api/calls/" + id + "/audio")).build(), HttpResponse.BodyHandlers.ofByteArray());
        var second = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/callpipeline/api/calls/" + id + "/audio")).build(), HttpResponse.BodyHandlers.ofByteArray());
        org.awaitility.Awaitility.await("both streams open at Twilio").atMost(java.time.Duration.ofSeconds(10))
                .until(() -> TWILIO.findAll(WireMock.getRequestedFor(WireMock.urlEqualTo(TwilioMedia.path(sid))))
                        .size() == 2);
        HttpResponse<byte[]> third = audio(id, null);

        assertThat(third.statusCode()).as("beyond the two streams allowed").isEqualTo(503);
        assertThat(third.headers().firstValue("Retry-After")).contains("1");
        long started = System.nanoTime();
        for (var stalled : List.of(first, second)) {
            // the length was promised with the headers, so a stream cut short ends the connection early
            try {
                assertThat(stalled.get(30, java.util.concurrent.TimeUnit.SECONDS).body().length)
                        .as("cut short, not waited out").isLessThan(AUDIO.length);
            } catch (java.util.concurrent.ExecutionException cutShort) {
                assertThat(cutShort.getCause()).isInstanceOf(java.io.IOException.class);
            }
        }
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("40 s of dribble, cut after 2 s of"
                + " silence").isLessThan(java.time.Duration.ofSeconds(20));
        TwilioMedia.serve(TWILIO, sid, AUDIO);
        assertThat(audio(id, null).statusCode()).as("the streams were given back").isEqualTo(200);
    }

    @Test
    void anUpstreamContentTypeThatIsNotAudioIsNotPassedOnAndNothingBreaks() throws Exception {
        String sid = completedCall("+972545551234");
        TWILIO.stubFor(WireMock.get(TwilioMedia.path(sid)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mp eg").withHeader("Content-Length", "5000").withBody(AUDIO)));

        HttpResponse<byte[]> answer = audio(idOf(sid), null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/octet-stream");
        assertThat(answer.body()).isEqualTo(AUDIO);
        assertThat(CallAudioController.audioType("text/html").toString()).isEqualTo("application/octet-stream");
        assertThat(CallAudioController.audioType("audio/x-wav").toString()).isEqualTo("audio/x-wav");
    }

    /** RFC 9110 §14.1.1, §14.2: an invalid range-spec or an unknown unit is ignored, and the whole audio sent. */
    @ParameterizedTest
    @ValueSource(strings = {"bytes=99-10", "pages=1-2", "bytes=abc", "bytes=", "items=0-10"})
    void aRangeThatCannotBeUnderstoodIsIgnored(String range) throws Exception {
        String sid = completedCall("+972545551234");
        TwilioMedia.serve(TWILIO, sid, AUDIO);

        HttpResponse<byte[]> answer = audio(idOf(sid), range);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Range")).isEmpty();
        assertThat(answer.body()).isEqualTo(AUDIO);
    }

    @Test
    void audioOfAnUnknownCallIs404() throws Exception {
        HttpResponse<byte[]> response = audio(999999, null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("No call with id 999999");
        TWILIO.verify(0, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    @Test
    void audioTwilioDoesNotHaveIs404() throws Exception {
        String sid = completedCall("+972545551234");
        TWILIO.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(TwilioMedia.path(sid))
                .willReturn(aResponse().withStatus(404)));

        assertThat(audio(idOf(sid), null).statusCode()).isEqualTo(404);
    }
}
