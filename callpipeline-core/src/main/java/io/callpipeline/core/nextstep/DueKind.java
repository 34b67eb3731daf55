package io.callpipeline.core.nextstep;

/**
 * How a caller or an agent said when something is due, in words any language has ("מחר", "ביום חמישי",
 * "בעוד שבועיים", "אחרי החגים"). The model names the kind; {@link DueDates} does the arithmetic against the
 * call's day, so no date is ever a model's guess.
 */
public enum DueKind {
    /** No time was said. */
    NONE,
    /** "היום", "בהקדם", "דחוף". */
    TODAY,
    /** "מחר". */
    TOMORROW,
    /** "מחרתיים". */
    DAY_AFTER_TOMORROW,
    /** "ביום חמישי", "עד יום ראשון": the next such weekday after the call's day. */
    WEEKDAY,
    /** "בעוד שלושה ימים": {@code count} days. */
    IN_DAYS,
    /** "בעוד שבועיים": {@code count} weeks. */
    IN_WEEKS,
    /** "בעוד חודש": {@code count} months. */
    IN_MONTHS,
    /** "בשבוע הבא": the next week's first working day. */
    NEXT_WEEK,
    /** "עד סוף השבוע": this week's Thursday. */
    END_OF_WEEK,
    /** "עד סוף החודש": the month's last working day. */
    END_OF_MONTH,
    /** "אחרי החגים", "אחרי פסח": the first working day after {@code holiday}. */
    AFTER_HOLIDAY,
    /** "לפני פסח": the last working day before {@code holiday}. */
    BEFORE_HOLIDAY,
    /** "ב-15 לחודש", "ב-3 בינואר": {@code day} (and {@code month}, when said), the next such date. */
    DATE
}
