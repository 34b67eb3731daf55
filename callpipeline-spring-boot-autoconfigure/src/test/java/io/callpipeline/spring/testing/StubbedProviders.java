package io.callpipeline.spring.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One WireMock server standing in for Twilio's REST API and OpenAI, answering with the documented
 * shapes (see shared/reference): recordings and calls of our account, MP3 media, a Hebrew verbose
 * transcription and a structured chat completion.
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
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (java.time.Instant.now().isBefore(deadline)) {
            io.callpipeline.core.call.CallRecord record = store.find(recordingSid).orElse(null);
            if (record != null && record.stage().isTerminal()) {
                return record;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Recording " + recordingSid + " did not end: " + store.find(recordingSid));
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
        Map<String, String> form = new HashMap<>();
        form.put("AccountSid", ACCOUNT_SID);
        form.put("CallSid", callSid);
        form.put("RecordingSid", recordingSid);
        form.put("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid);
        form.put("RecordingStatus", "completed");
        form.put("RecordingDuration", "4");
        form.put("RecordingChannels", "1");
        form.put("RecordingSource", "RecordVerb");
        return form;
    }

    public static String recordingPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid + ".json";
    }

    public static String mediaPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings/" + recordingSid + ".mp3";
    }

    /** Makes Twilio know {@code recordingSid} as a completed recording of {@code callSid}. */
    public void recording(String recordingSid, String callSid) {
        server.stubFor(get(recordingPath(recordingSid)).willReturn(okJson("""
            {"account_sid":"%1$s","api_version":"2010-04-01","call_sid":"%2$s","conference_sid":null,
             "channels":1,"date_created":"Fri, 14 Oct 2016 21:56:34 +0000","date_updated":"Fri, 14 Oct 2016 21:56:38 +0000",
             "start_time":"Fri, 14 Oct 2016 21:56:34 +0000","price":"-0.00250","price_unit":"USD","duration":"4",
             "sid":"%3$s","source":"RecordVerb","status":"completed","error_code":null,"encryption_details":null,
             "uri":"/2010-04-01/Accounts/%1$s/Recordings/%3$s.json","subresource_uris":{},
             "media_url":"https://api.twilio.com/2010-04-01/Accounts/%1$s/Recordings/%3$s"}
            """.formatted(ACCOUNT_SID, callSid, recordingSid))));
        server.stubFor(get("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls/" + callSid + ".json").willReturn(okJson("""
            {"sid":"%2$s","account_sid":"%1$s","from":"+972541234567","to":"+97235551234","direction":"inbound",
             "status":"completed","start_time":"Fri, 14 Oct 2016 21:56:31 +0000","duration":"14",
             "uri":"/2010-04-01/Accounts/%1$s/Calls/%2$s.json"}
            """.formatted(ACCOUNT_SID, callSid))));
        server.stubFor(get(mediaPath(recordingSid)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withBody(mp3(40))));
    }

    /** The recordings list page Twilio answers for {@code GET …/Recordings.json}, as a reconciliation reads it. */
    public void recordingList(List<String[]> sidCallStatus) {
        String items = sidCallStatus.stream().map(r -> """
            {"account_sid":"%1$s","api_version":"2010-04-01","call_sid":"%3$s","conference_sid":null,"channels":1,
             "date_created":"Fri, 27 Nov 2026 09:56:34 +0000","date_updated":"Fri, 27 Nov 2026 09:56:38 +0000",
             "start_time":"Fri, 27 Nov 2026 09:56:34 +0000","price":null,"price_unit":"USD","duration":"4",
             "sid":"%2$s","source":"RecordVerb","status":"%4$s","error_code":null,"encryption_details":null,
             "uri":"/2010-04-01/Accounts/%1$s/Recordings/%2$s.json","subresource_uris":{},
             "media_url":"https://api.twilio.com/2010-04-01/Accounts/%1$s/Recordings/%2$s"}
            """.formatted(ACCOUNT_SID, r[0], r[1], r[2])).collect(java.util.stream.Collectors.joining(","));
        String path = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Recordings.json";
        server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("""
            {"recordings":[%2$s],"start":0,"end":%3$d,"page":0,"page_size":200,
             "uri":"%1$s?PageSize=200&Page=0","first_page_uri":"%1$s?PageSize=200&Page=0",
             "next_page_uri":null,"previous_page_uri":null}
            """.formatted(path, items, Math.max(0, sidCallStatus.size() - 1)))));
    }

    private void stubDefaults() {
        // Twilio's own 404 for a recording it does not have (what an unknown SID meets)
        server.stubFor(get(urlPathMatching("/2010-04-01/Accounts/.*/Recordings/RE[^/]*\\.json")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":20404,\"message\":\"The requested resource was not found\","
                                + "\"more_info\":\"https://www.twilio.com/docs/errors/20404\",\"status\":404}")));
        recordingList(List.of());
        server.stubFor(post(TRANSCRIPTIONS).willReturn(okJson("""
            {"task":"transcribe","language":"hebrew","duration":3.2,"text":"%1$s",
             "segments":[{"id":0,"seek":0,"start":0.0,"end":3.2,"text":"%1$s","tokens":[50364],"temperature":0.0,
               "avg_logprob":-0.21,"compression_ratio":1.1,"no_speech_prob":0.01}]}
            """.formatted(TRANSCRIPT))));
        server.stubFor(post(CHAT).willReturn(okJson(chatCompletion())));
    }

    public static String chatCompletion() {
        String content = "{\\\"summary\\\":\\\"המתקשר מחפש דירה ברמת גן\\\",\\\"suggested_reply\\\":\\\"אחזור אליך היום\\\","
                + "\\\"intent\\\":\\\"קנייה\\\",\\\"lead_details\\\":{\\\"budget\\\":null,\\\"rooms\\\":null,"
                + "\\\"area\\\":\\\"רמת גן\\\",\\\"property_type\\\":\\\"דירה\\\",\\\"timeframe\\\":null},"
                + "\\\"follow_up_needed\\\":true}";
        return """
            {"id":"chatcmpl-1","object":"chat.completion","created":1732600000,"model":"gpt-4o-mini-2024-07-18",
             "choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":120,"completion_tokens":80,"total_tokens":200}}
            """.formatted(content);
    }

    /** MPEG-2.5 layer III frames with silent payloads: valid MP3 without an encoder. */
    public static byte[] mp3(int frames) {
        byte[] audio = new byte[frames * 288];
        for (int i = 0; i < frames; i++) {
            audio[i * 288] = (byte) 0xFF;
            audio[i * 288 + 1] = (byte) 0xE3;
            audio[i * 288 + 2] = (byte) 0x48;
            audio[i * 288 + 3] = (byte) 0xC0;
        }
        return audio;
    }
}
