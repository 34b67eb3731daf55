package io.callpipeline.demo.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.callpipeline.spring.testing.StubbedProviders.ACCOUNT_SID;
import static io.callpipeline.spring.testing.StubbedProviders.API_KEY;
import static io.callpipeline.spring.testing.StubbedProviders.AUTH_TOKEN;
import static io.callpipeline.spring.testing.StubbedProviders.CHAT;
import static io.callpipeline.spring.testing.StubbedProviders.TRANSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The promise "no call is ever lost, none is paid twice, no file is left" tried the way an operator
 * meets it: the demo CRM in real mode, in a JVM of its own, on a PostgreSQL of the test's own, with
 * Twilio and OpenAI answered by WireMock through the real SDKs. Providers fail in every way the
 * stubs can (429 with {@code Retry-After}, 5xx, hangs, malformed answers, unreadable and empty
 * audio); the database is stopped mid-processing and started again; the app is killed with
 * {@code kill -9} mid-transcription and restarted; and 20 calls finish while the app is down.
 *
 * <p>After each: every accepted call is final, each successful recording was transcribed and
 * answered exactly once (counted on the stub's answers that a provider would bill), and no file is
 * left in the work directory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionSuiteTest {

    private static final StubbedProviders PROVIDERS = new StubbedProviders();
    private static final String PAID = "paid";
    private static final Duration OPENAI_TIMEOUT = Duration.ofSeconds(3);
    private static final String LOGIN = "Basic " + Base64.getEncoder()
            .encodeToString(("agent:" + FaultInjectionSuiteTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
    /** Real mode refuses the documented password. */
    private static final String PASSWORD = "fault-suite-not-the-demo-default";

    private static OwnPostgres postgres;
    private static AppProcess app;
    private static Path workDirectory;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Integer> TAGS = new HashMap<>();
    private static final Map<String, String> CALLS = new HashMap<>();
    private static final Report REPORT = new Report();

    @BeforeAll
    static void start() throws Exception {
        PROVIDERS.start();
        postgres = OwnPostgres.start();
        Path target = Path.of("target", "fault-suite");
        Files.createDirectories(target);
        workDirectory = Files.createTempDirectory(target.toAbsolutePath(), "work-");
        List<String> arguments = List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=postgres",
                "--callpipeline.twilio.account-sid=" + ACCOUNT_SID, "--callpipeline.twilio.auth-token=" + AUTH_TOKEN,
                "--callpipeline.twilio.base-url=" + PROVIDERS.baseUrl(),
                "--callpipeline.twilio.media-not-found-delay=100ms",
                "--callpipeline.openai.api-key=" + API_KEY, "--callpipeline.openai.base-url=" + PROVIDERS.baseUrl() + "/v1",
                "--callpipeline.openai.max-retries=0", "--callpipeline.openai.timeout=" + OPENAI_TIMEOUT.toSeconds() + "s",
                "--callpipeline.processing.work-directory=" + workDirectory,
                "--callpipeline.processing.heartbeat-interval=1s", "--callpipeline.processing.polling-interval=250ms",
                "--callpipeline.processing.initial-backoff=300ms", "--callpipeline.processing.max-backoff=4s",
                "--callpipeline.processing.max-attempts=10", "--callpipeline.processing.shutdown-max-wait=1s",
                "--callpipeline.reconciliation.interval=2s", "--demo.password=" + PASSWORD,
                // the stand-ins' calls are to this number: the demo's own, so reconciliation takes them
                "--callpipeline.routing.agencies.tlv.numbers=+97235551234");
        app = new AppProcess(OwnPostgres.freePort(), arguments, target.resolve("app.log").toAbsolutePath()).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
        PROVIDERS.stop();
        System.out.println(REPORT);
    }

    @Test
    @Order(1)
    void providerFaultsEndEveryCallAndPayForNothingTwice() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(call(null), "COMPLETED");
        expected.put(call(twilioRecording(429, "2")), "COMPLETED");
        expected.put(call(twilioRecording(503, null)), "COMPLETED");
        expected.put(call(sid -> twilioOnce(sid, aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\": "))), "COMPLETED");
        expected.put(call(sid -> media(sid, "text/html", "<html><body>Bad Gateway</body></html>".getBytes())), "FAILED");
        expected.put(call(sid -> media(sid, "audio/x-wav", new byte[0])), "FAILED");
        expected.put(call(sid -> media(sid, "audio/x-wav", randomBytes(30_000))), "FAILED");
        expected.put(call(openAiOnce(TRANSCRIPTIONS, rateLimited("2"))), "COMPLETED");
        expected.put(call(openAiOnce(TRANSCRIPTIONS, aResponse().withStatus(500).withBody("{}"))), "COMPLETED");
        expected.put(call(openAiOnce(TRANSCRIPTIONS, aResponse().withStatus(200)
                .withFixedDelay((int) OPENAI_TIMEOUT.toMillis() + 3_000))), "COMPLETED");
        expected.put(call(openAiOnce(CHAT, rateLimited("1"))), "COMPLETED");
        expected.put(call(openAiOnce(CHAT, aResponse().withStatus(503).withBody("{}"))), "COMPLETED");
        expected.put(call(openAiOnce(CHAT, aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>proxy error</html>"))), "COMPLETED");
        expected.put(call(sid -> PROVIDERS.server().stubFor(post(TRANSCRIPTIONS).withRequestBody(containing(sid))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"bad key\",\"type\":\"invalid_request_error\"}}")))), "FAILED");

        for (String sid : expected.keySet()) {
            assertThat(postCallback(sid).statusCode()).isEqualTo(200);
            REPORT.accepted++;
        }
        REPORT.inputs += expected.size();
        REPORT.faults += expected.size() - 1;

        awaitFinal(expected.keySet(), Duration.ofSeconds(120));
        expected.forEach((sid, stage) -> assertThat(stage(sid)).as(sid).contains(stage));
        assertPaidOnce(expected.entrySet().stream().filter(e -> e.getValue().equals("COMPLETED")).map(Map.Entry::getKey)
                .toList());
        List<String> failedBeforeTranscription = new ArrayList<>(expected.keySet()).subList(4, 7);
        failedBeforeTranscription.forEach(sid -> assertThat(paid(TRANSCRIPTIONS, sid)).as("unreadable " + sid).isZero());
        assertRetryWaitedAtLeast(new ArrayList<>(expected.keySet()).get(1), Duration.ofSeconds(2));
        assertNoFileLeft();
    }

    @Test
    @Order(2)
    void aDatabaseOutageLosesNothingAndAnswersTwilioInTime() throws Exception {
        List<String> inFlight = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String sid = call(s -> PROVIDERS.server().stubFor(post(TRANSCRIPTIONS).withRequestBody(containing(s))
                    .withName(PAID).atPriority(1).willReturn(transcription(s).withFixedDelay(2_000))));
            inFlight.add(sid);
            assertThat(postCallback(sid).statusCode()).isEqualTo(200);
            REPORT.accepted++;
        }
        awaitRequests(TRANSCRIPTIONS, inFlight, Duration.ofSeconds(20));

        postgres.stopServer();
        REPORT.faults++;
        List<String> duringOutage = List.of(call(null), call(null));
        // what the outage is answered with is asserted once the database is back, so a miss never leaves it down
        List<Integer> outageStatuses = new ArrayList<>();
        List<Duration> outageTimes = new ArrayList<>();
        for (String sid : duringOutage) {
            Instant sent = Instant.now();
            HttpResponse<String> answer = postCallback(sid);
            Duration took = Duration.between(sent, Instant.now());
            REPORT.outageAnswers.add(answer.statusCode() + " in " + took.toMillis() + " ms");
            outageStatuses.add(answer.statusCode());
            outageTimes.add(took);
        }
        Instant asked = Instant.now();
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(app.url("/actuator/health/callPipeline")))
                .header("Authorization", LOGIN).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        Duration healthTook = Duration.between(asked, Instant.now());
        REPORT.healthDuringOutage = health.statusCode() + " in " + healthTook.toMillis() + " ms";
        outageStatuses.add(health.statusCode());
        outageTimes.add(healthTook);
        // the whole of it, Spring Boot's own db component included, as a load balancer asks
        Instant askedAll = Instant.now();
        HttpResponse<String> whole = HTTP.send(HttpRequest.newBuilder(URI.create(app.url("/actuator/health")))
                .header("Authorization", LOGIN).timeout(Duration.ofSeconds(40)).build(), HttpResponse.BodyHandlers.ofString());
        Duration wholeTook = Duration.between(askedAll, Instant.now());
        REPORT.healthDuringOutage += "; the whole /actuator/health " + whole.statusCode() + " in " + wholeTook.toMillis()
                + " ms";
        outageStatuses.add(whole.statusCode());
        outageTimes.add(wholeTook);
        Thread.sleep(3_000); // the transcriptions come back while the database is still down

        postgres.startServer();
        assertThat(outageStatuses).as("two callbacks, the pipeline's health and the whole health, during the outage")
                .containsOnly(503);
        assertThat(outageTimes).allSatisfy(took -> assertThat(took).isLessThan(Duration.ofSeconds(5)));
        // Twilio retries as the connection overrides ask (3 tries within 15 s); what it gives up on is
        // in its list of recordings, where reconciliation finds it
        PROVIDERS.recordingList(duringOutage.stream().map(sid -> new String[] {sid, CALLS.get(sid), "completed"})
                .toList());
        for (String sid : duringOutage) {
            if (postCallbackLikeTwilio(sid) == 200) {
                REPORT.accepted++;
            } else {
                REPORT.foundByReconciliation++;
            }
        }
        List<String> all = Stream.concat(inFlight.stream(), duringOutage.stream()).toList();
        REPORT.inputs += all.size();
        awaitFinal(all, Duration.ofSeconds(120));
        all.forEach(sid -> assertThat(stage(sid)).as(sid).contains("COMPLETED"));
        assertPaidOnce(all);
        assertNoFileLeft();
    }

    @Test
    @Order(3)
    void killDashNineMidTranscriptionLeavesNoAudioAndTheCallCompletes() throws Exception {
        String sid = call(s -> PROVIDERS.server().stubFor(post(TRANSCRIPTIONS).withRequestBody(containing(s))
                .inScenario("kill").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("killed").atPriority(1)
                .withName(PAID).willReturn(transcription(s).withFixedDelay(2_500))));
        assertThat(postCallback(sid).statusCode()).isEqualTo(200);
        REPORT.inputs++;
        REPORT.accepted++;
        awaitRequests(TRANSCRIPTIONS, List.of(sid), Duration.ofSeconds(20));
        assertThat(filesLeft()).as("the run's audio is on disk while it is transcribed").isNotEmpty();

        app.kill();
        REPORT.faults++;
        app.start();

        awaitFinal(List.of(sid), Duration.ofSeconds(90));
        assertThat(stage(sid)).contains("COMPLETED");
        // the transcription in flight when the process died was answered to no one: a provider bills it,
        // and nothing can keep a result that never reached us, so it is the one request paid twice
        assertThat(paid(TRANSCRIPTIONS, sid)).isEqualTo(2);
        assertThat(paid(CHAT, sid)).isEqualTo(1);
        REPORT.paidTwiceInFlightAtKill++;
        assertNoFileLeft();
    }

    @Test
    @Order(4)
    void callsThatEndWhileTheAppIsDownAreFoundByReconciliation() throws Exception {
        app.stop();
        REPORT.faults++;
        List<String[]> listed = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String callSid = sid("CA");
            String sid = call(null, callSid);
            missed.add(sid);
            listed.add(new String[] {sid, callSid, "completed"});
        }
        PROVIDERS.recordingList(listed);
        REPORT.inputs += missed.size();

        app.start();

        awaitFinal(missed, Duration.ofSeconds(120));
        REPORT.foundByReconciliation += missed.size();
        for (String sid : missed) {
            assertThat(stage(sid)).as(sid).contains("COMPLETED");
            assertThat(column(sid, "origin")).contains("RECONCILIATION");
        }
        assertPaidOnce(missed);
        assertNoFileLeft();
    }

    // ---- calls and their faults

    /** A recording Twilio knows, with its own transcript, and the fault {@code arrange} sets up for it. */
    private static String call(java.util.function.Consumer<String> arrange) {
        return call(arrange, sid("CA"));
    }

    private static String call(java.util.function.Consumer<String> arrange, String callSid) {
        String sid = sid("RE");
        int tag = 9_300_000 + TAGS.size();
        TAGS.put(sid, tag);
        CALLS.put(sid, callSid);
        PROVIDERS.recording(sid, callSid);
        PROVIDERS.server().stubFor(post(TRANSCRIPTIONS).withRequestBody(containing(sid)).withName(PAID)
                .willReturn(transcription(sid)));
        PROVIDERS.server().stubFor(post(CHAT).withRequestBody(containing(String.valueOf(tag))).withName(PAID)
                .willReturn(okJson(StubbedProviders.chatCompletion())));
        if (arrange != null) {
            arrange.accept(sid);
        }
        return sid;
    }

    private static ResponseDefinitionBuilder transcription(String sid) {
        String text = "שלום, אני מתקשר לגבי הדירה ברמת גן, מספר לקוח " + TAGS.get(sid) + ". אפשר לחזור אליי?";
        return okJson("""
            {"task":"transcribe","language":"hebrew","duration":3.2,"text":"%1$s",
             "segments":[{"id":0,"seek":0,"start":0.0,"end":3.2,"text":"%1$s","tokens":[50364],"temperature":0.0,
               "avg_logprob":-0.21,"compression_ratio":1.1,"no_speech_prob":0.01}]}
            """.formatted(text));
    }

    private static java.util.function.Consumer<String> twilioRecording(int status, String retryAfter) {
        return sid -> {
            ResponseDefinitionBuilder answer = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":" + status + "}");
            if (retryAfter != null) {
                answer.withHeader("Retry-After", retryAfter);
            }
            twilioOnce(sid, answer);
        };
    }

    /** The recording's metadata fails once with {@code answer}, then Twilio answers normally. */
    private static void twilioOnce(String sid, ResponseDefinitionBuilder answer) {
        PROVIDERS.server().stubFor(get(urlEqualTo(StubbedProviders.recordingPath(sid))).inScenario("twilio-" + sid)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered").atPriority(1).willReturn(answer));
    }

    private static java.util.function.Consumer<String> openAiOnce(String path, ResponseDefinitionBuilder answer) {
        return sid -> {
            MappingBuilder once = post(path).inScenario("openai-" + sid).whenScenarioStateIs(Scenario.STARTED)
                    .willSetStateTo("recovered").atPriority(1).willReturn(answer);
            PROVIDERS.server().stubFor(path.equals(CHAT) ? once.withRequestBody(containing(String.valueOf(TAGS.get(sid))))
                    : once.withRequestBody(containing(sid)));
        };
    }

    private static ResponseDefinitionBuilder rateLimited(String retryAfter) {
        return aResponse().withStatus(429).withHeader("Retry-After", retryAfter)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
    }

    private static void media(String sid, String type, byte[] body) {
        PROVIDERS.server().stubFor(get(urlEqualTo(StubbedProviders.wavPath(sid))).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", type).withBody(body)));
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private static HttpResponse<String> postCallback(String sid) throws Exception {
        Map<String, String> form = StubbedProviders.callback(sid, callSidOf(sid));
        HttpRequest request = HttpRequest.newBuilder(TwilioSignatures.signedPost(AUTH_TOKEN,
                app.url("/webhook/handle_recording"), form), (n, v) -> true).timeout(Duration.ofSeconds(20)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Twilio with {@code rc=2}: up to three tries, the last one at most 15 s after the first. */
    private static int postCallbackLikeTwilio(String sid) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(15);
        int status = 0;
        for (int attempt = 0; attempt < 3 && Instant.now().isBefore(giveUp); attempt++) {
            status = postCallback(sid).statusCode();
            if (status == 200) {
                break;
            }
        }
        return status;
    }

    private static String callSidOf(String recordingSid) {
        return CALLS.get(recordingSid);
    }

    // ---- what happened

    private static void awaitFinal(Iterable<String> sids, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        List<String> open = new ArrayList<>();
        sids.forEach(open::add);
        while (Instant.now().isBefore(deadline)) {
            open.removeIf(sid -> stage(sid).filter(s -> List.of("COMPLETED", "GIBBERISH", "REJECTED", "FAILED")
                    .contains(s)).isPresent());
            if (open.isEmpty()) {
                return;
            }
            Thread.sleep(250);
        }
        REPORT.lost += open.size();
        throw new AssertionError("Not final after " + within + ": " + open.stream()
                .map(sid -> sid + "=" + stage(sid).orElse("absent")).toList());
    }

    private static Optional<String> stage(String sid) {
        return column(sid, "stage");
    }

    private static Optional<String> column(String sid, String column) {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
             var query = db.prepareStatement("select " + column + " from callpipeline_call_log where recording_sid = ?")) {
            query.setString(1, sid);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException databaseDown) {
            return Optional.empty();
        }
    }

    /** Requests a provider would bill: answered by the success stubs, in time for the client to read them. */
    private static long paid(String path, String sid) {
        String needle = path.equals(CHAT) ? String.valueOf(TAGS.get(sid)) : sid;
        return PROVIDERS.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(path))
                .filter(e -> e.getStubMapping() != null && PAID.equals(e.getStubMapping().getName()))
                .filter(e -> e.getRequest().getBodyAsString().contains(needle))
                .count();
    }

    private static void assertPaidOnce(List<String> sids) {
        for (String sid : sids) {
            long transcriptions = paid(TRANSCRIPTIONS, sid);
            long chats = paid(CHAT, sid);
            if (transcriptions > 1 || chats > 1) {
                REPORT.paidTwice++;
            }
            assertThat(transcriptions).as("transcriptions of " + sid).isEqualTo(1);
            assertThat(chats).as("chat completions of " + sid).isEqualTo(1);
        }
    }

    private static void awaitRequests(String path, List<String> sids, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        Predicate<String> seen = sid -> PROVIDERS.server().getAllServeEvents().stream()
                .anyMatch(e -> e.getRequest().getUrl().equals(path) && e.getRequest().getBodyAsString().contains(sid));
        while (!sids.stream().allMatch(seen) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(sids).allMatch(seen);
    }

    private static void assertRetryWaitedAtLeast(String sid, Duration wait) {
        List<Instant> fetched = PROVIDERS.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(StubbedProviders.recordingPath(sid)))
                .map(ServeEvent::getRequest).map(r -> r.getLoggedDate().toInstant()).sorted().toList();
        assertThat(fetched).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Duration.between(fetched.get(0), fetched.get(1))).as("Twilio's Retry-After honoured")
                .isGreaterThanOrEqualTo(wait);
    }

    private static List<Path> filesLeft() throws Exception {
        try (Stream<Path> files = Files.walk(workDirectory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static void assertNoFileLeft() throws Exception {
        List<Path> left = filesLeft();
        REPORT.filesLeft = left.size();
        assertThat(left).as("files left in the work directory").isEmpty();
    }

    /** The suite's counts, printed at the end for the closing note. */
    private static final class Report {
        int inputs;
        int faults;
        int accepted;
        int lost;
        int paidTwice;
        int paidTwiceInFlightAtKill;
        int foundByReconciliation;
        int filesLeft;
        final List<String> outageAnswers = new ArrayList<>();
        String healthDuringOutage = "not asked";

        @Override
        public String toString() {
            return "Fault suite: " + inputs + " calls, " + faults + " faults, " + accepted + " accepted by the webhook, "
                    + foundByReconciliation + " found by reconciliation (no callback, or Twilio gave up), " + lost
                    + " lost, " + paidTwice + " paid twice (+ " + paidTwiceInFlightAtKill + " in flight at kill -9), " + filesLeft + " files left; webhook during the database"
                    + " outage: " + outageAnswers + "; health during the outage: " + healthDuringOutage;
        }
    }
}
