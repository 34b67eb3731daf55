package io.callpipeline.core.openai;

import com.openai.core.JsonValue;
import com.openai.models.ResponseFormatJsonSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON schema the chat model must answer in (strict structured output), written out by hand so
 * that every field is required and nullable exactly where {@link io.callpipeline.core.response.CallResponse}
 * allows it; strict mode needs {@code additionalProperties: false} and all keys listed as required.
 */
final class CallResponseSchema {

    static final String NAME = "call_response";

    private CallResponseSchema() {
    }

    static ResponseFormatJsonSchema responseFormat() {
        return ResponseFormatJsonSchema.builder()
                .jsonSchema(ResponseFormatJsonSchema.JsonSchema.builder()
                        .name(NAME)
                        .strict(true)
                        .schema(ResponseFormatJsonSchema.JsonSchema.Schema.builder()
                                .putAllAdditionalProperties(schema())
                                .build())
                        .build())
                .build();
    }

    private static Map<String, JsonValue> schema() {
        Map<String, Object> lead = object(Map.of(
                "budget", nullableString("התקציב כפי שנאמר, למשל 'עד 2.5 מיליון ₪'"),
                "rooms", nullableString("מספר החדרים המבוקש"),
                "area", nullableString("עיר, שכונה או אזור"),
                "property_type", nullableString("סוג הנכס, למשל דירה, בית פרטי, פנטהאוז"),
                "timeframe", nullableString("מתי הלקוח רוצה לעבור או לסגור")));
        Map<String, Object> root = object(Map.of(
                "summary", string("סיכום השיחה בעברית"),
                "suggested_reply", string("תשובה מוצעת למתקשר בעברית"),
                "intent", string("כוונת המתקשר בתווית קצרה בעברית"),
                "lead_details", lead,
                "follow_up_needed", Map.of("type", "boolean", "description", "האם לחזור למתקשר")));
        Map<String, JsonValue> result = new LinkedHashMap<>();
        root.forEach((key, value) -> result.put(key, JsonValue.from(value)));
        return result;
    }

    private static Map<String, Object> object(Map<String, Object> properties) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "object");
        object.put("properties", properties);
        object.put("required", List.copyOf(new java.util.TreeSet<>(properties.keySet())));
        object.put("additionalProperties", false);
        return object;
    }

    private static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }

    private static Map<String, Object> nullableString(String description) {
        return Map.of("type", List.of("string", "null"), "description", description);
    }
}
