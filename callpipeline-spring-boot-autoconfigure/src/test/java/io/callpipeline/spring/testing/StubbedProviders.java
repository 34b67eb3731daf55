package io.callpipeline.spring.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.callpipeline.test.ProviderAnswers;
import io.callpipeline.test.ProviderStandIns;
import io.callpipeline.test.SignedCallback;
import io.callpipeline.test.TestAudio;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One WireMock server standing in for Twilio's REST API and OpenAI for this project's own tests,
 * with the answers of callpipeline-test ({@link ProviderAnswers}) and the fixed SIDs, transcript and
 * fault hooks those tests assert on.
 */
public final class StubbedProviders {

    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    public static final String AUTH_TOKEN = "test-auth-token-not-a-secret";
    public static final String API_KEY = "sk-test-key-not-a-secret";
    public static final String TRANSCRIPT = "שלום, אני מתקשר לגבי הדירה ברמת גן. אפשר לחזור אליי?";
    public static final String TRANSCRIPTIONS = "/v1/audio/transcriptions";
    public static final String CHAT = "/v1/chat/completions";

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public StubbedProviders start() {
        server.start();
        stubDefaults();
        return this;
    }

    public WireMockServer server() {
        return server;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** The starter's required settings, aimed at this stub (openai-java's own retries off, so counts are exact). */
    public void register(DynamicPropertyRegistry registry) {
        register(registry, baseUrl());
    }

    /** The same settings, aimed at any stub serving both Twilio's and OpenAI's paths. */
    public static void register(DynamicPropertyRegistry registry, String baseUrl) {
        registry.add("callpipeline.twilio.account-sid", () -> ACCOUNT_SID);
        registry.add("callpipeline.twilio.auth-token", () -> AUTH_TOKEN);
        registry.add("callpipeline.twilio.base-url", () -> baseUrl);
        registry.add("callpipeline.openai.api-key", () -> API_KEY);
        registry.add("callpipeline.openai.base-url", () -> baseUrl + "/v1");
        registry.add("callpipeline.openai.max-retries", () -> "0");
    }

    /**
     * A test app's settings: its own in-memory H2 named after the test, these stubs, and a queue
     * quick enough for tests (polled every 200 ms, a failed run retried after 200 ms).
     *
     * @param maxAttempts attempts in all before a call that keeps failing ends as failed
     */
    public void registerApp(DynamicPropertyRegistry registry, String name, int maxAttempts) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:" + name + "-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        register(registry);
        registry.add("callpipeline.processing.max-attempts", () -> String.valueOf(maxAttempts));
        registry.add("callpipeline.processing.initial-backoff", () -> "200ms");
        registry.add("callpipeline.processing.polling-interval", () -> "200ms");
    }

    /** Waits until the recording's call has ended, and returns its record. */
    public static io.callpipeline.core.call.CallRecord awaitEnd(io.callpipeline.core.store.TranscriptStore store,
            String recordingSid) throws InterruptedException {
        return org.awaitility.Awaitility.await("recording " + recordingSid + " to end")
                .atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> store.find(recordingSid).orElse(null),
                        record -> record != null && record.stage().isTerminal());
    }

    public void stop() {
        server.stop();
    }

    public void reset() {
        server.resetAll();
        stubDefaults();
    }

    /** A completed recording's status callback, with the parameters Twilio sends. */
    public static Map<String, String> callback(String recordingSid, String callSid) {
        return new HashMap<>(SignedCallback.completed(ACCOUNT_SID, recordingSid, callSid).form());
    }

    public static String recordingPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid + ".json";
    }

    /** The MP3 the player streams. */
    public static String mediaPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid + ".mp3";
    }

    /** The WAV the pipeline downloads. */
    public static String wavPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid + ".wav";
    }

    /** Makes Twilio know {@code recordingSid} as a completed recording of {@code callSid}, a call to our number. */
    public void recording(String recordingSid, String callSid) {
        recording(recordingSid, callSid, "+97235551234");
    }

    /** The same, of a call to {@code to}: which number was called says whose call it is. */
    public void recording(String recordingSid, String callSid, String to) {
        String date = "Fri, 14 Oct 2016 21:56:34 +0000";
        server.stubFor(get(recordingPath(recordingSid)).willReturn(okJson(
                ProviderAnswers.recording(ACCOUNT_SID, callSid, recordingSid, 4, date))));
        server.stubFor(get("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls/" + callSid + ".json").willReturn(okJson(
                ProviderAnswers.call(ACCOUNT_SID, callSid, "+972541234567", to, "inbound", 14, date))));
        server.stubFor(get(mediaPath(recordingSid)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withBody(mp3(40))));
        server.stubFor(get(wavPath(recordingSid)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/x-wav").withBody(TestAudio.speakingWav(4))));
    }

    /** The recordings list page Twilio answers for {@code GET …/Recordings.json}, as a reconciliation reads it. */
    public void recordingList(List<String[]> sidCallStatus) {
        List<String> items = sidCallStatus.stream().map(r -> ProviderAnswers.recording(ACCOUNT_SID, r[1], r[0], 4,
                "Fri, 27 Nov 2026 09:56:34 +0000", r[2], 1)).toList();
        server.stubFor(get(urlPathEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings.json"))
                .willReturn(okJson(ProviderAnswers.recordingList(ACCOUNT_SID, items))));
    }

    private void stubDefaults() {
        // Twilio's own 404 for a recording it does not have (what an unknown SID meets)
        server.stubFor(get(urlPathMatching("/2010-04-01/Accounts/.*/Recordings/RE[^/]*\\.json")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody(ProviderAnswers.notFound())));
        recordingList(List.of());
        server.stubFor(post(TRANSCRIPTIONS).willReturn(okJson(ProviderAnswers.transcription("hebrew",
                List.of(new ProviderAnswers.Segment(0.0, 3.2, TRANSCRIPT, -0.21, 0.01))))));
        server.stubFor(post(CHAT).willReturn(okJson(chatCompletion())));
    }

    public static String chatCompletion() {
        return ProviderAnswers.chatCompletion(new ProviderAnswers.Response("המתקשר מחפש דירה ברמת גן",
                "אחזור אליך היום", "קנייה", null, "רמת גן", "דירה", true));
    }

    /** Valid MP3 frames of silence (see {@link TestAudio#silentMp3}). */
    public static byte[] mp3(int frames) {
        return TestAudio.silentMp3(frames);
    }
}
