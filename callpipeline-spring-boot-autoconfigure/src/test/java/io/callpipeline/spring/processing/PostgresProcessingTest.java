package io.callpipeline.spring.processing;

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

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.callpipeline.spring.testing.PostgresSchema;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Durability on a real PostgreSQL (the tests' own, database {@code test}), each test in a fresh
 * schema: two app instances sharing the queue, and an instance dying mid-transcription.
 */
class PostgresProcessingTest {

    private static final String PATH = "/webhook/handle_recording";
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"(RE[0-9a-f]{32})\\.wav\"");

    private final StubbedProviders providers = new StubbedProviders().start();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<ConfigurableApplicationContext> apps = new ArrayList<>();
    private PostgresSchema schema;
    private JdbcTemplate jdbc;

    @BeforeEach
    void freshSchema() throws Exception {
        schema = PostgresSchema.create("callpipeline_it");
        jdbc = new JdbcTemplate(schema.dataSource());
    }

    @AfterEach
    void cleanUp() throws Exception {
        apps.forEach(ConfigurableApplicationContext::close);
        providers.stop();
        schema.close();
    }

    private ConfigurableApplicationContext startApp(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + schema.url(),
                "--spring.datasource.username=postgres",
                "--callpipeline.twilio.account-sid=" + ACCOUNT_SID,
                "--callpipeline.twilio.auth-token=" + AUTH_TOKEN,
                "--callpipeline.twilio.base-url=" + providers.baseUrl(),
                "--callpipeline.openai.api-key=" + StubbedProviders.API_KEY,
                "--callpipeline.openai.base-url=" + providers.baseUrl() + "/v1",
                "--callpipeline.openai.max-retries=0",
                "--callpipeline.processing.polling-interval=200ms",
                "--callpipeline.processing.heartbeat-interval=500ms",
                "--callpipeline.processing.initial-backoff=200ms"));
        for (String setting : extra) { // a setting given here replaces the default above
            String key = setting.substring(0, setting.indexOf('=') + 1);
            args.removeIf(arg -> arg.startsWith(key));
            args.add(setting);
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(StarterTestApplication.class)
                .run(args.toArray(String[]::new));
        apps.add(app);
        return app;
    }

    private static String url(ConfigurableApplicationContext app) {
        return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + PATH;
    }

    private static String sid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    private int postCallback(String url, String recordingSid, String callSid) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", ACCOUNT_SID);
        form.put("CallSid", callSid);
        form.put("RecordingSid", recordingSid);
        form.put("RecordingStatus", "completed");
        HttpRequest request = TwilioSignatures.signedPost(AUTH_TOKEN, url, form);
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private void awaitCount(String sql, int expected, Duration timeout) throws InterruptedException {
        org.awaitility.Awaitility.await(sql).atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> count(sql), n -> n == expected);
    }

    @Test
    void twoInstancesShareTheQueueAndTranscribeEachRecordingOnce() throws Exception {
        // Heartbeats every 2 s (a job is dead after 12 s without one): at 0.5 s a burst of 128 runs on
        // 2 busy cores can leave a live job 3 s without a heartbeat, and a job revived while its first
        // run is mid-request is paid twice. That takeover is tested on its own below.
        ConfigurableApplicationContext first = startApp("--callpipeline.processing.heartbeat-interval=2s");
        ConfigurableApplicationContext second = startApp("--callpipeline.processing.heartbeat-interval=2s");
        Map<String, String> calls = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            String recordingSid = sid("RE");
            String callSid = sid("CA");
            calls.put(recordingSid, callSid);
            providers.recording(recordingSid, callSid);
        }
        List<String> recordings = new ArrayList<>(calls.keySet());
        List<String> deliveries = new ArrayList<>(recordings);
        deliveries.addAll(recordings.subList(0, 50));
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            String recordingSid = deliveries.get(i);
            String url = url(i % 2 == 0 ? first : second);
            answers.add(senders.submit(() -> postCallback(url, recordingSid, calls.get(recordingSid))));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
        }
        senders.shutdown();

        awaitCount("select count(*) from callpipeline_call_record where stage = 'COMPLETED'", 200, Duration.ofMinutes(3));

        assertThat(count("select count(*) from callpipeline_call_record")).isEqualTo(200);
        assertThat(count("select count(*) from callpipeline_scheduled_tasks where task_name = 'callpipeline-recording'")).as("nothing left pending").isZero();
        List<LoggedRequest> transcriptions = providers.server().findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        Map<String, Long> perRecording = transcriptions.stream()
                .map(r -> fileName(r.getBodyAsString()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perRecording).hasSize(200).allSatisfy((recording, times) -> assertThat(times).isEqualTo(1L));
        assertThat(perRecording.keySet()).containsExactlyInAnyOrderElementsOf(recordings);
        assertThat(providers.server().findAll(postRequestedFor(urlEqualTo(CHAT)))).hasSize(200);
        for (String recordingSid : recordings) {
            providers.server().verify(1, getRequestedFor(urlEqualTo(StubbedProviders.wavPath(recordingSid))));
        }
    }

    private static String fileName(String multipartBody) {
        Matcher m = FILE_NAME.matcher(multipartBody);
        return m.find() ? m.group(1) : "?";
    }

    @Test
    void aRecordingInterruptedByACrashCompletesExactlyOnceOnAnotherInstance() throws Exception {
        providers.server().stubFor(post(TRANSCRIPTIONS).inScenario("crash").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(verbose()).withFixedDelay(6_000)).willSetStateTo("after-crash"));
        providers.server().stubFor(post(TRANSCRIPTIONS).inScenario("crash").whenScenarioStateIs("after-crash")
                .willReturn(okJson(verbose())));
        String recordingSid = sid("RE");
        String callSid = sid("CA");
        providers.recording(recordingSid, callSid);
        ConfigurableApplicationContext doomed = startApp("--callpipeline.processing.shutdown-max-wait=0s");

        assertThat(postCallback(url(doomed), recordingSid, callSid)).isEqualTo(200);
        awaitTranscriptionRequests(1);
        doomed.close();
        apps.remove(doomed);
        startApp();

        awaitCount("select count(*) from callpipeline_call_record where stage = 'COMPLETED'", 1, Duration.ofSeconds(60));
        await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(count("select count(*) from callpipeline_call_record where stage = 'COMPLETED'")).isEqualTo(1);
            assertThat(count("select count(*) from callpipeline_scheduled_tasks where task_name = 'callpipeline-recording'"))
                    .isZero();
            assertThat(providers.server().findAll(postRequestedFor(urlEqualTo(CHAT)))).as("one response").hasSize(1);
        });
    }

    @Test
    void aRunRevivedWhileStillGoingStopsBeforeItsNextSaveAndTheCallIsAnsweredOnce() throws Exception {
        String takenOverText = "שלום, אני מחפש דירת ארבעה חדרים בגבעתיים. תחזרו אליי בבקשה.";
        providers.server().stubFor(post(TRANSCRIPTIONS).inScenario("revive").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(verbose()).withFixedDelay(4_000)).willSetStateTo("revived"));
        providers.server().stubFor(post(TRANSCRIPTIONS).inScenario("revive").whenScenarioStateIs("revived")
                .willReturn(okJson(verbose(takenOverText))));
        String recordingSid = sid("RE");
        String callSid = sid("CA");
        providers.recording(recordingSid, callSid);
        ConfigurableApplicationContext app = startApp();

        assertThat(postCallback(url(app), recordingSid, callSid)).isEqualTo(200);
        awaitTranscriptionRequests(1);
        // what db-scheduler does to a job whose heartbeats stopped: unpicked, due now, a new version
        assertThat(jdbc.update("update callpipeline_scheduled_tasks set picked = false, picked_by = null,"
                + " last_heartbeat = null, execution_time = now(), version = version + 1"
                + " where task_instance = ? and picked = true", recordingSid)).isEqualTo(1);

        awaitCount("select count(*) from callpipeline_call_record where stage = 'COMPLETED'", 1, Duration.ofSeconds(30));
        // the first run's transcription answers during these seconds, long after the takeover: nothing changes
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(providers.server().findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS)))).hasSize(2);
            assertThat(providers.server().findAll(postRequestedFor(urlEqualTo(CHAT)))).as("one response").hasSize(1);
        });
        assertThat(jdbc.queryForObject("select record_json from callpipeline_call_record where recording_sid = ?",
                String.class, recordingSid)).as("the taking-over run's record, not overwritten")
                .contains("בגבעתיים").doesNotContain("אני מתקשר לגבי");
        assertThat(count("select count(*) from callpipeline_call_record where stage = 'COMPLETED'")).isEqualTo(1);
        assertThat(count("select count(*) from callpipeline_scheduled_tasks where task_name = 'callpipeline-recording'"))
                .as("nothing left queued").isZero();
    }

    private void awaitTranscriptionRequests(int expected) throws InterruptedException {
        org.awaitility.Awaitility.await(expected + " transcription requests").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> providers.server().findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS))).size() >= expected);
    }

    private static String verbose() {
        return verbose(TRANSCRIPT);
    }

    private static String verbose(String text) {
        return """
            {"task":"transcribe","language":"hebrew","duration":3.2,"text":"%1$s",
             "segments":[{"id":0,"seek":0,"start":0.0,"end":3.2,"text":"%1$s","tokens":[50364],"temperature":0.0,
               "avg_logprob":-0.21,"compression_ratio":1.1,"no_speech_prob":0.01}]}
            """.formatted(text);
    }
}
