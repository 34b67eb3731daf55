package io.callpipeline.springai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.chat.model.ChatModel;

/**
 * Anthropic's Messages API ({@code POST /v1/messages}, {@code x-api-key}, {@code anthropic-version}), as its
 * API reference documents it: the schema goes in {@code output_config.format}, the answer is a text block,
 * {@code stop_reason} {@code max_tokens} is an answer cut off, errors are {@code {"type":"error","error":{...}}}.
 */
class AnthropicResponderTest extends ResponderContract {

    @Override
    ChatModel model(String baseUrl) {
        return AnthropicChatModel.builder()
                .options(AnthropicChatOptions.builder().baseUrl(baseUrl).apiKey("sk-ant-test").maxRetries(0)
                        .model("claude-haiku-4-5").maxTokens(1000).temperature(0.2).build())
                .build();
    }

    @Override
    void answer(String content, Finish finish) {
        ObjectNode body = JSON.createObjectNode()
                .put("id", "msg_01XFDUDYJgAACzvnptvVoYEL").put("type", "message").put("role", "assistant")
                .put("model", "claude-haiku-4-5-20251001")
                .put("stop_reason", finish == Finish.TOKEN_LIMIT ? "max_tokens" : "end_turn").putNull("stop_sequence");
        body.putArray("content").addObject().put("type", "text").put("text", content);
        body.putObject("usage").put("input_tokens", 812).put("output_tokens", 154);
        wireMock.register(post(urlEqualTo("/v1/messages")).withHeader("x-api-key", equalTo("sk-ant-test"))
                .withHeader("anthropic-version", equalTo("2023-06-01"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body.toString())));
    }

    @Override
    void fail(int status) {
        String type = switch (status) {
            case 429 -> "rate_limit_error";
            case 401 -> "authentication_error";
            case 529 -> "overloaded_error";
            default -> "api_error";
        };
        wireMock.register(post(urlEqualTo("/v1/messages")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("retry-after", "7")
                .withHeader("request-id", "req_011CSHoEeqs5C35K2UUqR7Fy")
                .withBody("{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"test\"}}")));
    }

    /** Claude declining to answer ends its message with {@code stop_reason: refusal}. */
    @org.junit.jupiter.api.Test
    void aRefusalIsRefusedNotMalformed() {
        ObjectNode body = JSON.createObjectNode().put("id", "msg_01Refusal").put("type", "message")
                .put("role", "assistant").put("model", "claude-haiku-4-5-20251001").put("stop_reason", "refusal")
                .putNull("stop_sequence");
        body.putArray("content").addObject().put("type", "text").put("text", "");
        body.putObject("usage").put("input_tokens", 812).put("output_tokens", 3);
        wireMock.register(post(urlEqualTo("/v1/messages"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body.toString())));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> responder().respond(REQUEST))
                .isInstanceOfSatisfying(io.callpipeline.core.CallPipelineException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.reason()).isEqualTo(io.callpipeline.core.ReasonCode.RESPONSE_REFUSED));
    }

    /** Anthropic's 529 {@code overloaded_error}: the service is busy, worth waiting for. */
    @org.junit.jupiter.api.Test
    void anOverloadedAnthropicWaits() {
        fail(529);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> responder().respond(REQUEST))
                .isInstanceOfSatisfying(io.callpipeline.core.TransientProcessingException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.reason()).isEqualTo(io.callpipeline.core.ReasonCode.PROVIDER_UNAVAILABLE));
    }

    @Override
    JsonNode sentSchema(JsonNode request) {
        return request.path("output_config").path("format").path("schema");
    }

    @Override
    String sentText(JsonNode request) {
        return request.path("system").toString() + request.path("messages").toString();
    }
}
