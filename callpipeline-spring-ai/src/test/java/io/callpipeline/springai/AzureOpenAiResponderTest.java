package io.callpipeline.springai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callpipeline.core.ReasonCode;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/**
 * Azure OpenAI's chat completions on a deployment
 * ({@code POST /openai/deployments/{deployment}/chat/completions?api-version=...}, {@code api-key} header), as
 * Azure's REST reference documents it, reached through Spring AI's OpenAI module and openai-java's Azure
 * settings (Spring AI 2.0.1 has no Azure module of its own). The answer and errors are OpenAI's shapes, so
 * failures are typed as the OpenAI adapter types them.
 */
class AzureOpenAiResponderTest extends ResponderContract {

    static final String PATH = "/openai/deployments/callpipeline-gpt-4o-mini/chat/completions";

    @Override
    ChatModel model(String baseUrl) {
        return OpenAiChatModel.builder()
                .options(OpenAiChatOptions.builder().baseUrl(baseUrl).apiKey("azure-test-key")
                        .deploymentName("callpipeline-gpt-4o-mini").microsoftFoundry(true).maxRetries(0)
                        .model("gpt-4o-mini").temperature(0.2).maxCompletionTokens(1000).build())
                .build();
    }

    @Override
    void answer(String content, Finish finish) {
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-AzUr3").put("object", "chat.completion")
                .put("created", 1_764_810_000L).put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0)
                .put("finish_reason", finish == Finish.TOKEN_LIMIT ? "length" : "stop");
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        choice.putObject("content_filter_results");
        body.putObject("usage").put("prompt_tokens", 812).put("completion_tokens", 154).put("total_tokens", 966);
        wireMock.register(post(urlPathEqualTo(PATH)).withQueryParam("api-version", matching(".+"))
                .withHeader("api-key", equalTo("azure-test-key"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body.toString())));
    }

    @Override
    void fail(int status) {
        String code = status == 429 ? "429" : status == 401 ? "401" : "ServiceUnavailable";
        wireMock.register(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("retry-after", "7")
                .withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"test\"}}")));
    }

    /** Azure's content filter stops an answer with {@code finish_reason: content_filter}. */
    @org.junit.jupiter.api.Test
    void azuresContentFilterIsFilteredNotMalformed() {
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-Filtered").put("object", "chat.completion")
                .put("created", 1_764_810_000L).put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "content_filter");
        choice.putObject("message").put("role", "assistant").putNull("content").putNull("refusal");
        choice.putObject("content_filter_results").putObject("violence").put("filtered", true).put("severity", "high");
        wireMock.register(post(urlPathEqualTo(PATH))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body.toString())));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> responder().respond(REQUEST))
                .isInstanceOfSatisfying(io.callpipeline.core.CallPipelineException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.reason()).isEqualTo(ReasonCode.RESPONSE_FILTERED));
    }

    /** A structured-output refusal comes back in {@code message.refusal}. */
    @org.junit.jupiter.api.Test
    void aRefusalIsRefused() {
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-Refused").put("object", "chat.completion")
                .put("created", 1_764_810_000L).put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").putNull("content")
                .put("refusal", "I'm sorry, I cannot help with that.");
        wireMock.register(post(urlPathEqualTo(PATH))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body.toString())));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> responder().respond(REQUEST))
                .isInstanceOfSatisfying(io.callpipeline.core.CallPipelineException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.reason()).isEqualTo(ReasonCode.RESPONSE_REFUSED));
    }

    @Override
    ReasonCode rateLimited() {
        return ReasonCode.OPENAI_RATE_LIMITED;
    }

    @Override
    ReasonCode unauthorized() {
        return ReasonCode.OPENAI_UNAUTHORIZED;
    }

    @Override
    JsonNode sentSchema(JsonNode request) {
        return request.path("response_format").path("json_schema").path("schema");
    }

    @Override
    String sentText(JsonNode request) {
        return request.path("messages").toString();
    }
}
