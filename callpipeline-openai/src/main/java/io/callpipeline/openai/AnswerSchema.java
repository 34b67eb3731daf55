package io.callpipeline.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.core.JsonValue;
import com.openai.models.ResponseFormatJsonSchema;
import io.callpipeline.core.response.StructuredAnswer;

/**
 * The answer's strict schema ({@link StructuredAnswer}) as OpenAI's {@code response_format} carries it: named
 * {@code CallAnswer_<schema>}, {@code strict: true}. Made once per responder.
 */
final class AnswerSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerSchema() {
    }

    static ResponseFormatJsonSchema format(StructuredAnswer answer) {
        ResponseFormatJsonSchema.JsonSchema.Schema.Builder schema = ResponseFormatJsonSchema.JsonSchema.Schema.builder();
        answer.schema().fields().forEachRemaining(field ->
                schema.putAdditionalProperty(field.getKey(), JsonValue.from(JSON.convertValue(field.getValue(), Object.class))));
        return ResponseFormatJsonSchema.builder()
                .jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                        .name(answer.name())
                        .schema(schema.build())
                        .strict(true)
                        .build())
                .build();
    }
}
