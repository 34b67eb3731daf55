package io.callpipeline.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.callpipeline.core.Fixtures.HEBREW_TEXT;
import static io.callpipeline.core.Fixtures.chatCompletion;
import static io.callpipeline.core.Fixtures.openAiError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.callpipeline.core.CallPipelineException;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.core.extraction.ExtractionSchema;
import io.callpipeline.core.extraction.Label;
import io.callpipeline.core.recording.CallDetails;
import io.callpipeline.core.recording.CallDirection;
import io.callpipeline.core.response.CallResponse;
import io.callpipeline.core.response.ResponseRequest;
import io.callpipeline.core.transcription.Transcript;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import io.callpipeline.core.nextstep.Due;
import io.callpipeline.core.nextstep.DueKind;
import io.callpipeline.core.nextstep.IsraeliHoliday;
import io.callpipeline.core.nextstep.NextStep;
import io.callpipeline.core.response.LeadScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@WireMockTest
class OpenAiResponderTest {

    private static final String PATH = "/v1/chat/completions";
    private static final ResponseRequest REQUEST = new ResponseRequest(
            new Transcript("he", HEBREW_TEXT, List.of(), "whisper-1", 3.2),
            new CallDetails("CA11111111111111111111111111111111", "+972541234567", "+97235551234", CallDirection.INBOUND, null, 14));

    private WireMock wireMock;
    private OpenAiResponder responder;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        wireMock = wm.getWireMock();
        responder = OpenAiResponder.builder().client(OpenAiStubs.client(wm.getHttpBaseUrl())).build();
    }

    private void answer(String body) {
        wireMock.register(post(PATH).willReturn(okJson(body)));
    }

    @Test
    void asksForStrictSchemaOutputAndReadsTheHebrewResponse() {
        answer(chatCompletion());

        CallResponse response = responder.respond(REQUEST);

        assertThat(response.summary()).startsWith("המתקשר מחפש דירת 4 חדרים");
        assertThat(response.suggestedReply()).contains("ברמת גן");
        assertThat(response.intent()).isEqualTo("קנייה");
        assertThat(response.extracted().schema()).isEqualTo("real-estate-lead");
        assertThat(response.extracted().fields()).containsExactly(
                new ExtractedField("budget", "תקציב", null), new ExtractedField("rooms", "חדרים", "4"),
                new ExtractedField("area", "אזור", "רמת גן"), new ExtractedField("property_type", "סוג נכס", "דירה"),
                new ExtractedField("timeframe", "מועד", null));
        assertThat(response.followUpNeeded()).isTrue();
        assertThat(response.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        wireMock.verifyThat(1, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.response_format.type", WireMock.equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", containing("CallAnswer")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", WireMock.equalTo("true")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.additionalProperties",
                        WireMock.equalTo("false")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.required",
                        containing("suggested_reply")))
                .withRequestBody(matchingJsonPath(
                        "$.response_format.json_schema.schema.properties.lead_details.properties.budget.type",
                        containing("null")))
                .withRequestBody(matchingJsonPath(
                        "$.response_format.json_schema.schema.properties.lead_details.additionalProperties",
                        WireMock.equalTo("false")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.summary.description",
                        containing("סיכום")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", WireMock.equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("סוכן נדל\"ן")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing(HEBREW_TEXT)))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("+972541234567")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("שיחה נכנסת")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", WireMock.notContaining("inbound"))));
    }

    @Test
    void theModelsSecondOpinionComesInTheSameAnswerAndIsAskedForInTheSchema() {
        answer(io.callpipeline.core.Fixtures.chatCompletion("""
                {"summary":"טקסט של סיום סרטון","suggested_reply":"—","intent":"לא שיחה",
                 "lead_details":{"budget":null,"rooms":null,"area":null,"property_type":null,"timeframe":null},
                 "follow_up_needed":false,"real_call":false,"not_a_call_reason":"זה סיום של סרטון יוטיוב, לא שיחה"}
                """, "stop"));

        CallResponse notACall = responder.respond(REQUEST);

        assertThat(notACall.realCall()).isFalse();
        assertThat(notACall.notACallReason()).isEqualTo("זה סיום של סרטון יוטיוב, לא שיחה");
        wireMock.verifyThat(1, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.required", containing("real_call")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.not_a_call_reason.type",
                        containing("null"))));

        answer(chatCompletion());
        assertThat(responder.respond(REQUEST).realCall()).as("an answer without the opinion is a real call").isTrue();
    }

    @Test
    void nextStepsAndTheLeadsScoreComeInTheSameAnswerAsKindsTheCalendarCountsFromNeverAsDates() {
        answer(io.callpipeline.core.Fixtures.chatCompletion("""
                {"summary":"מחפש דירת 4 חדרים ברמת גן","suggested_reply":"אשלח לך דירות","intent":"קנייה",
                 "lead_details":{"budget":"3 מיליון","rooms":"4","area":"רמת גן","property_type":"דירה","timeframe":null},
                 "follow_up_needed":true,"real_call":true,"not_a_call_reason":null,
                 "next_steps":[
                   {"task":"לשלוח שלוש דירות","when_said":"עד יום חמישי","due_kind":"WEEKDAY","weekday":"THURSDAY",
                    "count":null,"holiday":null,"day":null,"month":null},
                   {"task":"להתקשר שוב","when_said":"אחרי החגים","due_kind":"AFTER_HOLIDAY","weekday":null,
                    "count":null,"holiday":"THE_HOLIDAYS","day":null,"month":null},
                   {"task":"  ","when_said":null,"due_kind":"NONE","weekday":null,"count":null,"holiday":null,
                    "day":null,"month":null}],
                 "lead_score":80,"lead_score_reason":"תקציב ואזור ברורים, רוצה לראות השבוע"}
                """, "stop"));

        CallResponse response = responder.respond(REQUEST);

        assertThat(response.nextSteps()).as("a step with no task is dropped").containsExactly(
                new NextStep("לשלוח שלוש דירות", "עד יום חמישי",
                        new Due(DueKind.WEEKDAY, java.time.DayOfWeek.THURSDAY, null, null, null, null), null),
                new NextStep("להתקשר שוב", "אחרי החגים",
                        new Due(DueKind.AFTER_HOLIDAY, null, null, IsraeliHoliday.THE_HOLIDAYS, null, null), null));
        assertThat(response.leadScore()).isEqualTo(new LeadScore(80, "תקציב ואזור ברורים, רוצה לראות השבוע"));
        wireMock.verifyThat(1, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.required", containing("next_steps")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.required", containing("lead_score")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.next_steps.items"
                        + ".properties.due_kind.enum[?(@ == 'AFTER_HOLIDAY')]"))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.next_steps.items"
                        + ".properties.holiday.enum[?(@ == 'PESACH')]"))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.next_steps.items"
                        + ".properties.holiday.type[?(@ == 'null')]"))
                .withRequestBody(matchingJsonPath(
                        "$.response_format.json_schema.schema.properties.next_steps.items.additionalProperties",
                        WireMock.equalTo("false"))));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, 130})
    void aScoreOutOfRangeIsNoScoreAndFailsNoCall(int score) {
        answer(io.callpipeline.core.Fixtures.chatCompletion("""
                {"summary":"שיחה","suggested_reply":"תודה","intent":"שאלה כללית",
                 "lead_details":{"budget":null,"rooms":null,"area":null,"property_type":null,"timeframe":null},
                 "follow_up_needed":false,"real_call":true,"not_a_call_reason":null,"next_steps":[],
                 "lead_score":%d,"lead_score_reason":"?"}
                """.formatted(score), "stop"));

        CallResponse response = responder.respond(REQUEST);

        assertThat(response.leadScore()).isNull();
        assertThat(response.summary()).isEqualTo("שיחה");
    }

    @Test
    void anAnswerOfBeforeNextStepsWereAskedForHasNoneAndNoScore() {
        answer(chatCompletion());

        CallResponse response = responder.respond(REQUEST);

        assertThat(response.nextSteps()).isEmpty();
        assertThat(response.leadScore()).isNull();
    }

    @Test
    void aStepWhoseKindIsNoneOfOursIsMalformed() {
        answer(io.callpipeline.core.Fixtures.chatCompletion("""
                {"summary":"שיחה","suggested_reply":"תודה","intent":"שאלה כללית",
                 "lead_details":{"budget":null,"rooms":null,"area":null,"property_type":null,"timeframe":null},
                 "follow_up_needed":false,"real_call":true,"not_a_call_reason":null,
                 "next_steps":[{"task":"להתקשר","when_said":"בקרוב","due_kind":"SOON","weekday":null,"count":null,
                   "holiday":null,"day":null,"month":null}],"lead_score":null,"lead_score_reason":null}
                """, "stop"));

        assertThatThrownBy(() -> responder.respond(REQUEST)).isInstanceOf(PermanentProcessingException.class)
                .hasMessageContaining("SOON");
    }

    @Test
    void eachCallSendsTheSameInstructionsAndSchemaWithOnlyItsOwnTranscript() {
        answer(chatCompletion());
        ResponseRequest other = new ResponseRequest(new Transcript("he", "שיחה אחרת לגמרי", List.of(), "whisper-1", 2.0),
                null);

        responder.respond(REQUEST);
        responder.respond(other);

        List<String> bodies = wireMock.find(postRequestedFor(urlEqualTo(PATH))).stream()
                .map(r -> r.getBodyAsString()).toList();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).as("the second call's messages: the system's and its own, nothing of the first")
                .doesNotContain(HEBREW_TEXT).contains("שיחה אחרת לגמרי");
        wireMock.verifyThat(1, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.messages.length()", WireMock.equalTo("2")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("שיחה אחרת לגמרי")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", WireMock.equalTo("true")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.required",
                        containing("suggested_reply"))));
    }

    @Test
    void systemPromptAndModelAreConfigurable(WireMockRuntimeInfo wm) {
        answer(chatCompletion());
        OpenAiResponder custom = OpenAiResponder.builder().client(OpenAiStubs.client(wm.getHttpBaseUrl()))
                .model("gpt-4o").systemPrompt("ענה בקצרה").build();

        custom.respond(REQUEST);

        wireMock.verifyThat(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo("gpt-4o")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", WireMock.equalTo("ענה בקצרה"))));
    }

    @Test
    void refusalIsAnErrorNotAResponse() {
        answer("""
            {"id":"chatcmpl-1","object":"chat.completion","created":1732600000,"model":"gpt-4o-mini",
             "choices":[{"index":0,"message":{"role":"assistant","content":null,"refusal":"I can't help with that."},
               "finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}
            """);

        assertThatThrownBy(() -> responder.respond(REQUEST))
                .isInstanceOfSatisfying(PermanentProcessingException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("response_refused"));
    }

    @Test
    void answerCutOffByTheTokenLimitIsAnError() {
        answer(chatCompletion("{\"summary\":\"המתקשר מחפש", "length"));

        assertThatThrownBy(() -> responder.respond(REQUEST))
                .isInstanceOfSatisfying(PermanentProcessingException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("response_truncated"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json at all",
        "{\"summary\":\"סיכום\",\"suggested_reply\":\"תשובה\",\"intent\":\"קנייה\",\"follow_up_needed\":true}",
        "{\"summary\":\"\",\"suggested_reply\":\"תשובה\",\"intent\":\"קנייה\",\"lead_details\":{\"budget\":null,\"rooms\":null,\"area\":null,\"property_type\":null,\"timeframe\":null},\"follow_up_needed\":true}",
        "{\"summary\":\"סיכום\",\"suggested_reply\":\"תשובה\",\"intent\":\"קנייה\",\"lead_details\":{\"budget\":null,\"rooms\":null,\"area\":null,\"property_type\":null,\"timeframe\":null},\"follow_up_needed\":\"yes\"}",
        "{\"summary\":\"סיכום\",\"suggested_reply\":\"תשובה\",\"intent\":\"קנייה\",\"lead_details\":{\"budget\":null,\"rooms\":null,\"area\":null,\"property_type\":null,\"timeframe\":null},\"follow_up_needed\":true,\"extra\":1}",
        "{\"summary\":\"סיכום\",\"suggested_reply\":\"תשובה\",\"intent\":\"קנייה\",\"lead_details\":{\"budget\":null,\"rooms\":null,\"area\":null,\"property_type\":null},\"follow_up_needed\":true}",
        "{\"summary\":\"סיכום\",\"suggested_reply\":\"תשובה\",\"intent\":\"קנייה\",\"lead_details\":{\"budget\":null,\"rooms\":null,\"area\":null,\"property_type\":null,\"timeframe\":null,\"parking\":\"yes\"},\"follow_up_needed\":true}",
        "{\"summary\":\"סיכום\",\"suggested_reply\":\"תשובה\",\"intent\":\"קנייה\",\"lead_details\":\"4 rooms\",\"follow_up_needed\":true}",
        "[1, 2]",
    })
    void answerOutsideTheSchemaIsAnError(String content) {
        answer(chatCompletion(content, "stop"));

        assertThatThrownBy(() -> responder.respond(REQUEST))
                .isInstanceOfSatisfying(PermanentProcessingException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("response_malformed"));
    }

    @ParameterizedTest
    @CsvSource({
        "429, insufficient_quota, insufficient_quota, openai_insufficient_quota, false",
        "429, requests, rate_limit_exceeded, openai_rate_limited, true",
        "400, invalid_request_error, , openai_bad_request, false",
        "502, server_error, , openai_unavailable, true",
        "500, server_error, , openai_unavailable, true",
        "408, timeout, , openai_unavailable, true",
        "409, conflict, , openai_unavailable, true",
        "418, teapot, , openai_rejected, false",
        "401, invalid_request_error, invalid_api_key, openai_unauthorized, false",
        "403, permission_error, , openai_unauthorized, false",
        "404, invalid_request_error, model_not_found, openai_rejected, false",
    })
    void providerErrorsAreTyped(int status, String type, String code, String reason, boolean retryable) {
        wireMock.register(post(PATH).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(openAiError("Error", type, code))));

        assertThatThrownBy(() -> responder.respond(REQUEST))
                .isInstanceOfSatisfying(CallPipelineException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo(reason);
                    assertThat(e.isRetryable()).isEqualTo(retryable);
                });
    }

    @Test
    void defaultPromptIsHebrew() {
        assertThat(OpenAiResponder.DEFAULT_SYSTEM_PROMPT).contains("עברית").contains("lead_details");
    }

    /** An insurance agency's fields: what a host that is not an estate agency asks the model for. */
    record InsuranceLead(
            @Label("סוג ביטוח") @JsonProperty(value = "policy_type", required = true)
            @JsonPropertyDescription("סוג הביטוח המבוקש: רכב, דירה, בריאות, חיים")
            Optional<String> policyType,
            @Label("גיל") @JsonProperty(value = "age", required = true) Optional<Integer> age,
            @Label("מעשן") @JsonProperty(value = "smoker", required = true) Optional<Boolean> smoker,
            @Label("בני משפחה") @JsonProperty(value = "family_members", required = true) List<String> familyMembers) {
    }

    @Test
    void aHostsOwnRecordIsTheSchemaTheModelFillsAndTheFieldsComeBackInItsOrderWithItsLabels(WireMockRuntimeInfo wm) {
        OpenAiResponder insurance = OpenAiResponder.builder().client(OpenAiStubs.client(wm.getHttpBaseUrl()))
                .extraction(ExtractionSchema.of(InsuranceLead.class)).build();
        answer(chatCompletion("""
                {"summary":"המתקשר מבקש ביטוח בריאות למשפחה","suggested_reply":"אשלח הצעה היום","intent":"הצעת מחיר",
                 "follow_up_needed":true,"real_call":true,"not_a_call_reason":null,
                 "lead_details":{"smoker":false,"age":42,"policy_type":"  בריאות ","family_members":["אישה","שני ילדים"]}}
                """, "stop"));

        CallResponse response = insurance.respond(REQUEST);

        assertThat(response.extracted().schema()).isEqualTo("insurance-lead");
        assertThat(response.extracted().fields()).containsExactly(
                new ExtractedField("policy_type", "סוג ביטוח", "בריאות"), new ExtractedField("age", "גיל", "42"),
                new ExtractedField("smoker", "מעשן", "false"),
                new ExtractedField("family_members", "בני משפחה", "אישה, שני ילדים"));
        String schema = "$.response_format.json_schema.schema";
        wireMock.verifyThat(1, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name",
                        WireMock.equalTo("CallAnswer_insurance-lead")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", WireMock.equalTo("true")))
                .withRequestBody(matchingJsonPath(schema + ".required", containing("lead_details")))
                .withRequestBody(matchingJsonPath(schema + ".required", containing("summary")))
                .withRequestBody(matchingJsonPath(schema + ".properties.lead_details.additionalProperties",
                        WireMock.equalTo("false")))
                .withRequestBody(matchingJsonPath(schema + ".properties.lead_details.required", containing("family_members")))
                .withRequestBody(matchingJsonPath(schema + ".properties.lead_details.properties.age.type",
                        containing("integer")))
                .withRequestBody(matchingJsonPath(schema + ".properties.lead_details.properties.policy_type.description",
                        containing("ביטוח")))
                .withRequestBody(matchingJsonPath(schema + ".properties.budget", WireMock.absent())));
    }

    @Test
    void anAnswerThatDoesNotFitTheHostsRecordIsMalformed(WireMockRuntimeInfo wm) {
        OpenAiResponder insurance = OpenAiResponder.builder().client(OpenAiStubs.client(wm.getHttpBaseUrl()))
                .extraction(ExtractionSchema.of(InsuranceLead.class)).build();
        answer(chatCompletion("""
                {"summary":"סיכום","suggested_reply":"תשובה","intent":"קנייה","follow_up_needed":true,
                 "lead_details":{"policy_type":null,"age":"ארבעים ושתיים","smoker":null,"family_members":[]}}
                """, "stop"));

        assertThatThrownBy(() -> insurance.respond(REQUEST))
                .isInstanceOfSatisfying(PermanentProcessingException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("response_malformed"))
                .hasMessageContaining("insurance-lead");
    }

    @Test
    void temperatureAndTokenLimitGoIntoTheRequestAndTheCallsStartIsToldToTheModel(WireMockRuntimeInfo wm) {
        answer(chatCompletion());
        OpenAiResponder tuned = OpenAiResponder.builder().client(OpenAiStubs.client(wm.getHttpBaseUrl()))
                .temperature(0.7).maxTokens(1).build();
        ResponseRequest started = new ResponseRequest(REQUEST.transcript(), new CallDetails(
                "CA11111111111111111111111111111111", "+972541234567", "+97235551234", CallDirection.INBOUND,
                java.time.Instant.parse("2026-11-26T12:02:00Z"), 14));

        tuned.respond(started);
        responder.respond(REQUEST);

        wireMock.verifyThat(1, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.temperature", WireMock.equalTo("0.7")))
                .withRequestBody(matchingJsonPath("$.max_completion_tokens", WireMock.equalTo("1")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", containing("התחילה ב-2026-11-26T12:02:00Z"))));
        wireMock.verifyThat(1, postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.max_completion_tokens", WireMock.equalTo("1000")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", WireMock.notContaining("התחילה"))));
    }

    @Test
    void anAnswerThatIsNotOpenAisJsonIsTransientAndNamesTheStep() {
        wireMock.register(post(PATH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\": ")));

        assertThatThrownBy(() -> responder.respond(REQUEST))
                .isInstanceOfSatisfying(CallPipelineException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo("openai_invalid_answer");
                    assertThat(e.isRetryable()).isTrue();
                })
                .hasMessageContaining("chat");
    }

    @Test
    void theDefaultResponderAsksForTheRealEstateFields() {
        assertThat(responder.extraction()).isSameAs(ExtractionSchema.REAL_ESTATE);
    }

    @Test
    void aBuilderWithoutWhatARequestNeedsSaysWhatIsMissing(WireMockRuntimeInfo wm) {
        var client = OpenAiStubs.client(wm.getHttpBaseUrl());
        assertThatThrownBy(() -> OpenAiResponder.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("OpenAiResponder needs client(OpenAIClient)");
        assertThatThrownBy(() -> OpenAiResponder.builder().client(client).model(" ").build())
                .hasMessage("OpenAiResponder needs a model name");
        assertThatThrownBy(() -> OpenAiResponder.builder().client(client).maxTokens(0).build())
                .hasMessage("maxTokens must be positive, got 0");
        assertThatThrownBy(() -> OpenAiResponder.builder().client(client).systemPrompt(" ").build())
                .hasMessage("OpenAiResponder needs a system prompt");
        assertThatThrownBy(() -> OpenAiResponder.builder().client(client).extraction(null).build())
                .hasMessageContaining("needs an extraction schema");
    }

    /** A host's record that nests another twice, as a contact for the buyer and for the seller. */
    record Contact(@JsonProperty(value = "name", required = true) Optional<String> name,
            @JsonProperty(value = "phone", required = true) Optional<String> phone) {
    }

    record Deal(@Label("קונה") @JsonProperty(value = "buyer", required = true) Contact buyer,
            @Label("מוכר") @JsonProperty(value = "seller", required = true) Contact seller) {
    }

    @Test
    void aRecordThatNestsRecordsIsOneStrictSchemaAndItsNestedValuesReadAsText(WireMockRuntimeInfo wm) throws Exception {
        OpenAiResponder deals = OpenAiResponder.builder().client(OpenAiStubs.client(wm.getHttpBaseUrl()))
                .extraction(ExtractionSchema.of(Deal.class)).build();
        answer(chatCompletion("""
                {"summary":"סיכום","suggested_reply":"תשובה","intent":"מכירה","follow_up_needed":false,
                 "lead_details":{"buyer":{"name":"דנה","phone":null},"seller":{"name":"אבי","phone":"050"}}}
                """, "stop"));

        CallResponse response = deals.respond(REQUEST);

        assertThat(response.extracted().fields()).extracting(ExtractedField::label).containsExactly("קונה", "מוכר");
        assertThat(response.extracted().value("buyer").orElseThrow()).contains("\"name\":\"דנה\"");
        String body = wireMock.find(postRequestedFor(urlEqualTo(PATH))).get(0).getBodyAsString();
        com.fasterxml.jackson.databind.JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body)
                .path("response_format").path("json_schema").path("schema");
        com.fasterxml.jackson.databind.JsonNode buyer = schema.path("properties").path("lead_details")
                .path("properties").path("buyer");
        if (buyer.has("$ref")) { // a type used twice is defined once, at the root, where its reference points
            String name = buyer.path("$ref").asText().replace("#/$defs/", "");
            assertThat(schema.path("$defs").has(name)).as(body).isTrue();
        } else {
            assertThat(buyer.path("properties").has("name")).as(body).isTrue();
        }
        assertThat(schema.path("properties").path("lead_details").has("$defs")).as("no nested definitions").isFalse();
    }

    /** 200 earlier calls: the prompt carries the newest within the budget, whole lines only, newest first. */
    @Test
    void theCallersHistoryRidesInThePromptNewestFirstWithinItsBudget(WireMockRuntimeInfo wm) throws Exception {
        answer(chatCompletion());
        java.time.Instant last = java.time.Instant.parse("2026-11-30T10:00:00Z");
        List<io.callpipeline.core.response.CallerHistory.EarlierCall> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            calls.add(new io.callpipeline.core.response.CallerHistory.EarlierCall(last.minus(java.time.Duration.ofDays(i)),
                    "שיחה מספר " + (200 - i) + ": הלקוח שאל על דירת ארבעה חדרים ברמת גן ועל חניה"));
        }
        var history = new io.callpipeline.core.response.CallerHistory.History(calls,
                List.of(new ExtractedField("budget", "תקציב", "עד 2.5 מיליון ₪")),
                List.of(new io.callpipeline.core.response.CallerHistory.OpenTask("לשלוח שלוש דירות",
                        java.time.LocalDate.parse("2026-12-03")),
                        new io.callpipeline.core.response.CallerHistory.OpenTask("לבדוק משכנתא", null)));
        int budget = 300;
        OpenAiResponder bounded = OpenAiResponder.builder().client(OpenAiStubs.client(wm.getHttpBaseUrl()))
                .historyTokenBudget(budget).build();

        bounded.respond(REQUEST.withHistory(history));

        String message = new com.fasterxml.jackson.databind.ObjectMapper().readTree(wireMock.find(
                postRequestedFor(urlEqualTo(PATH))).get(0).getBodyAsString()).path("messages").get(1).path("content").asText();
        String section = message.substring(0, message.indexOf("תמלול השיחה"));
        assertThat(section).contains("תקציב: עד 2.5 מיליון ₪").contains("שיחה מספר 200:").contains("30.11.2026")
                .contains("משימות פתוחות משיחות קודמות: לשלוח שלוש דירות (עד 03.12.2026); לבדוק משכנתא;")
                .doesNotContain("שיחה מספר 1:");
        assertThat(section.indexOf("שיחה מספר 200:")).isLessThan(section.indexOf("שיחה מספר 199:"));
        assertThat(io.callpipeline.core.response.CallPrompt.estimatedTokens(section)).as("within the budget").isLessThanOrEqualTo(budget);
        long lines = section.lines().filter(line -> line.startsWith("- שיחה מ-")).count();
        assertThat(lines).isBetween(3L, 20L);
        assertThat(message).contains(HEBREW_TEXT);

        OpenAiResponder none = OpenAiResponder.builder().client(OpenAiStubs.client(wm.getHttpBaseUrl()))
                .historyTokenBudget(0).build();
        none.respond(REQUEST.withHistory(history));
        assertThat(wireMock.find(postRequestedFor(urlEqualTo(PATH))).get(1).getBodyAsString())
                .as("a budget of 0 sends none").doesNotContain("שיחה מספר");
    }
}
