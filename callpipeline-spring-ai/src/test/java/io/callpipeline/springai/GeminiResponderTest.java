package io.callpipeline.springai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.google.genai.GoogleGenAiChatModel;
import org.springframework.ai.google.genai.GoogleGenAiChatOptions;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * Gemini's {@code generateContent} ({@code POST /v1beta/models/{model}:generateContent}, {@code x-goog-api-key}),
 * as the Gemini API reference documents it: the schema goes in {@code generationConfig}, the answer in
 * {@code candidates[0].content.parts[].text}, {@code finishReason} {@code MAX_TOKENS} is an answer cut off, an
 * error is {@code {"error":{"code","message","status"}}}. google-genai keeps no header, so a 429 waits the
 * retry loop's own backoff.
 */
class GeminiResponderTest extends ResponderContract {

    private static final String PATH = "/v1beta/models/gemini-2.5-flash:generateContent";

    @Override
    ChatModel model(String baseUrl) {
        Client client = Client.builder().apiKey("gemini-test-key")
                .httpOptions(HttpOptions.builder().baseUrl(baseUrl).apiVersion("v1beta")
                        .retryOptions(HttpRetryOptions.builder().attempts(1).build()).build())
                .build();
        return GoogleGenAiChatModel.builder().genAiClient(client)
                .options(GoogleGenAiChatOptions.builder().model("gemini-2.5-flash").temperature(0.2)
                        .maxOutputTokens(1000).build())
                .retryTemplate(new RetryTemplate(RetryPolicy.withMaxRetries(0)))
                .build();
    }

    /** Gemini stops a candidate it judges unsafe with {@code finishReason: SAFETY} and no usable text. */
    @org.junit.jupiter.api.Test
    void aSafetyStopIsFilteredNotMalformed() {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode candidate = body.putArray("candidates").addObject();
        candidate.putObject("content").put("role", "model").putArray("parts").addObject().put("text", "");
        candidate.put("finishReason", "SAFETY").put("index", 0);
        candidate.putArray("safetyRatings").addObject().put("category", "HARM_CATEGORY_HARASSMENT")
                .put("probability", "HIGH").put("blocked", true);
        body.put("modelVersion", "gemini-2.5-flash");
        wireMock.register(post(urlPathEqualTo(PATH))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body.toString())));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> responder().respond(REQUEST))
                .isInstanceOfSatisfying(io.callpipeline.core.CallPipelineException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.reason()).isEqualTo(io.callpipeline.core.ReasonCode.RESPONSE_FILTERED));
    }

    @Override
    void answer(String content, Finish finish) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode candidate = body.putArray("candidates").addObject();
        ObjectNode said = candidate.putObject("content").put("role", "model");
        said.putArray("parts").addObject().put("text", content);
        candidate.put("finishReason", finish == Finish.TOKEN_LIMIT ? "MAX_TOKENS" : "STOP").put("index", 0);
        body.putObject("usageMetadata").put("promptTokenCount", 812).put("candidatesTokenCount", 154)
                .put("totalTokenCount", 966);
        body.put("modelVersion", "gemini-2.5-flash").put("responseId", "mH4xaOqsBZ2lz7IP5b6WkAQ");
        wireMock.register(post(urlPathEqualTo(PATH))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body.toString())));
    }

    @Override
    void fail(int status) {
        String name = switch (status) {
            case 429 -> "RESOURCE_EXHAUSTED";
            case 401 -> "UNAUTHENTICATED";
            default -> "UNAVAILABLE";
        };
        wireMock.register(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("Retry-After", "7")
                .withBody("{\"error\":{\"code\":" + status + ",\"message\":\"test\",\"status\":\"" + name + "\"}}")));
    }

    @Override
    boolean keepsRetryAfter() {
        return false;
    }

    @Override
    JsonNode sentSchema(JsonNode request) {
        JsonNode config = request.path("generationConfig");
        return config.has("responseJsonSchema") ? config.path("responseJsonSchema") : config.path("responseSchema");
    }

    @Override
    String sentText(JsonNode request) {
        return request.path("systemInstruction").toString() + request.path("contents").toString();
    }
}
