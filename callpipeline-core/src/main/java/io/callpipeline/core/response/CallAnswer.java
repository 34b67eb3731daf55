package io.callpipeline.core.response;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.callpipeline.core.nextstep.DueKind;
import io.callpipeline.core.nextstep.IsraeliHoliday;
import java.time.DayOfWeek;
import java.util.List;
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
        Optional<String> notACallReason,
        @JsonProperty(value = "next_steps", required = true)
        @JsonPropertyDescription("מה הסוכן צריך לעשות אחרי השיחה, צעד אחד לכל פריט; רשימה ריקה אם אין")
        List<NextStepAnswer> nextSteps,
        @JsonProperty(value = "lead_score", required = true)
        @JsonPropertyDescription("כמה הליד חם, מ-0 (אין עסקה: טעות במספר, ספק) עד 100 (מוכן לחתום)")
        Optional<Integer> leadScore,
        @JsonProperty(value = "lead_score_reason", required = true)
        @JsonPropertyDescription("למה הציון, במשפט קצר בעברית")
        Optional<String> leadScoreReason) {

    /**
     * One next step as the model gives it: what to do, and when in words and in a kind the calendar counts
     * from (the date itself is ours to work out, never the model's). Public only for the schema.
     */
    @JsonClassDescription("צעד הבא לסוכן")
    public record NextStepAnswer(
            @JsonProperty(value = "task", required = true) @JsonPropertyDescription("מה לעשות, במשפט קצר בעברית")
            String task,
            @JsonProperty(value = "when_said", required = true)
            @JsonPropertyDescription("מתי, במילים שנאמרו בשיחה (למשל \"עד יום חמישי\", \"אחרי החגים\"); null אם לא נאמר")
            Optional<String> whenSaid,
            @JsonProperty(value = "due_kind", required = true)
            @JsonPropertyDescription("סוג המועד: NONE אם לא נאמר, TODAY, TOMORROW, DAY_AFTER_TOMORROW, WEEKDAY (עם weekday),"
                    + " IN_DAYS/IN_WEEKS/IN_MONTHS (עם count), NEXT_WEEK, END_OF_WEEK, END_OF_MONTH,"
                    + " AFTER_HOLIDAY/BEFORE_HOLIDAY (עם holiday; THE_HOLIDAYS ל\"החגים\" בלי שם), DATE (עם day ו-month אם נאמר)")
            DueKind dueKind,
            @JsonProperty(value = "weekday", required = true) @JsonPropertyDescription("היום בשבוע, ל-WEEKDAY; אחרת null")
            Optional<DayOfWeek> weekday,
            @JsonProperty(value = "count", required = true)
            @JsonPropertyDescription("כמה ימים, שבועות או חודשים, ל-IN_DAYS/IN_WEEKS/IN_MONTHS; אחרת null")
            Optional<Integer> count,
            @JsonProperty(value = "holiday", required = true)
            @JsonPropertyDescription("החג, ל-AFTER_HOLIDAY/BEFORE_HOLIDAY; אחרת null")
            Optional<IsraeliHoliday> holiday,
            @JsonProperty(value = "day", required = true) @JsonPropertyDescription("היום בחודש, ל-DATE; אחרת null")
            Optional<Integer> day,
            @JsonProperty(value = "month", required = true)
            @JsonPropertyDescription("החודש (1–12), ל-DATE אם נאמר; אחרת null")
            Optional<Integer> month) {
    }

    /** The property that holds the host's extracted fields (its name from before hosts chose them). */
    public static final String EXTRACTED = "lead_details";
}
