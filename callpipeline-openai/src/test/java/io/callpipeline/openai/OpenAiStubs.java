package io.callpipeline.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.time.Duration;

/** An openai-java client aimed at a WireMock server, with no retries so request counts are exact. */
public final class OpenAiStubs {

    public static final String API_KEY = "sk-test-key-not-a-secret";

    private OpenAiStubs() {
    }

    public static OpenAIClient client(String wireMockBaseUrl) {
        return OpenAIOkHttpClient.builder()
                .apiKey(API_KEY)
                .baseUrl(wireMockBaseUrl + "/v1")
                .maxRetries(0)
                .timeout(Duration.ofSeconds(20))
                .build();
    }
}
