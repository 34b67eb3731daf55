package io.callpipeline.core.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.JsonValue;
import com.openai.core.ObjectMappers;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.callpipeline.core.extraction.ExtractionSchema;
import java.util.Iterator;
import java.util.Map;

/**
 * The strict schema of the whole answer: {@link CallAnswer}'s fields and, under
 * {@link CallAnswer#EXTRACTED}, the host's record. Both halves are made by openai-java's own generator
 * (the one {@code responseFormat(Class)} uses, so a record is read exactly as the SDK reads any), then
 * joined, since a generic envelope cannot be reflected. Made once per responder: generating it per call
 * cost a quarter of processing's CPU.
 */
final class AnswerSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerSchema() {
    }

    static ResponseFormatJsonSchema of(ExtractionSchema<?> extraction) {
        ObjectNode root = generated(CallAnswer.class);
        ObjectNode extracted = generated(extraction.type());
        extracted.remove("$schema");
        JsonNode definitions = extracted.remove("$defs");
        if (definitions instanceof ObjectNode defs && !defs.isEmpty()) {
            ObjectNode rootDefs = root.has("$defs") ? (ObjectNode) root.get("$defs") : root.putObject("$defs");
            for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> definition = it.next();
                if (rootDefs.has(definition.getKey())) {
                    throw new IllegalArgumentException("The extraction record " + extraction.type().getName()
                            + " nests a type named like one of the answer's own: " + definition.getKey());
                }
                rootDefs.set(definition.getKey(), definition.getValue());
            }
        }
        ((ObjectNode) root.get("properties")).set(CallAnswer.EXTRACTED, extracted);
        ((ArrayNode) root.get("required")).add(CallAnswer.EXTRACTED);
        ResponseFormatJsonSchema.JsonSchema.Schema.Builder schema = ResponseFormatJsonSchema.JsonSchema.Schema.builder();
        root.fields().forEachRemaining(field ->
                schema.putAdditionalProperty(field.getKey(), JsonValue.from(JSON.convertValue(field.getValue(), Object.class))));
        return ResponseFormatJsonSchema.builder()
                .jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                        .name("CallAnswer_" + extraction.name())
                        .schema(schema.build())
                        .strict(true)
                        .build())
                .build();
    }

    /** The strict schema openai-java generates for {@code type}, as a tree. */
    private static ObjectNode generated(Class<?> type) {
        ResponseFormatJsonSchema format = ChatCompletionCreateParams.builder()
                .model("schema")
                .addUserMessage("schema")
                .responseFormat(type)
                .build()
                .rawParams()
                .responseFormat()
                .orElseThrow()
                .asJsonSchema();
        JsonNode schema = ObjectMappers.jsonMapper().valueToTree(format).path("json_schema").path("schema");
        if (!(schema instanceof ObjectNode tree)) {
            throw new IllegalStateException("openai-java made no schema of " + type.getName());
        }
        return tree.deepCopy();
    }
}
