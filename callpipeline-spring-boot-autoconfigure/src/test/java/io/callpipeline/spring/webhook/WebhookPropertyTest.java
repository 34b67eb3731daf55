package io.callpipeline.spring.webhook;

import static io.callpipeline.spring.testing.StubbedProviders.ACCOUNT_SID;
import static io.callpipeline.spring.testing.StubbedProviders.AUTH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.callpipeline.core.call.CallRecord;
import io.callpipeline.core.store.TranscriptStore;
import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Generated, correctly signed callbacks of every shape (field lengths from 0 to 10,000, any
 * Unicode, repeated parameters, known and invented statuses): each answer is either a 4xx with
 * nothing stored, or a 200 whose record exists and reaches a final state. Never a 5xx, never a 200
 * that stores nothing. The seed is fixed, so a failure replays.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookPropertyTest {

    private static final int CALLBACKS = 1_000;
    private static final StubbedProviders PROVIDERS = new StubbedProviders().start();
    private static final String PATH = "/webhook/handle_recording";
    private static final List<String> FIELDS = List.of("RecordingUrl", "RecordingStatus", "RecordingSource",
            "RecordingDuration", "RecordingChannels", "RecordingStartTime", "ErrorCode", "RecordingTrack");
    private static final List<String> STATUSES = List.of("completed", "in-progress", "absent", "failed", "processing",
            "deleted", "recording_completed'--", "COMPLETED", "");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PROVIDERS.registerApp(registry, "property", 2);
        registry.add("callpipeline.processing.concurrency", () -> "8");
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
    private final Random random = new Random(20261127);

    @Test
    void everyAnswerIsARefusalWithNothingStoredOrAStoredCallThatEnds() throws Exception {
        PROVIDERS.reset();
        String url = "http://localhost:" + port + PATH;
        Set<String> accepted = new HashSet<>();
        Set<String> refused = new HashSet<>();
        int[] byClass = new int[6];
        for (int i = 0; i < CALLBACKS; i++) {
            String recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("AccountSid", ACCOUNT_SID);
            form.put("CallSid", random.nextInt(20) == 0 ? text(random.nextInt(40)) : "CA" + hex32());
            form.put("RecordingSid", random.nextInt(20) == 0 ? text(random.nextInt(40)) : recordingSid);
            for (String field : FIELDS) {
                if (random.nextBoolean()) {
                    form.put(field, random.nextInt(4) == 0 ? text(length()) : plausible(field));
                }
            }
            List<String[]> extra = new ArrayList<>();
            if (random.nextInt(5) == 0) {
                String name = random.nextBoolean() ? "RecordingSid" : FIELDS.get(random.nextInt(FIELDS.size()));
                extra.add(new String[] {name, text(random.nextInt(50))});
            }
            HttpResponse<String> answer = send(url, form, extra);
            int status = answer.statusCode();
            byClass[status / 100]++;
            assertThat(status).as("callback %d: %s", i, answer.body()).isIn(200, 400, 403, 413);
            if (status == 200) {
                accepted.add(form.get("RecordingSid"));
            } else if (form.get("RecordingSid").equals(recordingSid)) {
                refused.add(recordingSid);
            }
        }

        for (String sid : refused) {
            assertThat(store.find(sid)).as("refused %s stored nothing", sid).isEmpty();
        }
        List<String> open = new ArrayList<>(accepted);
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120))
                    .pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
                        open.removeIf(sid -> store.find(sid).map(CallRecord::stage).map(s -> s.isTerminal()).orElse(false));
                        return open.isEmpty();
                    });
        } catch (org.awaitility.core.ConditionTimeoutException stillOpen) {
            // each call still open is reported below with its own record
        }
        for (String sid : accepted) {
            CallRecord record = store.find(sid).orElse(null);
            assertThat(record).as("accepted %s is stored", sid).isNotNull();
            assertThat(record.failure() == null ? "" : record.failure().reasonCode() + " " + record.failure().message())
                    .as("no input crashes the worker (%s)", sid).doesNotContain("unexpected_error");
        }
        assertThat(open).as("accepted calls that did not end").isEmpty();
        assertThat(accepted).as("the generator reaches the accepting path").hasSizeGreaterThan(CALLBACKS / 10);
        System.out.printf("Webhook property test: %d callbacks, %d x 2xx, %d x 4xx, %d x 5xx; %d accepted, all final%n",
                CALLBACKS, byClass[2], byClass[4], byClass[5], accepted.size());
    }

    private HttpResponse<String> send(String url, Map<String, String> form, List<String[]> extra) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> append(body, name, value));
        extra.forEach(pair -> append(body, pair[0], pair[1]));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignatures.sign(AUTH_TOKEN, url, form))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void append(StringBuilder body, String name, String value) {
        if (!body.isEmpty()) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** A value of the field's own type, so that the generator also walks the accepting paths. */
    private String plausible(String field) {
        return switch (field) {
            case "RecordingStatus" -> STATUSES.get(random.nextInt(STATUSES.size()));
            case "RecordingDuration" -> String.valueOf(random.nextInt(4_000));
            case "RecordingChannels" -> String.valueOf(1 + random.nextInt(2));
            case "RecordingStartTime" -> "Fri, 27 Nov 2026 09:56:34 +0000";
            case "ErrorCode" -> random.nextBoolean() ? "16101" : "0";
            default -> text(length());
        };
    }

    private int length() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(3);
            case 1 -> random.nextInt(40);
            case 2 -> random.nextInt(2_100);
            default -> random.nextInt(10_001);
        };
    }

    /** Any text: ASCII, Hebrew, Arabic, emoji, quotes and control characters. */
    private String text(int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            switch (random.nextInt(5)) {
                case 0 -> out.append((char) ('a' + random.nextInt(26)));
                case 1 -> out.append((char) (0x05D0 + random.nextInt(27)));
                case 2 -> out.append((char) (0x0627 + random.nextInt(20)));
                case 3 -> out.appendCodePoint(0x1F600 + random.nextInt(50));
                default -> out.append("'\"<>&%;\t\n-".charAt(random.nextInt(10)));
            }
        }
        return out.length() > length ? out.substring(0, length) : out.toString();
    }

    private String hex32() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
