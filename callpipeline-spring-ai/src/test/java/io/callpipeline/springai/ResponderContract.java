package io.callpipeline.springai;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.TransientProcessingException;
import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.CallDirection;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.ResponseRequest;
import io.callpipeline.core.transcription.Transcript;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;

/**
 * What {@link SpringAiResponder} promises over any provider, checked against each provider's documented
 * request and answer shapes on WireMock, through Spring AI's own model classes and the provider's SDK. A
 * subclass says where the provider's API puts things; the assertions are the same for all.
 */
@WireMockTest
abstract class ResponderContract {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TRANSCRIPT = "שלום, אני מחפש דירת ארבעה חדרים ברמת גן, התקציב עד שתיים וחצי מיליון";
    static final ResponseRequest REQUEST = new ResponseRequest(
            new Transcript("he", TRANSCRIPT, List.of(), "whisper-1", 9.5),
            new CallDetails("CA11111111111111111111111111111111", "+972541234567", "+97235551234", CallDirection.INBOUND, null, 14));
    static final String ANSWER = """
            {"summary":"הלקוח מחפש דירת 4 חדרים ברמת גן","suggested_reply":"שלום, אשמח לשלוח לך דירות מתאימות",\
            "intent":"קנייה","follow_up_needed":true,"real_call":true,"not_a_call_reason":null,\
            "lead_details":{"budget":"עד 2.5 מיליון ₪","rooms":"4","area":"רמת גן","property_type":"דירה","timeframe":null}}""";
    /** The answer without {@code intent}: the schema requires it. */
    static final String MALFORMED = ANSWER.replace("\"intent\":\"קנייה\",", "");

    WireMock wireMock;
    String baseUrl;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        wireMock = wm.getWireMock();
        baseUrl = wm.getHttpBaseUrl();
    }

    /** The provider's chat model, pointed at WireMock, with its own retries off. */
    abstract ChatModel model(String baseUrl);

    /** Stubs the provider's answer carrying {@code content} as the model's text, ending for {@code finish}. */
    abstract void answer(String content, Finish finish);

    /** Stubs the provider's documented error body for {@code status}, with a {@code Retry-After} of 7 s. */
    abstract void fail(int status);

    /** The schema the request carried, where the provider's structured output takes it. */
    abstract JsonNode sentSchema(JsonNode request);

    /** All the text the request carried (system and user), for checking what the model was told. */
    abstract String sentText(JsonNode request);

    /** The reason code a rate limit is typed with (OpenAI's SDK keeps its own). */
    ReasonCode rateLimited() {
        return ReasonCode.PROVIDER_RATE_LIMITED;
    }

    ReasonCode unauthorized() {
        return ReasonCode.PROVIDER_UNAUTHORIZED;
    }

    /** Whether the provider's SDK hands over the response's headers, so {@code Retry-After} is kept. */
    boolean keepsRetryAfter() {
        return true;
    }

    enum Finish { DONE, TOKEN_LIMIT }

    SpringAiResponder responder() {
        return SpringAiResponder.builder().model(model(baseUrl)).build();
    }

    JsonNode onlyRequest() throws Exception {
        var requests = wireMock.find(anyRequestedFor(anyUrl()));
        assertThat(requests).as("one request: nothing retried behind the pipeline's back").hasSize(1);
        return JSON.readTree(requests.get(0).getBodyAsString());
    }

    @Test
    void answersACallThroughTheProvidersStructuredOutput() throws Exception {
        answer(ANSWER, Finish.DONE);

        CallResponse response = responder().respond(REQUEST);

        assertThat(response.summary()).isEqualTo("הלקוח מחפש דירת 4 חדרים ברמת גן");
        assertThat(response.intent()).isEqualTo("קנייה");
        assertThat(response.followUpNeeded()).isTrue();
        assertThat(response.realCall()).isTrue();
        assertThat(response.extracted().fields()).extracting(ExtractedField::label, ExtractedField::value)
                .startsWith(org.assertj.core.groups.Tuple.tuple("תקציב", "עד 2.5 מיליון ₪"),
                        org.assertj.core.groups.Tuple.tuple("חדרים", "4"));
        assertThat(response.model()).isNotBlank();
        JsonNode request = onlyRequest();
        JsonNode schema = sentSchema(request);
        assertThat(schema.path("properties").has("lead_details")).as("the answer's schema, natively: %s", schema).isTrue();
        assertThat(schema.path("required").toString()).contains("summary", "suggested_reply", "lead_details");
        assertThat(sentText(request)).contains(TRANSCRIPT).contains("+972541234567").contains("סוכן");
    }

    @Test
    void anAnswerOutsideTheSchemaIsMalformedNotHalfFilled() {
        answer(MALFORMED, Finish.DONE);

        assertThatThrownBy(() -> responder().respond(REQUEST)).isInstanceOf(CallPipelineException.class)
                .extracting(e -> ((CallPipelineException) e).reason()).isEqualTo(ReasonCode.RESPONSE_MALFORMED);
    }

    @Test
    void anAnswerCutOffByTheTokenLimitIsTruncated() {
        answer(ANSWER.substring(0, 60), Finish.TOKEN_LIMIT);

        assertThatThrownBy(() -> responder().respond(REQUEST)).isInstanceOf(CallPipelineException.class)
                .extracting(e -> ((CallPipelineException) e).reason()).isEqualTo(ReasonCode.RESPONSE_TRUNCATED);
    }

    @Test
    void aRateLimitWaitsForTheRetryAfterTheProviderAskedAndIsAskedOnce() throws Exception {
        fail(429);

        assertThatThrownBy(() -> responder().respond(REQUEST)).isInstanceOfSatisfying(TransientProcessingException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(rateLimited());
                    assertThat(e.retryAfter()).isEqualTo(keepsRetryAfter() ? Duration.ofSeconds(7) : Duration.ZERO);
                });
        onlyRequest();
    }

    @Test
    void aRefusedKeyIsPermanent() {
        fail(401);

        assertThatThrownBy(() -> responder().respond(REQUEST)).isInstanceOf(CallPipelineException.class)
                .satisfies(e -> {
                    assertThat(((CallPipelineException) e).reason()).isEqualTo(unauthorized());
                    assertThat(((CallPipelineException) e).reason().isTransient()).isFalse();
                });
    }

    @Test
    void anOverloadedProviderIsWorthRetrying() {
        fail(503);

        assertThatThrownBy(() -> responder().respond(REQUEST)).isInstanceOfSatisfying(CallPipelineException.class,
                e -> assertThat(e.reason().isTransient()).as("%s", e.reason()).isTrue());
    }
}
