package io.callpipeline.core.nextstep;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns when a step was said to be due into a date, against the day of the call in Israel. Two rules:
 * a day the caller named (today, tomorrow, a weekday, a date) is kept unless nobody works on it (Shabbat, a
 * holiday's rest day), when it moves to the next day that is none; a day counted (in two weeks, next week,
 * after the holidays, before Pesach) lands on a working day, Sunday to Thursday, forward (backward for
 * "before"). Out-of-range values ({@value #MAX_COUNT}-plus counts, a 31 February) give no date rather
 * than a wrong one.
 */
public final class DueDates {

    /** The most days, weeks or months a count may say. */
    public static final int MAX_COUNT = 366;

    /** Where the call's day is taken: Israel's time. */
    public static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");

    private final IsraeliCalendar calendar;
    private final ZoneId zone;

    /** @param zone where a call's moment becomes its day */
    public DueDates(IsraeliCalendar calendar, ZoneId zone) {
        this.calendar = java.util.Objects.requireNonNull(calendar, "calendar");
        this.zone = java.util.Objects.requireNonNull(zone, "zone");
    }

    /** Israel's calendar, the call's day in Israel's time. */
    public static DueDates inIsrael() {
        return new DueDates(new IsraeliCalendar(), ISRAEL);
    }

    /** The day of a call at {@code moment}, where its steps are dated from. */
    public LocalDate dayOf(Instant moment) {
        return moment.atZone(zone).toLocalDate();
    }

    /**
     * @param callDay the call's day in Israel (Asia/Jerusalem)
     * @return the date the step is due, or {@code null} when none was said or it cannot be a date
     */
    public LocalDate resolve(Due due, LocalDate callDay) {
        if (due == null) {
            return null;
        }
        return switch (due.kind()) {
            case NONE -> null;
            case TODAY -> callDay;
            case TOMORROW -> calendar.restDayPassed(callDay.plusDays(1));
            case DAY_AFTER_TOMORROW -> calendar.restDayPassed(callDay.plusDays(2));
            case WEEKDAY -> due.weekday() == null ? null
                    : calendar.restDayPassed(callDay.with(TemporalAdjusters.next(due.weekday())));
            case IN_DAYS -> counted(due, n -> callDay.plusDays(n));
            case IN_WEEKS -> counted(due, n -> callDay.plusWeeks(n));
            case IN_MONTHS -> counted(due, n -> callDay.plusMonths(n));
            case NEXT_WEEK -> calendar.workingDayFrom(callDay.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)));
            case END_OF_WEEK -> endOfWeek(callDay);
            case END_OF_MONTH -> notBefore(calendar.workingDayUntil(callDay.with(TemporalAdjusters.lastDayOfMonth())),
                    callDay);
            case AFTER_HOLIDAY -> due.holiday() == null ? null
                    : calendar.workingDayFrom(calendar.nextNotEnded(due.holiday(), callDay).last().plusDays(1));
            case BEFORE_HOLIDAY -> due.holiday() == null ? null
                    : notBefore(calendar.workingDayUntil(
                            calendar.nextStartingAfter(due.holiday(), callDay).first().minusDays(1)), callDay);
            case DATE -> date(due, callDay);
        };
    }

    private LocalDate counted(Due due, java.util.function.IntFunction<LocalDate> after) {
        Integer count = due.count();
        if (count == null || count < 1 || count > MAX_COUNT) {
            return null;
        }
        return calendar.workingDayFrom(after.apply(count));
    }

    /** This week's Thursday (Israel's week ends then), the next one's once it has passed; a rest day gives the day before. */
    private LocalDate endOfWeek(LocalDate callDay) {
        LocalDate thursday = callDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        return notBefore(calendar.workingDayUntil(thursday), callDay);
    }

    /** The next {@code day} (of {@code month}, when said) on or after the call's day. */
    private LocalDate date(Due due, LocalDate callDay) {
        Integer day = due.day();
        Integer month = due.month();
        if (day == null || day < 1 || day > 31 || month != null && (month < 1 || month > 12)) {
            return null;
        }
        for (int ahead = 0; ahead <= (month == null ? 12 : 8 * 12); ahead++) { // a 29 February waits for a leap year
            YearMonth candidate = YearMonth.from(callDay).plusMonths(ahead);
            if (month != null && candidate.getMonthValue() != month || !candidate.isValidDay(day)) {
                continue;
            }
            LocalDate date = candidate.atDay(day);
            if (!date.isBefore(callDay)) {
                return calendar.restDayPassed(date);
            }
        }
        return null;
    }

    private static LocalDate notBefore(LocalDate date, LocalDate callDay) {
        return date.isBefore(callDay) ? callDay : date;
    }
}
