package io.callpipeline.springai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.ollama.api.OllamaChatOptions;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Ollama's chat API ({@code POST /api/chat}, not streamed), as its API documentation shows it: the schema goes
 * in {@code format}, the answer in {@code message.content}, {@code done_reason} {@code length} is an answer cut
 * off, an error is {@code {"error": "..."}}. Spring AI's REST error handler keeps no header, so a 429 waits
 * the retry loop's own backoff rather than a {@code Retry-After} (Ollama, a local server, sends none anyway).
 */
class OllamaResponderTest extends ResponderContract {

    @Override
    ChatModel model(String baseUrl) {
        return OllamaChatModel.builder()
                // the JDK's client: with Apache HttpClient 5 on the class path (twilio-java brings it) Spring would pick
                // it, and it retries a 429 or 503 once after the Retry-After, a request the pipeline never sees
                .ollamaApi(OllamaApi.builder().baseUrl(baseUrl)
                        .restClientBuilder(RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(
                                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()))).build())
                .options(OllamaChatOptions.builder().model("aya-expanse:8b").temperature(0.2).numPredict(1000).build())
                .retryTemplate(new RetryTemplate(RetryPolicy.withMaxRetries(0)))
                .build();
    }

    @Override
    void answer(String content, Finish finish) {
        ObjectNode body = JSON.createObjectNode().put("model", "aya-expanse:8b")
                .put("created_at", "2026-12-04T01:00:00.000000Z");
        body.putObject("message").put("role", "assistant").put("content", content);
        body.put("done", true).put("done_reason", finish == Finish.TOKEN_LIMIT ? "length" : "stop")
                .put("total_duration", 4_883_583_458L).put("load_duration", 1_334_875L)
                .put("prompt_eval_count", 812).put("prompt_eval_duration", 342_546_000L)
                .put("eval_count", 154).put("eval_duration", 4_535_599_000L);
        wireMock.register(post(urlEqualTo("/api/chat"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body.toString())));
    }

    @Override
    void fail(int status) {
        wireMock.register(post(urlEqualTo("/api/chat")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("Retry-After", "7")
                .withBody("{\"error\":\"test " + status + "\"}")));
    }

    @Override
    boolean keepsRetryAfter() {
        return false;
    }

    @Override
    JsonNode sentSchema(JsonNode request) {
        return request.path("format");
    }

    @Override
    String sentText(JsonNode request) {
        return request.path("messages").toString();
    }
}
