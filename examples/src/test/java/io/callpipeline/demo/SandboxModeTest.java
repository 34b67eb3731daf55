package io.callpipeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.call.Origin;
import io.callpipeline.crm.access.AuthorityCallAccess;
import io.callpipeline.crm.call.CallHistory;
import io.callpipeline.crm.call.CallLog;
import io.callpipeline.crm.call.CallStatus;
import io.callpipeline.crm.testing.Calls;
import io.callpipeline.demo.selfcheck.Check;
import io.callpipeline.demo.selfcheck.SelfCheck;
import io.callpipeline.spring.autoconfigure.CallPipelineProperties;
import io.callpipeline.spring.processing.RecordingReconciliation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo with no credentials at all: sandbox mode is on, and a simulated call, posted signed to
 * the app's own webhook, goes all the way to completed through the real pipeline.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:sandbox-test;DB_CLOSE_DELAY=-1")
class SandboxModeTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoProperties demo;

    @Autowired
    CallPipelineProperties pipeline;

    @Autowired
    CallHistory calls;

    @Autowired
    SelfCheck selfCheck;

    @Autowired
    io.callpipeline.core.store.TranscriptStore store;

    @Autowired
    RecordingReconciliation reconciliation;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String basic = "Basic " + Base64.getEncoder().encodeToString("agent:calls-demo".getBytes(StandardCharsets.UTF_8));

    private HttpResponse<String> simulate(String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sandbox/calls"))
                .header("Authorization", basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String recordingSidOf(String json) {
        Matcher m = Pattern.compile("\"recordingSid\":\"(RE[0-9a-f]{32})\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    @Test
    void withoutCredentialsTheSandboxStandsInForTwilioAndOpenAi() {
        assertThat(demo.sandbox().enabled()).isTrue();
        assertThat(pipeline.twilio().baseUrl().toString()).startsWith("http://127.0.0.1:");
        assertThat(pipeline.openai().baseUrl()).startsWith("http://127.0.0.1:").endsWith("/v1");
    }

    @Test
    void simulatedCallIsCompletedThroughTheRealPipeline() throws Exception {
        HttpResponse<String> answer = simulate("from=054-555-1234");

        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(answer.body()).contains("\"webhookStatus\":200").contains("\"from\":\"+972545551234\"");
        CallLog call = Calls.awaitFinished(calls, recordingSidOf(answer.body()));
        assertThat(call.getStatus()).isEqualTo(CallStatus.COMPLETED);
        assertThat(call.getTranscript().getText()).startsWith("שלום, אני מתקשר לגבי הדירה ברמת גן.");
        assertThat(call.getTranscript().getSuggestedReply()).contains("רמת גן");
        assertThat(call.getCustomer().getPhone()).isEqualTo("+972545551234");

        // the checks run as the agent would open the page: the last call they are shown is their agency's
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("agent", "",
                AuthorityCallAccess.agency("tlv")));
        List<Check> checks;
        try {
            checks = selfCheck.run("http://localhost:" + port);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(checks).as("every check passes in the sandbox once a call was processed")
                .allSatisfy(check -> assertThat(check.status()).as(check.name() + ": " + check.reason())
                        .isEqualTo(Check.Status.PASSED));
    }

    @Test
    void reconciliationListsTheSandboxsRecordingsAndFindsNothingMissing() throws Exception {
        String simulated = recordingSidOf(simulate("from=054-555-7777").body());
        Calls.awaitFinished(calls, simulated);

        RecordingReconciliation.Watermark mark = reconciliation.run(null);

        assertThat(mark.listedUntil()).isNotNull();
        assertThat(calls.findByRecordingSid(simulated).orElseThrow().getOrigin()).isEqualTo(Origin.CALLBACK);
    }

    @Test
    void silentSimulatedCallIsGibberish() throws Exception {
        HttpResponse<String> answer = simulate("from=Anonymous&silent=true");

        CallLog call = Calls.awaitFinished(calls, recordingSidOf(answer.body()));
        assertThat(call.getStatus()).isEqualTo(CallStatus.GIBBERISH);
        assertThat(call.getCustomer()).as("withheld: unassigned").isNull();
    }

    @Test
    void pagesNeedTheLoginButTheWebhookDoesNot() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/customers"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> webhook = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/webhook/handle_recording"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("RecordingSid=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(webhook.statusCode()).as("reaches the webhook (no login, no CSRF), which wants its data").isEqualTo(400);
        assertThat(simulate("from=not-a-number").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCallsScreenPagesThroughAllCalls() throws Exception {
        for (int i = 0; i < 26; i++) {
            Calls.steps("+972545550000").forEach(store::save);
        }

        String first = page("/calls").body();
        assertThat(first).contains("aria-label=\"עמודי השיחות\"").contains("page=1").doesNotContain("page=-1");
        String second = page("/calls?page=1").body();
        assertThat(second).contains("data-status=\"completed\"").contains("page=0");
    }

    @Test
    void theCallsScreenFindsCallsByWhatWasSaidAndOffersToPlayFromThere() throws Exception {
        CallLog call = Calls.awaitFinished(calls, recordingSidOf(simulate("from=054-555-4321").body()));

        String found = page("/calls?q=" + java.net.URLEncoder.encode("תקציב", StandardCharsets.UTF_8)).body();
        assertThat(found).contains("data-audio=\"/callpipeline/api/calls/" + call.getId() + "/audio\"")
                .contains("data-start=\"3.4\"").contains("השמעה מ-").contains("search-player");
        String none = page("/calls?q=" + java.net.URLEncoder.encode("פנטהאוז בחיפה", StandardCharsets.UTF_8)).body();
        assertThat(none).contains("אין שיחות להצגה");
        assertThat(page("/calls?q=x&from=2026-13-01").statusCode()).isEqualTo(400);
        long customerId = call.getCustomer().getId();
        String mine = page("/calls?customerId=" + customerId + "&q=" + java.net.URLEncoder.encode("תקציב",
                StandardCharsets.UTF_8)).body();
        assertThat(mine).contains("/callpipeline/api/calls/" + call.getId() + "/audio").contains("בשיחות של");
        assertThat(page("/calls?customerId=999999&q=" + java.net.URLEncoder.encode("תקציב", StandardCharsets.UTF_8))
                .body()).contains("אין שיחות להצגה");
        assertThat(page("/customers/" + customerId).body()).contains("חיפוש בשיחות הלקוח");
    }

    @Test
    void everyPageRendersInHebrewWithTheSandboxBanner() throws Exception {
        CallLog call = Calls.awaitFinished(calls, recordingSidOf(simulate("from=Restricted").body()));

        HttpResponse<String> calls = page("/calls?unassigned=true");
        assertThat(calls.statusCode()).isEqualTo(200);
        assertThat(calls.body()).contains("dir=\"rtl\"").contains("מצב ארגז חול").contains("<h1>שיחות</h1>")
                .contains("/calls/" + call.getId() + "/assign").contains("מספר חסוי");
        assertThat(page("/customers?q=054").body()).contains("<h1>לקוחות</h1>").contains("סימולציית שיחה נכנסת");
        assertThat(page("/customers/new").body()).contains("לקוח חדש").contains("name=\"_csrf\"");
        HttpResponse<String> selfCheck = page("/selfcheck");
        assertThat(selfCheck.body()).contains("בדיקות מערכת").contains("ממופה ועונה ל-");
        assertThat(page("/customers/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void timeFromSimulatedCallbackToCompletedCall() throws Exception {
        long[] millis = new long[10];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            CallLog call = Calls.awaitFinished(calls, recordingSidOf(simulate("from=0549876543").body()));
            millis[i] = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(call.getStatus()).isEqualTo(CallStatus.COMPLETED);
        }
        java.util.Arrays.sort(millis);
        System.out.println("Sandbox: simulated callback to completed call, ms (sorted, 10 calls): "
                + java.util.Arrays.toString(millis));
    }
}
