package io.callpipeline.core.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.callpipeline.core.PermanentProcessingException;
import io.callpipeline.core.ReasonCode;
import io.callpipeline.core.extraction.ExtractedField;
import io.callpipeline.core.extraction.ExtractedFields;
import io.callpipeline.core.extraction.ExtractionSchema;
import io.callpipeline.core.extraction.StrictJsonSchema;
import io.callpipeline.core.nextstep.Due;
import io.callpipeline.core.nextstep.NextStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answer every responder asks a chat model for, and how it is read: the strict JSON schema of
 * {@link CallAnswer} with the host's record under {@link CallAnswer#EXTRACTED}, and the one reader that
 * turns the model's JSON into a {@link CallResponse} or a {@code response_malformed} failure. Shared by
 * the OpenAI adapter and any other provider's (callpipeline-spring-ai), so a provider cannot read an
 * answer more loosely than another. The schema is made once ({@link StrictJsonSchema}: made per call it cost
 * a quarter of processing's CPU) and is plain JSON Schema a provider's structured output takes as it is.
 */
public final class StructuredAnswer {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);

    private final ExtractionSchema<?> extraction;
    private final ObjectNode schema;
    private final String schemaJson;

    private StructuredAnswer(ExtractionSchema<?> extraction) {
        this.extraction = extraction;
        this.schema = StrictJsonSchema.of(CallAnswer.class);
        ((ObjectNode) schema.get("properties")).set(CallAnswer.EXTRACTED, StrictJsonSchema.of(extraction.type()));
        ((ArrayNode) schema.get("required")).add(CallAnswer.EXTRACTED);
        this.schemaJson = schema.toString();
    }

    /** The answer with {@code extraction}'s fields; makes the schema (not cheap: keep the instance). */
    public static StructuredAnswer of(ExtractionSchema<?> extraction) {
        return new StructuredAnswer(Objects.requireNonNull(extraction, "extraction"));
    }

    /** The host's record this answer carries. */
    public ExtractionSchema<?> extraction() {
        return extraction;
    }

    /** The schema's name where a provider asks for one (OpenAI's {@code response_format}): {@code CallAnswer_<schema>}. */
    public String name() {
        return "CallAnswer_" + extraction.name();
    }

    /** The strict JSON schema, as a tree of its own (a copy). */
    public ObjectNode schema() {
        return schema.deepCopy();
    }

    /** The strict JSON schema, as text: every property required, no others. */
    public String schemaJson() {
        return schemaJson;
    }

    /**
     * Reads the model's answer.
     *
     * @param content the JSON the model wrote
     * @param model   the model that wrote it, as the provider named it
     * @throws PermanentProcessingException {@code response_malformed} when the answer is not the schema's: not
     *         JSON, a missing, extra or mistyped field, a required text left empty
     */
    public CallResponse read(String content, String model) {
        if (content == null || content.isBlank()) {
            throw malformed("the answer has no content");
        }
        CallAnswer answer;
        JsonNode extracted;
        try {
            JsonNode tree = JSON.readTree(content);
            if (!(tree instanceof ObjectNode object)) {
                throw malformed("the answer is not a JSON object");
            }
            if (!object.has("real_call")) { // an answer without the second opinion is a real call's
                object.put("real_call", true);
            }
            if (!object.has("not_a_call_reason")) {
                object.putNull("not_a_call_reason");
            }
            // an answer of before next steps and scores were asked for (a stub, a host's older prompt) has none
            if (!object.has("next_steps")) {
                object.putArray("next_steps");
            }
            for (String absent : List.of("lead_score", "lead_score_reason")) {
                if (!object.has(absent)) {
                    object.putNull(absent);
                }
            }
            extracted = object.remove(CallAnswer.EXTRACTED);
            if (!(extracted instanceof ObjectNode)) {
                throw malformed("the answer has no " + CallAnswer.EXTRACTED + " object");
            }
            answer = JSON.treeToValue(object, CallAnswer.class);
            JSON.treeToValue(extracted, extraction.type()); // the host's record, as strict as the rest
        } catch (JsonProcessingException e) {
            throw malformed("the answer does not match the CallAnswer schema with " + extraction.name() + ": "
                    + e.getOriginalMessage());
        }
        if (blank(answer.summary()) || blank(answer.suggestedReply()) || blank(answer.intent())
                || answer.followUpNeeded() == null) {
            throw malformed("the answer leaves a required field empty");
        }
        return new CallResponse(answer.summary().strip(), answer.suggestedReply().strip(), answer.intent().strip(),
                fields(extracted), answer.followUpNeeded(), model,
                // an answer without the second opinion (an older prompt, a host's schema) is taken as a real call
                !Boolean.FALSE.equals(answer.realCall()),
                answer.notACallReason() == null ? null : answer.notACallReason().map(String::strip).orElse(null),
                nextSteps(answer.nextSteps()), leadScore(answer));
    }

    /** The most next steps kept from one answer: a call's follow-up, not a project plan. */
    public static final int MAX_NEXT_STEPS = 10;

    /** The steps with a task, undated (the pipeline dates them from the call's day). */
    private static List<NextStep> nextSteps(List<CallAnswer.NextStepAnswer> answers) {
        if (answers == null) {
            return List.of();
        }
        return answers.stream().filter(Objects::nonNull).filter(step -> !blank(step.task())).limit(MAX_NEXT_STEPS)
                .map(step -> new NextStep(step.task(), orNull(step.whenSaid()),
                        new Due(step.dueKind(), orNull(step.weekday()), orNull(step.count()), orNull(step.holiday()),
                                orNull(step.day()), orNull(step.month())), null))
                .toList();
    }

    /** The score when the model gave one in range: a score of 130 says nothing, and fails no call. */
    private static LeadScore leadScore(CallAnswer answer) {
        Integer score = orNull(answer.leadScore());
        if (score == null || score < 0 || score > 100) {
            return null;
        }
        return new LeadScore(score, orNull(answer.leadScoreReason()));
    }

    private static <T> T orNull(java.util.Optional<T> value) {
        return value == null ? null : value.orElse(null);
    }

    /** A {@code response_malformed} failure saying {@code why}. */
    public static PermanentProcessingException malformed(String why) {
        return new PermanentProcessingException(ReasonCode.RESPONSE_MALFORMED, "The model's answer is unusable: " + why);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The host's fields in its record's order, each as text under its label. */
    private ExtractedFields fields(JsonNode extracted) {
        List<ExtractedField> fields = new ArrayList<>();
        for (ExtractionSchema.FieldLabel field : extraction.fields()) {
            fields.add(new ExtractedField(field.name(), field.label(), text(extracted.get(field.name()))));
        }
        return new ExtractedFields(extraction.name(), fields);
    }

    /** A value as the agent reads it: text stripped, a number or yes/no as JSON writes it, a list joined. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> {
                String text = text(item);
                if (text != null) {
                    items.add(text);
                }
            });
            return items.isEmpty() ? null : String.join(", ", items);
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.isBlank() ? null : text.strip();
    }
}
