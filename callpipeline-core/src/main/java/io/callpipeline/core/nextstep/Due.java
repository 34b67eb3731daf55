package io.callpipeline.core.nextstep;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * When a next step is due, as it was said, in {@link DueKind}'s terms: the kind and the one or two values
 * it needs. Values a kind does not use are ignored; a kind missing the value it needs resolves to no date
 * (the step stays undated and the agent sees the words).
 *
 * @param kind    how it was said
 * @param weekday for {@link DueKind#WEEKDAY}
 * @param count   for {@link DueKind#IN_DAYS}, {@link DueKind#IN_WEEKS}, {@link DueKind#IN_MONTHS}
 * @param holiday for {@link DueKind#AFTER_HOLIDAY} and {@link DueKind#BEFORE_HOLIDAY}
 * @param day     for {@link DueKind#DATE}: the day of the month
 * @param month   for {@link DueKind#DATE}: the month (1–12), or {@code null} when only the day was said
 */
public record Due(DueKind kind, DayOfWeek weekday, Integer count, IsraeliHoliday holiday, Integer day,
        Integer month) {

    /** No time said. */
    public static final Due NONE = new Due(DueKind.NONE, null, null, null, null, null);

    public Due {
        kind = Objects.requireNonNullElse(kind, DueKind.NONE);
    }

    /** A kind that needs no value. */
    public static Due of(DueKind kind) {
        return new Due(kind, null, null, null, null, null);
    }
}
