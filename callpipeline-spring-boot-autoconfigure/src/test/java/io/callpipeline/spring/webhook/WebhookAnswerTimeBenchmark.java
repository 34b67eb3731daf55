package io.callpipeline.spring.webhook;

import io.callpipeline.spring.testing.StarterTestApplication;
import io.callpipeline.spring.testing.StubbedProviders;
import io.callpipeline.spring.testing.TwilioSignatures;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast the webhook answers Twilio: 1,000 signed callbacks for new recordings, one at a time,
 * against a running app (H2 in memory, background processing on, Twilio and OpenAI stubbed), timed
 * from request sent to answer received. Run it with
 * {@code ./mvnw -q -pl callpipeline-spring-boot-autoconfigure test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.callpipeline.spring.webhook.WebhookAnswerTimeBenchmark}.
 */
public final class WebhookAnswerTimeBenchmark {

    private WebhookAnswerTimeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        StubbedProviders providers = new StubbedProviders().start();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StarterTestApplication.class).run(
                "--server.port=0", "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
                "--callpipeline.twilio.account-sid=" + StubbedProviders.ACCOUNT_SID,
                "--callpipeline.twilio.auth-token=" + StubbedProviders.AUTH_TOKEN,
                "--callpipeline.twilio.base-url=" + providers.baseUrl(),
                "--callpipeline.openai.api-key=" + StubbedProviders.API_KEY,
                "--callpipeline.openai.base-url=" + providers.baseUrl() + "/v1")) {
            String url = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort()
                    + "/webhook/handle_recording";
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 200; i++) {
                send(http, url);
            }
            long[] micros = new long[1000];
            for (int i = 0; i < micros.length; i++) {
                micros[i] = send(http, url);
            }
            Arrays.sort(micros);
            System.out.printf("Webhook answer time over %d callbacks (after 200 warm-up): median %.2f ms, p99 %.2f ms,"
                    + " max %.2f ms%n", micros.length, micros[499] / 1000.0, micros[989] / 1000.0,
                    micros[999] / 1000.0);
        } finally {
            providers.stop();
        }
    }

    private static long send(HttpClient http, String url) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", StubbedProviders.ACCOUNT_SID);
        form.put("CallSid", "CA" + UUID.randomUUID().toString().replace("-", ""));
        form.put("RecordingSid", "RE" + UUID.randomUUID().toString().replace("-", ""));
        form.put("RecordingStatus", "completed");
        HttpRequest request = TwilioSignatures.signedPost(StubbedProviders.AUTH_TOKEN, url, form);
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - start) / 1000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("webhook answered " + response.statusCode() + ": " + response.body());
        }
        return micros;
    }
}
