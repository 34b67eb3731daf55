package io.callpipeline.core.response;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Optional;

/**
 * The answer every chat model must give, but for the host's extracted fields: the record
 * {@link StructuredAnswer} makes its strict JSON schema from, every field required, no other fields, and adds
 * {@value #EXTRACTED} to, with the schema of the host's record, so one request answers both. The second opinion ({@code real_call}, {@code not_a_call_reason}) is read even
 * when an answer lacks it (a stub or a prompt of before it), as a real call. Its descriptions are part
 * of the schema, so they guide the model; they are in Hebrew like the answer. Public only because the
 * schema is made from it by reflection.
 */
@JsonClassDescription("תשובה לשיחת טלפון שהוקלטה, עבור סוכן נדל\"ן")
public record CallAnswer(
        @JsonProperty(value = "summary", required = true) @JsonPropertyDescription("סיכום השיחה בעברית")
        String summary,
        @JsonProperty(value = "suggested_reply", required = true)
        @JsonPropertyDescription("תשובה מוצעת למתקשר, בשפת המתקשר")
        String suggestedReply,
        @JsonProperty(value = "intent", required = true) @JsonPropertyDescription("כוונת המתקשר בתווית קצרה בעברית")
        String intent,
        @JsonProperty(value = "follow_up_needed", required = true) @JsonPropertyDescription("האם לחזור למתקשר")
        Boolean followUpNeeded,
        @JsonProperty(value = "real_call", required = true)
        @JsonPropertyDescription("האם התמליל הוא שיחת טלפון אמיתית של מתקשר, ולא טקסט שהמתמלל המציא (כתוביות, ספירה, חזרות, סיום של סרטון)")
        Boolean realCall,
        @JsonProperty(value = "not_a_call_reason", required = true)
        @JsonPropertyDescription("אם אינה שיחה אמיתית: למה, במשפט קצר בעברית; אחרת null")
        Optional<String> notACallReason) {

    /** The property that holds the host's extracted fields (its name from before hosts chose them). */
    public static final String EXTRACTED = "lead_details";
}
