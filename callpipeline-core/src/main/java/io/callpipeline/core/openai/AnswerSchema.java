package io.callpipeline.core.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.JsonValue;
import com.openai.models.ResponseFormatJsonSchema;
import io.callpipeline.core.extraction.ExtractionSchema;
import io.callpipeline.core.extraction.StrictJsonSchema;

/**
 * The strict schema of the whole answer: {@link CallAnswer}'s fields and, under
 * {@link CallAnswer#EXTRACTED}, the host's record, both made by {@link StrictJsonSchema} and joined, since
 * a generic envelope cannot be reflected. Made once per responder: making it per call cost a quarter of
 * processing's CPU when an SDK's generator made it.
 */
final class AnswerSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerSchema() {
    }

    /** The whole answer's schema, as a tree. */
    static ObjectNode tree(ExtractionSchema<?> extraction) {
        ObjectNode root = StrictJsonSchema.of(CallAnswer.class);
        ((ObjectNode) root.get("properties")).set(CallAnswer.EXTRACTED, StrictJsonSchema.of(extraction.type()));
        ((ArrayNode) root.get("required")).add(CallAnswer.EXTRACTED);
        return root;
    }

    /** The schema as OpenAI's {@code response_format} carries it, named {@code CallAnswer_<schema>}, strict. */
    static ResponseFormatJsonSchema format(ExtractionSchema<?> extraction, ObjectNode tree) {
        ResponseFormatJsonSchema.JsonSchema.Schema.Builder schema = ResponseFormatJsonSchema.JsonSchema.Schema.builder();
        tree.fields().forEachRemaining(field ->
                schema.putAdditionalProperty(field.getKey(), JsonValue.from(JSON.convertValue(field.getValue(), Object.class))));
        return ResponseFormatJsonSchema.builder()
                .jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                        .name("CallAnswer_" + extraction.name())
                        .schema(schema.build())
                        .strict(true)
                        .build())
                .build();
    }
}
