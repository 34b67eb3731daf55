package io.callpipeline.springai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import org.springframework.ai.chat.model.ChatModel;

/**
 * The answer's schema in the form a provider's structured output takes. Most take JSON Schema as it is
 * (OpenAI and Azure, Anthropic, Ollama). Gemini's {@code responseSchema} is an OpenAPI 3.0 subset, which Spring
 * AI's Gemini module reads into google-genai's {@code Schema} type: one {@code type} per node, "or null"
 * written {@code nullable: true}, no {@code additionalProperties}, and properties in alphabetical order unless
 * {@code propertyOrdering} says otherwise. Translated here, keeping what the strict schema means.
 */
final class OutputSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputSchemas() {
    }

    static String forModel(ChatModel model, String jsonSchema) {
        if (!model.getClass().getName().startsWith("org.springframework.ai.google.genai.")) {
            return jsonSchema;
        }
        try {
            ObjectNode schema = (ObjectNode) JSON.readTree(jsonSchema);
            openApiSubset(schema);
            return schema.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer's schema is not JSON", e);
        }
    }

    /** JSON Schema's {@code type: [X, "null"]} and strict objects, in Gemini's OpenAPI subset, in place. */
    static void openApiSubset(ObjectNode node) {
        JsonNode type = node.get("type");
        if (type instanceof ArrayNode types) {
            String single = null;
            boolean nullable = false;
            for (JsonNode each : types) {
                if ("null".equals(each.asText())) {
                    nullable = true;
                } else {
                    single = each.asText();
                }
            }
            node.put("type", single);
            if (nullable) {
                node.put("nullable", true);
            }
        }
        if (node.get("enum") instanceof ArrayNode values) {
            for (Iterator<JsonNode> it = values.elements(); it.hasNext(); ) {
                if (it.next().isNull()) {
                    it.remove();
                }
            }
        }
        node.remove("additionalProperties");
        if (node.get("properties") instanceof ObjectNode properties) {
            ArrayNode order = node.putArray("propertyOrdering");
            properties.fields().forEachRemaining(property -> {
                order.add(property.getKey());
                if (property.getValue() instanceof ObjectNode child) {
                    openApiSubset(child);
                }
            });
        }
        if (node.get("items") instanceof ObjectNode items) {
            openApiSubset(items);
        }
    }
}
